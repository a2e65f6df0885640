//! Origins AI API (API version 0.0.0)
//!
//! Call statistics of Origins AI voice agents.
//!
//! Generated from `origins.yaml`; edit the spec, not this code.

#![allow(clippy::enum_variant_names, clippy::type_complexity)]
mod client;

#[cfg(test)]
mod examples;

mod support;

pub mod types;

pub use client::*;

pub use support::{ApiError, ApiResponse, DecodeError, Error, UnexpectedResponse};

pub use support::{RequestOptions, RequestOptionsExt, RetryPolicy};
