//! Behaviour every generated client shares, on the wire: retries with backoff,
//! `Retry-After`, timeouts, per-request options and the user agent.

use std::time::{Duration, Instant};

use agent_analytics::{chatwoot, playai};
use playai::{RequestOptionsExt, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{header, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Retries a few milliseconds apart, so that tests stay fast.
fn quick_retries(max_attempts: u32) -> RetryPolicy {
    RetryPolicy { max_attempts, initial_backoff: Duration::from_millis(5), max_backoff: Duration::from_millis(50) }
}

fn stats() -> serde_json::Value {
    json!({"id": "a", "numberOfConversations": 1, "numberOfPhoneConversations": 0, "numberOfSecondsTalked": 3})
}

fn playai(server: &MockServer, retry: RetryPolicy) -> playai::Client {
    playai::Client::new(server.uri()).unwrap().with_api_key_auth("k").with_x_user_id_auth("u").with_retry(retry)
}

async fn requests_received(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn a_get_is_retried_on_5xx_429_and_408_until_it_succeeds() {
    let server = MockServer::start().await;
    for status in [503, 429, 408] {
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(status))
            .up_to_n_times(1)
            .with_priority(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(stats())).mount(&server).await;

    let response = playai(&server, quick_retries(4)).get_agent_stats("a").send().await.unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(requests_received(&server).await, 4);
}

#[tokio::test]
async fn retries_stop_at_max_attempts_with_the_last_answer() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(502)).mount(&server).await;

    let err = playai(&server, quick_retries(3)).get_agent_stats("a").max_attempts(2).send().await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::BAD_GATEWAY), "{err}");
    assert_eq!(requests_received(&server).await, 2, "the request's own limit wins over the client's");
}

#[tokio::test]
async fn a_client_error_is_not_retried() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(404)).mount(&server).await;
    playai(&server, quick_retries(3)).get_agent_stats("a").send().await.unwrap_err();
    assert_eq!(requests_received(&server).await, 1);
}

#[tokio::test]
async fn a_post_is_retried_only_with_an_idempotency_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v1/accounts/1/teams"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    // Each API module has its own support types, `RetryPolicy` included.
    let retry =
        chatwoot::RetryPolicy { max_attempts: 3, initial_backoff: Duration::from_millis(5), ..Default::default() };
    let client = chatwoot::Client::new(server.uri()).unwrap().with_user_api_key("k").with_retry(retry);
    let team = chatwoot::types::TeamCreateUpdatePayload { name: Some("Support".into()), ..Default::default() };

    client.create_a_team(1, team.clone()).send().await.unwrap_err();
    assert_eq!(requests_received(&server).await, 1, "a POST may not be sent twice unasked");

    use chatwoot::RequestOptionsExt as _;
    client.create_a_team(1, team).idempotency_key("team-support-1").send().await.unwrap_err();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 4);
    assert!(requests[1..].iter().all(|r| r.headers["idempotency-key"] == "team-support-1"));
    assert!(requests[1..].iter().all(|r| r.body == requests[1].body), "the body is sent again, unchanged");
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(stats())).mount(&server).await;

    let policy =
        RetryPolicy { max_attempts: 2, initial_backoff: Duration::from_millis(1), max_backoff: Duration::from_secs(5) };
    let started = Instant::now();
    playai(&server, policy).get_agent_stats("a").send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1), "waited {:?}", started.elapsed());
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(stats()).set_delay(Duration::from_secs(2)))
        .mount(&server)
        .await;

    let client = playai(&server, quick_retries(2));
    let err = client.get_agent_stats("a").timeout(Duration::from_millis(100)).send().await.unwrap_err();
    assert!(matches!(err, playai::Error::Timeout(_)), "{err:?}");
    assert_eq!(requests_received(&server).await, 2, "a timed-out GET is retried");

    let client = playai(&server, quick_retries(1)).with_timeout(Duration::from_millis(100));
    assert!(matches!(client.get_agent_stats("a").send().await, Err(playai::Error::Timeout(_))));
}

#[tokio::test]
async fn the_user_agent_names_the_crate_and_can_be_replaced() {
    let server = MockServer::start().await;
    let ours = concat!("agent-analytics/", env!("CARGO_PKG_VERSION"));
    Mock::given(header("user-agent", ours))
        .respond_with(ResponseTemplate::new(200).set_body_json(stats()))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(header("user-agent", "reporting-job/2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(stats()))
        .expect(1)
        .mount(&server)
        .await;

    playai(&server, quick_retries(1)).get_agent_stats("a").send().await.unwrap();
    let custom = playai(&server, quick_retries(1)).with_user_agent("reporting-job/2");
    custom.get_agent_stats("a").send().await.unwrap();
}

#[tokio::test]
async fn extra_headers_are_sent_and_invalid_ones_refused_before_sending() {
    let server = MockServer::start().await;
    Mock::given(header("x-trace-id", "t-1"))
        .and(header_exists("authorization"))
        .respond_with(ResponseTemplate::new(200).set_body_json(stats()))
        .expect(1)
        .mount(&server)
        .await;
    let client = playai(&server, quick_retries(1));
    client.get_agent_stats("a").header("X-Trace-Id", "t-1").send().await.unwrap();

    let err = client.get_agent_stats("a").header("X-Trace-Id", "t\r\nX-Evil: 1").send().await.unwrap_err();
    assert!(matches!(err, playai::Error::InvalidRequest(_)), "{err:?}");
    let err = client.get_agent_stats("a").header("Bad Name", "v").send().await.unwrap_err();
    assert!(matches!(err, playai::Error::InvalidRequest(_)), "{err:?}");
    assert_eq!(requests_received(&server).await, 1);
}
