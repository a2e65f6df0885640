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
/// (for one request: the request's `credentials` setter). A request whose operation
/// requires credentials that are not set fails before it is sent, with
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
        GetAccountDetailsRequest {
            client: self,
            account_id,
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
        UpdateAccountRequest {
            client: self,
            account_id,
            body: body.into(),
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
        GetAccountAuditLogsRequest {
            client: self,
            account_id,
            page: None,
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
        ListAllAccountAgentBotsRequest {
            client: self,
            account_id,
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
        CreateAnAccountAgentBotRequest {
            client: self,
            account_id,
            body,
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
        GetDetailsOfASingleAccountAgentBotRequest {
            client: self,
            account_id,
            id,
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
        DeleteAnAccountAgentBotRequest {
            client: self,
            account_id,
            id,
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
        UpdateAnAccountAgentBotRequest {
            client: self,
            account_id,
            id,
            body,
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
        GetAccountAgentsRequest {
            client: self,
            account_id,
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
        AddNewAgentToAccountRequest {
            client: self,
            account_id,
            body,
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
        DeleteAgentFromAccountRequest {
            client: self,
            account_id,
            id,
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
        UpdateAgentInAccountRequest {
            client: self,
            account_id,
            id,
            body,
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
        GetAccountCannedResponseRequest {
            client: self,
            account_id,
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
        AddNewCannedResponseToAccountRequest {
            client: self,
            account_id,
            body,
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
        DeleteCannedResponseFromAccountRequest {
            client: self,
            account_id,
            id,
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
        UpdateCannedResponseInAccountRequest {
            client: self,
            account_id,
            id,
            body,
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
        GetAccountCustomAttributeRequest {
            client: self,
            account_id,
            attribute_model,
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
        AddNewCustomAttributeToAccountRequest {
            client: self,
            account_id,
            body,
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
        GetDetailsOfASingleCustomAttributeRequest {
            client: self,
            account_id,
            id,
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
        DeleteCustomAttributeFromAccountRequest {
            client: self,
            account_id,
            id,
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
        UpdateCustomAttributeInAccountRequest {
            client: self,
            account_id,
            id,
            body,
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
        ContactListRequest {
            client: self,
            account_id,
            sort: None,
            page: None,
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
        ContactCreateRequest {
            client: self,
            account_id,
            body,
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
        ContactDetailsRequest {
            client: self,
            account_id,
            id,
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
        ContactUpdateRequest {
            client: self,
            account_id,
            id,
            body,
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
        ContactDeleteRequest {
            client: self,
            account_id,
            id,
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
        ContactConversationsRequest {
            client: self,
            account_id,
            id,
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
        ListAllLabelsOfAContactRequest {
            client: self,
            account_id,
            id,
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
        ContactAddLabelsRequest {
            client: self,
            account_id,
            id,
            body,
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
        ContactSearchRequest {
            client: self,
            account_id,
            q: None,
            sort: None,
            page: None,
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
        ContactFilterRequest {
            client: self,
            account_id,
            page: None,
            body,
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
        ContactInboxCreationRequest {
            client: self,
            account_id,
            id,
            body,
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
        ContactableInboxesGetRequest {
            client: self,
            account_id,
            id,
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
        GetAccountAutomationRuleRequest {
            client: self,
            account_id,
            page: None,
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
        AddNewAutomationRuleToAccountRequest {
            client: self,
            account_id,
            body,
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
        GetDetailsOfASingleAutomationRuleRequest {
            client: self,
            account_id,
            id,
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
        DeleteAutomationRuleFromAccountRequest {
            client: self,
            account_id,
            id,
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
        UpdateAutomationRuleInAccountRequest {
            client: self,
            account_id,
            id,
            body,
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
        GetPortalRequest {
            client: self,
            account_id,
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
        AddNewPortalToAccountRequest {
            client: self,
            account_id,
            body,
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
        UpdatePortalToAccountRequest {
            client: self,
            account_id,
            id: id.into(),
            body,
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
        AddNewCategoryToAccountRequest {
            client: self,
            account_id,
            id: id.into(),
            body,
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
        AddNewArticleToAccountRequest {
            client: self,
            account_id,
            id: id.into(),
            body,
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
        ConversationListMetaRequest {
            client: self,
            account_id,
            status: None,
            q: None,
            inbox_id: None,
            team_id: None,
            labels: None,
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
        ConversationListRequest {
            client: self,
            account_id,
            assignee_type: None,
            status: None,
            q: None,
            inbox_id: None,
            team_id: None,
            labels: None,
            page: None,
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
        NewConversationRequest {
            client: self,
            account_id,
            body,
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
        ConversationFilterRequest {
            client: self,
            account_id,
            page: None,
            body,
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
        GetDetailsOfAConversationRequest {
            client: self,
            account_id,
            conversation_id,
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
        UpdateConversationRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        ToggleStatusOfAConversationRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        TogglePriorityOfAConversationRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        UpdateCustomAttributesOfAConversationRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        AssignAConversationRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        ListAllLabelsOfAConversationRequest {
            client: self,
            account_id,
            conversation_id,
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
        ConversationAddLabelsRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        GetConversationReportingEventsRequest {
            client: self,
            account_id,
            conversation_id,
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
        ListAllInboxesRequest {
            client: self,
            account_id,
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
        GetInboxRequest {
            client: self,
            account_id,
            id,
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
        InboxCreationRequest {
            client: self,
            account_id,
            body,
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
        UpdateInboxRequest {
            client: self,
            account_id,
            id,
            body,
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
        GetInboxAgentBotRequest {
            client: self,
            account_id,
            id,
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
        UpdateAgentBotRequest {
            client: self,
            account_id,
            id,
            body,
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
        GetInboxMembersRequest {
            client: self,
            account_id,
            inbox_id,
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
        AddNewAgentToInboxRequest {
            client: self,
            account_id,
            body,
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
        DeleteAgentInInboxRequest {
            client: self,
            account_id,
            body,
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
        UpdateAgentsInInboxRequest {
            client: self,
            account_id,
            body,
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
        ListAllMessagesRequest {
            client: self,
            account_id,
            conversation_id,
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
        CreateANewMessageInAConversationRequest {
            client: self,
            account_id,
            conversation_id,
            body,
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
        DeleteAMessageRequest {
            client: self,
            account_id,
            conversation_id,
            message_id,
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
        GetDetailsOfAllIntegrationsRequest {
            client: self,
            account_id,
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
        CreateAnIntegrationHookRequest {
            client: self,
            account_id,
            body,
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
        DeleteAnIntegrationHookRequest {
            client: self,
            account_id,
            hook_id,
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
        UpdateAnIntegrationsHookRequest {
            client: self,
            account_id,
            hook_id,
            body,
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
        FetchProfileRequest {
            client: self,
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
        ListAllTeamsRequest {
            client: self,
            account_id,
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
        CreateATeamRequest {
            client: self,
            account_id,
            body,
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
        GetDetailsOfASingleTeamRequest {
            client: self,
            account_id,
            team_id,
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
        DeleteATeamRequest {
            client: self,
            account_id,
            team_id,
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
        UpdateATeamRequest {
            client: self,
            account_id,
            team_id,
            body,
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
        GetTeamMembersRequest {
            client: self,
            account_id,
            team_id,
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
        AddNewAgentToTeamRequest {
            client: self,
            account_id,
            team_id,
            body,
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
        DeleteAgentInTeamRequest {
            client: self,
            account_id,
            team_id,
            body,
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
        UpdateAgentsInTeamRequest {
            client: self,
            account_id,
            team_id,
            body,
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
        ListAllFiltersRequest {
            client: self,
            account_id,
            filter_type: None,
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
        CreateACustomFilterRequest {
            client: self,
            account_id,
            filter_type: None,
            body,
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
        GetDetailsOfASingleCustomFilterRequest {
            client: self,
            account_id,
            custom_filter_id,
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
        DeleteACustomFilterRequest {
            client: self,
            account_id,
            custom_filter_id,
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
        UpdateACustomFilterRequest {
            client: self,
            account_id,
            custom_filter_id,
            body,
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
        ListAllWebhooksRequest {
            client: self,
            account_id,
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
        CreateAWebhookRequest {
            client: self,
            account_id,
            body,
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
        DeleteAWebhookRequest {
            client: self,
            account_id,
            webhook_id,
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
        UpdateAWebhookRequest {
            client: self,
            webhook_id,
            account_id,
            body,
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
        GetAccountReportingEventsRequest {
            client: self,
            account_id,
            page: None,
            since: None,
            until: None,
            inbox_id: None,
            user_id: None,
            name: None,
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
        ListAllConversationStatisticsRequest {
            client: self,
            account_id,
            metric,
            r#type,
            id: None,
            since: None,
            until: None,
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
        ListAllConversationStatisticsSummaryRequest {
            client: self,
            account_id,
            r#type,
            id: None,
            since: None,
            until: None,
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
        GetAccountConversationMetricsRequest {
            client: self,
            account_id,
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
        GetAgentConversationMetricsRequest {
            client: self,
            account_id,
            user_id: None,
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
/// (the request's `credentials` setter). `Debug` names the schemes set, never a
/// secret.
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountDetailsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountDetailsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountDetailsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(&self.client.base_url, &["/api/v1/accounts/", &account_id]);
        let request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: UpdateAccountBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(&self.client.base_url, &["/api/v1/accounts/", &account_id]);
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        match body {
            UpdateAccountBody::Json(body) => {
                request = json_body(request, "application/json", body)?;
            }
            UpdateAccountBody::Form(body) => {
                request = form_body(request, "application/x-www-form-urlencoded", body)?;
            }
        }
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountAuditLogsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    page: Option<i64>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountAuditLogsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountAuditLogsRequest<'a> {
    /// Page number for pagination
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/audit_logs"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("page", &self.page, Style::Form { explode: true })],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
            request.page.unwrap_or(1).checked_add(1).map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `GET /api/v1/accounts/{account_id}/agent_bots` request: see
/// [`Client::list_all_account_agent_bots`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllAccountAgentBotsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllAccountAgentBotsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllAccountAgentBotsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agent_bots"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAnAccountAgentBotRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::AgentBotCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for CreateAnAccountAgentBotRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> CreateAnAccountAgentBotRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agent_bots"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfASingleAccountAgentBotRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfASingleAccountAgentBotRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfASingleAccountAgentBotRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agent_bots/", &id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAnAccountAgentBotRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAnAccountAgentBotRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAnAccountAgentBotRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agent_bots/", &id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAnAccountAgentBotRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    body: types::AgentBotCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAnAccountAgentBotRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAnAccountAgentBotRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agent_bots/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountAgentsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountAgentsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountAgentsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agents"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewAgentToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::AgentCreatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewAgentToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewAgentToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agents"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAgentFromAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAgentFromAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAgentFromAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agents/", &id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAgentInAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    body: types::AgentUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAgentInAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAgentInAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/agents/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountCannedResponseRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountCannedResponseRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountCannedResponseRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/canned_responses"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewCannedResponseToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::CannedResponseCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewCannedResponseToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewCannedResponseToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/canned_responses"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCannedResponseFromAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteCannedResponseFromAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteCannedResponseFromAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/canned_responses/", &id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCannedResponseInAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    body: types::CannedResponseCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateCannedResponseInAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateCannedResponseInAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/canned_responses/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountCustomAttributeRequest<'a> {
    client: &'a Client,
    account_id: i64,
    attribute_model: types::GetAccountCustomAttributeAttributeModel,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountCustomAttributeRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountCustomAttributeRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("attribute_model", &self.attribute_model, Style::Form { explode: true })],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewCustomAttributeToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::CustomAttributeCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewCustomAttributeToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewCustomAttributeToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfASingleCustomAttributeRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfASingleCustomAttributeRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfASingleCustomAttributeRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions/", &id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCustomAttributeFromAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteCustomAttributeFromAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteCustomAttributeFromAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions/", &id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCustomAttributeInAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    body: types::CustomAttributeCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateCustomAttributeInAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateCustomAttributeInAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_attribute_definitions/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactListRequest<'a> {
    client: &'a Client,
    account_id: i64,
    sort: Option<types::ContactListSort>,
    page: Option<i64>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactListRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactListRequest<'a> {
    /// The attribute by which list should be sorted
    pub fn sort(mut self, value: types::ContactListSort) -> Self {
        self.sort = Some(value);
        self
    }

    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts"],
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
                ("sort", &self.sort, Style::Form { explode: true }),
                ("page", &self.page, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
            request.page.unwrap_or(1).checked_add(1).map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `POST /api/v1/accounts/{account_id}/contacts` request: see
/// [`Client::contact_create`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactCreateRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::ContactCreatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactCreateRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactCreateRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactDetailsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactDetailsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactDetailsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactUpdateRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    body: types::ContactUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactUpdateRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactUpdateRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PUT,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactDeleteRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactDeleteRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactDeleteRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactConversationsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactConversationsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactConversationsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/conversations"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllLabelsOfAContactRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllLabelsOfAContactRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllLabelsOfAContactRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/labels"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactAddLabelsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    body: types::ContactAddLabelsBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactAddLabelsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactAddLabelsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/labels"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactSearchRequest<'a> {
    client: &'a Client,
    account_id: i64,
    q: Option<String>,
    sort: Option<types::ContactSearchSort>,
    page: Option<i64>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactSearchRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactSearchRequest<'a> {
    /// Search using contact `name`, `identifier`, `email` or `phone number`
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.q = Some(value.into());
        self
    }

    /// The attribute by which list should be sorted
    pub fn sort(mut self, value: types::ContactSearchSort) -> Self {
        self.sort = Some(value);
        self
    }

    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/search"],
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
                ("q", &self.q, Style::Form { explode: true }),
                ("sort", &self.sort, Style::Form { explode: true }),
                ("page", &self.page, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
            request.page.unwrap_or(1).checked_add(1).map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `POST /api/v1/accounts/{account_id}/contacts/filter` request: see
/// [`Client::contact_filter`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactFilterRequest<'a> {
    client: &'a Client,
    account_id: i64,
    page: Option<f64>,
    body: types::ContactFilterBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactFilterRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactFilterRequest<'a> {
    /// Sets `page`.
    pub fn page(mut self, value: f64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/filter"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("page", &self.page, Style::Form { explode: true })],
        )?;
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactInboxCreationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    body: types::ContactInboxCreationBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactInboxCreationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactInboxCreationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/contacts/", &id, "/contact_inboxes"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ContactableInboxesGetRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ContactableInboxesGetRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ContactableInboxesGetRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/contacts/",
                &id,
                "/contactable_inboxes",
            ],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountAutomationRuleRequest<'a> {
    client: &'a Client,
    account_id: i64,
    page: Option<i64>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountAutomationRuleRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountAutomationRuleRequest<'a> {
    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/automation_rules"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("page", &self.page, Style::Form { explode: true })],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewAutomationRuleToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::AutomationRuleCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewAutomationRuleToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewAutomationRuleToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/automation_rules"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfASingleAutomationRuleRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfASingleAutomationRuleRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfASingleAutomationRuleRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/automation_rules/", &id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAutomationRuleFromAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAutomationRuleFromAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAutomationRuleFromAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/automation_rules/", &id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAutomationRuleInAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: i64,
    body: types::AutomationRuleCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAutomationRuleInAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAutomationRuleInAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/automation_rules/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPortalRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetPortalRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetPortalRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/portals"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewPortalToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::PortalCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewPortalToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewPortalToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/portals"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePortalToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: String,
    body: types::PortalCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdatePortalToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdatePortalToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/portals/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewCategoryToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: String,
    body: types::CategoryCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewCategoryToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewCategoryToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/portals/", &id, "/categories"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewArticleToAccountRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: String,
    body: types::ArticleCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewArticleToAccountRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewArticleToAccountRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/portals/", &id, "/articles"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ConversationListMetaRequest<'a> {
    client: &'a Client,
    account_id: i64,
    status: Option<types::ConversationListMetaStatus>,
    q: Option<String>,
    inbox_id: Option<i64>,
    team_id: Option<i64>,
    labels: Option<Vec<String>>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ConversationListMetaRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ConversationListMetaRequest<'a> {
    /// Filter by conversation status.
    ///
    /// The server's default: `"open"`.
    pub fn status(mut self, value: types::ConversationListMetaStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Filters conversations with messages containing the search term
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.q = Some(value.into());
        self
    }

    /// Sets `inbox_id`.
    pub fn inbox_id(mut self, value: i64) -> Self {
        self.inbox_id = Some(value);
        self
    }

    /// Sets `team_id`.
    pub fn team_id(mut self, value: i64) -> Self {
        self.team_id = Some(value);
        self
    }

    /// Sets `labels`.
    pub fn labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/conversations/meta"],
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
                ("status", &self.status, Style::Form { explode: true }),
                ("q", &self.q, Style::Form { explode: true }),
                ("inbox_id", &self.inbox_id, Style::Form { explode: true }),
                ("team_id", &self.team_id, Style::Form { explode: true }),
                ("labels", &self.labels, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ConversationListRequest<'a> {
    client: &'a Client,
    account_id: i64,
    assignee_type: Option<types::ConversationListAssigneeType>,
    status: Option<types::ConversationListStatus>,
    q: Option<String>,
    inbox_id: Option<i64>,
    team_id: Option<i64>,
    labels: Option<Vec<String>>,
    page: Option<i64>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ConversationListRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ConversationListRequest<'a> {
    /// Filter conversations by assignee type.
    ///
    /// The server's default: `"all"`.
    pub fn assignee_type(mut self, value: types::ConversationListAssigneeType) -> Self {
        self.assignee_type = Some(value);
        self
    }

    /// Filter by conversation status.
    ///
    /// The server's default: `"open"`.
    pub fn status(mut self, value: types::ConversationListStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Filters conversations with messages containing the search term
    pub fn q(mut self, value: impl Into<String>) -> Self {
        self.q = Some(value.into());
        self
    }

    /// Sets `inbox_id`.
    pub fn inbox_id(mut self, value: i64) -> Self {
        self.inbox_id = Some(value);
        self
    }

    /// Sets `team_id`.
    pub fn team_id(mut self, value: i64) -> Self {
        self.team_id = Some(value);
        self
    }

    /// Sets `labels`.
    pub fn labels(mut self, value: Vec<String>) -> Self {
        self.labels = Some(value);
        self
    }

    /// paginate through conversations
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/conversations"],
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
                ("assignee_type", &self.assignee_type, Style::Form { explode: true }),
                ("status", &self.status, Style::Form { explode: true }),
                ("q", &self.q, Style::Form { explode: true }),
                ("inbox_id", &self.inbox_id, Style::Form { explode: true }),
                ("team_id", &self.team_id, Style::Form { explode: true }),
                ("labels", &self.labels, Style::Form { explode: true }),
                ("page", &self.page, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
            request.page.unwrap_or(1).checked_add(1).map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `POST /api/v1/accounts/{account_id}/conversations` request: see
/// [`Client::new_conversation`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct NewConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::ConversationCreatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for NewConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> NewConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/conversations"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]],
            )
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ConversationFilterRequest<'a> {
    client: &'a Client,
    account_id: i64,
    page: Option<f64>,
    body: types::ConversationFilterBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ConversationFilterRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ConversationFilterRequest<'a> {
    /// Sets `page`.
    pub fn page(mut self, value: f64) -> Self {
        self.page = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/conversations/filter"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("page", &self.page, Style::Form { explode: true })],
        )?;
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/conversations/", &conversation_id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::UpdateConversationBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/conversations/", &conversation_id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]],
            )
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ToggleStatusOfAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::ToggleStatusOfAConversationBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ToggleStatusOfAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ToggleStatusOfAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/toggle_status",
            ],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]],
            )
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TogglePriorityOfAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::TogglePriorityOfAConversationBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for TogglePriorityOfAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> TogglePriorityOfAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/toggle_priority",
            ],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]],
            )
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateCustomAttributesOfAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::UpdateCustomAttributesOfAConversationBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateCustomAttributesOfAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateCustomAttributesOfAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/custom_attributes",
            ],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssignAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::AssignAConversationBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AssignAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AssignAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/assignments",
            ],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]],
            )
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllLabelsOfAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllLabelsOfAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllLabelsOfAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/labels",
            ],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ConversationAddLabelsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::ConversationAddLabelsBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ConversationAddLabelsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ConversationAddLabelsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/labels",
            ],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetConversationReportingEventsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetConversationReportingEventsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetConversationReportingEventsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/reporting_events",
            ],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllInboxesRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllInboxesRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllInboxesRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inboxes"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetInboxRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetInboxRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetInboxRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id, "/"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InboxCreationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::InboxCreatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for InboxCreationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> InboxCreationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inboxes/"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateInboxRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    body: types::InboxUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateInboxRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateInboxRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetInboxAgentBotRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetInboxAgentBotRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetInboxAgentBotRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id, "/agent_bot"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAgentBotRequest<'a> {
    client: &'a Client,
    account_id: i64,
    id: f64,
    body: types::UpdateAgentBotBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAgentBotRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAgentBotRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let id = path_segment("id", &self.id, Style::Simple { explode: false })?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inboxes/", &id, "/set_agent_bot"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetInboxMembersRequest<'a> {
    client: &'a Client,
    account_id: i64,
    inbox_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetInboxMembersRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetInboxMembersRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let inbox_id = path_segment(
            "inbox_id",
            &self.inbox_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inbox_members/", &inbox_id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewAgentToInboxRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::AddNewAgentToInboxBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewAgentToInboxRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewAgentToInboxRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inbox_members"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAgentInInboxRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::DeleteAgentInInboxBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAgentInInboxRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAgentInInboxRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inbox_members"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAgentsInInboxRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::UpdateAgentsInInboxBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAgentsInInboxRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAgentsInInboxRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/inbox_members"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllMessagesRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllMessagesRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllMessagesRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/messages",
            ],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateANewMessageInAConversationRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    body: types::ConversationMessageCreatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for CreateANewMessageInAConversationRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> CreateANewMessageInAConversationRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/messages",
            ],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(
                request,
                &self.options,
                &[&[Scheme::UserApiKey], &[Scheme::AgentBotApiKey]],
            )
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAMessageRequest<'a> {
    client: &'a Client,
    account_id: i64,
    conversation_id: i64,
    message_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAMessageRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAMessageRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let conversation_id = path_segment(
            "conversation_id",
            &self.conversation_id,
            Style::Simple { explode: false },
        )?;
        let message_id = path_segment(
            "message_id",
            &self.message_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &[
                "/api/v1/accounts/",
                &account_id,
                "/conversations/",
                &conversation_id,
                "/messages/",
                &message_id,
            ],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfAllIntegrationsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfAllIntegrationsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfAllIntegrationsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/integrations/apps"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAnIntegrationHookRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::IntegrationsHookCreatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for CreateAnIntegrationHookRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> CreateAnIntegrationHookRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/integrations/hooks"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAnIntegrationHookRequest<'a> {
    client: &'a Client,
    account_id: i64,
    hook_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAnIntegrationHookRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAnIntegrationHookRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let hook_id = path_segment(
            "hook_id",
            &self.hook_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/integrations/hooks/", &hook_id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAnIntegrationsHookRequest<'a> {
    client: &'a Client,
    account_id: i64,
    hook_id: i64,
    body: types::IntegrationsHookUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAnIntegrationsHookRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAnIntegrationsHookRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let hook_id = path_segment(
            "hook_id",
            &self.hook_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/integrations/hooks/", &hook_id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct FetchProfileRequest<'a> {
    client: &'a Client,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for FetchProfileRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> FetchProfileRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
        let url = join_url(&self.client.base_url, &["/api/v1/profile"]);
        let request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllTeamsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllTeamsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllTeamsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateATeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::TeamCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for CreateATeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> CreateATeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfASingleTeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfASingleTeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfASingleTeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteATeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteATeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteATeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateATeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    body: types::TeamCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateATeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateATeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetTeamMembersRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetTeamMembersRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetTeamMembersRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNewAgentToTeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    body: types::AddNewAgentToTeamBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for AddNewAgentToTeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> AddNewAgentToTeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAgentInTeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    body: types::DeleteAgentInTeamBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAgentInTeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAgentInTeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAgentsInTeamRequest<'a> {
    client: &'a Client,
    account_id: i64,
    team_id: i64,
    body: types::UpdateAgentsInTeamBody,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAgentsInTeamRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAgentsInTeamRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let team_id = path_segment(
            "team_id",
            &self.team_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/teams/", &team_id, "/team_members"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllFiltersRequest<'a> {
    client: &'a Client,
    account_id: i64,
    filter_type: Option<types::ListAllFiltersFilterType>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllFiltersRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllFiltersRequest<'a> {
    /// The type of custom filter
    pub fn filter_type(mut self, value: types::ListAllFiltersFilterType) -> Self {
        self.filter_type = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_filters"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("filter_type", &self.filter_type, Style::Form { explode: true })],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateACustomFilterRequest<'a> {
    client: &'a Client,
    filter_type: Option<types::CreateACustomFilterFilterType>,
    account_id: i64,
    body: types::CustomFilterCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for CreateACustomFilterRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> CreateACustomFilterRequest<'a> {
    /// The type of custom filter
    pub fn filter_type(mut self, value: types::CreateACustomFilterFilterType) -> Self {
        self.filter_type = Some(value);
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_filters"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("filter_type", &self.filter_type, Style::Form { explode: true })],
        )?;
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDetailsOfASingleCustomFilterRequest<'a> {
    client: &'a Client,
    account_id: i64,
    custom_filter_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetDetailsOfASingleCustomFilterRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetDetailsOfASingleCustomFilterRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let custom_filter_id = path_segment(
            "custom_filter_id",
            &self.custom_filter_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_filters/", &custom_filter_id],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteACustomFilterRequest<'a> {
    client: &'a Client,
    account_id: i64,
    custom_filter_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteACustomFilterRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteACustomFilterRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let custom_filter_id = path_segment(
            "custom_filter_id",
            &self.custom_filter_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_filters/", &custom_filter_id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateACustomFilterRequest<'a> {
    client: &'a Client,
    account_id: i64,
    custom_filter_id: i64,
    body: types::CustomFilterCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateACustomFilterRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateACustomFilterRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let custom_filter_id = path_segment(
            "custom_filter_id",
            &self.custom_filter_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/custom_filters/", &custom_filter_id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllWebhooksRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllWebhooksRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllWebhooksRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/webhooks"],
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
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAWebhookRequest<'a> {
    client: &'a Client,
    account_id: i64,
    body: types::WebhookCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for CreateAWebhookRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> CreateAWebhookRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/webhooks"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::POST,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAWebhookRequest<'a> {
    client: &'a Client,
    account_id: i64,
    webhook_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for DeleteAWebhookRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> DeleteAWebhookRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let webhook_id = path_segment(
            "webhook_id",
            &self.webhook_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/webhooks/", &webhook_id],
        );
        let request = new_request(
            &self.client.http,
            reqwest::Method::DELETE,
            url,
            "application/json",
        );
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAWebhookRequest<'a> {
    client: &'a Client,
    webhook_id: i64,
    account_id: i64,
    body: types::WebhookCreateUpdatePayload,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for UpdateAWebhookRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> UpdateAWebhookRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let webhook_id = path_segment(
            "webhook_id",
            &self.webhook_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/webhooks/", &webhook_id],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::PATCH,
            url,
            "application/json",
        );
        let body = &self.body;
        request = json_body(request, "application/json", body)?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountReportingEventsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    page: Option<i64>,
    since: Option<String>,
    until: Option<String>,
    inbox_id: Option<f64>,
    user_id: Option<f64>,
    name: Option<String>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountReportingEventsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountReportingEventsRequest<'a> {
    /// The page parameter
    ///
    /// The server's default: `1`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// The timestamp from where events should start (Unix timestamp in seconds)
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }

    /// The timestamp from where events should stop (Unix timestamp in seconds)
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }

    /// Filter events by inbox ID
    pub fn inbox_id(mut self, value: f64) -> Self {
        self.inbox_id = Some(value);
        self
    }

    /// Filter events by user/agent ID
    pub fn user_id(mut self, value: f64) -> Self {
        self.user_id = Some(value);
        self
    }

    /// Filter events by event name (e.g., first_response, resolution, reply_time)
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v1/accounts/", &account_id, "/reporting_events"],
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
                ("page", &self.page, Style::Form { explode: true }),
                ("since", &self.since, Style::Form { explode: true }),
                ("until", &self.until, Style::Form { explode: true }),
                ("inbox_id", &self.inbox_id, Style::Form { explode: true }),
                ("user_id", &self.user_id, Style::Form { explode: true }),
                ("name", &self.name, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
            request.page.unwrap_or(1).checked_add(1).map(|number| request.page(number))
        };
        Ok((items, next))
    }
}

/// A `GET /api/v2/accounts/{account_id}/reports` request: see
/// [`Client::list_all_conversation_statistics`].
///
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllConversationStatisticsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    metric: types::ListAllConversationStatisticsMetric,
    r#type: types::ListAllConversationStatisticsType,
    id: Option<String>,
    since: Option<String>,
    until: Option<String>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllConversationStatisticsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllConversationStatisticsRequest<'a> {
    /// The Id of specific object in case of agent/inbox/label
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The timestamp from where report should start.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }

    /// The timestamp from where report should stop.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v2/accounts/", &account_id, "/reports"],
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
                ("metric", &self.metric, Style::Form { explode: true }),
                ("type", &self.r#type, Style::Form { explode: true }),
                ("id", &self.id, Style::Form { explode: true }),
                ("since", &self.since, Style::Form { explode: true }),
                ("until", &self.until, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllConversationStatisticsSummaryRequest<'a> {
    client: &'a Client,
    account_id: i64,
    r#type: types::ListAllConversationStatisticsSummaryType,
    id: Option<String>,
    since: Option<String>,
    until: Option<String>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for ListAllConversationStatisticsSummaryRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> ListAllConversationStatisticsSummaryRequest<'a> {
    /// The Id of specific object in case of agent/inbox/label
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// The timestamp from where report should start.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }

    /// The timestamp from where report should stop.
    pub fn until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v2/accounts/", &account_id, "/reports/summary"],
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
                ("type", &self.r#type, Style::Form { explode: true }),
                ("id", &self.id, Style::Form { explode: true }),
                ("since", &self.since, Style::Form { explode: true }),
                ("until", &self.until, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccountConversationMetricsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAccountConversationMetricsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAccountConversationMetricsRequest<'a> {
    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v2/accounts/", &account_id, "/reports/conversations"],
        );
        let mut request = new_request(
            &self.client.http,
            reqwest::Method::GET,
            url,
            "application/json",
        );
        request = with_query(
            request,
            &[("type", &"account", Style::Form { explode: true })],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
/// Every request also takes the options of [`RequestOptionsExt`] (a timeout, headers,
/// attempts).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentConversationMetricsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    user_id: Option<String>,
    options: RequestOptions,
    credentials: Option<Credentials>,
}

impl RequestOptionsExt for GetAgentConversationMetricsRequest<'_> {
    fn options_mut(&mut self) -> &mut RequestOptions {
        &mut self.options
    }
}

impl<'a> GetAgentConversationMetricsRequest<'a> {
    /// The numeric ID of the user
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Authorizes this request with `credentials` instead of the client's.
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
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
            &self.account_id,
            Style::Simple { explode: false },
        )?;
        let url = join_url(
            &self.client.base_url,
            &["/api/v2/accounts/", &account_id, "/reports/conversations/"],
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
                ("type", &"agent", Style::Form { explode: true }),
                ("user_id", &self.user_id, Style::Form { explode: true }),
            ],
        )?;
        self.credentials
            .as_ref()
            .unwrap_or(&self.client.credentials)
            .authorize(request, &self.options, &[&[Scheme::UserApiKey]])
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
