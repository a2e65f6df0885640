//! OpenAI's own description (`tests/openai`), generated into a crate of its own whose
//! tests stream a chat completion from a server on 127.0.0.1 (the chunks arrive as
//! typed `CreateChatCompletionStreamResponse`s, the request says `stream: true`, and
//! `data: [DONE]` ends the stream), and decode every webhook event's example from the
//! spec, signed the Standard Webhooks way as OpenAI signs them.

use std::path::Path;
use std::process::Command;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The generated crate's test: a server that answers as OpenAI does, chunk by chunk.
const STREAM_TEST: &str = r##"
use futures_util::StreamExt;
use openai_client::Client;
use openai_client::types::{
    ChatCompletionRequestUserMessage, ChatCompletionStreamResponseDeltaRole, CreateChatCompletionRequest,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// As OpenAI sends them: the role first, the words, then the reason it stopped.
const CHUNKS: [&str; 4] = [
    r#"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1733500000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}]}"#,
    r#"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1733500000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}]}"#,
    r#"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1733500000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"delta":{"content":"!"},"logprobs":null,"finish_reason":null}]}"#,
    r#"{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1733500000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_0ba0d124f1","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]}"#,
];

#[tokio::test]
async fn chat_completion_chunks_arrive_typed() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = Vec::new();
        let mut buffer = [0u8; 4096];
        loop {
            let read = socket.read(&mut buffer).await.unwrap();
            request.extend_from_slice(&buffer[..read]);
            let text = String::from_utf8_lossy(&request).into_owned();
            let Some(end) = text.find("\r\n\r\n") else { continue };
            let length: usize = text[..end]
                .lines()
                .find_map(|line| line.to_ascii_lowercase().strip_prefix("content-length: ").map(|n| n.trim().parse().unwrap()))
                .unwrap_or(0);
            if request.len() >= end + 4 + length {
                break;
            }
        }
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
        socket.write_all(head.as_bytes()).await.unwrap();
        for chunk in CHUNKS {
            socket.write_all(format!("data: {chunk}\n\n").as_bytes()).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        socket.write_all(b"data: [DONE]\n\n").await.unwrap();
        String::from_utf8(request).unwrap()
    });

    let client = Client::new(address).unwrap().with_api_key_auth("sk-test");
    let message = ChatCompletionRequestUserMessage::new("Say hello");
    let request = CreateChatCompletionRequest::new(vec![message.into()], "gpt-4o-mini");
    let response = client.create_chat_completion(request).send_stream().await.unwrap();
    let chunks: Vec<_> = response.body.map(|chunk| chunk.unwrap().data).collect().await;
    assert_eq!(chunks.len(), 4, "[DONE] ends the stream");
    assert_eq!(chunks[0].choices[0].delta.role, Some(ChatCompletionStreamResponseDeltaRole::Assistant));
    let text: String = chunks.iter().filter_map(|chunk| chunk.choices.first()?.delta.content.clone()).collect();
    assert_eq!(text, "Hello!");
    assert!(chunks[3].choices[0].finish_reason.is_some());
    let sent = server.await.unwrap();
    assert!(sent.contains("\"stream\":true"), "{sent}");
    assert!(sent.to_ascii_lowercase().contains("authorization: bearer sk-test\r\n"), "{sent}");
    assert!(sent.to_ascii_lowercase().contains("accept: text/event-stream, application/json;q=0.5\r\n"), "{sent}");
}
"##;

/// The generated crate's test of webhooks: each example, as `examples.json` lists
/// them by event name, signed and verified, then decoded by its `type`.
const WEBHOOKS_TEST: &str = r##"
use openai_client::webhooks::{StandardWebhooks, Verified, Verify, WebhookEvent};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

