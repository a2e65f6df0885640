//! The generated clients against in-process mock servers: what each operation puts
//! on the wire, and what it makes of what comes back.

use agent_analytics::{RequestOptionsExt, chatwoot, origins, playai};
use futures_util::TryStreamExt;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn playai_client(server: &MockServer) -> playai::Client {
    playai::Client::new(server.uri()).unwrap().with_api_key_auth("sk-test-key").with_x_user_id_auth("user-42")
}

fn stats_body() -> serde_json::Value {
    json!({
        "id": "agent-1",
        "numberOfConversations": 121,
        "numberOfPhoneConversations": 0,
        "numberOfSecondsTalked": null,
        "addedLater": "ignored"
    })
}

#[tokio::test]
async fn agent_stats_sends_both_credentials_and_decodes_a_null_required_field() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agent-stats/agent-1"))
        .and(header("authorization", "Bearer sk-test-key"))
        .and(header("x-user-id", "user-42"))
        .and(header("accept", "application/json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(stats_body()))
        .expect(1)
        .mount(&server)
        .await;

    let response = playai_client(&server).get_agent_stats("agent-1").send().await.unwrap();
    assert_eq!(response.status, 200);
    let stats = response.into_body();
    assert_eq!(stats.id, "agent-1");
    assert_eq!(stats.number_of_conversations, 121.0);
    assert_eq!(stats.number_of_seconds_talked, None);

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].headers.get_all("accept").iter().count(), 1, "Accept is sent once");
}

#[tokio::test]
async fn path_parameters_are_one_encoded_segment() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(stats_body()))
        .mount(&server)
        .await;

    playai_client(&server).get_agent_stats("a/b ?#%..").send().await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.path(), "/api/v1/agent-stats/a%2Fb%20%3F%23%25..");
    assert_eq!(requests[0].url.query(), None);
}

#[tokio::test]
async fn dot_segments_are_refused_before_anything_is_sent() {
    let server = MockServer::start().await;
    for id in ["..", ".", ""] {
        let err = playai_client(&server).get_agent_stats(id).send().await.unwrap_err();
        assert!(matches!(err, playai::Error::InvalidRequest(_)), "{err:?}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn missing_credentials_fail_before_anything_is_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(401).set_body_string("Invalid or missing X-USER-ID"))
        .mount(&server)
        .await;

    // PlayAI requires both schemes together: one of them is not enough.
    let only_key = playai::Client::new(server.uri()).unwrap().with_api_key_auth("sk-test-key");
    let err = only_key.get_agent_stats("agent-1").send().await.unwrap_err();
    let playai::Error::MissingCredentials(message) = &err else { panic!("{err:?}") };
    assert!(message.contains("`with_api_key_auth` and `with_x_user_id_auth`"), "{message}");
    assert!(message.contains("RequestOptionsExt::allow_missing_credentials"), "{message}");
    // An empty credential is no credential.
    let empty = playai::Client::new(server.uri()).unwrap().with_api_key_auth("").with_x_user_id_auth("u");
    let err = empty.get_agent_stats("agent-1").send().await.unwrap_err();
    assert!(matches!(err, playai::Error::MissingCredentials(_)), "{err:?}");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent");

    // Sent anyway on request: without the incomplete credentials, and the server's
    // explanation is in the error's message.
    let err = only_key.get_agent_stats("agent-1").allow_missing_credentials().send().await.unwrap_err();
    assert_eq!(err.to_string(), "unexpected status 401 Unauthorized: Invalid or missing X-USER-ID");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    assert!(requests[0].headers.get("authorization").is_none());
    assert!(requests[0].headers.get("x-user-id").is_none());
}

#[tokio::test]
async fn a_base_url_that_is_not_an_http_url_is_refused_when_the_client_is_made() {
    for bad in ["api.play.ai", "ftp://api.play.ai", "https://api.play.ai/?v=1", "not a url"] {
        let err = playai::Client::new(bad).unwrap_err();
        assert!(matches!(err, playai::Error::InvalidRequest(_)), "{bad}: {err:?}");
    }
    assert_eq!(playai::Client::new("https://api.play.ai/").unwrap().base_url(), "https://api.play.ai");
}

#[tokio::test]
async fn a_bearer_token_given_with_its_scheme_is_not_sent_twice() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer sk-test-key"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "a", "numberOfConversations": 1, "numberOfPhoneConversations": 0, "numberOfSecondsTalked": 2
        })))
        .expect(2)
        .mount(&server)
        .await;
    for token in ["sk-test-key", "Bearer sk-test-key"] {
        let client = playai::Client::new(server.uri()).unwrap().with_api_key_auth(token).with_x_user_id_auth("u");
        client.get_agent_stats("a").send().await.unwrap();
    }
}

