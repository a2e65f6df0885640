/// Origins AI API (API version 0.0.0)
///
/// # Start here
///
/// ```no_run
/// use agent_analytics::origins::Client;
///
/// # async fn example() -> agent_analytics::origins::Result<()> {
/// let client = Client::new("https://api.example.com")?;
///
/// // `GET /api/agents/{agent_id}/call_stats`
/// let response = client.get_agent_call_stats(1).send().await?;
/// println!("{} {:?}", response.status, response.body);
///
/// // An error says what went wrong, in the server's words where it gave some.
/// if let Err(err) = client.get_agent_call_stats(1).send().await {
///     eprintln!("{err} (status {:?}, message {:?})", err.status(), err.message());
/// }
/// # Ok(())
/// # }
/// ```
///
/// The spec names no server: give `Client::new` the API's base URL (the example says
/// `https://api.example.com`).
///
/// The spec declares no security scheme, so the client sends no credentials. If the API
/// wants one, send it with each request as a header (`.header("Authorization", ...)`,
/// from `RequestOptionsExt`); a default header of your own `reqwest::ClientBuilder`
/// would go to other origins too.
///
/// # About the API
///
/// Call statistics of Origins AI voice agents.
///
/// Generated from `origins.yaml`; edit the spec, not this code.
#[allow(
    clippy::enum_variant_names,
    reason = "variant names are the spec's, which may share a suffix"
)]
#[allow(
    clippy::type_complexity,
    reason = "types nest as the spec nests them, unnamed where the spec names none"
)]
#[allow(
    dead_code,
    unused_imports,
    reason = "a crate that includes the library uses part of it"
)]
pub mod origins {
    use super::support;

    mod client {
        include!("client.rs");
    }

    /// Typed mocks of the API's operations for your tests: `MockServer`. Compiled with the
    /// cargo feature `mock` (which brings in `wiremock`): turn it on in your
    /// `[dev-dependencies]`.
    #[cfg(feature = "mock")]
    pub mod mock {
        include!("mock.rs");
    }

    #[cfg(test)]
    mod examples {
        include!("examples.rs");
    }

    mod serde_impls {
        include!("serde_impls.rs");
    }

    /// The data types of the API's requests and responses.
    pub mod types {
        include!("types.rs");
    }

    pub use client::*;

    pub use support::{ApiResponse, DecodeError, Error, Result, UnexpectedResponse};

    pub use support::{
        Attempt, DEFAULT_BODY_LIMIT, Hooks, Operation, RequestOptions, RequestOptionsExt,
        RetryPolicy,
    };
}
