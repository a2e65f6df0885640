//! The client and one request builder per operation.

use std::fmt;
use super::support::{
    decode, execute, path_segment, Secret, sensitive_header, unexpected,
};

use super::types;
use super::{ApiError, ApiResponse, Error};

/// The server the spec names first.
pub const DEFAULT_BASE_URL: &str = "https://app.chatwoot.com/";

/// A client for the Chatwoot API.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    credentials: Credentials,
}

impl Client {
    /// A client for the API at `base_url`, such as [`DEFAULT_BASE_URL`].
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// A client that sends its requests through `http`, a `reqwest::Client`
    /// configured as needed (timeouts, proxies, TLS).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url = base_url.into().trim_end_matches('/').to_owned();
        Self {
            base_url,
            http,
            credentials: Credentials::default(),
        }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The underlying HTTP client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.http
    }

    /// Sets the credential of the `userApiKey` scheme: a key sent in the `api_access_token` header.
    ///
    /// This token can be obtained by visiting the profile page or via rails console. Provides access to  endpoints based on the user permissions levels. This token can be saved by an external system when user is created via API, to perform activities on behalf of the user.
    pub fn with_user_api_key(mut self, secret: impl Into<String>) -> Self {
        self.credentials.user_api_key = Some(Secret::new(secret.into()));
        self
    }

    /// Agent Conversation Metrics
    ///
    /// Get conversation metrics for Agent
    ///
    /// `GET /api/v2/accounts/{account_id}/reports/conversations/`
    pub fn get_agent_conversation_metrics(
        &self,
        account_id: i64,
        r#type: types::GetAgentConversationMetricsType,
    ) -> GetAgentConversationMetricsRequest<'_> {
        GetAgentConversationMetricsRequest {
            client: self,
            account_id,
            r#type,
            user_id: None,
        }
    }
}

/// The security schemes of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scheme {
    UserApiKey,
}

/// The credential set for each scheme, if any.
#[derive(Clone, Default)]
struct Credentials {
    user_api_key: Option<Secret>,
}

impl Credentials {
    fn get(&self, scheme: Scheme) -> Option<&Secret> {
        match scheme {
            Scheme::UserApiKey => self.user_api_key.as_ref(),
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set: Vec<Scheme> = [Scheme::UserApiKey]
            .into_iter()
            .filter(|s| self.get(*s).is_some())
            .collect();
        f.debug_struct("Credentials").field("set", &set).finish()
    }
}

impl Client {
    /// Adds the credentials of the first alternative whose schemes all have one.
    /// With none satisfied the request goes out without; the server decides.
    fn authorize(
        &self,
        mut request: reqwest::RequestBuilder,
        alternatives: &[&[Scheme]],
    ) -> Result<reqwest::RequestBuilder, Error> {
        let chosen = alternatives
            .iter()
            .find(|schemes| schemes.iter().all(|s| self.credentials.get(*s).is_some()));
        for scheme in chosen.copied().unwrap_or_default() {
            let Some(secret) = self.credentials.get(*scheme) else { continue };
            request = match scheme {
                Scheme::UserApiKey => {
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
pub enum ErrorBody {
    BadRequestError(types::BadRequestError),
}

/// A `GET /api/v2/accounts/{account_id}/reports/conversations/` request: see [`Client::get_agent_conversation_metrics`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentConversationMetricsRequest<'a> {
    client: &'a Client,
    account_id: i64,
    r#type: types::GetAgentConversationMetricsType,
    user_id: Option<String>,
}

impl GetAgentConversationMetricsRequest<'_> {
    /// The numeric ID of the user
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<ApiResponse<Vec<types::AgentConversationMetrics>>, Error> {
        let url = format!(
            "{}/api/v2/accounts/{}/reports/conversations/", self.client.base_url,
            path_segment("account_id", & self.account_id.to_string()) ?
        );
        let mut request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
        let mut query: Vec<(&str, String)> = Vec::new();
        let value = &self.r#type;
        query.push(("type", value.to_string()));
        if let Some(value) = &self.user_id {
            query.push(("user_id", value.clone()));
        }
        request = request.query(&query);
        request = self.client.authorize(request, &[&[Scheme::UserApiKey]])?;
        let (status, headers, body) = execute(request).await?;
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
                let body = ErrorBody::BadRequestError(decode(status, &body)?);
                Err(Error::Api(Box::new(ApiError { status, headers, body })))
            }
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}
