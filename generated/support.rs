use std::fmt;
use std::time::Duration;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use super::ErrorBody;

/// A successful response: the decoded body and declared headers, with the
/// status and every header as received.
#[derive(Debug, Clone)]
pub struct ApiResponse<T, H = ()> {
    pub status: StatusCode,
    /// The response headers the spec declares, decoded.
    pub headers: H,
    /// Every response header as received.
    pub raw_headers: HeaderMap,
    pub body: T,
}

impl<T, H> ApiResponse<T, H> {
    /// The body alone.
    pub fn into_body(self) -> T {
        self.body
    }
}

pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    status: StatusCode,
    body: &[u8],
) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|err| {
            let path = err.path().to_string();
            let excerpt: String = String::from_utf8_lossy(body)
                .chars()
                .take(EXCERPT_CHARS)
                .collect();
            let message = err.into_inner().to_string();
            Error::Decode(
                Box::new(DecodeError {
                    status,
                    path,
                    message,
                    excerpt,
                }),
            )
        })
}

pub(crate) fn response_header<T: std::str::FromStr>(
    status: StatusCode,
    headers: &HeaderMap,
    name: &str,
) -> Result<Option<T>> {
    let Some(value) = headers.get(name) else { return Ok(None) };
    let text = value.to_str().ok();
    text.and_then(|t| t.parse().ok())
        .map(Some)
        .ok_or_else(|| {
            let excerpt = String::from_utf8_lossy(value.as_bytes())
                .chars()
                .take(EXCERPT_CHARS)
                .collect();
            let path = format!("header {name}");
            let message = "the value does not have the declared type".to_owned();
            Error::Decode(
                Box::new(DecodeError {
                    status,
                    path,
                    message,
                    excerpt,
                }),
            )
        })
}

/// What a call to the API gives: `T`, or the [`Error`] that got in the way.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong calling the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built: a bad base URL, parameter or credential.
    InvalidRequest(String),
    /// The operation requires credentials that neither the request nor the client
    /// has; nothing was sent. The message names the setters that would satisfy it.
    MissingCredentials(String),
    /// The request could not be sent, or the response could not be read.
    Transport(reqwest::Error),
    /// No answer came within the timeout.
    Timeout(reqwest::Error),
    /// The server answered with an error that the spec describes.
    Api(Box<ApiError>),
    /// The server answered with a status the spec does not declare for the operation.
    UnexpectedStatus(Box<UnexpectedResponse>),
    /// The response does not match the spec.
    Decode(Box<DecodeError>),
    /// The response's body is longer than the request's limit, in bytes
    /// (`Client::with_body_limit`, `RequestOptionsExt::body_limit`): no more of it
    /// was read.
    BodyTooLarge { status: StatusCode, limit: usize },
}

/// An error response the spec describes, with its decoded body.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: ErrorBody,
    /// What the body says, as text: where its schema names no message field, the
    /// usual field of a JSON error (`message`, `detail`, ...), else the body's start.
    pub text: String,
}

/// A response with a status the operation does not declare.
#[derive(Debug, Clone)]
pub struct UnexpectedResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text (invalid UTF-8 replaced).
    pub body: String,
    /// The usual message field of a JSON error body (`message`, `detail`, ...,
    /// at the top or under `error`), when it has one.
    pub message: Option<String>,
}

/// A response that does not match the spec.
#[derive(Debug, Clone)]
pub struct DecodeError {
    pub status: StatusCode,
    /// Where decoding failed: a JSON path such as `[2].startedAt`, or `header X-Name`.
    pub path: String,
    pub message: String,
    /// The start of the offending body or header value.
    pub excerpt: String,
}

impl Error {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::InvalidRequest(_) | Error::MissingCredentials(_) => None,
            Error::Transport(err) | Error::Timeout(err) => err.status(),
            Error::Api(err) => Some(err.status),
            Error::UnexpectedStatus(response) => Some(response.status),
            Error::Decode(err) => Some(err.status),
            Error::BodyTooLarge { status, .. } => Some(*status),
        }
    }

    /// The decoded body of an error response the spec describes.
    pub fn body(&self) -> Option<&ErrorBody> {
        match self {
            Error::Api(err) => Some(&err.body),
            _ => None,
        }
    }

    /// What the server said went wrong: the message field of an error body the spec
    /// describes (`message`, `detail`, `error_description`, ...), else that of a JSON
    /// body, else the start of the response's text; `None` when the server did not
    /// answer or sent no text.
    pub fn message(&self) -> Option<&str> {
        let text = match self {
            Error::Api(err) => err.body.message().unwrap_or(&err.text),
            Error::UnexpectedStatus(response) => {
                response.message.as_deref().unwrap_or(&response.body)
            }
            _ => return None,
        };
        Some(text.trim()).filter(|text| !text.is_empty())
    }
}

fn with_causes(err: &reqwest::Error) -> String {
    let mut text = err.to_string();
    let mut cause = std::error::Error::source(err);
    while let Some(err) = cause {
        let more = err.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        cause = err.source();
    }
    text
}

fn message_in_json(body: &str) -> Option<String> {
    const FIELDS: [&str; 8] = [
        "message",
        "error_description",
        "detail",
        "error_message",
        "msg",
        "error",
        "title",
        "description",
    ];
    let value: serde_json::Value = serde_json::from_str(body).ok()?;

    fn field(object: &serde_json::Value) -> Option<&str> {
        FIELDS
            .iter()
            .find_map(|name| {
                Some(object.get(name)?.as_str()?.trim()).filter(|text| !text.is_empty())
            })
    }
    field(&value).or_else(|| field(value.get("error")?)).map(str::to_owned)
}

const MESSAGE_CHARS: usize = 200;

