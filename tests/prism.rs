//! End to end: each generated client against Stoplight Prism, a mock server that
//! others built from the same spec, on 127.0.0.1. The README's test command
//! installs Prism into `tests/prism/node_modules`.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use agent_analytics::{RequestOptionsExt, chatwoot, origins, playai};
use futures_util::{StreamExt, TryStreamExt};

/// A Prism process serving one spec; stopped (by its PID) when dropped.
struct Prism {
    child: Child,
    url: String,
}

impl Prism {
    /// Prism serving `spec`; a start that fails (a port taken meanwhile by another
    /// program, say) is retried on another port.
    fn serve(spec: &str) -> Prism {
        let mut failures = Vec::new();
        for _ in 0..3 {
            match Prism::start(spec) {
                Ok(prism) => return prism,
                Err(failure) => failures.push(failure),
            }
        }
        panic!("Prism did not start for {spec}:\n{}", failures.join("\n---\n"));
    }

    /// Starts Prism and waits until it says it listens on its port: that something
    /// accepts connections there does not prove it is this Prism.
    fn start(spec: &str) -> Result<Prism, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let prism = root.join("tests/prism/node_modules/.bin/prism");
        assert!(
            prism.exists(),
            "Prism is not installed: run `npm ci --prefix tests/prism` (the README's test command does)"
        );
        let port = fresh_port();
        let mut child = Command::new(prism)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(root.join("specs").join(spec))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| format!("Prism does not run: {err}"))?;
        let url = format!("http://127.0.0.1:{port}");
        let listening = format!("Prism is listening on {url}");
        let log = Arc::new(Mutex::new(VecDeque::new()));
        let (ready, is_ready) = mpsc::channel();
        let outputs: [Option<Box<dyn Read + Send>>; 2] =
            [child.stdout.take().map(|s| Box::new(s) as _), child.stderr.take().map(|s| Box::new(s) as _)];
        for output in outputs.into_iter().flatten() {
            let (log, ready, listening) = (log.clone(), ready.clone(), listening.clone());
            // Read for as long as Prism runs: a full pipe would stall it.
            std::thread::spawn(move || {
                for line in BufReader::new(output).split(b'\n').map_while(Result::ok) {
                    let line = String::from_utf8_lossy(&line).into_owned();
                    if line.contains(&listening) {
                        let _ = ready.send(());
                    }
                    let mut log = log.lock().unwrap();
                    if log.len() == 20 {
                        log.pop_front();
                    }
                    log.push_back(line);
                }
            });
        }
        let mut server = Prism { child, url };
        let deadline = Instant::now() + Duration::from_secs(60);
        let failure = loop {
            if is_ready.recv_timeout(Duration::from_millis(200)).is_ok() {
                return Ok(server);
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                break format!("Prism exited ({status}) before it listened on {}", server.url);
            }
            if Instant::now() > deadline {
                break format!("Prism did not listen on {} within 60 s", server.url);
            }
        };
        let log: Vec<String> = log.lock().unwrap().iter().cloned().collect();
        Err(format!("{failure}; its last output:\n{}", log.join("\n")))
    }
}

/// A port free when asked for, never the same twice in this process, where tests
/// start their Prism at the same time.
fn fresh_port() -> u16 {
    static HANDED_OUT: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    loop {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut handed_out = HANDED_OUT.lock().unwrap();
        if !handed_out.contains(&port) {
            handed_out.push(port);
            return port;
        }
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
    let client = playai::Client::new(&prism.url).unwrap().with_api_key_auth("sk-test").with_x_user_id_auth("user-1");

    let stats = client.get_agent_stats("f0gZrOKBKL7veJ6o1M").send().await.unwrap();
    assert_eq!(stats.status, 200);
    assert_eq!(stats.body.id, "f0gZrOKBKL7veJ6o1M");
    assert_eq!(stats.body.number_of_conversations, 121.0);

    let page = client.get_agent_conversations("f0gZrOKBKL7veJ6o1M").page_size(10).send().await.unwrap();
    assert_eq!(page.status, 200);
    assert!(page.body.iter().all(|c| c.id.is_some()));

    let one = client.get_agent_conversation("f0gZrOKBKL7veJ6o1M", "tIKQo8GMvOZyGx0Wm2RT").send().await.unwrap();
    assert_eq!(one.body.caller_email.as_deref(), Some("test@gmail.com"));

    // Without credentials nothing is sent, and the error names the setters.
    let anonymous = playai::Client::new(&prism.url).unwrap();
    let err = anonymous.get_agent_stats("f0gZrOKBKL7veJ6o1M").send().await.unwrap_err();
    assert!(matches!(err, agent_analytics::Error::MissingCredentials(_)), "{err}");
    assert!(err.to_string().contains("`with_api_key_auth` and `with_x_user_id_auth`"), "{err}");
    // Sent anyway, the server's 401 says why.
    let err = anonymous.get_agent_stats("f0gZrOKBKL7veJ6o1M").allow_missing_credentials().send().await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::UNAUTHORIZED), "{err}");
    let said = err.message().expect("Prism explains the 401");
    assert!(err.to_string().contains(said.split_whitespace().next().unwrap()), "{err}");
    // One of the two credentials is not enough: the requirement is AND.
    let half = playai::Client::new(&prism.url).unwrap().with_api_key_auth("sk-test");
    let err = half.get_agent_stats("f0gZrOKBKL7veJ6o1M").send().await.unwrap_err();
    assert!(matches!(err, agent_analytics::Error::MissingCredentials(_)), "{err}");
}

#[tokio::test]
async fn chatwoot_against_prism() {
    let prism = Prism::serve("chatwoot.yaml");
    let client = chatwoot::Client::new(&prism.url).unwrap().with_user_api_key("cw-token");
    // `type` allows one value, `agent`: the client sends it.
    let report = client.get_agent_conversation_metrics(1).user_id("2").send().await.unwrap();
    assert_eq!(report.status, 200);

    let anonymous = chatwoot::Client::new(&prism.url).unwrap();
    let err = anonymous.get_agent_conversation_metrics(1).allow_missing_credentials().send().await.unwrap_err();
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
    let calls = origins::Client::new(&prism.url).unwrap().get_agent_call_stats(123).send().await.unwrap().into_body();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].call_status, Some(origins::types::CallStatus::Answered));
    assert_eq!(calls[0].call_agent_id, Some(123));
}
