/// What every request of a client starts from.
#[cfg(needs = "execute")]
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    /// How a stream of server-sent events that broke off is resumed.
    #[cfg(needs = "event_stream")]
    pub(crate) reconnect: ReconnectPolicy,
    pub(crate) user_agent: String,
    /// The longest response body read whole, in bytes.
    pub(crate) body_limit: usize,
    pub(crate) hooks: HookList,
}

/// The longest response body a client reads whole unless told otherwise: 32 MiB,
/// ample for JSON answers, and a bound on what a misbehaving server can make the
/// client hold.
#[cfg(needs = "execute")]
pub const DEFAULT_BODY_LIMIT: usize = 32 * 1024 * 1024;

#[cfg(needs = "execute")]
impl Default for Settings {
    fn default() -> Self {
        let user_agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned();
        Self {
            retry: RetryPolicy::default(),
            timeout: None,
            #[cfg(needs = "event_stream")]
            reconnect: ReconnectPolicy::default(),
            user_agent,
            body_limit: DEFAULT_BODY_LIMIT,
            hooks: HookList::default(),
        }
    }
}

/// Options of one request, beyond its parameters: see [`RequestOptionsExt`].
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    timeout: Option<Duration>,
    max_attempts: Option<u32>,
    headers: Vec<(String, String)>,
    pub(crate) idempotency_key: Option<String>,
    body_limit: Option<usize>,
    /// The token of an OAuth 2.0 scheme the request is to carry.
    #[cfg(needs = "token_provider")]
    pub(crate) token: Option<TokenNeed>,
    /// The longest wait for the next bytes of a streamed response.
    #[cfg(needs = "item_stream")]
    pub(crate) idle_timeout: Option<Duration>,
    /// The next page's URL from a `Link` header, instead of the operation's.
    #[cfg(needs = "link_pages")]
    pub(crate) page_url: Option<String>,
    /// Send even when the operation's credentials are missing.
    #[cfg(needs = "secrets")]
    pub(crate) allow_missing_credentials: bool,
}

/// Options every request builder takes: `use` this trait to set them.
#[cfg(needs = "execute")]
pub trait RequestOptionsExt: Sized {
    /// The builder's options.
    fn options_mut(&mut self) -> &mut RequestOptions;

    /// Gives up on each attempt after `timeout` (the client's, if any, otherwise).
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
        self
    }

    /// Fails a streamed response (`send_stream`) with a `StreamFailure::TimedOut`
    /// item when its next bytes take longer than `idle` to arrive (a comment the
    /// server sends to keep the connection open counts). By default it waits as long
    /// as the connection stays open. For such a response, [`Self::timeout`] bounds
    /// only the wait for it to begin, its retries included, so that it does not cut
    /// the stream.
    #[cfg(needs = "item_stream")]
    fn idle_timeout(mut self, idle: Duration) -> Self {
        self.options_mut().idle_timeout = Some(idle);
        self
    }

    /// Fails with `Error::BodyTooLarge`, reading no further, when the response's body
    /// (or, for a stream, one of its items) is longer than `bytes`, instead of the
    /// client's limit (`Client::with_body_limit`).
    fn body_limit(mut self, bytes: usize) -> Self {
        self.options_mut().body_limit = Some(bytes);
        self
    }

    /// Attempts in all, the first included, instead of the client's policy.
    fn max_attempts(mut self, attempts: u32) -> Self {
        self.options_mut().max_attempts = Some(attempts);
        self
    }

    /// Sends one more header. An invalid name or value fails the request
    /// (`Error::InvalidRequest`) instead of being sent.
    fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options_mut().headers.push((name.into(), value.into()));
        self
    }

    /// Sends `Idempotency-Key: key`, which also lets a POST or PATCH be retried.
    fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options_mut().idempotency_key = Some(key.into());
        self
    }

    /// Sends the request even when none of the credentials its operation requires
    /// is set, instead of failing with `Error::MissingCredentials` before sending:
    /// to see how the server answers, or when something on the way adds them.
    #[cfg(needs = "secrets")]
    fn allow_missing_credentials(mut self) -> Self {
        self.options_mut().allow_missing_credentials = true;
        self
    }
}

#[cfg(needs = "execute")]
impl RequestOptions {
    /// The longest body this request reads whole: its own limit, else the client's.
    pub(crate) fn body_limit_of(&self, settings: &Settings) -> usize {
        self.body_limit.unwrap_or(settings.body_limit)
    }
}

/// Whether a request may be sent again after it failed: yes for the idempotent
/// methods (RFC 9110 §9.2.2: GET, HEAD, PUT, DELETE, OPTIONS, TRACE; and QUERY, as
/// OpenAPI 3.2 and the HTTP QUERY draft define it); for the others
/// only when the request carries an idempotency key.
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Idempotent {
    Yes,
    No,
}

