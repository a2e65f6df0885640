//! Agent stats and every conversation of one PlayAI agent.
//!
//! `PLAYAI_API_KEY=... PLAYAI_USER_ID=... cargo run --example playai -- AGENT_ID`

use agent_analytics::playai::{Client, DEFAULT_BASE_URL};
use futures_util::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent_id = std::env::args().nth(1).ok_or("usage: playai AGENT_ID")?;
    let client = Client::new(DEFAULT_BASE_URL)?
        .with_api_key_auth(std::env::var("PLAYAI_API_KEY")?)
        .with_x_user_id_auth(std::env::var("PLAYAI_USER_ID")?);

    let stats = client.get_agent_stats(&agent_id).send().await?.into_body();
    println!("{} conversations, {:?} seconds talked", stats.number_of_conversations, stats.number_of_seconds_talked);

    // Follows X-Next-Start-After page by page.
    let mut conversations = client.get_agent_conversations(&agent_id).page_size(50).stream();
    while let Some(conversation) = conversations.try_next().await? {
        println!("{:?} {:?} {:?}s", conversation.id, conversation.started_at, conversation.duration_in_seconds);
    }
    Ok(())
}
