//! Typed API clients generated from OpenAPI specs, a module each: regenerate
//! them rather than edit them.
//!
//! Start at a module's docs: each opens with an example of its API (a client
//! with its credentials, a call, a paginated list, an error). What the modules
//! share is here: one [`Error`] and [`Result`] for every API, `RetryPolicy`
//! and the request options.

#[cfg_attr(
    not(all(feature = "playai", feature = "chatwoot", feature = "origins")),
    allow(
        dead_code,
        unused_imports,
        unreachable_code,
        unused_variables,
        reason = "helpers and error bodies of the APIs whose features are off"
    )
)]
#[rustfmt::skip]
#[path = "support.rs"]
mod support;

#[cfg(feature = "playai")]
#[rustfmt::skip]
#[path = "playai/mod.rs"]
pub mod playai;

#[cfg(feature = "chatwoot")]
#[rustfmt::skip]
#[path = "chatwoot/mod.rs"]
pub mod chatwoot;

#[cfg(feature = "origins")]
#[rustfmt::skip]
#[path = "origins/mod.rs"]
pub mod origins;

pub use support::{ApiError, ApiResponse, DecodeError, Error, Result, UnexpectedResponse};

pub use support::{RequestOptions, RequestOptionsExt, RetryPolicy};

/// The body of an [`Error::Api`]: the error body of the API that answered, as
/// its own `ErrorBody` describes it.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant, reason = "one per failed request, never in bulk")]
pub enum ErrorBody {
    #[cfg(feature = "chatwoot")]
    /// An error body of [`chatwoot`].
    Chatwoot(chatwoot::ErrorBody),
}

impl ErrorBody {
    /// The server's explanation, as the API's own `ErrorBody::message` finds it.
    pub fn message(&self) -> Option<&str> {
        match *self {
            #[cfg(feature = "chatwoot")]
            Self::Chatwoot(ref body) => body.message(),
        }
    }
}

#[cfg(feature = "chatwoot")]
impl From<chatwoot::ErrorBody> for ErrorBody {
    fn from(body: chatwoot::ErrorBody) -> Self {
        Self::Chatwoot(body)
    }
}
