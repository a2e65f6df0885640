/// One operation's part in a generated `mock::MockServer`: which requests it matches
/// (the operation's method and path, and what else you add), how many it expects,
/// and what it answers, encoded by the generated types so that it cannot drift from
/// the spec. Nothing is mounted until a `respond` method is awaited; the expected
/// counts are checked when the server is dropped (`wiremock` does, and panics).
#[cfg(needs = "execute")]
#[cfg(feature = "mock")]
#[must_use = "a mock answers nothing until one of its `respond` methods is awaited"]
pub struct MockOperation<'a, S, I = ()> {
    server: &'a wiremock::MockServer,
    mock: wiremock::MockBuilder,
    /// The status of the operation's success.
    success: u16,
    expected: Option<u64>,
    times: Option<u64>,
    #[cfg(needs = "pages")]
    pages: Paging,
    #[cfg(needs = "item_stream")]
    stream: Option<MockStream>,
    _bodies: std::marker::PhantomData<fn(S, I)>,
}

/// How a page of a mocked list says there is another.
#[cfg(needs = "pages")]
#[cfg(feature = "mock")]
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "the kinds of pagination the API's operations have are made")]
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

/// How a mocked stream is written.
#[cfg(needs = "item_stream")]
#[cfg(feature = "mock")]
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "the kinds of streams the API's operations answer are made")]
pub(crate) enum MockStream {
    /// Server-sent events, each item the `data` of one; text items as they are.
    Events { text: bool, end_marker: Option<&'static str> },
    /// JSON lines, or a JSON text sequence (each value after `0x1E`).
    Lines { separator: Option<u8> },
}

/// A path parameter's segment as the client writes it ([`path_segment`]): a value the
/// client refuses is a mistake in the test, said by a panic.
#[cfg(needs = "path_segment")]
#[cfg(feature = "mock")]
pub(crate) fn mock_segment<T: serde::Serialize>(name: &str, value: &T, style: Style) -> String {
    path_segment(name, value, style).unwrap_or_else(|err| panic!("{err}"))
}

#[cfg(needs = "execute")]
#[cfg(feature = "mock")]
impl<'a, S: serde::Serialize, I: serde::Serialize> MockOperation<'a, S, I> {
    /// Requests of `method` to the path of `parts` (literal text and encoded segments,
    /// as the client joins them), answered with `success` once a `respond` says how.
    pub(crate) fn new(server: &'a wiremock::MockServer, method: &str, parts: &[&str], success: u16) -> Self {
        let path = wiremock::matchers::path(parts.concat());
        let mock = wiremock::Mock::given(wiremock::matchers::method(method)).and(path);
        Self {
            server,
            mock,
            success,
            expected: None,
            times: None,
            #[cfg(needs = "pages")]
            pages: Paging::Own,
            #[cfg(needs = "item_stream")]
            stream: None,
            _bodies: std::marker::PhantomData,
        }
    }

    #[cfg(needs = "pages")]
    pub(crate) fn paged(mut self, pages: Paging) -> Self {
        self.pages = pages;
        self
    }

    #[cfg(needs = "item_stream")]
    pub(crate) fn streamed(mut self, stream: MockStream) -> Self {
        self.stream = Some(stream);
        self
    }

    /// Matches only requests whose query has `name=value`.
    pub fn query(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.mock = self.mock.and(wiremock::matchers::query_param(name, value.to_string()));
        self
    }

