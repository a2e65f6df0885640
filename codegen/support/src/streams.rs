/// One server-sent event (`text/event-stream`, as the WHATWG HTML standard defines
/// it), its `data` decoded as `T`.
#[cfg(needs = "event_stream")]
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The event's type: its `event` field, `message` when it has none. Types the spec
    /// does not list are kept as they are.
    pub event: String,
    /// The `id` of this event, or of the last one before it that had one: what a
    /// client sends back as `Last-Event-ID` to resume.
    pub id: Option<String>,
    /// How long the server asks a client to wait before it reconnects (`retry`).
    pub retry: Option<Duration>,
    pub data: T,
}

/// A stream of server-sent events whose `data` is `T`.
#[cfg(needs = "event_stream")]
pub type EventStream<T> = ItemStream<Event<T>>;

/// A response's items as they arrive, each decoded on its own: the events of a
/// `text/event-stream` (`Event`), or the values of JSON lines (`application/jsonl`,
/// `application/x-ndjson`) or of a JSON text sequence (`application/json-seq`,
/// RFC 7464). The body is never held whole: memory stays within one item.
///
/// The stream ends when the server closes it, or sends the operation's end marker
/// (the `[DONE]` of OpenAI's streams). A failure after the response began (the
/// connection broke, nothing arrived within [`RequestOptionsExt::idle_timeout`], an
/// item does not decode) is an `Err` item, [`Error::Stream`], and the last one:
/// after an item that does not decode, the stream goes on only if
/// [`ItemStream::skip_undecodable`] asks it to. A stream of events whose request may
/// be sent again is first resumed where it broke off, as the client's
/// `ReconnectPolicy` says.
#[cfg(needs = "item_stream")]
pub struct ItemStream<T> {
    records: Records,
    /// How to ask again where the stream broke off, when it may be.
    #[cfg(needs = "event_stream")]
    resume: Option<Resume>,
    decode: fn(Record) -> std::result::Result<T, ItemFailure>,
    end_marker: Option<&'static str>,
    status: Option<StatusCode>,
    position: u64,
    last_event_id: Option<String>,
    skip_undecodable: bool,
    finished: bool,
}

/// A streamed response that broke off, or sent an item that cannot be read, after
/// it began.
#[cfg(needs = "item_stream")]
#[derive(Debug)]
pub struct StreamError {
    /// The response's status; `None` when none came within the request's timeout.
    pub status: Option<StatusCode>,
    /// How many items came before: the position, from 0, of the one that failed.
    pub position: u64,
    /// The last event `id` the server sent, where a new request may resume.
    pub last_event_id: Option<String>,
    pub failure: StreamFailure,
}

/// What went wrong in a stream.
#[cfg(needs = "item_stream")]
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamFailure {
    /// The connection failed, or closed in the middle of an item.
    Transport(reqwest::Error),
    /// Nothing arrived for this long: the response within the request's timeout,
    /// or the next bytes within its idle timeout.
    TimedOut(Duration),
    /// An item does not match the spec: where in it (a JSON path such as
    /// `choices[0].delta`), what is wrong, and the start of its data.
    Decode { path: String, message: String, excerpt: String },
    /// An item (an event, a line) is longer than the request's body limit, in
    /// bytes: no more of the stream was read.
    TooLarge(usize),
}

#[cfg(needs = "item_stream")]
impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.status {
            Some(status) => write!(f, "the stream of the {status} response failed at item {}: ", self.position)?,
            None => write!(f, "no response came: ")?,
        }
        match &self.failure {
            StreamFailure::Transport(err) => write!(f, "{}", with_causes(err)),
            StreamFailure::TimedOut(after) => write!(f, "nothing arrived for {after:?}"),
            StreamFailure::TooLarge(limit) => write!(f, "an item is longer than the limit of {limit} bytes"),
            StreamFailure::Decode { path, message, excerpt } => {
                write!(f, "cannot decode `{path}`: {message}; the data: {}", one_line(excerpt))
            }
        }
    }
}

