// The fixed part of a generated API's `client.rs`: `Client`, its constructors and
// settings, and `RawRequest`, the request to an endpoint the spec does not describe.
// The generator prints these items, puts the API's docs on `Client`, and adds
// `DEFAULT_BASE_URL`, the server's variables, the credential setters, a method per
// operation and each operation's request, a struct shaped as `RawRequest` is: `client`,
// the parameters, `options` and `credentials`.

#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    #[cfg(needs = "execute")]
    settings: Settings,
    #[cfg(needs = "secrets")]
    credentials: Credentials,
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

    /// Reads response bodies of at most `bytes` ([`DEFAULT_BODY_LIMIT`] unless set),
    /// and stream items of at most as many: a longer one fails with
    /// [`Error::BodyTooLarge`] (or a stream's `StreamFailure::TooLarge`), read no
    /// further. A request may set its own (`RequestOptionsExt::body_limit`).
    #[cfg(needs = "execute")]
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.settings.body_limit = bytes;
        self
    }

    /// Runs `hooks` around every attempt of every request, after the hooks added
    /// before: see [`Hooks`].
    #[cfg(needs = "execute")]
    pub fn with_hooks(mut self, hooks: impl Hooks + 'static) -> Self {
        self.settings.hooks.push(std::sync::Arc::new(hooks));
        self
    }

    /// A request to an endpoint the spec does not describe: `method` to `path`, a
    /// path template relative to the base URL (`/agents/{agentId}/notes`) whose
    /// parameters [`RawRequest::path_param`] fills. It is sent as the operations'
    /// requests are: to the base URL, with the credentials that are set (the
    /// request's, else the client's; none is required), the client's retries (for
    /// idempotent methods), timeouts, user agent, hooks and body limit, and the
    /// options of [`RequestOptionsExt`]. Traces and hooks name it by `path`, which is
    /// why it is a template and not a filled path.
    #[cfg(needs = "execute")]
    pub fn request(&self, method: reqwest::Method, path: &'static str) -> RawRequest<'_> {
        RawRequest {
            client: self,
            params: RawParams::new(method, path),
            options: RequestOptions::default(),
            #[cfg(needs = "secrets")]
            credentials: None,
        }
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

// A type of its own, as each operation's request is, rather than one generic
// `Request<'a, P>` for all: rustc checks every two inherent impls of one type that
// share a method name (`send`) for overlap, which was a sixth of `cargo check` on
// GitHub's 767 operations.
/// A request made with [`Client::request`], for an endpoint the spec does not
/// describe: its parameters and body are given as they go on the wire.
#[cfg(needs = "execute")]
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RawRequest<'a> {
    client: &'a Client,
    params: RawParams,
    options: RequestOptions,
    #[cfg(needs = "secrets")]
    credentials: Option<Credentials>,
}

#[cfg(needs = "execute")]
impl RequestOptionsExt for RawRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

#[cfg(needs = "secrets")]
impl RawRequest<'_> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }
}

#[cfg(needs = "execute")]
impl<'a> RawRequest<'a> {
    /// Fills the path template's `{name}` with `value`, percent-encoded as one segment.
    pub fn path_param(mut self, name: impl Into<String>, value: impl std::fmt::Display) -> Self {
        self.params.path_params.push((name.into(), value.to_string()));
        self
    }

    /// Adds `name=value` to the query string (form-encoded); repeat it for a list.
    pub fn query(mut self, name: impl Into<String>, value: impl std::fmt::Display) -> Self {
        self.params.query.push((name.into(), value.to_string()));
        self
    }

    /// Sends `body` as JSON (`Content-Type: application/json`).
    pub fn json<T: serde::Serialize + ?Sized>(mut self, body: &T) -> Self {
        let encoded = serde_json::to_vec(body).map_err(|err| format!("cannot encode the body: {err}"));
        self.params.body = Some(encoded.map(|bytes| ("application/json".to_owned(), bytes)));
        self
    }

    /// Sends `bytes` as the body, as `content_type`.
    pub fn body(mut self, content_type: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        self.params.body = Some(Ok((content_type.into(), bytes.into())));
        self
    }

    /// Sends the request and reads the whole response: any `2xx` is a success, its
    /// body as it came; any other status is [`Error::UnexpectedStatus`].
    pub async fn send(self) -> Result<ApiResponse<Vec<u8>>> {
        let request = self.build_request();
        execute(&self.client.settings, request, self.raw_options(), &self.params.operation(), read_any).await
    }

    /// Sends the request and decodes a `2xx` response's JSON body as `T`; any
    /// other status is [`Error::UnexpectedStatus`].
    pub async fn send_json<T: serde::de::DeserializeOwned>(self) -> Result<ApiResponse<T>> {
        let request = self.build_request();
        let options = self.raw_options();
        execute(&self.client.settings, request, options, &self.params.operation(), read_any_json::<T>).await
    }

    /// Sends the request and hands over the response as it came, whatever its
    /// status, its body unread (and not bounded by the body limit).
    pub async fn send_raw(self) -> Result<reqwest::Response> {
        let request = self.build_request()?;
        send(&self.client.settings, request, &self.raw_options(), &self.params.operation()).await
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let url = self.params.url(&self.client.base_url)?;
        let request = self.params.with_query_and_body(self.client.http.request(self.params.method.clone(), url))?;
        self.authorize_any(request)
    }
}

/// Sends the credentials that are set, the request's else the client's.
#[cfg(all(needs = "execute", needs = "secrets"))]
impl RawRequest<'_> {
    fn authorize_any(&self, request: reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder> {
        let credentials = self.credentials.as_ref().unwrap_or(&self.client.credentials);
        let set: Vec<Scheme> = Scheme::ALL.into_iter().filter(|scheme| credentials.has(*scheme)).collect();
        credentials.authorize(request, &self.options, &[&set])
    }
}

#[cfg(all(needs = "execute", not(needs = "secrets")))]
impl RawRequest<'_> {
    fn authorize_any(&self, request: reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder> {
        Ok(request)
    }
}

/// The options of a raw request: with the token a provider gives (for no particular
/// scope) when that is a credential that is set.
#[cfg(needs = "token_provider")]
impl RawRequest<'_> {
    fn raw_options(&self) -> RequestOptions {
        let credentials = self.credentials.as_ref().unwrap_or(&self.client.credentials);
        let set: Vec<Scheme> = Scheme::ALL.into_iter().filter(|scheme| credentials.has(*scheme)).collect();
        credentials.options_with_token(&self.options, &[&set], &[&[]])
    }
}

#[cfg(all(needs = "execute", not(needs = "token_provider")))]
impl RawRequest<'_> {
    fn raw_options(&self) -> RequestOptions {
        self.options.clone()
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
