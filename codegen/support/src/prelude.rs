use std::fmt;
#[cfg(needs = "execute")]
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use super::client::ErrorBody;