    /// Matches only requests with the header `name: value`.
    pub fn header(mut self, name: &str, value: impl std::fmt::Display) -> Self {
        self.mock = self.mock.and(wiremock::matchers::header(name, value.to_string().as_str()));
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

    #[cfg(needs = "pages")]
    /// Answers the first request with the first page, the next with the next, and
    /// so on, each page saying there is another as the operation's pagination reads
    /// it (a `Link` or cursor header added, or an empty page after the last). Where
    /// a page's own fields say it (a cursor, `has_more`), the last page given must
    /// say there is no other: a later request gets it again.
    pub async fn respond_pages(self, pages: impl IntoIterator<Item = S>) {
        let pages: Vec<serde_json::Value> =
            pages.into_iter().map(|page| serde_json::to_value(page).expect("a mocked page encodes as JSON")).collect();
        assert!(!pages.is_empty(), "`respond_pages` takes one page at least");
        let next = std::sync::atomic::AtomicUsize::new(0);
        let (status, paging, base) = (self.success, self.pages, self.server.uri());
        let responder = Pages { pages, next, status, paging, base };
        self.mount(responder).await;
    }

    #[cfg(needs = "item_stream")]
    /// Answers with a stream of `items`, written as the operation's media type says,
    /// and ended as the spec ends it (an end marker, or the end of the body).
    pub async fn respond_stream(self, items: impl IntoIterator<Item = I>) {
        let stream = self.stream.expect("the operation answers a stream");
        let (media_type, body) = stream_body(stream, items);
        let template = wiremock::ResponseTemplate::new(self.success).set_body_raw(body, media_type);
        self.mount(template).await;
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

#[cfg(needs = "execute")]
#[cfg(feature = "mock")]
fn json_template(status: u16, body: &impl serde::Serialize) -> wiremock::ResponseTemplate {
    let body = serde_json::to_value(body).expect("a mocked body encodes as JSON");
    let template = wiremock::ResponseTemplate::new(status);
    // `()`, the body of an operation that answers none: no body.
    if body.is_null() {
        return template;
    }
    template.set_body_raw(body.to_string(), "application/json")
}

/// The body of a mocked stream, and its media type.
#[cfg(needs = "item_stream")]
#[cfg(feature = "mock")]
fn stream_body<I: serde::Serialize>(stream: MockStream, items: impl IntoIterator<Item = I>) -> (&'static str, Vec<u8>) {
    let mut body = Vec::new();
    let json = |item: &I| serde_json::to_string(item).expect("a mocked item encodes as JSON");
    match stream {
        MockStream::Events { text, end_marker } => {
            for item in items {
                let data = match (text, serde_json::to_value(&item)) {
                    (true, Ok(serde_json::Value::String(text))) => text,
                    _ => json(&item),
                };
                data.split('\n').for_each(|line| body.extend_from_slice(format!("data: {line}\n").as_bytes()));
                body.push(b'\n');
            }
            if let Some(marker) = end_marker {
                body.extend_from_slice(format!("data: {marker}\n\n").as_bytes());
            }
            ("text/event-stream", body)
        }
        MockStream::Lines { separator } => {
            for item in items {
                body.extend(separator);
                body.extend_from_slice(json(&item).as_bytes());
                body.push(b'\n');
            }
            (if separator.is_some() { "application/json-seq" } else { "application/x-ndjson" }, body)
        }
    }
}

/// Answers each request with the next page.
#[cfg(needs = "pages")]
#[cfg(feature = "mock")]
struct Pages {
    pages: Vec<serde_json::Value>,
    next: std::sync::atomic::AtomicUsize,
    status: u16,
    paging: Paging,
    /// The server's address, which a `Link` names.
    base: String,
}

#[cfg(needs = "pages")]
#[cfg(feature = "mock")]
impl wiremock::Respond for Pages {
    fn respond(&self, request: &wiremock::Request) -> wiremock::ResponseTemplate {
        let at = self.next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let last = self.pages.len() - 1;
        let page = match (self.paging, self.pages.get(at)) {
            (_, Some(page)) => page.clone(),
            (Paging::EmptyAfter(items), None) => {
                let mut page = self.pages[last].clone();
                let list = items.iter().try_fold(&mut page, |value, member| value.get_mut(*member));
                // Without an empty page, a client reading by page number or offset never stops.
                let Some(serde_json::Value::Array(list)) = list else {
                    panic!("the last page given has no list at `{}` to empty", items.join("."))
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
                    let next = format!("<{}{}?page={}>; rel=\"next\"", self.base, request.url.path(), at + 2);
                    template = template.insert_header("Link", next.as_str());
                }
                Paging::Header(name) => template = template.insert_header(name, (at + 2).to_string().as_str()),
                Paging::Own | Paging::EmptyAfter(_) => {}
            }
        }
        template
    }
}

#[cfg(test)]
mod mock_tests {
    use super::*;

    #[test]
    fn streams_are_written_in_their_media_type() {
        let events = MockStream::Events { text: false, end_marker: Some("[DONE]") };
        let (media_type, body) = stream_body(events, [serde_json::json!({"a": 1})]);
        assert_eq!(
            (media_type, String::from_utf8(body).unwrap().as_str()),
            ("text/event-stream", "data: {\"a\":1}\n\ndata: [DONE]\n\n")
        );
        let text = MockStream::Events { text: true, end_marker: None };
        let (_, body) = stream_body(text, ["two\nlines"]);
        assert_eq!(String::from_utf8(body).unwrap(), "data: two\ndata: lines\n\n");
        let (media_type, body) = stream_body(MockStream::Lines { separator: Some(0x1e) }, [1, 2]);
        assert_eq!((media_type, body), ("application/json-seq", b"\x1e1\n\x1e2\n".to_vec()));
    }
}