#[cfg(needs = "execute")]
impl Idempotent {
    /// As the method says.
    pub(crate) fn of(method: &reqwest::Method) -> Self {
        match method.as_str() {
            "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE" | "QUERY" => Idempotent::Yes,
            _ => Idempotent::No,
        }
    }
}

/// An operation's URL: the base URL, then the parts of its path (each path parameter
/// already written as one segment), as they are.
#[cfg(needs = "execute")]
pub(crate) fn join_url(base_url: &str, path: &[&str]) -> String {
    let mut url = base_url.to_owned();
    url.extend(path.iter().copied());
    url
}

/// A request of `method` to `url` asking for `accept` (the media types the operation
/// answers with): how every operation's request starts.
#[cfg(needs = "execute")]
pub(crate) fn new_request(
    http: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    accept: &'static str,
) -> reqwest::RequestBuilder {
    http.request(method, url).header(reqwest::header::ACCEPT, accept)
}

/// Sends a request, retrying as `settings` and `options` allow, and reads the
/// whole response (up to the body limit) with the operation's `read_response`.
/// Every operation's `send` is this one async function, so the compiler checks one,
/// not one per operation.
#[cfg(needs = "execute")]
pub(crate) async fn execute<T>(
    settings: &Settings,
    request: Result<reqwest::RequestBuilder>,
    options: RequestOptions,
    operation: &Operation,
    read_response: fn(StatusCode, HeaderMap, Vec<u8>) -> Result<T>,
) -> Result<T> {
    let response = send_from(settings, request?, None, &options, operation).await?;
    read_whole(settings, &options, operation, response, read_response).await
}

/// Builds an operation's request anew, for an attempt whose body cannot be copied
/// from the last one's (a multipart form, a file read as it is sent).
#[cfg(needs = "execute")]
pub(crate) type Rebuild<'a> = Box<dyn Fn() -> Result<reqwest::RequestBuilder> + Send + Sync + 'a>;

/// As [`execute`], building the request anew for each attempt whose body cannot
/// be copied: such a request is retried as any other, unless its body is a stream
/// (which cannot be built again).
#[cfg(needs = "rebuild")]
pub(crate) async fn execute_rebuilt<T>(
    settings: &Settings,
    rebuild: Rebuild<'_>,
    options: RequestOptions,
    operation: &Operation,
    read_response: fn(StatusCode, HeaderMap, Vec<u8>) -> Result<T>,
) -> Result<T> {
    let response = send_from(settings, rebuild()?, Some(&rebuild), &options, operation).await?;
    read_whole(settings, &options, operation, response, read_response).await
}

/// Reads a whole response, up to the body limit, with `read_response`.
#[cfg(needs = "execute")]
async fn read_whole<T>(
    settings: &Settings,
    options: &RequestOptions,
    operation: &Operation,
    response: reqwest::Response,
    read_response: fn(StatusCode, HeaderMap, Vec<u8>) -> Result<T>,
) -> Result<T> {
    let (status, headers, body) = read(response, options.body_limit_of(settings)).await?;
    let read = read_response(status, headers, body);
    #[cfg(feature = "tracing")]
    if let Err(Error::Decode(err)) = &read {
        // Neither the message nor the path, which may hold the body's values or keys.
        tracing::warn!(
            operation = operation.id.unwrap_or_default(),
            url.template = operation.path,
            http.response.status_code = err.status.as_u16(),
            "the response does not match the spec",
        );
    }
    #[cfg(not(feature = "tracing"))]
    let _ = operation;
    read
}

/// Sends a request, retrying as `settings` and `options` allow, running the
/// client's hooks around each attempt and following redirects as `fetch` does; the
/// body is left unread.
#[cfg(needs = "execute")]
pub(crate) async fn send(
    settings: &Settings,
    request: reqwest::RequestBuilder,
    options: &RequestOptions,
    operation: &Operation,
) -> Result<reqwest::Response> {
    send_from(settings, request, None, options, operation).await
}

#[cfg(needs = "execute")]
async fn send_from(
    settings: &Settings,
    request: reqwest::RequestBuilder,
    rebuild: Option<&Rebuild<'_>>,
    options: &RequestOptions,
    operation: &Operation,
) -> Result<reqwest::Response> {
    let (http, request) = prepare(settings, request, options)?;
    let attempts = if operation.idempotent == Idempotent::Yes || options.idempotency_key.is_some() {
        options.max_attempts.unwrap_or(settings.retry.max_attempts)
    } else {
        1
    };
    // The request again, for a later attempt.
    let again = |request: &reqwest::Request| {
        let rebuilt = || prepare(settings, rebuild?().ok()?, options).ok().map(|(_, request)| request);
        request.try_clone().or_else(rebuilt)
    };
    #[cfg(feature = "tracing")]
    let span = request_span(request.method(), operation);
    let attempts = send_attempts(settings, options, &http, request, &again, operation, attempts);
    #[cfg(feature = "tracing")]
    let attempts = tracing::Instrument::instrument(attempts, span);
    attempts.await
}

