// The fixed part of a generated API's `examples.rs`, the test of its samples: the
// generator prints these items and adds the API's own `CATCH_ALLS`, `TAGS` and
// `check`, which picks the type a sample is decoded as.

use serde_json::Value;

/// Why a sample failed.
enum Failure {
    Decode(String),
    RoundTrip(String),
}

/// Decodes `value` as `T` and encodes it back. A sample is what the spec lists, so it
/// must not need a catch-all variant.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(
    value: &Value,
) -> Result<(), Failure> {
    let decoded: T = serde_path_to_error::deserialize(value.clone())
        .map_err(|err| Failure::Decode(format!("at `{}`: {}", err.path(), err.inner())))?;
    if let Some(shown) = catch_all(&format!("{decoded:?}")) {
        return Err(Failure::Decode(format!("as a value the spec does not list: `{shown}`")));
    }
    let encoded = serde_json::to_value(&decoded).map_err(|err| Failure::RoundTrip(err.to_string()))?;
    match difference(value, &encoded, "") {
        Some(at) => Err(Failure::RoundTrip(format!("encodes back differently at `{at}`: {encoded}"))),
        None => Ok(()),
    }
}

/// The first catch-all variant (of `CATCH_ALLS`) in a value's `Debug` text, outside
/// the strings it holds, with what follows it.
fn catch_all(shown: &str) -> Option<String> {
    let (mut in_string, mut escaped, mut after_word) = (false, false, false);
    for (at, c) in shown.char_indices() {
        if in_string {
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
            continue;
        }
        let rest = &shown[at..];
        let starts = |name: &&str| rest.strip_prefix(*name).is_some_and(|after| after.starts_with('('));
        if !after_word && CATCH_ALLS.iter().any(starts) {
            return Some(rest.chars().take(80).collect());
        }
        in_string = c == '"';
        after_word = c.is_alphanumeric() || c == '_';
    }
    None
}

/// Where two values differ, if they do. Numbers compare by value (`1` is `1.0`),
/// date-times by instant (`Z` is `+00:00`), UUIDs whatever their case (RFC 9562:
/// `uuid::Uuid` writes lower case), a member that is `null` in one and absent from
/// the other is none (an optional member that may be `null` decodes both as `None`),
/// and neither is a tag (of `TAGS`) that encoding added.
fn difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x.keys().chain(y.keys()).find_map(|key| {
            let added = !x.contains_key(key) && TAGS.contains(&key.as_str()) && y[key].is_string();
            let (p, q) = (x.get(key).unwrap_or(&Value::Null), y.get(key).unwrap_or(&Value::Null));
            if added { None } else { difference(p, q, &format!("{at}.{key}")) }
        }),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| difference(p, q, &format!("{at}[{i}]")))
        }
        (Value::Number(x), Value::Number(y)) => (x.as_f64() != y.as_f64()).then(|| at.to_owned()),
        (Value::String(x), Value::String(y)) if x != y => {
            let instant = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
            let uuid = |text: &str| {
                text.len() == 36
                    && text
                        .char_indices()
                        .all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { c == '-' } else { c.is_ascii_hexdigit() })
            };
            match (instant(x), instant(y)) {
                (Some(p), Some(q)) if p == q => None,
                _ if uuid(x) && x.eq_ignore_ascii_case(y) => None,
                _ => Some(at.to_owned()),
            }
        }
        _ => (a != b).then(|| at.to_owned()),
    }
}

/// The stack the samples are decoded on. Unoptimised, every frame between a
/// document and its deepest object holds a whole decoded value, and the wrappers
/// that track the path add more frames: DocuSign's account settings (700 members,
/// over 100 KB a value) overflow a test thread's 2 MiB.
const STACK: usize = 64 << 20;

#[test]
fn samples_decode_and_encode_back() {
    let checked = std::thread::Builder::new().stack_size(STACK).spawn(check_samples).expect("a thread to decode on");
    if let Err(panic) = checked.join() {
        std::panic::resume_unwind(panic);
    }
}

fn check_samples() {
    let samples: Vec<Value> = serde_json::from_str(include_str!("examples.json")).expect("a list of samples");
    let (mut decoded, mut round_tripped) = (0, 0);
    let mut failures = Vec::new();
    for sample in &samples {
        let (at, origin) = (sample["at"].as_str().unwrap_or_default(), sample["origin"].as_str().unwrap_or_default());
        match check(sample["type"].as_u64().unwrap_or(u64::MAX), &sample["value"]) {
            Ok(()) => {
                decoded += 1;
                round_tripped += 1;
            }
            Err(Failure::RoundTrip(why)) => {
                decoded += 1;
                failures.push(format!("{origin} {at}: {why}"));
            }
            Err(Failure::Decode(why)) => failures.push(format!("{origin} {at}: does not decode {why}")),
        }
    }
    println!("samples: {} tried, {decoded} decoded, {round_tripped} round-tripped", samples.len());
    for failure in &failures {
        println!("samples: failed {failure}");
    }
    assert!(failures.is_empty(), "{} of {} samples failed:\n{}", failures.len(), samples.len(), failures.join("\n"));
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_catch_all_is_found_outside_strings_and_words() {
        assert_eq!(catch_all("StatusUnknown(\"RINGING\")").as_deref(), None, "after a word");
        assert_eq!(catch_all("Some(Unknown(\"RINGING\"))").as_deref(), Some("Unknown(\"RINGING\"))"));
        assert_eq!(catch_all("Note { text: \"Unknown(1)\" }"), None, "inside a string");
        assert_eq!(catch_all("Note { text: \"a \\\" Unknown(1)\" }"), None, "past an escaped quote");
        assert_eq!(catch_all("UnknownField(1)"), None, "another name");
    }

    #[test]
    fn differences_ignore_what_encoding_may_change() {
        assert_eq!(difference(&json!({"n": 1}), &json!({"n": 1.0}), ""), None);
        assert_eq!(difference(&json!("2024-01-02T03:04:05Z"), &json!("2024-01-02T03:04:05+00:00"), ""), None);
        let upper = json!("123E4567-E89B-12D3-A456-426614174000");
        assert_eq!(difference(&upper, &json!("123e4567-e89b-12d3-a456-426614174000"), ""), None);
        assert_eq!(difference(&json!({"a": null}), &json!({}), ""), None);
        assert_eq!(difference(&json!({}), &json!({"type": "car"}), ""), None, "a tag encoding added");
        assert_eq!(difference(&json!({}), &json!({"kind": "car"}), "").as_deref(), Some(".kind"));
        assert_eq!(difference(&json!([1, 2]), &json!([1, 3]), "").as_deref(), Some("[1]"));
    }
}
