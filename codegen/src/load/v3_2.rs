//! OpenAPI 3.2 brought to what the rest of the pipeline reads. `openapiv3` models
//! 3.0 and drops every key it does not know, so each 3.2 construct is either read
//! here or said, with its pointer, before it would be lost:
//!
//! | 3.2                                         | becomes                                  |
//! |---------------------------------------------|------------------------------------------|
//! | `itemSchema` of JSON lines or a JSON sequence | its `schema`: the item `send_stream` reads |
//! | `itemSchema` of `text/event-stream`         | its `data` member's schema as the `schema` |
//! | the `query` method, `additionalOperations`  | operations of those methods (`ADDITIONAL_OPERATIONS`) |
//! | a parameter `in: querystring` of a form-encoded object | a query parameter of it, `style: form`, exploded |
//! | another parameter `in: querystring`         | a query parameter written whole (`QUERY_STRING`) |
//! | `discriminator.defaultMapping`              | `DEFAULT_MAPPING`: the variant an unlisted tag is read as |
//! | a cookie parameter's `style: cookie`        | `style: form`, its values percent-encoded |
//! | a `$ref` by the URI `$self` gives           | relative: to the document, or a file beside it |
//! | an example's `dataValue` (or JSON `serializedValue`) | its `value`                     |
//! | a security scheme's `deprecated`            | `DEPRECATED`: said in its setter's docs   |
//! | a tag's `summary`, `parent`, `kind`         | `TAG_KEYS`: nested tags' cargo features  |

use serde_json::{Value, json};

use crate::diagnostic::{DiagnosticKind, Diagnostics, pointer_push};
use crate::ir::StreamFormat;
use crate::spec::{COMPONENT_SCHEMA, sequential_format};

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

pub fn lift(doc: &mut Value, diags: &mut Diagnostics) {
    // An event's or a query string's schema may be a component: looked up in a copy,
    // as the walk changes the document.
    let schemas = doc.pointer("/components/schemas").cloned().unwrap_or_default();
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            path_item(item, &pointer_push("/paths", path), &schemas, diags);
        }
    }
    walk(doc, "", &schemas, diags);
    // Tags' `summary`, `parent` and `kind`, which the 3.0 model has no fields for.
    if let Some(Value::Array(tags)) = doc.get_mut("tags") {
        for tag in tags.iter_mut().filter_map(Value::as_object_mut) {
            for (key, extension) in TAG_KEYS {
                if let Some(value) = tag.remove(key) {
                    tag.insert(extension.to_owned(), value);
                }
            }
        }
    }
    // A security scheme's `deprecated`, which the 3.0 model has no field for.
    if let Some(Value::Object(schemes)) = doc.pointer_mut("/components/securitySchemes") {
        for scheme in schemes.values_mut().filter_map(Value::as_object_mut) {
            if let Some(deprecated) = scheme.remove("deprecated") {
                scheme.insert(DEPRECATED.to_owned(), deprecated);
            }
        }
    }
}

/// Where a tag keeps its `summary`, `parent` and `kind`.
pub const TAG_KEYS: [(&str, &str); 3] =
    [("summary", "x-codegen-summary"), ("parent", "x-codegen-parent"), ("kind", "x-codegen-kind")];

/// Where a security scheme keeps its `deprecated`.
pub const DEPRECATED: &str = "x-codegen-deprecated";

/// References that name the document, or files beside it, by the URI its `$self`
/// gives (`https://example.com/api/openapi.yaml#/components/schemas/Pet`) are made
/// relative: to the document itself (`#/components/schemas/Pet`), or to the file
/// beside it (`common.yaml#/...`), read next to the spec as a relative reference is.
pub fn self_references(doc: &mut Value) {
    let Some(own) = doc.get("$self").and_then(Value::as_str).map(str::to_owned) else { return };
    let own = own.split('#').next().unwrap_or_default().to_owned();
    // The folder of an absolute URI (`https://example.com/api/`); none for a relative one.
    let folder = own.contains("://").then(|| own[..own.rfind('/').map_or(0, |i| i + 1)].to_owned());
    fn visit(value: &mut Value, own: &str, folder: Option<&str>) {
        match value {
            Value::Object(members) => {
                if let Some(Value::String(reference)) = members.get_mut("$ref") {
                    if let Some(fragment) =
                        reference.strip_prefix(own).filter(|rest| rest.is_empty() || rest.starts_with('#'))
                    {
                        *reference = if fragment.is_empty() { "#".to_owned() } else { fragment.to_owned() };
                    } else if let Some(beside) = folder.and_then(|folder| reference.strip_prefix(folder)) {
                        *reference = beside.to_owned();
                    }
                }
                members.values_mut().for_each(|member| visit(member, own, folder));
            }
            Value::Array(items) => items.iter_mut().for_each(|item| visit(item, own, folder)),
            _ => {}
        }
    }
    if !own.is_empty() {
        visit(doc, &own, folder.as_deref().filter(|folder| folder.contains("://")));
    }
}