/// One item as the wire gave it, before its data is decoded.
#[cfg(needs = "item_stream")]
pub(crate) struct Record {
    /// Whether it is an item: an event block without data only moves the last event
    /// id and the reconnection delay.
    #[cfg(needs = "event_stream")]
    dispatch: bool,
    #[cfg(needs = "event_stream")]
    event: String,
    id: Option<String>,
    #[cfg(needs = "event_stream")]
    retry: Option<Duration>,
    data: String,
}

/// Why an item did not decode: where in it, what, and the start of its data.
#[cfg(needs = "item_stream")]
pub(crate) struct ItemFailure {
    path: String,
    message: String,
    excerpt: String,
}

/// A body's chunks as they arrive.
#[cfg(needs = "item_stream")]
pub(crate) type Chunks = futures_util::stream::BoxStream<'static, std::result::Result<bytes::Bytes, StreamFailure>>;

/// A body's items, not yet decoded.
#[cfg(needs = "item_stream")]
pub(crate) type Records = futures_util::stream::BoxStream<'static, std::result::Result<Record, StreamFailure>>;

#[cfg(needs = "item_stream")]
impl<T> ItemStream<T> {
    /// Goes on after an item that does not decode: it is still an `Err` item, but
    /// the items after it follow.
    pub fn skip_undecodable(mut self) -> Self {
        self.skip_undecodable = true;
        self
    }

    /// How many items have come so far.
    pub fn position(&self) -> u64 {
        self.position
    }

    /// The last event `id` the server sent, for a request that resumes the stream
    /// with a `Last-Event-ID` header.
    pub fn last_event_id(&self) -> Option<&str> {
        self.last_event_id.as_deref()
    }

    fn failed(&self, failure: StreamFailure) -> Error {
        let last_event_id = self.last_event_id.clone();
        Error::Stream(Box::new(StreamError { status: self.status, position: self.position, last_event_id, failure }))
    }
}

#[cfg(needs = "item_stream")]
impl<T> futures_util::Stream for ItemStream<T> {
    type Item = Result<T>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<T>>> {
        use std::task::Poll;
        let this = &mut *self;
        let mut record = loop {
            if this.finished {
                return Poll::Ready(None);
            }
            match this.poll_reconnect(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(err)) => {
                    this.finished = true;
                    return Poll::Ready(Some(Err(err)));
                }
                Poll::Ready(None) if this.finished => return Poll::Ready(None),
                Poll::Ready(None) => {}
            }
            match this.records.as_mut().poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                #[cfg(needs = "event_stream")]
                // Not an item: it does not count as progress for reconnection.
                Poll::Ready(Some(Ok(record))) if !record.dispatch => {
                    if record.id.is_some() {
                        this.last_event_id = record.id;
                    }
                    if let Some(resume) = this.resume.as_mut() {
                        resume.retry = record.retry.or(resume.retry);
                    }
                }
                Poll::Ready(Some(Ok(record))) => break record,
                Poll::Ready(Some(Err(failure))) => {
                    let broke_off = matches!(failure, StreamFailure::Transport(_) | StreamFailure::TimedOut(_));
                    if broke_off && this.reconnect() {
                        continue;
                    }
                    this.finished = true;
                    return Poll::Ready(Some(Err(this.failed(failure))));
                }
                Poll::Ready(None) => {
                    this.finished = true;
                    return Poll::Ready(None);
                }
            }
        };
        if this.end_marker.is_some_and(|marker| record.data == marker) {
            this.finished = true;
            return Poll::Ready(None);
        }
        // An event without an id carries the last one, across a reconnection too.
        match &record.id {
            Some(_) => this.last_event_id.clone_from(&record.id),
            None => record.id.clone_from(&this.last_event_id),
        }
        this.received(record_retry(&record));
        let item = match (this.decode)(record) {
            Ok(item) => Ok(item),
            Err(ItemFailure { path, message, excerpt }) => {
                this.finished = !this.skip_undecodable;
                Err(this.failed(StreamFailure::Decode { path, message, excerpt }))
            }
        };
        this.position += 1;
        Poll::Ready(Some(item))
    }
}

