// The fixed part of a generated API's `client.rs`: `Client`, its constructors and
// settings, and the generic `Request` every operation's builder is. The generator
// prints these items, puts the API's docs on `Client`, and adds `DEFAULT_BASE_URL`,
// the server's variables, the credential setters, a method per operation and the
// request builders.

#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    #[cfg(needs = "execute")]
    settings: Settings,
    #[cfg(needs = "secrets")]
    credentials: Credentials,
}

// One generic request type, each operation's its own parameters: a type of its own per
// operation, with its own options impl, cost 30 MB to `cargo check` GitHub's API.
/// A request, built by a [`Client`] method and sent by its `send`: the operation's
/// parameters `P`, and the options every request takes ([`RequestOptionsExt`]).
/// Each operation names its own, as `<Operation>Request`, the return type of its
/// method: that page shows the operation's setters and `send` alone; this one
/// lists those of every operation.
#[cfg(needs = "execute")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Request<'a, P> {
    client: &'a Client,
    // Parameters are read where a request is built; an API without any never reads them.
    #[cfg(needs = "read_params")]
    params: P,
    #[cfg(not(needs = "read_params"))]
    #[allow(dead_code, reason = "no operation has parameters to read")]
    params: P,
    options: RequestOptions,
    #[cfg(needs = "secrets")]
    credentials: Option<Credentials>,
}

#[cfg(needs = "execute")]
impl<P> RequestOptionsExt for Request<'_, P> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

#[cfg(needs = "secrets")]
impl<P> Request<'_, P> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }
}

impl Client {
    /// A client for the API at `base_url`, such as [`DEFAULT_BASE_URL`].
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when `base_url` is not an absolute `http` or `https`
    /// URL without query or fragment; [`Error::Transport`] when the TLS backend cannot
    /// be initialised.
    #[cfg(needs = "default_base_url")]
    pub fn new(base_url: impl Into<String>) -> Result<Self> {
        Self::with_http_client(base_url, reqwest::Client::builder())
    }

    /// A client for the API at `base_url` (the spec names no server).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when `base_url` is not an absolute `http` or `https`
    /// URL without query or fragment; [`Error::Transport`] when the TLS backend cannot
    /// be initialised.
    #[cfg(not(needs = "default_base_url"))]
    pub fn new(base_url: impl Into<String>) -> Result<Self> {
        Self::with_http_client(base_url, reqwest::Client::builder())
    }

    /// A client whose HTTP connections are made as `http` says (timeouts, proxies,
    /// TLS). Its redirect and `Referer` settings are replaced: the client follows
    /// redirects itself, so that credentials never leave the API's origin. Headers
    /// set as the builder's `default_headers` go with every request reqwest sends,
    /// a redirect to another origin included: give credentials to the client's
    /// setters, never as default headers.
    ///
    /// # Errors
    ///
    /// As [`Client::new`], and [`Error::Transport`] when `http` cannot build a client.
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::ClientBuilder) -> Result<Self> {
        let base_url = checked_base_url(base_url.into())?;
        let http = safe_http_client(http)?;
        Ok(Self {
            base_url,
            http,
            #[cfg(needs = "execute")]
            settings: Settings::default(),
            #[cfg(needs = "secrets")]
            credentials: Credentials::default(),
        })
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The underlying HTTP client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.http
    }

    /// Retries failed requests as `policy` says ([`RetryPolicy::default`]: 3 attempts
    /// from 0.5 s apart, idempotent methods only).
    #[cfg(needs = "execute")]
    pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
        self.settings.retry = policy;
        self
    }

    /// Resumes streams of server-sent events that broke off as `policy` says
    /// ([`ReconnectPolicy::default`]: up to 3 times in a row, for requests that may
    /// be sent again).
    #[cfg(needs = "event_stream")]
    pub fn with_reconnect(mut self, policy: ReconnectPolicy) -> Self {
        self.settings.reconnect = policy;
        self
    }

    /// Gives up on each attempt after `timeout`; a request may set its own.
    #[cfg(needs = "execute")]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.settings.timeout = Some(timeout);
        self
    }

    /// Sends `user_agent` as `User-Agent` instead of this crate's name and version.
    #[cfg(needs = "execute")]
    pub fn with_user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.settings.user_agent = user_agent.into();
        self
    }

    /// Replaces every credential of the client with `credentials`.
    #[cfg(needs = "secrets")]
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = credentials;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_takes_only_an_absolute_http_url() {
        let client = Client::new("https://api.example.com/v1/").unwrap();
        assert_eq!(client.base_url(), "https://api.example.com/v1");
        assert!(Client::new("api.example.com").is_err());
        assert!(Client::new("ftp://api.example.com").is_err());
    }

    #[test]
    fn settings_and_credentials_are_kept() {
        let client = Client::new(DEFAULT_BASE_URL)
            .unwrap()
            .with_timeout(Duration::from_secs(3))
            .with_user_agent("job/1")
            .with_credentials(Credentials::default());
        assert_eq!(client.settings.timeout, Some(Duration::from_secs(3)));
        assert_eq!(client.settings.user_agent, "job/1");
    }
}