/// A path item's `query` operation and its `additionalOperations`, moved where the
/// 3.0 model keeps them ([`ADDITIONAL_OPERATIONS`], keyed by method as sent), and
/// the operations the generator cannot make a method of yet.
fn path_item(item: &mut Value, at: &str, schemas: &Value, diags: &mut Diagnostics) {
    let Some(item) = item.as_object_mut() else { return };
    let mut additional = serde_json::Map::new();
    if let Some(query) = item.remove("query") {
        additional.insert("QUERY".to_owned(), query);
    }
    if let Some(Value::Object(others)) = item.remove("additionalOperations") {
        for (method, op) in others {
            let fixed = METHODS.iter().chain(["query"].iter()).any(|fixed| fixed.eq_ignore_ascii_case(&method));
            let token = !method.is_empty()
                && method.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            let at = pointer_push(&pointer_push(at, "additionalOperations"), &method);
            if fixed || !token {
                let why = if fixed { "has a field of its own" } else { "is not an HTTP method name" };
                let message = format!("`{method}` {why}: the operation is left out");
                diags.error(DiagnosticKind::Document, at, message);
                continue;
            }
            additional.insert(method, op);
        }
    }
    // Every parameter `in: querystring`, of the path item and of its operations.
    for (key, parameters) in item.iter_mut() {
        let list = match key.as_str() {
            "parameters" => Some(parameters),
            _ => parameters.get_mut("parameters"),
        };
        for parameter in list.and_then(Value::as_array_mut).into_iter().flatten() {
            if parameter.get("in").and_then(Value::as_str) == Some("querystring") {
                whole_query(parameter, schemas);
            }
        }
    }
    for op in additional.values_mut() {
        for parameter in op.get_mut("parameters").and_then(Value::as_array_mut).into_iter().flatten() {
            if parameter.get("in").and_then(Value::as_str) == Some("querystring") {
                whole_query(parameter, schemas);
            }
        }
    }
    if !additional.is_empty() {
        item.insert(ADDITIONAL_OPERATIONS.to_owned(), Value::Object(additional));
    }
}

/// Where a discriminator keeps its `defaultMapping`, which the 3.0 model has no field for.
pub const DEFAULT_MAPPING: &str = "x-codegen-default-mapping";

/// Where the path item keeps its operations of other methods than the 3.0 ones
/// (`QUERY`, and those of `additionalOperations`), by method as sent.
pub const ADDITIONAL_OPERATIONS: &str = "x-codegen-additional-operations";

/// The pointer of a path item's operation of `method`, where the document writes it.
pub fn operation_pointer(path_item: &str, method: &str) -> String {
    match method {
        "QUERY" => pointer_push(path_item, "query"),
        _ if METHODS.contains(&method) => pointer_push(path_item, method),
        _ => pointer_push(&pointer_push(path_item, "additionalOperations"), method),
    }
}

/// A parameter `in: querystring`, the whole query string as one value: one whose
/// content is a form-encoded object is what a query parameter of that object, `style:
/// form` and `explode: true`, writes (a pair per member, the spec's style table), and
/// is rewritten so; any other is a query parameter marked [`QUERY_STRING`], written
/// whole after the `?` (its media type's text, percent-encoded).
fn whole_query(parameter: &mut Value, schemas: &Value) {
    let Some(members) = parameter.as_object_mut() else { return };
    members.insert("in".to_owned(), json!("query"));
    let content = members.get("content").and_then(Value::as_object);
    let Some((media_type, entry)) = content.and_then(|content| content.iter().next()) else {
        members.insert(QUERY_STRING.to_owned(), json!("text"));
        return;
    };
    let form = media_type
        .split(';')
        .next()
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"));
    let schema = entry.get("schema").cloned().unwrap_or_default();
    let component = schema.get("$ref").and_then(Value::as_str).and_then(|reference| {
        let name = reference.strip_prefix(COMPONENT_SCHEMA)?;
        schemas.get(crate::diagnostic::pointer_unescape(name))
    });
    let target = component.unwrap_or(&schema);
    let object = target.get("type").and_then(Value::as_str) == Some("object") || target.get("properties").is_some();
    if form && object {
        members.remove("content");
        members.insert("style".to_owned(), json!("form"));
        members.insert("explode".to_owned(), json!(true));
        members.insert("schema".to_owned(), schema);
    } else {
        // A form-encoded string is the pairs already; other text is one value.
        members.insert(QUERY_STRING.to_owned(), json!(if form { "form" } else { "text" }));
    }
}

/// Where a query parameter that is the whole query string (3.2's `in: querystring`)
/// says so: `form` for pairs already form-encoded, `text` for one value's text.
pub const QUERY_STRING: &str = "x-codegen-query-string";