/// The `retry` an event asks for.
#[cfg(needs = "event_stream")]
fn record_retry(record: &Record) -> Option<Duration> {
    record.retry
}

#[cfg(all(needs = "item_stream", not(needs = "event_stream")))]
fn record_retry(_: &Record) -> Option<Duration> {
    None
}

/// How an operation's streamed success is asked for and read: split into items as
/// `framing` says, each read by `decode`, ended early by `end_marker`.
#[cfg(needs = "item_stream")]
pub(crate) struct StreamOf<T> {
    /// The media type asked for; a success in another is an error.
    pub(crate) media_type: &'static str,
    /// The `Accept` header that asks for the stream (and JSON for errors).
    pub(crate) accept: &'static str,
    pub(crate) framing: Framing,
    pub(crate) decode: fn(Record) -> std::result::Result<T, ItemFailure>,
    pub(crate) end_marker: Option<&'static str>,
}

/// How a body is split into items.
#[cfg(needs = "item_stream")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    /// Server-sent events.
    #[cfg(needs = "event_stream")]
    Events,
    /// JSON lines.
    #[cfg(needs = "json_lines")]
    Lines,
    /// A JSON text sequence (RFC 7464).
    #[cfg(needs = "json_sequence")]
    Sequence,
}

#[cfg(needs = "item_stream")]
impl Framing {
    /// The response's items, each at most `limit` bytes long.
    fn records(self, response: reqwest::Response, idle: Option<Duration>, limit: usize) -> Records {
        let chunks = idle_bounded(response.bytes_stream(), idle);
        match self {
            #[cfg(needs = "event_stream")]
            Framing::Events => event_records(events_bounded(chunks, limit)),
            #[cfg(needs = "json_lines")]
            Framing::Lines => line_records(chunks, b'\n', limit),
            #[cfg(needs = "json_sequence")]
            Framing::Sequence => line_records(chunks, 0x1e, limit),
        }
    }
}

/// Sends a request whose success is read as items as they arrive (see [`ItemStream`]);
/// an error status is read whole by `read_error`. The request's timeout bounds the
/// wait for the response to begin, and its idle timeout each wait after.
#[cfg(needs = "item_stream")]
pub(crate) async fn execute_streamed<T, E>(
    settings: &Settings,
    request: Result<reqwest::RequestBuilder>,
    mut options: RequestOptions,
    operation: &Operation,
    stream: StreamOf<T>,
    read_error: fn(StatusCode, HeaderMap, Vec<u8>) -> Result<E>,
) -> Result<ApiResponse<ItemStream<T>>> {
    // reqwest's timeout would bound the whole stream: it bounds the wait for the head here.
    let head_timeout = options.timeout.take().or(settings.timeout);
    let settings = Settings { timeout: None, ..settings.clone() };
    let mut accept = HeaderMap::new();
    let value = reqwest::header::HeaderValue::from_str(stream.accept)
        .map_err(|_| Error::InvalidRequest(format!("`{}` is not a valid Accept header", stream.accept)))?;
    accept.insert(reqwest::header::ACCEPT, value);
    // `headers` replaces the `Accept` the request was built with, for `send`.
    let request = request?.headers(accept);
    let mut items = ItemStream {
        records: Box::pin(futures_util::stream::empty()),
        #[cfg(needs = "event_stream")]
        resume: Resume::of(&request, &settings, &options, operation, stream.framing, head_timeout),
        decode: stream.decode,
        end_marker: stream.end_marker,
        status: None,
        position: 0,
        last_event_id: None,
        skip_undecodable: false,
        finished: false,
    };
    let response = within(head_timeout, send(&settings, request, &options, operation)).await?;
    let limit = options.body_limit_of(&settings);
    let status = response.status();
    if !status.is_success() {
        let (status, headers, body) = read(response, limit).await?;
        return Err(match read_error(status, headers.clone(), body.clone()) {
            Err(err) => err,
            Ok(_) => unexpected(status, headers, &body),
        });
    }
    let raw_headers = response.headers().clone();
    if let Some(answered) = other_media_type(&raw_headers, stream.media_type) {
        // A server that ignored what was asked for: a whole body, not a stream.
        let (status, _, body) = read(response, limit).await?;
        let excerpt = String::from_utf8_lossy(&body).chars().take(EXCERPT_CHARS).collect();
        let path = "header Content-Type".to_owned();
        let message = format!("`{}` was asked for and `{answered}` came", stream.media_type);
        return Err(Error::Decode(Box::new(DecodeError { status, path, message, excerpt })));
    }
    items.status = Some(status);
    items.records = stream.framing.records(response, options.idle_timeout, limit);
    Ok(ApiResponse { status, headers: (), raw_headers, body: items })
}