fn one_line(text: &str) -> String {
    let mut words = text.split_whitespace();
    let mut line = words.next().unwrap_or_default().to_owned();
    for word in words {
        line.push(' ');
        line.push_str(word);
    }
    match line.char_indices().nth(MESSAGE_CHARS) {
        Some((end, _)) => format!("{}...", &line[..end]),
        None => line,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::MissingCredentials(message) => {
                write!(f, "missing credentials: {message}")
            }
            Error::Transport(err) => write!(f, "request failed: {}", with_causes(err)),
            Error::Timeout(err) => write!(f, "request timed out: {}", with_causes(err)),
            Error::Api(err) => write!(f, "the API answered {}", err.status),
            Error::UnexpectedStatus(response) => {
                write!(f, "unexpected status {}", response.status)
            }
            Error::Decode(err) => {
                write!(
                    f,
                    "cannot decode the {} response at `{}`: {}",
                    err.status,
                    err.path,
                    err.message,
                )
            }
            Error::BodyTooLarge { status, limit } => {
                write!(
                    f,
                    "the body of the {status} response is longer than the limit of {limit} bytes",
                )
            }
        }?;
        match self.message() {
            Some(message) => write!(f, ": {}", one_line(message)),
            None => Ok(()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(err) | Error::Timeout(err) => Some(err),
            _ => None,
        }
    }
}

const EXCERPT_CHARS: usize = 512;

pub(crate) fn unexpected(status: StatusCode, headers: HeaderMap, body: &[u8]) -> Error {
    let body = String::from_utf8_lossy(body).into_owned();
    let message = message_in_json(&body);
    Error::UnexpectedStatus(
        Box::new(UnexpectedResponse {
            status,
            headers,
            body,
            message,
        }),
    )
}

pub(crate) fn api_error<T>(
    status: StatusCode,
    headers: HeaderMap,
    raw: &[u8],
    body: impl Into<ErrorBody>,
) -> Result<T> {
    let raw = String::from_utf8_lossy(raw);
    let text = message_in_json(&raw)
        .unwrap_or_else(|| raw.chars().take(EXCERPT_CHARS).collect());
    Err(
        Error::Api(
            Box::new(ApiError {
                status,
                headers,
                body: body.into(),
                text,
            }),
        ),
    )
}

#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    pub(crate) user_agent: String,
    pub(crate) body_limit: usize,
    pub(crate) hooks: HookList,
}

/// The longest response body a client reads whole unless told otherwise: 32 MiB,
/// ample for JSON answers, and a bound on what a misbehaving server can make the
/// client hold.
pub const DEFAULT_BODY_LIMIT: usize = 32 * 1024 * 1024;

impl Default for Settings {
    fn default() -> Self {
        let user_agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
            .to_owned();
        Self {
            retry: RetryPolicy::default(),
            timeout: None,
            user_agent,
            body_limit: DEFAULT_BODY_LIMIT,
            hooks: HookList::default(),
        }
    }
}

/// Options of one request, beyond its parameters: see [`RequestOptionsExt`].
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    timeout: Option<Duration>,
    max_attempts: Option<u32>,
    headers: Vec<(String, String)>,
    pub(crate) idempotency_key: Option<String>,
    body_limit: Option<usize>,
    pub(crate) allow_missing_credentials: bool,
}

/// Options every request builder takes: `use` this trait to set them.
pub trait RequestOptionsExt: Sized {
    /// The builder's options.
    fn options_mut(&mut self) -> &mut RequestOptions;

    /// Gives up on each attempt after `timeout` (the client's, if any, otherwise).
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
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
    fn allow_missing_credentials(mut self) -> Self {
        self.options_mut().allow_missing_credentials = true;
        self
    }
}

impl RequestOptions {
    pub(crate) fn body_limit_of(&self, settings: &Settings) -> usize {
        self.body_limit.unwrap_or(settings.body_limit)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Idempotent {
    Yes,
    No,
}

impl Idempotent {
    pub(crate) fn of(method: &reqwest::Method) -> Self {
        match method.as_str() {
            "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE" | "QUERY" => {
                Idempotent::Yes
            }
            _ => Idempotent::No,
        }
    }
}

pub(crate) fn join_url(base_url: &str, path: &[&str]) -> String {
    let mut url = base_url.to_owned();
    url.extend(path.iter().copied());
    url
}

pub(crate) fn new_request(
    http: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    accept: &'static str,
) -> reqwest::RequestBuilder {
    http.request(method, url).header(reqwest::header::ACCEPT, accept)
}

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

pub(crate) type Rebuild<'a> = Box<
    dyn Fn() -> Result<reqwest::RequestBuilder> + Send + Sync + 'a,
>;

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
        tracing::warn!(
            operation = operation.id.unwrap_or_default(), url.template = operation.path,
            http.response.status_code = err.status.as_u16(),
            "the response does not match the spec",
        );
    }

    #[cfg(not(feature = "tracing"))]
    let _ = operation;
    read
}

pub(crate) async fn send(
    settings: &Settings,
    request: reqwest::RequestBuilder,
    options: &RequestOptions,
    operation: &Operation,
) -> Result<reqwest::Response> {
    send_from(settings, request, None, options, operation).await
}

async fn send_from(
    settings: &Settings,
    request: reqwest::RequestBuilder,
    rebuild: Option<&Rebuild<'_>>,
    options: &RequestOptions,
    operation: &Operation,
) -> Result<reqwest::Response> {
    let (http, request) = prepare(settings, request, options)?;
    let attempts = if operation.idempotent == Idempotent::Yes
        || options.idempotency_key.is_some()
    {
        options.max_attempts.unwrap_or(settings.retry.max_attempts)
    } else {
        1
    };
    let again = |request: &reqwest::Request| {
        let rebuilt = || {
            prepare(settings, rebuild?().ok()?, options).ok().map(|(_, request)| request)
        };
        request.try_clone().or_else(rebuilt)
    };

    #[cfg(feature = "tracing")]
    let span = request_span(request.method(), operation);
    let attempts = send_attempts(
        settings,
        options,
        &http,
        request,
        &again,
        operation,
        attempts,
    );

    #[cfg(feature = "tracing")]
    let attempts = tracing::Instrument::instrument(attempts, span);
    attempts.await
}

