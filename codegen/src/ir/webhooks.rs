//! What an API sends to its users' servers: its `webhooks` and its operations'
//! `callbacks`, received through one enum of events.

use super::TypeRef;

/// The events an API sends, each decoded from a verified body.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhooks {
    pub events: Vec<Webhook>,
    /// The top-level member whose value names the event, when every event's payload
    /// fixes it to a value of its own (OpenAI's `type`): a body is decoded by it.
    pub tag: Option<String>,
    /// The variant of an event the spec does not list, holding its JSON as sent.
    pub catch_all: String,
    /// How the spec says bodies are signed, when it says.
    pub signature: Option<SignatureScheme>,
}

/// One event: an operation of the `webhooks` section, or of an operation's callback.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    /// As the spec names it: the webhook's key, or the callback's (see `resolve::webhooks`).
    pub name: String,
    /// Its variant of `WebhookEvent`.
    pub variant: String,
    pub docs: Option<String>,
    /// The method it is sent with (`POST`).
    pub method: String,
    /// The body's type: a model for JSON, `Text`, `Bytes`; `None` for no body.
    pub payload: Option<TypeRef>,
    /// Its value of `Webhooks::tag`.
    pub tag: Option<String>,
    /// For a callback: the operation it follows (`POST /subscriptions`), and the URL
    /// expression it is sent to (`{$request.body#/url}`).
    pub callback_of: Option<(String, String)>,
    /// Where the spec declares it.
    pub at: String,
}

/// How a sender signs its bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureScheme {
    /// Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`.
    StandardWebhooks,
    /// An HMAC-SHA256 of the body in one header.
    Hmac { header: String, encoding: SignatureEncoding, prefix: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureEncoding {
    Hex,
    Base64,
}
