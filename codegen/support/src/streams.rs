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
/// [`ItemStream::skip_undecodable`] asks it to.
#[cfg(needs = "item_stream")]
pub struct ItemStream<T> {
    records: Records,
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
            StreamFailure::Decode { path, message, excerpt } => {
                write!(f, "cannot decode `{path}`: {message}; the data: {}", one_line(excerpt))
            }
        }
    }
}

/// One item as the wire gave it, before its data is decoded.
#[cfg(needs = "item_stream")]
pub(crate) struct Record {
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
        if this.finished {
            return Poll::Ready(None);
        }
        let record = match this.records.as_mut().poll_next(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Some(Ok(record))) => record,
            Poll::Ready(Some(Err(failure))) => {
                this.finished = true;
                return Poll::Ready(Some(Err(this.failed(failure))));
            }
            Poll::Ready(None) => {
                this.finished = true;
                return Poll::Ready(None);
            }
        };
        if this.end_marker.is_some_and(|marker| record.data == marker) {
            this.finished = true;
            return Poll::Ready(None);
        }
        if record.id.is_some() {
            this.last_event_id.clone_from(&record.id);
        }
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

/// A successful response's body as items: `records` splits the body into items
/// and `decode` reads each; `idle` bounds the time between chunks.
#[cfg(needs = "item_stream")]
pub(crate) fn item_stream<T>(
    response: reqwest::Response,
    records: fn(Chunks) -> Records,
    decode: fn(Record) -> std::result::Result<T, ItemFailure>,
    end_marker: Option<&'static str>,
    idle: Option<Duration>,
) -> ItemStream<T> {
    let status = Some(response.status());
    ItemStream {
        records: records(idle_bounded(response.bytes_stream(), idle)),
        decode,
        end_marker,
        status,
        position: 0,
        last_event_id: None,
        skip_undecodable: false,
        finished: false,
    }
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

/// Server-sent events, parsed by `eventsource-stream`: comments and events without
/// data skipped, `\r\n`, `\r` and `\n` line ends, several `data` lines joined by `\n`.
#[cfg(needs = "event_stream")]
pub(crate) fn event_records(chunks: Chunks) -> Records {
    use eventsource_stream::{EventStreamError, Eventsource};
    use futures_util::StreamExt;
    chunks
        .eventsource()
        .map(|event| match event {
            Ok(event) => Ok(Record {
                event: event.event,
                id: Some(event.id).filter(|id| !id.is_empty()),
                retry: event.retry,
                data: event.data,
            }),
            Err(EventStreamError::Transport(failure)) => Err(failure),
            Err(EventStreamError::Utf8(err)) => Err(StreamFailure::Decode {
                path: String::new(),
                message: format!("the stream is not UTF-8: {}", err.utf8_error()),
                excerpt: String::from_utf8_lossy(err.as_bytes()).chars().take(EXCERPT_CHARS).collect(),
            }),
            Err(EventStreamError::Parser(err)) => Err(StreamFailure::Decode {
                path: String::new(),
                message: format!("not a server-sent event: {err}"),
                excerpt: String::new(),
            }),
        })
        .boxed()
}

/// JSON lines, or a JSON text sequence: one value a line, a leading record separator
/// (RFC 7464's `0x1E`) and a trailing `\r` dropped, blank lines skipped.
#[cfg(needs = "json_lines")]
pub(crate) fn line_records(chunks: Chunks) -> Records {
    use futures_util::StreamExt;
    // The bytes not yet split, from `start`; compacted when a chunk is added.
    struct Lines {
        chunks: Chunks,
        buffer: Vec<u8>,
        start: usize,
        ended: bool,
    }
    let lines = Lines { chunks, buffer: Vec::new(), start: 0, ended: false };
    futures_util::stream::unfold(lines, |mut lines| async move {
        loop {
            let rest = &lines.buffer[lines.start..];
            let line = match rest.iter().position(|&byte| byte == b'\n') {
                Some(end) => {
                    lines.start += end + 1;
                    &rest[..end]
                }
                None if lines.ended && !rest.is_empty() => {
                    lines.start = lines.buffer.len();
                    rest
                }
                None if lines.ended => return None,
                None => {
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
#[cfg(any(needs = "json_events", needs = "json_lines"))]
fn json_data<T: serde::de::DeserializeOwned>(data: &str) -> std::result::Result<T, ItemFailure> {
    // Decoded once; a second time, slower, only to name where it failed (trailing
    // characters, which the second reading does not look for, have no path).
    serde_json::from_str(data).map_err(|first| {
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
#[cfg(needs = "json_lines")]
pub(crate) fn json_line<T: serde::de::DeserializeOwned>(record: Record) -> std::result::Result<T, ItemFailure> {
    json_data(&record.data)
}
