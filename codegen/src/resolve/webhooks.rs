//! The events an API sends: each operation of the `webhooks` section (3.1) and of
//! an operation's `callbacks` becomes a variant of one `WebhookEvent`, holding its
//! request body. Events are named as the spec keys them: a webhook by its key, a
//! callback by its name (`{operationId}.{name}` when another event took that, then
//! a number); a
//! path item of several methods adds the method (`{name}.put`). A body is decoded by
//! its tag where every payload fixes one member to a value of its own, else by the
//! name the receiver gives.

use std::collections::HashMap;

use openapiv3::{PathItem, ReferenceOr};
use serde_json::Value;

use super::schema::Node;
use super::{Resolver, docs, lookup};
use crate::diagnostic::{DiagnosticKind, pointer_push};
use crate::ir::{SignatureEncoding, SignatureScheme, TypeDef, TypeDefKind, TypeRef, UnionVariant, Webhook, Webhooks};
use crate::load::Document;
use crate::naming::{self, Scope};
use crate::spec::is_json;

/// The extension, at the document's top level, that says how bodies are signed:
/// `standard-webhooks`, or `{header, encoding: hex | base64, prefix}` for an
/// HMAC-SHA256 of the body.
pub const SIGNATURE_EXTENSION: &str = "x-webhook-signature";

/// One operation that sends an event, where the spec declares it.
struct Sent<'a> {
    name: String,
    op: &'a openapiv3::Operation,
    /// The parameters of its path item, which it shares.
    shared: &'a [ReferenceOr<openapiv3::Parameter>],
    method: &'a str,
    at: String,
    /// For a callback: the operation it follows, and the URL expression it is sent to.
    after: Option<(String, &'a str)>,
    /// For a callback: the `operationId` of the operation it follows.
    parent: Option<&'a str>,
}

impl<'a> Resolver<'a> {
    /// Every event of the document, its payload resolved; `None` when it sends none.
    pub(super) fn webhooks(&mut self, doc: &'a Document) -> Option<Webhooks> {
        let sent = sent_events(doc, self.diags);
        if sent.is_empty() {
            return None;
        }
        let signature = self.signature_scheme(&sent);
        let mut variants = Scope::default();
        let mut events = Vec::new();
        for event in sent {
            let variant = variants.claim(naming::camel(&event.name, "Event"));
            let payload = self.payload(event.op, &variant, &event.at);
            let docs = docs(event.op.description.as_ref().or(event.op.summary.as_ref()));
            let callback_of = event.after.map(|(operation, url)| (operation, url.to_owned()));
            let method = event.method.to_ascii_uppercase();
            let (name, at) = (event.name, event.at);
            events.push(Webhook { name, variant, docs, method, payload, tag: None, callback_of, at });
        }
        let catch_all = naming::catch_all(events.iter().map(|e| e.variant.as_str()));
        Some(Webhooks { events, tag: None, catch_all, signature })
    }

    /// The body's type: the JSON media type's schema, else text or bytes.
    fn payload(&mut self, op: &'a openapiv3::Operation, variant: &str, at: &str) -> Option<TypeRef> {
        let body = op.request_body.as_ref()?;
        let at = pointer_push(at, "requestBody");
        let bodies = self.spec.components.as_ref().map(|c| &c.request_bodies);
        let body = lookup(bodies, body, "requestBodies", &at, self.diags)?;
        let json = body.content.iter().find(|(media_type, _)| is_json(media_type));
        if let Some((media_type, content)) = json {
            let at = pointer_push(&pointer_push(&pointer_push(&at, "content"), media_type), "schema");
            return Some(match &content.schema {
                Some(schema) => self.resolve(Node::from(schema), &format!("{variant}Payload"), &at).ty,
                None => TypeRef::Json,
            });
        }
        let (media_type, _) = body.content.first()?;
        if media_type.starts_with("text/") {
            return Some(TypeRef::Text);
        }
        let at = pointer_push(&pointer_push(&at, "content"), media_type);
        let message = format!("a webhook body in `{media_type}` is not decoded: the event holds its bytes");
        self.diags.warn(DiagnosticKind::Unsupported, at, message);
        Some(TypeRef::Bytes)
    }

