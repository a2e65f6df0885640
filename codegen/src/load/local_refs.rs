//! `$ref`s that point somewhere in the document other than a whole component: into an
//! operation (`#/paths/~1pets/get/responses/200/content/application~1json/schema/items`),
//! into a component (`#/components/schemas/Pet/properties/owner`, a 3.1 `$defs` entry).
//! The value pointed at moves into `components` under a name of its own, and both the
//! reference and the place the value came from refer to it there: one value, one type.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::external::{holds_names, is_data};
use crate::diagnostic::{pointer_push, pointer_unescape};

/// How many references a pointer may pass through on its way to its value.
const MAX_HOPS: usize = 32;

/// Moves every value a reference points into (rather than at a component) into the
/// components, and points the references there. `swagger2`: the document is Swagger
/// 2.0, whose components are `definitions`, `parameters` and `responses`.
pub fn hoist(doc: &mut Value, swagger2: bool) {
    canonical_refs(doc, false);
    let mut references = Vec::new();
    collect_refs(doc, false, &mut references);
    let mut pointers: Vec<String> = references.into_iter().filter(|p| !is_component(p, swagger2)).collect();
    if pointers.is_empty() {
        return;
    }
    pointers.sort_by(|a, b| b.matches('/').count().cmp(&a.matches('/').count()).then(a.cmp(b)));
    pointers.dedup();
    // Deepest first: a value that holds another one pointed at moves with a reference to it.
    let mut moved: HashMap<String, String> = HashMap::new();
    for pointer in pointers {
        let tokens: Vec<String> = pointer.split('/').skip(1).map(pointer_unescape).collect();
        let Some(kind) = kind_of(&tokens) else { continue };
        let Some(section) = section(kind, swagger2) else { continue };
        let Some(place) = locate(doc, &tokens) else { continue };
        let Some(value) = doc.pointer(&place).cloned() else { continue };
        // Already a reference (moved by an earlier pointer, or one to begin with): the
        // pointer leads where it does.
        if let Some(Value::String(target)) = value.get("$ref")
            && value.as_object().is_some_and(|members| members.len() == 1)
        {
            moved.insert(format!("#{pointer}"), target.clone());
            continue;
        }
        let name = free_name(doc, &section, &name_of(doc, &tokens));
        let reference = format!("#{}", pointer_push(&section, &name));
        sections(doc, &section).insert(name, value);
        if let Some(original) = doc.pointer_mut(&place) {
            *original = json!({ "$ref": reference });
        }
        moved.insert(format!("#{pointer}"), reference);
    }
    if !moved.is_empty() {
        rewrite_refs(doc, false, &moved);
    }
}

/// Every local `$ref` written one way: a fragment may be percent-encoded
/// (`#/components/schemas/My%20Pet`, `~1pets~1%7Bid%7D`) as well as pointer-escaped,
/// and the later stages compare references as text.
fn canonical_refs(value: &mut Value, keys_are_names: bool) {
    match value {
        Value::Object(object) => {
            if let (false, Some(Value::String(reference))) = (keys_are_names, object.get_mut("$ref"))
                && reference.starts_with("#/")
                && reference.contains('%')
            {
                let tokens = reference[1..]
                    .split('/')
                    .skip(1)
                    .map(|token| pointer_unescape(&percent_encoding::percent_decode_str(token).decode_utf8_lossy()));
                *reference = format!("#{}", tokens.fold(String::new(), |at, token| pointer_push(&at, &token)));
            }
            for (key, child) in object.iter_mut().filter(|(key, _)| keys_are_names || !is_data(key)) {
                canonical_refs(child, !keys_are_names && holds_names(key));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| canonical_refs(item, false)),
        _ => {}
    }
}

/// The pointers (fragments, without `#`) of every local `$ref` outside example data.
fn collect_refs(value: &Value, keys_are_names: bool, into: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            if let (false, Some(Value::String(reference))) = (keys_are_names, object.get("$ref"))
                && let Some(pointer) = reference.strip_prefix('#')
                && pointer.starts_with('/')
            {
                into.push(pointer.to_owned());
            }
            for (key, child) in object.iter().filter(|(key, _)| keys_are_names || !is_data(key)) {
                collect_refs(child, !keys_are_names && holds_names(key), into);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, false, into)),
        _ => {}
    }
}

