//! The crate's test of its samples: `examples.rs`, which decodes each sample of
//! `examples.json` through its type and encodes it back.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::json;

use super::type_tokens;
use crate::ir::{Api, Sample, SampleOrigin, TypeRef};

/// The distinct types of the samples, in first-use order; a sample names its type by
/// its index here.
fn sample_types(samples: &[Sample]) -> Vec<&TypeRef> {
    let mut types: Vec<&TypeRef> = Vec::new();
    for sample in samples {
        if !types.contains(&&sample.ty) {
            types.push(&sample.ty);
        }
    }
    types
}

/// `examples.json`: each sample with its type's index, origin and place in the spec.
pub fn samples_json(samples: &[Sample]) -> String {
    let types = sample_types(samples);
    let samples: Vec<serde_json::Value> = samples
        .iter()
        .map(|sample| {
            let origin = match sample.origin {
                SampleOrigin::Example => "example",
                SampleOrigin::Synthesised => "synthesised",
            };
            let ty = types.iter().position(|t| *t == &sample.ty).expect("listed above");
            json!({ "type": ty, "origin": origin, "at": sample.at, "value": sample.value })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&samples).expect("JSON values print");
    text.push('\n');
    text
}

pub fn render_examples(api: &Api, samples: &[Sample]) -> TokenStream {
    let catch_alls = super::types::catch_all_names(api);
    let mut tags: Vec<&str> = api
        .types
        .iter()
        .filter_map(|t| match &t.kind {
            crate::ir::TypeDefKind::Tagged(union) => Some(union.property.as_str()),
            _ => None,
        })
        .collect();
    tags.sort_unstable();
    tags.dedup();
    // A sample is what the spec lists, so it must not need a catch-all variant.
    let (debug_bound, catch_all_check, catch_all_items) = if catch_alls.is_empty() {
        (quote! {}, quote! {}, quote! {})
    } else {
        let check = quote! {
            if let Some(shown) = catch_all(&format!("{decoded:?}")) {
                return Err(Failure::Decode(format!("as a value the spec does not list: `{shown}`")));
            }
        };
        let items = quote! {
            /// The variants that keep values the spec does not list.
            const CATCH_ALLS: &[&str] = &[#(#catch_alls),*];

            /// The first catch-all variant in a value's `Debug` text (outside the strings it
            /// holds), with what follows it.
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
        };
        (quote! { + std::fmt::Debug }, check, items)
    };
    let arms = sample_types(samples).into_iter().enumerate().map(|(index, ty)| {
        let index = Literal::usize_unsuffixed(index);
        let rust = type_tokens(ty, true);
        let gate = super::cfg_all(&gates(api, ty));
        quote! { #gate #index => round_trip::<#rust>(value), }
    });
    quote! {
        //! The spec's examples (and, for `corpus --decode`, instances made from its
        //! schemas), each decoded through its type and encoded back to the same JSON. A
        //! spec whose examples stop fitting the generated types fails here.

        use serde_json::Value;

        use super::types;

        /// Why a sample failed.
        enum Failure {
            Decode(String),
            RoundTrip(String),
        }

        /// Decodes `value` as `T` and encodes it back.
        fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize #debug_bound>(value: &Value) -> Result<(), Failure> {
            let decoded: T = serde_path_to_error::deserialize(value.clone())
                .map_err(|err| Failure::Decode(format!("at `{}`: {}", err.path(), err.inner())))?;
            #catch_all_check
            let encoded = serde_json::to_value(&decoded).map_err(|err| Failure::RoundTrip(err.to_string()))?;
            match difference(value, &encoded, "") {
                Some(at) => Err(Failure::RoundTrip(format!("encodes back differently at `{at}`: {encoded}"))),
                None => Ok(()),
            }
        }

        #catch_all_items

        /// The properties tagged unions are told apart by: a value that came without its
        /// tag is encoded with it.
        const TAGS: &[&str] = &[#(#tags),*];

        /// Where two values differ, if they do. Numbers compare by value (`1` is `1.0`),
        /// date-times by instant (`Z` is `+00:00`), UUIDs whatever their case (RFC 9562:
        /// `uuid::Uuid` writes lower case), a member that is `null` in one and
        /// absent from the other is none (an optional member that may be `null` decodes
        /// both as `None`), and neither is a tag that encoding added.
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
                            && text.char_indices().all(|(i, c)| if matches!(i, 8 | 13 | 18 | 23) { c == '-' } else { c.is_ascii_hexdigit() })
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

        /// Round-trips `value` through the type with index `ty` in `examples.json`.
        fn check(ty: u64, value: &Value) -> Result<(), Failure> {
            match ty {
                #(#arms)*
                _ => Err(Failure::Decode(format!("no type {ty} in this build"))),
            }
        }

        #[test]
        fn samples_decode_and_encode_back() {
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
    }
}

/// The features each named type a sample's type mentions needs.
fn gates(api: &Api, ty: &TypeRef) -> Vec<Vec<String>> {
    ty.names()
        .into_iter()
        .filter_map(|name| api.types.iter().find(|t| t.name == name))
        .map(|t| t.features.clone())
        .filter(|features| !features.is_empty())
        .collect()
}
