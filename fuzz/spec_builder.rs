//! Specs built from arbitrary schemas, parameters, bodies and responses, with names
//! drawn from a list of awkward ones, so that most inputs get past parsing and
//! exercise resolve, render and format. Shared by the `spec_structure` fuzz target and
//! a bounded run of the same in the generator's tests.

use arbitrary::Arbitrary;
use serde_json::{Map, Value, json};

const NAMES: &[&str] = &[
    "Pet",
    "pet",
    "pets",
    "Self",
    "self",
    "type",
    "r#type",
    "crate",
    "Error",
    "Client",
    "Credentials",
    "body",
    "send",
    "stream",
    "page",
    "cursor",
    "next_cursor",
    "items",
    "data",
    "*/",
    "#[x]",
    "}",
    "a b",
    "é",
    "",
    "1st",
    "X-Next-Cursor",
    "Link",
    "a\"b",
    "a\nb",
    "\u{202e}",
    "default",
    "Option",
    "Box",
    "Vec",
    "String",
];

#[derive(Arbitrary, Debug)]
pub struct Spec {
    openapi_31: bool,
    schemas: Vec<(u8, Schema)>,
    operations: Vec<Operation>,
}

#[derive(Arbitrary, Debug)]
enum Schema {
    String { format: u8, values: Vec<u8> },
    Integer { values: Vec<i64> },
    Number,
    Boolean,
    Array(Box<Schema>),
    Object { properties: Vec<(u8, Schema, bool)>, additional: Option<Box<Schema>> },
    Ref(u8),
    OneOf(Vec<Schema>),
    AnyOf(Vec<Schema>),
    AllOf(Vec<Schema>),
    Tagged { tag: u8, variants: Vec<u8> },
    Nullable(Box<Schema>),
    Any,
}

#[derive(Arbitrary, Debug)]
struct Operation {
    path: Vec<u8>,
    method: u8,
    parameters: Vec<(u8, u8, Schema, bool, u8)>,
    body: Option<(u8, Schema)>,
    responses: Vec<(u16, u8, Option<Schema>, Vec<u8>)>,
    pagination: Option<(u8, u8)>,
}

const MEDIA: &[&str] = &[
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "text/plain",
    "application/octet-stream",
    "*/*",
    "application/problem+json",
];

fn name(i: u8) -> &'static str {
    NAMES[i as usize % NAMES.len()]
}

fn schema_name(i: u8) -> String {
    format!("S{}", name(i))
}

fn schema(s: &Schema, version_31: bool) -> Value {
    match s {
        Schema::String { format, values } => {
            let formats = ["", "date-time", "date", "uuid", "binary", "byte", "int64"];
            let mut v = json!({"type": "string"});
            let format = formats[*format as usize % formats.len()];
            if !format.is_empty() {
                v["format"] = json!(format);
            }
            if !values.is_empty() {
                v["enum"] = values.iter().map(|i| json!(name(*i))).collect();
            }
            v
        }
        Schema::Integer { values } if values.is_empty() => json!({"type": "integer"}),
        Schema::Integer { values } => json!({"type": "integer", "enum": values}),
        Schema::Number => json!({"type": "number"}),
        Schema::Boolean => json!({"type": "boolean"}),
        Schema::Array(items) => json!({"type": "array", "items": schema(items, version_31)}),
        Schema::Object { properties, additional } => {
            let mut props = Map::new();
            let mut required = Vec::new();
            for (key, value, is_required) in properties {
                props.insert(name(*key).to_owned(), schema(value, version_31));
                if *is_required {
                    required.push(json!(name(*key)));
                }
            }
            let mut v = json!({"type": "object", "properties": props, "required": required});
            if let Some(additional) = additional {
                v["additionalProperties"] = schema(additional, version_31);
            }
            v
        }
        Schema::Ref(i) => json!({"$ref": format!("#/components/schemas/{}", schema_name(*i))}),
        Schema::OneOf(variants) => json!({"oneOf": variants.iter().map(|v| schema(v, version_31)).collect::<Vec<_>>()}),
        Schema::AnyOf(variants) => json!({"anyOf": variants.iter().map(|v| schema(v, version_31)).collect::<Vec<_>>()}),
        Schema::AllOf(variants) => json!({"allOf": variants.iter().map(|v| schema(v, version_31)).collect::<Vec<_>>()}),
        Schema::Tagged { tag, variants } => json!({
            "oneOf": variants.iter().map(|i| json!({"$ref": format!("#/components/schemas/{}", schema_name(*i))})).collect::<Vec<_>>(),
            "discriminator": {"propertyName": name(*tag)},
        }),
        Schema::Nullable(inner) if version_31 => json!({"anyOf": [schema(inner, true), {"type": "null"}]}),
        Schema::Nullable(inner) => {
            let mut v = schema(inner, false);
            if let Value::Object(map) = &mut v {
                map.insert("nullable".into(), json!(true));
            }
            v
        }
        Schema::Any => json!({}),
    }
}