    /// The scheme [`SIGNATURE_EXTENSION`] declares, or Standard Webhooks when the
    /// events declare its `webhook-signature` header.
    fn signature_scheme(&mut self, sent: &[Sent<'a>]) -> Option<SignatureScheme> {
        let at = pointer_push("", SIGNATURE_EXTENSION);
        if let Some(value) = self.spec.extensions.get(SIGNATURE_EXTENSION) {
            return signature_extension(value)
                .map_err(|why| {
                    self.diags.warn(DiagnosticKind::Document, at, format!("{why}: the extension is not read"))
                })
                .ok();
        }
        let parameters_of = self.spec.components.as_ref().map(|c| &c.parameters);
        let declares = |parameters: &[ReferenceOr<openapiv3::Parameter>]| {
            parameters.iter().any(|p| {
                let parameter = match p {
                    ReferenceOr::Item(p) => Some(p),
                    ReferenceOr::Reference { reference } => reference
                        .strip_prefix("#/components/parameters/")
                        .and_then(|key| parameters_of?.get(key)?.as_item()),
                };
                parameter.is_some_and(|p| {
                    let data = p.parameter_data_ref();
                    matches!(p, openapiv3::Parameter::Header { .. })
                        && data.name.eq_ignore_ascii_case("webhook-signature")
                })
            })
        };
        let declared = sent.iter().any(|event| declares(&event.op.parameters) || declares(event.shared));
        declared.then_some(SignatureScheme::StandardWebhooks)
    }
}

/// The scheme the extension's value declares, or why it declares none.
fn signature_extension(value: &Value) -> Result<SignatureScheme, String> {
    match value {
        Value::String(name) if name == "standard-webhooks" => Ok(SignatureScheme::StandardWebhooks),
        Value::Object(members) => {
            let text = |key: &str| members.get(key).and_then(Value::as_str);
            let header = text("header").ok_or("`header` (a header name) is missing")?;
            let valid = !header.is_empty() && header.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b));
            if !valid {
                return Err(format!("`{header}` is not a header name"));
            }
            let encoding = match text("encoding") {
                Some("hex") => SignatureEncoding::Hex,
                Some("base64") => SignatureEncoding::Base64,
                _ => return Err("`encoding` must be `hex` or `base64`".to_owned()),
            };
            let algorithm = text("algorithm").unwrap_or("hmac-sha256");
            if algorithm != "hmac-sha256" {
                return Err(format!("`algorithm: {algorithm}` is not one the client checks (`hmac-sha256`)"));
            }
            let prefix = text("prefix").unwrap_or_default().to_owned();
            Ok(SignatureScheme::Hmac { header: header.to_ascii_lowercase(), encoding, prefix })
        }
        _ => Err("the value is neither `standard-webhooks` nor a mapping with `header` and `encoding`".to_owned()),
    }
}