fn prepare(
    settings: &Settings,
    mut request: reqwest::RequestBuilder,
    options: &RequestOptions,
) -> Result<(reqwest::Client, reqwest::Request)> {
    let invalid = |name: &str| Error::InvalidRequest(
        format!("header `{name}` is not a valid header"),
    );
    request = request.header(reqwest::header::USER_AGENT, settings.user_agent.as_str());
    let key = options
        .idempotency_key
        .as_ref()
        .map(|key| ("Idempotency-Key".to_owned(), key.clone()));
    for (name, value) in options.headers.iter().chain(key.as_ref()) {
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| invalid(name))?;
        let value = reqwest::header::HeaderValue::from_str(value)
            .map_err(|_| invalid(name))?;
        request = request.header(header, value);
    }
    if let Some(timeout) = options.timeout.or(settings.timeout) {
        request = request.timeout(timeout);
    }
    let (http, request) = request.build_split();
    let request = request
        .map_err(|err| Error::InvalidRequest(
            format!("the request cannot be built: {}", err.without_url()),
        ))?;
    Ok((http, request))
}

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
        let copy = pending
            .as_ref()
            .filter(|_| number < attempts || may_refresh)
            .and_then(again);
        let mut this_attempt = match copy {
            Some(copy) => copy,
            None => pending.take().expect("the request is kept until its last attempt"),
        };
        let retry_left = number < attempts && pending.is_some();
        let attempt = Attempt {
            operation: *operation,
            number,
        };
        let token = add_token(options, &mut this_attempt).await?;
        settings.hooks.before_attempt(&mut this_attempt, &attempt)?;
        #[cfg(feature = "tracing")]
        tracing::Span::current().record("http.request.resend_count", number - 1);
        let started = std::time::Instant::now();
        let answer = fetch(http, this_attempt).await;
        if let Ok(response) = &answer {
            settings.hooks.after_response(response, &attempt, started.elapsed());
            #[cfg(feature = "tracing")]
            tracing::Span::current()
                .record("http.response.status_code", response.status().as_u16());
        }
        let wait = match (answer, token) {
            (
                Ok(response),
                Some(token),
            ) if response.status() == StatusCode::UNAUTHORIZED && may_refresh => {
                refuse_token(options, &token);
                may_refresh = false;
                if pending.is_none() {
                    return Ok(response);
                }
                attempts += 1;
                Duration::ZERO
            }
            (
                Ok(response),
                _,
            ) if retry_left
                && matches!(response.status().as_u16(), 408 | 429 | 500..=599) => {
                retry_after(response.headers())
                    .unwrap_or_else(|| backoff(&retry, number))
            }
            (Err(err), _) if retry_left && (err.is_connect() || err.is_timeout()) => {
                backoff(&retry, number)
            }
            (answer, _) => return answer.map_err(transport),
        };
        let wait = wait.min(retry.max_backoff);
        #[cfg(feature = "tracing")]
        tracing::info!(
            attempt = number, wait_ms = wait.as_millis() as u64,
            "retrying after a failed attempt"
        );
        tokio::time::sleep(wait).await;
        number += 1;
    }
}

/// The parameters of a request made with `Client::request`, as they go on the wire.
#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct RawParams {
    pub(crate) method: reqwest::Method,
    path: &'static str,
    pub(crate) path_params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<Result<(String, Vec<u8>), String>>,
}

impl RawParams {
    pub(crate) fn new(method: reqwest::Method, path: &'static str) -> Self {
        Self {
            method,
            path,
            path_params: Vec::new(),
            query: Vec::new(),
            body: None,
        }
    }

    pub(crate) fn operation(&self) -> Operation {
        Operation {
            id: None,
            path: self.path,
            idempotent: Idempotent::of(&self.method),
        }
    }

