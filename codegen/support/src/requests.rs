/// What every request of a client starts from.
#[cfg(needs = "execute")]
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Option<Duration>,
    /// How a stream of server-sent events that broke off is resumed.
    #[cfg(needs = "event_stream")]
    pub(crate) reconnect: ReconnectPolicy,
    pub(crate) user_agent: String,
}

#[cfg(needs = "execute")]
impl Default for Settings {
    fn default() -> Self {
        let user_agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned();
        Self {
            retry: RetryPolicy::default(),
            timeout: None,
            #[cfg(needs = "event_stream")]
            reconnect: ReconnectPolicy::default(),
            user_agent,
        }
    }
}

/// Options of one request, beyond its parameters: see [`RequestOptionsExt`].
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    timeout: Option<Duration>,
    max_attempts: Option<u32>,
    headers: Vec<(String, String)>,
    pub(crate) idempotency_key: Option<String>,
    /// The longest wait for the next bytes of a streamed response.
    #[cfg(needs = "item_stream")]
    pub(crate) idle_timeout: Option<Duration>,
    /// The next page's URL from a `Link` header, instead of the operation's.
    #[cfg(needs = "link_pages")]
    pub(crate) page_url: Option<String>,
    /// Send even when the operation's credentials are missing.
    #[cfg(needs = "secrets")]
    pub(crate) allow_missing_credentials: bool,
}

/// Options every request builder takes: `use` this trait to set them.
#[cfg(needs = "execute")]
pub trait RequestOptionsExt: Sized {
    /// The builder's options.
    fn options_mut(&mut self) -> &mut RequestOptions;

    /// Gives up on each attempt after `timeout` (the client's, if any, otherwise).
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
        self
    }

    /// Fails a streamed response (`send_stream`) with a `StreamFailure::TimedOut`
    /// item when its next bytes take longer than `idle` to arrive (a comment the
    /// server sends to keep the connection open counts). By default it waits as long
    /// as the connection stays open. For such a response, [`Self::timeout`] bounds
    /// only the wait for it to begin, its retries included, so that it does not cut
    /// the stream.
    #[cfg(needs = "item_stream")]
    fn idle_timeout(mut self, idle: Duration) -> Self {
        self.options_mut().idle_timeout = Some(idle);
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
    #[cfg(needs = "secrets")]
    fn allow_missing_credentials(mut self) -> Self {
        self.options_mut().allow_missing_credentials = true;
        self
    }
}

/// Whether a request may be sent again after it failed: yes for the idempotent
/// methods (RFC 9110 §9.2.2: GET, HEAD, PUT, DELETE, OPTIONS, TRACE); for the others
/// only when the request carries an idempotency key.
#[cfg(needs = "execute")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Idempotent {
    Yes,
    #[cfg(needs = "non_idempotent")]
    No,
}

/// Sends a request, retrying as `settings` and `options` allow, and reads the
/// whole response with the operation's `read_response`. Every operation's `send`
/// is this one async function, so the compiler checks one, not one per operation.
#[cfg(needs = "read_whole")]
pub(crate) async fn execute<T>(
    settings: &Settings,
    request: Result<reqwest::RequestBuilder>,
    options: RequestOptions,
    idempotent: Idempotent,
    read_response: fn(StatusCode, HeaderMap, Vec<u8>) -> Result<T>,
) -> Result<T> {
    let (status, headers, body) = read(send(settings, request?, &options, idempotent).await?).await?;
    read_response(status, headers, body)
}

/// Sends a request, retrying as `settings` and `options` allow, and following
/// redirects as `fetch` does; the body is left unread.
#[cfg(needs = "execute")]
pub(crate) async fn send(
    settings: &Settings,
    mut request: reqwest::RequestBuilder,
    options: &RequestOptions,
    idempotent: Idempotent,
) -> Result<reqwest::Response> {
    let invalid = |name: &str| Error::InvalidRequest(format!("header `{name}` is not a valid header"));
    request = request.header(reqwest::header::USER_AGENT, settings.user_agent.as_str());
    let key = options.idempotency_key.as_ref().map(|key| ("Idempotency-Key".to_owned(), key.clone()));
    for (name, value) in options.headers.iter().chain(key.as_ref()) {
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid(name))?;
        let value = reqwest::header::HeaderValue::from_str(value).map_err(|_| invalid(name))?;
        request = request.header(header, value);
    }
    if let Some(timeout) = options.timeout.or(settings.timeout) {
        request = request.timeout(timeout);
    }
    let (http, request) = request.build_split();
    let request =
        request.map_err(|err| Error::InvalidRequest(format!("the request cannot be built: {}", err.without_url())))?;
    let retry = settings.retry;
    let attempts = if idempotent == Idempotent::Yes || key.is_some() {
        options.max_attempts.unwrap_or(retry.max_attempts)
    } else {
        1
    };
    let mut attempt = 1;
    loop {
        // A body that cannot be cloned (a stream) is sent once.
        let retry_copy = if attempt < attempts { request.try_clone() } else { None };
        let Some(this_attempt) = retry_copy else {
            return fetch(&http, request).await.map_err(transport);
        };
        let wait = match fetch(&http, this_attempt).await {
            Ok(response) if matches!(response.status().as_u16(), 408 | 429 | 500..=599) => {
                retry_after(response.headers()).unwrap_or_else(|| backoff(&retry, attempt))
            }
            Ok(response) => return Ok(response),
            Err(err) if err.is_connect() || err.is_timeout() => backoff(&retry, attempt),
            Err(err) => return Err(transport(err)),
        };
        tokio::time::sleep(wait.min(retry.max_backoff)).await;
        attempt += 1;
    }
}