/// The media type a response declares, when it is not `expected` (absent is taken
/// as expected).
#[cfg(needs = "item_stream")]
fn other_media_type(headers: &HeaderMap, expected: &str) -> Option<String> {
    let declared = headers.get(reqwest::header::CONTENT_TYPE)?.to_str().unwrap_or_default();
    let essence = declared.split(';').next().unwrap_or_default().trim();
    (!essence.eq_ignore_ascii_case(expected)).then(|| essence.to_owned())
}

/// The response to a request sent, if it begins within `limit`.
#[cfg(needs = "item_stream")]
async fn within(
    limit: Option<Duration>,
    sent: impl std::future::Future<Output = Result<reqwest::Response>>,
) -> Result<reqwest::Response> {
    let Some(limit) = limit else { return sent.await };
    tokio::time::timeout(limit, sent).await.unwrap_or_else(|_| {
        let failure = StreamFailure::TimedOut(limit);
        Err(Error::Stream(Box::new(StreamError { status: None, position: 0, last_event_id: None, failure })))
    })
}

/// How a client resumes a stream of server-sent events that broke off (the
/// connection failed, or nothing came within the idle timeout): it sends the
/// request again with `Last-Event-ID`, the last event `id` it received, after the
/// wait the server's `retry` asks for, as the WHATWG HTML standard describes. Only
/// a stream whose events carry ids is (without one the server would start over, and
/// the events read would come again), and only when its request may be sent twice
/// (GET, HEAD, PUT, DELETE, OPTIONS, or one with an idempotency key): a streamed POST
/// is never sent again.
#[cfg(needs = "event_stream")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReconnectPolicy {
    /// Reconnections in a row, with no event between them; 0 turns them off.
    pub max_reconnects: u32,
    /// The wait before reconnecting when the server sent no `retry`.
    pub delay: Duration,
}

#[cfg(needs = "event_stream")]
impl Default for ReconnectPolicy {
    /// 3 reconnections in a row, 1 s apart unless the server says otherwise.
    fn default() -> Self {
        Self { max_reconnects: 3, delay: Duration::from_secs(1) }
    }
}

/// What it takes to ask for an event stream again where it broke off.
#[cfg(needs = "event_stream")]
pub(crate) struct Resume {
    request: reqwest::RequestBuilder,
    settings: Settings,
    options: RequestOptions,
    operation: Operation,
    head_timeout: Option<Duration>,
    /// Reconnections since the last event.
    tries: u32,
    /// The server's last `retry`.
    retry: Option<Duration>,
    pending: Option<futures_util::future::BoxFuture<'static, Result<reqwest::Response>>>,
}

#[cfg(needs = "event_stream")]
impl Resume {
    /// For a stream of events whose request may be sent again, and can be copied.
    fn of(
        request: &reqwest::RequestBuilder,
        settings: &Settings,
        options: &RequestOptions,
        operation: &Operation,
        framing: Framing,
        head_timeout: Option<Duration>,
    ) -> Option<Self> {
        let again = operation.idempotent == Idempotent::Yes || options.idempotency_key.is_some();
        if framing != Framing::Events || !again || settings.reconnect.max_reconnects == 0 {
            return None;
        }
        Some(Self {
            request: request.try_clone()?,
            settings: settings.clone(),
            options: options.clone(),
            // Asked again with `Last-Event-ID`, it is retried as an idempotent request.
            operation: Operation { idempotent: Idempotent::Yes, ..*operation },
            head_timeout,
            tries: 0,
            retry: None,
            pending: None,
        })
    }
}

