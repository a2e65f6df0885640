//! Chatwoot (API version 1.1.0)
//!
//! This is the API documentation for Chatwoot server.
//!
//! Generated from `chatwoot.yaml`; edit the spec, not this code.

#![allow(clippy::enum_variant_names, clippy::type_complexity)]
mod client;

#[cfg(test)]
mod examples;

mod support;

pub mod types;

pub use client::*;

pub use support::{ApiError, ApiResponse, DecodeError, Error, UnexpectedResponse};

pub use support::{RequestOptions, RequestOptionsExt, RetryPolicy};
