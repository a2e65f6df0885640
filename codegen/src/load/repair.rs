//! Schemas as published that contradict themselves, or give a keyword a value of the
//! wrong JSON type, read as their data plainly says, each with a warning naming where.

use crate::diagnostic::DiagnosticKind;
use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostics, pointer_push};

/// What an `enum`'s values say of its type.
enum EnumType {
    /// Every value (`null`s aside) has this JSON type.
    Of(&'static str),
    /// The values have different types.
    Mixed,
    /// No enum, or `null` alone.
    Unsaid,
}

fn enum_type(values: Option<&Value>) -> EnumType {
    match values.and_then(Value::as_array) {
        Some(values) if values.iter().any(|v| !v.is_null()) => {
            values_type(values).map_or(EnumType::Mixed, EnumType::Of)
        }
        _ => EnumType::Unsaid,
    }
}

/// Keywords given a value of the wrong JSON type, as published specs do, which would
/// stop the whole document from loading: a `pattern` or `format` that is no string
/// (they never change a Rust type) is dropped; `allOf`, `oneOf` or `anyOf` given as an
/// object is the list of its values; a `type` that is itself a schema is read as that
/// schema. Each with a warning.
pub(super) fn repair_shape(obj: &mut Map<String, Value>, at: &str, diags: &mut Diagnostics) {
    for keyword in ["pattern", "format"] {
        if obj.get(keyword).is_some_and(|value| !value.is_string()) {
            diags.warn(
                DiagnosticKind::Repair,
                pointer_push(at, keyword),
                format!("`{keyword}` is not a string; it is ignored"),
            );
            obj.remove(keyword);
        }
    }
    for keyword in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Object(members)) = obj.get(keyword) {
            let members: Vec<Value> = members.values().cloned().collect();
            diags.warn(
                DiagnosticKind::Repair,
                pointer_push(at, keyword),
                format!("`{keyword}` is an object, not a list; its values are read as the list"),
            );
            obj.insert(keyword.to_owned(), Value::Array(members));
        }
    }
    if let Some(Value::Object(inner)) = obj.get("type") {
        let inner = inner.clone();
        diags.warn(
            DiagnosticKind::Repair,
            pointer_push(at, "type"),
            "`type` is a schema, not a type name; the schema is read in its place",
        );
        obj.remove("type");
        for (key, value) in inner {
            obj.entry(key).or_insert(value);
        }
    }
}

/// The JSON type every value of `values` has, `null`s aside; `None` when they differ.
fn values_type(values: &[Value]) -> Option<&'static str> {
    let mut kinds = values.iter().filter(|v| !v.is_null()).map(|value| match value {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
        Value::Null => unreachable!("filtered out"),
    });
    let first = kinds.next()?;
    kinds.try_fold(first, |kind, next| match (kind, next) {
        _ if kind == next => Some(kind),
        ("integer" | "number", "integer" | "number") => Some("number"),
        _ => None,
    })
}

/// Keywords that apply to objects and arrays only.
const STRUCTURE_KEYWORDS: [&str; 4] = ["properties", "additionalProperties", "required", "items"];

