//! References that name the wrong kind of component, where the intent is plain. Real
//! specs (and converters) point a schema's `$ref` at a parameter or a response, and a
//! response's at a schema: enode.io's `items: {$ref: .../parameters/1}`, rumble.run's
//! `schema: {$ref: '#/components/responses/StatusMessage'}`, SwaggerHub's
//! `400: {$ref: '#/components/schemas/BadRequest'}`. Each is read as what it surely
//! means, with a warning; a reference that stays unresolved is resolve's error.
//!
//! | where                  | names a                          | read as                                 |
//! |------------------------|----------------------------------|-----------------------------------------|
//! | a schema               | `parameters` or `headers` entry  | that entry's schema                     |
//! | a schema               | `responses` or `requestBodies` entry | the schema of its (JSON) body       |
//! | a schema               | any of these, without a schema   | the `schemas` entry of that name        |
//! | a response             | `schemas` entry                  | the `responses` entry of that name, else a response whose JSON body is that schema |

use crate::diagnostic::DiagnosticKind;
use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostics, pointer_push, pointer_unescape};

pub fn repair(doc: &mut Value, diags: &mut Diagnostics) {
    // The entries a replacement is taken from; of the schemas, which exist is enough.
    let mut components = Map::new();
    if let Some(Value::Object(all)) = doc.get("components") {
        for (kind, entries) in all {
            let entries = match (kind.as_str(), entries) {
                ("schemas", Value::Object(schemas)) => schemas.keys().map(|name| (name.clone(), json!({}))).collect(),
                ("parameters" | "headers" | "responses" | "requestBodies", _) => entries.clone(),
                _ => continue,
            };
            components.insert(kind.clone(), entries);
        }
    }
    let mut walker = Walker { components: Value::Object(components), expanding: Vec::new(), diags };
    walker.walk(doc, "", Place::Other);
}

/// What the value at a place in the document is.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Schema,
    /// `properties`, or the component schemas: names to schemas.
    Schemas,
    /// `allOf`, `oneOf`, `anyOf`: a list of schemas.
    SchemaList,
    /// An operation's or the components' `responses`: names or statuses to responses.
    Responses,
    Response,
    Other,
}

struct Walker<'d> {
    components: Value,
    /// The references whose replacements are being walked: one met again inside its
    /// own replacement (a body that holds itself) is left for resolve to report.
    expanding: Vec<String>,
    diags: &'d mut Diagnostics,
}

impl Walker<'_> {
    fn walk(&mut self, value: &mut Value, at: &str, place: Place) {
        match value {
            Value::Object(object) => {
                let mut expanded = false;
                if let Some(reference) = object.get("$ref").and_then(Value::as_str).map(str::to_owned)
                    && !self.expanding.contains(&reference)
                    && let Some(replacement) = replacement(&reference, place, at, &self.components)
                {
                    let message = format!("reference `{reference}` {}", replacement.said);
                    self.diags.warn(DiagnosticKind::Reference, pointer_push(at, "$ref"), message);
                    object.remove("$ref");
                    for (key, member) in replacement.value.as_object().into_iter().flatten() {
                        object.entry(key.clone()).or_insert_with(|| member.clone());
                    }
                    self.expanding.push(reference);
                    expanded = true;
                }
                for (key, member) in object.iter_mut() {
                    let inner = match (place, key.as_str()) {
                        (Place::Schemas, _) => Place::Schema,
                        (Place::Responses, _) => Place::Response,
                        // Data and extensions hold no references to repair.
                        (_, "example" | "examples" | "default" | "enum" | "const") => continue,
                        (_, key) if key.starts_with("x-") => continue,
                        (Place::Schema, "properties" | "patternProperties") => Place::Schemas,
                        (Place::Schema, "items" | "additionalProperties" | "not") => Place::Schema,
                        (Place::Schema, "allOf" | "oneOf" | "anyOf") => Place::SchemaList,
                        (Place::Schema, _) => Place::Other,
                        (_, "schema") => Place::Schema,
                        (_, "responses") => Place::Responses,
                        (_, "schemas") if at == "/components" => Place::Schemas,
                        _ => Place::Other,
                    };
                    self.walk(member, &pointer_push(at, key), inner);
                }
                if expanded {
                    self.expanding.pop();
                }
            }
            Value::Array(items) => {
                let inner = if place == Place::SchemaList { Place::Schema } else { Place::Other };
                for (i, item) in items.iter_mut().enumerate() {
                    self.walk(item, &pointer_push(at, &i.to_string()), inner);
                }
            }
            _ => {}
        }
    }
}

