//! Origins AI API (API version 0.0.0)
//!
//! Call statistics of Origins AI voice agents.
//!
//! Generated from `origins.yaml`; edit the spec, not this code.

#![allow(
    clippy::enum_variant_names,
    reason = "variant names are the spec's, which may share a suffix"
)]
#![allow(
    clippy::type_complexity,
    reason = "types nest as the spec nests them, unnamed where the spec names none"
)]
mod client;

#[cfg(test)]
mod examples;

use super::support;

pub mod types;

pub use client::*;

pub use support::{ApiError, ApiResponse, DecodeError, Error, Result, UnexpectedResponse};

pub use support::{RequestOptions, RequestOptionsExt, RetryPolicy};
