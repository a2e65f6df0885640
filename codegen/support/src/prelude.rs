use std::fmt;
#[cfg(needs = "execute")]
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

// The API's `ErrorBody`, or in a crate of several APIs, the crate's, which holds any of theirs.
#[cfg(needs = "api_error")]
use super::ErrorBody;
