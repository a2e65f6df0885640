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

#![allow(clippy::enum_variant_names, clippy::type_complexity)]
mod client;

#[cfg(test)]
mod examples;

mod support;

pub mod types;

pub use client::*;

pub use support::{ApiError, ApiResponse, DecodeError, Error, UnexpectedResponse};

pub use support::{RequestOptions, RequestOptionsExt, RetryPolicy};
