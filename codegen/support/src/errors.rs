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
    #[cfg(needs = "api_error")]
    Api(Box<ApiError>),
    /// The server answered with a status the spec does not declare for the operation.
    UnexpectedStatus(Box<UnexpectedResponse>),
    /// The response does not match the spec.
    Decode(Box<DecodeError>),
    /// The response's body is longer than the request's limit, in bytes
    /// (`Client::with_body_limit`, `RequestOptionsExt::body_limit`): no more of it
    /// was read.
    #[cfg(needs = "execute")]
    BodyTooLarge { status: StatusCode, limit: usize },
    /// No access token could be had from the scheme's token endpoint: nothing was
    /// sent to the API.
    #[cfg(needs = "client_credentials")]
    Token(Box<TokenError>),
    /// A streamed response broke off or sent an item that cannot be read, or did
    /// not begin within the request's timeout.
    #[cfg(needs = "item_stream")]
    Stream(Box<StreamError>),
}

/// An error response the spec describes, with its decoded body.
#[cfg(needs = "api_error")]
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
            #[cfg(needs = "api_error")]
            Error::Api(err) => Some(err.status),
            Error::UnexpectedStatus(response) => Some(response.status),
            Error::Decode(err) => Some(err.status),
            #[cfg(needs = "execute")]
            Error::BodyTooLarge { status, .. } => Some(*status),
            #[cfg(needs = "client_credentials")]
            Error::Token(err) => err.status,
            #[cfg(needs = "item_stream")]
            Error::Stream(err) => err.status,
        }
    }

    /// The decoded body of an error response the spec describes.
    #[cfg(needs = "api_error")]
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
            #[cfg(needs = "api_error")]
            Error::Api(err) => err.body.message().unwrap_or(&err.text),
            Error::UnexpectedStatus(response) => response.message.as_deref().unwrap_or(&response.body),
            _ => return None,
        };
        Some(text.trim()).filter(|text| !text.is_empty())
    }
}

/// An error with what caused it (`error sending request: connection refused`):
/// reqwest's own message leaves the cause to `source()`.
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

/// The usual message field of a JSON error body read without a schema: the first
/// non-empty string among the fields such bodies use, at the top or under `error`.
#[cfg(any(needs = "execute", needs = "api_error"))]
fn message_in_json(body: &str) -> Option<String> {
    const FIELDS: [&str; 8] =
        ["message", "error_description", "detail", "error_message", "msg", "error", "title", "description"];
    let value: serde_json::Value = serde_json::from_str(body).ok()?;
    fn field(object: &serde_json::Value) -> Option<&str> {
        FIELDS.iter().find_map(|name| Some(object.get(name)?.as_str()?.trim()).filter(|text| !text.is_empty()))
    }
    field(&value).or_else(|| field(value.get("error")?)).map(str::to_owned)
}

/// How much of a server's text `Display` shows.
const MESSAGE_CHARS: usize = 200;

/// `text` on one line, cut after `MESSAGE_CHARS` characters.
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
            Error::MissingCredentials(message) => write!(f, "missing credentials: {message}"),
            Error::Transport(err) => write!(f, "request failed: {}", with_causes(err)),
            Error::Timeout(err) => write!(f, "request timed out: {}", with_causes(err)),
            #[cfg(needs = "api_error")]
            Error::Api(err) => write!(f, "the API answered {}", err.status),
            Error::UnexpectedStatus(response) => write!(f, "unexpected status {}", response.status),
            Error::Decode(err) => {
                write!(f, "cannot decode the {} response at `{}`: {}", err.status, err.path, err.message)
            }
            #[cfg(needs = "execute")]
            Error::BodyTooLarge { status, limit } => {
                write!(f, "the body of the {status} response is longer than the limit of {limit} bytes")
            }
            #[cfg(needs = "client_credentials")]
            Error::Token(err) => {
                write!(f, "no access token: {}", err.message)?;
                match (&err.error, err.status) {
                    (Some(error), Some(status)) => write!(f, " ({error}, {status})"),
                    (None, Some(status)) => write!(f, " ({status})"),
                    _ => Ok(()),
                }
            }
            #[cfg(needs = "item_stream")]
            Error::Stream(err) => write!(f, "{err}"),
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
            #[cfg(needs = "item_stream")]
            Error::Stream(err) => match &err.failure {
                StreamFailure::Transport(err) => Some(err),
                _ => None,
            },
            _ => None,
        }
    }
}

/// How much of a body an error keeps.
#[cfg(any(
    needs = "execute",
    needs = "decode",
    needs = "response_header",
    needs = "text",
    needs = "link_pages",
    needs = "api_error",
    needs = "item_stream"
))]
const EXCERPT_CHARS: usize = 512;