/// Every media type's `itemSchema`, and every discriminator's `defaultMapping`.
fn walk(value: &mut Value, at: &str, schemas: &Value, diags: &mut Diagnostics) {
    match value {
        Value::Object(members) => {
            if let Some(Value::Object(content)) = members.get_mut("content") {
                for (media_type, entry) in content.iter_mut() {
                    let at = pointer_push(&pointer_push(at, "content"), media_type);
                    item_schema(media_type, entry, &at, schemas, diags);
                }
            }
            cookie_style(members, at, diags);
            data_values(members);
            if let Some(Value::Object(discriminator)) = members.get_mut("discriminator")
                && let Some(default) = discriminator.remove("defaultMapping")
            {
                discriminator.insert(DEFAULT_MAPPING.to_owned(), default);
            }
            for (key, member) in members.iter_mut() {
                walk(member, &pointer_push(at, key), schemas, diags);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                walk(item, &pointer_push(at, &i.to_string()), schemas, diags);
            }
        }
        _ => {}
    }
}

/// A sequential media type's `itemSchema` becomes its `schema`, which is how 3.0 and
/// 3.1 documents describe the items (and all `send_stream` reads). For server-sent
/// events, the item is an event, `{data, event, id, retry}`: its `data` member's
/// schema is what is decoded (a string with `contentSchema` is read as that schema
/// by `normalise`; a string alone is kept as text).
fn item_schema(media_type: &str, entry: &mut Value, at: &str, schemas: &Value, diags: &mut Diagnostics) {
    let Some(entry) = entry.as_object_mut() else { return };
    let Some(item) = entry.remove("itemSchema") else { return };
    let at = pointer_push(at, "itemSchema");
    let schema = match sequential_format(media_type) {
        None => {
            let message = format!("`{media_type}` is not read item by item: its `itemSchema` is left out");
            diags.warn(DiagnosticKind::Unsupported, at, message);
            return;
        }
        Some(StreamFormat::JsonLines | StreamFormat::JsonSequence) => item,
        Some(StreamFormat::Events) => {
            let event = match item.get("$ref").and_then(Value::as_str) {
                Some(reference) => reference
                    .strip_prefix(COMPONENT_SCHEMA)
                    .and_then(|name| schemas.get(crate::diagnostic::pointer_unescape(name)))
                    .unwrap_or(&item),
                None => &item,
            };
            match event.pointer("/properties/data") {
                Some(data) => data.clone(),
                None => {
                    let message = "the event's schema has no `data` member: each event's data is kept as text";
                    diags.warn(DiagnosticKind::Unsupported, at, message);
                    json!({"type": "string"})
                }
            }
        }
    };
    // A `schema` beside it describes the stream whole, which a client reading items
    // has no use for.
    entry.insert("schema".to_owned(), schema);
}

/// An Example Object's `dataValue` (the value as data, beside its `serializedValue`
/// on the wire) is what earlier versions call `value`: the samples test reads it so;
/// without one, a `serializedValue` that is JSON text is its value.
/// Called on every object, `components` among them, whose `examples` are such too.
fn data_values(members: &mut serde_json::Map<String, Value>) {
    let Some(Value::Object(examples)) = members.get_mut("examples") else { return };
    for example in examples.values_mut().filter_map(Value::as_object_mut) {
        if example.contains_key("value") {
            continue;
        }
        if let Some(data) = example.remove("dataValue") {
            example.insert("value".to_owned(), data);
        } else if let Some(Value::String(serialized)) = example.get("serializedValue")
            && let Ok(value) = serde_json::from_str::<Value>(serialized)
        {
            // JSON text, as a JSON media type's example is serialised: its value.
            example.insert("value".to_owned(), value);
        }
    }
}

/// A cookie parameter of `style: cookie` (RFC 6265's `name=value`, not percent-encoded)
/// is sent as `style: form`: the same pairs, but each value percent-encoded, so that
/// a value holding `;` or `,` cannot start another cookie. Values of plain words are
/// sent alike; for others the server must decode them, hence the warning.
fn cookie_style(members: &mut serde_json::Map<String, Value>, at: &str, diags: &mut Diagnostics) {
    let cookie = members.get("in").and_then(Value::as_str) == Some("cookie");
    if !cookie || members.get("style").and_then(Value::as_str) != Some("cookie") {
        return;
    }
    members.insert("style".to_owned(), json!("form"));
    let message =
        "`style: cookie` is sent as `style: form`: values are percent-encoded, so that one cannot start another cookie";
    diags.warn(DiagnosticKind::Repair, pointer_push(at, "style"), message);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_by_the_self_uri_become_relative() {
        let mut doc = json!({
            "$self": "https://example.com/api/openapi.yaml",
            "a": {"$ref": "https://example.com/api/openapi.yaml#/components/schemas/Pet"},
            "b": [{"$ref": "https://example.com/api/common.yaml#/components/schemas/Tag"}],
            "c": {"$ref": "https://example.com/other/openapi.yaml#/x"},
            "d": {"$ref": "https://example.com/api/openapi.yaml"},
        });
        self_references(&mut doc);
        assert_eq!(doc["a"]["$ref"], "#/components/schemas/Pet");
        assert_eq!(doc["b"][0]["$ref"], "common.yaml#/components/schemas/Tag");
        assert_eq!(doc["c"]["$ref"], "https://example.com/other/openapi.yaml#/x", "another folder stays remote");
        assert_eq!(doc["d"]["$ref"], "#");
    }
}
