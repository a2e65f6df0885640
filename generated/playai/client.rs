use std::fmt;
use std::time::Duration;
use futures_util::stream::BoxStream;
use super::support::*;
use super::types;
use super::{ApiResponse, Error, Result};

/// The server the spec names first.
pub const DEFAULT_BASE_URL: &str = "https://api.play.ai";

/// A client for the PlayAI API.
///
/// # Credentials
///
/// Each security scheme of the spec has a setter, on the client and on [`Credentials`]
/// (for one request: the request's `credentials` setter). A request whose operation
/// requires credentials that are not set fails before it is sent, with
/// [`Error::MissingCredentials`].
///
/// | Scheme | Sent as | Setter |
/// |---|---|---|
/// | `ApiKeyAuth` | `Authorization: Bearer <token>` | [`with_api_key_auth`](Client::with_api_key_auth) |
/// | `XUserIdAuth` | the `X-USER-ID` header | [`with_x_user_id_auth`](Client::with_x_user_id_auth) |
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    settings: Settings,
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
            credentials: None,
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

    /// Replaces every credential of the client with `credentials`.
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = credentials;
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
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for RawRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl RawRequest<'_> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
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

/// Sends the credentials that are set, the request's else the client's.
impl RawRequest<'_> {
    fn authorize_any(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::RequestBuilder> {
        let credentials = self.credentials.as_ref().unwrap_or(&self.client.credentials);
        let set: Vec<Scheme> = Scheme::ALL
            .into_iter()
            .filter(|scheme| credentials.has(*scheme))
            .collect();
        credentials.authorize(request, &self.options, &[&set])
    }
}

impl RawRequest<'_> {
    fn raw_options(&self) -> RequestOptions {
        self.options.clone()
    }
}

impl Client {
    /// Sets the credential of the `ApiKeyAuth` scheme: see
    /// [`Credentials::with_api_key_auth`].
    pub fn with_api_key_auth(mut self, secret: impl Into<String>) -> Self {
        self.credentials = self.credentials.with_api_key_auth(secret);
        self
    }

    /// Sets the credential of the `XUserIdAuth` scheme: see
    /// [`Credentials::with_x_user_id_auth`].
    pub fn with_x_user_id_auth(mut self, secret: impl Into<String>) -> Self {
        self.credentials = self.credentials.with_x_user_id_auth(secret);
        self
    }

    /// Get Agent Stats
    ///
    /// Returns all available statistics for a specific agent.
    ///
    /// `GET /api/v1/agent-stats/{agentId}`
    ///
    /// Needs credentials: [`with_api_key_auth`](Client::with_api_key_auth) and
    /// [`with_x_user_id_auth`](Client::with_x_user_id_auth).
    pub fn get_agent_stats(
        &self,
        agent_id: impl Into<String>,
    ) -> GetAgentStatsRequest<'_> {
        GetAgentStatsRequest {
            client: self,
            agent_id: agent_id.into(),
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get Agent Conversations
    ///
    /// Get all conversations for an agent.
    ///
    /// `GET /api/v1/agents/{agentId}/conversations`
    ///
    /// Needs credentials: [`with_api_key_auth`](Client::with_api_key_auth) and
    /// [`with_x_user_id_auth`](Client::with_x_user_id_auth).
    pub fn get_agent_conversations(
        &self,
        agent_id: impl Into<String>,
    ) -> GetAgentConversationsRequest<'_> {
        GetAgentConversationsRequest {
            client: self,
            agent_id: agent_id.into(),
            page_size: None,
            start_after: None,
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get Agent Conversation
    ///
    /// Get a conversation for an agent.
    ///
    /// `GET /api/v1/agents/{agentId}/conversations/{conversationId}`
    ///
    /// Needs credentials: [`with_api_key_auth`](Client::with_api_key_auth) and
    /// [`with_x_user_id_auth`](Client::with_x_user_id_auth).
    pub fn get_agent_conversation(
        &self,
        agent_id: impl Into<String>,
        conversation_id: impl Into<String>,
    ) -> GetAgentConversationRequest<'_> {
        GetAgentConversationRequest {
            client: self,
            agent_id: agent_id.into(),
            conversation_id: conversation_id.into(),
            options: RequestOptions::default(),
            credentials: None,
        }
    }
}

/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    ApiKeyAuth,
    XUserIdAuth,
}

