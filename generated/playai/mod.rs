/// PlayAI API (API version 1.0.0)
///
/// # Start here
///
/// ```no_run
/// use agent_analytics::playai::{Client, DEFAULT_BASE_URL};
/// use futures_util::TryStreamExt;
///
/// # async fn example() -> agent_analytics::playai::Result<()> {
/// let client = Client::new(DEFAULT_BASE_URL)?
///     .with_api_key_auth("...")
///     .with_x_user_id_auth("...");
///
/// // `GET /api/v1/agent-stats/{agentId}`
/// let response = client.get_agent_stats("agentId").send().await?;
/// println!("{} {:?}", response.status, response.body);
///
/// // Every item of every page.
/// let mut items = client.get_agent_conversations("agentId").stream();
/// while let Some(item) = items.try_next().await? {
///     println!("{item:?}");
/// }
///
/// // An error says what went wrong, in the server's words where it gave some.
/// if let Err(err) = client.get_agent_stats("agentId").send().await {
///     eprintln!("{err} (status {:?}, message {:?})", err.status(), err.message());
/// }
/// # Ok(())
/// # }
/// ```
///
/// # About the API
///
/// A single, combined OpenAPI specification that merges:
///   • PlayAI Agent API
///   • PlayAI PlayNote API
///   • PlayAI Text-to-Speech (TTS) API
///   • PlayAI Dialog Turbo API
///
/// This file contains all endpoints, schemas, and components
/// from the four original specs. See "Merged Issues" below
/// for notes on how certain conflicts were resolved.
///
/// Generated from `playai.yaml`; edit the spec, not this code.
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
pub mod playai {
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