#[tokio::test]
async fn secrets_never_show_in_debug_output() {
    let client = playai::Client::new("http://127.0.0.1:9")
        .unwrap()
        .with_api_key_auth("sk-very-secret")
        .with_x_user_id_auth("uid-secret");
    let debug = format!("{client:?}");
    assert!(!debug.contains("sk-very-secret") && !debug.contains("uid-secret"), "{debug}");
    assert!(debug.contains("ApiKeyAuth"), "says which credentials are set: {debug}");
}

#[tokio::test]
async fn conversations_send_query_and_decode_declared_headers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/agents/agent-1/conversations"))
        .and(query_param("pageSize", "2"))
        .and(query_param("startAfter", "c0"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Page-Size", "2")
                .insert_header("X-Start-After", "c0")
                .insert_header("X-Next-Start-After", "c2")
                .insert_header("X-Total-Count", "5")
                .set_body_json(json!([
                    {"id": "c1", "startedAt": "2024-06-04T15:13:53.687Z", "durationInSeconds": 301},
                    {"id": "c2", "source": "web"}
                ])),
        )
        .expect(1)
        .mount(&server)
        .await;

    let page =
        playai_client(&server).get_agent_conversations("agent-1").page_size(2).start_after("c0").send().await.unwrap();
    assert_eq!(page.headers.page_size, Some(2));
    assert_eq!(page.headers.start_after.as_deref(), Some("c0"));
    assert_eq!(page.headers.next_start_after.as_deref(), Some("c2"));
    assert_eq!(page.headers.total_count, Some(5));
    assert_eq!(page.raw_headers["x-total-count"], "5");
    assert_eq!(page.body.len(), 2);
    assert_eq!(page.body[0].started_at.unwrap().to_rfc3339(), "2024-06-04T15:13:53.687+00:00");
    assert_eq!(page.body[1].source.as_deref(), Some("web"));
}

#[tokio::test]
async fn a_malformed_declared_header_is_a_decode_error_naming_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).insert_header("X-Total-Count", "lots").set_body_json(json!([])))
        .mount(&server)
        .await;
    let err = playai_client(&server).get_agent_conversations("agent-1").send().await.unwrap_err();
    let playai::Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert_eq!(decode.path, "header X-Total-Count");
    assert_eq!(decode.excerpt, "lots");
}

#[tokio::test]
async fn the_conversation_stream_follows_the_cursor_across_three_pages() {
    let server = MockServer::start().await;
    let page = |ids: &[&str], next: Option<&str>| {
        let body: Vec<_> = ids.iter().map(|id| json!({ "id": id })).collect();
        let response = ResponseTemplate::new(200).set_body_json(body);
        match next {
            Some(next) => response.insert_header("X-Next-Start-After", next),
            None => response,
        }
    };
    let conversations = || path("/api/v1/agents/agent-1/conversations");
    Mock::given(conversations())
        .and(query_param_is_missing("startAfter"))
        .and(query_param("pageSize", "2"))
        .respond_with(page(&["c1", "c2"], Some("c2")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(conversations())
        .and(query_param("startAfter", "c2"))
        .and(query_param("pageSize", "2"))
        .respond_with(page(&["c3", "c4"], Some("c4")))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(conversations())
        .and(query_param("startAfter", "c4"))
        .respond_with(page(&["c5"], None))
        .expect(1)
        .mount(&server)
        .await;

    let client = playai_client(&server);
    let all: Vec<_> = client.get_agent_conversations("agent-1").page_size(2).stream().try_collect().await.unwrap();
    let ids: Vec<_> = all.iter().map(|c| c.id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["c1", "c2", "c3", "c4", "c5"]);
}

#[tokio::test]
async fn the_stream_stops_on_an_empty_page_or_a_repeated_cursor() {
    let server = MockServer::start().await;
    Mock::given(query_param_is_missing("startAfter"))
        .respond_with(
            ResponseTemplate::new(200).insert_header("X-Next-Start-After", "c1").set_body_json(json!([{"id": "c1"}])),
        )
        .mount(&server)
        .await;
    // The server answers the next page with the same cursor: no endless loop.
    Mock::given(query_param("startAfter", "c1"))
        .respond_with(
            ResponseTemplate::new(200).insert_header("X-Next-Start-After", "c1").set_body_json(json!([{"id": "c2"}])),
        )
        .mount(&server)
        .await;
    let client = playai_client(&server);
    let all: Vec<_> = client.get_agent_conversations("agent-1").stream().try_collect().await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn a_body_that_does_not_match_the_spec_names_the_json_path() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"id": "c1"},
            {"id": "c2", "durationInSeconds": "long"}
        ])))
        .mount(&server)
        .await;
    let err = playai_client(&server).get_agent_conversations("agent-1").send().await.unwrap_err();
    let playai::Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert_eq!(decode.path, "[1].durationInSeconds");
    assert_eq!(decode.status, 200);
    assert!(err.to_string().contains("[1].durationInSeconds"), "{err}");
}

