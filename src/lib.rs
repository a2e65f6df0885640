//! Typed async clients for the PlayAI, Chatwoot and Origins AI agent-analytics APIs,
//! generated from their OpenAPI specs (`specs/`) into `generated/` by `build.rs`: a
//! module each, behind a cargo feature of the same name.
//!
//! Start at a module's docs: each opens with an example of its API (a client with
//! its credentials, a call, a paginated list, an error). What the modules share is
//! here: one [`Error`] and [`Result`] for every API, `RetryPolicy` and the request
//! options.

include!("../generated/lib.rs");
