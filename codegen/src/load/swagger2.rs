//! Swagger 2.0 brought to OpenAPI 3.0, so the rest of the pipeline reads one model.
//!
//! | Swagger 2.0                                   | OpenAPI 3.0                                   |
//! |-----------------------------------------------|-----------------------------------------------|
//! | `host`, `basePath`, `schemes`                 | `servers`                                     |
//! | `definitions`                                 | `components/schemas`                          |
//! | `parameters` (non-body), `responses`          | `components/parameters`, `components/responses`|
//! | `parameters` with `in: body`                  | `components/requestBodies`                    |
//! | `securityDefinitions`                         | `components/securitySchemes`                  |
//! | `in: body` parameter                          | `requestBody` in each of `consumes`           |
//! | `in: formData` parameters                     | one form or multipart `requestBody`           |
//! | `type`, `items`, ... on a parameter or header | a `schema`; `collectionFormat` as `style`     |
//! | response `schema`                             | `content` in each of `produces`               |
//! | `type: file`                                  | `type: string, format: binary`                |
//! | `x-nullable`, `discriminator: name`           | `nullable`, `discriminator: {propertyName}`   |

use crate::diagnostic::DiagnosticKind;
use serde_json::{Map, Value, json};

use crate::diagnostic::{Diagnostics, pointer_push};

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

/// Keywords of a 2.0 parameter, header or items object that belong to its schema.
const SCHEMA_KEYWORDS: [&str; 16] = [
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
];

/// Rewrites a Swagger 2.0 document, in place, as the OpenAPI 3.0 document that means the same.
pub fn convert(doc: &mut Value, diags: &mut Diagnostics) {
    let Some(root) = doc.as_object_mut() else { return };
    let global_consumes = strings(root.get("consumes"));
    let global_produces = strings(root.get("produces"));
    let shared_parameters = root.get("parameters").and_then(Value::as_object).cloned().unwrap_or_default();

    let mut components = Map::new();
    if let Some(Value::Object(definitions)) = root.remove("definitions") {
        let schemas = definitions.into_iter().map(|(name, mut schema)| {
            convert_schema(&mut schema);
            (name, schema)
        });
        components.insert("schemas".into(), Value::Object(schemas.collect()));
    }
    let mut parameters = Map::new();
    let mut request_bodies = Map::new();
    for (name, parameter) in &shared_parameters {
        match parameter.get("in").and_then(Value::as_str) {
            Some("body") => {
                request_bodies.insert(name.clone(), body_parameter(parameter, &global_consumes));
            }
            // A form field is only meaningful inside an operation's form; it is inlined there.
            Some("formData") => {}
            _ => {
                let at = pointer_push("/parameters", name);
                parameters.insert(name.clone(), convert_parameter(parameter, &at, diags));
            }
        }
    }
    insert_non_empty(&mut components, "parameters", parameters);
    insert_non_empty(&mut components, "requestBodies", request_bodies);
    if let Some(Value::Object(responses)) = root.remove("responses") {
        let converted = responses.into_iter().map(|(name, response)| {
            let response = convert_response(&response, &global_produces);
            (name, response)
        });
        components.insert("responses".into(), Value::Object(converted.collect()));
    }
    if let Some(Value::Object(schemes)) = root.remove("securityDefinitions") {
        let converted = schemes.into_iter().map(|(name, scheme)| (name, convert_security_scheme(scheme)));
        components.insert("securitySchemes".into(), Value::Object(converted.collect()));
    }

    let servers = servers(root);
    let context = Context {
        shared_parameters: &shared_parameters,
        global_consumes: &global_consumes,
        global_produces: &global_produces,
    };
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            convert_path_item(item, &pointer_push("/paths", path), &context, diags);
        }
    }

    for key in ["swagger", "host", "basePath", "schemes", "consumes", "produces", "parameters"] {
        root.remove(key);
    }
    root.insert("openapi".into(), json!("3.0.3"));
    if !servers.is_empty() {
        root.insert("servers".into(), Value::Array(servers));
    }
    if !components.is_empty() {
        root.insert("components".into(), Value::Object(components));
    }
    rewrite_refs(doc, &shared_parameters);
}

