//! Brings OpenAPI 3.1 (JSON Schema 2020-12) constructs to the 3.0 shapes that
//! `openapiv3` models, keeping what each one means:
//!
//! | 3.1 / real-world input               | becomes                                  |
//! |--------------------------------------|------------------------------------------|
//! | `type: [T, "null"]`                  | `type: T`, `nullable: true`              |
//! | `type: [A, B]`                       | `anyOf: [{type: A}, {type: B}]`          |
//! | `oneOf`/`anyOf` member `{type: null}`| removed, `nullable: true` on the parent  |
//! | `$ref` with sibling keywords         | `allOf: [{$ref}]` with the siblings      |
//! | `const: v`                           | `enum: [v]`                              |
//! | boolean schemas `true` / `false`     | `{}` / `{not: {}}`                       |
//! | numeric `exclusiveMinimum: n`        | `minimum: n`, `exclusiveMinimum: true`   |
//! | `prefixItems` / `items: [A, B]`      | a tuple when exactly those items come;   |
//! |                                      | else items of any of them, with a warning |
//! | no `paths`, no `responses`           | empty `paths`, empty `responses`         |
//! | path item `$ref` to `pathItems`      | the path item itself (in `webhooks` too) |
//! | an event's data schema, a string     | its `contentSchema`, the JSON it holds   |
//! | with `contentSchema`                 |                                          |
//!
//! 3.0-style `nullable` inside a 3.1 document is kept: vendors publish it and mean it.

use crate::diagnostic::DiagnosticKind;
use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostics, pointer_push};

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

pub fn normalise(doc: &mut Value, diags: &mut Diagnostics) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    root.entry("paths").or_insert_with(|| json!({}));
    let shared_items = root.get("components").and_then(|c| c.get("pathItems")).cloned().unwrap_or_default();
    let shared_callbacks = root.get("components").and_then(|c| c.get("callbacks")).cloned().unwrap_or_default();
    if let Some(paths) = root.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            let at = pointer_push("/paths", path);
            inline_path_item_ref(item, &shared_items, &at, diags);
            inline_callback_refs(item, &shared_callbacks, &at, diags);
            path_item(item, &at, diags);
        }
    }
    if let Some(webhooks) = root.get_mut("webhooks").and_then(Value::as_object_mut) {
        for (name, item) in webhooks.iter_mut() {
            let at = pointer_push("/webhooks", name);
            inline_path_item_ref(item, &shared_items, &at, diags);
            path_item(item, &at, diags);
        }
    }
    let Some(components) = root.get_mut("components").and_then(Value::as_object_mut) else {
        return;
    };
    for (kind, visit) in [
        ("schemas", schema as Visitor),
        ("parameters", parameter),
        ("headers", parameter),
        ("responses", response),
        ("requestBodies", request_body),
    ] {
        if let Some(entries) = components.get_mut(kind).and_then(Value::as_object_mut) {
            for (name, entry) in entries.iter_mut() {
                visit(entry, &pointer_push(&format!("/components/{kind}"), name), diags);
            }
        }
    }
    if let Some(schemes) = components.get_mut("securitySchemes").and_then(Value::as_object_mut) {
        schemes.retain(|name, scheme| {
            let kind = scheme.get("type").and_then(Value::as_str).unwrap_or_default();
            let known = matches!(kind, "apiKey" | "http" | "oauth2" | "openIdConnect") || scheme.get("$ref").is_some();
            if !known {
                let at = pointer_push("/components/securitySchemes", name);
                diags.warn(
                    DiagnosticKind::Unsupported,
                    at,
                    format!("security scheme type `{kind}` is not supported by the client; it is ignored"),
                );
            }
            known
        });
    }
}

type Visitor = fn(&mut Value, &str, &mut Diagnostics);

