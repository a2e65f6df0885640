use std::fmt;
use std::time::Duration;
use futures_util::stream::BoxStream;
use super::support::*;
use super::types;
use super::{ApiResponse, Error, Result};

/// The server the spec names first.
pub const DEFAULT_BASE_URL: &str = "https://app.chatwoot.com/";

/// A client for the Chatwoot API.
///
/// # Credentials
///
/// Each security scheme of the spec has a setter, on the client and on [`Credentials`]
/// (for one request: [`Request::credentials`]). A request whose operation requires
/// credentials that are not set fails before it is sent, with
/// [`Error::MissingCredentials`].
///
/// | Scheme | Sent as | Setter |
/// |---|---|---|
/// | `userApiKey` | the `api_access_token` header | [`with_user_api_key`](Client::with_user_api_key) |
/// | `agentBotApiKey` | the `api_access_token` header | [`with_agent_bot_api_key`](Client::with_agent_bot_api_key) |
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    settings: Settings,
    credentials: Credentials,
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
    credentials: Option<Credentials>,
}

impl<P> RequestOptionsExt for Request<'_, P> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

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
        Request {
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
pub type RawRequest<'a> = Request<'a, RawParams>;

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
        self.authorize(request, &[&set])
    }
}

impl RawRequest<'_> {
    fn raw_options(&self) -> RequestOptions {
        self.options.clone()
    }
}

impl Client {
    /// Sets the credential of the `userApiKey` scheme: see
    /// [`Credentials::with_user_api_key`].
    pub fn with_user_api_key(mut self, secret: impl Into<String>) -> Self {
        self.credentials = self.credentials.with_user_api_key(secret);
        self
    }

    /// Sets the credential of the `agentBotApiKey` scheme: see
    /// [`Credentials::with_agent_bot_api_key`].
    pub fn with_agent_bot_api_key(mut self, secret: impl Into<String>) -> Self {
        self.credentials = self.credentials.with_agent_bot_api_key(secret);
        self
    }