struct Replacement {
    value: Value,
    said: &'static str,
}

/// What a reference of the wrong kind at `place` (the pointer `at`) stands for, if
/// anything plain.
fn replacement(reference: &str, place: Place, at: &str, components: &Value) -> Option<Replacement> {
    let (kind, name) = reference.strip_prefix("#/components/")?.split_once('/')?;
    let name = pointer_unescape(name);
    let entry = components.get(kind)?.get(&name)?;
    let same_name = |kind: &str| components.get(kind).and_then(|entries| entries.get(&name)).is_some();
    let named_schema = || {
        same_name("schemas").then(|| Replacement {
            value: json!({ "$ref": format!("#/components/schemas/{}", reference_token(&name)) }),
            said: "names no schema, but a schema of that name exists: read as that schema",
        })
    };
    match (place, kind) {
        (Place::Schema, "parameters" | "headers") => match entry.get("schema").or_else(|| body_schema(entry)) {
            Some(schema) => Some(Replacement {
                value: schema.clone(),
                said: "names a parameter or header where a schema must be: read as its schema",
            }),
            None => named_schema(),
        },
        (Place::Schema, "responses" | "requestBodies") => match body_schema(entry) {
            Some(schema) => Some(Replacement {
                value: schema.clone(),
                said: "names a body where a schema must be: read as the body's schema",
            }),
            None => named_schema(),
        },
        // The response of that name, unless that is the one being read.
        (Place::Response, "schemas") => {
            Some(match same_name("responses") && at != pointer_push("/components/responses", &name) {
                true => Replacement {
                    value: json!({ "$ref": format!("#/components/responses/{}", reference_token(&name)) }),
                    said: "names a schema where a response must be: read as the `responses` entry of that name",
                },
                false => Replacement {
                    value: json!({
                        "description": name,
                        "content": { "application/json": { "schema": { "$ref": reference } } },
                    }),
                    said: "names a schema where a response must be: read as a response whose JSON body is that schema",
                },
            })
        }
        _ => None,
    }
}

/// The schema of a parameter's or body's `content`: its JSON media type's, else its only one's.
fn body_schema(entry: &Value) -> Option<&Value> {
    let content: &Map<String, Value> = entry.get("content")?.as_object()?;
    let json = content.iter().find(|(media_type, _)| media_type.to_ascii_lowercase().contains("json"));
    let (_, media) = json.or_else(|| (content.len() == 1).then(|| content.iter().next()).flatten())?;
    media.get("schema")
}

