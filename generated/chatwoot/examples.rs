use serde_json::Value;
use super::types;

enum Failure {
    Decode(String),
    RoundTrip(String),
}

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize + std::fmt::Debug>(
    value: &Value,
) -> Result<(), Failure> {
    let decoded: T = serde_path_to_error::deserialize(value.clone())
        .map_err(|err| Failure::Decode(
            format!("at `{}`: {}", err.path(), err.inner()),
        ))?;
    if let Some(shown) = catch_all(&format!("{decoded:?}")) {
        return Err(
            Failure::Decode(format!("as a value the spec does not list: `{shown}`")),
        );
    }
    let encoded = serde_json::to_value(&decoded)
        .map_err(|err| Failure::RoundTrip(err.to_string()))?;
    match difference(value, &encoded, "") {
        Some(at) => {
            Err(
                Failure::RoundTrip(
                    format!("encodes back differently at `{at}`: {encoded}"),
                ),
            )
        }
        None => Ok(()),
    }
}

fn catch_all(shown: &str) -> Option<String> {
    let (mut in_string, mut escaped, mut after_word) = (false, false, false);
    for (at, c) in shown.char_indices() {
        if in_string {
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
            continue;
        }
        let rest = &shown[at..];
        let starts = |name: &&str| {
            rest.strip_prefix(*name).is_some_and(|after| after.starts_with('('))
        };
        if !after_word && CATCH_ALLS.iter().any(starts) {
            return Some(rest.chars().take(80).collect());
        }
        in_string = c == '"';
        after_word = c.is_alphanumeric() || c == '_';
    }
    None
}

fn difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.keys()
                .chain(y.keys())
                .find_map(|key| {
                    let added = !x.contains_key(key) && TAGS.contains(&key.as_str())
                        && y[key].is_string();
                    let (p, q) = (
                        x.get(key).unwrap_or(&Value::Null),
                        y.get(key).unwrap_or(&Value::Null),
                    );
                    if added { None } else { difference(p, q, &format!("{at}.{key}")) }
                })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| difference(p, q, &format!("{at}[{i}]")))
        }
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64() != y.as_f64()).then(|| at.to_owned())
        }
        (Value::String(x), Value::String(y)) if x != y => {
            let instant = |text: &str| chrono::DateTime::parse_from_rfc3339(text).ok();
            let uuid = |text: &str| {
                text.len() == 36
                    && text
                        .char_indices()
                        .all(|(i, c)| {
                            if matches!(i, 8 | 13 | 18 | 23) {
                                c == '-'
                            } else {
                                c.is_ascii_hexdigit()
                            }
                        })
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

const STACK: usize = 64 << 20;

#[test]
fn samples_decode_and_encode_back() {
    let checked = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(check_samples)
        .expect("a thread to decode on");
    if let Err(panic) = checked.join() {
        std::panic::resume_unwind(panic);
    }
}

fn check_samples() {
    let samples: Vec<Value> = serde_json::from_str(include_str!("examples.json"))
        .expect("a list of samples");
    let (mut decoded, mut round_tripped) = (0, 0);
    let mut failures = Vec::new();
    for sample in &samples {
        let (at, origin) = (
            sample["at"].as_str().unwrap_or_default(),
            sample["origin"].as_str().unwrap_or_default(),
        );
        match check(sample["type"].as_u64().unwrap_or(u64::MAX), &sample["value"]) {
            Ok(()) => {
                decoded += 1;
                round_tripped += 1;
            }
            Err(Failure::RoundTrip(why)) => {
                decoded += 1;
                failures.push(format!("{origin} {at}: {why}"));
            }
            Err(Failure::Decode(why)) => {
                failures.push(format!("{origin} {at}: does not decode {why}"))
            }
        }
    }
    println!(
        "samples: {} tried, {decoded} decoded, {round_tripped} round-tripped",
        samples.len(),
    );
    for failure in &failures {
        println!("samples: failed {failure}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} samples failed:\n{}",
        failures.len(),
        samples.len(),
        failures.join("\n"),
    );
}

/// The variants that keep values the spec does not list.
const CATCH_ALLS: &[&str] = &["Unknown"];

/// The properties tagged unions are told apart by: a value that came without its
/// tag is encoded with it.
const TAGS: &[&str] = &[];

/// Round-trips `value` through the type with index `ty` in `examples.json`.
fn check(ty: u64, value: &Value) -> Result<(), Failure> {
    match ty {
        0 => round_trip::<types::AutomationRule>(value),
        1 => round_trip::<types::Portal>(value),
        2 => round_trip::<types::PortalSingle>(value),
        _ => Err(Failure::Decode(format!("no type {ty} in this build"))),
    }
}