    /// Get account details
    ///
    /// Get the details of the current account
    ///
    /// `GET /api/v1/accounts/{account_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_details(&self, account_id: i64) -> GetAccountDetailsRequest<'_> {
        Request {
            client: self,
            params: GetAccountDetailsParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update account
    ///
    /// Update account details, settings, and custom attributes
    ///
    /// `PATCH /api/v1/accounts/{account_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_account(
        &self,
        account_id: i64,
        body: impl Into<UpdateAccountBody>,
    ) -> UpdateAccountRequest<'_> {
        Request {
            client: self,
            params: UpdateAccountParams {
                account_id,
                body: body.into(),
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Audit Logs in Account
    ///
    /// Get Details of Audit Log entries for an Account. This endpoint is only available in Enterprise editions and requires the audit_logs feature to be enabled.
    ///
    /// `GET /api/v1/accounts/{account_id}/audit_logs`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_audit_logs(
        &self,
        account_id: i64,
    ) -> GetAccountAuditLogsRequest<'_> {
        Request {
            client: self,
            params: GetAccountAuditLogsParams {
                account_id,
                page: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all AgentBots
    ///
    /// List all agent bots available for the current account
    ///
    /// `GET /api/v1/accounts/{account_id}/agent_bots`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_account_agent_bots(
        &self,
        account_id: i64,
    ) -> ListAllAccountAgentBotsRequest<'_> {
        Request {
            client: self,
            params: ListAllAccountAgentBotsParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create an Agent Bot
    ///
    /// Create an agent bot in the account
    ///
    /// `POST /api/v1/accounts/{account_id}/agent_bots`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn create_an_account_agent_bot(
        &self,
        account_id: i64,
        body: types::AgentBotCreateUpdatePayload,
    ) -> CreateAnAccountAgentBotRequest<'_> {
        Request {
            client: self,
            params: CreateAnAccountAgentBotParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get an agent bot details
    ///
    /// Get the details of an agent bot in the account
    ///
    /// `GET /api/v1/accounts/{account_id}/agent_bots/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_a_single_account_agent_bot(
        &self,
        account_id: i64,
        id: i64,
    ) -> GetDetailsOfASingleAccountAgentBotRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfASingleAccountAgentBotParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete an AgentBot
    ///
    /// Delete an AgentBot from the account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/agent_bots/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_an_account_agent_bot(
        &self,
        account_id: i64,
        id: i64,
    ) -> DeleteAnAccountAgentBotRequest<'_> {
        Request {
            client: self,
            params: DeleteAnAccountAgentBotParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update an agent bot
    ///
    /// Update an agent bot's attributes
    ///
    /// `PATCH /api/v1/accounts/{account_id}/agent_bots/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_an_account_agent_bot(
        &self,
        account_id: i64,
        id: i64,
        body: types::AgentBotCreateUpdatePayload,
    ) -> UpdateAnAccountAgentBotRequest<'_> {
        Request {
            client: self,
            params: UpdateAnAccountAgentBotParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Agents in Account
    ///
    /// Get Details of Agents in an Account
    ///
    /// `GET /api/v1/accounts/{account_id}/agents`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_agents(&self, account_id: i64) -> GetAccountAgentsRequest<'_> {
        Request {
            client: self,
            params: GetAccountAgentsParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a New Agent
    ///
    /// Add a new Agent to Account
    ///
    /// `POST /api/v1/accounts/{account_id}/agents`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_agent_to_account(
        &self,
        account_id: i64,
        body: types::AgentCreatePayload,
    ) -> AddNewAgentToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewAgentToAccountParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Remove an Agent from Account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/agents/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_agent_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> DeleteAgentFromAccountRequest<'_> {
        Request {
            client: self,
            params: DeleteAgentFromAccountParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Agent in Account
    ///
    /// Update an Agent in Account
    ///
    /// `PATCH /api/v1/accounts/{account_id}/agents/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_agent_in_account(
        &self,
        account_id: i64,
        id: i64,
        body: types::AgentUpdatePayload,
    ) -> UpdateAgentInAccountRequest<'_> {
        Request {
            client: self,
            params: UpdateAgentInAccountParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all Canned Responses in an Account
    ///
    /// Get Details of Canned Responses in an Account
    ///
    /// `GET /api/v1/accounts/{account_id}/canned_responses`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_canned_response(
        &self,
        account_id: i64,
    ) -> GetAccountCannedResponseRequest<'_> {
        Request {
            client: self,
            params: GetAccountCannedResponseParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a New Canned Response
    ///
    /// Add a new Canned Response to Account
    ///
    /// `POST /api/v1/accounts/{account_id}/canned_responses`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_canned_response_to_account(
        &self,
        account_id: i64,
        body: types::CannedResponseCreateUpdatePayload,
    ) -> AddNewCannedResponseToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewCannedResponseToAccountParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Remove a Canned Response from Account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/canned_responses/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_canned_response_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> DeleteCannedResponseFromAccountRequest<'_> {
        Request {
            client: self,
            params: DeleteCannedResponseFromAccountParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Canned Response in Account
    ///
    /// Update a Canned Response in Account
    ///
    /// `PATCH /api/v1/accounts/{account_id}/canned_responses/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_canned_response_in_account(
        &self,
        account_id: i64,
        id: i64,
        body: types::CannedResponseCreateUpdatePayload,
    ) -> UpdateCannedResponseInAccountRequest<'_> {
        Request {
            client: self,
            params: UpdateCannedResponseInAccountParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all custom attributes in an account
    ///
    /// Get details of custom attributes in an Account
    ///
    /// `GET /api/v1/accounts/{account_id}/custom_attribute_definitions`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_custom_attribute(
        &self,
        account_id: i64,
        attribute_model: types::GetAccountCustomAttributeAttributeModel,
    ) -> GetAccountCustomAttributeRequest<'_> {
        Request {
            client: self,
            params: GetAccountCustomAttributeParams {
                account_id,
                attribute_model,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a new custom attribute
    ///
    /// Add a new custom attribute to account
    ///
    /// `POST /api/v1/accounts/{account_id}/custom_attribute_definitions`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_custom_attribute_to_account(
        &self,
        account_id: i64,
        body: types::CustomAttributeCreateUpdatePayload,
    ) -> AddNewCustomAttributeToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewCustomAttributeToAccountParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get a custom attribute details
    ///
    /// Get the details of a custom attribute in the account
    ///
    /// `GET /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_a_single_custom_attribute(
        &self,
        account_id: i64,
        id: i64,
    ) -> GetDetailsOfASingleCustomAttributeRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfASingleCustomAttributeParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Remove a custom attribute from account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_custom_attribute_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> DeleteCustomAttributeFromAccountRequest<'_> {
        Request {
            client: self,
            params: DeleteCustomAttributeFromAccountParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update custom attribute in Account
    ///
    /// Update a custom attribute in account
    ///
    /// `PATCH /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_custom_attribute_in_account(
        &self,
        account_id: i64,
        id: i64,
        body: types::CustomAttributeCreateUpdatePayload,
    ) -> UpdateCustomAttributeInAccountRequest<'_> {
        Request {
            client: self,
            params: UpdateCustomAttributeInAccountParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Contacts
    ///
    /// Listing all the resolved contacts with pagination (Page size = 15). Resolved contacts are the ones with a value for identifier, email or phone number
    ///
    /// `GET /api/v1/accounts/{account_id}/contacts`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_list(&self, account_id: i64) -> ContactListRequest<'_> {
        Request {
            client: self,
            params: ContactListParams {
                account_id,
                sort: None,
                page: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create Contact
    ///
    /// Create a new Contact
    ///
    /// `POST /api/v1/accounts/{account_id}/contacts`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_create(
        &self,
        account_id: i64,
        body: types::ContactCreatePayload,
    ) -> ContactCreateRequest<'_> {
        Request {
            client: self,
            params: ContactCreateParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Show Contact
    ///
    /// Get a contact belonging to the account using ID
    ///
    /// `GET /api/v1/accounts/{account_id}/contacts/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_details(
        &self,
        account_id: i64,
        id: f64,
    ) -> ContactDetailsRequest<'_> {
        Request {
            client: self,
            params: ContactDetailsParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Contact
    ///
    /// Update a contact belonging to the account using ID
    ///
    /// `PUT /api/v1/accounts/{account_id}/contacts/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_update(
        &self,
        account_id: i64,
        id: f64,
        body: types::ContactUpdatePayload,
    ) -> ContactUpdateRequest<'_> {
        Request {
            client: self,
            params: ContactUpdateParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete Contact
    ///
    /// Delete a contact belonging to the account using ID
    ///
    /// `DELETE /api/v1/accounts/{account_id}/contacts/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_delete(&self, account_id: i64, id: f64) -> ContactDeleteRequest<'_> {
        Request {
            client: self,
            params: ContactDeleteParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Contact Conversations
    ///
    /// Get conversations associated with that contact
    ///
    /// `GET /api/v1/accounts/{account_id}/contacts/{id}/conversations`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_conversations(
        &self,
        account_id: i64,
        id: f64,
    ) -> ContactConversationsRequest<'_> {
        Request {
            client: self,
            params: ContactConversationsParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Labels
    ///
    /// Lists all the labels of a contact
    ///
    /// `GET /api/v1/accounts/{account_id}/contacts/{id}/labels`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_labels_of_a_contact(
        &self,
        account_id: i64,
        id: f64,
    ) -> ListAllLabelsOfAContactRequest<'_> {
        Request {
            client: self,
            params: ListAllLabelsOfAContactParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add Labels
    ///
    /// Add labels to a contact. Note that this API would overwrite the existing list of labels associated to the conversation.
    ///
    /// `POST /api/v1/accounts/{account_id}/contacts/{id}/labels`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_add_labels(
        &self,
        account_id: i64,
        id: f64,
        body: types::ContactAddLabelsBody,
    ) -> ContactAddLabelsRequest<'_> {
        Request {
            client: self,
            params: ContactAddLabelsParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Search Contacts
    ///
    /// Search the resolved contacts using a search key, currently supports email search (Page size = 15). Resolved contacts are the ones with a value for identifier, email or phone number
    ///
    /// `GET /api/v1/accounts/{account_id}/contacts/search`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_search(&self, account_id: i64) -> ContactSearchRequest<'_> {
        Request {
            client: self,
            params: ContactSearchParams {
                account_id,
                q: None,
                sort: None,
                page: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Contact Filter
    ///
    /// Filter contacts with custom filter options and pagination
    ///
    /// `POST /api/v1/accounts/{account_id}/contacts/filter`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_filter(
        &self,
        account_id: i64,
        body: types::ContactFilterBody,
    ) -> ContactFilterRequest<'_> {
        Request {
            client: self,
            params: ContactFilterParams {
                account_id,
                page: None,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create contact inbox
    ///
    /// Create a contact inbox record for an inbox
    ///
    /// `POST /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contact_inbox_creation(
        &self,
        account_id: i64,
        id: f64,
        body: types::ContactInboxCreationBody,
    ) -> ContactInboxCreationRequest<'_> {
        Request {
            client: self,
            params: ContactInboxCreationParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get Contactable Inboxes
    ///
    /// Get List of contactable Inboxes
    ///
    /// `GET /api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn contactable_inboxes_get(
        &self,
        account_id: i64,
        id: f64,
    ) -> ContactableInboxesGetRequest<'_> {
        Request {
            client: self,
            params: ContactableInboxesGetParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all automation rules in an account
    ///
    /// Get details of automation rules in an Account
    ///
    /// `GET /api/v1/accounts/{account_id}/automation_rules`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_automation_rule(
        &self,
        account_id: i64,
    ) -> GetAccountAutomationRuleRequest<'_> {
        Request {
            client: self,
            params: GetAccountAutomationRuleParams {
                account_id,
                page: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a new automation rule
    ///
    /// Add a new automation rule to account
    ///
    /// `POST /api/v1/accounts/{account_id}/automation_rules`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_automation_rule_to_account(
        &self,
        account_id: i64,
        body: types::AutomationRuleCreateUpdatePayload,
    ) -> AddNewAutomationRuleToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewAutomationRuleToAccountParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get a automation rule details
    ///
    /// Get the details of a automation rule in the account
    ///
    /// `GET /api/v1/accounts/{account_id}/automation_rules/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_a_single_automation_rule(
        &self,
        account_id: i64,
        id: i64,
    ) -> GetDetailsOfASingleAutomationRuleRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfASingleAutomationRuleParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Remove a automation rule from account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/automation_rules/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_automation_rule_from_account(
        &self,
        account_id: i64,
        id: i64,
    ) -> DeleteAutomationRuleFromAccountRequest<'_> {
        Request {
            client: self,
            params: DeleteAutomationRuleFromAccountParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update automation rule in Account
    ///
    /// Update a automation rule in account
    ///
    /// `PATCH /api/v1/accounts/{account_id}/automation_rules/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_automation_rule_in_account(
        &self,
        account_id: i64,
        id: i64,
        body: types::AutomationRuleCreateUpdatePayload,
    ) -> UpdateAutomationRuleInAccountRequest<'_> {
        Request {
            client: self,
            params: UpdateAutomationRuleInAccountParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all portals in an account
    ///
    /// Get details of portals in an Account
    ///
    /// `GET /api/v1/accounts/{account_id}/portals`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_portal(&self, account_id: i64) -> GetPortalRequest<'_> {
        Request {
            client: self,
            params: GetPortalParams { account_id },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a new portal
    ///
    /// Add a new portal to account
    ///
    /// `POST /api/v1/accounts/{account_id}/portals`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_portal_to_account(
        &self,
        account_id: i64,
        body: types::PortalCreateUpdatePayload,
    ) -> AddNewPortalToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewPortalToAccountParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update a portal
    ///
    /// Update a portal to account
    ///
    /// `PATCH /api/v1/accounts/{account_id}/portals/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_portal_to_account(
        &self,
        account_id: i64,
        id: impl Into<String>,
        body: types::PortalCreateUpdatePayload,
    ) -> UpdatePortalToAccountRequest<'_> {
        Request {
            client: self,
            params: UpdatePortalToAccountParams {
                account_id,
                id: id.into(),
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a new category
    ///
    /// Add a new category to portal
    ///
    /// `POST /api/v1/accounts/{account_id}/portals/{id}/categories`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_category_to_account(
        &self,
        account_id: i64,
        id: impl Into<String>,
        body: types::CategoryCreateUpdatePayload,
    ) -> AddNewCategoryToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewCategoryToAccountParams {
                account_id,
                id: id.into(),
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a new article
    ///
    /// Add a new article to portal
    ///
    /// `POST /api/v1/accounts/{account_id}/portals/{id}/articles`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_article_to_account(
        &self,
        account_id: i64,
        id: impl Into<String>,
        body: types::ArticleCreateUpdatePayload,
    ) -> AddNewArticleToAccountRequest<'_> {
        Request {
            client: self,
            params: AddNewArticleToAccountParams {
                account_id,
                id: id.into(),
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get Conversation Counts
    ///
    /// Get open, unassigned and all Conversation counts
    ///
    /// `GET /api/v1/accounts/{account_id}/conversations/meta`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn conversation_list_meta(
        &self,
        account_id: i64,
    ) -> ConversationListMetaRequest<'_> {
        Request {
            client: self,
            params: ConversationListMetaParams {
                account_id,
                status: None,
                q: None,
                inbox_id: None,
                team_id: None,
                labels: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Conversations List
    ///
    /// List all the conversations with pagination
    ///
    /// `GET /api/v1/accounts/{account_id}/conversations`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn conversation_list(&self, account_id: i64) -> ConversationListRequest<'_> {
        Request {
            client: self,
            params: ConversationListParams {
                account_id,
                assignee_type: None,
                status: None,
                q: None,
                inbox_id: None,
                team_id: None,
                labels: None,
                page: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create New Conversation
    ///
    /// Creating a conversation in chatwoot requires a source id.
    ///
    ///  Learn more about source_id: <https://www.chatwoot.com/hc/user-guide/articles/1677839703-how-to-create-an-api-channel-inbox#send-messages-to-the-api-channel>
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key), or
    /// [`with_agent_bot_api_key`](Client::with_agent_bot_api_key).
    pub fn new_conversation(
        &self,
        account_id: i64,
        body: types::ConversationCreatePayload,
    ) -> NewConversationRequest<'_> {
        Request {
            client: self,
            params: NewConversationParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Conversations Filter
    ///
    /// Filter conversations with custom filter options and pagination
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/filter`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn conversation_filter(
        &self,
        account_id: i64,
        body: types::ConversationFilterBody,
    ) -> ConversationFilterRequest<'_> {
        Request {
            client: self,
            params: ConversationFilterParams {
                account_id,
                page: None,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Conversation Details
    ///
    /// Get all details regarding a conversation with all messages in the conversation
    ///
    /// `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> GetDetailsOfAConversationRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfAConversationParams {
                account_id,
                conversation_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Conversation
    ///
    /// Update Conversation Attributes
    ///
    /// `PATCH /api/v1/accounts/{account_id}/conversations/{conversation_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key), or
    /// [`with_agent_bot_api_key`](Client::with_agent_bot_api_key).
    pub fn update_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::UpdateConversationBody,
    ) -> UpdateConversationRequest<'_> {
        Request {
            client: self,
            params: UpdateConversationParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Toggle Status
    ///
    /// Toggle the status of a conversation. Pass `status` to explicitly set the
    /// conversation state. Use `snoozed` along with `snoozed_until` to snooze a
    /// conversation until a specific time. If `snoozed_until` is omitted, the
    /// conversation is snoozed until the next reply from the contact. Regardless
    /// of the value provided, snoozed conversations always reopen on the next
    /// reply from the contact.
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key), or
    /// [`with_agent_bot_api_key`](Client::with_agent_bot_api_key).
    pub fn toggle_status_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::ToggleStatusOfAConversationBody,
    ) -> ToggleStatusOfAConversationRequest<'_> {
        Request {
            client: self,
            params: ToggleStatusOfAConversationParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Toggle Priority
    ///
    /// Toggles the priority of conversation
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key), or
    /// [`with_agent_bot_api_key`](Client::with_agent_bot_api_key).
    pub fn toggle_priority_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::TogglePriorityOfAConversationBody,
    ) -> TogglePriorityOfAConversationRequest<'_> {
        Request {
            client: self,
            params: TogglePriorityOfAConversationParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Custom Attributes
    ///
    /// Updates the custom attributes of a conversation
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_custom_attributes_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::UpdateCustomAttributesOfAConversationBody,
    ) -> UpdateCustomAttributesOfAConversationRequest<'_> {
        Request {
            client: self,
            params: UpdateCustomAttributesOfAConversationParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Assign Conversation
    ///
    /// Assign a conversation to an agent or a team
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key), or
    /// [`with_agent_bot_api_key`](Client::with_agent_bot_api_key).
    pub fn assign_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::AssignAConversationBody,
    ) -> AssignAConversationRequest<'_> {
        Request {
            client: self,
            params: AssignAConversationParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Labels
    ///
    /// Lists all the labels of a conversation
    ///
    /// `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_labels_of_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> ListAllLabelsOfAConversationRequest<'_> {
        Request {
            client: self,
            params: ListAllLabelsOfAConversationParams {
                account_id,
                conversation_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add Labels
    ///
    /// Add labels to a conversation. Note that this API would overwrite the existing list of labels associated to the conversation.
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn conversation_add_labels(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::ConversationAddLabelsBody,
    ) -> ConversationAddLabelsRequest<'_> {
        Request {
            client: self,
            params: ConversationAddLabelsParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Conversation Reporting Events
    ///
    /// Get reporting events for a specific conversation. This endpoint returns events such as first response time, resolution time, and other metrics for the conversation, sorted by creation time in ascending order.
    ///
    /// `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/reporting_events`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_conversation_reporting_events(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> GetConversationReportingEventsRequest<'_> {
        Request {
            client: self,
            params: GetConversationReportingEventsParams {
                account_id,
                conversation_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all inboxes
    ///
    /// List all inboxes available in the current account
    ///
    /// `GET /api/v1/accounts/{account_id}/inboxes`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_inboxes(&self, account_id: i64) -> ListAllInboxesRequest<'_> {
        Request {
            client: self,
            params: ListAllInboxesParams { account_id },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get an inbox
    ///
    /// Get an inbox available in the current account
    ///
    /// `GET /api/v1/accounts/{account_id}/inboxes/{id}/`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_inbox(&self, account_id: i64, id: f64) -> GetInboxRequest<'_> {
        Request {
            client: self,
            params: GetInboxParams { account_id, id },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create an inbox
    ///
    /// You can create more than one website inbox in each account
    ///
    /// `POST /api/v1/accounts/{account_id}/inboxes/`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn inbox_creation(
        &self,
        account_id: i64,
        body: types::InboxCreatePayload,
    ) -> InboxCreationRequest<'_> {
        Request {
            client: self,
            params: InboxCreationParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Inbox
    ///
    /// Update an existing inbox
    ///
    /// `PATCH /api/v1/accounts/{account_id}/inboxes/{id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_inbox(
        &self,
        account_id: i64,
        id: f64,
        body: types::InboxUpdatePayload,
    ) -> UpdateInboxRequest<'_> {
        Request {
            client: self,
            params: UpdateInboxParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Show Inbox Agent Bot
    ///
    /// See if an agent bot is associated to the Inbox
    ///
    /// `GET /api/v1/accounts/{account_id}/inboxes/{id}/agent_bot`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_inbox_agent_bot(
        &self,
        account_id: i64,
        id: f64,
    ) -> GetInboxAgentBotRequest<'_> {
        Request {
            client: self,
            params: GetInboxAgentBotParams {
                account_id,
                id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add or remove agent bot
    ///
    /// To add an agent bot pass agent_bot id, to remove agent bot from an inbox pass null
    ///
    /// `POST /api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_agent_bot(
        &self,
        account_id: i64,
        id: f64,
        body: types::UpdateAgentBotBody,
    ) -> UpdateAgentBotRequest<'_> {
        Request {
            client: self,
            params: UpdateAgentBotParams {
                account_id,
                id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Agents in Inbox
    ///
    /// Get Details of Agents in an Inbox
    ///
    /// `GET /api/v1/accounts/{account_id}/inbox_members/{inbox_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_inbox_members(
        &self,
        account_id: i64,
        inbox_id: i64,
    ) -> GetInboxMembersRequest<'_> {
        Request {
            client: self,
            params: GetInboxMembersParams {
                account_id,
                inbox_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a New Agent
    ///
    /// Add a new Agent to Inbox
    ///
    /// `POST /api/v1/accounts/{account_id}/inbox_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_agent_to_inbox(
        &self,
        account_id: i64,
        body: types::AddNewAgentToInboxBody,
    ) -> AddNewAgentToInboxRequest<'_> {
        Request {
            client: self,
            params: AddNewAgentToInboxParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Remove an Agent from Inbox
    ///
    /// `DELETE /api/v1/accounts/{account_id}/inbox_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_agent_in_inbox(
        &self,
        account_id: i64,
        body: types::DeleteAgentInInboxBody,
    ) -> DeleteAgentInInboxRequest<'_> {
        Request {
            client: self,
            params: DeleteAgentInInboxParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Agents in Inbox
    ///
    /// All agents except the one passed in params will be removed
    ///
    /// `PATCH /api/v1/accounts/{account_id}/inbox_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_agents_in_inbox(
        &self,
        account_id: i64,
        body: types::UpdateAgentsInInboxBody,
    ) -> UpdateAgentsInInboxRequest<'_> {
        Request {
            client: self,
            params: UpdateAgentsInInboxParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get messages
    ///
    /// List all messages of a conversation
    ///
    /// `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_messages(
        &self,
        account_id: i64,
        conversation_id: i64,
    ) -> ListAllMessagesRequest<'_> {
        Request {
            client: self,
            params: ListAllMessagesParams {
                account_id,
                conversation_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create New Message
    ///
    /// Create a new message in the conversation.
    ///
    /// ## WhatsApp Template Messages
    ///
    /// For WhatsApp channels, you can send structured template messages using the `template_params` field.
    /// Templates must be pre-approved in WhatsApp Business Manager.
    ///
    /// ### Example Templates
    ///
    /// **Text with Image Header:**
    /// ```json
    /// {
    ///   "content": "Hi your order 121212 is confirmed. Please wait for further updates",
    ///   "template_params": {
    ///     "name": "order_confirmation",
    ///     "category": "MARKETING",
    ///     "language": "en",
    ///     "processed_params": {
    ///       "body": {
    ///         "1": "121212"
    ///       },
    ///       "header": {
    ///         "media_url": "https://picsum.photos/200/300",
    ///         "media_type": "image"
    ///       }
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// **Text with Copy Code Button:**
    /// ```json
    /// {
    ///   "content": "Special offer! Get 30% off your next purchase. Use the code below",
    ///   "template_params": {
    ///     "name": "discount_coupon",
    ///     "category": "MARKETING",
    ///     "language": "en",
    ///     "processed_params": {
    ///       "body": {
    ///         "discount_percentage": "30"
    ///       },
    ///       "buttons": [{
    ///         "type": "copy_code",
    ///         "parameter": "SAVE20"
    ///       }]
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key), or
    /// [`with_agent_bot_api_key`](Client::with_agent_bot_api_key).
    pub fn create_a_new_message_in_a_conversation(
        &self,
        account_id: i64,
        conversation_id: i64,
        body: types::ConversationMessageCreatePayload,
    ) -> CreateANewMessageInAConversationRequest<'_> {
        Request {
            client: self,
            params: CreateANewMessageInAConversationParams {
                account_id,
                conversation_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete a message
    ///
    /// Delete a message and it's attachments from the conversation.
    ///
    /// `DELETE /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_a_message(
        &self,
        account_id: i64,
        conversation_id: i64,
        message_id: i64,
    ) -> DeleteAMessageRequest<'_> {
        Request {
            client: self,
            params: DeleteAMessageParams {
                account_id,
                conversation_id,
                message_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all the Integrations
    ///
    /// Get the details of all Integrations available for the account
    ///
    /// `GET /api/v1/accounts/{account_id}/integrations/apps`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_all_integrations(
        &self,
        account_id: i64,
    ) -> GetDetailsOfAllIntegrationsRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfAllIntegrationsParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create an integration hook
    ///
    /// `POST /api/v1/accounts/{account_id}/integrations/hooks`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn create_an_integration_hook(
        &self,
        account_id: i64,
        body: types::IntegrationsHookCreatePayload,
    ) -> CreateAnIntegrationHookRequest<'_> {
        Request {
            client: self,
            params: CreateAnIntegrationHookParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete an Integration Hook
    ///
    /// `DELETE /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_an_integration_hook(
        &self,
        account_id: i64,
        hook_id: i64,
    ) -> DeleteAnIntegrationHookRequest<'_> {
        Request {
            client: self,
            params: DeleteAnIntegrationHookParams {
                account_id,
                hook_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update an Integration Hook
    ///
    /// `PATCH /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_an_integrations_hook(
        &self,
        account_id: i64,
        hook_id: i64,
        body: types::IntegrationsHookUpdatePayload,
    ) -> UpdateAnIntegrationsHookRequest<'_> {
        Request {
            client: self,
            params: UpdateAnIntegrationsHookParams {
                account_id,
                hook_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Fetch user profile
    ///
    /// Get the user profile details
    ///
    /// `GET /api/v1/profile`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn fetch_profile(&self) -> FetchProfileRequest<'_> {
        Request {
            client: self,
            params: FetchProfileParams {},
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all teams
    ///
    /// List all teams available in the current account
    ///
    /// `GET /api/v1/accounts/{account_id}/teams`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_teams(&self, account_id: i64) -> ListAllTeamsRequest<'_> {
        Request {
            client: self,
            params: ListAllTeamsParams { account_id },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create a team
    ///
    /// Create a team in the account
    ///
    /// `POST /api/v1/accounts/{account_id}/teams`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn create_a_team(
        &self,
        account_id: i64,
        body: types::TeamCreateUpdatePayload,
    ) -> CreateATeamRequest<'_> {
        Request {
            client: self,
            params: CreateATeamParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get a team details
    ///
    /// Get the details of a team in the account
    ///
    /// `GET /api/v1/accounts/{account_id}/teams/{team_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_a_single_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> GetDetailsOfASingleTeamRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfASingleTeamParams {
                account_id,
                team_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete a team
    ///
    /// Delete a team from the account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/teams/{team_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_a_team(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> DeleteATeamRequest<'_> {
        Request {
            client: self,
            params: DeleteATeamParams {
                account_id,
                team_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update a team
    ///
    /// Update a team's attributes
    ///
    /// `PATCH /api/v1/accounts/{account_id}/teams/{team_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_a_team(
        &self,
        account_id: i64,
        team_id: i64,
        body: types::TeamCreateUpdatePayload,
    ) -> UpdateATeamRequest<'_> {
        Request {
            client: self,
            params: UpdateATeamParams {
                account_id,
                team_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List Agents in Team
    ///
    /// Get Details of Agents in an Team
    ///
    /// `GET /api/v1/accounts/{account_id}/teams/{team_id}/team_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_team_members(
        &self,
        account_id: i64,
        team_id: i64,
    ) -> GetTeamMembersRequest<'_> {
        Request {
            client: self,
            params: GetTeamMembersParams {
                account_id,
                team_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a New Agent
    ///
    /// Add a new Agent to Team
    ///
    /// `POST /api/v1/accounts/{account_id}/teams/{team_id}/team_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn add_new_agent_to_team(
        &self,
        account_id: i64,
        team_id: i64,
        body: types::AddNewAgentToTeamBody,
    ) -> AddNewAgentToTeamRequest<'_> {
        Request {
            client: self,
            params: AddNewAgentToTeamParams {
                account_id,
                team_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Remove an Agent from Team
    ///
    /// `DELETE /api/v1/accounts/{account_id}/teams/{team_id}/team_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_agent_in_team(
        &self,
        account_id: i64,
        team_id: i64,
        body: types::DeleteAgentInTeamBody,
    ) -> DeleteAgentInTeamRequest<'_> {
        Request {
            client: self,
            params: DeleteAgentInTeamParams {
                account_id,
                team_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update Agents in Team
    ///
    /// All agents except the one passed in params will be removed
    ///
    /// `PATCH /api/v1/accounts/{account_id}/teams/{team_id}/team_members`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_agents_in_team(
        &self,
        account_id: i64,
        team_id: i64,
        body: types::UpdateAgentsInTeamBody,
    ) -> UpdateAgentsInTeamRequest<'_> {
        Request {
            client: self,
            params: UpdateAgentsInTeamParams {
                account_id,
                team_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all custom filters
    ///
    /// List all custom filters in a category of a user
    ///
    /// `GET /api/v1/accounts/{account_id}/custom_filters`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_filters(&self, account_id: i64) -> ListAllFiltersRequest<'_> {
        Request {
            client: self,
            params: ListAllFiltersParams {
                account_id,
                filter_type: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Create a custom filter
    ///
    /// Create a custom filter in the account
    ///
    /// `POST /api/v1/accounts/{account_id}/custom_filters`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn create_a_custom_filter(
        &self,
        account_id: i64,
        body: types::CustomFilterCreateUpdatePayload,
    ) -> CreateACustomFilterRequest<'_> {
        Request {
            client: self,
            params: CreateACustomFilterParams {
                account_id,
                filter_type: None,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get a custom filter details
    ///
    /// Get the details of a custom filter in the account
    ///
    /// `GET /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_details_of_a_single_custom_filter(
        &self,
        account_id: i64,
        custom_filter_id: i64,
    ) -> GetDetailsOfASingleCustomFilterRequest<'_> {
        Request {
            client: self,
            params: GetDetailsOfASingleCustomFilterParams {
                account_id,
                custom_filter_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete a custom filter
    ///
    /// Delete a custom filter from the account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_a_custom_filter(
        &self,
        account_id: i64,
        custom_filter_id: i64,
    ) -> DeleteACustomFilterRequest<'_> {
        Request {
            client: self,
            params: DeleteACustomFilterParams {
                account_id,
                custom_filter_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update a custom filter
    ///
    /// Update a custom filter's attributes
    ///
    /// `PATCH /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_a_custom_filter(
        &self,
        account_id: i64,
        custom_filter_id: i64,
        body: types::CustomFilterCreateUpdatePayload,
    ) -> UpdateACustomFilterRequest<'_> {
        Request {
            client: self,
            params: UpdateACustomFilterParams {
                account_id,
                custom_filter_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// List all webhooks
    ///
    /// List all webhooks in the account
    ///
    /// `GET /api/v1/accounts/{account_id}/webhooks`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_webhooks(&self, account_id: i64) -> ListAllWebhooksRequest<'_> {
        Request {
            client: self,
            params: ListAllWebhooksParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Add a webhook
    ///
    /// Add a webhook subscription to the account
    ///
    /// `POST /api/v1/accounts/{account_id}/webhooks`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn create_a_webhook(
        &self,
        account_id: i64,
        body: types::WebhookCreateUpdatePayload,
    ) -> CreateAWebhookRequest<'_> {
        Request {
            client: self,
            params: CreateAWebhookParams {
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Delete a webhook
    ///
    /// Delete a webhook from the account
    ///
    /// `DELETE /api/v1/accounts/{account_id}/webhooks/{webhook_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn delete_a_webhook(
        &self,
        account_id: i64,
        webhook_id: i64,
    ) -> DeleteAWebhookRequest<'_> {
        Request {
            client: self,
            params: DeleteAWebhookParams {
                account_id,
                webhook_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Update a webhook object
    ///
    /// Update a webhook object in the account
    ///
    /// `PATCH /api/v1/accounts/{account_id}/webhooks/{webhook_id}`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn update_a_webhook(
        &self,
        webhook_id: i64,
        account_id: i64,
        body: types::WebhookCreateUpdatePayload,
    ) -> UpdateAWebhookRequest<'_> {
        Request {
            client: self,
            params: UpdateAWebhookParams {
                webhook_id,
                account_id,
                body,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Account Reporting Events
    ///
    /// Get paginated reporting events for the account. This endpoint returns reporting events such as first response time, resolution time, and other metrics. Only administrators can access this endpoint. Results are paginated with 25 items per page.
    ///
    /// `GET /api/v1/accounts/{account_id}/reporting_events`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn get_account_reporting_events(
        &self,
        account_id: i64,
    ) -> GetAccountReportingEventsRequest<'_> {
        Request {
            client: self,
            params: GetAccountReportingEventsParams {
                account_id,
                page: None,
                since: None,
                until: None,
                inbox_id: None,
                user_id: None,
                name: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get Account reports
    ///
    /// Get Account reports for a specific type, metric and date range
    ///
    /// `GET /api/v2/accounts/{account_id}/reports`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_conversation_statistics(
        &self,
        account_id: i64,
        metric: types::ListAllConversationStatisticsMetric,
        r#type: types::ListAllConversationStatisticsType,
    ) -> ListAllConversationStatisticsRequest<'_> {
        Request {
            client: self,
            params: ListAllConversationStatisticsParams {
                account_id,
                metric,
                r#type,
                id: None,
                since: None,
                until: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Get Account reports summary
    ///
    /// Get Account reports summary for a specific type and date range
    ///
    /// `GET /api/v2/accounts/{account_id}/reports/summary`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    pub fn list_all_conversation_statistics_summary(
        &self,
        account_id: i64,
        r#type: types::ListAllConversationStatisticsSummaryType,
    ) -> ListAllConversationStatisticsSummaryRequest<'_> {
        Request {
            client: self,
            params: ListAllConversationStatisticsSummaryParams {
                account_id,
                r#type,
                id: None,
                since: None,
                until: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Account Conversation Metrics
    ///
    /// Get conversation metrics for Account
    ///
    /// `GET /api/v2/accounts/{account_id}/reports/conversations`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    ///
    /// Sends `type` as `account`, the one value the spec allows.
    pub fn get_account_conversation_metrics(
        &self,
        account_id: i64,
    ) -> GetAccountConversationMetricsRequest<'_> {
        Request {
            client: self,
            params: GetAccountConversationMetricsParams {
                account_id,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }

    /// Agent Conversation Metrics
    ///
    /// Get conversation metrics for Agent
    ///
    /// `GET /api/v2/accounts/{account_id}/reports/conversations/`
    ///
    /// Needs credentials: [`with_user_api_key`](Client::with_user_api_key).
    ///
    /// Sends `type` as `agent`, the one value the spec allows.
    pub fn get_agent_conversation_metrics(
        &self,
        account_id: i64,
    ) -> GetAgentConversationMetricsRequest<'_> {
        Request {
            client: self,
            params: GetAgentConversationMetricsParams {
                account_id,
                user_id: None,
            },
            options: RequestOptions::default(),
            credentials: None,
        }
    }
}

/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    UserApiKey,
    AgentBotApiKey,
}

impl Scheme {
    const ALL: [Scheme; 2] = [Scheme::UserApiKey, Scheme::AgentBotApiKey];

    /// The setter of the scheme's credential, on [`Client`] and [`Credentials`].
    fn setter(self) -> &'static str {
        match self {
            Scheme::UserApiKey => "with_user_api_key",
            Scheme::AgentBotApiKey => "with_agent_bot_api_key",
        }
    }
}

/// A credential for each security scheme of the spec, or none: set on the client
/// ([`Client::with_credentials`]), or for one request instead of the client's
/// ([`Request::credentials`]). `Debug` names the schemes set, never a secret.
#[derive(Clone, Default)]
pub struct Credentials {
    user_api_key: Option<Secret>,
    agent_bot_api_key: Option<Secret>,
}

impl Credentials {
    /// No credential at all.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the credential of the `userApiKey` scheme: a key sent as the `api_access_token`
    /// header.
    ///
    /// This token can be obtained by visiting the profile page or via rails console. Provides access to  endpoints based on the user permissions levels. This token can be saved by an external system when user is created via API, to perform activities on behalf of the user.
    pub fn with_user_api_key(mut self, secret: impl Into<String>) -> Self {
        self.user_api_key = Some(Secret::new(secret.into()));
        self
    }

    /// Sets the credential of the `agentBotApiKey` scheme: a key sent as the
    /// `api_access_token` header.
    ///
    /// This token should be provided by system admin or obtained via rails console. This token can be used to build bot integrations and can only access limited apis.
    pub fn with_agent_bot_api_key(mut self, secret: impl Into<String>) -> Self {
        self.agent_bot_api_key = Some(Secret::new(secret.into()));
        self
    }

    /// The scheme's credential; an empty one counts as none.
    fn get(&self, scheme: Scheme) -> Option<&Secret> {
        let secret = match scheme {
            Scheme::UserApiKey => self.user_api_key.as_ref(),
            Scheme::AgentBotApiKey => self.agent_bot_api_key.as_ref(),
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

impl<P> Request<'_, P> {
    /// Adds the credentials (the request's, else the client's) of the first
    /// alternative whose schemes all have one. With none satisfied, nothing is
    /// sent: the error names the setters that would satisfy one, unless the
    /// request allows missing credentials.
    fn authorize(
        &self,
        mut request: reqwest::RequestBuilder,
        alternatives: &[&[Scheme]],
    ) -> Result<reqwest::RequestBuilder> {
        let credentials = self.credentials.as_ref().unwrap_or(&self.client.credentials);
        let chosen = alternatives
            .iter()
            .find(|schemes| schemes.iter().all(|s| credentials.has(*s)));
        let Some(chosen) = chosen else {
            if self.options.allow_missing_credentials {
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
            let Some(secret) = credentials.get(*scheme) else { continue };
            request = match scheme {
                Scheme::UserApiKey => {
                    request
                        .header(
                            "api_access_token",
                            sensitive_header("api_access_token", secret.expose())?,
                        )
                }
                Scheme::AgentBotApiKey => {
                    request
                        .header(
                            "api_access_token",
                            sensitive_header("api_access_token", secret.expose())?,
                        )
                }
            };
        }
        Ok(request)
    }
}

/// The error bodies the spec describes, one variant per type.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant, reason = "one per failed request, never in bulk")]
pub enum ErrorBody {
    BadRequestError(types::BadRequestError),
    Object(serde_json::Map<String, serde_json::Value>),
}

impl ErrorBody {
    /// The server's explanation: the body's message field (`message`, `detail`,
    /// `error_description`, ...), or the body itself when it is text; `None`
    /// when its schema has no such field.
    pub fn message(&self) -> Option<&str> {
        match *self {
            Self::BadRequestError(ref body) => body.description.as_deref(),
            _ => None,
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}` request: see [`Client::get_account_details`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountDetailsRequest<'a> = Request<'a, GetAccountDetailsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountDetailsParams {
    account_id: i64,
}

impl<'a> GetAccountDetailsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AccountShowResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-details"),
                path: "/api/v1/accounts/{account_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!("{}/api/v1/accounts/{}", self.client.base_url, account_id);
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AccountShowResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}` request: see [`Client::update_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAccountRequest<'a> = Request<'a, UpdateAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAccountParams {
    account_id: i64,
    body: UpdateAccountBody,
}

impl<'a> UpdateAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AccountDetail>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-account"),
                path: "/api/v1/accounts/{account_id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!("{}/api/v1/accounts/{}", self.client.base_url, account_id);
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        match body {
            UpdateAccountBody::Json(body) => {
                request = request
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(json_body(body)?);
            }
            UpdateAccountBody::Form(body) => {
                request = request
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(form_body(body)?);
            }
        }
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AccountDetail>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// The body of a [`Client::update_account`] request, sent in the media type of its
/// variant. [`From`] makes the first variant that takes the type.
#[derive(Debug, Clone)]
#[allow(
    clippy::large_enum_variant,
    reason = "made once per request and moved, never stored in bulk"
)]
pub enum UpdateAccountBody {
    /// Sent as `application/json`.
    Json(types::AccountUpdatePayload),
    /// Sent as `application/x-www-form-urlencoded`.
    Form(types::AccountUpdatePayload),
}

impl From<types::AccountUpdatePayload> for UpdateAccountBody {
    fn from(value: types::AccountUpdatePayload) -> Self {
        UpdateAccountBody::Json(value)
    }
}

/// A `GET /api/v1/accounts/{account_id}/audit_logs` request: see
/// [`Client::get_account_audit_logs`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountAuditLogsRequest<'a> = Request<'a, GetAccountAuditLogsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountAuditLogsParams {
    account_id: i64,
    page: Option<i64>,
}

impl<'a> GetAccountAuditLogsRequest<'a> {
    /// Page number for pagination
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `403` and `422`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::GetAccountAuditLogsResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-audit-logs"),
                path: "/api/v1/accounts/{account_id}/audit_logs",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/audit_logs",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::GetAccountAuditLogsResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }

    /// Every item of every page, as a stream: each next page is asked for with `page` one
    /// more than the page before (the first is 1), until there is no next page or a page is
    /// empty.
    pub fn stream(self) -> BoxStream<'a, Result<types::AuditLog>> {
        paginate(self, Self::send, Self::next_page)
    }

    /// A page's items, and the request for the page after it, if any.
    fn next_page(
        request: Self,
        page: ApiResponse<types::GetAccountAuditLogsResponse>,
    ) -> Result<(Vec<types::AuditLog>, Option<Self>)> {
        let items: Vec<types::AuditLog> = page.body.audit_logs.unwrap_or_default();
        let next = if items.is_empty() {
            None
        } else {
            request
                .params
                .page
                .unwrap_or(1)
                .checked_add(1)
                .map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `GET /api/v1/accounts/{account_id}/agent_bots` request: see
/// [`Client::list_all_account_agent_bots`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllAccountAgentBotsRequest<'a> = Request<'a, ListAllAccountAgentBotsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllAccountAgentBotsParams {
    account_id: i64,
}

impl<'a> ListAllAccountAgentBotsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::AgentBot>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-account-agent-bots"),
                path: "/api/v1/accounts/{account_id}/agent_bots",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/agent_bots",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::AgentBot>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/agent_bots` request: see
/// [`Client::create_an_account_agent_bot`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type CreateAnAccountAgentBotRequest<'a> = Request<'a, CreateAnAccountAgentBotParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CreateAnAccountAgentBotParams {
    account_id: i64,
    body: types::AgentBotCreateUpdatePayload,
}

impl<'a> CreateAnAccountAgentBotRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::AgentBot>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("create-an-account-agent-bot"),
                path: "/api/v1/accounts/{account_id}/agent_bots",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/agent_bots",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AgentBot>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/agent_bots/{id}` request: see
/// [`Client::get_details_of_a_single_account_agent_bot`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfASingleAccountAgentBotRequest<'a> = Request<
    'a,
    GetDetailsOfASingleAccountAgentBotParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfASingleAccountAgentBotParams {
    account_id: i64,
    id: i64,
}

impl<'a> GetDetailsOfASingleAccountAgentBotRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::AgentBot>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-a-single-account-agent-bot"),
                path: "/api/v1/accounts/{account_id}/agent_bots/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/agent_bots/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AgentBot>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/agent_bots/{id}` request: see
/// [`Client::delete_an_account_agent_bot`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAnAccountAgentBotRequest<'a> = Request<'a, DeleteAnAccountAgentBotParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAnAccountAgentBotParams {
    account_id: i64,
    id: i64,
}

impl<'a> DeleteAnAccountAgentBotRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-an-account-agent-bot"),
                path: "/api/v1/accounts/{account_id}/agent_bots/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/agent_bots/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/agent_bots/{id}` request: see
/// [`Client::update_an_account_agent_bot`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAnAccountAgentBotRequest<'a> = Request<'a, UpdateAnAccountAgentBotParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAnAccountAgentBotParams {
    account_id: i64,
    id: i64,
    body: types::AgentBotCreateUpdatePayload,
}

impl<'a> UpdateAnAccountAgentBotRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::AgentBot>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-an-account-agent-bot"),
                path: "/api/v1/accounts/{account_id}/agent_bots/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/agent_bots/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AgentBot>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/agents` request: see
/// [`Client::get_account_agents`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountAgentsRequest<'a> = Request<'a, GetAccountAgentsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountAgentsParams {
    account_id: i64,
}

impl<'a> GetAccountAgentsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<Vec<types::Agent>>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-agents"),
                path: "/api/v1/accounts/{account_id}/agents",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/agents",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::Agent>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/agents` request: see
/// [`Client::add_new_agent_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewAgentToAccountRequest<'a> = Request<'a, AddNewAgentToAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewAgentToAccountParams {
    account_id: i64,
    body: types::AgentCreatePayload,
}

impl<'a> AddNewAgentToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Agent>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-agent-to-account"),
                path: "/api/v1/accounts/{account_id}/agents",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/agents",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Agent>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/agents/{id}` request: see
/// [`Client::delete_agent_from_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAgentFromAccountRequest<'a> = Request<'a, DeleteAgentFromAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAgentFromAccountParams {
    account_id: i64,
    id: i64,
}

impl<'a> DeleteAgentFromAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-agent-from-account"),
                path: "/api/v1/accounts/{account_id}/agents/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/agents/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/agents/{id}` request: see
/// [`Client::update_agent_in_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAgentInAccountRequest<'a> = Request<'a, UpdateAgentInAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAgentInAccountParams {
    account_id: i64,
    id: i64,
    body: types::AgentUpdatePayload,
}

impl<'a> UpdateAgentInAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Agent>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-agent-in-account"),
                path: "/api/v1/accounts/{account_id}/agents/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/agents/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Agent>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/canned_responses` request: see
/// [`Client::get_account_canned_response`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountCannedResponseRequest<'a> = Request<
    'a,
    GetAccountCannedResponseParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountCannedResponseParams {
    account_id: i64,
}

impl<'a> GetAccountCannedResponseRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::CannedResponse>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-canned-response"),
                path: "/api/v1/accounts/{account_id}/canned_responses",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/canned_responses",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::CannedResponse>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/canned_responses` request: see
/// [`Client::add_new_canned_response_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewCannedResponseToAccountRequest<'a> = Request<
    'a,
    AddNewCannedResponseToAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewCannedResponseToAccountParams {
    account_id: i64,
    body: types::CannedResponseCreateUpdatePayload,
}

impl<'a> AddNewCannedResponseToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CannedResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-canned-response-to-account"),
                path: "/api/v1/accounts/{account_id}/canned_responses",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/canned_responses",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CannedResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/canned_responses/{id}` request: see
/// [`Client::delete_canned_response_from_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteCannedResponseFromAccountRequest<'a> = Request<
    'a,
    DeleteCannedResponseFromAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteCannedResponseFromAccountParams {
    account_id: i64,
    id: i64,
}

impl<'a> DeleteCannedResponseFromAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-canned-response-from-account"),
                path: "/api/v1/accounts/{account_id}/canned_responses/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/canned_responses/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/canned_responses/{id}` request: see
/// [`Client::update_canned_response_in_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateCannedResponseInAccountRequest<'a> = Request<
    'a,
    UpdateCannedResponseInAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateCannedResponseInAccountParams {
    account_id: i64,
    id: i64,
    body: types::CannedResponseCreateUpdatePayload,
}

impl<'a> UpdateCannedResponseInAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CannedResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-canned-response-in-account"),
                path: "/api/v1/accounts/{account_id}/canned_responses/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/canned_responses/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CannedResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/custom_attribute_definitions` request: see
/// [`Client::get_account_custom_attribute`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountCustomAttributeRequest<'a> = Request<
    'a,
    GetAccountCustomAttributeParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountCustomAttributeParams {
    account_id: i64,
    attribute_model: types::GetAccountCustomAttributeAttributeModel,
}

impl<'a> GetAccountCustomAttributeRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::CustomAttribute>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-custom-attribute"),
                path: "/api/v1/accounts/{account_id}/custom_attribute_definitions",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_attribute_definitions",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "attribute_model",
            &self.params.attribute_model,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::CustomAttribute>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/custom_attribute_definitions` request: see
/// [`Client::add_new_custom_attribute_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewCustomAttributeToAccountRequest<'a> = Request<
    'a,
    AddNewCustomAttributeToAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewCustomAttributeToAccountParams {
    account_id: i64,
    body: types::CustomAttributeCreateUpdatePayload,
}

impl<'a> AddNewCustomAttributeToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CustomAttribute>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-custom-attribute-to-account"),
                path: "/api/v1/accounts/{account_id}/custom_attribute_definitions",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_attribute_definitions",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CustomAttribute>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}` request: see
/// [`Client::get_details_of_a_single_custom_attribute`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfASingleCustomAttributeRequest<'a> = Request<
    'a,
    GetDetailsOfASingleCustomAttributeParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfASingleCustomAttributeParams {
    account_id: i64,
    id: i64,
}

impl<'a> GetDetailsOfASingleCustomAttributeRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CustomAttribute>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-a-single-custom-attribute"),
                path: "/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_attribute_definitions/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CustomAttribute>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}` request:
/// see [`Client::delete_custom_attribute_from_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteCustomAttributeFromAccountRequest<'a> = Request<
    'a,
    DeleteCustomAttributeFromAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteCustomAttributeFromAccountParams {
    account_id: i64,
    id: i64,
}

impl<'a> DeleteCustomAttributeFromAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-custom-attribute-from-account"),
                path: "/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_attribute_definitions/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}` request:
/// see [`Client::update_custom_attribute_in_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateCustomAttributeInAccountRequest<'a> = Request<
    'a,
    UpdateCustomAttributeInAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateCustomAttributeInAccountParams {
    account_id: i64,
    id: i64,
    body: types::CustomAttributeCreateUpdatePayload,
}

impl<'a> UpdateCustomAttributeInAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CustomAttribute>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-custom-attribute-in-account"),
                path: "/api/v1/accounts/{account_id}/custom_attribute_definitions/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_attribute_definitions/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CustomAttribute>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/contacts` request: see
/// [`Client::contact_list`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactListRequest<'a> = Request<'a, ContactListParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactListParams {
    account_id: i64,
    sort: Option<types::ContactListSort>,
    page: Option<i64>,
}

impl<'a> ContactListRequest<'a> {
    /// The attribute by which list should be sorted
    pub fn sort(mut self, value: types::ContactListSort) -> Self {
        self.params.sort = Some(value);
        self
    }

    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `400` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactsListResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactList"),
                path: "/api/v1/accounts/{account_id}/contacts",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "sort",
            &self.params.sort,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactsListResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            400 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }

    /// Every item of every page, as a stream: each next page is asked for with `page` one
    /// more than the page before (the first is 1), until there is no next page or a page is
    /// empty.
    pub fn stream(self) -> BoxStream<'a, Result<types::ContactListItem>> {
        paginate(self, Self::send, Self::next_page)
    }

    /// A page's items, and the request for the page after it, if any.
    fn next_page(
        request: Self,
        page: ApiResponse<types::ContactsListResponse>,
    ) -> Result<(Vec<types::ContactListItem>, Option<Self>)> {
        let items: Vec<types::ContactListItem> = page.body.payload.unwrap_or_default();
        let next = if items.is_empty() {
            None
        } else {
            request
                .params
                .page
                .unwrap_or(1)
                .checked_add(1)
                .map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `POST /api/v1/accounts/{account_id}/contacts` request: see
/// [`Client::contact_create`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactCreateRequest<'a> = Request<'a, ContactCreateParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactCreateParams {
    account_id: i64,
    body: types::ContactCreatePayload,
}

impl<'a> ContactCreateRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `400` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ExtendedContact>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactCreate"),
                path: "/api/v1/accounts/{account_id}/contacts",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ExtendedContact>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            400 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/contacts/{id}` request: see
/// [`Client::contact_details`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactDetailsRequest<'a> = Request<'a, ContactDetailsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactDetailsParams {
    account_id: i64,
    id: f64,
}

impl<'a> ContactDetailsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactShowResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactDetails"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactShowResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PUT /api/v1/accounts/{account_id}/contacts/{id}` request: see
/// [`Client::contact_update`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactUpdateRequest<'a> = Request<'a, ContactUpdateParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactUpdateParams {
    account_id: i64,
    id: f64,
    body: types::ContactUpdatePayload,
}

impl<'a> ContactUpdateRequest<'a> {
    /// Sends the request and reads the whole response: `204` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactBase>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactUpdate"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PUT, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactBase>> {
        match status.as_u16() {
            204 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/contacts/{id}` request: see
/// [`Client::contact_delete`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactDeleteRequest<'a> = Request<'a, ContactDeleteParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactDeleteParams {
    account_id: i64,
    id: f64,
}

impl<'a> ContactDeleteRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactDelete"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/contacts/{id}/conversations` request: see
/// [`Client::contact_conversations`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactConversationsRequest<'a> = Request<'a, ContactConversationsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactConversationsParams {
    account_id: i64,
    id: f64,
}

impl<'a> ContactConversationsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactConversationsResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactConversations"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}/conversations",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}/conversations",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactConversationsResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/contacts/{id}/labels` request: see
/// [`Client::list_all_labels_of_a_contact`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllLabelsOfAContactRequest<'a> = Request<'a, ListAllLabelsOfAContactParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllLabelsOfAContactParams {
    account_id: i64,
    id: f64,
}

impl<'a> ListAllLabelsOfAContactRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactLabels>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-labels-of-a-contact"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}/labels",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}/labels",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactLabels>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/contacts/{id}/labels` request: see
/// [`Client::contact_add_labels`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactAddLabelsRequest<'a> = Request<'a, ContactAddLabelsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactAddLabelsParams {
    account_id: i64,
    id: f64,
    body: types::ContactAddLabelsBody,
}

impl<'a> ContactAddLabelsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactLabels>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contact-add-labels"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}/labels",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}/labels",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactLabels>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/contacts/search` request: see
/// [`Client::contact_search`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactSearchRequest<'a> = Request<'a, ContactSearchParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactSearchParams {
    account_id: i64,
    q: Option<String>,
    sort: Option<types::ContactSearchSort>,
    page: Option<i64>,
}

impl<'a> ContactSearchRequest<'a> {
    /// Search using contact `name`, `identifier`, `email` or `phone number`
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.params.q = Some(value.into());
        self
    }

    /// The attribute by which list should be sorted
    pub fn sort(mut self, value: types::ContactSearchSort) -> Self {
        self.params.sort = Some(value);
        self
    }

    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactsListResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactSearch"),
                path: "/api/v1/accounts/{account_id}/contacts/search",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/search",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(&mut query, "q", &self.params.q, Style::Form { explode: true })?;
        query_pairs(
            &mut query,
            "sort",
            &self.params.sort,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactsListResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }

    /// Every item of every page, as a stream: each next page is asked for with `page` one
    /// more than the page before (the first is 1), until there is no next page or a page is
    /// empty.
    pub fn stream(self) -> BoxStream<'a, Result<types::ContactListItem>> {
        paginate(self, Self::send, Self::next_page)
    }

    /// A page's items, and the request for the page after it, if any.
    fn next_page(
        request: Self,
        page: ApiResponse<types::ContactsListResponse>,
    ) -> Result<(Vec<types::ContactListItem>, Option<Self>)> {
        let items: Vec<types::ContactListItem> = page.body.payload.unwrap_or_default();
        let next = if items.is_empty() {
            None
        } else {
            request
                .params
                .page
                .unwrap_or(1)
                .checked_add(1)
                .map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `POST /api/v1/accounts/{account_id}/contacts/filter` request: see
/// [`Client::contact_filter`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactFilterRequest<'a> = Request<'a, ContactFilterParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactFilterParams {
    account_id: i64,
    page: Option<f64>,
    body: types::ContactFilterBody,
}

impl<'a> ContactFilterRequest<'a> {
    /// Sets `page`.
    pub fn page(mut self, value: f64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `400` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactsListResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactFilter"),
                path: "/api/v1/accounts/{account_id}/contacts/filter",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/filter",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactsListResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            400 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes` request: see
/// [`Client::contact_inbox_creation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactInboxCreationRequest<'a> = Request<'a, ContactInboxCreationParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactInboxCreationParams {
    account_id: i64,
    id: f64,
    body: types::ContactInboxCreationBody,
}

impl<'a> ContactInboxCreationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `422`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactInboxes>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactInboxCreation"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}/contact_inboxes",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}/contact_inboxes",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactInboxes>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes` request: see
/// [`Client::contactable_inboxes_get`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ContactableInboxesGetRequest<'a> = Request<'a, ContactableInboxesGetParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ContactableInboxesGetParams {
    account_id: i64,
    id: f64,
}

impl<'a> ContactableInboxesGetRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `422`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ContactableInboxesResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("contactableInboxesGet"),
                path: "/api/v1/accounts/{account_id}/contacts/{id}/contactable_inboxes",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/contacts/{}/contactable_inboxes",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ContactableInboxesResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/automation_rules` request: see
/// [`Client::get_account_automation_rule`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountAutomationRuleRequest<'a> = Request<
    'a,
    GetAccountAutomationRuleParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountAutomationRuleParams {
    account_id: i64,
    page: Option<i64>,
}

impl<'a> GetAccountAutomationRuleRequest<'a> {
    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AutomationRule>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-automation-rule"),
                path: "/api/v1/accounts/{account_id}/automation_rules",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/automation_rules",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AutomationRule>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/automation_rules` request: see
/// [`Client::add_new_automation_rule_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewAutomationRuleToAccountRequest<'a> = Request<
    'a,
    AddNewAutomationRuleToAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewAutomationRuleToAccountParams {
    account_id: i64,
    body: types::AutomationRuleCreateUpdatePayload,
}

impl<'a> AddNewAutomationRuleToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AutomationRule>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-automation-rule-to-account"),
                path: "/api/v1/accounts/{account_id}/automation_rules",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/automation_rules",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AutomationRule>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/automation_rules/{id}` request: see
/// [`Client::get_details_of_a_single_automation_rule`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfASingleAutomationRuleRequest<'a> = Request<
    'a,
    GetDetailsOfASingleAutomationRuleParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfASingleAutomationRuleParams {
    account_id: i64,
    id: i64,
}

impl<'a> GetDetailsOfASingleAutomationRuleRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AutomationRule>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-a-single-automation-rule"),
                path: "/api/v1/accounts/{account_id}/automation_rules/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/automation_rules/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AutomationRule>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/automation_rules/{id}` request: see
/// [`Client::delete_automation_rule_from_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAutomationRuleFromAccountRequest<'a> = Request<
    'a,
    DeleteAutomationRuleFromAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAutomationRuleFromAccountParams {
    account_id: i64,
    id: i64,
}

impl<'a> DeleteAutomationRuleFromAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-automation-rule-from-account"),
                path: "/api/v1/accounts/{account_id}/automation_rules/{id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/automation_rules/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/automation_rules/{id}` request: see
/// [`Client::update_automation_rule_in_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAutomationRuleInAccountRequest<'a> = Request<
    'a,
    UpdateAutomationRuleInAccountParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAutomationRuleInAccountParams {
    account_id: i64,
    id: i64,
    body: types::AutomationRuleCreateUpdatePayload,
}

impl<'a> UpdateAutomationRuleInAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AutomationRule>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-automation-rule-in-account"),
                path: "/api/v1/accounts/{account_id}/automation_rules/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/automation_rules/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AutomationRule>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/portals` request: see [`Client::get_portal`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetPortalRequest<'a> = Request<'a, GetPortalParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetPortalParams {
    account_id: i64,
}

impl<'a> GetPortalRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Portal>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-portal"),
                path: "/api/v1/accounts/{account_id}/portals",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/portals",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Portal>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/portals` request: see
/// [`Client::add_new_portal_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewPortalToAccountRequest<'a> = Request<'a, AddNewPortalToAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewPortalToAccountParams {
    account_id: i64,
    body: types::PortalCreateUpdatePayload,
}

impl<'a> AddNewPortalToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Portal>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-portal-to-account"),
                path: "/api/v1/accounts/{account_id}/portals",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/portals",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Portal>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/portals/{id}` request: see
/// [`Client::update_portal_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdatePortalToAccountRequest<'a> = Request<'a, UpdatePortalToAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdatePortalToAccountParams {
    account_id: i64,
    id: String,
    body: types::PortalCreateUpdatePayload,
}

impl<'a> UpdatePortalToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::PortalSingle>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-portal-to-account"),
                path: "/api/v1/accounts/{account_id}/portals/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/portals/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::PortalSingle>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/portals/{id}/categories` request: see
/// [`Client::add_new_category_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewCategoryToAccountRequest<'a> = Request<'a, AddNewCategoryToAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewCategoryToAccountParams {
    account_id: i64,
    id: String,
    body: types::CategoryCreateUpdatePayload,
}

impl<'a> AddNewCategoryToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Category>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-category-to-account"),
                path: "/api/v1/accounts/{account_id}/portals/{id}/categories",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/portals/{}/categories",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Category>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/portals/{id}/articles` request: see
/// [`Client::add_new_article_to_account`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewArticleToAccountRequest<'a> = Request<'a, AddNewArticleToAccountParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewArticleToAccountParams {
    account_id: i64,
    id: String,
    body: types::ArticleCreateUpdatePayload,
}

impl<'a> AddNewArticleToAccountRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Article>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-article-to-account"),
                path: "/api/v1/accounts/{account_id}/portals/{id}/articles",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/portals/{}/articles",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Article>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/conversations/meta` request: see
/// [`Client::conversation_list_meta`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ConversationListMetaRequest<'a> = Request<'a, ConversationListMetaParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ConversationListMetaParams {
    account_id: i64,
    status: Option<types::ConversationListMetaStatus>,
    q: Option<String>,
    inbox_id: Option<i64>,
    team_id: Option<i64>,
    labels: Option<Vec<String>>,
}

impl<'a> ConversationListMetaRequest<'a> {
    /// Filter by conversation status.
    ///
    /// The server's default: `"open"`.
    pub fn status(mut self, value: types::ConversationListMetaStatus) -> Self {
        self.params.status = Some(value);
        self
    }

    /// Filters conversations with messages containing the search term
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.params.q = Some(value.into());
        self
    }

    /// Sets `inbox_id`.
    pub fn inbox_id(mut self, value: i64) -> Self {
        self.params.inbox_id = Some(value);
        self
    }

    /// Sets `team_id`.
    pub fn team_id(mut self, value: i64) -> Self {
        self.params.team_id = Some(value);
        self
    }

    /// Sets `labels`.
    pub fn labels(mut self, value: Vec<String>) -> Self {
        self.params.labels = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `400` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationListMetaResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("conversationListMeta"),
                path: "/api/v1/accounts/{account_id}/conversations/meta",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/meta",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "status",
            &self.params.status,
            Style::Form { explode: true },
        )?;
        query_pairs(&mut query, "q", &self.params.q, Style::Form { explode: true })?;
        query_pairs(
            &mut query,
            "inbox_id",
            &self.params.inbox_id,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "team_id",
            &self.params.team_id,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "labels",
            &self.params.labels,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationListMetaResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            400 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/conversations` request: see
/// [`Client::conversation_list`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ConversationListRequest<'a> = Request<'a, ConversationListParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ConversationListParams {
    account_id: i64,
    assignee_type: Option<types::ConversationListAssigneeType>,
    status: Option<types::ConversationListStatus>,
    q: Option<String>,
    inbox_id: Option<i64>,
    team_id: Option<i64>,
    labels: Option<Vec<String>>,
    page: Option<i64>,
}

impl<'a> ConversationListRequest<'a> {
    /// Filter conversations by assignee type.
    ///
    /// The server's default: `"all"`.
    pub fn assignee_type(mut self, value: types::ConversationListAssigneeType) -> Self {
        self.params.assignee_type = Some(value);
        self
    }

    /// Filter by conversation status.
    ///
    /// The server's default: `"open"`.
    pub fn status(mut self, value: types::ConversationListStatus) -> Self {
        self.params.status = Some(value);
        self
    }

    /// Filters conversations with messages containing the search term
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.params.q = Some(value.into());
        self
    }

    /// Sets `inbox_id`.
    pub fn inbox_id(mut self, value: i64) -> Self {
        self.params.inbox_id = Some(value);
        self
    }

    /// Sets `team_id`.
    pub fn team_id(mut self, value: i64) -> Self {
        self.params.team_id = Some(value);
        self
    }

    /// Sets `labels`.
    pub fn labels(mut self, value: Vec<String>) -> Self {
        self.params.labels = Some(value);
        self
    }

    /// paginate through conversations
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `400` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationList>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("conversationList"),
                path: "/api/v1/accounts/{account_id}/conversations",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "assignee_type",
            &self.params.assignee_type,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "status",
            &self.params.status,
            Style::Form { explode: true },
        )?;
        query_pairs(&mut query, "q", &self.params.q, Style::Form { explode: true })?;
        query_pairs(
            &mut query,
            "inbox_id",
            &self.params.inbox_id,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "team_id",
            &self.params.team_id,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "labels",
            &self.params.labels,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationList>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            400 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }

    /// Every item of every page, as a stream: each next page is asked for with `page` one
    /// more than the page before (the first is 1), until there is no next page or a page is
    /// empty.
    pub fn stream(
        self,
    ) -> BoxStream<'a, Result<types::ConversationListDataPayloadItem>> {
        paginate(self, Self::send, Self::next_page)
    }

    /// A page's items, and the request for the page after it, if any.
    fn next_page(
        request: Self,
        page: ApiResponse<types::ConversationList>,
    ) -> Result<(Vec<types::ConversationListDataPayloadItem>, Option<Self>)> {
        let items: Vec<types::ConversationListDataPayloadItem> = page
            .body
            .data
            .and_then(|value| value.payload)
            .unwrap_or_default();
        let next = if items.is_empty() {
            None
        } else {
            request
                .params
                .page
                .unwrap_or(1)
                .checked_add(1)
                .map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations` request: see
/// [`Client::new_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type NewConversationRequest<'a> = Request<'a, NewConversationParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct NewConversationParams {
    account_id: i64,
    body: types::ConversationCreatePayload,
}

impl<'a> NewConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::NewConversationResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("newConversation"),
                path: "/api/v1/accounts/{account_id}/conversations",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self
            .authorize(request, &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::NewConversationResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations/filter` request: see
/// [`Client::conversation_filter`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ConversationFilterRequest<'a> = Request<'a, ConversationFilterParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ConversationFilterParams {
    account_id: i64,
    page: Option<f64>,
    body: types::ConversationFilterBody,
}

impl<'a> ConversationFilterRequest<'a> {
    /// Sets `page`.
    pub fn page(mut self, value: f64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `400` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationList>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("conversationFilter"),
                path: "/api/v1/accounts/{account_id}/conversations/filter",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/filter",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationList>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            400 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}` request: see
/// [`Client::get_details_of_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfAConversationRequest<'a> = Request<
    'a,
    GetDetailsOfAConversationParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfAConversationParams {
    account_id: i64,
    conversation_id: i64,
}

impl<'a> GetDetailsOfAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationShow>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationShow>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/conversations/{conversation_id}` request: see
/// [`Client::update_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateConversationRequest<'a> = Request<'a, UpdateConversationParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateConversationParams {
    account_id: i64,
    conversation_id: i64,
    body: types::UpdateConversationBody,
}

impl<'a> UpdateConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self
            .authorize(request, &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status`
/// request: see [`Client::toggle_status_of_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ToggleStatusOfAConversationRequest<'a> = Request<
    'a,
    ToggleStatusOfAConversationParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ToggleStatusOfAConversationParams {
    account_id: i64,
    conversation_id: i64,
    body: types::ToggleStatusOfAConversationBody,
}

impl<'a> ToggleStatusOfAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ToggleStatusOfAConversationResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("toggle-status-of-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/toggle_status",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self
            .authorize(request, &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ToggleStatusOfAConversationResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST
/// /api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority`
/// request: see [`Client::toggle_priority_of_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type TogglePriorityOfAConversationRequest<'a> = Request<
    'a,
    TogglePriorityOfAConversationParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct TogglePriorityOfAConversationParams {
    account_id: i64,
    conversation_id: i64,
    body: types::TogglePriorityOfAConversationBody,
}

impl<'a> TogglePriorityOfAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("toggle-priority-of-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_priority",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/toggle_priority",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self
            .authorize(request, &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST
/// /api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes`
/// request: see [`Client::update_custom_attributes_of_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateCustomAttributesOfAConversationRequest<'a> = Request<
    'a,
    UpdateCustomAttributesOfAConversationParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateCustomAttributesOfAConversationParams {
    account_id: i64,
    conversation_id: i64,
    body: types::UpdateCustomAttributesOfAConversationBody,
}

impl<'a> UpdateCustomAttributesOfAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<
            ApiResponse<types::UpdateCustomAttributesOfAConversationResponse>,
        >,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-custom-attributes-of-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/custom_attributes",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/custom_attributes",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::UpdateCustomAttributesOfAConversationResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments`
/// request: see [`Client::assign_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AssignAConversationRequest<'a> = Request<'a, AssignAConversationParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AssignAConversationParams {
    account_id: i64,
    conversation_id: i64,
    body: types::AssignAConversationBody,
}

impl<'a> AssignAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::User>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("assign-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/assignments",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self
            .authorize(request, &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::User>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels`
/// request: see [`Client::list_all_labels_of_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllLabelsOfAConversationRequest<'a> = Request<
    'a,
    ListAllLabelsOfAConversationParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllLabelsOfAConversationParams {
    account_id: i64,
    conversation_id: i64,
}

impl<'a> ListAllLabelsOfAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationLabels>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-labels-of-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/labels",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationLabels>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/labels`
/// request: see [`Client::conversation_add_labels`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ConversationAddLabelsRequest<'a> = Request<'a, ConversationAddLabelsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ConversationAddLabelsParams {
    account_id: i64,
    conversation_id: i64,
    body: types::ConversationAddLabelsBody,
}

impl<'a> ConversationAddLabelsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ConversationLabels>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("conversation-add-labels"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/labels",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ConversationLabels>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET
/// /api/v1/accounts/{account_id}/conversations/{conversation_id}/reporting_events`
/// request: see [`Client::get_conversation_reporting_events`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetConversationReportingEventsRequest<'a> = Request<
    'a,
    GetConversationReportingEventsParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetConversationReportingEventsParams {
    account_id: i64,
    conversation_id: i64,
}

impl<'a> GetConversationReportingEventsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::ReportingEvent>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-conversation-reporting-events"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/reporting_events",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/reporting_events",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::ReportingEvent>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/inboxes` request: see
/// [`Client::list_all_inboxes`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllInboxesRequest<'a> = Request<'a, ListAllInboxesParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllInboxesParams {
    account_id: i64,
}

impl<'a> ListAllInboxesRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ListAllInboxesResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("listAllInboxes"),
                path: "/api/v1/accounts/{account_id}/inboxes",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/inboxes",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ListAllInboxesResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/inboxes/{id}/` request: see
/// [`Client::get_inbox`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetInboxRequest<'a> = Request<'a, GetInboxParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetInboxParams {
    account_id: i64,
    id: f64,
}

impl<'a> GetInboxRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Inbox>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("GetInbox"),
                path: "/api/v1/accounts/{account_id}/inboxes/{id}/",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/inboxes/{}/",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Inbox>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/inboxes/` request: see
/// [`Client::inbox_creation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type InboxCreationRequest<'a> = Request<'a, InboxCreationParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct InboxCreationParams {
    account_id: i64,
    body: types::InboxCreatePayload,
}

impl<'a> InboxCreationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Inbox>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("inboxCreation"),
                path: "/api/v1/accounts/{account_id}/inboxes/",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/inboxes/",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Inbox>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/inboxes/{id}` request: see
/// [`Client::update_inbox`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateInboxRequest<'a> = Request<'a, UpdateInboxParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateInboxParams {
    account_id: i64,
    id: f64,
    body: types::InboxUpdatePayload,
}

impl<'a> UpdateInboxRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Inbox>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("updateInbox"),
                path: "/api/v1/accounts/{account_id}/inboxes/{id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/inboxes/{}",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Inbox>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/inboxes/{id}/agent_bot` request: see
/// [`Client::get_inbox_agent_bot`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetInboxAgentBotRequest<'a> = Request<'a, GetInboxAgentBotParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetInboxAgentBotParams {
    account_id: i64,
    id: f64,
}

impl<'a> GetInboxAgentBotRequest<'a> {
    /// Sends the request and reads the whole response: `204` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::AgentBot>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("getInboxAgentBot"),
                path: "/api/v1/accounts/{account_id}/inboxes/{id}/agent_bot",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/inboxes/{}/agent_bot",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AgentBot>> {
        match status.as_u16() {
            204 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot` request: see
/// [`Client::update_agent_bot`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAgentBotRequest<'a> = Request<'a, UpdateAgentBotParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAgentBotParams {
    account_id: i64,
    id: f64,
    body: types::UpdateAgentBotBody,
}

impl<'a> UpdateAgentBotRequest<'a> {
    /// Sends the request and reads the whole response: `204` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("updateAgentBot"),
                path: "/api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.params.id, Style::Simple { explode: false })?;
        let url = format!(
            "{}/api/v1/accounts/{}/inboxes/{}/set_agent_bot",
            self.client.base_url,
            account_id,
            id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            204 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/inbox_members/{inbox_id}` request: see
/// [`Client::get_inbox_members`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetInboxMembersRequest<'a> = Request<'a, GetInboxMembersParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetInboxMembersParams {
    account_id: i64,
    inbox_id: i64,
}

impl<'a> GetInboxMembersRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::GetInboxMembersResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-inbox-members"),
                path: "/api/v1/accounts/{account_id}/inbox_members/{inbox_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let inbox_id = path_segment(
            "inbox_id",
            &self.params.inbox_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/inbox_members/{}",
            self.client.base_url,
            account_id,
            inbox_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::GetInboxMembersResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/inbox_members` request: see
/// [`Client::add_new_agent_to_inbox`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewAgentToInboxRequest<'a> = Request<'a, AddNewAgentToInboxParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewAgentToInboxParams {
    account_id: i64,
    body: types::AddNewAgentToInboxBody,
}

impl<'a> AddNewAgentToInboxRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AddNewAgentToInboxResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-agent-to-inbox"),
                path: "/api/v1/accounts/{account_id}/inbox_members",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/inbox_members",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AddNewAgentToInboxResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/inbox_members` request: see
/// [`Client::delete_agent_in_inbox`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAgentInInboxRequest<'a> = Request<'a, DeleteAgentInInboxParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAgentInInboxParams {
    account_id: i64,
    body: types::DeleteAgentInInboxBody,
}

impl<'a> DeleteAgentInInboxRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-agent-in-inbox"),
                path: "/api/v1/accounts/{account_id}/inbox_members",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/inbox_members",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/inbox_members` request: see
/// [`Client::update_agents_in_inbox`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAgentsInInboxRequest<'a> = Request<'a, UpdateAgentsInInboxParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAgentsInInboxParams {
    account_id: i64,
    body: types::UpdateAgentsInInboxBody,
}

impl<'a> UpdateAgentsInInboxRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::UpdateAgentsInInboxResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-agents-in-inbox"),
                path: "/api/v1/accounts/{account_id}/inbox_members",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/inbox_members",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::UpdateAgentsInInboxResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`
/// request: see [`Client::list_all_messages`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllMessagesRequest<'a> = Request<'a, ListAllMessagesParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllMessagesParams {
    account_id: i64,
    conversation_id: i64,
}

impl<'a> ListAllMessagesRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ListAllMessagesResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-messages"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/messages",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ListAllMessagesResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`
/// request: see [`Client::create_a_new_message_in_a_conversation`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type CreateANewMessageInAConversationRequest<'a> = Request<
    'a,
    CreateANewMessageInAConversationParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CreateANewMessageInAConversationParams {
    account_id: i64,
    conversation_id: i64,
    body: types::ConversationMessageCreatePayload,
}

impl<'a> CreateANewMessageInAConversationRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CreateANewMessageInAConversationResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("create-a-new-message-in-a-conversation"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/messages",
            self.client.base_url,
            account_id,
            conversation_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self
            .authorize(request, &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CreateANewMessageInAConversationResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE
/// /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}`
/// request: see [`Client::delete_a_message`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAMessageRequest<'a> = Request<'a, DeleteAMessageParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAMessageParams {
    account_id: i64,
    conversation_id: i64,
    message_id: i64,
}

impl<'a> DeleteAMessageRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-a-message"),
                path: "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages/{message_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.params.conversation_id,
            Style::Simple { explode: false },
        )?;
        let message_id = path_segment(
            "message_id",
            &self.params.message_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/conversations/{}/messages/{}",
            self.client.base_url,
            account_id,
            conversation_id,
            message_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/integrations/apps` request: see
/// [`Client::get_details_of_all_integrations`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfAllIntegrationsRequest<'a> = Request<
    'a,
    GetDetailsOfAllIntegrationsParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfAllIntegrationsParams {
    account_id: i64,
}

impl<'a> GetDetailsOfAllIntegrationsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::GetDetailsOfAllIntegrationsResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-all-integrations"),
                path: "/api/v1/accounts/{account_id}/integrations/apps",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/integrations/apps",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::GetDetailsOfAllIntegrationsResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/integrations/hooks` request: see
/// [`Client::create_an_integration_hook`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type CreateAnIntegrationHookRequest<'a> = Request<'a, CreateAnIntegrationHookParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CreateAnIntegrationHookParams {
    account_id: i64,
    body: types::IntegrationsHookCreatePayload,
}

impl<'a> CreateAnIntegrationHookRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::IntegrationsHook>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("create-an-integration-hook"),
                path: "/api/v1/accounts/{account_id}/integrations/hooks",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/integrations/hooks",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::IntegrationsHook>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}` request: see
/// [`Client::delete_an_integration_hook`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAnIntegrationHookRequest<'a> = Request<'a, DeleteAnIntegrationHookParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAnIntegrationHookParams {
    account_id: i64,
    hook_id: i64,
}

impl<'a> DeleteAnIntegrationHookRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-an-integration-hook"),
                path: "/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let hook_id = path_segment(
            "hook_id",
            &self.params.hook_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/integrations/hooks/{}",
            self.client.base_url,
            account_id,
            hook_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}` request: see
/// [`Client::update_an_integrations_hook`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAnIntegrationsHookRequest<'a> = Request<
    'a,
    UpdateAnIntegrationsHookParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAnIntegrationsHookParams {
    account_id: i64,
    hook_id: i64,
    body: types::IntegrationsHookUpdatePayload,
}

impl<'a> UpdateAnIntegrationsHookRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::IntegrationsHook>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-an-integrations-hook"),
                path: "/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let hook_id = path_segment(
            "hook_id",
            &self.params.hook_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/integrations/hooks/{}",
            self.client.base_url,
            account_id,
            hook_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::IntegrationsHook>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/profile` request: see [`Client::fetch_profile`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type FetchProfileRequest<'a> = Request<'a, FetchProfileParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct FetchProfileParams {}

impl<'a> FetchProfileRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::User>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("fetchProfile"),
                path: "/api/v1/profile",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let url = format!("{}/api/v1/profile", self.client.base_url);
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::User>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/teams` request: see [`Client::list_all_teams`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllTeamsRequest<'a> = Request<'a, ListAllTeamsParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllTeamsParams {
    account_id: i64,
}

impl<'a> ListAllTeamsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<Vec<types::Team>>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-teams"),
                path: "/api/v1/accounts/{account_id}/teams",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::Team>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/teams` request: see [`Client::create_a_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type CreateATeamRequest<'a> = Request<'a, CreateATeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CreateATeamParams {
    account_id: i64,
    body: types::TeamCreateUpdatePayload,
}

impl<'a> CreateATeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Team>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("create-a-team"),
                path: "/api/v1/accounts/{account_id}/teams",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Team>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/teams/{team_id}` request: see
/// [`Client::get_details_of_a_single_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfASingleTeamRequest<'a> = Request<'a, GetDetailsOfASingleTeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfASingleTeamParams {
    account_id: i64,
    team_id: i64,
}

impl<'a> GetDetailsOfASingleTeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Team>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-a-single-team"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Team>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/teams/{team_id}` request: see
/// [`Client::delete_a_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteATeamRequest<'a> = Request<'a, DeleteATeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteATeamParams {
    account_id: i64,
    team_id: i64,
}

impl<'a> DeleteATeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-a-team"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/teams/{team_id}` request: see
/// [`Client::update_a_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateATeamRequest<'a> = Request<'a, UpdateATeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateATeamParams {
    account_id: i64,
    team_id: i64,
    body: types::TeamCreateUpdatePayload,
}

impl<'a> UpdateATeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Team>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-a-team"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Team>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/teams/{team_id}/team_members` request: see
/// [`Client::get_team_members`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetTeamMembersRequest<'a> = Request<'a, GetTeamMembersParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetTeamMembersParams {
    account_id: i64,
    team_id: i64,
}

impl<'a> GetTeamMembersRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<Vec<types::Agent>>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-team-members"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}/team_members",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}/team_members",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::Agent>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/teams/{team_id}/team_members` request: see
/// [`Client::add_new_agent_to_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type AddNewAgentToTeamRequest<'a> = Request<'a, AddNewAgentToTeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct AddNewAgentToTeamParams {
    account_id: i64,
    team_id: i64,
    body: types::AddNewAgentToTeamBody,
}

impl<'a> AddNewAgentToTeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<Vec<types::Agent>>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("add-new-agent-to-team"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}/team_members",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}/team_members",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::Agent>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/teams/{team_id}/team_members` request: see
/// [`Client::delete_agent_in_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAgentInTeamRequest<'a> = Request<'a, DeleteAgentInTeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAgentInTeamParams {
    account_id: i64,
    team_id: i64,
    body: types::DeleteAgentInTeamBody,
}

impl<'a> DeleteAgentInTeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-agent-in-team"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}/team_members",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}/team_members",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            403 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/teams/{team_id}/team_members` request: see
/// [`Client::update_agents_in_team`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAgentsInTeamRequest<'a> = Request<'a, UpdateAgentsInTeamParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAgentsInTeamParams {
    account_id: i64,
    team_id: i64,
    body: types::UpdateAgentsInTeamBody,
}

impl<'a> UpdateAgentsInTeamRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403`, `404` and
    /// `422` are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<Vec<types::Agent>>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-agents-in-team"),
                path: "/api/v1/accounts/{account_id}/teams/{team_id}/team_members",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.params.team_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/teams/{}/team_members",
            self.client.base_url,
            account_id,
            team_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::Agent>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 | 422 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/custom_filters` request: see
/// [`Client::list_all_filters`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllFiltersRequest<'a> = Request<'a, ListAllFiltersParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllFiltersParams {
    account_id: i64,
    filter_type: Option<types::ListAllFiltersFilterType>,
}

impl<'a> ListAllFiltersRequest<'a> {
    /// The type of custom filter
    pub fn filter_type(mut self, value: types::ListAllFiltersFilterType) -> Self {
        self.params.filter_type = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::CustomFilter>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-filters"),
                path: "/api/v1/accounts/{account_id}/custom_filters",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_filters",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "filter_type",
            &self.params.filter_type,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::CustomFilter>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/custom_filters` request: see
/// [`Client::create_a_custom_filter`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type CreateACustomFilterRequest<'a> = Request<'a, CreateACustomFilterParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CreateACustomFilterParams {
    filter_type: Option<types::CreateACustomFilterFilterType>,
    account_id: i64,
    body: types::CustomFilterCreateUpdatePayload,
}

impl<'a> CreateACustomFilterRequest<'a> {
    /// The type of custom filter
    pub fn filter_type(mut self, value: types::CreateACustomFilterFilterType) -> Self {
        self.params.filter_type = Some(value);
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CustomFilter>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("create-a-custom-filter"),
                path: "/api/v1/accounts/{account_id}/custom_filters",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_filters",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "filter_type",
            &self.params.filter_type,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CustomFilter>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}` request: see
/// [`Client::get_details_of_a_single_custom_filter`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetDetailsOfASingleCustomFilterRequest<'a> = Request<
    'a,
    GetDetailsOfASingleCustomFilterParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetDetailsOfASingleCustomFilterParams {
    account_id: i64,
    custom_filter_id: i64,
}

impl<'a> GetDetailsOfASingleCustomFilterRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CustomFilter>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-details-of-a-single-custom-filter"),
                path: "/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let custom_filter_id = path_segment(
            "custom_filter_id",
            &self.params.custom_filter_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_filters/{}",
            self.client.base_url,
            account_id,
            custom_filter_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CustomFilter>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}` request:
/// see [`Client::delete_a_custom_filter`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteACustomFilterRequest<'a> = Request<'a, DeleteACustomFilterParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteACustomFilterParams {
    account_id: i64,
    custom_filter_id: i64,
}

impl<'a> DeleteACustomFilterRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-a-custom-filter"),
                path: "/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let custom_filter_id = path_segment(
            "custom_filter_id",
            &self.params.custom_filter_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_filters/{}",
            self.client.base_url,
            account_id,
            custom_filter_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            401 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}` request:
/// see [`Client::update_a_custom_filter`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateACustomFilterRequest<'a> = Request<'a, UpdateACustomFilterParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateACustomFilterParams {
    account_id: i64,
    custom_filter_id: i64,
    body: types::CustomFilterCreateUpdatePayload,
}

impl<'a> UpdateACustomFilterRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::CustomFilter>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-a-custom-filter"),
                path: "/api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let custom_filter_id = path_segment(
            "custom_filter_id",
            &self.params.custom_filter_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/custom_filters/{}",
            self.client.base_url,
            account_id,
            custom_filter_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::CustomFilter>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/webhooks` request: see
/// [`Client::list_all_webhooks`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllWebhooksRequest<'a> = Request<'a, ListAllWebhooksParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllWebhooksParams {
    account_id: i64,
}

impl<'a> ListAllWebhooksRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::Webhook>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-webhooks"),
                path: "/api/v1/accounts/{account_id}/webhooks",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/webhooks",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::Webhook>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `POST /api/v1/accounts/{account_id}/webhooks` request: see
/// [`Client::create_a_webhook`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type CreateAWebhookRequest<'a> = Request<'a, CreateAWebhookParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct CreateAWebhookParams {
    account_id: i64,
    body: types::WebhookCreateUpdatePayload,
}

impl<'a> CreateAWebhookRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Webhook>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("create-a-webhook"),
                path: "/api/v1/accounts/{account_id}/webhooks",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/webhooks",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::POST, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Webhook>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `DELETE /api/v1/accounts/{account_id}/webhooks/{webhook_id}` request: see
/// [`Client::delete_a_webhook`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type DeleteAWebhookRequest<'a> = Request<'a, DeleteAWebhookParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct DeleteAWebhookParams {
    account_id: i64,
    webhook_id: i64,
}

impl<'a> DeleteAWebhookRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<()>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("delete-a-webhook"),
                path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let webhook_id = path_segment(
            "webhook_id",
            &self.params.webhook_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/webhooks/{}",
            self.client.base_url,
            account_id,
            webhook_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::DELETE, url)
            .header(reqwest::header::ACCEPT, "application/json");
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<()>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: (),
                })
            }
            404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::Object(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `PATCH /api/v1/accounts/{account_id}/webhooks/{webhook_id}` request: see
/// [`Client::update_a_webhook`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type UpdateAWebhookRequest<'a> = Request<'a, UpdateAWebhookParams>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct UpdateAWebhookParams {
    webhook_id: i64,
    account_id: i64,
    body: types::WebhookCreateUpdatePayload,
}

impl<'a> UpdateAWebhookRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `401` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<Output = Result<ApiResponse<types::Webhook>>> + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("update-a-webhook"),
                path: "/api/v1/accounts/{account_id}/webhooks/{webhook_id}",
                idempotent: Idempotent::No,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let webhook_id = path_segment(
            "webhook_id",
            &self.params.webhook_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/webhooks/{}",
            self.client.base_url,
            account_id,
            webhook_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::PATCH, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let body = &self.params.body;
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json_body(body)?);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::Webhook>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            401 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v1/accounts/{account_id}/reporting_events` request: see
/// [`Client::get_account_reporting_events`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountReportingEventsRequest<'a> = Request<
    'a,
    GetAccountReportingEventsParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountReportingEventsParams {
    account_id: i64,
    page: Option<i64>,
    since: Option<String>,
    until: Option<String>,
    inbox_id: Option<f64>,
    user_id: Option<f64>,
    name: Option<String>,
}

impl<'a> GetAccountReportingEventsRequest<'a> {
    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.params.page = Some(value);
        self
    }

    /// The timestamp from where events should start (Unix timestamp in seconds)
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.params.since = Some(value.into());
        self
    }

    /// The timestamp from where events should stop (Unix timestamp in seconds)
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.params.until = Some(value.into());
        self
    }

    /// Filter events by inbox ID
    pub fn inbox_id(mut self, value: f64) -> Self {
        self.params.inbox_id = Some(value);
        self
    }

    /// Filter events by user/agent ID
    pub fn user_id(mut self, value: f64) -> Self {
        self.params.user_id = Some(value);
        self
    }

    /// Filter events by event name (e.g., first_response, resolution, reply_time)
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.params.name = Some(value.into());
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `403` is
    /// [`Error::Api`], with the body the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::ReportingEventsListResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-reporting-events"),
                path: "/api/v1/accounts/{account_id}/reporting_events",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v1/accounts/{}/reporting_events",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "page",
            &self.params.page,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "since",
            &self.params.since,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "until",
            &self.params.until,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "inbox_id",
            &self.params.inbox_id,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "user_id",
            &self.params.user_id,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "name",
            &self.params.name,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::ReportingEventsListResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }

    /// Every item of every page, as a stream: each next page is asked for with `page` one
    /// more than the page before (the first is 1), until there is no next page or a page is
    /// empty.
    pub fn stream(self) -> BoxStream<'a, Result<types::ReportingEvent>> {
        paginate(self, Self::send, Self::next_page)
    }

    /// A page's items, and the request for the page after it, if any.
    fn next_page(
        request: Self,
        page: ApiResponse<types::ReportingEventsListResponse>,
    ) -> Result<(Vec<types::ReportingEvent>, Option<Self>)> {
        let items: Vec<types::ReportingEvent> = page.body.payload.unwrap_or_default();
        let next = if items.is_empty() {
            None
        } else {
            request
                .params
                .page
                .unwrap_or(1)
                .checked_add(1)
                .map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `GET /api/v2/accounts/{account_id}/reports` request: see
/// [`Client::list_all_conversation_statistics`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllConversationStatisticsRequest<'a> = Request<
    'a,
    ListAllConversationStatisticsParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllConversationStatisticsParams {
    account_id: i64,
    metric: types::ListAllConversationStatisticsMetric,
    r#type: types::ListAllConversationStatisticsType,
    id: Option<String>,
    since: Option<String>,
    until: Option<String>,
}

impl<'a> ListAllConversationStatisticsRequest<'a> {
    /// The Id of specific object in case of agent/inbox/label
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.params.id = Some(value.into());
        self
    }

    /// The timestamp from where report should start.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.params.since = Some(value.into());
        self
    }

    /// The timestamp from where report should stop.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.params.until = Some(value.into());
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<
            ApiResponse<Vec<types::ListAllConversationStatisticsResponseItem>>,
        >,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-conversation-statistics"),
                path: "/api/v2/accounts/{account_id}/reports",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v2/accounts/{}/reports",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "metric",
            &self.params.metric,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "type",
            &self.params.r#type,
            Style::Form { explode: true },
        )?;
        query_pairs(&mut query, "id", &self.params.id, Style::Form { explode: true })?;
        query_pairs(
            &mut query,
            "since",
            &self.params.since,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "until",
            &self.params.until,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::ListAllConversationStatisticsResponseItem>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v2/accounts/{account_id}/reports/summary` request: see
/// [`Client::list_all_conversation_statistics_summary`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type ListAllConversationStatisticsSummaryRequest<'a> = Request<
    'a,
    ListAllConversationStatisticsSummaryParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct ListAllConversationStatisticsSummaryParams {
    account_id: i64,
    r#type: types::ListAllConversationStatisticsSummaryType,
    id: Option<String>,
    since: Option<String>,
    until: Option<String>,
}

impl<'a> ListAllConversationStatisticsSummaryRequest<'a> {
    /// The Id of specific object in case of agent/inbox/label
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.params.id = Some(value.into());
        self
    }

    /// The timestamp from where report should start.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.params.since = Some(value.into());
        self
    }

    /// The timestamp from where report should stop.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.params.until = Some(value.into());
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::AccountSummary>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("list-all-conversation-statistics-summary"),
                path: "/api/v2/accounts/{account_id}/reports/summary",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v2/accounts/{}/reports/summary",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(
            &mut query,
            "type",
            &self.params.r#type,
            Style::Form { explode: true },
        )?;
        query_pairs(&mut query, "id", &self.params.id, Style::Form { explode: true })?;
        query_pairs(
            &mut query,
            "since",
            &self.params.since,
            Style::Form { explode: true },
        )?;
        query_pairs(
            &mut query,
            "until",
            &self.params.until,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::AccountSummary>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v2/accounts/{account_id}/reports/conversations` request: see
/// [`Client::get_account_conversation_metrics`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAccountConversationMetricsRequest<'a> = Request<
    'a,
    GetAccountConversationMetricsParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAccountConversationMetricsParams {
    account_id: i64,
}

impl<'a> GetAccountConversationMetricsRequest<'a> {
    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<types::GetAccountConversationMetricsResponse>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-account-conversation-metrics"),
                path: "/api/v2/accounts/{account_id}/reports/conversations",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v2/accounts/{}/reports/conversations",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(&mut query, "type", &"account", Style::Form { explode: true })?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<types::GetAccountConversationMetricsResponse>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}

/// A `GET /api/v2/accounts/{account_id}/reports/conversations/` request: see
/// [`Client::get_agent_conversation_metrics`].
///
/// Every request also takes [`Request::credentials`] and the options of
/// [`RequestOptionsExt`] (a timeout, headers, attempts).
pub type GetAgentConversationMetricsRequest<'a> = Request<
    'a,
    GetAgentConversationMetricsParams,
>;

#[doc(hidden)]
#[derive(Debug, Clone)]
pub struct GetAgentConversationMetricsParams {
    account_id: i64,
    user_id: Option<String>,
}

impl<'a> GetAgentConversationMetricsRequest<'a> {
    /// The numeric ID of the user
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.params.user_id = Some(value.into());
        self
    }

    /// Sends the request and reads the whole response: `200` is a success; `403` and `404`
    /// are [`Error::Api`], with the bodies the spec describes; any other status is
    /// [`Error::UnexpectedStatus`].
    pub fn send(
        self,
    ) -> impl std::future::Future<
        Output = Result<ApiResponse<Vec<types::AgentConversationMetrics>>>,
    > + 'a {
        let request = self.build_request();
        execute(
            &self.client.settings,
            request,
            self.options,
            &Operation {
                id: Some("get-agent-conversation-metrics"),
                path: "/api/v2/accounts/{account_id}/reports/conversations/",
                idempotent: Idempotent::Yes,
            },
            Self::read_response,
        )
    }

    fn build_request(&self) -> Result<reqwest::RequestBuilder> {
        let account_id = path_segment(
            "account_id",
            &self.params.account_id,
            Style::Simple { explode: false },
        )?;
        let url = format!(
            "{}/api/v2/accounts/{}/reports/conversations/",
            self.client.base_url,
            account_id,
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(String, String)> = Vec::new();
        query_pairs(&mut query, "type", &"agent", Style::Form { explode: true })?;
        query_pairs(
            &mut query,
            "user_id",
            &self.params.user_id,
            Style::Form { explode: true },
        )?;
        request = request.query(&query);
        request = self.authorize(request, &[&[Scheme::UserApiKey]])?;
        Ok(request)
    }

    fn read_response(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
    ) -> Result<ApiResponse<Vec<types::AgentConversationMetrics>>> {
        match status.as_u16() {
            200 => {
                Ok(ApiResponse {
                    status,
                    headers: (),
                    raw_headers: headers,
                    body: decode(status, &body)?,
                })
            }
            403 | 404 => {
                api_error(
                    status,
                    headers,
                    &body,
                    ErrorBody::BadRequestError(decode(status, &body)?),
                )
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}
