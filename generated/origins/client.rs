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

/// A request, built by a [`Client`] method and sent by its `send`: the operation's
/// parameters `P`, and the options every request takes ([`RequestOptionsExt`]).
/// Each operation names its own, as `<Operation>Request`, the return type of its
/// method: that page shows the operation's setters and `send` alone; this one
/// lists those of every operation.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Request<'a, P> {
    client: &'a Client,
    params: P,
    options: RequestOptions,
}

impl<P> RequestOptionsExt for Request<'_, P> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
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

impl Client {
    /// Get Agent Call Stats
    ///
    /// `GET /api/agents/{agent_id}/call_stats`
    pub fn get_agent_call_stats(&self, agent_id: i64) -> GetAgentCallStatsRequest<'_> {
        Request {
            client: self,
            params: GetAgentCallStatsParams {
                agent_id,
            },
            options: RequestOptions::default(),
        }
    }
}

/// A `GET /api/agents/{agent_id}/call_stats` request: see
/// [`Client::get_agent_call_stats`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
pub type GetAgentCallStatsRequest<'a> = Request<'a, GetAgentCallStatsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAgentCallStatsParams {
    agent_id: i64,
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
            Idempotent::Yes,
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let agent_id = path_segment(
            "agent_id",
            &self.params.agent_id,
            Style::Simple { explode: false },
        )?;
        let url = format!("{}/api/agents/{}/call_stats", self.client.base_url, agent_id);
        let request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
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
