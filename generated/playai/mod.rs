//! PlayAI API (API version 1.0.0)
//!
//! A single, combined OpenAPI specification that merges:
//!   • PlayAI Agent API
//!   • PlayAI PlayNote API
//!   • PlayAI Text-to-Speech (TTS) API
//!   • PlayAI Dialog Turbo API
//!
//! This file contains all endpoints, schemas, and components
//! from the four original specs. See "Merged Issues" below
//! for notes on how certain conflicts were resolved.
//!
//! Generated from `playai.yaml`; edit the spec, not this code.

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