    pub(crate) fn url(&self, base_url: &str) -> Result<String> {
        let invalid = |why: String| Error::InvalidRequest(
            format!("the path `{}` {why}", self.path),
        );
        if !self.path.starts_with('/') || self.path.contains(['?', '#']) {
            return Err(
                invalid("must start with `/` and hold no query or fragment".to_owned()),
            );
        }
        let mut url = base_url.to_owned();
        let mut rest = self.path;
        while let Some(open) = rest.find('{') {
            let close = rest[open..]
                .find('}')
                .ok_or_else(|| invalid("has a `{` that is not closed".to_owned()))?;
            let name = &rest[open + 1..open + close];
            let value = self.path_params.iter().rev().find(|(given, _)| given == name);
            let (_, value) = value
                .ok_or_else(|| invalid(
                    format!("has `{{{name}}}`, which no `path_param` fills"),
                ))?;
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

    pub(crate) fn with_query_and_body(
        &self,
        mut request: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder> {
        if !self.query.is_empty() {
            request = request.query(&self.query);
        }
        match &self.body {
            Some(Ok((content_type, bytes))) => {
                Ok(
                    request
                        .header(reqwest::header::CONTENT_TYPE, content_type.as_str())
                        .body(bytes.clone()),
                )
            }
            Some(Err(message)) => Err(Error::InvalidRequest(message.clone())),
            None => Ok(request),
        }
    }
}

pub(crate) fn read_any(
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
) -> Result<ApiResponse<Vec<u8>>> {
    if !status.is_success() {
        return Err(unexpected(status, headers, &body));
    }
    Ok(ApiResponse {
        status,
        headers: (),
        raw_headers: headers,
        body,
    })
}

pub(crate) fn read_any_json<T: serde::de::DeserializeOwned>(
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
) -> Result<ApiResponse<T>> {
    if !status.is_success() {
        return Err(unexpected(status, headers, &body));
    }
    Ok(ApiResponse {
        status,
        headers: (),
        raw_headers: headers,
        body: decode(status, &body)?,
    })
}

/// The operation a request calls, as hooks and traces name it.
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
pub trait Hooks: Send + Sync {
    /// Called before each attempt is sent, with the request as it will go; an error
    /// stops the request (no later attempt is made) and is what its `send` returns.
    fn before_attempt(
        &self,
        request: &mut reqwest::Request,
        attempt: &Attempt,
    ) -> Result<()> {
        let _ = (request, attempt);
        Ok(())
    }

    /// Called when the answer to an attempt has come, before its body is read:
    /// `elapsed` is the time from sending to the response's head.
    fn after_response(
        &self,
        response: &reqwest::Response,
        attempt: &Attempt,
        elapsed: Duration,
    ) {
        let _ = (response, attempt, elapsed);
    }
}

#[derive(Clone, Default)]
pub(crate) struct HookList(Vec<std::sync::Arc<dyn Hooks>>);

impl HookList {
    pub(crate) fn push(&mut self, hooks: std::sync::Arc<dyn Hooks>) {
        self.0.push(hooks);
    }

    fn before_attempt(
        &self,
        request: &mut reqwest::Request,
        attempt: &Attempt,
    ) -> Result<()> {
        self.0.iter().try_for_each(|hooks| hooks.before_attempt(request, attempt))
    }

    fn after_response(
        &self,
        response: &reqwest::Response,
        attempt: &Attempt,
        elapsed: Duration,
    ) {
        self.0.iter().for_each(|hooks| hooks.after_response(response, attempt, elapsed));
    }
}

impl fmt::Debug for HookList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HookList({} hooks)", self.0.len())
    }
}

#[cfg(feature = "tracing")]
fn request_span(method: &reqwest::Method, operation: &Operation) -> tracing::Span {
    tracing::info_span!(
        "request", otel.name = format_args!("{method} {}", operation.path), otel.kind =
        "client", operation = operation.id.unwrap_or_default(), http.request.method = %
        method, url.template = operation.path, http.request.resend_count =
        tracing::field::Empty, http.response.status_code = tracing::field::Empty,
    )
}

/// How a client retries a request that failed on the way or got 408, 429 or a 5xx
/// answer. Only idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried,
/// unless the request carries an idempotency key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 turns retries off.
    pub max_attempts: u32,
    /// The wait before the first retry; it doubles for each later one, less a
    /// random part of up to a quarter so that clients do not retry in step.
    pub initial_backoff: Duration,
    /// The longest wait between attempts, a server's `Retry-After` included.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
        }
    }
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?.timestamp();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(Duration::from_secs(u64::try_from(at).ok()?.saturating_sub(now)))
}

fn backoff(retry: &RetryPolicy, attempt: u32) -> Duration {
    use std::hash::{BuildHasher, Hasher};
    let full = retry
        .initial_backoff
        .saturating_mul(1 << (attempt - 1).min(16))
        .min(retry.max_backoff);
    let random = std::collections::hash_map::RandomState::new().build_hasher().finish();
    full.mul_f64(1.0 - (random % 1000) as f64 / 4000.0)
}

pub(crate) fn safe_http_client(http: reqwest::ClientBuilder) -> Result<reqwest::Client> {
    http.redirect(reqwest::redirect::Policy::none())
        .referer(false)
        .build()
        .map_err(Error::Transport)
}

