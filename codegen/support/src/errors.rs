/// What a call to the API gives: `T`, or the [`Error`] that got in the way.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong calling the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built: a bad base URL, parameter or credential.
    InvalidRequest(String),
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
}

/// An error response the spec describes, with its decoded body.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: ErrorBody,
}

/// A response with a status the operation does not declare.
#[derive(Debug, Clone)]
pub struct UnexpectedResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text (invalid UTF-8 replaced).
    pub body: String,
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
            Error::InvalidRequest(_) => None,
            Error::Transport(err) | Error::Timeout(err) => err.status(),
            Error::Api(err) => Some(err.status),
            Error::UnexpectedStatus(response) => Some(response.status),
            Error::Decode(err) => Some(err.status),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::Transport(err) => write!(f, "request failed: {err}"),
            Error::Timeout(err) => write!(f, "request timed out: {err}"),
            Error::Api(err) => write!(f, "the API answered {}: {:?}", err.status, err.body),
            Error::UnexpectedStatus(response) => write!(f, "unexpected status {}", response.status),
            Error::Decode(err) => {
                write!(f, "cannot decode the {} response at `{}`: {}", err.status, err.path, err.message)
            }
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

/// How much of a body an error keeps.
#[cfg(any(needs = "decode", needs = "response_header", needs = "text", needs = "link_pages"))]
const EXCERPT_CHARS: usize = 512;

/// The error for a status the operation does not declare.
#[cfg(needs = "execute")]
pub(crate) fn unexpected(status: StatusCode, headers: HeaderMap, body: &[u8]) -> Error {
    let body = String::from_utf8_lossy(body).into_owned();
    Error::UnexpectedStatus(Box::new(UnexpectedResponse { status, headers, body }))
}

/// The error for a response the spec describes, with its decoded body.
#[cfg(needs = "api_error")]
pub(crate) fn api_error<T>(status: StatusCode, headers: HeaderMap, body: impl Into<ErrorBody>) -> Result<T> {
    Err(Error::Api(Box::new(ApiError { status, headers, body: body.into() })))
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
        assert_eq!(err.to_string(), "unexpected status 418 I'm a teapot");
        assert_eq!(err.status(), Some(StatusCode::IM_A_TEAPOT));
        let Error::UnexpectedStatus(response) = err else { panic!() };
        assert_eq!(response.body, "short and stout \u{fffd}");
        let path = "[0].id".to_owned();
        let decode = DecodeError { status: StatusCode::OK, path, message: "bad".to_owned(), excerpt: String::new() };
        let err = Error::Decode(Box::new(decode));
        assert_eq!(err.to_string(), "cannot decode the 200 OK response at `[0].id`: bad");
        assert!(std::error::Error::source(&err).is_none());
    }
}