/// What every operation may inherit from the document.
struct Context<'a> {
    shared_parameters: &'a Map<String, Value>,
    global_consumes: &'a [String],
    global_produces: &'a [String],
}

fn insert_non_empty(components: &mut Map<String, Value>, key: &str, entries: Map<String, Value>) {
    if !entries.is_empty() {
        components.insert(key.into(), Value::Object(entries));
    }
}

/// A list of strings such as `consumes` or `schemes`; absent is empty.
fn strings(value: Option<&Value>) -> Vec<String> {
    let items = value.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    items.iter().filter_map(Value::as_str).map(str::to_owned).collect()
}

/// `https://host/basePath` for each scheme; a relative URL when no host is given.
fn servers(root: &Map<String, Value>) -> Vec<Value> {
    let base_path = root.get("basePath").and_then(Value::as_str).unwrap_or("").trim_end_matches('/');
    let Some(host) = root.get("host").and_then(Value::as_str) else {
        return if base_path.is_empty() { Vec::new() } else { vec![json!({ "url": base_path })] };
    };
    let schemes = strings(root.get("schemes"));
    let schemes = if schemes.is_empty() { vec!["https".to_owned()] } else { schemes };
    // https first: the client's default base URL is the first server.
    let mut ordered: Vec<&String> = schemes.iter().filter(|s| *s == "https").collect();
    ordered.extend(schemes.iter().filter(|s| *s != "https"));
    ordered.into_iter().map(|scheme| json!({ "url": format!("{scheme}://{host}{base_path}") })).collect()
}

fn convert_path_item(item: &mut Value, at: &str, context: &Context, diags: &mut Diagnostics) {
    let Some(item) = item.as_object_mut() else { return };
    let shared = item.remove("parameters").and_then(|p| p.as_array().cloned()).unwrap_or_default();
    for method in METHODS {
        let Some(Value::Object(operation)) = item.get_mut(method) else { continue };
        // Path-level parameters may be bodies, which 3.0 allows only per operation.
        let own = operation.remove("parameters").and_then(|p| p.as_array().cloned()).unwrap_or_default();
        let mut all: Vec<Value> = shared
            .iter()
            .filter(|p| !own.iter().any(|o| same_parameter(o, p, context.shared_parameters)))
            .cloned()
            .collect();
        all.extend(own);
        convert_operation(operation, all, &pointer_push(at, method), context, diags);
    }
}

/// Whether two parameters (or references to them) are the same `name` and `in`.
fn same_parameter(a: &Value, b: &Value, shared: &Map<String, Value>) -> bool {
    let key = |p: &Value| {
        let p = deref_parameter(p, shared).unwrap_or(p).clone();
        (p.get("name").cloned(), p.get("in").cloned())
    };
    key(a) == key(b)
}

fn deref_parameter<'a>(parameter: &'a Value, shared: &'a Map<String, Value>) -> Option<&'a Value> {
    let reference = parameter.get("$ref")?.as_str()?;
    shared.get(reference.strip_prefix("#/parameters/")?)
}

fn convert_operation(
    operation: &mut Map<String, Value>,
    parameters: Vec<Value>,
    at: &str,
    context: &Context,
    diags: &mut Diagnostics,
) {
    let consumes = strings(operation.remove("consumes").as_ref());
    let consumes = if consumes.is_empty() { context.global_consumes.to_vec() } else { consumes };
    let produces = strings(operation.remove("produces").as_ref());
    let produces = if produces.is_empty() { context.global_produces.to_vec() } else { produces };
    operation.remove("schemes");

    let mut converted = Vec::new();
    let mut form_fields = Vec::new();
    for (index, parameter) in parameters.into_iter().enumerate() {
        let param_at = pointer_push(&pointer_push(at, "parameters"), &index.to_string());
        let resolved = deref_parameter(&parameter, context.shared_parameters);
        match resolved.unwrap_or(&parameter).get("in").and_then(Value::as_str) {
            Some("body") if resolved.is_some() => {
                operation.insert("requestBody".into(), parameter);
            }
            Some("body") => {
                operation.insert("requestBody".into(), body_parameter(&parameter, &consumes));
            }
            Some("formData") => form_fields.push(resolved.unwrap_or(&parameter).clone()),
            _ if resolved.is_some() => converted.push(parameter),
            _ => converted.push(convert_parameter(&parameter, &param_at, diags)),
        }
    }
    if !form_fields.is_empty() {
        operation.insert("requestBody".into(), form_body(&form_fields, &consumes));
    }
    if !converted.is_empty() {
        operation.insert("parameters".into(), Value::Array(converted));
    }
    if let Some(Value::Object(responses)) = operation.get_mut("responses") {
        for response in responses.values_mut() {
            if response.get("$ref").is_none() {
                *response = convert_response(response, &produces);
            }
        }
    }
}