fn rewrite_refs(value: &mut Value, keys_are_names: bool, moved: &HashMap<String, String>) {
    match value {
        Value::Object(object) => {
            if let (false, Some(Value::String(reference))) = (keys_are_names, object.get_mut("$ref")) {
                // A moved value may have been a reference into the document itself.
                for _ in 0..MAX_HOPS {
                    let Some(target) = moved.get(reference.as_str()) else { break };
                    *reference = target.clone();
                }
            }
            for (key, child) in object.iter_mut().filter(|(key, _)| keys_are_names || !is_data(key)) {
                let names = !keys_are_names && holds_names(key);
                rewrite_refs(child, names, moved);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs(item, false, moved)),
        _ => {}
    }
}

/// Whether a pointer names a whole component (`/components/schemas/Pet`), which
/// the later stages follow as they are.
fn is_component(pointer: &str, swagger2: bool) -> bool {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    match tokens.as_slice() {
        ["components", _, _] => true,
        ["definitions" | "parameters" | "responses", _] => swagger2,
        _ => false,
    }
}

/// The place of the value `tokens` point at, as a pointer: the tokens as they are,
/// or, where they pass through a reference, the tokens after its target.
fn locate(doc: &Value, tokens: &[String]) -> Option<String> {
    let mut place = String::new();
    let mut current = doc;
    let mut hops = 0;
    for token in tokens {
        loop {
            let next = match current {
                Value::Object(object) => object.get(token),
                Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            if let Some(next) = next {
                current = next;
                place = pointer_push(&place, token);
                break;
            }
            // Not here: perhaps past a reference (`#/components/schemas/Alias/properties/x`).
            let target = current.get("$ref").and_then(Value::as_str)?.strip_prefix('#')?;
            hops += 1;
            if hops > MAX_HOPS {
                return None;
            }
            current = doc.pointer(target)?;
            place = target.to_owned();
        }
    }
    Some(place)
}

/// What kind of OpenAPI object the value at `tokens` is, as its component section
/// (`schemas`, `responses`, ...); `None` for anything that is not a component kind.
fn kind_of(tokens: &[String]) -> Option<&'static str> {
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        Root,
        PathItem,
        Operation,
        Parameter,
        RequestBody,
        Response,
        Header,
        MediaType,
        Schema,
        Other,
    }
    let mut at = At::Root;
    let mut rest = tokens.iter().map(String::as_str);
    while let Some(token) = rest.next() {
        at = match (at, token) {
            (At::Root, "components") => match rest.next() {
                Some("schemas") => rest.next().map_or(At::Other, |_| At::Schema),
                Some("responses") => rest.next().map_or(At::Other, |_| At::Response),
                Some("parameters") => rest.next().map_or(At::Other, |_| At::Parameter),
                Some("requestBodies") => rest.next().map_or(At::Other, |_| At::RequestBody),
                Some("headers") => rest.next().map_or(At::Other, |_| At::Header),
                Some("pathItems") => rest.next().map_or(At::Other, |_| At::PathItem),
                _ => At::Other,
            },
            (At::Root, "definitions") => rest.next().map_or(At::Other, |_| At::Schema),
            (At::Root, "parameters") => rest.next().map_or(At::Other, |_| At::Parameter),
            (At::Root, "responses") => rest.next().map_or(At::Other, |_| At::Response),
            (At::Root, "paths" | "webhooks") => rest.next().map_or(At::Other, |_| At::PathItem),
            (At::PathItem, "parameters") | (At::Operation, "parameters") => {
                rest.next().map_or(At::Other, |_| At::Parameter)
            }
            (At::PathItem, _) => At::Operation,
            (At::Operation, "requestBody") => At::RequestBody,
            (At::Operation, "responses") => rest.next().map_or(At::Other, |_| At::Response),
            (At::Operation, "callbacks") => match (rest.next(), rest.next()) {
                (Some(_), Some(_)) => At::PathItem,
                _ => At::Other,
            },
            (At::Parameter | At::Header | At::MediaType, "schema") | (At::Response, "schema") => At::Schema,
            (At::Parameter | At::Header | At::RequestBody | At::Response, "content") => {
                rest.next().map_or(At::Other, |_| At::MediaType)
            }
            (At::Response, "headers") => rest.next().map_or(At::Other, |_| At::Header),
            (At::Schema, "items" | "additionalProperties" | "not") => At::Schema,
            (
                At::Schema,
                "properties" | "patternProperties" | "$defs" | "definitions" | "allOf" | "oneOf" | "anyOf"
                | "prefixItems" | "dependentSchemas",
            ) => rest.next().map_or(At::Other, |_| At::Schema),
            _ => At::Other,
        };
        if at == At::Other {
            return None;
        }
    }
    match at {
        At::Schema => Some("schemas"),
        At::Response => Some("responses"),
        At::Parameter => Some("parameters"),
        At::RequestBody => Some("requestBodies"),
        At::Header => Some("headers"),
        At::PathItem => Some("pathItems"),
        _ => None,
    }
}