/// The request with what every request carries: the user agent, the request's own
/// headers and idempotency key, and its timeout.
#[cfg(needs = "execute")]
fn prepare(
    settings: &Settings,
    mut request: reqwest::RequestBuilder,
    options: &RequestOptions,
) -> Result<(reqwest::Client, reqwest::Request)> {
    let invalid = |name: &str| Error::InvalidRequest(format!("header `{name}` is not a valid header"));
    request = request.header(reqwest::header::USER_AGENT, settings.user_agent.as_str());
    let key = options.idempotency_key.as_ref().map(|key| ("Idempotency-Key".to_owned(), key.clone()));
    for (name, value) in options.headers.iter().chain(key.as_ref()) {
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid(name))?;
        let value = reqwest::header::HeaderValue::from_str(value).map_err(|_| invalid(name))?;
        request = request.header(header, value);
    }
    if let Some(timeout) = options.timeout.or(settings.timeout) {
        request = request.timeout(timeout);
    }
    let (http, request) = request.build_split();
    let request =
        request.map_err(|err| Error::InvalidRequest(format!("the request cannot be built: {}", err.without_url())))?;
    Ok((http, request))
}

/// Sends `request` up to `attempts` times, until an answer that is not worth
/// another try (see [`RetryPolicy`]). A request that carries an OAuth 2.0 token the
/// API refuses (401) is sent once more with a fresh one, an attempt beyond those.
#[cfg(needs = "execute")]
async fn send_attempts(
    settings: &Settings,
    options: &RequestOptions,
    http: &reqwest::Client,
    request: reqwest::Request,
    again: &(dyn Fn(&reqwest::Request) -> Option<reqwest::Request> + Sync),
    operation: &Operation,
    mut attempts: u32,
) -> Result<reqwest::Response> {
    let retry = settings.retry;
    let mut pending = Some(request);
    let mut number = 1;
    let mut may_refresh = token_wanted(options);
    loop {
        // A copy for a later attempt; a body that can be neither copied nor built again
        // (a stream) is sent once.
        let copy = pending.as_ref().filter(|_| number < attempts || may_refresh).and_then(again);
        let mut this_attempt = match copy {
            Some(copy) => copy,
            None => pending.take().expect("the request is kept until its last attempt"),
        };
        let retry_left = number < attempts && pending.is_some();
        let attempt = Attempt { operation: *operation, number };
        let token = add_token(options, &mut this_attempt).await?;
        settings.hooks.before_attempt(&mut this_attempt, &attempt)?;
        #[cfg(feature = "tracing")]
        tracing::Span::current().record("http.request.resend_count", number - 1);
        let started = std::time::Instant::now();
        let answer = fetch(http, this_attempt).await;
        if let Ok(response) = &answer {
            settings.hooks.after_response(response, &attempt, started.elapsed());
            #[cfg(feature = "tracing")]
            tracing::Span::current().record("http.response.status_code", response.status().as_u16());
        }
        let wait = match (answer, token) {
            (Ok(response), Some(token)) if response.status() == StatusCode::UNAUTHORIZED && may_refresh => {
                refuse_token(options, &token);
                may_refresh = false;
                if pending.is_none() {
                    return Ok(response);
                }
                attempts += 1;
                Duration::ZERO
            }
            (Ok(response), _) if retry_left && matches!(response.status().as_u16(), 408 | 429 | 500..=599) => {
                retry_after(response.headers()).unwrap_or_else(|| backoff(&retry, number))
            }
            (Err(err), _) if retry_left && (err.is_connect() || err.is_timeout()) => backoff(&retry, number),
            (answer, _) => return answer.map_err(transport),
        };
        let wait = wait.min(retry.max_backoff);
        #[cfg(feature = "tracing")]
        tracing::info!(attempt = number, wait_ms = wait.as_millis() as u64, "retrying after a failed attempt");
        tokio::time::sleep(wait).await;
        number += 1;
    }
}

/// The parameters of a request made with `Client::request`, as they go on the wire.
#[doc(hidden)]
#[cfg(needs = "execute")]
#[derive(Debug, Clone)]
pub struct RawParams {
    pub(crate) method: reqwest::Method,
    path: &'static str,
    pub(crate) path_params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    /// The media type and the bytes, or why the body could not be encoded.
    pub(crate) body: Option<Result<(String, Vec<u8>), String>>,
}

#[cfg(needs = "execute")]
impl RawParams {
    pub(crate) fn new(method: reqwest::Method, path: &'static str) -> Self {
        Self { method, path, path_params: Vec::new(), query: Vec::new(), body: None }
    }