pub(crate) fn checked_base_url(url: String) -> Result<String> {
    let invalid = |why: &str| Error::InvalidRequest(format!("the base URL {why}"));
    let parsed = reqwest::Url::parse(&url)
        .map_err(|err| invalid(
            &format!(
                "is not an absolute URL starting with `http://` or `https://`: {err}",
            ),
        ))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("must start with `http://` or `https://`"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("must not have a query or fragment"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

fn transport(err: reqwest::Error) -> Error {
    if err.is_timeout() { Error::Timeout(err) } else { Error::Transport(err) }
}

const MAX_REDIRECTS: usize = 10;

async fn fetch(
    http: &reqwest::Client,
    mut request: reqwest::Request,
) -> Result<reqwest::Response, reqwest::Error> {
    let origin = request.url().origin();
    let mut bare = false;
    for _ in 0..MAX_REDIRECTS {
        let again = request.try_clone();
        let response = http.execute(request).await?;
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|value| value.to_str().ok());
        let target = match (status, location) {
            (301 | 302 | 303 | 307 | 308, Some(location)) => {
                response.url().join(location).ok()
            }
            _ => None,
        };
        let (Some(target), Some(mut next)) = (target, again) else {
            return Ok(response)
        };
        let method = next.method().clone();
        let get_instead = method != reqwest::Method::HEAD
            && (status == 303
                || (matches!(status, 301 | 302) && method == reqwest::Method::POST));
        if get_instead {
            *next.method_mut() = reqwest::Method::GET;
            *next.body_mut() = None;
            next.headers_mut().remove(reqwest::header::CONTENT_TYPE);
            next.headers_mut().remove(reqwest::header::CONTENT_LENGTH);
        }
        if bare || target.origin() != origin {
            if !matches!(*next.method(), reqwest::Method::GET | reqwest::Method::HEAD) {
                return Ok(response);
            }
            let mut stripped = reqwest::Request::new(next.method().clone(), target);
            for name in [reqwest::header::ACCEPT, reqwest::header::USER_AGENT] {
                if let Some(value) = next.headers().get(&name) {
                    stripped.headers_mut().insert(name, value.clone());
                }
            }
            *stripped.timeout_mut() = next.timeout().copied();
            next = stripped;
            bare = true;
        } else {
            *next.url_mut() = target;
        }
        request = next;
    }
    http.execute(request).await
}

pub(crate) async fn read(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<(StatusCode, HeaderMap, Vec<u8>)> {
    let status = response.status();
    let too_large = || Error::BodyTooLarge {
        status,
        limit,
    };
    let declared = response
        .content_length()
        .map(|length| usize::try_from(length).unwrap_or(usize::MAX));
    if declared.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let headers = std::mem::take(response.headers_mut());
    let mut body = Vec::with_capacity(declared.unwrap_or_default());
    while let Some(chunk) = response.chunk().await.map_err(transport)? {
        if chunk.len() > limit - body.len() {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok((status, headers, body))
}

pub(crate) const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
fn param_value<T: serde::Serialize>(name: &str, value: &T) -> Result<serde_json::Value> {
    serde_json::to_value(value)
        .map_err(|err| Error::InvalidRequest(
            format!("cannot encode parameter `{name}`: {err}"),
        ))
}

fn param_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "an API writes the styles its parameters have")]
pub(crate) enum Style {
    /// Query and cookie: `id=3&id=4` and `x=1&y=2` exploded; `id=3,4` and `p=x,1,y,2` not.
    Form { explode: bool },
    /// `id=3%204`.
    SpaceDelimited,
    /// `id=3|4`.
    PipeDelimited,
    /// `p[x]=1&p[y][z]=2`.
    DeepObject,
    /// Path and header: `3,4`; `x,1,y,2`, or `x=1,y=2` exploded.
    Simple { explode: bool },
    /// `.3,4`, or `.3.4` exploded.
    Label { explode: bool },
    /// `;id=3,4`, or `;id=3;id=4` exploded.
    Matrix { explode: bool },
    /// The value's JSON text.
    Json,
}

fn joined(
    name: &str,
    value: &serde_json::Value,
    style: Style,
    encode: &dyn Fn(&str) -> String,
) -> String {
    let (before, between, explode) = match style {
        Style::Label { explode } => {
            (".".to_owned(), if explode { "." } else { "," }.to_owned(), explode)
        }
        Style::Matrix { explode } => {
            let named = format!(";{}=", encode(name));
            (named.clone(), if explode { named } else { ",".to_owned() }, explode)
        }
        Style::Simple { explode } => (String::new(), ",".to_owned(), explode),
        Style::SpaceDelimited => (String::new(), " ".to_owned(), false),
        Style::PipeDelimited => (String::new(), "|".to_owned(), false),
        Style::Form { .. } | Style::DeepObject | Style::Json => {
            (String::new(), ",".to_owned(), false)
        }
    };
    match value {
        serde_json::Value::Array(items) => {
            let items: Vec<String> = items
                .iter()
                .filter(|item| !item.is_null())
                .map(|item| encode(&param_text(item)))
                .collect();
            format!("{before}{}", items.join(&between))
        }
        serde_json::Value::Object(members) if explode => {
            let (before, between) = match style {
                Style::Matrix { .. } => (";", ";"),
                Style::Label { .. } => (".", "."),
                _ => ("", ","),
            };
            let members = members.iter().filter(|(_, value)| !value.is_null());
            let pairs: Vec<String> = members
                .map(|(key, value)| {
                    format!("{}={}", encode(key), encode(&param_text(value)))
                })
                .collect();
            format!("{before}{}", pairs.join(between))
        }
        serde_json::Value::Object(members) => {
            let members = members.iter().filter(|(_, value)| !value.is_null());
            let parts: Vec<String> = members
                .flat_map(|(key, value)| [encode(key), encode(&param_text(value))])
                .collect();
            format!("{before}{}", parts.join(&between))
        }
        scalar => format!("{before}{}", encode(&param_text(scalar))),
    }
}

pub(crate) fn path_segment<T: serde::Serialize>(
    name: &str,
    value: &T,
    style: Style,
) -> Result<String> {
    let value = param_value(name, value)?;
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string()
    };
    let segment = match style {
        Style::Json => encode(&value.to_string()),
        _ => joined(name, &value, style, &encode),
    };
    if matches!(segment.as_str(), "" | "." | "..") {
        return Err(
            Error::InvalidRequest(
                format!("path parameter `{name}` may not be {segment:?}"),
            ),
        );
    }
    Ok(segment)
}

pub(crate) trait QueryValue {
    /// The value as JSON, which its style writes from; an error names the parameter.
    fn query_json(&self, name: &str) -> Result<serde_json::Value>;
}

impl<T: serde::Serialize> QueryValue for T {
    fn query_json(&self, name: &str) -> Result<serde_json::Value> {
        param_value(name, self)
    }
}

pub(crate) fn with_query(
    request: reqwest::RequestBuilder,
    params: &[(&str, &dyn QueryValue, Style)],
) -> Result<reqwest::RequestBuilder> {
    let mut query = Vec::new();
    for (name, value, style) in params {
        query_pairs(&mut query, name, &value.query_json(name)?, *style);
    }
    Ok(request.query(&query))
}

fn query_pairs(
    query: &mut Vec<(String, String)>,
    name: &str,
    value: &serde_json::Value,
    style: Style,
) {
    let texts = |items: &[serde_json::Value]| -> Vec<(String, String)> {
        items
            .iter()
            .filter(|item| !item.is_null())
            .map(|item| (name.to_owned(), param_text(item)))
            .collect()
    };
    match (value, style) {
        (serde_json::Value::Null, _) => {}
        (_, Style::Json) => query.push((name.to_owned(), value.to_string())),
        (
            serde_json::Value::Array(items),
            Style::Form { explode: true } | Style::DeepObject,
        ) => {
            query.extend(texts(items));
        }
        (serde_json::Value::Object(members), Style::Form { explode: true }) => {
            for (key, value) in members {
                let items = match value {
                    serde_json::Value::Array(items) => items.as_slice(),
                    single => std::slice::from_ref(single),
                };
                let items = items.iter().filter(|item| !item.is_null());
                query.extend(items.map(|item| (key.clone(), param_text(item))));
            }
        }
        (serde_json::Value::Object(members), Style::DeepObject) => {
            let mut pending: Vec<(String, &serde_json::Value)> = members
                .iter()
                .rev()
                .map(|(key, value)| (format!("{name}[{key}]"), value))
                .collect();
            while let Some((key, value)) = pending.pop() {
                match value {
                    serde_json::Value::Null => {}
                    serde_json::Value::Object(inner) => {
                        pending
                            .extend(
                                inner.iter().rev().map(|(k, v)| (format!("{key}[{k}]"), v)),
                            );
                    }
                    serde_json::Value::Array(items) => {
                        pending
                            .extend(items.iter().rev().map(|item| (key.clone(), item)));
                    }
                    other => query.push((key, param_text(other))),
                }
            }
        }
        _ => query.push((name.to_owned(), joined(name, value, style, &str::to_owned))),
    }
}

pub(crate) fn header_value(
    name: &str,
    value: &str,
) -> Result<reqwest::header::HeaderValue> {
    reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(
            format!("the value for header `{name}` is not a valid header value"),
        ))
}

pub(crate) fn sensitive_header(
    name: &str,
    value: &str,
) -> Result<reqwest::header::HeaderValue> {
    let mut value = header_value(name, value)?;
    value.set_sensitive(true);
    Ok(value)
}

pub(crate) fn json_body<T: serde::Serialize>(
    request: reqwest::RequestBuilder,
    media_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder> {
    let bytes = serde_json::to_vec(body)
        .map_err(|err| Error::InvalidRequest(format!("cannot encode the body: {err}")))?;
    Ok(request.header(reqwest::header::CONTENT_TYPE, media_type).body(bytes))
}

pub(crate) fn form_body<T: serde::Serialize>(
    request: reqwest::RequestBuilder,
    media_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder> {
    Ok(
        request
            .header(reqwest::header::CONTENT_TYPE, media_type)
            .body(form_encoded(body)?),
    )
}

fn form_encoded<T: serde::Serialize>(body: &T) -> Result<String> {
    let serde_json::Value::Object(members) = param_value("body", body)? else {
        return Err(Error::InvalidRequest("a form body must be an object".to_owned()));
    };
    let mut pairs = Vec::new();
    for (name, value) in members {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Array(items) => {
                pairs
                    .extend(
                        items
                            .iter()
                            .filter(|item| !item.is_null())
                            .map(|item| (name.clone(), param_text(item))),
                    );
            }
            other => pairs.push((name, param_text(&other))),
        }
    }
    serde_urlencoded::to_string(&pairs)
        .map_err(|err| Error::InvalidRequest(
            format!("cannot encode the form body: {err}"),
        ))
}

pub(crate) type PageItems<T, R> = (Vec<T>, Option<R>);

pub(crate) fn paginate<'a, R, P, T, F>(
    first: R,
    send: fn(R) -> F,
    next_page: fn(R, P) -> Result<PageItems<T, R>>,
) -> futures_util::stream::BoxStream<'a, Result<T>>
where
    R: Clone + Send + 'a,
    F: std::future::Future<Output = Result<P>> + Send + 'a,
    P: 'a,
    T: Send + 'a,
{
    use futures_util::stream::{StreamExt, TryStreamExt};
    futures_util::stream::try_unfold(
            Some(first),
            move |next| async move {
                let Some(request) = next else { return Ok(None) };
                let page = send(request.clone()).await?;
                let (items, next) = next_page(request, page)?;
                Ok(Some((futures_util::stream::iter(items.into_iter().map(Ok)), next)))
            },
        )
        .try_flatten()
        .boxed()
}

pub(crate) trait FromObject: Sized {
    /// The struct's name, for errors.
    const NAME: &'static str;

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        object: A,
    ) -> Result<Self, A::Error>;
}