/// Where a kind of component lives, as a pointer (`/components/schemas`, or Swagger
/// 2.0's `/definitions`); `None` where Swagger 2.0 has no such section.
fn section(kind: &'static str, swagger2: bool) -> Option<String> {
    match (kind, swagger2) {
        (kind, false) => Some(format!("/components/{kind}")),
        ("schemas", true) => Some("/definitions".to_owned()),
        ("parameters" | "responses", true) => Some(format!("/{kind}")),
        _ => None,
    }
}

/// The members of the section at `section`, made if the document has none yet.
fn sections<'d>(doc: &'d mut Value, section: &str) -> &'d mut Map<String, Value> {
    let mut target = doc;
    for key in section.split('/').skip(1) {
        if !target.is_object() {
            *target = json!({});
        }
        let object = target.as_object_mut().expect("made an object above");
        target = object.entry(key).or_insert_with(|| json!({}));
    }
    if !target.is_object() {
        *target = json!({});
    }
    target.as_object_mut().expect("made an object above")
}

/// `name`, or the first of `name 2`, `name 3`, ... that the section does not use.
fn free_name(doc: &mut Value, section: &str, name: &str) -> String {
    let taken = sections(doc, section);
    (1..)
        .map(|i| if i == 1 { name.to_owned() } else { format!("{name} {i}") })
        .find(|candidate| !taken.contains_key(candidate))
        .expect("an unbounded list has a free name")
}

