//! The support code every generated client carries (its `support.rs`), as Rust:
//! `codegen` prints the items of these files that an API needs, each item saying
//! which flag it needs with `#[cfg(needs = "...")]`. Here every flag is on (see
//! `build.rs`), so each file is type-checked, linted and unit-tested in place.

/// Stands in for the error bodies an API declares, which the support code takes
/// from the module above it.
#[derive(Debug, Clone)]
pub struct ErrorBody(pub String);

impl ErrorBody {
    /// As a generated `ErrorBody::message`: the text of the body's message field.
    pub fn message(&self) -> Option<&str> {
        Some(&self.0)
    }
}

/// One module, as in a generated crate; the helpers are called by generated
/// operations, which this crate does not have.
#[allow(dead_code)]
mod support {
    include!("prelude.rs");
    include!("responses.rs");
    include!("errors.rs");
    include!("requests.rs");
    include!("retries.rs");
    include!("transport.rs");
    include!("parameters.rs");
    include!("bodies.rs");
    include!("pagination.rs");
    include!("objects.rs");
    include!("unions.rs");
    include!("secrets.rs");
}