pub(crate) fn decode_object<'de, T: FromObject, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(std::marker::PhantomData<T>);

    impl<'de, T: FromObject> serde::de::Visitor<'de> for ObjectVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "struct {}", T::NAME)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            object: A,
        ) -> Result<T, A::Error> {
            T::from_object(object)
        }
    }
    deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
}

pub(crate) struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> serde::de::Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(name)))
            }
            fn visit_str<E>(self, name: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(name.to_owned())))
            }
            fn visit_string<E>(self, name: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(name)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

pub(crate) fn read_value<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
    object: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = Some(object.next_value()?);
    Ok(())
}

pub(crate) fn read_option<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
    object: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = object.next_value()?;
    Ok(())
}

pub(crate) struct ObjectWriter<M: serde::ser::SerializeMap>(Result<M, M::Error>);

impl<M: serde::ser::SerializeMap> ObjectWriter<M> {
    pub(crate) fn new(map: Result<M, M::Error>) -> Self {
        Self(map)
    }

    pub(crate) fn member<K: serde::Serialize + ?Sized, T: serde::Serialize + ?Sized>(
        &mut self,
        name: &K,
        value: &T,
    ) {
        let written = match &mut self.0 {
            Ok(map) => map.serialize_entry(name, value),
            Err(_) => return,
        };
        if let Err(err) = written {
            self.0 = Err(err);
        }
    }

    pub(crate) fn optional<T: serde::Serialize>(
        &mut self,
        name: &str,
        value: &Option<T>,
    ) {
        if let Some(value) = value {
            self.member(name, value);
        }
    }

    pub(crate) fn end(self) -> Result<M::Ok, M::Error> {
        self.0?.end()
    }
}

pub(crate) fn skip_value<'de, A: serde::de::MapAccess<'de>>(
    object: &mut A,
) -> Result<(), A::Error> {
    object.next_value::<serde::de::IgnoredAny>()?;
    Ok(())
}