/// A name as a JSON pointer token (RFC 6901).
fn reference_token(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repaired(mut doc: Value) -> (Value, Vec<String>) {
        let mut diags = Diagnostics::new(std::path::Path::new("spec.json"));
        repair(&mut doc, &mut diags);
        (doc, diags.into_vec().into_iter().map(|d| d.location).collect())
    }

    #[test]
    fn a_schema_naming_a_parameter_is_its_schema() {
        let (doc, warned) = repaired(json!({
            "paths": {"/v": {"get": {"parameters": [
                {"$ref": "#/components/parameters/field"},
                {"name": "fields", "in": "query", "schema": {"type": "array", "items": {"$ref": "#/components/parameters/field"}}}
            ]}}},
            "components": {"parameters": {"field": {"name": "field", "in": "query", "schema": {"type": "string", "enum": ["a"]}}}}
        }));
        let parameters = &doc["paths"]["/v"]["get"]["parameters"];
        assert_eq!(parameters[0], json!({"$ref": "#/components/parameters/field"}), "a parameter's own place");
        assert_eq!(parameters[1]["schema"]["items"], json!({"type": "string", "enum": ["a"]}));
        assert_eq!(warned, ["/paths/~1v/get/parameters/1/schema/items/$ref"]);
    }

    #[test]
    fn a_schema_naming_a_response_is_its_body_schema() {
        let (doc, warned) = repaired(json!({
            "paths": {"/v": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": "#/components/responses/Status"}
            }}}}}}},
            "components": {
                "responses": {"Status": {"description": "s", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Status"}}}}},
                "schemas": {"Status": {"type": "object"}}
            }
        }));
        let schema = &doc["paths"]["/v"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(schema, &json!({"$ref": "#/components/schemas/Status"}));
        assert_eq!(warned.len(), 1);
    }

    #[test]
    fn a_schema_naming_a_response_without_a_body_is_the_schema_of_that_name() {
        let (doc, warned) = repaired(json!({
            "components": {
                "responses": {"Status": {"description": "s"}},
                "schemas": {"Status": {"type": "object"}, "Report": {"properties": {"status": {"$ref": "#/components/responses/Status"}}}}
            }
        }));
        assert_eq!(
            doc["components"]["schemas"]["Report"]["properties"]["status"],
            json!({"$ref": "#/components/schemas/Status"})
        );
        assert_eq!(warned, ["/components/schemas/Report/properties/status/$ref"]);
    }

    #[test]
    fn a_response_naming_a_schema_is_the_response_of_that_name_else_a_body_of_it() {
        let (doc, warned) = repaired(json!({
            "paths": {"/v": {"get": {"responses": {
                "400": {"$ref": "#/components/schemas/BadRequest"},
                "404": {"$ref": "#/components/schemas/Missing"}
            }}}},
            "components": {
                "responses": {"BadRequest": {"description": "bad"}},
                "schemas": {"BadRequest": {"type": "object"}, "Missing": {"type": "object"}}
            }
        }));
        let responses = &doc["paths"]["/v"]["get"]["responses"];
        assert_eq!(responses["400"], json!({"$ref": "#/components/responses/BadRequest"}));
        assert_eq!(
            responses["404"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/Missing"})
        );
        assert_eq!(warned.len(), 2);
    }

    #[test]
    fn a_replacement_that_holds_its_own_reference_is_not_expanded_again() {
        let (doc, warned) = repaired(json!({
            "components": {
                "responses": {
                    "Node": {"description": "n", "content": {"application/json": {"schema": {
                        "type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/responses/Node"}}}
                    }}}},
                    "NotFound": {"$ref": "#/components/schemas/NotFound"}
                },
                "schemas": {"Tree": {"$ref": "#/components/responses/Node"}, "NotFound": {"type": "object"}}
            }
        }));
        let tree = &doc["components"]["schemas"]["Tree"];
        assert_eq!(
            tree["properties"]["children"]["items"],
            json!({"$ref": "#/components/responses/Node"}),
            "left for resolve"
        );
        // A response named like the schema it names is not itself.
        let not_found = &doc["components"]["responses"]["NotFound"];
        assert_eq!(
            not_found["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/NotFound"})
        );
        assert_eq!(warned.len(), 3, "{warned:?}");
    }

    #[test]
    fn examples_and_extensions_are_data() {
        let doc = json!({
            "components": {"schemas": {"Doc": {
                "type": "object",
                "example": {"schema": {"$ref": "#/components/parameters/limit"}},
                "x-gateway": {"responses": {"default": {"$ref": "#/components/schemas/Doc"}}}
            }}, "parameters": {"limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}}
        });
        let (repaired_doc, warned) = repaired(doc.clone());
        assert_eq!(repaired_doc, doc);
        assert!(warned.is_empty());
    }

    #[test]
    fn properties_named_like_keywords_and_right_references_are_left_alone() {
        let doc = json!({
            "components": {"schemas": {"A": {"type": "object", "properties": {
                "responses": {"$ref": "#/components/schemas/B"},
                "schema": {"$ref": "#/components/schemas/B"}
            }}, "B": {"type": "string"}}}
        });
        let (repaired_doc, warned) = repaired(doc.clone());
        assert_eq!(repaired_doc, doc);
        assert!(warned.is_empty());
    }
}