impl Scheme {
    const ALL: [Scheme; 2] = [Scheme::ApiKeyAuth, Scheme::XUserIdAuth];

    /// The setter of the scheme's credential, on [`Client`] and [`Credentials`].
    fn setter(self) -> &'static str {
        match self {
            Scheme::ApiKeyAuth => "with_api_key_auth",
            Scheme::XUserIdAuth => "with_x_user_id_auth",
        }
    }
}

/// A credential for each security scheme of the spec, or none: set on the client
/// ([`Client::with_credentials`]), or for one request instead of the client's
/// (the request's `credentials` setter). `Debug` names the schemes set, never a
/// secret.
#[derive(Clone, Default)]
pub struct Credentials {
    api_key_auth: Option<Secret>,
    x_user_id_auth: Option<Secret>,
}

impl Credentials {
    /// No credential at all.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the credential of the `ApiKeyAuth` scheme: a token sent as `Authorization:
    /// Bearer <token>` (given with or without its `Bearer ` prefix).
    ///
    /// Your secret API key from [PlayAI](https://play.ai/api/keys), formatted as `Bearer YOUR_SECRET_API_KEY`.
    pub fn with_api_key_auth(mut self, token: impl Into<String>) -> Self {
        self.api_key_auth = Some(Secret::bearer(token.into()));
        self
    }

    /// Sets the credential of the `XUserIdAuth` scheme: a key sent as the `X-USER-ID`
    /// header.
    ///
    /// Your unique user ID from [PlayAI](https://play.ai/api/keys).
    pub fn with_x_user_id_auth(mut self, secret: impl Into<String>) -> Self {
        self.x_user_id_auth = Some(Secret::new(secret.into()));
        self
    }

    /// The scheme's credential; an empty one counts as none.
    fn get(&self, scheme: Scheme) -> Option<&Secret> {
        let secret = match scheme {
            Scheme::ApiKeyAuth => self.api_key_auth.as_ref(),
            Scheme::XUserIdAuth => self.x_user_id_auth.as_ref(),
        };
        secret.filter(|secret| !secret.is_empty())
    }

    /// Whether the scheme's credential is set.
    fn has(&self, scheme: Scheme) -> bool {
        self.get(scheme).is_some()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set: Vec<Scheme> = Scheme::ALL
            .into_iter()
            .filter(|s| self.has(*s))
            .collect();
        f.debug_struct("Credentials").field("set", &set).finish()
    }
}

impl Credentials {
    /// Adds these credentials (a request's, else the client's) of the first
    /// alternative whose schemes all have one. With none satisfied, nothing is
    /// sent: the error names the setters that would satisfy one, unless the
    /// request's `options` allow missing credentials.
    fn authorize(
        &self,
        mut request: reqwest::RequestBuilder,
        options: &RequestOptions,
        alternatives: &[&[Scheme]],
    ) -> Result<reqwest::RequestBuilder> {
        let chosen = alternatives
            .iter()
            .find(|schemes| schemes.iter().all(|s| self.has(*s)));
        let Some(chosen) = chosen else {
            if options.allow_missing_credentials {
                return Ok(request);
            }
            let ways: Vec<String> = alternatives
                .iter()
                .map(|schemes| {
                    let setters: Vec<String> = schemes
                        .iter()
                        .map(|s| format!("`{}`", s.setter()))
                        .collect();
                    setters.join(" and ")
                })
                .collect();
            let ways = ways.join(", or ");
            return Err(
                Error::MissingCredentials(
                    format!(
                        "set {ways} on the client or the request's `Credentials` (or call \
                         `RequestOptionsExt::allow_missing_credentials` to send the request without)",
                    ),
                ),
            );
        };
        for scheme in chosen.iter() {
            let Some(secret) = self.get(*scheme) else { continue };
            request = match scheme {
                Scheme::ApiKeyAuth => {
                    request
                        .header(
                            reqwest::header::AUTHORIZATION,
                            sensitive_header(
                                "Authorization",
                                &format!("Bearer {}", secret.expose()),
                            )?,
                        )
                }
                Scheme::XUserIdAuth => {
                    request
                        .header(
                            "X-USER-ID",
                            sensitive_header("X-USER-ID", secret.expose())?,
                        )
                }
            };
        }
        Ok(request)
    }
}