/// 3.1's `$ref` to `#/components/pathItems/...`, which `openapiv3` cannot follow, is
/// replaced by the item it names (siblings of the `$ref` win).
fn inline_path_item_ref(item: &mut Value, shared: &Value, at: &str, diags: &mut Diagnostics) {
    for _ in 0..32 {
        let Some(reference) = item.get("$ref").and_then(Value::as_str) else { return };
        let target = reference.strip_prefix("#/components/pathItems/").and_then(|name| shared.get(name));
        let Some(Value::Object(target)) = target else {
            diags.error(
                DiagnosticKind::Reference,
                pointer_push(at, "$ref"),
                format!("reference `{reference}` does not resolve to a path item"),
            );
            return;
        };
        let Some(object) = item.as_object_mut() else { return };
        object.remove("$ref");
        for (key, value) in target {
            object.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
    diags.error(DiagnosticKind::Reference, at, "path item reference chain is longer than 32 steps (a cycle?)");
}

/// A callback given as a `$ref` to `#/components/callbacks/...` (which `openapiv3`
/// cannot follow) is replaced by the callback it names.
fn inline_callback_refs(item: &mut Value, shared: &Value, at: &str, diags: &mut Diagnostics) {
    let Some(item) = item.as_object_mut() else { return };
    for method in METHODS {
        let Some(callbacks) =
            item.get_mut(method).and_then(|op| op.get_mut("callbacks")).and_then(Value::as_object_mut)
        else {
            continue;
        };
        for (name, callback) in callbacks.iter_mut() {
            let Some(reference) = callback.get("$ref").and_then(Value::as_str) else { continue };
            let target = reference
                .strip_prefix("#/components/callbacks/")
                .and_then(|key| shared.get(crate::diagnostic::pointer_unescape(key)));
            match target {
                Some(target) => *callback = target.clone(),
                None => {
                    let at = pointer_push(&pointer_push(&pointer_push(at, method), "callbacks"), name);
                    diags.error(
                        DiagnosticKind::Reference,
                        at,
                        format!("reference `{reference}` does not resolve to a callback"),
                    );
                }
            }
        }
    }
}

fn path_item(item: &mut Value, at: &str, diags: &mut Diagnostics) {
    let Some(item) = item.as_object_mut() else {
        return;
    };
    each_in_array(item.get_mut("parameters"), &pointer_push(at, "parameters"), parameter, diags);
    for method in METHODS {
        if let Some(op) = item.get_mut(method) {
            operation(op, &pointer_push(at, method), diags);
        }
    }
    // 3.2's other methods, moved aside by `v3_2`.
    if let Some(Value::Object(others)) = item.get_mut(super::v3_2::ADDITIONAL_OPERATIONS) {
        for (method, op) in others.iter_mut() {
            operation(op, &super::v3_2::operation_pointer(at, method), diags);
        }
    }
}

fn operation(op: &mut Value, at: &str, diags: &mut Diagnostics) {
    let Some(op) = op.as_object_mut() else {
        return;
    };
    // 3.1 lets an operation leave out `responses`.
    op.entry("responses").or_insert_with(|| json!({}));
    each_in_array(op.get_mut("parameters"), &pointer_push(at, "parameters"), parameter, diags);
    if let Some(body) = op.get_mut("requestBody") {
        request_body(body, &pointer_push(at, "requestBody"), diags);
    }
    each_in_object(op.get_mut("responses"), &pointer_push(at, "responses"), response, diags);
    if let Some(callbacks) = op.get_mut("callbacks").and_then(Value::as_object_mut) {
        for (name, callback) in callbacks.iter_mut() {
            let at = pointer_push(&pointer_push(at, "callbacks"), name);
            each_in_object(Some(callback), &at, path_item, diags);
        }
    }
}

/// Parameters and headers: a `schema`, or a `content` map of media types.
fn parameter(param: &mut Value, at: &str, diags: &mut Diagnostics) {
    let Some(param) = param.as_object_mut() else {
        return;
    };
    if let Some(s) = param.get_mut("schema") {
        schema(s, &pointer_push(at, "schema"), diags);
    }
    content(param.get_mut("content"), &pointer_push(at, "content"), diags);
}

fn response(resp: &mut Value, at: &str, diags: &mut Diagnostics) {
    let Some(resp) = resp.as_object_mut() else {
        return;
    };
    each_in_object(resp.get_mut("headers"), &pointer_push(at, "headers"), parameter, diags);
    content(resp.get_mut("content"), &pointer_push(at, "content"), diags);
}

fn request_body(body: &mut Value, at: &str, diags: &mut Diagnostics) {
    if let Some(body) = body.as_object_mut() {
        content(body.get_mut("content"), &pointer_push(at, "content"), diags);
    }
}

fn content(content: Option<&mut Value>, at: &str, diags: &mut Diagnostics) {
    let Some(media_types) = content.and_then(Value::as_object_mut) else {
        return;
    };
    for (media_type, entry) in media_types.iter_mut() {
        // An event's data that is a string of JSON (`contentMediaType`) is read as the
        // `contentSchema` it declares.
        let encoded = crate::spec::sequential_format(media_type) == Some(crate::ir::StreamFormat::Events);
        if let Some(s) = entry.get_mut("schema") {
            let json = s.get("contentMediaType").and_then(Value::as_str).is_none_or(crate::spec::is_json);
            if encoded
                && json
                && let Some(inner) = s.get("contentSchema").cloned()
            {
                *s = inner;
            }
            schema(s, &pointer_push(&pointer_push(at, media_type), "schema"), diags);
        }
    }
}

fn each_in_array(list: Option<&mut Value>, at: &str, visit: Visitor, diags: &mut Diagnostics) {
    if let Some(items) = list.and_then(Value::as_array_mut) {
        for (i, item) in items.iter_mut().enumerate() {
            visit(item, &pointer_push(at, &i.to_string()), diags);
        }
    }
}

fn each_in_object(map: Option<&mut Value>, at: &str, visit: Visitor, diags: &mut Diagnostics) {
    if let Some(entries) = map.and_then(Value::as_object_mut) {
        for (key, entry) in entries.iter_mut() {
            visit(entry, &pointer_push(at, key), diags);
        }
    }
}

fn schema(value: &mut Value, at: &str, diags: &mut Diagnostics) {
    if let Value::Bool(accepts_anything) = value {
        *value = if *accepts_anything { json!({}) } else { json!({ "not": {} }) };
        return;
    }
    let Some(obj) = value.as_object_mut() else {
        return;
    };

    recursive_ref(obj, at, diags);
    super::repair::repair_shape(obj, at, diags);
    if obj.contains_key("$ref") && obj.len() > 1 {
        let reference = obj.remove("$ref").unwrap_or_default();
        let all_of = obj.entry("allOf").or_insert_with(|| json!([]));
        if let Some(members) = all_of.as_array_mut() {
            members.insert(0, json!({ "$ref": reference }));
        }
    }
    normalise_type(obj);
    tuple(obj, at, diags);
    if let Some(Value::Array(examples)) = obj.remove("examples") {
        obj.insert(EXAMPLES.to_owned(), Value::Array(examples));
    }
    if let Some(constant) = obj.remove("const") {
        obj.entry("enum").or_insert_with(|| json!([constant]));
    }
    for (bound, flag) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
        if let Some(limit) = obj.get(bound).filter(|v| v.is_number()).cloned() {
            obj.insert(flag.to_owned(), limit);
            obj.insert(bound.to_owned(), Value::Bool(true));
        }
    }
    // A tuple's members are positions, and a `null` one holds its place.
    let is_tuple = obj.contains_key(TUPLE);
    for union in ["oneOf", "anyOf"] {
        let Some(members) = obj.get_mut(union).and_then(Value::as_array_mut).filter(|_| !is_tuple) else {
            continue;
        };
        let before = members.len();
        members.retain(|member| !is_null_schema(member));
        if members.len() != before {
            obj.insert("nullable".to_owned(), Value::Bool(true));
        }
    }
    super::repair::repair_type(obj, at, diags);
    if let Some(Value::Bool(accepts_anything)) = obj.get("items") {
        let items = if *accepts_anything { json!({}) } else { json!({ "not": {} }) };
        obj.insert("items".to_owned(), items);
    }

    for key in ["items", "additionalProperties", "not"] {
        if let Some(sub) = obj.get_mut(key).filter(|v| v.is_object()) {
            schema(sub, &pointer_push(at, key), diags);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        each_in_array(obj.get_mut(key), &pointer_push(at, key), schema, diags);
    }
    each_in_object(obj.get_mut("properties"), &pointer_push(at, "properties"), schema, diags);
}

/// JSON Schema's recursive references (`$recursiveRef`, `$dynamicRef`) to `#`, the
/// schema they are in: inside a component schema, that component (OpenAI's compound
/// filters hold compound filters), with a warning since an OpenAPI document's root is
/// no schema. Any other target is beyond what is supported: said so.
fn recursive_ref(obj: &mut Map<String, Value>, at: &str, diags: &mut Diagnostics) {
    for keyword in ["$recursiveRef", "$dynamicRef"] {
        let Some(target) = obj.remove(keyword) else { continue };
        let at = pointer_push(at, keyword);
        let component = at.strip_prefix("/components/schemas/").and_then(|rest| rest.split('/').next());
        match (target.as_str(), component) {
            (Some("#"), Some(component)) if !obj.contains_key("$ref") => {
                let reference = format!("#/components/schemas/{component}");
                diags.warn(
                    DiagnosticKind::Repair,
                    at,
                    format!("`{keyword}: \"#\"` is read as a reference to `{reference}`, the component it is in"),
                );
                obj.insert("$ref".to_owned(), Value::String(reference));
            }
            _ => diags.warn(
                DiagnosticKind::Unsupported,
                at,
                format!("`{keyword}` to {target} is not supported; any value is accepted here"),
            ),
        }
    }
}

/// The extension that marks `items: {anyOf: [...]}` as positional: a tuple, one
/// schema per item. Set here only, for resolve; the `x-` prefix keeps it out of every
/// model of the spec.
pub const TUPLE: &str = "x-codegen-tuple";

/// The extension a schema's 3.1 `examples` list is kept in, which `openapiv3` drops.
pub const EXAMPLES: &str = "x-codegen-examples";

/// Rust tuples decode and encode up to this many items.
const MAX_TUPLE: usize = 16;

/// Positional item schemas: 3.1 `prefixItems`, or draft 4's `items` as a list. A list
/// of exactly those items (no more allowed, and `minItems` asks for all of them) is a
/// tuple; one that allows more or fewer is a list whose items may be any of the
/// schemas, with a warning. Draft 4's list of schemas
/// without `type: array` is what its authors plainly meant: one of those schemas for
/// the value itself (Slack's `latest: {items: [message, null]}`), with a warning.
fn tuple(obj: &mut Map<String, Value>, at: &str, diags: &mut Diagnostics) {
    let (members, rest, keyword) = match (obj.remove("prefixItems"), obj.get("items")) {
        (Some(Value::Array(members)), _) => (members, obj.remove("items"), "prefixItems"),
        (_, Some(Value::Array(_))) => {
            let Some(Value::Array(members)) = obj.remove("items") else { unreachable!("matched above") };
            (members, obj.remove("additionalItems"), "items")
        }
        _ => return,
    };
    let is_array = obj.get("type").and_then(Value::as_str) == Some("array");
    if keyword == "items" && !is_array && !obj.contains_key("oneOf") && !obj.contains_key("anyOf") {
        let message =
            "`items` is a list of schemas and the value is not said to be a list; read as one of those schemas";
        diags.warn(DiagnosticKind::Repair, pointer_push(at, "items"), message);
        obj.insert("anyOf".to_owned(), Value::Array(members));
        return;
    }
    obj.insert("type".to_owned(), json!("array"));
    let max_items = obj.get("maxItems").and_then(Value::as_u64);
    let min_items = obj.get("minItems").and_then(Value::as_u64).unwrap_or(0);
    let closed = matches!(rest, Some(Value::Bool(false))) || max_items == Some(members.len() as u64);
    let full = min_items >= members.len() as u64;
    if closed && full && (1..=MAX_TUPLE).contains(&members.len()) {
        obj.insert("items".to_owned(), json!({ "anyOf": members, TUPLE: true }));
        return;
    }
    let mut any_of = members;
    let why = match (closed, full) {
        (false, _) => "more items may follow them".to_owned(),
        (true, false) => "fewer items may come (`minItems` does not ask for all of them)".to_owned(),
        (true, true) => format!("more than {MAX_TUPLE} of them"),
    };
    // The items after the positional ones: any value unless said otherwise.
    match rest {
        None | Some(Value::Bool(true)) => any_of.push(json!({})),
        Some(Value::Object(rest)) => any_of.push(Value::Object(rest)),
        Some(_) => {}
    }
    let message = format!(
        "`{keyword}` gives a schema per position and {why}; read as a list whose items may be any of those schemas"
    );
    diags.warn(DiagnosticKind::Repair, pointer_push(at, keyword), message);
    obj.insert("items".to_owned(), json!({ "anyOf": any_of }));
}

/// Rewrites 3.1 type arrays and `type: "null"` into 3.0's single `type` plus `nullable`.
fn normalise_type(obj: &mut Map<String, Value>) {
    let types: Vec<String> = match obj.get("type") {
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
        Some(Value::String(t)) if t == "null" => vec![t.clone()],
        _ => return,
    };
    obj.remove("type");
    let mut non_null: Vec<String> = types.iter().filter(|t| *t != "null").cloned().collect();
    if non_null.len() < types.len() {
        obj.insert("nullable".to_owned(), Value::Bool(true));
    }
    match non_null.len() {
        0 => {}
        1 => {
            obj.insert("type".to_owned(), Value::String(non_null.remove(0)));
        }
        _ => {
            let shared: Map<String, Value> =
                obj.iter().filter(|(k, _)| is_type_specific(k)).map(|(k, v)| (k.clone(), v.clone())).collect();
            obj.retain(|k, _| !is_type_specific(k));
            let members = non_null
                .into_iter()
                .map(|t| {
                    let mut member = shared.clone();
                    member.insert("type".to_owned(), Value::String(t));
                    Value::Object(member)
                })
                .collect();
            obj.insert("anyOf".to_owned(), Value::Array(members));
        }
    }
}

fn is_type_specific(key: &str) -> bool {
    matches!(
        key,
        "format"
            | "enum"
            | "items"
            | "properties"
            | "additionalProperties"
            | "required"
            | "minimum"
            | "maximum"
            | "minLength"
            | "maxLength"
            | "pattern"
            | "minItems"
            | "maxItems"
            | "uniqueItems"
    )
}

fn is_null_schema(schema: &Value) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().all(|t| t == "null"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalised(schema_json: Value) -> Value {
        let mut doc = json!({ "openapi": "3.1.0", "components": { "schemas": { "S": schema_json } } });
        let mut diags = Diagnostics::new(std::path::Path::new("t.yaml"));
        normalise(&mut doc, &mut diags);
        doc["components"]["schemas"]["S"].take()
    }

    #[test]
    fn type_array_with_null_becomes_nullable() {
        assert_eq!(
            normalised(json!({"type": ["string", "null"], "format": "uuid"})),
            json!({"format": "uuid", "nullable": true, "type": "string"})
        );
    }

    #[test]
    fn several_types_become_any_of() {
        let s = normalised(json!({"type": ["string", "integer"]}));
        assert_eq!(s, json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}));
    }

    #[test]
    fn null_member_of_a_union_becomes_nullable() {
        let s = normalised(json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}));
        assert_eq!(s, json!({"anyOf": [{"$ref": "#/components/schemas/A"}], "nullable": true}));
    }

    #[test]
    fn a_recursive_ref_to_the_root_is_the_component_it_is_in() {
        let mut diags = Diagnostics::new(std::path::Path::new("t.yaml"));
        let mut filter = json!({"properties": {"filters": {"items": {"$recursiveRef": "#"}}}});
        schema(&mut filter, "/components/schemas/Compound~1Filter", &mut diags);
        assert_eq!(filter["properties"]["filters"]["items"], json!({"$ref": "#/components/schemas/Compound~1Filter"}));
        let mut elsewhere = json!({"$dynamicRef": "#meta"});
        schema(&mut elsewhere, "/components/schemas/Tree", &mut diags);
        assert_eq!(elsewhere, json!({}), "an anchor is not followed");
        assert_eq!(diags.into_vec().len(), 2);
    }

    #[test]
    fn ref_with_siblings_is_wrapped_in_all_of() {
        let s = normalised(json!({"$ref": "#/components/schemas/A", "default": "x"}));
        assert_eq!(s, json!({"default": "x", "allOf": [{"$ref": "#/components/schemas/A"}]}));
    }

    #[test]
    fn const_and_boolean_schemas() {
        assert_eq!(normalised(json!({"const": "a"})), json!({"enum": ["a"], "type": "string"}));
        assert_eq!(normalised(json!(true)), json!({}));
        assert_eq!(normalised(json!({"properties": {"never": false}})), json!({"properties": {"never": {"not": {}}}}));
    }

    #[test]
    fn a_callback_given_by_reference_is_the_callback() {
        let mut doc = json!({
            "paths": {"/a": {"post": {"callbacks": {"done": {"$ref": "#/components/callbacks/Done"}}, "responses": {}}}},
            "components": {"callbacks": {"Done": {"{$request.body#/url}": {"post": {"responses": {}}}}}}
        });
        let mut diags = Diagnostics::new(std::path::Path::new("t.yaml"));
        normalise(&mut doc, &mut diags);
        assert!(diags.into_vec().is_empty());
        assert!(doc["paths"]["/a"]["post"]["callbacks"]["done"]["{$request.body#/url}"]["post"].is_object());
    }
}
