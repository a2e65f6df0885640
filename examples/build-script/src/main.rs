//! Prints one PlayAI agent's stats: `PLAYAI_API_KEY=... PLAYAI_USER_ID=... agent-report AGENT_ID`.

mod api {
    include!(concat!(env!("OUT_DIR"), "/api/lib.rs"));
}

use api::playai::{Client, DEFAULT_BASE_URL};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent_id = std::env::args().nth(1).ok_or("usage: agent-report AGENT_ID")?;
    let client = Client::new(DEFAULT_BASE_URL)?
        .with_api_key_auth(std::env::var("PLAYAI_API_KEY")?)
        .with_x_user_id_auth(std::env::var("PLAYAI_USER_ID")?);
    println!("{}", report(&client, &agent_id).await?);
    Ok(())
}

/// One line on an agent.
async fn report(client: &Client, agent_id: &str) -> api::playai::Result<String> {
    let stats = client.get_agent_stats(agent_id).send().await?.into_body();
    Ok(format!("{} conversations", stats.number_of_conversations))
}

/// `report` against the generated typed mocks: `cargo test --features mock`.
#[cfg(all(test, feature = "mock"))]
mod tests {
    use super::api::playai::mock::MockServer;
    use super::api::playai::types::AgentStatsResource;

    #[tokio::test]
    async fn a_report_counts_the_conversations() {
        let server = MockServer::start().await;
        let stats = AgentStatsResource::new("a1", 3, 0);
        server.get_agent_stats("a1").expect(1).respond(stats).await;
        assert_eq!(super::report(&server.client(), "a1").await.unwrap(), "3 conversations");
    }
}