fn body_parameter(parameter: &Value, consumes: &[String]) -> Value {
    let mut schema = parameter.get("schema").cloned().unwrap_or_else(|| json!({}));
    convert_schema(&mut schema);
    let consumes = if consumes.is_empty() { vec!["application/json".to_owned()] } else { consumes.to_vec() };
    let content: Map<String, Value> = consumes.into_iter().map(|media| (media, json!({ "schema": schema }))).collect();
    let mut body = json!({ "content": content });
    copy_keys(parameter, &mut body, &["description", "required"]);
    body
}

/// All `formData` parameters as one object schema: multipart when a field is a file or
/// the operation consumes only multipart, else URL-encoded.
fn form_body(fields: &[Value], consumes: &[String]) -> Value {
    let has_file = fields.iter().any(|f| f.get("type").and_then(Value::as_str) == Some("file"));
    let multipart = has_file || consumes.iter().any(|c| c.starts_with("multipart/form-data"));
    let media = if multipart { "multipart/form-data" } else { "application/x-www-form-urlencoded" };
    let mut properties = Map::new();
    let mut required = Vec::new();
    for field in fields {
        let Some(name) = field.get("name").and_then(Value::as_str) else { continue };
        let mut schema = parameter_schema(field);
        copy_keys(field, &mut schema, &["description"]);
        properties.insert(name.to_owned(), schema);
        if field.get("required").and_then(Value::as_bool) == Some(true) {
            required.push(json!(name));
        }
    }
    let mut schema = json!({ "type": "object", "properties": properties });
    if !required.is_empty() {
        schema["required"] = Value::Array(required.clone());
    }
    json!({ "required": !required.is_empty(), "content": { media: { "schema": schema } } })
}

fn convert_parameter(parameter: &Value, at: &str, diags: &mut Diagnostics) -> Value {
    let mut converted = Map::new();
    for (key, value) in parameter.as_object().into_iter().flatten() {
        if !SCHEMA_KEYWORDS.contains(&key.as_str()) && key != "collectionFormat" {
            converted.insert(key.clone(), value.clone());
        }
    }
    let location = parameter.get("in").and_then(Value::as_str).unwrap_or("query");
    converted.insert("schema".into(), parameter_schema(parameter));
    let format = parameter.get("collectionFormat").and_then(Value::as_str);
    let is_array = parameter.get("type").and_then(Value::as_str) == Some("array");
    match (format, is_array) {
        (_, false) => {}
        (Some("multi"), _) => {
            converted.insert("style".into(), json!("form"));
            converted.insert("explode".into(), json!(true));
        }
        (Some("ssv"), _) => {
            converted.insert("style".into(), json!("spaceDelimited"));
        }
        (Some("pipes"), _) => {
            converted.insert("style".into(), json!("pipeDelimited"));
        }
        (format, _) => {
            if format == Some("tsv") {
                let message = "collectionFormat `tsv` has no OpenAPI 3 equivalent; sent comma-separated";
                diags.warn(DiagnosticKind::Unsupported, pointer_push(at, "collectionFormat"), message);
            }
            // 2.0's default is comma-separated (`csv`).
            let style = if location == "query" || location == "formData" { "form" } else { "simple" };
            converted.insert("style".into(), json!(style));
            converted.insert("explode".into(), json!(false));
        }
    }
    Value::Object(converted)
}

/// The schema keywords of a parameter, header or items object, as a schema.
fn parameter_schema(parameter: &Value) -> Value {
    let mut schema = Map::new();
    for key in SCHEMA_KEYWORDS {
        if let Some(value) = parameter.get(key) {
            let value = if key == "items" { parameter_schema(value) } else { value.clone() };
            schema.insert(key.into(), value);
        }
    }
    let mut schema = Value::Object(schema);
    convert_schema(&mut schema);
    schema
}