/// The spec as a JSON document.
pub fn document(spec: &Spec) -> Value {
    let v31 = spec.openapi_31;
    let schemas: Map<String, Value> = spec.schemas.iter().map(|(n, s)| (schema_name(*n), schema(s, v31))).collect();
    let mut paths = Map::new();
    for op in &spec.operations {
        let segments: Vec<String> = op
            .path
            .iter()
            .map(|i| if i % 3 == 0 { format!("{{{}}}", name(*i)) } else { name(*i).to_owned() })
            .collect();
        let path = format!("/{}", segments.join("/"));
        let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
        let method = methods[op.method as usize % methods.len()];
        let locations = ["path", "query", "header", "cookie"];
        let styles = ["form", "simple", "label", "matrix", "deepObject", "spaceDelimited", "pipeDelimited"];
        let parameters: Vec<Value> = op
            .parameters
            .iter()
            .map(|(n, location, s, required, style)| {
                json!({
                    "name": name(*n),
                    "in": locations[*location as usize % locations.len()],
                    "required": required,
                    "style": styles[*style as usize % styles.len()],
                    "explode": style % 2 == 0,
                    "schema": schema(s, v31),
                })
            })
            .collect();
        let mut responses = Map::new();
        for (status, media, body, headers) in &op.responses {
            let status = match status % 7 {
                0 => "default".to_owned(),
                1 => "2XX".to_owned(),
                2 => "4XX".to_owned(),
                _ => (100 + status % 500).to_string(),
            };
            let mut response = json!({"description": "r"});
            if let Some(body) = body {
                response["content"] = json!({MEDIA[*media as usize % MEDIA.len()]: {"schema": schema(body, v31)}});
            }
            let headers: Map<String, Value> =
                headers.iter().map(|h| (name(*h).to_owned(), json!({"schema": {"type": "string"}}))).collect();
            response["headers"] = Value::Object(headers);
            responses.insert(status, response);
        }
        let mut operation = json!({"operationId": name(op.method), "parameters": parameters, "responses": responses});
        if let Some((media, body)) = &op.body {
            operation["requestBody"] =
                json!({"content": {MEDIA[*media as usize % MEDIA.len()]: {"schema": schema(body, v31)}}});
        }
        if let Some((style, param)) = op.pagination {
            let styles = ["cursor", "header-cursor", "link", "page", "offset", "none", "other"];
            operation["x-pagination"] = json!({
                "style": styles[style as usize % styles.len()],
                "param": name(param),
                "cursor": name(param),
                "header": name(param),
            });
        }
        let item = paths.entry(path).or_insert_with(|| json!({}));
        item[method] = operation;
    }
    json!({
        "openapi": if v31 { "3.1.0" } else { "3.0.3" },
        "info": {"title": "fuzz", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    })
}
