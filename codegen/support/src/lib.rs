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
    include!("hooks.rs");
    include!("retries.rs");
    include!("transport.rs");
    include!("parameters.rs");
    include!("bodies.rs");
    include!("pagination.rs");
    include!("objects.rs");
    include!("unions.rs");
    include!("secrets.rs");
    include!("oauth2.rs");
    include!("streams.rs");
    include!("webhooks.rs");
    include!("mock.rs");
}

/// A generated API's client, as the generator prints it, with stand-ins for what the
/// generator adds: the default base URL and the credentials.
#[allow(dead_code)]
mod client {
    use std::time::Duration;

    // As a generated `client.rs` imports it: whole.
    use super::support::*;

    include!("api/client.rs");

    pub const DEFAULT_BASE_URL: &str = "https://api.example.com";

    #[derive(Clone, Default)]
    pub struct Credentials {
        token: Option<String>,
        tokens: Option<std::sync::Arc<dyn TokenProvider>>,
    }

    impl std::fmt::Debug for Credentials {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Credentials")
        }
    }

    #[derive(Debug, Clone, Copy)]
    enum Scheme {
        Token,
    }

    impl Scheme {
        const ALL: [Scheme; 1] = [Scheme::Token];
    }

    impl Credentials {
        fn get(&self, scheme: Scheme) -> Option<&str> {
            match scheme {
                Scheme::Token => self.token.as_deref(),
            }
        }

        fn has(&self, scheme: Scheme) -> bool {
            self.get(scheme).is_some() || self.provider(scheme).is_some()
        }

        fn provider(&self, scheme: Scheme) -> Option<&std::sync::Arc<dyn TokenProvider>> {
            self.tokens.as_ref().filter(|_| self.get(scheme).is_none())
        }
    }

    impl Credentials {
        fn authorize(
            &self,
            request: reqwest::RequestBuilder,
            _: &RequestOptions,
            alternatives: &[&[Scheme]],
        ) -> Result<reqwest::RequestBuilder> {
            match alternatives.first().and_then(|schemes| schemes.first()).and_then(|s| self.get(*s)) {
                Some(token) => Ok(request.bearer_auth(token)),
                None => Ok(request),
            }
        }

        fn options_with_token(
            &self,
            options: &RequestOptions,
            alternatives: &[&[Scheme]],
            scopes: &[&'static [&'static str]],
        ) -> RequestOptions {
            let chosen = alternatives.iter().position(|schemes| schemes.iter().all(|s| self.has(*s)));
            let provider = chosen.and_then(|i| alternatives[i].iter().find_map(|s| self.provider(*s)));
            let mut options = options.clone();
            let scopes = chosen.and_then(|i| scopes.get(i).copied()).unwrap_or_default();
            options.token = provider.map(|provider| TokenNeed { provider: provider.clone(), scopes });
            options
        }
    }
}

/// The test of a generated API's samples, as the generator prints it, with what the
/// generator adds for two stand-in types: a string and a map of numbers.
#[cfg(test)]
mod examples {
    const CATCH_ALLS: &[&str] = &["Unknown"];
    const TAGS: &[&str] = &["type"];

    fn check(ty: u64, value: &Value) -> Result<(), Failure> {
        match ty {
            0 => round_trip::<String>(value),
            1 => round_trip::<std::collections::BTreeMap<String, u32>>(value),
            _ => Err(Failure::Decode(format!("no type {ty} in this build"))),
        }
    }

    include!("api/examples.rs");
}
