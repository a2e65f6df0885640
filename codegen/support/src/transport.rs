/// `http` made into the client a generated `Client` sends through: it follows no
/// redirect (the client follows them itself, see `fetch`) and sends no `Referer`,
/// so that no credential leaves the API's origin.
pub(crate) fn safe_http_client(http: reqwest::ClientBuilder) -> Result<reqwest::Client> {
    http.redirect(reqwest::redirect::Policy::none()).referer(false).build().map_err(Error::Transport)
}

/// `url` without its trailing `/`, when it can be a base URL: absolute, `http` or
/// `https`, with no query or fragment (the operations' paths are appended to it).
/// The URL itself is left out of the error: it may carry a user and password.
pub(crate) fn checked_base_url(url: String) -> Result<String> {
    let invalid = |why: &str| Error::InvalidRequest(format!("the base URL {why}"));
    let parsed = reqwest::Url::parse(&url)
        .map_err(|err| invalid(&format!("is not an absolute URL starting with `http://` or `https://`: {err}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("must start with `http://` or `https://`"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("must not have a query or fragment"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

#[cfg(all(needs = "execute", not(needs = "query_auth")))]
fn transport(err: reqwest::Error) -> Error {
    if err.is_timeout() { Error::Timeout(err) } else { Error::Transport(err) }
}

/// Transport errors without the URL: it carries a credential.
#[cfg(all(needs = "execute", needs = "query_auth"))]
fn transport(err: reqwest::Error) -> Error {
    if err.is_timeout() { Error::Timeout(err.without_url()) } else { Error::Transport(err.without_url()) }
}

/// How many redirects one request follows before its last answer is returned as it is.
#[cfg(needs = "execute")]
const MAX_REDIRECTS: usize = 10;

/// Sends `request` and follows its redirects (301, 302, 303, 307, 308) itself: the
/// client's own `reqwest::Client` follows none and sends no `Referer`, so that no
/// credential reaches another origin. A redirect within the request's origin is
/// followed with the request as it was (credentials included); one to another
/// origin only as a fresh GET or HEAD carrying nothing but `Accept` and
/// `User-Agent`, and every later hop stays that bare. A redirect that cannot be
/// followed so (a POST answered by a 307 to another origin, a body that cannot
/// be sent twice, an 11th redirect) is returned as the response it is.
#[cfg(needs = "execute")]
async fn fetch(http: &reqwest::Client, mut request: reqwest::Request) -> Result<reqwest::Response, reqwest::Error> {
    let origin = request.url().origin();
    let mut bare = false;
    for _ in 0..MAX_REDIRECTS {
        let again = request.try_clone();
        let response = http.execute(request).await?;
        let status = response.status().as_u16();
        let location = response.headers().get(reqwest::header::LOCATION).and_then(|value| value.to_str().ok());
        let target = match (status, location) {
            (301 | 302 | 303 | 307 | 308, Some(location)) => response.url().join(location).ok(),
            _ => None,
        };
        let (Some(target), Some(mut next)) = (target, again) else { return Ok(response) };
        // As browsers do: 303 (and 301 or 302 after a POST) asks again with GET, without the body.
        let method = next.method().clone();
        let get_instead = method != reqwest::Method::HEAD
            && (status == 303 || (matches!(status, 301 | 302) && method == reqwest::Method::POST));
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

/// Reads a whole response, failing with [`Error::BodyTooLarge`] as soon as its body
/// is known to be longer than `limit` bytes (by its `Content-Length`, else as it
/// arrives): no more of it is read, and the connection is dropped.
#[cfg(needs = "execute")]
pub(crate) async fn read(mut response: reqwest::Response, limit: usize) -> Result<(StatusCode, HeaderMap, Vec<u8>)> {
    let status = response.status();
    let too_large = || Error::BodyTooLarge { status, limit };
    let declared = response.content_length().map(|length| usize::try_from(length).unwrap_or(usize::MAX));
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

#[cfg(test)]
mod transport_tests {
    use super::*;

    #[test]
    fn a_base_url_is_an_absolute_http_url() {
        assert_eq!(checked_base_url("https://api.example.com/v1/".to_owned()).unwrap(), "https://api.example.com/v1");
        assert_eq!(checked_base_url("http://127.0.0.1:8080".to_owned()).unwrap(), "http://127.0.0.1:8080");
        for bad in ["api.example.com", "ftp://example.com", "https://example.com/?a=1", "", "http://"] {
            let Err(Error::InvalidRequest(message)) = checked_base_url(bad.to_owned()) else {
                panic!("{bad} accepted")
            };
            assert!(message.starts_with("the base URL "), "{message}");
        }
        let Err(err) = checked_base_url("mailto:user:secret@example.com".to_owned()) else { panic!("accepted") };
        assert!(!err.to_string().contains("secret"), "{err}");
    }
}