#[tokio::test]
async fn chatwoot_report_sends_its_token_header_and_query() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/accounts/7/reports/conversations/"))
        .and(query_param("type", "agent"))
        .and(query_param("user_id", "3"))
        .and(header("api_access_token", "cw-token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([
            {"id": 3, "name": "Ada", "email": "ada@example.com", "availability": "online",
             "metric": {"open": 4, "unattended": 1}}
        ])))
        .expect(1)
        .mount(&server)
        .await;
    let client = chatwoot::Client::new(format!("{}/", server.uri())).unwrap().with_user_api_key("cw-token");
    let report = client.get_agent_conversation_metrics(7).user_id("3").send().await.unwrap().into_body();
    assert_eq!(report[0].name.as_deref(), Some("Ada"));
    assert_eq!(report[0].metric.as_ref().unwrap().open, Some(4.0));
}

#[tokio::test]
async fn chatwoot_declared_errors_decode_into_the_typed_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "description": "Access denied",
            "errors": [{"field": "account_id", "message": "not yours", "code": "forbidden"}]
        })))
        .mount(&server)
        .await;
    let client = chatwoot::Client::new(server.uri()).unwrap().with_user_api_key("cw-token");
    let err = client.get_agent_conversation_metrics(7).send().await.unwrap_err();
    assert_eq!(err.status(), Some(reqwest::StatusCode::FORBIDDEN));
    // The server's explanation, from the body's message field, in one line.
    assert_eq!(err.message(), Some("Access denied"));
    assert_eq!(err.to_string(), "the API answered 403 Forbidden: Access denied");
    let chatwoot::Error::Api(api) = err else { panic!("{err:?}") };
    // One `Error` for every API of the crate: its body says which API answered.
    let agent_analytics::ErrorBody::Chatwoot(chatwoot::ErrorBody::BadRequestError(body)) = &api.body else {
        panic!("{:?}", api.body)
    };
    assert_eq!(body.description.as_deref(), Some("Access denied"));
    assert_eq!(body.errors.as_ref().unwrap()[0].code.as_deref(), Some("forbidden"));
}

#[tokio::test]
async fn call_stats_decode_the_documented_example_and_unknown_enum_values() {
    let server = MockServer::start().await;
    let mut example = json!({
        "call_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "call_agent_id": 123,
        "stt_data": [], "llm_data": [], "tts_data": [], "call_transcription": [],
        "call_recording_url": "<string>", "from_number": "<string>", "to_number": "<string>",
        "recording_id": "<string>", "call_context": {}, "call_status": "ANSWERED",
        "call_duration": 123, "billed_duration": 123, "initiation_time": "<string>",
        "answer_time": "<string>", "end_time": "<string>", "hangup_cause_name": "<string>",
        "hangup_source": "<string>", "call_direction": "inbound", "task_id": 123,
        "call_state_changes": [], "call_triggered": true, "call_quality": {}, "call_insights": {},
        "call_timeline": [{}], "tool_data": [{}], "audio_config": {}, "org_id": 123
    });
    let mut other = example.clone();
    other["call_status"] = json!("RINGING");
    other["call_id"] = json!(null);
    other["call_timeline"] = json!(null);
    example["call_direction"] = json!("outbound");
    Mock::given(method("GET"))
        .and(path("/api/agents/42/call_stats"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([example, other])))
        .mount(&server)
        .await;

    let calls = origins::Client::new(server.uri()).unwrap().get_agent_call_stats(42).send().await.unwrap().into_body();
    use origins::types::{CallDirection, CallStatus};
    assert_eq!(calls[0].call_id.unwrap().to_string(), "3c90c3cc-0d44-4b50-8888-8dd25736052a");
    assert_eq!(calls[0].call_status, Some(CallStatus::Answered));
    assert_eq!(calls[0].call_direction, Some(CallDirection::Outbound));
    assert_eq!(calls[0].call_timeline.as_ref().unwrap().len(), 1);
    assert_eq!(calls[1].call_status, Some(CallStatus::Unknown("RINGING".into())));
    assert_eq!(calls[1].call_status.as_ref().unwrap().as_str(), "RINGING");
    assert_eq!(calls[1].call_id, None);
    // Unknown values go back out as they came in.
    assert_eq!(serde_json::to_value(&calls[1]).unwrap()["call_status"], "RINGING");
}
