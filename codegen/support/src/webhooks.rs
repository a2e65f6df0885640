/// Receiving what the API sends to you (its `webhooks`, and its operations'
/// `callbacks`): a body's signature is checked first, by a [`Verify`], which is the
/// only way to a [`Verified`] body; only a verified body is decoded.
///
/// Compiled with the cargo feature `webhooks`, which brings in the crates that check
/// signatures.
#[cfg(needs = "webhooks")]
#[cfg(feature = "webhooks")]
pub mod webhooks {
    use std::fmt;

    use reqwest::header::{HeaderMap, HeaderName};

    /// A body whose signature checked out, made by [`Verify::verify`]; or, by name,
    /// one taken as it is ([`Verified::unverified`]). The events' `decode` functions
    /// take nothing else, so that a check cannot be left out by accident.
    #[derive(Debug, Clone, Copy)]
    pub struct Verified<'b> {
        body: &'b [u8],
    }

    impl<'b> Verified<'b> {
        /// A body taken without a signature check: for a sender that signs nothing,
        /// or a channel that is authenticated some other way.
        pub fn unverified(body: &'b [u8]) -> Self {
            Self { body }
        }

        /// The body's bytes, as received.
        pub fn body(&self) -> &'b [u8] {
            self.body
        }
    }

    /// A signature scheme: checks a received body against its request's headers.
    pub trait Verify {
        /// `Ok` with the body when its signature is one of the secrets'.
        ///
        /// # Errors
        /// [`WebhookError`]: a header missing or malformed, a timestamp out of
        /// tolerance, or no secret's signature matching.
        fn verify<'b>(&self, headers: &HeaderMap, body: &'b [u8]) -> Result<Verified<'b>, WebhookError>;
    }

    /// The Standard Webhooks scheme (<https://www.standardwebhooks.com>): an
    /// HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`, sent base64-encoded
    /// in `webhook-signature` as `v1,<signature>` (several, space-separated, while a
    /// sender rotates its secret). A timestamp more than five minutes old or ahead is
    /// refused, against replays. Checked by the `standardwebhooks` crate, the
    /// reference implementation.
    pub struct StandardWebhooks {
        keys: Vec<standardwebhooks::Webhook>,
    }

    impl StandardWebhooks {
        /// A verifier that accepts a signature by any of `secrets`: each base64, with
        /// or without its `whsec_` prefix. Give the old and the new secret while a
        /// secret is rotated.
        ///
        /// # Errors
        /// [`WebhookError::InvalidSecret`] for a secret that is empty or not base64,
        /// or for no secret at all.
        pub fn new<S: AsRef<str>>(secrets: impl IntoIterator<Item = S>) -> Result<Self, WebhookError> {
            let keys = secrets
                .into_iter()
                .enumerate()
                .map(|(i, secret)| {
                    // An empty key would make a signature anyone can forge (an unset
                    // variable read as "").
                    let secret = secret.as_ref();
                    if secret.strip_prefix("whsec_").unwrap_or(secret).is_empty() {
                        return Err(WebhookError::InvalidSecret(format!("secret {i} is empty")));
                    }
                    standardwebhooks::Webhook::new(secret)
                        .map_err(|_| WebhookError::InvalidSecret(format!("secret {i} is not base64")))
                })
                .collect::<Result<Vec<_>, _>>()?;
            if keys.is_empty() {
                return Err(WebhookError::InvalidSecret("no secret was given".to_owned()));
            }
            Ok(Self { keys })
        }
    }

    impl Verify for StandardWebhooks {
        fn verify<'b>(&self, headers: &HeaderMap, body: &'b [u8]) -> Result<Verified<'b>, WebhookError> {
            use standardwebhooks::WebhookError as Refused;
            let mut refused = Refused::InvalidSignature;
            for key in &self.keys {
                match key.verify(body, headers) {
                    Ok(()) => return Ok(Verified { body }),
                    // A header or timestamp at fault is so for every secret.
                    Err(err @ (Refused::InvalidSignature | Refused::InvalidSecret(_))) => refused = err,
                    Err(err) => return Err(err.into()),
                }
            }
            Err(refused.into())
        }
    }

    impl From<standardwebhooks::WebhookError> for WebhookError {
        fn from(err: standardwebhooks::WebhookError) -> Self {
            use standardwebhooks::WebhookError as Refused;
            match err {
                Refused::MissingHeader(name) => WebhookError::MissingHeader(format!("webhook-{name}")),
                Refused::InvalidHeader(name) => WebhookError::InvalidHeader(format!("webhook-{name}")),
                Refused::InvalidTimestamp => WebhookError::InvalidHeader("webhook-timestamp".to_owned()),
                Refused::TimestampTooOldError => WebhookError::StaleTimestamp,
                Refused::FutureTimestampError => WebhookError::FutureTimestamp,
                Refused::InvalidPayload => WebhookError::BadSignature,
                Refused::InvalidSecret(_) | Refused::InvalidSignature => WebhookError::BadSignature,
            }
        }
    }

    impl fmt::Debug for StandardWebhooks {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "StandardWebhooks {{ secrets: {} }}", self.keys.len())
        }
    }

    /// A plain HMAC-SHA256 (RFC 2104) of the body alone, in one header: GitHub's
    /// `X-Hub-Signature-256: sha256=<hex>`, Shopify's `X-Shopify-Hmac-Sha256: <base64>`.
    /// Compared in constant time. Such a signature has no timestamp: a replayed
    /// delivery checks out, so tell deliveries apart by their id where the sender
    /// gives one.
    pub struct HmacSha256 {
        header: HeaderName,
        prefix: String,
        encoding: SignatureEncoding,
        keys: Vec<Vec<u8>>,
    }

    /// How a signature's bytes are written in its header.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum SignatureEncoding {
        /// Hexadecimal digits, either case.
        Hex,
        /// Base64 with padding (RFC 4648, section 4).
        Base64,
    }

    impl HmacSha256 {
        /// A verifier of signatures in `header`, written in `encoding`, by any of
        /// `secrets` (each as the sender gives it, used as bytes).
        ///
        /// # Errors
        /// [`WebhookError::InvalidSecret`] for no secret, or an empty one;
        /// [`WebhookError::InvalidHeader`] for a header name that cannot be one.
        pub fn new<S: AsRef<[u8]>>(
            header: &str,
            encoding: SignatureEncoding,
            secrets: impl IntoIterator<Item = S>,
        ) -> Result<Self, WebhookError> {
            let header = HeaderName::try_from(header).map_err(|_| WebhookError::InvalidHeader(header.to_owned()))?;
            let keys: Vec<Vec<u8>> = secrets.into_iter().map(|secret| secret.as_ref().to_vec()).collect();
            if keys.is_empty() || keys.iter().any(Vec::is_empty) {
                return Err(WebhookError::InvalidSecret("no secret, or an empty one, was given".to_owned()));
            }
            Ok(Self { header, prefix: String::new(), encoding, keys })
        }

        /// What the header's value starts with before the signature (`sha256=`).
        pub fn with_prefix(mut self, prefix: impl Into<String>) -> Self {
            self.prefix = prefix.into();
            self
        }
    }

    impl Verify for HmacSha256 {
        fn verify<'b>(&self, headers: &HeaderMap, body: &'b [u8]) -> Result<Verified<'b>, WebhookError> {
            let name = || self.header.as_str().to_owned();
            let value = headers.get(&self.header).ok_or_else(|| WebhookError::MissingHeader(name()))?;
            let value = value.to_str().map_err(|_| WebhookError::InvalidHeader(name()))?;
            let written =
                value.trim().strip_prefix(self.prefix.as_str()).ok_or_else(|| WebhookError::InvalidHeader(name()))?;
            let signature = match self.encoding {
                SignatureEncoding::Hex => hex_digits(written),
                SignatureEncoding::Base64 => {
                    use base64::Engine as _;
                    base64::engine::general_purpose::STANDARD.decode(written).ok()
                }
            };
            let signature: [u8; 32] =
                signature.and_then(|bytes| bytes.try_into().ok()).ok_or_else(|| WebhookError::InvalidHeader(name()))?;
            match self.keys.iter().any(|key| hmac_sha256::HMAC::verify(body, key, &signature)) {
                true => Ok(Verified { body }),
                false => Err(WebhookError::BadSignature),
            }
        }
    }

    impl fmt::Debug for HmacSha256 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("HmacSha256")
                .field("header", &self.header)
                .field("prefix", &self.prefix)
                .field("encoding", &self.encoding)
                .field("secrets", &self.keys.len())
                .finish()
        }
    }

    /// The bytes of an even number of hex digits.
    fn hex_digits(text: &str) -> Option<Vec<u8>> {
        let digit = |b: u8| (b as char).to_digit(16);
        let pairs = text.as_bytes().chunks(2);
        pairs.map(|pair| Some((digit(*pair.first()?)? * 16 + digit(*pair.get(1)?)?) as u8)).collect()
    }

    /// Why a received webhook was refused.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum WebhookError {
        /// A header the scheme reads is not there (its name).
        MissingHeader(String),
        /// A header the scheme reads is not what it must be (its name).
        InvalidHeader(String),
        /// The signature's timestamp is older than the tolerance allows (a replay?).
        StaleTimestamp,
        /// The signature's timestamp is further ahead than the tolerance allows.
        FutureTimestamp,
        /// No secret's signature of the body is the one sent: the body was changed,
        /// or signed by someone else, or with a secret not given.
        BadSignature,
        /// A secret given to a verifier is not of the scheme's form.
        InvalidSecret(String),
        /// The verified body is not the payload of the event it is read as.
        Decode {
            /// The event, as the spec names it; empty while it is not known.
            event: String,
            /// Where decoding failed, as a JSON path (`data.id`).
            path: String,
            message: String,
        },
    }

    impl fmt::Display for WebhookError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                WebhookError::MissingHeader(name) => write!(f, "the webhook has no `{name}` header"),
                WebhookError::InvalidHeader(name) => write!(f, "the webhook's `{name}` header is malformed"),
                WebhookError::StaleTimestamp => f.write_str("the webhook's signature is too old"),
                WebhookError::FutureTimestamp => f.write_str("the webhook's signature is dated in the future"),
                WebhookError::BadSignature => f.write_str("the webhook's signature does not match its body"),
                WebhookError::InvalidSecret(why) => write!(f, "invalid webhook secret: {why}"),
                WebhookError::Decode { event, path, message } => {
                    f.write_str("cannot decode the ")?;
                    if !event.is_empty() {
                        write!(f, "`{event}` ")?;
                    }
                    f.write_str("webhook")?;
                    if !path.is_empty() && path != "." {
                        write!(f, " at `{path}`")?;
                    }
                    write!(f, ": {message}")
                }
            }
        }
    }

    impl std::error::Error for WebhookError {}

    /// The body as the payload of the event `event`.
    pub(crate) fn decode<T: serde::de::DeserializeOwned>(event: &str, body: Verified<'_>) -> Result<T, WebhookError> {
        let mut deserializer = serde_json::Deserializer::from_slice(body.body);
        let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| WebhookError::Decode {
            event: event.to_owned(),
            path: err.path().to_string(),
            message: err.into_inner().to_string(),
        })?;
        // Nothing but white space after the value.
        deserializer.end().map_err(|err| WebhookError::Decode {
            event: event.to_owned(),
            path: String::new(),
            message: err.to_string(),
        })?;
        Ok(value)
    }

    /// The body as any JSON value: an event the spec does not list.
    pub(crate) fn decode_other(event: &str, body: Verified<'_>) -> Result<serde_json::Value, WebhookError> {
        decode(event, body)
    }

    /// The string value of the body's top-level member `property`, the event's tag;
    /// the rest of the body is skipped, not kept.
    #[cfg(needs = "webhook_tags")]
    pub(crate) fn tag(property: &str, body: Verified<'_>) -> Result<String, WebhookError> {
        use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
        struct Member<'p>(&'p str);
        impl<'de> Visitor<'de> for Member<'_> {
            type Value = Option<String>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut found = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key == self.0 && found.is_none() {
                        true => found = Some(map.next_value::<String>()?),
                        false => drop(map.next_value::<IgnoredAny>()?),
                    }
                }
                Ok(found)
            }
        }
        impl<'de> DeserializeSeed<'de> for Member<'_> {
            type Value = Option<String>;
            fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
                deserializer.deserialize_map(self)
            }
        }
        // Which event it is, is not known yet.
        let failed =
            |path: &str, message: String| WebhookError::Decode { event: String::new(), path: path.to_owned(), message };
        let mut deserializer = serde_json::Deserializer::from_slice(body.body);
        let found = Member(property).deserialize(&mut deserializer).map_err(|err| failed("", err.to_string()))?;
        found.ok_or_else(|| failed(property, format!("the body has no `{property}` member, which names the event")))
    }
}