#[cfg(needs = "event_stream")]
impl<T> ItemStream<T> {
    /// Starts asking again where the stream broke off, if it may: whether it does.
    fn reconnect(&mut self) -> bool {
        let last_event_id = self.last_event_id.clone();
        let Some(resume) = self.resume.as_mut() else { return false };
        if resume.tries >= resume.settings.reconnect.max_reconnects {
            return false;
        }
        // Without an event id to resume from, the server would start over: the
        // events already read would come again as new ones.
        let Some(id) = last_event_id.and_then(|id| reqwest::header::HeaderValue::from_str(&id).ok()) else {
            return false;
        };
        let Some(request) = resume.request.try_clone() else { return false };
        let request = request.header("Last-Event-ID", id);
        resume.tries += 1;
        let wait = resume.retry.unwrap_or(resume.settings.reconnect.delay);
        let (settings, options, limit) = (resume.settings.clone(), resume.options.clone(), resume.head_timeout);
        let operation = resume.operation;
        resume.pending = Some(Box::pin(async move {
            tokio::time::sleep(wait).await;
            within(limit, send(&settings, request, &options, &operation)).await
        }));
        true
    }

    /// Drives a reconnection under way: `Ready(None)` when there is none or the new
    /// response's events are now read, `Ready(Some(err))` when every try failed.
    fn poll_reconnect(&mut self, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Error>> {
        use std::task::Poll;
        loop {
            let Some(resume) = self.resume.as_mut() else { return Poll::Ready(None) };
            let Some(pending) = resume.pending.as_mut() else { return Poll::Ready(None) };
            let Poll::Ready(answer) = pending.as_mut().poll(cx) else { return Poll::Pending };
            resume.pending = None;
            let failure = match answer {
                // 204 No Content: the server asks the client not to reconnect.
                Ok(response) if response.status() == StatusCode::NO_CONTENT => {
                    self.finished = true;
                    return Poll::Ready(None);
                }
                Ok(response) if response.status().is_success() => {
                    let limit = resume.options.body_limit_of(&resume.settings);
                    self.records = Framing::Events.records(response, resume.options.idle_timeout, limit);
                    return Poll::Ready(None);
                }
                Ok(response) => unexpected(response.status(), response.headers().clone(), &[]),
                Err(err) => err,
            };
            if !self.reconnect() {
                return Poll::Ready(Some(match failure {
                    Error::Transport(err) | Error::Timeout(err) => self.failed(StreamFailure::Transport(err)),
                    Error::Stream(err) => self.failed(err.failure),
                    other => other,
                }));
            }
        }
    }

    /// An item came: the count of reconnections in a row starts again, and the
    /// server's `retry` is kept.
    fn received(&mut self, retry: Option<Duration>) {
        if let Some(resume) = self.resume.as_mut() {
            resume.tries = 0;
            resume.retry = retry.or(resume.retry);
        }
    }
}

/// Without server-sent events, no stream is resumed.
#[cfg(all(needs = "item_stream", not(needs = "event_stream")))]
impl<T> ItemStream<T> {
    fn reconnect(&mut self) -> bool {
        false
    }

    fn poll_reconnect(&mut self, _: &mut std::task::Context<'_>) -> std::task::Poll<Option<Error>> {
        std::task::Poll::Ready(None)
    }

