/// Decodes a JSON value as one variant of a union.
#[cfg(needs = "unions")]
pub(crate) type VariantDecoder<T> = fn(serde_json::Value) -> Result<T, serde_json::Error>;

/// Decodes a union without a tag: the first variant that holds the whole value
/// (encodes back to it), else the first that decodes at all.
#[cfg(needs = "unions")]
pub(crate) fn decode_union<T: serde::Serialize, E: serde::de::Error>(
    value: serde_json::Value,
    union: &str,
    variants: &[VariantDecoder<T>],
) -> Result<T, E> {
    let mut first = None;
    let mut first_error = None;
    for variant in variants {
        match variant(value.clone()) {
            Ok(decoded) if serde_json::to_value(&decoded).is_ok_and(|back| holds(&back, &value)) => {
                return Ok(decoded);
            }
            Ok(decoded) => first = first.or(Some(decoded)),
            Err(err) => first_error = first_error.or(Some(err)),
        }
    }
    first.ok_or_else(|| {
        let why = first_error.map(|err| err.to_string()).unwrap_or_default();
        E::custom(format!("the value is none of the variants of {union}; the first says: {why}"))
    })
}

/// Whether `back`, a value decoded and encoded again, is `sent` again: every
/// member, item and scalar, and nothing more (a `null` member counts as absent).
#[cfg(needs = "unions")]
fn holds(back: &serde_json::Value, sent: &serde_json::Value) -> bool {
    match (back, sent) {
        (serde_json::Value::Object(back), serde_json::Value::Object(sent)) => {
            let kept = sent.iter().all(|(key, value)| back.get(key).map_or(value.is_null(), |b| holds(b, value)));
            kept && back.iter().all(|(key, value)| value.is_null() || sent.contains_key(key))
        }
        (serde_json::Value::Array(back), serde_json::Value::Array(sent)) => {
            back.len() == sent.len() && back.iter().zip(sent).all(|(b, s)| holds(b, s))
        }
        (serde_json::Value::Number(b), serde_json::Value::Number(s)) => b.as_f64() == s.as_f64(),
        _ => back == sent,
    }
}

/// Encodes a variant of a tagged union with its tag, which the variant's own
/// type may not hold (a property named only in the discriminator).
#[cfg(needs = "tagged")]
pub(crate) fn serialize_tagged<S: serde::Serializer, T: serde::Serialize>(
    serializer: S,
    property: &str,
    tag: &str,
    value: &T,
) -> Result<S::Ok, S::Error> {
    use serde::Serialize as _;
    let mut value = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(members) = &mut value {
        members.entry(property).or_insert_with(|| tag.into());
    }
    value.serialize(serializer)
}

#[cfg(test)]
mod unions_tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[serde(untagged)]
    enum Shape {
        Circle {
            radius: f64,
        },
        Square {
            side: f64,
            #[serde(skip_serializing_if = "Option::is_none")]
            label: Option<String>,
        },
    }

    fn circle(value: serde_json::Value) -> Result<Shape, serde_json::Error> {
        #[derive(serde::Deserialize)]
        struct Circle {
            radius: f64,
        }
        serde_json::from_value::<Circle>(value).map(|c| Shape::Circle { radius: c.radius })
    }

    fn square(value: serde_json::Value) -> Result<Shape, serde_json::Error> {
        #[derive(serde::Deserialize)]
        struct Square {
            side: f64,
            label: Option<String>,
        }
        serde_json::from_value::<Square>(value).map(|s| Shape::Square { side: s.side, label: s.label })
    }

    /// A variant that takes any object, as one whose members are all optional does.
    fn circle_or_nothing(_: serde_json::Value) -> Result<Shape, serde_json::Error> {
        Ok(Shape::Circle { radius: 0.0 })
    }

    fn decode(value: serde_json::Value) -> Result<Shape, serde_json::Error> {
        decode_union(value, "Shape", &[circle, square])
    }

    #[test]
    fn the_variant_that_holds_the_whole_value_wins() {
        // Both decode (the circle ignores `side`), but only the square holds it all.
        let value = json!({ "side": 2, "label": "a", "radius": null });
        let loose = |value| decode_union::<Shape, serde_json::Error>(value, "Shape", &[circle_or_nothing, square]);
        assert_eq!(loose(value).unwrap(), Shape::Square { side: 2.0, label: Some("a".to_owned()) });
        assert_eq!(decode(json!({ "radius": 1.5 })).unwrap(), Shape::Circle { radius: 1.5 });
    }

    #[test]
    fn else_the_first_variant_that_decodes() {
        let value = json!({ "radius": 1, "extra": true });
        assert_eq!(decode(value).unwrap(), Shape::Circle { radius: 1.0 });
    }

    #[test]
    fn a_value_no_variant_decodes_says_why() {
        let err = decode(json!({ "corners": 3 })).unwrap_err().to_string();
        assert!(
            err.starts_with("the value is none of the variants of Shape; the first says: missing field `radius`"),
            "{err}"
        );
    }

    #[test]
    fn holds_counts_null_as_absent_and_numbers_by_value() {
        assert!(holds(&json!({ "a": 1.0 }), &json!({ "a": 1, "b": null })));
        assert!(holds(&json!({ "a": 1, "b": null }), &json!({ "a": 1 })));
        assert!(!holds(&json!({ "a": 1 }), &json!({ "a": 1, "b": 2 })));
        assert!(!holds(&json!({ "a": 1, "b": 2 }), &json!({ "a": 1 })));
        assert!(!holds(&json!([1, 2]), &json!([1, 2, 3])));
        assert!(holds(&json!([{ "x": [true] }]), &json!([{ "x": [true] }])));
        assert!(!holds(&json!("1"), &json!(1)));
    }

    #[test]
    fn a_tagged_variant_is_written_with_its_tag() {
        #[derive(serde::Serialize)]
        struct Dog {
            name: &'static str,
        }
        let tagged = |value| serialize_tagged(serde_json::value::Serializer, "kind", "dog", value).unwrap();
        assert_eq!(tagged(&Dog { name: "Rex" }), json!({ "name": "Rex", "kind": "dog" }));
        // A tag the value already carries is kept as it is.
        let with_tag = json!({ "kind": "dog", "name": "Rex" });
        assert_eq!(serialize_tagged(serde_json::value::Serializer, "kind", "dog", &with_tag).unwrap(), with_tag);
    }
}
