#[cfg_attr(
    not(all(feature = "playai", feature = "chatwoot", feature = "origins")),
    allow(
        unreachable_code,
        unused_variables,
        reason = "error bodies of the APIs whose features are off"
    )
)]
#[allow(
    dead_code,
    unused_imports,
    reason = "a crate that includes the library uses part of it"
)]
mod support {
    include!("support.rs");
}

#[cfg(feature = "playai")]
include!("playai/mod.rs");

#[cfg(feature = "chatwoot")]
include!("chatwoot/mod.rs");

#[cfg(feature = "origins")]
include!("origins/mod.rs");

#[allow(
    dead_code,
    unused_imports,
    reason = "a crate that includes the library uses part of it"
)]
pub use support::{ApiError, ApiResponse, DecodeError, Error, Result, UnexpectedResponse};

#[allow(
    dead_code,
    unused_imports,
    reason = "a crate that includes the library uses part of it"
)]
pub use support::{
    Attempt, DEFAULT_BODY_LIMIT, Hooks, Operation, RequestOptions, RequestOptionsExt,
    RetryPolicy,
};

/// The body of an [`Error::Api`]: the error body of the API that answered, as
/// its own `ErrorBody` describes it.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant, reason = "one per failed request, never in bulk")]
#[allow(dead_code, reason = "a crate that includes the library uses part of it")]
pub enum ErrorBody {
    #[cfg(feature = "chatwoot")]
    /// An error body of [`chatwoot`].
    Chatwoot(chatwoot::ErrorBody),
}

#[allow(dead_code, reason = "a crate that includes the library uses part of it")]
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