    fn received(&mut self, _: Option<Duration>) {}
}

/// The chunks of a body, failing with `TimedOut` when the next takes longer than `idle`.
#[cfg(needs = "item_stream")]
fn idle_bounded(
    chunks: impl futures_util::Stream<Item = reqwest::Result<bytes::Bytes>> + Send + 'static,
    idle: Option<Duration>,
) -> Chunks {
    use futures_util::StreamExt;
    futures_util::stream::unfold(Some(Box::pin(chunks)), move |chunks| async move {
        let mut chunks = chunks?;
        let next = match idle {
            Some(idle) => match tokio::time::timeout(idle, chunks.next()).await {
                Ok(next) => next,
                Err(_) => return Some((Err(StreamFailure::TimedOut(idle)), None)),
            },
            None => chunks.next().await,
        };
        match next? {
            Ok(chunk) => Some((Ok(chunk), Some(chunks))),
            Err(err) => Some((Err(StreamFailure::Transport(err.without_url())), None)),
        }
    })
    .boxed()
}

/// The chunks of a stream of events, failing with `TooLarge` when one event (the
/// bytes between two blank lines, its line ends included) grows past `limit` bytes:
/// the parser holds an event whole until its blank line comes.
#[cfg(needs = "event_stream")]
fn events_bounded(chunks: Chunks, limit: usize) -> Chunks {
    use futures_util::StreamExt;
    // Bytes since the last blank line; whether the last byte ended a line, and
    // whether it was a `\r` (whose `\n`, if next, ends the same line).
    let (mut length, mut line_ended, mut after_cr) = (0usize, true, false);
    let mut failed = false;
    let mut split = move |chunk: bytes::Bytes| {
        for (at, &byte) in chunk.iter().enumerate() {
            let crlf = after_cr && byte == b'\n';
            after_cr = byte == b'\r';
            if crlf {
                continue;
            }
            if matches!(byte, b'\r' | b'\n') {
                if line_ended {
                    length = 0;
                    continue;
                }
                line_ended = true;
            } else {
                line_ended = false;
            }
            length += 1;
            if length > limit {
                // The events before this one are passed on whole.
                return vec![Ok(chunk.slice(..at)), Err(StreamFailure::TooLarge(limit))];
            }
        }
        vec![Ok(chunk)]
    };
    chunks
        .flat_map(move |chunk| {
            let parts = match chunk {
                _ if failed => Vec::new(),
                Ok(chunk) => split(chunk),
                Err(failure) => vec![Err(failure)],
            };
            failed |= parts.iter().any(Result::is_err);
            futures_util::stream::iter(parts)
        })
        .boxed()
}

/// Server-sent events, parsed by `sse-stream`: comments skipped, `\r\n`, `\r` and
/// `\n` line ends, several `data` lines joined by `\n`. A block without data (an `id`
/// or `retry` alone) is a record that dispatches nothing.
#[cfg(needs = "event_stream")]
pub(crate) fn event_records(chunks: Chunks) -> Records {
    use futures_util::{StreamExt, TryStreamExt};
    sse_stream::SseByteStream::new(chunks.map_err(BrokeOff))
        .map(|block| match block {
            Ok(block) => Ok(Record {
                dispatch: block.data.is_some(),
                event: block.event.filter(|event| !event.is_empty()).unwrap_or_else(|| "message".to_owned()),
                id: block.id.filter(|id| !id.is_empty()),
                retry: block.retry.map(Duration::from_millis),
                data: block.data.unwrap_or_default(),
            }),
            Err(sse_stream::Error::Body(err)) => match err.downcast::<BrokeOff>() {
                Ok(broke_off) => Err(broke_off.0),
                Err(other) => Err(StreamFailure::Decode {
                    path: String::new(),
                    message: other.to_string(),
                    excerpt: String::new(),
                }),
            },
            Err(sse_stream::Error::Utf8Parse(err)) => Err(StreamFailure::Decode {
                path: String::new(),
                message: format!("the stream is not UTF-8: {err}"),
                excerpt: String::new(),
            }),
            Err(err) => Err(StreamFailure::Decode {
                path: String::new(),
                message: format!("not a server-sent event: {err}"),
                excerpt: String::new(),
            }),
        })
        .boxed()
}

/// A failure of the body under the event parser, which passes it on as an error of its own.
#[cfg(needs = "event_stream")]
#[derive(Debug)]
struct BrokeOff(StreamFailure);

#[cfg(needs = "event_stream")]
impl fmt::Display for BrokeOff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the body broke off")
    }
}

#[cfg(needs = "event_stream")]
impl std::error::Error for BrokeOff {}