pub(crate) type VariantDecoder<T> = fn(
    serde_json::Value,
) -> Result<T, serde_json::Error>;
thread_local! {
    static LISTED_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub(crate) fn unlisted<T, E: serde::de::Error>(value: T) -> Result<T, E> {
    if LISTED_ONLY.get() {
        Err(E::custom("a value the spec does not list"))
    } else {
        Ok(value)
    }
}

pub(crate) fn decode_union<T: serde::Serialize, E: serde::de::Error>(
    value: serde_json::Value,
    union: &str,
    variants: &[VariantDecoder<T>],
) -> Result<T, E> {
    decode_alternatives(value, union, variants, None)
}

fn decode_alternatives<T: serde::Serialize, E: serde::de::Error>(
    value: serde_json::Value,
    union: &str,
    variants: &[VariantDecoder<T>],
    added: Option<&str>,
) -> Result<T, E> {
    let outer = LISTED_ONLY.replace(true);
    let listed = fit(&value, variants, added);
    LISTED_ONLY.set(outer);
    let listed = match listed {
        Ok(whole) => return Ok(whole),
        Err(partial) => partial,
    };
    let any = match outer {
        true => {
            Partial {
                first: None,
                error: None,
            }
        }
        false => {
            match fit(&value, variants, added) {
                Ok(whole) => return Ok(whole),
                Err(partial) => partial,
            }
        }
    };
    listed
        .first
        .or(any.first)
        .ok_or_else(|| {
            let why = any
                .error
                .or(listed.error)
                .map(|err| err.to_string())
                .unwrap_or_default();
            E::custom(
                format!(
                    "the value is none of the variants of {union}; the first says: {why}",
                ),
            )
        })
}

struct Partial<T> {
    first: Option<T>,
    error: Option<serde_json::Error>,
}

fn fit<T: serde::Serialize>(
    value: &serde_json::Value,
    variants: &[VariantDecoder<T>],
    added: Option<&str>,
) -> Result<T, Partial<T>> {
    let encoded = |decoded: &T| {
        let mut back = serde_json::to_value(decoded).ok()?;
        if let (Some(added), Some(members)) = (added, back.as_object_mut()) {
            members.remove(added);
        }
        Some(back)
    };
    let mut partial = Partial {
        first: None,
        error: None,
    };
    for variant in variants {
        match variant(value.clone()) {
            Ok(decoded) if encoded(&decoded).is_some_and(|back| holds(&back, value)) => {
                return Ok(decoded);
            }
            Ok(decoded) => partial.first = partial.first.or(Some(decoded)),
            Err(err) => partial.error = partial.error.or(Some(err)),
        }
    }
    Err(partial)
}

fn holds(back: &serde_json::Value, sent: &serde_json::Value) -> bool {
    match (back, sent) {
        (serde_json::Value::Object(back), serde_json::Value::Object(sent)) => {
            let kept = sent
                .iter()
                .all(|(key, value)| {
                    back.get(key).map_or(value.is_null(), |b| holds(b, value))
                });
            kept
                && back
                    .iter()
                    .all(|(key, value)| value.is_null() || sent.contains_key(key))
        }
        (serde_json::Value::Array(back), serde_json::Value::Array(sent)) => {
            back.len() == sent.len() && back.iter().zip(sent).all(|(b, s)| holds(b, s))
        }
        (serde_json::Value::Number(b), serde_json::Value::Number(s)) => {
            b.as_f64() == s.as_f64()
        }
        _ => back == sent,
    }
}

#[derive(Clone)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn new(value: String) -> Self {
        Self(value)
    }

    pub(crate) fn bearer(token: String) -> Self {
        let scheme = token
            .get(..7)
            .filter(|prefix| prefix.eq_ignore_ascii_case("bearer "));
        match scheme {
            Some(_) => Self(token[7..].trim_start().to_owned()),
            None => Self(token),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(..)")
    }
}

fn token_wanted(_: &RequestOptions) -> bool {
    false
}

async fn add_token(
    _: &RequestOptions,
    _: &mut reqwest::Request,
) -> Result<Option<String>> {
    Ok(None)
}

fn refuse_token(_: &RequestOptions, _: &str) {}

/// One operation's part in a generated `mock::MockServer`: which requests it matches
/// (the operation's method and path, and what else you add), how many it expects,
/// and what it answers, encoded by the generated types so that it cannot drift from
/// the spec. Nothing is mounted until a `respond` method is awaited; the expected
/// counts are checked when the server is dropped (`wiremock` does, and panics).
#[cfg(feature = "mock")]
#[must_use = "a mock answers nothing until one of its `respond` methods is awaited"]
pub struct MockOperation<'a, S, I = ()> {
    server: &'a wiremock::MockServer,
    mock: wiremock::MockBuilder,
    success: u16,
    expected: Option<u64>,
    times: Option<u64>,
    pages: Paging,
    _bodies: std::marker::PhantomData<fn(S, I)>,
}

#[cfg(feature = "mock")]
#[derive(Debug, Clone, Copy)]
#[allow(
    dead_code,
    reason = "the kinds of pagination the API's operations have are made"
)]
pub(crate) enum Paging {
    /// The page's own fields say it (a cursor, `has_more`): as the pages given do.
    Own,
    /// A `Link` header with `rel="next"`, added to each page but the last.
    Link,
    /// A response header whose value the next request sends back.
    Header(&'static str),
    /// A page with no items: answered after the last page given, whose items (the
    /// members on this path, or the body itself) are emptied.
    EmptyAfter(&'static [&'static str]),
}

#[cfg(feature = "mock")]
pub(crate) fn mock_segment<T: serde::Serialize>(
    name: &str,
    value: &T,
    style: Style,
) -> String {
    path_segment(name, value, style).unwrap_or_else(|err| panic!("{err}"))
}

