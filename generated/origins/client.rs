//! The client and one request builder per operation.

use super::support::{decode, execute, path_segment, unexpected};
use super::types;
use super::{ApiResponse, Error};

/// A client for the Origins AI API.
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
}

impl Client {
    /// A client for the API at `base_url` (the spec names no server).
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// A client that sends its requests through `http`, a `reqwest::Client`
    /// configured as needed (timeouts, proxies, TLS).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url = base_url.into().trim_end_matches('/').to_owned();
        Self { base_url, http }
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The underlying HTTP client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.http
    }

    /// Get Agent Call Stats
    ///
    /// `GET /api/agents/{agent_id}/call_stats`
    pub fn get_agent_call_stats(&self, agent_id: i64) -> GetAgentCallStatsRequest<'_> {
        GetAgentCallStatsRequest {
            client: self,
            agent_id,
        }
    }
}

/// The error bodies the spec describes, one variant per type.
#[derive(Debug, Clone)]
pub enum ErrorBody {}

/// A `GET /api/agents/{agent_id}/call_stats` request: see [`Client::get_agent_call_stats`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAgentCallStatsRequest<'a> {
    client: &'a Client,
    agent_id: i64,
}

impl GetAgentCallStatsRequest<'_> {
    /// Sends the request.
    pub async fn send(self) -> Result<ApiResponse<Vec<types::CallStats>>, Error> {
        let url = format!(
            "{}/api/agents/{}/call_stats", self.client.base_url, path_segment("agent_id",
            & self.agent_id.to_string()) ?
        );
        let request = self
            .client
            .http
            .request(reqwest::Method::GET, url)
            .header(reqwest::header::ACCEPT, "application/json");
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
            _ => Err(unexpected(status, headers, &body)),
        }
    }
}
