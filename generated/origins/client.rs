use std::time::Duration;
use super::support::*;
use super::types;
use super::{ApiResponse, Result};

/// A client for the Origins AI API.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    settings: Settings,
}

impl Client {
    /// A client for the API at `base_url` (the spec names no server).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRequest`] when `base_url` is not an absolute `http` or `https`
    /// URL without query or fragment; [`Error::Transport`] when the TLS backend cannot
    /// be initialised.
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
    pub fn with_http_client(
        base_url: impl Into<String>,
        http: reqwest::ClientBuilder,
    ) -> Result<Self> {
        let base_url = checked_base_url(base_url.into())?;
        let http = safe_http_client(http)?;
        Ok(Self {
            base_url,
            http,
            settings: Settings::default(),
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
    pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
        self.settings.retry = policy;
        self
    }

    /// Reads response bodies of at most `bytes` ([`DEFAULT_BODY_LIMIT`] unless set),
    /// and stream items of at most as many: a longer one fails with
    /// [`Error::BodyTooLarge`] (or a stream's `StreamFailure::TooLarge`), read no
    /// further. A request may set its own (`RequestOptionsExt::body_limit`).
    pub fn with_body_limit(mut self, bytes: usize) -> Self {
        self.settings.body_limit = bytes;
        self
    }

    /// Runs `hooks` around every attempt of every request, after the hooks added
    /// before: see [`Hooks`].
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
    pub fn request(
        &self,
        method: reqwest::Method,
        path: &'static str,
    ) -> RawRequest<'_> {
        RawRequest {
            client: self,
            params: RawParams::new(method, path),
            options: RequestOptions::default(),
        }
    }

    /// Gives up on each attempt after `timeout`; a request may set its own.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.settings.timeout = Some(timeout);
        self
    }

    /// Sends `user_agent` as `User-Agent` instead of this crate's name and version.
    pub fn with_user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.settings.user_agent = user_agent.into();
        self
    }
}

/// A request made with [`Client::request`], for an endpoint the spec does not
/// describe: its parameters and body are given as they go on the wire.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RawRequest<'a> {
    client: &'a Client,
    params: RawParams,
    options: RequestOptions,
}

impl RequestOptionsExt for RawRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> RawRequest<'a> {
    /// Fills the path template's `{name}` with `value`, percent-encoded as one segment.
    pub fn path_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.params.path_params.push((name.into(), value.to_string()));
        self
    }

    /// Adds `name=value` to the query string (form-encoded); repeat it for a list.
    pub fn query(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.params.query.push((name.into(), value.to_string()));
        self
    }

    /// Sends `body` as JSON (`Content-Type: application/json`).
    pub fn json<T: serde::Serialize + ?Sized>(mut self, body: &T) -> Self {
        let encoded = serde_json::to_vec(body)
            .map_err(|err| format!("cannot encode the body: {err}"));
        self.params.body = Some(
            encoded.map(|bytes| ("application/json".to_owned(), bytes)),
        );
        self
    }

    /// Sends `bytes` as the body, as `content_type`.
    pub fn body(
        mut self,
        content_type: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Self {
        self.params.body = Some(Ok((content_type.into(), bytes.into())));
        self
    }

    /// Sends the request and reads the whole response: any `2xx` is a success, its
    /// body as it came; any other status is [`Error::UnexpectedStatus`].
    pub async fn send(self) -> Result<ApiResponse<Vec<u8>>> {
        let request = self.build_request();
        execute(
                &self.client.settings,
                request,
                self.raw_options(),
                &self.params.operation(),
                read_any,
            )
            .await
    }

    /// Sends the request and decodes a `2xx` response's JSON body as `T`; any
    /// other status is [`Error::UnexpectedStatus`].
    pub async fn send_json<T: serde::de::DeserializeOwned>(
        self,
    ) -> Result<ApiResponse<T>> {
        let request = self.build_request();
        let options = self.raw_options();
        execute(
                &self.client.settings,
                request,
                options,
                &self.params.operation(),
                read_any_json::<T>,
            )
            .await
    }

    /// Sends the request and hands over the response as it came, whatever its
    /// status, its body unread (and not bounded by the body limit).
    pub async fn send_raw(self) -> Result<reqwest::Response> {
        let request = self.build_request()?;
        send(
                &self.client.settings,
                request,
                &self.raw_options(),
                &self.params.operation(),
            )
            .await
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let url = self.params.url(&self.client.base_url)?;
        let request = self
            .params
            .with_query_and_body(
                self.client.http.request(self.params.method.clone(), url),
            )?;
        self.authorize_any(request)
    }
}

impl RawRequest<'_> {
    fn authorize_any(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder> {
        Ok(request)
    }
}

impl RawRequest<'_> {
    fn raw_options(&self) -> RequestOptions {
        self.options.clone()
    }
}

impl Client {
    /// Get Agent Call Stats
    ///
    /// `GET /api/agents/{agent_id}/call_stats`
    pub fn get_agent_call_stats(&self, agent_id: i64) -> GetAgentCallStatsRequest<'_> {
        GetAgentCallStatsRequest {
            client: self,
            agent_id,
            options: RequestOptions::default(),
        }
    }
}

/// A `GET /api/agents/{agent_id}/call_stats` request: see
/// [`Client::get_agent_call_stats`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentCallStatsRequest<'a> {
    client: &'a Client,
    agent_id: i64,
    options: RequestOptions,
}

impl RequestOptionsExt for GetAgentCallStatsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAgentCallStatsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; any other status
    /// is [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::CallStats>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get_agent_call_stats"),
                path: "/api/agents/{agent_id}/call_stats",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let agent_id = path_segment(
            "agent_id",
            &self.agent_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/agents/", &agent_id, "/call_stats"],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::CallStats>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}
