//! End to end: each generated client against Stoplight Prism, a mock server that
//! others built from the same spec, on 127.0.0.1. The README's test command
//! installs Prism into `tests/prism/node_modules`.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use agent_analytics::{chatwoot, origins, playai};
use futures_util::{StreamExt, TryStreamExt};

/// A Prism process serving one spec; stopped (by its PID) when dropped.
struct Prism {
    child: Child,
    url: String,
}

impl Prism {
    fn serve(spec: &str) -> Prism {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let prism = root.join("tests/prism/node_modules/.bin/prism");
        assert!(
            prism.exists(),
            "Prism is not installed: run `npm ci --prefix tests/prism` (the README's test command does)"
        );
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(prism)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(root.join("specs").join(spec))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Prism starts");
        let server = Prism { child, url: format!("http://127.0.0.1:{port}") };
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_err() {
            assert!(Instant::now() < deadline, "Prism did not listen on {address} within 60 s");
            std::thread::sleep(Duration::from_millis(200));
        }
        server
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn playai_against_prism() {
    let prism = Prism::serve("playai.yaml");
    let client = playai::Client::new(&prism.url).with_api_key_auth("sk-test").with_x_user_id_auth("user-1");

    let stats = client.get_agent_stats("f0gZrOKBKL7veJ6o1M").send().await.unwrap();
    assert_eq!(stats.status, 200);
    assert_eq!(stats.body.id, "f0gZrOKBKL7veJ6o1M");
    assert_eq!(stats.body.number_of_conversations, 121.0);

    let page = client.get_agent_conversations("f0gZrOKBKL7veJ6o1M").page_size(10).send().await.unwrap();
    assert_eq!(page.status, 200);
    assert!(page.body.iter().all(|c| c.id.is_some()));

    let one = client.get_agent_conversation("f0gZrOKBKL7veJ6o1M", "tIKQo8GMvOZyGx0Wm2RT").send().await.unwrap();
    assert_eq!(one.body.caller_email.as_deref(), Some("test@gmail.com"));

    let anonymous = playai::Client::new(&prism.url);
    let err = anonymous.get_agent_stats("f0gZrOKBKL7veJ6o1M").send().await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::UNAUTHORIZED), "{err}");
    // One of the two credentials is not enough: the requirement is AND.
    let half = playai::Client::new(&prism.url).with_api_key_auth("sk-test");
    let err = half.get_agent_stats("f0gZrOKBKL7veJ6o1M").send().await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::UNAUTHORIZED), "{err}");
}

#[tokio::test]
async fn chatwoot_against_prism() {
    let prism = Prism::serve("chatwoot.yaml");
    let client = chatwoot::Client::new(&prism.url).with_user_api_key("cw-token");
    let agent = chatwoot::types::GetAgentConversationMetricsType::Agent;

    let report = client.get_agent_conversation_metrics(1, agent.clone()).user_id("2").send().await.unwrap();
    assert_eq!(report.status, 200);

    let anonymous = chatwoot::Client::new(&prism.url);
    let err = anonymous.get_agent_conversation_metrics(1, agent).send().await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::UNAUTHORIZED), "{err}");

    // The rest of the application API: a listing, and a JSON body Prism validates.
    let inboxes = client.list_all_inboxes(1).send().await.unwrap();
    assert_eq!(inboxes.status, 200);
    let team = chatwoot::types::TeamCreateUpdatePayload {
        name: Some("Support".into()),
        description: Some("First line".into()),
        allow_auto_assign: Some(true),
    };
    let created = client.create_a_team(1, team).send().await.unwrap();
    assert_eq!(created.status, 200);

    // A listing paged by `page`: Prism serves the same page for every number, so taking
    // more items than one page holds shows that the stream asked for the next pages.
    let first_page = client.contact_list(1).send().await.unwrap().into_body().payload.unwrap_or_default();
    assert!(!first_page.is_empty(), "the spec's example page has contacts");
    let wanted = first_page.len() * 2 + 1;
    let contacts: Vec<_> = client.contact_list(1).stream().take(wanted).try_collect().await.unwrap();
    assert_eq!(contacts.len(), wanted);
}

#[tokio::test]
async fn origins_against_prism() {
    let prism = Prism::serve("origins.yaml");
    // The spec declares no security scheme: there is no credential to leave out.
    let calls = origins::Client::new(&prism.url).get_agent_call_stats(123).send().await.unwrap().into_body();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].call_status, Some(origins::types::CallStatus::Answered));
    assert_eq!(calls[0].call_agent_id, Some(123));
}
