/// Decodes a JSON value as one variant of a union.
#[cfg(any(needs = "unions", needs = "untagged_values"))]
pub(crate) type VariantDecoder<T> = fn(serde_json::Value) -> Result<T, serde_json::Error>;

// Whether enums and tagged unions refuse values the spec does not list: true while
// `decode_union` first tries its variants, so that a variant listing the value wins
// over another's catch-all (`"text"` is a plain string, not an open enum's
// `Unknown("text")`). Thread-local, as serde gives a decoder no context of its own.
#[cfg(any(needs = "enums", needs = "unions", needs = "untagged_values"))]
thread_local! {
    static LISTED_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps `value`, which an enum or tagged union does not list, in its catch-all
/// variant; refuses it while a union tries its variants for one that lists it
/// (`"text"` beside an open enum is a plain string, not the enum's `Unknown`).
#[cfg(needs = "enums")]
pub(crate) fn unlisted<T, E: serde::de::Error>(value: T) -> Result<T, E> {
    if LISTED_ONLY.get() { Err(E::custom("a value the spec does not list")) } else { Ok(value) }
}

/// Decodes a union without a tag. Preferred, in order: a variant that holds the
/// whole value (encodes back to it) with no catch-all, one that holds it with a
/// catch-all, one that decodes with no catch-all, one that decodes at all; the
/// first such in the order given.
#[cfg(needs = "unions")]
pub(crate) fn decode_union<T: serde::Serialize, E: serde::de::Error>(
    value: serde_json::Value,
    union: &str,
    variants: &[VariantDecoder<T>],
) -> Result<T, E> {
    decode_alternatives(value, union, variants, None)
}

/// Decodes a value of a tagged union that came without its tag `property`, as
/// `decode_union` would among `variants`, which encode it with their tag.
#[cfg(needs = "untagged_values")]
pub(crate) fn decode_untagged<T: serde::Serialize, E: serde::de::Error>(
    value: serde_json::Value,
    union: &str,
    property: &str,
    variants: &[VariantDecoder<T>],
) -> Result<T, E> {
    decode_alternatives(value, union, variants, Some(property))
}

/// `decode_union`, with a member that encoding adds (a tag) left out of the comparison.
#[cfg(any(needs = "unions", needs = "untagged_values"))]
fn decode_alternatives<T: serde::Serialize, E: serde::de::Error>(
    value: serde_json::Value,
    union: &str,
    variants: &[VariantDecoder<T>],
    added: Option<&str>,
) -> Result<T, E> {
    let outer = LISTED_ONLY.replace(true);
    let listed = fit(&value, variants, added);
    LISTED_ONLY.set(outer);
    let listed = match listed {
        Ok(whole) => return Ok(whole),
        Err(partial) => partial,
    };
    // Inside another union's first try, catch-alls stay refused.
    let any = match outer {
        true => Partial { first: None, error: None },
        false => match fit(&value, variants, added) {
            Ok(whole) => return Ok(whole),
            Err(partial) => partial,
        },
    };
    listed.first.or(any.first).ok_or_else(|| {
        let why = any.error.or(listed.error).map(|err| err.to_string()).unwrap_or_default();
        E::custom(format!("the value is none of the variants of {union}; the first says: {why}"))
    })
}

/// What the variants of a union made of a value none of them holds whole.
#[cfg(any(needs = "unions", needs = "untagged_values"))]
struct Partial<T> {
    /// The first variant that decodes it.
    first: Option<T>,
    /// Else the first error.
    error: Option<serde_json::Error>,
}

/// The first variant that holds the whole value, trying each in turn.
#[cfg(any(needs = "unions", needs = "untagged_values"))]
fn fit<T: serde::Serialize>(
    value: &serde_json::Value,
    variants: &[VariantDecoder<T>],
    added: Option<&str>,
) -> Result<T, Partial<T>> {
    let encoded = |decoded: &T| {
        let mut back = serde_json::to_value(decoded).ok()?;
        if let (Some(added), Some(members)) = (added, back.as_object_mut()) {
            members.remove(added);
        }
        Some(back)
    };
    let mut partial = Partial { first: None, error: None };
    for variant in variants {
        match variant(value.clone()) {
            Ok(decoded) if encoded(&decoded).is_some_and(|back| holds(&back, value)) => return Ok(decoded),
            Ok(decoded) => partial.first = partial.first.or(Some(decoded)),
            Err(err) => partial.error = partial.error.or(Some(err)),
        }
    }
    Err(partial)
}

/// Whether `back`, a value decoded and encoded again, is `sent` again: every
/// member, item and scalar, and nothing more (a `null` member counts as absent).
#[cfg(any(needs = "unions", needs = "untagged_values"))]
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
    use serde::Deserialize as _;
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

    #[derive(Debug, PartialEq, serde::Serialize)]
    #[serde(untagged)]
    enum Mode {
        /// An open enum: `fast` (listed), or a value the spec does not list.
        Listed(String),
        Unknown(String),
        /// Any string.
        Text(String),
    }

    fn open_enum(value: serde_json::Value) -> Result<Mode, serde_json::Error> {
        match String::deserialize(value)?.as_str() {
            "fast" => Ok(Mode::Listed("fast".to_owned())),
            other => unlisted(other.to_owned()).map(Mode::Unknown),
        }
    }

    fn text(value: serde_json::Value) -> Result<Mode, serde_json::Error> {
        String::deserialize(value).map(Mode::Text)
    }

    #[test]
    fn a_variant_that_lists_the_value_wins_over_a_catch_all() {
        let decode = |value| decode_union::<Mode, serde_json::Error>(value, "Mode", &[open_enum, text]);
        assert_eq!(decode(json!("text")).unwrap(), Mode::Text("text".to_owned()));
        assert_eq!(decode(json!("fast")).unwrap(), Mode::Listed("fast".to_owned()));
        // With no other variant, the catch-all keeps the value.
        let only_enum = |value| decode_union::<Mode, serde_json::Error>(value, "Mode", &[open_enum]);
        assert_eq!(only_enum(json!("slow")).unwrap(), Mode::Unknown("slow".to_owned()));
        assert_eq!(open_enum(json!("slow")).unwrap(), Mode::Unknown("slow".to_owned()), "outside a union");
    }

    #[test]
    fn a_value_without_its_tag_is_the_variant_that_holds_the_rest() {
        // Encoding adds the tag (`kind`), which the value came without.
        fn tagged(decoded: Result<Shape, serde_json::Error>, kind: &str) -> Result<Tagged, serde_json::Error> {
            decoded.map(|shape| Tagged { kind: kind.to_owned(), shape })
        }
        #[derive(Debug, PartialEq, serde::Serialize)]
        struct Tagged {
            kind: String,
            #[serde(flatten)]
            shape: Shape,
        }
        let variants: [VariantDecoder<Tagged>; 2] =
            [|value| tagged(circle_or_nothing(value), "circle"), |value| tagged(square(value), "square")];
        let decoded: Tagged =
            decode_untagged::<_, serde_json::Error>(json!({ "side": 2 }), "Tagged", "kind", &variants).unwrap();
        assert_eq!(decoded.kind, "square", "the circle takes any value, but drops `side`");
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