/// The error for a status the operation does not declare.
#[cfg(needs = "execute")]
pub(crate) fn unexpected(status: StatusCode, headers: HeaderMap, body: &[u8]) -> Error {
    let body = String::from_utf8_lossy(body).into_owned();
    let message = message_in_json(&body);
    Error::UnexpectedStatus(Box::new(UnexpectedResponse { status, headers, body, message }))
}

/// The error for a response the spec describes, with its decoded body.
#[cfg(needs = "api_error")]
pub(crate) fn api_error<T>(
    status: StatusCode,
    headers: HeaderMap,
    raw: &[u8],
    body: impl Into<ErrorBody>,
) -> Result<T> {
    let raw = String::from_utf8_lossy(raw);
    let text = message_in_json(&raw).unwrap_or_else(|| raw.chars().take(EXCERPT_CHARS).collect());
    Err(Error::Api(Box::new(ApiError { status, headers, body: body.into(), text })))
}

#[cfg(test)]
mod errors_tests {
    use super::*;

    #[test]
    fn errors_say_what_happened_and_carry_the_status() {
        let err = Error::InvalidRequest("header `x` is not a valid header".to_owned());
        assert_eq!(err.to_string(), "invalid request: header `x` is not a valid header");
        assert_eq!(err.status(), None);
        let err = unexpected(StatusCode::IM_A_TEAPOT, HeaderMap::new(), b"short and stout \xff");
        assert_eq!(err.to_string(), "unexpected status 418 I'm a teapot: short and stout \u{fffd}");
        assert_eq!(err.status(), Some(StatusCode::IM_A_TEAPOT));
        let Error::UnexpectedStatus(response) = err else { panic!() };
        assert_eq!(response.body, "short and stout \u{fffd}");
        let path = "[0].id".to_owned();
        let decode = DecodeError { status: StatusCode::OK, path, message: "bad".to_owned(), excerpt: String::new() };
        let err = Error::Decode(Box::new(decode));
        assert_eq!(err.to_string(), "cannot decode the 200 OK response at `[0].id`: bad");
        assert!(std::error::Error::source(&err).is_none());
    }

    #[test]
    fn an_error_response_says_what_the_server_said_on_one_line() {
        let raw = format!("{{\"message\": \"no\"}} {}", "x".repeat(600));
        let err = api_error::<()>(
            StatusCode::UNAUTHORIZED,
            HeaderMap::new(),
            raw.as_bytes(),
            ErrorBody("Invalid\n token".into()),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "the API answered 401 Unauthorized: Invalid token");
        assert_eq!(err.message(), Some("Invalid\n token"));
        assert!(err.body().is_some());
        let Error::Api(api) = &err else { panic!() };
        assert_eq!(api.text.chars().count(), EXCERPT_CHARS, "not JSON: the start of the text");

        let long = "word ".repeat(100);
        let err = unexpected(StatusCode::BAD_GATEWAY, HeaderMap::new(), long.as_bytes());
        let shown = err.to_string();
        assert!(shown.starts_with("unexpected status 502 Bad Gateway: word word"), "{shown}");
        assert!(shown.ends_with("..."), "{shown}");
        assert_eq!(shown.chars().count(), "unexpected status 502 Bad Gateway: ".len() + MESSAGE_CHARS + 3);

        let empty = unexpected(StatusCode::NOT_FOUND, HeaderMap::new(), b" \n");
        assert_eq!(empty.to_string(), "unexpected status 404 Not Found");
        assert_eq!(empty.message(), None);
        let problem = br#"{"type": "about:blank", "title": "Unauthorized", "detail": "Invalid token"}"#;
        let err = unexpected(StatusCode::UNAUTHORIZED, HeaderMap::new(), problem);
        assert_eq!(err.to_string(), "unexpected status 401 Unauthorized: Invalid token");
        let nested = br#"{"error": {"code": 7, "message": "Quota exceeded"}}"#;
        assert_eq!(unexpected(StatusCode::FORBIDDEN, HeaderMap::new(), nested).message(), Some("Quota exceeded"));
        let plain =
            api_error::<()>(StatusCode::BAD_REQUEST, HeaderMap::new(), b"plain words", ErrorBody(String::new()));
        let Error::Api(api) = plain.unwrap_err() else { panic!() };
        assert_eq!(api.text, "plain words");

        let missing = Error::MissingCredentials("set `with_api_key`".into());
        assert_eq!(missing.to_string(), "missing credentials: set `with_api_key`");
        assert_eq!(missing.status(), None);
    }
}
