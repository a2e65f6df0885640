//! OpenAI's own description (`tests/openai`), generated into a crate of its own whose
//! test streams a chat completion from a server on 127.0.0.1: the chunks arrive as
//! typed `CreateChatCompletionStreamResponse`s, the request says `stream: true`, and
//! `data: [DONE]` ends the stream.

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

#[test]
fn a_chat_completion_streams_typed_chunks() {
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
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["test", "--offline", "--test", "stream"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("1 passed"), "{stdout}");
}