#[cfg(feature = "mock")]
impl<'a, S: serde::Serialize, I: serde::Serialize> MockOperation<'a, S, I> {
    pub(crate) fn new(
        server: &'a wiremock::MockServer,
        method: &str,
        parts: &[&str],
        success: u16,
    ) -> Self {
        let path = wiremock::matchers::path(parts.concat());
        let mock = wiremock::Mock::given(wiremock::matchers::method(method)).and(path);
        Self {
            server,
            mock,
            success,
            expected: None,
            times: None,
            pages: Paging::Own,
            _bodies: std::marker::PhantomData,
        }
    }

    pub(crate) fn paged(mut self, pages: Paging) -> Self {
        self.pages = pages;
        self
    }

    /// Matches only requests whose query has `name=value`.
    pub fn query(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.mock = self
            .mock
            .and(wiremock::matchers::query_param(name, value.to_string()));
        self
    }

    /// Matches only requests with the header `name: value`.
    pub fn header(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.mock = self
            .mock
            .and(wiremock::matchers::header(name, value.to_string().as_str()));
        self
    }

    /// Matches only requests whose body is `body` as JSON.
    pub fn body(mut self, body: &impl serde::Serialize) -> Self {
        let body = serde_json::to_value(body).expect("a mocked body encodes as JSON");
        self.mock = self.mock.and(wiremock::matchers::body_json(body));
        self
    }

    /// Matches only requests that `matcher` accepts: any of `wiremock`'s matchers.
    pub fn matching(mut self, matcher: impl wiremock::Match + 'static) -> Self {
        self.mock = self.mock.and(matcher);
        self
    }

    /// Expects exactly `times` matching requests: checked when the server is dropped.
    pub fn expect(mut self, times: u64) -> Self {
        self.expected = Some(times);
        self
    }

    /// Answers at most `times` requests, leaving later ones to the mocks mounted after.
    pub fn times(mut self, times: u64) -> Self {
        self.times = Some(times);
        self
    }

    /// Answers with the operation's success status and `body`.
    pub async fn respond(self, body: S) {
        let template = json_template(self.success, &body);
        self.mount(template).await;
    }

    /// Answers with `status` and `body` as JSON: an error body of the operation
    /// (`ErrorBody`'s variant, or its type), or any other.
    pub async fn respond_with(self, status: u16, body: &impl serde::Serialize) {
        let template = json_template(status, body);
        self.mount(template).await;
    }

    /// Answers as `template` says: `wiremock`'s own, for what the others cannot say.
    pub async fn respond_template(self, template: wiremock::ResponseTemplate) {
        self.mount(template).await;
    }

    /// Answers the first request with the first page, the next with the next, and
    /// so on, each page saying there is another as the operation's pagination reads
    /// it (a `Link` or cursor header added, or an empty page after the last). Where
    /// a page's own fields say it (a cursor, `has_more`), the last page given must
    /// say there is no other: a later request gets it again.
    pub async fn respond_pages(self, pages: impl IntoIterator<Item = S>) {
        let pages: Vec<serde_json::Value> = pages
            .into_iter()
            .map(|page| {
                serde_json::to_value(page).expect("a mocked page encodes as JSON")
            })
            .collect();
        assert!(!pages.is_empty(), "`respond_pages` takes one page at least");
        let next = std::sync::atomic::AtomicUsize::new(0);
        let (status, paging, base) = (self.success, self.pages, self.server.uri());
        let responder = Pages {
            pages,
            next,
            status,
            paging,
            base,
        };
        self.mount(responder).await;
    }

    async fn mount(self, responder: impl wiremock::Respond + 'static) {
        let mut mock = self.mock.respond_with(responder);
        if let Some(times) = self.expected {
            mock = mock.expect(times);
        }
        if let Some(times) = self.times {
            mock = mock.up_to_n_times(times);
        }
        mock.mount(self.server).await;
    }
}

#[cfg(feature = "mock")]
fn json_template(
    status: u16,
    body: &impl serde::Serialize,
) -> wiremock::ResponseTemplate {
    let body = serde_json::to_value(body).expect("a mocked body encodes as JSON");
    let template = wiremock::ResponseTemplate::new(status);
    if body.is_null() {
        return template;
    }
    template.set_body_raw(body.to_string(), "application/json")
}

#[cfg(feature = "mock")]
struct Pages {
    pages: Vec<serde_json::Value>,
    next: std::sync::atomic::AtomicUsize,
    status: u16,
    paging: Paging,
    base: String,
}

#[cfg(feature = "mock")]
impl wiremock::Respond for Pages {
    fn respond(&self, request: &wiremock::Request) -> wiremock::ResponseTemplate {
        let at = self.next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let last = self.pages.len() - 1;
        let page = match (self.paging, self.pages.get(at)) {
            (_, Some(page)) => page.clone(),
            (Paging::EmptyAfter(items), None) => {
                let mut page = self.pages[last].clone();
                let list = items
                    .iter()
                    .try_fold(&mut page, |value, member| value.get_mut(*member));
                let Some(serde_json::Value::Array(list)) = list else {
                    panic!(
                        "the last page given has no list at `{}` to empty",
                        items.join("."),
                    )
                };
                list.clear();
                page
            }
            (_, None) => self.pages[last].clone(),
        };
        let mut template = json_template(self.status, &page);
        if at < last {
            match self.paging {
                Paging::Link => {
                    let next = format!(
                        "<{}{}?page={}>; rel=\"next\"",
                        self.base,
                        request.url.path(),
                        at + 2,
                    );
                    template = template.insert_header("Link", next.as_str());
                }
                Paging::Header(name) => {
                    template = template
                        .insert_header(name, (at + 2).to_string().as_str());
                }
                Paging::Own | Paging::EmptyAfter(_) => {}
            }
        }
        template
    }
}