fn convert_response(response: &Value, produces: &[String]) -> Value {
    let mut converted = json!({});
    copy_keys(response, &mut converted, &["description"]);
    if converted.get("description").is_none() {
        converted["description"] = json!("");
    }
    if let Some(schema) = response.get("schema") {
        let mut schema = schema.clone();
        convert_schema(&mut schema);
        let produces = if produces.is_empty() { vec!["application/json".to_owned()] } else { produces.to_vec() };
        let content: Map<String, Value> =
            produces.into_iter().map(|media| (media, json!({ "schema": schema }))).collect();
        converted["content"] = Value::Object(content);
    }
    if let Some(Value::Object(headers)) = response.get("headers") {
        let headers: Map<String, Value> = headers
            .iter()
            .map(|(name, header)| {
                let mut converted = json!({ "schema": parameter_schema(header) });
                copy_keys(header, &mut converted, &["description"]);
                (name.clone(), converted)
            })
            .collect();
        converted["headers"] = Value::Object(headers);
    }
    converted
}

fn convert_security_scheme(scheme: Value) -> Value {
    let kind = scheme.get("type").and_then(Value::as_str).unwrap_or_default();
    let mut converted = match kind {
        "basic" => json!({ "type": "http", "scheme": "basic" }),
        "oauth2" => {
            let flow_name = match scheme.get("flow").and_then(Value::as_str) {
                Some("application") => "clientCredentials",
                Some("accessCode") => "authorizationCode",
                Some("password") => "password",
                _ => "implicit",
            };
            let mut flow = json!({ "scopes": scheme.get("scopes").cloned().unwrap_or_else(|| json!({})) });
            copy_keys(&scheme, &mut flow, &["authorizationUrl", "tokenUrl"]);
            json!({ "type": "oauth2", "flows": { flow_name: flow } })
        }
        _ => {
            let mut converted = json!({ "type": kind });
            copy_keys(&scheme, &mut converted, &["name", "in"]);
            converted
        }
    };
    copy_keys(&scheme, &mut converted, &["description"]);
    converted
}

/// 2.0 schema spellings, recursively: `type: file`, `x-nullable`, a string `discriminator`.
fn convert_schema(schema: &mut Value) {
    let Some(object) = schema.as_object_mut() else { return };
    if object.get("type").and_then(Value::as_str) == Some("file") {
        object.insert("type".into(), json!("string"));
        object.insert("format".into(), json!("binary"));
    }
    if let Some(nullable) = object.remove("x-nullable") {
        object.insert("nullable".into(), nullable);
    }
    if let Some(Value::String(property)) = object.get("discriminator") {
        let discriminator = json!({ "propertyName": property });
        object.insert("discriminator".into(), discriminator);
    }
    if let Some(Value::Object(properties)) = object.get_mut("properties") {
        properties.values_mut().for_each(convert_schema);
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(inner) = object.get_mut(key) {
            convert_schema(inner);
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = object.get_mut(key) {
            members.iter_mut().for_each(convert_schema);
        }
    }
}

/// Every `$ref` pointed at its 3.0 home; body parameters now live under `requestBodies`.
fn rewrite_refs(value: &mut Value, shared_parameters: &Map<String, Value>) {
    match value {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get_mut("$ref") {
                if let Some(name) = reference.strip_prefix("#/definitions/") {
                    *reference = format!("#/components/schemas/{name}");
                } else if let Some(name) = reference.strip_prefix("#/responses/") {
                    *reference = format!("#/components/responses/{name}");
                } else if let Some(name) = reference.strip_prefix("#/parameters/") {
                    let is_body =
                        shared_parameters.get(name).and_then(|p| p.get("in")).and_then(Value::as_str) == Some("body");
                    let kind = if is_body { "requestBodies" } else { "parameters" };
                    *reference = format!("#/components/{kind}/{name}");
                }
            }
            object.values_mut().for_each(|v| rewrite_refs(v, shared_parameters));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_refs(v, shared_parameters)),
        _ => {}
    }
}

fn copy_keys(from: &Value, to: &mut Value, keys: &[&str]) {
    for key in keys {
        if let Some(value) = from.get(*key) {
            to[*key] = value.clone();
        }
    }
}
