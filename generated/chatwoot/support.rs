//! Response and error types, and the helpers every operation uses.

use std::fmt;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use super::client::ErrorBody;

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

/// Everything that can go wrong calling the API.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be built: a bad base URL, parameter or credential.
    InvalidRequest(String),
    /// The request could not be sent, or the response could not be read.
    Transport(reqwest::Error),
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
            Error::Transport(err) => err.status(),
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
            Error::Api(err) => {
                write!(f, "the API answered {}: {:?}", err.status, err.body)
            }
            Error::UnexpectedStatus(response) => {
                write!(f, "unexpected status {}", response.status)
            }
            Error::Decode(err) => {
                write!(
                    f, "cannot decode the {} response at `{}`: {}", err.status, err.path,
                    err.message
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(err) => Some(err),
            _ => None,
        }
    }
}

/// How much of a body an error keeps.
const EXCERPT_CHARS: usize = 512;

fn transport(err: reqwest::Error) -> Error {
    Error::Transport(err)
}

/// Sends a request and reads the whole response.
pub(crate) async fn execute(
    request: reqwest::RequestBuilder,
) -> Result<(StatusCode, HeaderMap, Vec<u8>), Error> {
    let response = request.send().await.map_err(transport)?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(transport)?;
    Ok((status, headers, body.to_vec()))
}

/// The error for a status the operation does not declare.
pub(crate) fn unexpected(status: StatusCode, headers: HeaderMap, body: &[u8]) -> Error {
    let body = String::from_utf8_lossy(body).into_owned();
    Error::UnexpectedStatus(
        Box::new(UnexpectedResponse {
            status,
            headers,
            body,
        }),
    )
}

/// Encodes a JSON request body.
pub(crate) fn json_body<T: serde::Serialize>(body: &T) -> Result<Vec<u8>, Error> {
    serde_json::to_vec(body)
        .map_err(|err| Error::InvalidRequest(format!("cannot encode the body: {err}")))
}

/// Decodes a JSON body, naming the path of the first value that does not fit.
pub(crate) fn decode<T: serde::de::DeserializeOwned>(
    status: StatusCode,
    body: &[u8],
) -> Result<T, Error> {
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

/// Characters left as they are in a path segment: RFC 3986 unreserved.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// Encodes a path parameter as exactly one path segment: `/`, `?` and `#` are
/// escaped, and values that would move to another path (`.`, `..`, empty) are refused.
pub(crate) fn path_segment(name: &str, value: &str) -> Result<String, Error> {
    if matches!(value, "" | "." | "..") {
        return Err(
            Error::InvalidRequest(
                format!("path parameter `{name}` may not be {value:?}"),
            ),
        );
    }
    Ok(percent_encoding::utf8_percent_encode(value, PATH_SEGMENT).to_string())
}

/// A request header value; CR, LF and other control characters are refused, not sent.
pub(crate) fn header_value(
    name: &str,
    value: &str,
) -> Result<reqwest::header::HeaderValue, Error> {
    reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(
            format!("the value for header `{name}` is not a valid header value"),
        ))
}

/// A header value carrying a credential, marked sensitive so that it is not logged.
pub(crate) fn sensitive_header(
    name: &str,
    value: &str,
) -> Result<reqwest::header::HeaderValue, Error> {
    let mut value = header_value(name, value)?;
    value.set_sensitive(true);
    Ok(value)
}

/// An optional, nullable field: absent is `None`, `null` is `Some(None)`.
pub(crate) mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(crate) fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// A credential: kept out of `Debug` output, logs and error messages.
#[derive(Clone)]
pub(crate) struct Secret(String);

impl Secret {
    pub(crate) fn new(value: String) -> Self {
        Self(value)
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