/// JSON lines (one value a line, a trailing `\r` dropped), or a JSON text sequence
/// (RFC 7464: each value after a record separator, `0x1E`, and free to span lines);
/// blank records skipped.
#[cfg(any(needs = "json_lines", needs = "json_sequence"))]
pub(crate) fn line_records(chunks: Chunks, separator: u8, limit: usize) -> Records {
    use futures_util::StreamExt;
    // The bytes not yet split, from `start`; `scanned` of them hold no separator.
    // Compacted when a chunk is added.
    struct Lines {
        chunks: Chunks,
        buffer: Vec<u8>,
        start: usize,
        scanned: usize,
        ended: bool,
    }
    let lines = Lines { chunks, buffer: Vec::new(), start: 0, scanned: 0, ended: false };
    futures_util::stream::unfold(lines, move |mut lines| async move {
        loop {
            let rest = &lines.buffer[lines.start..];
            let line = match rest[lines.scanned..].iter().position(|&byte| byte == separator) {
                Some(at) if lines.scanned + at > limit => {
                    lines.ended = true;
                    lines.buffer = Vec::new();
                    (lines.start, lines.scanned) = (0, 0);
                    return Some((Err(StreamFailure::TooLarge(limit)), lines));
                }
                Some(at) => {
                    let end = lines.scanned + at;
                    (lines.start, lines.scanned) = (lines.start + end + 1, 0);
                    &rest[..end]
                }
                None if lines.ended && !rest.is_empty() => {
                    (lines.start, lines.scanned) = (lines.buffer.len(), 0);
                    rest
                }
                None if lines.ended => return None,
                None if rest.len() > limit => {
                    lines.ended = true;
                    lines.buffer = Vec::new();
                    (lines.start, lines.scanned) = (0, 0);
                    return Some((Err(StreamFailure::TooLarge(limit)), lines));
                }
                None => {
                    lines.scanned = rest.len();
                    lines.buffer.drain(..lines.start);
                    lines.start = 0;
                    match lines.chunks.next().await {
                        Some(Ok(chunk)) => lines.buffer.extend_from_slice(&chunk),
                        Some(Err(failure)) => return Some((Err(failure), lines)),
                        None => lines.ended = true,
                    }
                    continue;
                }
            };
            let line = line.strip_prefix(b"\x1e").unwrap_or(line);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let record = match std::str::from_utf8(line) {
                Ok(text) => Ok(Record {
                    #[cfg(needs = "event_stream")]
                    dispatch: true,
                    #[cfg(needs = "event_stream")]
                    event: String::new(),
                    id: None,
                    #[cfg(needs = "event_stream")]
                    retry: None,
                    data: text.to_owned(),
                }),
                Err(err) => Err(StreamFailure::Decode {
                    path: String::new(),
                    message: format!("the line is not UTF-8: {err}"),
                    excerpt: String::from_utf8_lossy(line).chars().take(EXCERPT_CHARS).collect(),
                }),
            };
            return Some((record, lines));
        }
    })
    .boxed()
}

/// Decodes an item's data as JSON, naming the path of the first value that does not fit.
#[cfg(any(needs = "json_events", needs = "json_lines", needs = "json_sequence"))]
fn json_data<T: serde::de::DeserializeOwned>(data: &str) -> std::result::Result<T, ItemFailure> {
    // Decoded once; a second time, slower, only to name where it failed (trailing
    // characters, which the second reading does not look for, have no path). Data
    // that is not JSON at all (`data: running`) is the string it reads as, for an item
    // that is a string of an enum or a format.
    serde_json::from_str(data)
        .or_else(|first| match serde_json::from_str::<serde::de::IgnoredAny>(data) {
            Err(_) => serde_json::from_value(serde_json::Value::String(data.to_owned())).map_err(|_| first),
            Ok(_) => Err(first),
        })
        .map_err(|first| {
            let mut deserializer = serde_json::Deserializer::from_str(data);
            let (path, message) = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
                Err(err) => (err.path().to_string(), err.into_inner().to_string()),
                Ok(_) => (String::new(), first.to_string()),
            };
            ItemFailure { path, message, excerpt: data.chars().take(EXCERPT_CHARS).collect() }
        })
}

