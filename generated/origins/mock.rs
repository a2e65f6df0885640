use super::Client;
use super::support::{mock_segment, Style};
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
        Client::new(self.server.uri()).expect("a mock server's address is a base URL")
    }

    /// The `wiremock` server, for what the operations' methods do not cover.
    pub fn server(&self) -> &wiremock::MockServer {
        &self.server
    }
}

impl MockServer {
    /// Mocks [`Client::get_agent_call_stats`], `GET /api/agents/{agent_id}/call_stats`: the
    /// requests of this method to this path.
    pub fn get_agent_call_stats(
        &self,
        agent_id: i64,
    ) -> MockOperation<'_, Vec<types::CallStats>> {
        let agent_id = mock_segment(
            "agent_id",
            &agent_id,
            Style::Simple { explode: false },
        );
        MockOperation::new(
            &self.server,
            "GET",
            &["/api/agents/", &agent_id, "/call_stats"],
            200,
        )
    }
}
