//! `webhooks.rs` of an API that sends events: `WebhookEvent`, decoded from a
//! verified body by its tag or by the name the receiver gives, and the verifier of
//! the signature scheme the spec declares. The verifiers themselves are support code
//! (`support/src/webhooks.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{SignatureEncoding, SignatureScheme, TypeRef, Webhook, Webhooks};
use crate::render::docs::{code, doc_attrs, prose, wrapped};
use crate::render::{ident, type_tokens};

pub fn render_webhooks(webhooks: &Webhooks) -> TokenStream {
    let catch_all = ident(&webhooks.catch_all);
    let variants = webhooks.events.iter().map(|event| {
        let variant = ident(&event.variant);
        let docs = doc_attrs(Some(&event_docs(event)));
        match &event.payload {
            Some(payload) => {
                let payload = type_tokens(payload, true);
                quote! { #docs #variant(#payload), }
            }
            None => quote! { #docs #variant, },
        }
    });
    let names = webhooks.events.iter().map(|event| &event.name);
    let name_arms = webhooks.events.iter().map(|event| {
        let (variant, name) = (ident(&event.variant), &event.name);
        let pattern = if event.payload.is_some() { quote!(Self::#variant(_)) } else { quote!(Self::#variant) };
        quote! { #pattern => #name, }
    });
    let named_arms = webhooks.events.iter().map(|event| {
        let name = &event.name;
        let decoded = decoded(event, quote!(name));
        quote! { #name => #decoded, }
    });
    let by_tag = webhooks.tag.as_ref().map(|property| render_by_tag(webhooks, property));
    let named_docs = prose(&format!(
        "Decodes a verified body as the payload of the event `name` (one of [`WebhookEvent::NAMES`]); another \
         name is [`WebhookEvent::{catch_all}`]. For a receiver that knows the event from its URL or a header. \
         The signature covers the body, not `name`: take it from where the sender alone decides it (the URL \
         you gave it per event), lest a signed body of one event be passed off as another of the same shape.\n\n\
         # Errors\n\n[`WebhookError::Decode`] when the body is not that event's payload."
    ));
    let name_docs =
        prose(&format!("The event's name as the spec gives it, or as received for [`WebhookEvent::{catch_all}`]."));
    let call = if webhooks.tag.is_some() { "decode(body)" } else { "decode_named(name, body)" };
    let enum_docs = doc_attrs(Some(&format!(
        "{}\n\n```ignore\nlet body = verifier.verify(&headers, &bytes)?;\nlet event = WebhookEvent::{call}?;\n```",
        wrapped(
            "Every event the API sends to your server, with its payload. Decode one from a body a verifier checked:"
        )
    )));
    let unknown_docs = prose("An event the spec does not list (a newer one, perhaps): its name, and its body as JSON.");
    let uses_json = webhooks.events.iter().any(|e| !matches!(e.payload, None | Some(TypeRef::Text | TypeRef::Bytes)));
    let models = webhooks.events.iter().any(|e| e.payload.as_ref().is_some_and(|ty| !ty.names().is_empty()));
    let types_import = models.then(|| quote! { use super::types; });
    let decode_import = uses_json.then(|| quote!(decode,));
    let tag_import = webhooks.tag.is_some().then(|| quote!(tag,));
    let verifier = webhooks.signature.as_ref().map(verifier);
    quote! {
        use super::support::webhooks::{#decode_import decode_other, #tag_import};
        pub use super::support::webhooks::{
            HmacSha256, SignatureEncoding, StandardWebhooks, Verified, Verify, WebhookError,
        };
        #types_import

        #enum_docs
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant, reason = "an event is read once, not kept in bulk")]
        pub enum WebhookEvent {
            #(#variants)*
            #unknown_docs
            #catch_all { name: String, payload: serde_json::Value },
        }

        impl WebhookEvent {
            /// The names of the events the spec lists.
            pub const NAMES: &'static [&'static str] = &[#(#names),*];

            #by_tag

            #named_docs
            pub fn decode_named(name: &str, body: Verified<'_>) -> Result<Self, WebhookError> {
                match name {
                    #(#named_arms)*
                    _ => Ok(Self::#catch_all { name: name.to_owned(), payload: decode_other(name, body)? }),
                }
            }

            #name_docs
            pub fn name(&self) -> &str {
                match self {
                    #(#name_arms)*
                    Self::#catch_all { name, .. } => name,
                }
            }
        }

        #verifier
    }
}

/// `decode` and `receive`, for events that name themselves in the body's `property`.
fn render_by_tag(webhooks: &Webhooks, property: &str) -> TokenStream {
    let catch_all = ident(&webhooks.catch_all);
    let arms = webhooks.events.iter().filter_map(|event| {
        let (tag, name) = (event.tag.as_ref()?, &event.name);
        let decoded = decoded(event, quote!(#name));
        Some(quote! { #tag => #decoded, })
    });
    let first = webhooks.events.iter().find_map(|event| Some((event.tag.as_ref()?, &event.variant)));
    let example = first
        .map(|(tag, variant)| format!(" (`{}`: [`WebhookEvent::{variant}`])", tag.replace('`', "'")))
        .unwrap_or_default();
    let docs = prose(&format!(
        "Decodes a verified body by its {} member, whose value names the event{example}. A value the spec \
         does not list is [`WebhookEvent::{catch_all}`].\n\n# Errors\n\n[`WebhookError::Decode`] when the \
         body has no such member, or is not the payload its tag names.",
        code(property)
    ));
    let receive_docs = prose(
        "Checks a received body's signature with `verifier`, then decodes it: [`Verify::verify`], then \
         [`WebhookEvent::decode`].\n\n# Errors\n\nThose of either.",
    );
    quote! {
        #docs
        pub fn decode(body: Verified<'_>) -> Result<Self, WebhookError> {
            match tag(#property, body)?.as_str() {
                #(#arms)*
                other => Ok(Self::#catch_all { name: other.to_owned(), payload: decode_other(other, body)? }),
            }
        }

        #receive_docs
        pub fn receive(
            verifier: &impl Verify,
            headers: &reqwest::header::HeaderMap,
            body: &[u8],
        ) -> Result<Self, WebhookError> {
            Self::decode(verifier.verify(headers, body)?)
        }
    }
}

/// What an event's variant is made of, from `body`, named `name` in errors.
fn decoded(event: &Webhook, name: TokenStream) -> TokenStream {
    let variant = ident(&event.variant);
    match &event.payload {
        None => quote!(Ok(Self::#variant)),
        Some(TypeRef::Bytes) => quote!(Ok(Self::#variant(body.body().to_vec()))),
        Some(TypeRef::Text) => quote! {
            String::from_utf8(body.body().to_vec()).map(Self::#variant).map_err(|err| WebhookError::Decode {
                event: #name.to_owned(),
                path: String::new(),
                message: err.to_string(),
            })
        },
        Some(_) => quote!(decode(#name, body).map(Self::#variant)),
    }
}

/// An event's docs: the spec's, and how it is sent.
fn event_docs(event: &Webhook) -> String {
    let mut sent = format!("The {} event, sent with {}", code(&event.name), event.method);
    if let Some((operation, url)) = &event.callback_of {
        sent.push_str(&format!(" to {} as a callback of {}", code(url), code(operation)));
    }
    sent.push('.');
    let sent = wrapped(&sent);
    match &event.docs {
        Some(docs) => format!("{docs}\n\n{sent}"),
        None => sent,
    }
}

/// `verifier(secrets)`: the scheme the spec declares, with its parameters.
fn verifier(scheme: &SignatureScheme) -> TokenStream {
    match scheme {
        SignatureScheme::StandardWebhooks => {
            let docs = prose(
                "The verifier of the scheme the spec declares, Standard Webhooks, accepting a signature by any of \
                 `secrets` (base64, with or without `whsec_`).\n\n# Errors\n\n[`WebhookError::InvalidSecret`] \
                 for no secret, or one that is not base64.",
            );
            quote! {
                #docs
                pub fn verifier<S: AsRef<str>>(
                    secrets: impl IntoIterator<Item = S>,
                ) -> Result<StandardWebhooks, WebhookError> {
                    StandardWebhooks::new(secrets)
                }
            }
        }
        SignatureScheme::Hmac { header, encoding, prefix } => {
            let (encoding, written) = match encoding {
                SignatureEncoding::Hex => (quote!(SignatureEncoding::Hex), "hex"),
                SignatureEncoding::Base64 => (quote!(SignatureEncoding::Base64), "base64"),
            };
            let after = if prefix.is_empty() { String::new() } else { format!(" after {}", code(prefix)) };
            let docs = prose(&format!(
                "The verifier of the scheme the spec declares: an HMAC-SHA256 of the body, in {written}{after} in \
                 the {} header, by any of `secrets`.\n\n# Errors\n\n[`WebhookError::InvalidSecret`] for no \
                 secret, or an empty one.",
                code(header)
            ));
            let made = match prefix.is_empty() {
                true => quote! { HmacSha256::new(#header, #encoding, secrets) },
                false => quote! { Ok(HmacSha256::new(#header, #encoding, secrets)?.with_prefix(#prefix)) },
            };
            quote! {
                #docs
                pub fn verifier<S: AsRef<[u8]>>(
                    secrets: impl IntoIterator<Item = S>,
                ) -> Result<HmacSha256, WebhookError> {
                    #made
                }
            }
        }
    }
}