/// An event whose data is JSON.
#[cfg(needs = "json_events")]
pub(crate) fn json_event<T: serde::de::DeserializeOwned>(record: Record) -> std::result::Result<Event<T>, ItemFailure> {
    let data = json_data(&record.data)?;
    Ok(Event { event: record.event, id: record.id, retry: record.retry, data })
}

/// An event whose data is text, kept as it is.
#[cfg(needs = "text_events")]
pub(crate) fn text_event(record: Record) -> std::result::Result<Event<String>, ItemFailure> {
    Ok(Event { event: record.event, id: record.id, retry: record.retry, data: record.data })
}

/// A line's JSON value.
#[cfg(any(needs = "json_lines", needs = "json_sequence"))]
pub(crate) fn json_line<T: serde::de::DeserializeOwned>(record: Record) -> std::result::Result<T, ItemFailure> {
    json_data(&record.data)
}

#[cfg(test)]
mod streams_tests {
    use super::*;
    use futures_util::StreamExt;

    /// The records of `text` split into two chunks at `at`.
    async fn split_at(text: &[u8], at: usize, separator: u8) -> Vec<String> {
        let records = line_records(two_chunks(text, at), separator, usize::MAX);
        records.map(|record| record.map(|r| r.data).unwrap_or_else(|_| "<failed>".to_owned())).collect().await
    }

    fn two_chunks(text: &[u8], at: usize) -> Chunks {
        let chunks =
            vec![Ok(bytes::Bytes::copy_from_slice(&text[..at])), Ok(bytes::Bytes::copy_from_slice(&text[at..]))];
        futures_util::stream::iter(chunks).boxed()
    }

    /// The records' data, or `TooLarge(limit)` for a failure of that kind, which ends them.
    async fn bounded(records: Records) -> Vec<String> {
        records
            .map(|record| match record {
                Ok(record) => record.data,
                Err(StreamFailure::TooLarge(limit)) => format!("TooLarge({limit})"),
                Err(other) => format!("{other:?}"),
            })
            .collect()
            .await
    }

    #[tokio::test]
    async fn a_line_longer_than_the_limit_ends_the_stream() {
        let text = b"[1,2]\n[1,2,3,4,5,6,7,8]\n[3]\n";
        for at in 0..=text.len() {
            let records = bounded(line_records(two_chunks(text, at), b'\n', 8)).await;
            assert_eq!(records, ["[1,2]", "TooLarge(8)"], "{at}");
        }
        assert_eq!(bounded(line_records(two_chunks(text, 0), b'\n', 17)).await, ["[1,2]", "[1,2,3,4,5,6,7,8]", "[3]"]);
    }

    #[cfg(needs = "event_stream")]
    #[tokio::test]
    async fn an_event_longer_than_the_limit_ends_the_stream() {
        let text = b"data: a\r\n\r\ndata: 0123456789\ndata: 0123456789\n\ndata: b\n\n";
        for at in 0..=text.len() {
            let records = bounded(event_records(events_bounded(two_chunks(text, at), 20))).await;
            assert_eq!(records, ["a", "TooLarge(20)"], "{at}");
        }
        // Events below the limit, split anywhere: each line end counts once, `\r\n` too.
        for at in 0..=text.len() {
            let records = bounded(event_records(events_bounded(two_chunks(text, at), 36))).await;
            assert_eq!(records, ["a", "0123456789\n0123456789", "b"], "{at}");
        }
    }

    #[tokio::test]
    async fn lines_and_sequences_split_anywhere_give_the_same_records() {
        let lines = b"{\"a\": 1}\r\n\n  \n{\"b\": \"\xc3\xa9\"}\n{\"c\": 3}";
        let sequence = b"\x1e{\n  \"a\": 1\n}\n\x1e\x1e{\"b\": 2}\n";
        for at in 0..=lines.len() {
            assert_eq!(split_at(lines, at, b'\n').await, ["{\"a\": 1}", "{\"b\": \"é\"}", "{\"c\": 3}"], "{at}");
        }
        for at in 0..=sequence.len() {
            assert_eq!(split_at(sequence, at, 0x1e).await, ["{\n  \"a\": 1\n}\n", "{\"b\": 2}\n"], "{at}");
        }
    }
}