#[test]
fn every_webhook_example_decodes_as_its_event() {
    let examples: Vec<(String, String)> = serde_json::from_str(include_str!("examples.json")).unwrap();
    assert_eq!(examples.len(), WebhookEvent::NAMES.len(), "an example per event");
    // OpenAI's examples of the two incoming calls have a comma after their last item,
    // which JSON does not allow: refused, and said so.
    let (broken, examples): (Vec<_>, Vec<_>) =
        examples.into_iter().partition(|(_, example)| serde_json::from_str::<serde_json::Value>(example).is_err());
    let names: Vec<&str> = broken.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["live_call_incoming", "realtime_call_incoming"]);
    let err = WebhookEvent::decode(Verified::unverified(broken[0].1.as_bytes())).unwrap_err();
    assert!(err.to_string().starts_with("cannot decode the webhook: expected value at line 11"), "{err}");
    let verifier = StandardWebhooks::new([SECRET]).unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    for (name, example) in &examples {
        let body = example.as_bytes();
        let signature = standardwebhooks::Webhook::new(SECRET).unwrap().sign("wh_1", now, body).unwrap();
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("webhook-id", "wh_1".parse().unwrap());
        headers.insert("webhook-timestamp", now.to_string().parse().unwrap());
        headers.insert("webhook-signature", signature.parse().unwrap());
        let verified = verifier.verify(&headers, body).unwrap();
        let event = WebhookEvent::decode(verified).unwrap_or_else(|err| panic!("{name}: {err}"));
        assert_eq!(event.name(), name);
        assert!(!matches!(event, WebhookEvent::Unknown { .. }), "{name}");
        assert_eq!(WebhookEvent::decode_named(name, Verified::unverified(body)).unwrap(), event);
    }
}
"##;

/// Each webhook's name and the example OpenAI gives of its payload (`x-oaiMeta`).
/// Only those parts are read: a few of the spec's numbers are past what a JSON or
/// YAML value holds.
fn webhook_examples(spec: &Path) -> Vec<(String, String)> {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Spec {
        webhooks: indexmap::IndexMap<String, Webhook>,
        components: Components,
    }
    #[derive(Deserialize)]
    struct Webhook {
        post: Post,
    }
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Post {
        request_body: Body,
    }
    #[derive(Deserialize)]
    struct Body {
        content: BTreeMap<String, Media>,
    }
    #[derive(Deserialize)]
    struct Media {
        schema: Reference,
    }
    #[derive(Deserialize)]
    struct Reference {
        #[serde(rename = "$ref")]
        reference: String,
    }
    #[derive(Deserialize)]
    struct Components {
        schemas: BTreeMap<String, Schema>,
    }
    #[derive(Deserialize)]
    struct Schema {
        #[serde(rename = "x-oaiMeta")]
        meta: Option<Meta>,
    }
    #[derive(Deserialize)]
    struct Meta {
        example: Option<String>,
    }

    let spec: Spec = serde_yaml::from_str(&std::fs::read_to_string(spec).unwrap()).unwrap();
    let example = |webhook: &Webhook| {
        let reference = &webhook.post.request_body.content.get("application/json")?.schema.reference;
        let schema = spec.components.schemas.get(reference.rsplit('/').next()?)?;
        schema.meta.as_ref()?.example.clone()
    };
    let examples: Vec<(String, String)> =
        spec.webhooks.iter().filter_map(|(name, webhook)| Some((name.clone(), example(webhook)?))).collect();
    assert_eq!(examples.len(), spec.webhooks.len(), "every webhook has an example");
    examples
}

#[test]
fn a_chat_completion_streams_typed_chunks_and_webhook_examples_decode() {
    let dir = workspace().join("target/cli-tests/openai");
    let _ = std::fs::remove_dir_all(&dir);
    let spec = workspace().join("tests/openai/openapi.yaml");
    let config = codegen::Config::new().api("openai", &spec).crate_name("openai-client");
    if let Err(failure) = config.write_crate(&dir) {
        panic!("{failure}");
    }
    let mut manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    manifest.push_str(
        "\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"io-util\", \"macros\", \"net\", \"rt-multi-thread\"] }\n\n[workspace]\n",
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::write(dir.join("tests/stream.rs"), STREAM_TEST).unwrap();
    std::fs::write(dir.join("tests/webhooks.rs"), WEBHOOKS_TEST).unwrap();
    let examples = serde_json::to_string_pretty(&webhook_examples(&spec)).unwrap();
    std::fs::write(dir.join("tests/examples.json"), examples).unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["test", "--offline", "--features", "webhooks", "--test", "stream", "--test", "webhooks"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stdout.matches("1 passed").count(), 2, "{stdout}");
}