    pub(crate) fn operation(&self) -> Operation {
        Operation { id: None, path: self.path, idempotent: Idempotent::of(&self.method) }
    }

    /// The path template filled, each parameter percent-encoded as a segment (the
    /// last value given for a name wins), after `base_url`.
    pub(crate) fn url(&self, base_url: &str) -> Result<String> {
        let invalid = |why: String| Error::InvalidRequest(format!("the path `{}` {why}", self.path));
        if !self.path.starts_with('/') || self.path.contains(['?', '#']) {
            return Err(invalid("must start with `/` and hold no query or fragment".to_owned()));
        }
        let mut url = base_url.to_owned();
        let mut rest = self.path;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').ok_or_else(|| invalid("has a `{` that is not closed".to_owned()))?;
            let name = &rest[open + 1..open + close];
            let value = self.path_params.iter().rev().find(|(given, _)| given == name);
            let (_, value) = value.ok_or_else(|| invalid(format!("has `{{{name}}}`, which no `path_param` fills")))?;
            // As an operation's: a value that would move the request to another path.
            if matches!(value.as_str(), "" | "." | "..") {
                return Err(invalid(format!("may not have {value:?} for `{{{name}}}`")));
            }
            url.push_str(&rest[..open]);
            url.extend(percent_encoding::utf8_percent_encode(value, UNRESERVED));
            rest = &rest[open + close + 1..];
        }
        url.push_str(rest);
        Ok(url)
    }

    pub(crate) fn with_query_and_body(&self, mut request: reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder> {
        if !self.query.is_empty() {
            request = request.query(&self.query);
        }
        match &self.body {
            Some(Ok((content_type, bytes))) => {
                Ok(request.header(reqwest::header::CONTENT_TYPE, content_type.as_str()).body(bytes.clone()))
            }
            Some(Err(message)) => Err(Error::InvalidRequest(message.clone())),
            None => Ok(request),
        }
    }
}

/// A raw request's answer: a success's body as it came.
#[cfg(needs = "execute")]
pub(crate) fn read_any(status: StatusCode, headers: HeaderMap, body: Vec<u8>) -> Result<ApiResponse<Vec<u8>>> {
    if !status.is_success() {
        return Err(unexpected(status, headers, &body));
    }
    Ok(ApiResponse { status, headers: (), raw_headers: headers, body })
}

/// A raw request's answer: a success's JSON body as `T`.
#[cfg(needs = "execute")]
pub(crate) fn read_any_json<T: serde::de::DeserializeOwned>(
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
) -> Result<ApiResponse<T>> {
    if !status.is_success() {
        return Err(unexpected(status, headers, &body));
    }
    Ok(ApiResponse { status, headers: (), raw_headers: headers, body: decode(status, &body)? })
}

#[cfg(test)]
mod requests_tests {
    use super::*;

    #[test]
    fn a_raw_path_is_filled_segment_by_segment() {
        let mut params = RawParams::new(reqwest::Method::GET, "/agents/{id}/notes/{note}");
        params.path_params =
            vec![("id".into(), "a/b c".into()), ("note".into(), "1".into()), ("note".into(), "2".into())];
        assert_eq!(
            params.url("https://api.example.com/v1").unwrap(),
            "https://api.example.com/v1/agents/a%2Fb%20c/notes/2"
        );
        params.path_params[0].1 = "..".into();
        let err = params.url("https://api.example.com").unwrap_err().to_string();
        assert!(err.contains("may not have \"..\" for `{id}`"), "{err}");
        params.path_params[0].1 = "x".into();
        params.path_params.truncate(1);
        let err = params.url("https://api.example.com").unwrap_err().to_string();
        assert!(err.contains("`{note}`, which no `path_param` fills"), "{err}");
        for bad in ["agents", "/a?b=1", "/a#b", "/a/{id"] {
            assert!(RawParams::new(reqwest::Method::GET, bad).url("https://api.example.com").is_err(), "{bad}");
        }
        assert_eq!(params.operation().idempotent, Idempotent::Yes);
        assert_eq!(RawParams::new(reqwest::Method::POST, "/a").operation().idempotent, Idempotent::No);
    }

    #[test]
    fn an_operation_request_starts_with_its_url_and_accept() {
        let url = join_url("http://127.0.0.1:8080/v1", &["/agents/", "a%2Fb", "/notes"]);
        assert_eq!(url, "http://127.0.0.1:8080/v1/agents/a%2Fb/notes");
        let request = new_request(&reqwest::Client::new(), reqwest::Method::GET, url, "application/json");
        let request = request.build().unwrap();
        assert_eq!(request.url().path(), "/v1/agents/a%2Fb/notes");
        assert_eq!(request.headers()[reqwest::header::ACCEPT], "application/json");
    }
}