#[cfg(test)]
mod webhook_tests {
    use super::webhooks::*;
    use reqwest::header::HeaderMap;

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const OTHER: &str = "whsec_c2VjcmV0IG51bWJlciB0d28gb2YgdGhlIHBhaXI=";

    fn now() -> i64 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
    }

    /// The headers a Standard Webhooks sender puts on `body`, signed with `secret` at `at`.
    fn signed(secret: &str, at: i64, body: &[u8]) -> HeaderMap {
        let signature = standardwebhooks::Webhook::new(secret).unwrap().sign("msg_1", at, body).unwrap();
        let mut headers = HeaderMap::new();
        headers.insert("webhook-id", "msg_1".parse().unwrap());
        headers.insert("webhook-timestamp", at.to_string().parse().unwrap());
        headers.insert("webhook-signature", signature.parse().unwrap());
        headers
    }

    #[test]
    fn a_standard_signature_verifies_and_a_changed_body_does_not() {
        let body = br#"{"type":"batch.completed"}"#;
        let verifier = StandardWebhooks::new([SECRET]).unwrap();
        let headers = signed(SECRET, now(), body);
        assert_eq!(verifier.verify(&headers, body).unwrap().body(), body);
        let changed = br#"{"type":"batch.completes"}"#;
        assert_eq!(verifier.verify(&headers, changed).unwrap_err(), WebhookError::BadSignature);
        let wrong = StandardWebhooks::new([OTHER]).unwrap();
        assert_eq!(wrong.verify(&headers, body).unwrap_err(), WebhookError::BadSignature);
    }

    #[test]
    fn a_rotated_secret_verifies_with_either() {
        let body = b"{}";
        let verifier = StandardWebhooks::new([OTHER, SECRET]).unwrap();
        assert!(verifier.verify(&signed(SECRET, now(), body), body).is_ok());
        assert!(verifier.verify(&signed(OTHER, now(), body), body).is_ok());
    }

    #[test]
    fn timestamps_out_of_tolerance_and_missing_headers_are_refused() {
        let body = b"{}";
        let verifier = StandardWebhooks::new([SECRET]).unwrap();
        let stale = signed(SECRET, now() - 10 * 60, body);
        assert_eq!(verifier.verify(&stale, body).unwrap_err(), WebhookError::StaleTimestamp);
        let ahead = signed(SECRET, now() + 10 * 60, body);
        assert_eq!(verifier.verify(&ahead, body).unwrap_err(), WebhookError::FutureTimestamp);
        let mut missing = signed(SECRET, now(), body);
        missing.remove("webhook-signature");
        let err = verifier.verify(&missing, body).unwrap_err();
        assert_eq!(err, WebhookError::MissingHeader("webhook-signature".to_owned()));
    }

    #[test]
    fn secrets_are_checked_and_never_printed() {
        assert!(matches!(StandardWebhooks::new(["not base64!"]), Err(WebhookError::InvalidSecret(_))));
        assert!(matches!(StandardWebhooks::new(["whsec_"]), Err(WebhookError::InvalidSecret(_))));
        assert!(matches!(StandardWebhooks::new([""]), Err(WebhookError::InvalidSecret(_))));
        assert!(matches!(StandardWebhooks::new(Vec::<&str>::new()), Err(WebhookError::InvalidSecret(_))));
        let verifier = StandardWebhooks::new([SECRET]).unwrap();
        assert_eq!(format!("{verifier:?}"), "StandardWebhooks { secrets: 1 }");
        let hmac = HmacSha256::new("x-sig", SignatureEncoding::Hex, ["s3cret"]).unwrap();
        assert!(!format!("{hmac:?}").contains("s3cret"));
    }

    #[test]
    fn a_plain_hmac_verifies_in_hex_and_base64() {
        use base64::Engine as _;
        let body = br#"{"action":"opened"}"#;
        let mac = hmac_sha256::HMAC::mac(body, b"key-2");
        let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
        let github = HmacSha256::new("X-Hub-Signature-256", SignatureEncoding::Hex, ["key-1", "key-2"])
            .unwrap()
            .with_prefix("sha256=");
        let mut headers = HeaderMap::new();
        headers.insert("x-hub-signature-256", format!("sha256={hex}").parse().unwrap());
        assert!(github.verify(&headers, body).is_ok());
        assert_eq!(github.verify(&headers, b"{\"action\":\"closed\"}").unwrap_err(), WebhookError::BadSignature);
        headers.insert("x-hub-signature-256", hex.parse().unwrap());
        let unprefixed = github.verify(&headers, body).unwrap_err();
        assert_eq!(unprefixed, WebhookError::InvalidHeader("x-hub-signature-256".to_owned()));

        let shopify = HmacSha256::new("x-shopify-hmac-sha256", SignatureEncoding::Base64, ["key-2"]).unwrap();
        let mut headers = HeaderMap::new();
        let encoded = base64::engine::general_purpose::STANDARD.encode(mac);
        headers.insert("x-shopify-hmac-sha256", encoded.parse().unwrap());
        assert!(shopify.verify(&headers, body).is_ok());
        assert_eq!(
            shopify.verify(&HeaderMap::new(), body).unwrap_err(),
            WebhookError::MissingHeader("x-shopify-hmac-sha256".to_owned())
        );
    }

    #[test]
    fn the_tag_is_read_from_the_top_level_alone() {
        let body = br#"{"data":{"type":"inner"},"id":"evt_1","type":"batch.failed"}"#;
        assert_eq!(tag("type", Verified::unverified(body)).unwrap(), "batch.failed");
        let untagged = tag("type", Verified::unverified(br#"{"data":{"type":"inner"}}"#)).unwrap_err();
        assert!(untagged.to_string().contains("no `type` member"), "{untagged}");
        let not_json = tag("type", Verified::unverified(b"{\"type\":\"a\",}")).unwrap_err();
        assert!(not_json.to_string().starts_with("cannot decode the webhook: trailing comma"), "{not_json}");
        assert!(tag("type", Verified::unverified(b"[1]")).is_err());
    }

    #[test]
    fn a_payload_that_does_not_decode_names_where() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Payload {
            data: Data,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Data {
            id: String,
        }
        let err = decode::<Payload>("batch_failed", Verified::unverified(br#"{"data":{"id":7}}"#)).unwrap_err();
        assert!(matches!(&err, WebhookError::Decode { path, .. } if path == "data.id"), "{err:?}");
        assert!(err.to_string().starts_with("cannot decode the `batch_failed` webhook at `data.id`"), "{err}");
    }
}