/// A name for the value at `tokens` from the way there: `listPets Response Item` for
/// `/paths/~1pets/get/responses/200/content/application~1json/schema/items`.
fn name_of(doc: &Value, tokens: &[String]) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        let next = tokens.get(i + 1).map(String::as_str);
        let step = match (token, next) {
            ("components", Some(_)) => {
                if let Some(name) = tokens.get(i + 2) {
                    words.push(name.clone());
                }
                3
            }
            ("paths" | "webhooks", Some(path)) => {
                let method = tokens.get(i + 2).map(String::as_str).unwrap_or_default();
                let operation = doc.get(token).and_then(|p| p.get(path)).and_then(|item| item.get(method));
                match operation.and_then(|op| op.get("operationId")).and_then(Value::as_str) {
                    Some(id) => words.push(id.to_owned()),
                    None => words.push(format!("{method} {}", path.replace(['/', '{', '}'], " "))),
                }
                if method.is_empty() { 2 } else { 3 }
            }
            ("definitions" | "$defs" | "properties" | "patternProperties" | "headers", Some(name)) => {
                words.push(name.to_owned());
                2
            }
            ("responses", Some(code)) => {
                words.push(if code.starts_with('2') { "Response".to_owned() } else { format!("Response {code}") });
                2
            }
            ("parameters", Some(index)) => {
                let list = doc.pointer(&tokens[..=i].iter().fold(String::new(), |at, t| pointer_push(&at, t)));
                let name = list.and_then(|l| l.get(index.parse::<usize>().ok()?)).and_then(|p| p.get("name"));
                words.push(name.and_then(Value::as_str).unwrap_or("Parameter").to_owned());
                2
            }
            ("allOf" | "oneOf" | "anyOf" | "prefixItems", Some(index)) => {
                words.push(format!("Variant {}", index.parse::<usize>().map_or(0, |i| i + 1)));
                2
            }
            ("content", Some(_)) => 2,
            ("requestBody", _) => {
                words.push("Body".to_owned());
                1
            }
            ("items", _) => {
                words.push("Item".to_owned());
                1
            }
            ("additionalProperties", _) => {
                words.push("Value".to_owned());
                1
            }
            _ => 1,
        };
        i += step;
    }
    let name = words.join(" ");
    if name.trim().is_empty() { "Referenced".to_owned() } else { name }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(pointer: &str) -> Vec<String> {
        pointer.split('/').skip(1).map(pointer_unescape).collect()
    }

    #[test]
    fn the_kind_of_a_value_follows_from_the_way_to_it() {
        let kind = |pointer: &str| kind_of(&tokens(pointer));
        assert_eq!(kind("/paths/~1pets/get/responses/200/content/application~1json/schema/items"), Some("schemas"));
        assert_eq!(kind("/paths/~1pets/get/responses/default"), Some("responses"));
        assert_eq!(kind("/paths/~1pets/parameters/0"), Some("parameters"));
        assert_eq!(kind("/paths/~1pets/post/requestBody"), Some("requestBodies"));
        assert_eq!(kind("/components/schemas/Pet/properties/owner/allOf/1"), Some("schemas"));
        assert_eq!(kind("/components/schemas/Pet/$defs/Tag"), Some("schemas"));
        assert_eq!(kind("/components/responses/NotFound/headers/X-Rate"), Some("headers"));
        assert_eq!(kind("/paths/~1pets"), Some("pathItems"));
        assert_eq!(kind("/info/title"), None);
        assert_eq!(kind("/components/schemas/Pet/example"), None);
    }

    #[test]
    fn a_moved_value_is_named_after_the_way_to_it() {
        let doc = json!({"paths": {"/pets": {"get": {"operationId": "listPets", "parameters": [{"name": "kind"}]}}}});
        let name = |pointer: &str| name_of(&doc, &tokens(pointer));
        assert_eq!(
            name("/paths/~1pets/get/responses/200/content/application~1json/schema/items"),
            "listPets Response Item"
        );
        assert_eq!(name("/paths/~1pets/get/responses/404"), "listPets Response 404");
        assert_eq!(name("/paths/~1pets/get/parameters/0/schema"), "listPets kind");
        assert_eq!(name("/components/schemas/Pet/properties/owner"), "Pet owner");
        assert_eq!(name("/paths/~1dogs/post/requestBody"), "post  dogs Body");
    }

    #[test]
    fn both_the_reference_and_the_place_refer_to_the_moved_value() {
        let mut doc = json!({
            "openapi": "3.0.0",
            "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}}},
            "components": {"schemas": {"B": {"$ref": "#/paths/~1a/get/responses/200/content/application~1json/schema"}}}
        });
        hoist(&mut doc, false);
        assert_eq!(doc["components"]["schemas"]["getA Response"], json!({"type": "object"}));
        assert_eq!(doc["components"]["schemas"]["B"]["$ref"], "#/components/schemas/getA Response");
        let place = &doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(place["$ref"], "#/components/schemas/getA Response");
    }
}