/// Where `type` contradicts what the schema's data plainly says, real servers send
/// what the data says: the data-bearing keyword wins, with a warning. An `enum` of
/// strings under `type: integer` or `type: object` is a string enum (Chatwoot's
/// `article.status`; a voice platform's 200 schemas); `items` under `type: object` is
/// a list; an `enum` on `type: array` is the items' enum. The reverse holds too: object
/// keywords beside a scalar `type` do not apply to it (JSON Schema), so GitHub's
/// `type: string` with `additionalProperties` is a string. An `enum` without a `type`
/// takes its values' type, which is no contradiction.
pub(super) fn repair_type(obj: &mut Map<String, Value>, at: &str, diags: &mut Diagnostics) {
    let values = enum_type(obj.get("enum"));
    let declared = match obj.get("type") {
        Some(Value::String(declared)) => declared.clone(),
        None => {
            let composed = ["$ref", "allOf", "oneOf", "anyOf"].iter().any(|k| obj.contains_key(*k));
            if let (EnumType::Of(kind), false) = (values, composed) {
                obj.insert("type".to_owned(), json!(kind));
            }
            return;
        }
        Some(_) => return,
    };
    let scalar = |kind: &str| matches!(kind, "string" | "integer" | "number" | "boolean");
    match (declared.as_str(), values) {
        ("object", EnumType::Of(kind)) if scalar(kind) => {
            diags.warn(
                DiagnosticKind::Repair,
                at,
                format!("`type: object` with {kind} enum values; read as a {kind} enum"),
            );
            obj.insert("type".to_owned(), json!(kind));
        }
        ("array", EnumType::Of(kind)) if scalar(kind) => {
            diags.warn(
                DiagnosticKind::Repair,
                at,
                "`type: array` with the enum on the array; the enum is read as the items' values",
            );
            let values = obj.remove("enum").unwrap_or_default();
            let items = obj.entry("items").or_insert_with(|| json!({ "type": kind }));
            if let Some(items) = items.as_object_mut() {
                items.entry("enum").or_insert(values);
            }
        }
        ("integer" | "number" | "boolean", EnumType::Of("string")) => {
            diags.warn(
                DiagnosticKind::Repair,
                at,
                format!("`type: {declared}` with string enum values; the enum is read as strings"),
            );
            obj.insert("type".to_owned(), json!("string"));
        }
        ("integer", EnumType::Of("number")) => {
            diags.warn(
                DiagnosticKind::Repair,
                at,
                "`type: integer` with enum values that are not whole numbers; read as a number",
            );
            obj.insert("type".to_owned(), json!("number"));
        }
        ("number", EnumType::Of("integer")) => {}
        (_, EnumType::Mixed) => {
            diags.warn(
                DiagnosticKind::Repair,
                at,
                format!("`type: {declared}` with enum values of several types; the enum is dropped"),
            );
            obj.remove("enum");
        }
        (_, EnumType::Of(kind)) if scalar(&declared) && kind != declared => {
            diags.warn(
                DiagnosticKind::Repair,
                at,
                format!("`type: {declared}` with {kind} enum values; the enum is dropped"),
            );
            obj.remove("enum");
        }
        _ => {}
    }
    let declared = obj.get("type").and_then(Value::as_str).unwrap_or_default().to_owned();
    if declared == "object" && obj.contains_key("items") && !obj.contains_key("properties") {
        diags.warn(DiagnosticKind::Repair, at, "`type: object` with `items` and no `properties`; read as a list");
        obj.insert("type".to_owned(), json!("array"));
        obj.remove("additionalProperties");
    } else if declared == "array" && obj.contains_key("properties") {
        // JSON Schema's object keywords do not apply to a list; an author who gives
        // none for the items (vtex's `Images`) means them for the items.
        let members: Vec<(String, Value)> = ["properties", "required", "additionalProperties"]
            .into_iter()
            .filter_map(|key| obj.remove(key).map(|value| (key.to_owned(), value)))
            .collect();
        let items = obj.entry("items").or_insert_with(|| json!({}));
        match items.as_object_mut() {
            Some(items) if items.is_empty() => {
                diags.warn(
                    DiagnosticKind::Repair,
                    at,
                    "`type: array` with `properties` and no schema for the items; read as a list of such objects",
                );
                items.insert("type".to_owned(), json!("object"));
                items.extend(members);
            }
            _ => diags.warn(
                DiagnosticKind::Repair,
                at,
                "`type: array` with `properties`, which apply to objects only; they are ignored",
            ),
        }
    } else if declared == "array" && obj.remove("additionalProperties").is_some() {
        // Without `properties` there is nothing to say the items are objects: vtex's
        // `dkimKeys` lists strings.
        diags.warn(
            DiagnosticKind::Repair,
            at,
            "`type: array` with `additionalProperties`, which apply to objects only; they are ignored",
        );
    } else if scalar(&declared) {
        let stray: Vec<&str> = STRUCTURE_KEYWORDS.into_iter().filter(|k| obj.contains_key(*k)).collect();
        if !stray.is_empty() {
            let listed = stray.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
            diags.warn(
                DiagnosticKind::Repair,
                at,
                format!("`type: {declared}` with {listed}, which apply to objects and lists only; they are ignored"),
            );
            obj.retain(|key, _| !stray.contains(&key.as_str()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalise::normalise;
    use super::*;

    /// The schema normalised, and the locations of the warnings it gave.
    fn repaired(schema_json: Value) -> (Value, Vec<String>) {
        let mut doc = json!({ "components": { "schemas": { "S": schema_json } } });
        let mut diags = Diagnostics::new(std::path::Path::new("t.yaml"));
        normalise(&mut doc, &mut diags);
        let warnings = diags.into_vec().into_iter().map(|d| d.message).collect();
        (doc["components"]["schemas"]["S"].take(), warnings)
    }

    #[test]
    fn data_bearing_keywords_win_over_an_object_type() {
        let (s, warnings) = repaired(json!({"type": "object", "enum": ["a", "b"]}));
        assert_eq!((s, warnings.len()), (json!({"type": "string", "enum": ["a", "b"]}), 1));
        let (s, warnings) = repaired(json!({"type": "object", "items": {"type": "string"}}));
        assert_eq!((s, warnings.len()), (json!({"type": "array", "items": {"type": "string"}}), 1));
        let (s, warnings) = repaired(json!({"type": "array", "items": {}, "properties": {"a": {"type": "string"}}}));
        let items = json!({"type": "object", "properties": {"a": {"type": "string"}}});
        assert_eq!((s, warnings.len()), (json!({"type": "array", "items": items}), 1));
        // vtex's DKIM keys: a list of strings, not a map.
        let (s, warnings) = repaired(json!({"type": "array", "items": {}, "additionalProperties": true}));
        assert_eq!((s, warnings.len()), (json!({"type": "array", "items": {}}), 1));
        let (s, warnings) = repaired(json!({"type": "array", "enum": ["a"], "items": {"type": "string"}}));
        assert_eq!((s, warnings.len()), (json!({"type": "array", "items": {"type": "string", "enum": ["a"]}}), 1));
    }

    #[test]
    fn object_keywords_beside_a_scalar_type_do_not_apply() {
        // GitHub's `hook-delivery` response payload.
        let (s, warnings) = repaired(json!({"type": "string", "nullable": true, "additionalProperties": true}));
        assert_eq!(s, json!({"type": "string", "nullable": true}));
        assert!(warnings[0].contains("`additionalProperties`, which apply to objects and lists only"), "{warnings:?}");
    }

    #[test]
    fn an_enum_without_a_type_takes_its_values_type() {
        assert_eq!(repaired(json!({"enum": ["a", null]})), (json!({"enum": ["a", null], "type": "string"}), vec![]));
        assert_eq!(repaired(json!({"enum": [1, 2.5]})).0["type"], "number");
        assert_eq!(repaired(json!({"const": true})).0, json!({"enum": [true], "type": "boolean"}));
        let (mixed, warnings) = repaired(json!({"enum": [1, "a"]}));
        assert_eq!((mixed, warnings), (json!({"enum": [1, "a"]}), vec![]));
    }

    #[test]
    fn keywords_of_the_wrong_json_type_are_repaired_with_a_warning() {
        let (s, warnings) = repaired(json!({"type": "string", "pattern": 0}));
        assert_eq!((s, warnings.len()), (json!({"type": "string"}), 1));
        let (s, _) = repaired(json!({"allOf": {"3": {"type": "object"}}}));
        assert_eq!(s, json!({"allOf": [{"type": "object"}]}));
        let (s, warnings) = repaired(json!({"type": {"type": "string", "enum": ["a"]}}));
        assert_eq!((s, warnings.len()), (json!({"type": "string", "enum": ["a"]}), 1));
    }

    #[test]
    fn integer_enum_with_string_values_is_repaired_with_a_warning() {
        let mut doc =
            json!({ "components": { "schemas": { "S": {"type": "integer", "enum": ["draft", "published"]} } } });
        let mut diags = Diagnostics::new(std::path::Path::new("t.yaml"));
        normalise(&mut doc, &mut diags);
        assert_eq!(doc["components"]["schemas"]["S"]["type"], "string");
        let warnings = diags.into_vec();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].location, "/components/schemas/S");
    }
}