/// The document's events, named, in its order: the `webhooks` section, then the
/// callbacks of each operation (of every method). A webhook without an operation is
/// said, as nothing comes of it.
fn sent_events<'d>(doc: &'d Document, diags: &mut crate::diagnostic::Diagnostics) -> Vec<Sent<'d>> {
    let mut sent = Vec::new();
    for (name, item) in &doc.webhooks {
        let at = pointer_push("/webhooks", name);
        let events = operations_of(item, name, &at, None);
        if events.is_empty() {
            let message =
                format!("the webhook `{name}` has no operation of a method read (`post`, ...): no event comes of it");
            diags.warn(DiagnosticKind::Unsupported, at, message);
        }
        sent.extend(events);
    }
    let fixed = doc.spec.paths.paths.iter().filter_map(|(path, item)| match item {
        ReferenceOr::Item(item) => Some(item.iter().map(move |(method, op)| {
            (path, method.to_owned(), pointer_push(&pointer_push("/paths", path), method), op)
        })),
        ReferenceOr::Reference { .. } => None,
    });
    let others = doc
        .additional_operations
        .iter()
        .map(|other| (&other.path, other.method.clone(), other.at.clone(), &other.operation));
    for (path, method, at, op) in fixed.flatten().chain(others) {
        let operation = format!("{} {path}", method.to_ascii_uppercase());
        for (name, callback) in &op.callbacks {
            let at = pointer_push(&pointer_push(&at, "callbacks"), name);
            let several = callback.len() > 1;
            for (expression, item) in callback {
                let at = pointer_push(&at, expression);
                let name = if several { format!("{name}.{expression}") } else { name.clone() };
                let after = Some((operation.clone(), expression.as_str()));
                let events = operations_of(item, &name, &at, after);
                if events.is_empty() {
                    let message =
                        format!("the callback `{name}` has no operation of a method read: no event comes of it");
                    diags.warn(DiagnosticKind::Unsupported, &at, message);
                }
                sent.extend(events.into_iter().map(|event| Sent { parent: op.operation_id.as_deref(), ..event }));
            }
        }
    }
    // A name met twice (callbacks of two operations) is kept by the first; the others
    // take their operation's id, then a number, before it.
    let mut taken = std::collections::HashSet::new();
    for event in &mut sent {
        if taken.contains(&event.name) {
            if let Some(parent) = event.parent {
                event.name = format!("{parent}.{}", event.name);
            }
            let base = event.name.clone();
            for n in 2.. {
                if !taken.contains(&event.name) {
                    break;
                }
                event.name = format!("{base}.{n}");
            }
        }
        taken.insert(event.name.clone());
    }
    sent
}

/// The operations of one path item of events, named after it.
fn operations_of<'a>(item: &'a PathItem, name: &str, at: &str, after: Option<(String, &'a str)>) -> Vec<Sent<'a>> {
    let operations: Vec<(&str, &openapiv3::Operation)> = item.iter().collect();
    let several = operations.len() > 1;
    let sent = operations.into_iter().map(|(method, op)| Sent {
        name: if several { format!("{name}.{method}") } else { name.to_owned() },
        op,
        shared: &item.parameters,
        method,
        at: pointer_push(at, method),
        after: after.clone(),
        parent: None,
    });
    sent.collect()
}

/// Sets the tag each event's payload fixes, when every payload fixes the same member
/// to a value of its own.
pub fn find_tags(webhooks: &mut Webhooks, types: &[TypeDef]) {
    let kinds: HashMap<String, TypeDefKind> = types.iter().map(|t| (t.name.clone(), t.kind.clone())).collect();
    let variants: Option<Vec<UnionVariant>> = webhooks
        .events
        .iter()
        .map(|e| Some(UnionVariant { name: e.variant.clone(), ty: e.payload.clone()?, converts: false }))
        .collect();
    let Some(union) = variants.and_then(|variants| super::unions::implied_tags(&variants, &kinds)) else { return };
    for (event, variant) in webhooks.events.iter_mut().zip(union.variants) {
        event.tag = variant.tags.into_iter().next();
    }
    webhooks.tag = Some(union.property);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_signature_extension_names_a_scheme_or_says_why_not() {
        assert_eq!(signature_extension(&json!("standard-webhooks")), Ok(SignatureScheme::StandardWebhooks));
        let github = json!({"header": "X-Hub-Signature-256", "encoding": "hex", "prefix": "sha256="});
        let expected = SignatureScheme::Hmac {
            header: "x-hub-signature-256".to_owned(),
            encoding: SignatureEncoding::Hex,
            prefix: "sha256=".to_owned(),
        };
        assert_eq!(signature_extension(&github), Ok(expected));
        let why = |value: Value| signature_extension(&value).unwrap_err();
        assert!(why(json!({"encoding": "hex"})).contains("`header`"));
        assert!(why(json!({"header": "X Sig", "encoding": "hex"})).contains("not a header name"));
        assert!(why(json!({"header": "X-Sig", "encoding": "binary"})).contains("`hex` or `base64`"));
        assert!(why(json!({"header": "X-Sig", "encoding": "hex", "algorithm": "hmac-sha1"})).contains("hmac-sha1"));
        assert!(why(json!("svix")).contains("neither"));
    }
}
