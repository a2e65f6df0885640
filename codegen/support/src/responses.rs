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

/// Decodes a JSON body, naming the path of the first value that does not fit.
#[cfg(any(needs = "decode", needs = "execute"))]
pub(crate) fn decode<T: serde::de::DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let excerpt: String = String::from_utf8_lossy(body).chars().take(EXCERPT_CHARS).collect();
        let message = err.into_inner().to_string();
        Error::Decode(Box::new(DecodeError { status, path, message, excerpt }))
    })
}

/// A `text/*` body; bytes that are not UTF-8 are a decode error, not replaced.
#[cfg(needs = "text")]
pub(crate) fn text(status: StatusCode, body: Vec<u8>) -> Result<String> {
    String::from_utf8(body).map_err(|err| {
        let excerpt = String::from_utf8_lossy(err.as_bytes()).chars().take(EXCERPT_CHARS).collect();
        let message = format!("the text is not UTF-8: {}", err.utf8_error());
        Error::Decode(Box::new(DecodeError { status, path: String::new(), message, excerpt }))
    })
}

/// A response body as it arrives, chunk by chunk.
#[cfg(needs = "byte_stream")]
pub type ByteStream = futures_util::stream::BoxStream<'static, Result<bytes::Bytes>>;

#[cfg(needs = "byte_stream")]
pub(crate) fn byte_stream(response: reqwest::Response) -> ByteStream {
    use futures_util::{StreamExt, TryStreamExt};
    response.bytes_stream().map_err(transport).boxed()
}

/// A declared response header, parsed; absent is `None`.
#[cfg(needs = "response_header")]
pub(crate) fn response_header<T: std::str::FromStr>(
    status: StatusCode,
    headers: &HeaderMap,
    name: &str,
) -> Result<Option<T>> {
    let Some(value) = headers.get(name) else { return Ok(None) };
    let text = value.to_str().ok();
    text.and_then(|t| t.parse().ok()).map(Some).ok_or_else(|| {
        let excerpt = String::from_utf8_lossy(value.as_bytes()).chars().take(EXCERPT_CHARS).collect();
        let path = format!("header {name}");
        let message = "the value does not have the declared type".to_owned();
        Error::Decode(Box::new(DecodeError { status, path, message, excerpt }))
    })
}

/// A declared response header that the spec says is always sent.
#[cfg(needs = "require_header")]
pub(crate) fn require_header<T>(status: StatusCode, name: &str, value: Option<T>) -> Result<T> {
    value.ok_or_else(|| {
        let path = format!("header {name}");
        let message = "the required header is missing".to_owned();
        Error::Decode(Box::new(DecodeError { status, path, message, excerpt: String::new() }))
    })
}

#[cfg(test)]
mod responses_tests {
    use super::*;

    #[test]
    fn a_body_that_does_not_fit_names_the_path() {
        #[derive(Debug, serde::Deserialize)]
        struct Call {
            #[allow(dead_code)]
            duration: u32,
        }
        let body = br#"[{"duration": 3}, {"duration": "long"}]"#;
        let Err(Error::Decode(err)) = decode::<Vec<Call>>(StatusCode::OK, body) else { panic!("decoded") };
        assert_eq!(err.path, "[1].duration");
        assert!(err.message.starts_with("invalid type: string \"long\", expected u32"), "{}", err.message);
        assert_eq!(err.excerpt, String::from_utf8_lossy(body));
        let long = format!("[{}]", "1,".repeat(1000));
        let Err(Error::Decode(err)) = decode::<Vec<u8>>(StatusCode::OK, long.as_bytes()) else { panic!("decoded") };
        assert_eq!(err.excerpt.chars().count(), EXCERPT_CHARS);
    }

    #[test]
    fn text_is_utf8_or_an_error() {
        assert_eq!(text(StatusCode::OK, "héllo".into()).unwrap(), "héllo");
        let Err(Error::Decode(err)) = text(StatusCode::OK, vec![b'a', 0xff]) else { panic!("decoded") };
        assert!(err.message.contains("not UTF-8"), "{}", err.message);
        assert_eq!(err.excerpt, "a\u{fffd}");
    }

    #[test]
    fn declared_headers_are_parsed_or_missing() {
        let mut headers = HeaderMap::new();
        headers.insert("x-rate-limit", "42".parse().unwrap());
        headers.insert("x-page", "two".parse().unwrap());
        assert_eq!(response_header::<u32>(StatusCode::OK, &headers, "x-rate-limit").unwrap(), Some(42));
        assert_eq!(response_header::<u32>(StatusCode::OK, &headers, "x-absent").unwrap(), None);
        let Err(Error::Decode(err)) = response_header::<u32>(StatusCode::OK, &headers, "x-page") else { panic!() };
        assert_eq!((err.path.as_str(), err.excerpt.as_str()), ("header x-page", "two"));
        let Err(Error::Decode(err)) = require_header::<u32>(StatusCode::OK, "x-absent", None) else { panic!() };
        assert_eq!(err.message, "the required header is missing");
    }
}
