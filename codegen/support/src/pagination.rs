/// A page's items, and the request for the page after it, if any.
#[cfg(needs = "pages")]
pub(crate) type PageItems<T, R> = (Vec<T>, Option<R>);

/// Every item of every page, as a stream: `next_page` splits each page into
/// its items and the request for the page after it, if any.
#[cfg(needs = "pages")]
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
    futures_util::stream::try_unfold(Some(first), move |next| async move {
        let Some(request) = next else { return Ok(None) };
        let page = send(request.clone()).await?;
        let (items, next) = next_page(request, page)?;
        Ok(Some((futures_util::stream::iter(items.into_iter().map(Ok)), next)))
    })
    .try_flatten()
    .boxed()
}

/// The URL of a `Link` header's `rel="next"`, resolved against the base URL. A link
/// to another origin is refused: the request would carry the credentials there.
#[cfg(needs = "link_pages")]
pub(crate) fn next_link(status: StatusCode, headers: &HeaderMap, base_url: &str) -> Result<Option<String>> {
    let refused = |url: &str, message: &str| {
        let excerpt = url.chars().take(EXCERPT_CHARS).collect();
        let (path, message) = ("header Link".to_owned(), message.to_owned());
        Error::Decode(Box::new(DecodeError { status, path, message, excerpt }))
    };
    for value in headers.get_all(reqwest::header::LINK) {
        let Ok(mut rest) = value.to_str() else { continue };
        while let Some(start) = rest.find('<') {
            let Some(length) = rest[start..].find('>') else { break };
            let target = &rest[start + 1..start + length];
            rest = &rest[start + length + 1..];
            let params = &rest[..rest.find('<').unwrap_or(rest.len())];
            let is_next = params.split(';').filter_map(|param| param.trim().strip_prefix("rel=")).any(|rel| {
                rel.trim_end_matches(',').trim_matches('"').split_whitespace().any(|r| r.eq_ignore_ascii_case("next"))
            });
            if !is_next {
                continue;
            }
            let base = reqwest::Url::parse(&format!("{base_url}/"))
                .map_err(|err| Error::InvalidRequest(format!("the base URL is not a URL: {err}")))?;
            let url = base.join(target).map_err(|_| refused(target, "the next page's link is not a URL"))?;
            if url.origin() != base.origin() {
                return Err(refused(target, "the next page's link leaves the API's origin"));
            }
            return Ok(Some(url.into()));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod pagination_tests {
    use super::*;

    fn next_of(links: &[&str]) -> Result<Option<String>> {
        let mut headers = HeaderMap::new();
        for link in links {
            headers.append(reqwest::header::LINK, link.parse().unwrap());
        }
        next_link(StatusCode::OK, &headers, "https://api.example.com/v2")
    }

    #[test]
    fn the_next_link_is_found_among_others() {
        let github = r#"<https://api.example.com/v2/items?page=1>; rel="prev", <https://api.example.com/v2/items?page=3>; rel="next""#;
        assert_eq!(next_of(&[github]).unwrap().as_deref(), Some("https://api.example.com/v2/items?page=3"));
        // RFC 8288 §3.3: `rel` may hold several relation types; unquoted is allowed.
        let several = r#"<https://api.example.com/v2/items?page=2>; title="x"; rel="next last""#;
        assert_eq!(next_of(&[several]).unwrap().as_deref(), Some("https://api.example.com/v2/items?page=2"));
        let unquoted = "<https://api.example.com/v2/items?page=4>; rel=next";
        assert_eq!(
            next_of(&["<https://api.example.com/first>; rel=first", unquoted]).unwrap().as_deref(),
            Some("https://api.example.com/v2/items?page=4")
        );
        assert_eq!(next_of(&[r#"<https://api.example.com/v2/items?page=1>; rel="prev""#]).unwrap(), None);
        assert_eq!(next_of(&[]).unwrap(), None);
    }

    #[test]
    fn a_relative_link_is_resolved_against_the_base_url() {
        let next = next_of(&[r#"<items?page=2>; rel="next""#]).unwrap();
        assert_eq!(next.as_deref(), Some("https://api.example.com/v2/items?page=2"));
        let next = next_of(&[r#"</v3/items?page=2>; rel="next""#]).unwrap();
        assert_eq!(next.as_deref(), Some("https://api.example.com/v3/items?page=2"));
    }

    #[test]
    fn a_link_to_another_origin_is_refused() {
        for link in [
            r#"<https://evil.example/items?page=2>; rel="next""#,
            r#"<http://api.example.com/v2/items?page=2>; rel="next""#,
            r#"<https://api.example.com:8443/v2/items?page=2>; rel="next""#,
            r#"<//evil.example/items>; rel="next""#,
        ] {
            let Err(Error::Decode(err)) = next_of(&[link]) else { panic!("{link} was followed") };
            assert_eq!(err.path, "header Link");
            assert!(err.message.contains("leaves the API's origin"), "{}", err.message);
        }
    }
}
