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
    let stats = client.get_agent_stats(&agent_id).send().await?.into_body();
    println!("{} conversations", stats.number_of_conversations);
    Ok(())
}
