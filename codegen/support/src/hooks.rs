/// The operation a request calls, as hooks and traces name it.
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Operation {
    /// The spec's `operationId` (or, where the spec gives none, the client method's
    /// name); `None` for a request made with `Client::request`.
    pub id: Option<&'static str>,
    /// The path template as the spec writes it, parameters unfilled
    /// (`/agents/{agentId}`): it names no id or secret.
    pub path: &'static str,
    pub(crate) idempotent: Idempotent,
}

/// One attempt at sending a request, as a [`Hooks`] sees it.
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Attempt {
    pub operation: Operation,
    /// 1 for the first attempt, 2 for the first retry, and so on.
    pub number: u32,
}

/// Code the client runs around every attempt of every request it sends
/// (`Client::with_hooks`): retries are attempts of their own, and a redirect the
/// client follows belongs to the attempt that met it.
///
/// A hook sees each request as it leaves, credentials included: it may add headers
/// or sign the request, and must not print what it is given.
#[cfg(needs = "execute")]
pub trait Hooks: Send + Sync {
    /// Called before each attempt is sent, with the request as it will go; an error
    /// stops the request (no later attempt is made) and is what its `send` returns.
    fn before_attempt(&self, request: &mut reqwest::Request, attempt: &Attempt) -> Result<()> {
        let _ = (request, attempt);
        Ok(())
    }

    /// Called when the answer to an attempt has come, before its body is read:
    /// `elapsed` is the time from sending to the response's head.
    fn after_response(&self, response: &reqwest::Response, attempt: &Attempt, elapsed: Duration) {
        let _ = (response, attempt, elapsed);
    }
}

/// The hooks of a client, run in the order they were added.
#[cfg(needs = "execute")]
#[derive(Clone, Default)]
pub(crate) struct HookList(Vec<std::sync::Arc<dyn Hooks>>);

#[cfg(needs = "execute")]
impl HookList {
    pub(crate) fn push(&mut self, hooks: std::sync::Arc<dyn Hooks>) {
        self.0.push(hooks);
    }

    fn before_attempt(&self, request: &mut reqwest::Request, attempt: &Attempt) -> Result<()> {
        self.0.iter().try_for_each(|hooks| hooks.before_attempt(request, attempt))
    }

    fn after_response(&self, response: &reqwest::Response, attempt: &Attempt, elapsed: Duration) {
        self.0.iter().for_each(|hooks| hooks.after_response(response, attempt, elapsed));
    }
}

#[cfg(needs = "execute")]
impl fmt::Debug for HookList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HookList({} hooks)", self.0.len())
    }
}

/// The span of one request with the `tracing` feature: named as OpenTelemetry's
/// HTTP conventions name a client span (`{method} {url.template}`), with the
/// operation, and the attempts and status recorded as they come. No URL, query,
/// header or body is recorded.
#[cfg(needs = "execute")]
#[cfg(feature = "tracing")]
fn request_span(method: &reqwest::Method, operation: &Operation) -> tracing::Span {
    tracing::info_span!(
        "request",
        otel.name = format_args!("{method} {}", operation.path),
        otel.kind = "client",
        operation = operation.id.unwrap_or_default(),
        http.request.method = %method,
        url.template = operation.path,
        http.request.resend_count = tracing::field::Empty,
        http.response.status_code = tracing::field::Empty,
    )
}

#[cfg(test)]
mod hooks_tests {
    use super::*;

    struct Counting(std::sync::atomic::AtomicU32);

    impl Hooks for Counting {
        fn before_attempt(&self, request: &mut reqwest::Request, attempt: &Attempt) -> Result<()> {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let value = reqwest::header::HeaderValue::from(attempt.number);
            request.headers_mut().insert("x-attempt", value);
            Ok(())
        }
    }

    #[test]
    fn hooks_run_in_order_and_print_no_contents() {
        let mut list = HookList::default();
        let counting = std::sync::Arc::new(Counting(0.into()));
        list.push(counting.clone());
        list.push(counting.clone());
        let operation = Operation { id: Some("listCalls"), path: "/calls", idempotent: Idempotent::Yes };
        let mut request = reqwest::Request::new(reqwest::Method::GET, "http://127.0.0.1/calls".parse().unwrap());
        list.before_attempt(&mut request, &Attempt { operation, number: 2 }).unwrap();
        assert_eq!(counting.0.load(std::sync::atomic::Ordering::Relaxed), 2);
        assert_eq!(request.headers()["x-attempt"], "2");
        assert_eq!(format!("{list:?}"), "HookList(2 hooks)");
    }
}
