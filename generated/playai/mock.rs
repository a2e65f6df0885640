use super::Client;
use super::support::{mock_segment, Style, Paging};
use super::types;

pub use super::support::MockOperation;

/// A mock server of the API on a loopback address (`wiremock`'s), for your
/// tests: each operation's method mounts what it answers; [`Self::client`] is a
/// client of it. The counts that expectations name are checked when the server
/// is dropped.
pub struct MockServer {
    server: wiremock::MockServer,
}

impl MockServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start() -> Self {
        Self {
            server: wiremock::MockServer::start().await,
        }
    }

    /// The server's address, as a base URL.
    pub fn uri(&self) -> String {
        self.server.uri()
    }

    /// A client of the server, every credential set to `mock`.
    pub fn client(&self) -> Client {
        Client::new(self.server.uri())
            .expect("a mock server's address is a base URL")
            .with_api_key_auth("mock")
            .with_x_user_id_auth("mock")
    }

    /// The `wiremock` server, for what the operations' methods do not cover.
    pub fn server(&self) -> &wiremock::MockServer {
        &self.server
    }
}

impl MockServer {
    /// Mocks [`Client::get_agent_stats`], `GET /api/v1/agent-stats/{agentId}`: the requests
    /// of this method to this path.
    pub fn get_agent_stats(
        &self,
        agent_id: impl Into<String>,
    ) -> MockOperation<'_, types::AgentStatsResource> {
        let agent_id = mock_segment(
            "agentId",
            &Into::<String>::into(agent_id),
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/agent-stats/", &agent_id],
            200,
        )
    }

    /// Mocks [`Client::get_agent_conversations`], `GET
    /// /api/v1/agents/{agentId}/conversations`: the requests of this method to this path.
    /// `respond_pages` answers its pages in turn.
    pub fn get_agent_conversations(
        &self,
        agent_id: impl Into<String>,
    ) -> MockOperation<'_, Vec<types::ConversationResource>> {
        let agent_id = mock_segment(
            "agentId",
            &Into::<String>::into(agent_id),
            Style::Simple { explode: false },
        );
        MockOperation::new(
                &self.server,
                "GET",
                &["/api/v1/agents/", &agent_id, "/conversations"],
                200,
            )
            .paged(Paging::Header("X-Next-Start-After"))
    }

    /// Mocks [`Client::get_agent_conversation`], `GET
    /// /api/v1/agents/{agentId}/conversations/{conversationId}`: the requests of this
    /// method to this path.
    pub fn get_agent_conversation(
        &self,
        agent_id: impl Into<String>,
        conversation_id: impl Into<String>,
    ) -> MockOperation<'_, types::ConversationResource> {
        let agent_id = mock_segment(
            "agentId",
            &Into::<String>::into(agent_id),
            Style::Simple { explode: false },
        );
        let conversation_id = mock_segment(
            "conversationId",
            &Into::<String>::into(conversation_id),
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/v1/agents/", &agent_id, "/conversations/", &conversation_id],
            200,
        )
    }
}