/// A `GET /api/v1/agent-stats/{agentId}` request: see [`Client::get_agent_stats`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentStatsRequest<'a> {
    client: &'a Client,
    agent_id: types::AgentId,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAgentStatsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAgentStatsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; any other status
    /// is [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AgentStatsResource>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get_agent_stats"),
                path: "/api/v1/agent-stats/{agentId}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let agent_id = path_segment(
            "agentId",
            &self.agent_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(&self.client.base_url, &["/api/v1/agent-stats/", &agent_id]);
        let request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::ApiKeyAuth, Scheme::XUserIdAuth]],
            )
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AgentStatsResource>> {
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

/// A `GET /api/v1/agents/{agentId}/conversations` request: see
/// [`Client::get_agent_conversations`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentConversationsRequest<'a> {
    client: &'a Client,
    agent_id: types::AgentId,
    page_size: Option<i64>,
    start_after: Option<String>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAgentConversationsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAgentConversationsRequest<'a> {
    /// The number of items to return per page.
    ///
    /// The server's default: `50`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }

    /// The conversation ID to start after.
    pub fn start_after(mut self, value: impl Into<String>) -> Self {
        self.start_after = Some(value.into());
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; any other status
    /// is [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<
            ApiResponse<Vec<types::ConversationResource>, GetAgentConversationsHeaders>,
        >,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get_agent_conversations"),
                path: "/api/v1/agents/{agentId}/conversations",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let agent_id = path_segment(
            "agentId",
            &self.agent_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/agents/", &agent_id, "/conversations"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[
                ("pageSize", &self.page_size, Style::Form { explode: true }),
                ("startAfter", &self.start_after, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::ApiKeyAuth, Scheme::XUserIdAuth]],
            )
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<
        ApiResponse<Vec<types::ConversationResource>, GetAgentConversationsHeaders>,
    > {
        match status.as_u16() {
            200 => {
                let declared = GetAgentConversationsHeaders {
                    page_size: response_header(status, &headers, "X-Page-Size")?,
                    start_after: response_header(status, &headers, "X-Start-After")?,
                    next_start_after: response_header(
                        status,
                        &headers,
                        "X-Next-Start-After",
                    )?,
                    total_count: response_header(status, &headers, "X-Total-Count")?,
                };
                Ok(ApiResponse {
                    status,
                    headers: declared,
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }

    /// Every item of every page, as a stream: each next page is asked for with `startAfter`
    /// set to the `X-Next-Start-After` header of the page before, until there is no next
    /// page or a page is empty.
    pub fn stream(self) -> BoxStream<'a, Result<types::ConversationResource>> {
        paginate(self, Self::send, Self::next_page)
    }

    /// A page's items, and the request for the page after it, if any.
    fn next_page(
        request: Self,
        page: ApiResponse<Vec<types::ConversationResource>, GetAgentConversationsHeaders>,
    ) -> Result<(Vec<types::ConversationResource>, Option<Self>)> {
        let cursor: Option<String> = page.headers.next_start_after;
        let items: Vec<types::ConversationResource> = page.body;
        let next = if items.is_empty() {
            None
        } else {
            cursor
                .filter(|cursor| {
                    !cursor.is_empty() && request.start_after.as_ref() != Some(cursor)
                })
                .map(|cursor| request.start_after(cursor))
        };
        Ok((items, next))
    }
}

/// The declared headers of a [`Client::get_agent_conversations`] response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAgentConversationsHeaders {
    /// `X-Page-Size`: The number of items per page.
    pub page_size: Option<i64>,
    /// `X-Start-After`: The ID of the last item on the previous page.
    pub start_after: Option<String>,
    /// `X-Next-Start-After`: The ID of the last item on the current page.
    pub next_start_after: Option<String>,
    /// `X-Total-Count`: The total number of items.
    pub total_count: Option<i64>,
}

/// A `GET /api/v1/agents/{agentId}/conversations/{conversationId}` request: see
/// [`Client::get_agent_conversation`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentConversationRequest<'a> {
    client: &'a Client,
    agent_id: types::AgentId,
    conversation_id: String,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAgentConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAgentConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; any other status
    /// is [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationResource>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get_agent_conversation"),
                path: "/api/v1/agents/{agentId}/conversations/{conversationId}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let agent_id = path_segment(
            "agentId",
            &self.agent_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversationId",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/agents/", &agent_id, "/conversations/", &conversation_id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::ApiKeyAuth, Scheme::XUserIdAuth]],
            )
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationResource>> {
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
