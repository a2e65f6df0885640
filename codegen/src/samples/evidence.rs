//! The spec's examples as evidence of what its servers send. Vendors' examples often
//! contradict their schemas: an example that leaves out a member the schema requires,
//! or sends `null` for one that is not nullable, shows a response the generated type
//! would refuse. The examples read are the responses' and the component schemas';
//! a request body's example shows what a client may send (a partial update), not
//! what a type must hold. Where an example fits its schema but for such members, those members
//! are relaxed in the document (optional, or nullable), each with a warning naming
//! the example, before anything is resolved: the types and the samples then agree
//! with the vendor's own data. A settings file turns this off (`example-evidence =
//! "ignore"`).

use openapiv3::{
    AdditionalProperties, MediaType, OpenAPI, ReferenceOr, Response, Schema, SchemaData, SchemaKind, StatusCode, Type,
};
use serde_json::Value;

use super::schemas::Schemas;
use super::validate::{Relaxation, relaxations};
use crate::diagnostic::{DiagnosticKind, Diagnostics, pointer_push, pointer_unescape};
use crate::load::Document;
use crate::spec::is_json;

/// Relaxes every member the examples show absent or `null` against their schemas,
/// saying each once, at the first example that shows it.
pub fn relax_to_examples(doc: &mut Document, diags: &mut Diagnostics) {
    let mut found: Vec<Relaxation> = Vec::new();
    let mut examples: Vec<String> = Vec::new();
    {
        let spec = &doc.spec;
        let schemas = Schemas::new(spec);
        let all = examples_of(spec, &schemas);
        // Each example's relaxations, those of the later half found on another core
        // (with lookups of its own), then taken in the examples' order.
        let (first, later) = all.split_at(all.len() / 2);
        let of = |schemas: &Schemas<'_>, examples: &[(&Schema, String, Value, String)]| -> Vec<Vec<Relaxation>> {
            let each = examples.iter().map(|(schema, here, value, _)| relaxations(schemas, schema, here, value));
            each.map(Option::unwrap_or_default).collect()
        };
        let each: Vec<Vec<Relaxation>> = std::thread::scope(|scope| {
            let later = crate::thread::start(scope, move || of(&Schemas::new(spec), later));
            of(&schemas, first).into_iter().chain(later()).collect()
        });
        for ((_, _, _, at), relaxations) in all.iter().zip(each) {
            for relaxation in relaxations {
                let known = |r: &Relaxation| {
                    r.object == relaxation.object && r.member == relaxation.member && r.null == relaxation.null
                };
                if !found.iter().any(known) {
                    found.push(relaxation);
                    examples.push(at.clone());
                }
            }
        }
    }
    for (relaxation, example) in found.iter().zip(&examples) {
        if !relax(&mut doc.spec, relaxation) {
            continue;
        }
        let Relaxation { object, member, null, at } = relaxation;
        let place = if at.is_empty() { String::new() } else { format!(" at `{at}`") };
        let message = if *null {
            format!(
                "the example sends `null`{place} for `{member}`, which `#{object}` does not allow: it is read as \
                 nullable (the settings' `example-evidence = \"ignore\"` keeps the schema as it is)"
            )
        } else {
            format!(
                "the example leaves out `{member}`{place}, which `#{object}` requires: it is read as optional (the \
                 settings' `example-evidence = \"ignore\"` keeps the schema as it is)"
            )
        };
        diags.warn(DiagnosticKind::Evidence, example, message);
    }
}

/// Each JSON example of the document, with its schema, the schema's pointer, and the
/// example's pointer: the component schemas' examples, and those of JSON success
/// responses.
fn examples_of<'a>(spec: &'a OpenAPI, schemas: &Schemas<'a>) -> Vec<(&'a Schema, String, Value, String)> {
    let mut found = Vec::new();
    for (key, schema) in spec.components.iter().flat_map(|c| &c.schemas) {
        let ReferenceOr::Item(schema) = schema else { continue };
        let here = pointer_push("/components/schemas", key);
        for (value, at) in super::schema_examples(schema, &here) {
            found.push((schema, here.clone(), value, at));
        }
    }
    let mut media_of = |content: &'a indexmap::IndexMap<String, MediaType>, base: &str| {
        for (media_type, media) in content.iter().filter(|(media_type, _)| is_json(media_type)) {
            let at = pointer_push(&pointer_push(base, "content"), media_type);
            let Some(node) = &media.schema else { continue };
            let (schema, here) = match node {
                ReferenceOr::Item(schema) => (schema, pointer_push(&at, "schema")),
                ReferenceOr::Reference { reference } => {
                    let Some((key, ReferenceOr::Item(schema))) = schemas.target(reference) else { continue };
                    (schema, pointer_push("/components/schemas", &key))
                }
            };
            let values = super::media_examples(schemas, media, &at);
            found.extend(values.into_iter().map(|(value, example)| (schema, here.clone(), value, example)));
        }
    };
    let components = spec.components.as_ref();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in item.iter() {
            let at = pointer_push(&pointer_push("/paths", path), method);
            for (status, response) in &op.responses.responses {
                if !matches!(status, StatusCode::Code(200..=299)) {
                    continue;
                }
                match response {
                    ReferenceOr::Item(response) => {
                        let at = pointer_push(&pointer_push(&at, "responses"), &status.to_string());
                        media_of(&response.content, &at);
                    }
                    ReferenceOr::Reference { reference } => {
                        let name = reference.strip_prefix("#/components/responses/").map(pointer_unescape);
                        let found: Option<&Response> =
                            name.as_ref().and_then(|name| components?.responses.get(name)?.as_item());
                        if let (Some(name), Some(response)) = (name, found) {
                            media_of(&response.content, &pointer_push("/components/responses", &name));
                        }
                    }
                }
            }
        }
    }
    found
}

/// Makes the member optional or nullable in the object schema the relaxation names;
/// `false` when that schema is not where the pointer says (nothing changed).
fn relax(spec: &mut OpenAPI, relaxation: &Relaxation) -> bool {
    let Some(object) = schema_mut(spec, &relaxation.object) else { return false };
    let (properties, required) = match &mut object.schema_kind {
        SchemaKind::Type(Type::Object(o)) => (&mut o.properties, &mut o.required),
        SchemaKind::Any(any) => (&mut any.properties, &mut any.required),
        _ => return false,
    };
    if !relaxation.null {
        let before = required.len();
        required.retain(|name| *name != relaxation.member);
        return required.len() < before;
    }
    match properties.get_mut(&relaxation.member) {
        Some(ReferenceOr::Item(property)) => {
            property.schema_data.nullable = true;
            true
        }
        Some(slot @ ReferenceOr::Reference { .. }) => {
            // 3.0's nullable reference: `{nullable: true, allOf: [$ref]}`.
            let ReferenceOr::Reference { reference } = slot.clone() else { return false };
            *slot = ReferenceOr::Item(Box::new(Schema {
                schema_data: SchemaData { nullable: true, ..Default::default() },
                schema_kind: SchemaKind::AllOf { all_of: vec![ReferenceOr::Reference { reference }] },
            }));
            true
        }
        None => false,
    }
}

/// The schema written in place at `pointer` (a component schema, a body's or a
/// response's, or one inside them), when there is one.
fn schema_mut<'s>(spec: &'s mut OpenAPI, pointer: &str) -> Option<&'s mut Schema> {
    let tokens: Vec<String> = pointer.split('/').skip(1).map(pointer_unescape).collect();
    let tokens: Vec<&str> = tokens.iter().map(String::as_str).collect();
    let content_schema = |content: &'s mut indexmap::IndexMap<String, MediaType>, rest: &[&str]| {
        let [media_type, "schema", inner @ ..] = rest else { return None };
        let schema = content.get_mut(*media_type)?.schema.as_mut()?;
        within(item_mut(schema)?, inner)
    };
    match tokens.as_slice() {
        ["components", "schemas", key, rest @ ..] => {
            within(item_mut(spec.components.as_mut()?.schemas.get_mut(*key)?)?, rest)
        }
        ["components", "requestBodies", name, "content", rest @ ..] => {
            let body = item_mut(spec.components.as_mut()?.request_bodies.get_mut(*name)?)?;
            content_schema(&mut body.content, rest)
        }
        ["components", "responses", name, "content", rest @ ..] => {
            let response = item_mut(spec.components.as_mut()?.responses.get_mut(*name)?)?;
            content_schema(&mut response.content, rest)
        }
        ["paths", path, method, rest @ ..] => {
            let item = item_mut(spec.paths.paths.get_mut(*path)?)?;
            let op = match *method {
                "get" => item.get.as_mut(),
                "put" => item.put.as_mut(),
                "post" => item.post.as_mut(),
                "delete" => item.delete.as_mut(),
                "options" => item.options.as_mut(),
                "head" => item.head.as_mut(),
                "patch" => item.patch.as_mut(),
                "trace" => item.trace.as_mut(),
                _ => None,
            }?;
            match rest {
                ["requestBody", "content", rest @ ..] => {
                    content_schema(&mut item_mut(op.request_body.as_mut()?)?.content, rest)
                }
                ["responses", status, "content", rest @ ..] => {
                    let code = StatusCode::Code(status.parse().ok()?);
                    content_schema(&mut item_mut(op.responses.responses.get_mut(&code)?)?.content, rest)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn item_mut<T>(node: &mut ReferenceOr<T>) -> Option<&mut T> {
    match node {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { .. } => None,
    }
}

/// The schema inside `schema` at the pointer's remaining `tokens`.
fn within<'s>(schema: &'s mut Schema, tokens: &[&str]) -> Option<&'s mut Schema> {
    let [first, rest @ ..] = tokens else { return Some(schema) };
    let kind = &mut schema.schema_kind;
    let next: &mut Schema = match (*first, rest) {
        ("properties", [name, ..]) => {
            let properties = match kind {
                SchemaKind::Type(Type::Object(o)) => &mut o.properties,
                SchemaKind::Any(any) => &mut any.properties,
                _ => return None,
            };
            return within(item_mut(properties.get_mut(*name)?)?, &rest[1..]);
        }
        ("items", _) => {
            let items = match kind {
                SchemaKind::Type(Type::Array(a)) => a.items.as_mut()?,
                SchemaKind::Any(any) => any.items.as_mut()?,
                _ => return None,
            };
            return within(item_mut(items)?, rest);
        }
        ("additionalProperties", _) => {
            let additional = match kind {
                SchemaKind::Type(Type::Object(o)) => o.additional_properties.as_mut()?,
                SchemaKind::Any(any) => any.additional_properties.as_mut()?,
                _ => return None,
            };
            let AdditionalProperties::Schema(schema) = additional else { return None };
            item_mut(schema)?
        }
        (keyword @ ("allOf" | "oneOf" | "anyOf"), [index, ..]) => {
            let members = match (keyword, kind) {
                ("allOf", SchemaKind::AllOf { all_of }) => all_of,
                ("oneOf", SchemaKind::OneOf { one_of }) => one_of,
                ("anyOf", SchemaKind::AnyOf { any_of }) => any_of,
                ("allOf", SchemaKind::Any(any)) => &mut any.all_of,
                ("oneOf", SchemaKind::Any(any)) => &mut any.one_of,
                ("anyOf", SchemaKind::Any(any)) => &mut any.any_of,
                _ => return None,
            };
            let member = item_mut(members.get_mut(index.parse::<usize>().ok()?)?)?;
            return within(member, &rest[1..]);
        }
        _ => return None,
    };
    within(next, rest)
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::DiagnosticKind;

    #[test]
    fn members_an_example_omits_or_sends_null_are_relaxed_with_a_warning_each() {
        let (api, diags) = crate::pipeline::api_of(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n\
             \x20 /links:\n    get:\n      responses:\n        '200':\n          description: ok\n\
             \x20         content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Link'}\n\
             \x20             example: {url: 'https://x', owner: null}\n\
             components:\n  schemas:\n\
             \x20   Link:\n      type: object\n      required: [url, accessed, owner]\n      properties:\n\
             \x20       url: {type: string}\n        accessed: {type: integer}\n        owner: {$ref: '#/components/schemas/User'}\n\
             \x20       note: {type: string}\n\
             \x20   User: {type: object, properties: {id: {type: string}}}\n\
             \x20   Wrong:\n      type: object\n      required: [id]\n      properties: {id: {type: string}, n: {type: integer}}\n\
             \x20     example: {n: 'not a number'}\n",
        );
        let link = api.types.iter().find(|t| t.name == "Link").unwrap();
        let crate::ir::TypeDefKind::Struct(fields) = &link.kind else { panic!() };
        let field = |name: &str| fields.iter().find(|f| f.name == name).unwrap();
        assert!(field("url").required && !field("url").nullable);
        assert!(!field("accessed").required);
        assert!(field("owner").required && field("owner").nullable);
        let evidence: Vec<_> = diags.iter().filter(|d| d.kind == DiagnosticKind::Evidence).collect();
        assert_eq!(evidence.len(), 2, "{diags:?}");
        assert_eq!(evidence[0].location, "/paths/~1links/get/responses/200/content/application~1json/example");
        assert!(evidence[0].message.contains("leaves out `accessed`"), "{}", evidence[0].message);
        assert!(evidence[1].message.contains("sends `null` at `.owner` for `owner`"), "{}", evidence[1].message);
        // An example wrong in another way says nothing certain: `id` stays required.
        let wrong = api.types.iter().find(|t| t.name == "Wrong").unwrap();
        let crate::ir::TypeDefKind::Struct(fields) = &wrong.kind else { panic!() };
        assert!(fields[0].required);
    }

    #[test]
    fn a_loop_of_references_or_a_one_way_member_relaxes_nothing() {
        let (_, diags) = crate::pipeline::api_of(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n\
             \x20 /a:\n    get:\n      responses:\n        '200':\n          description: ok\n\
             \x20         content:\n            application/json:\n              schema: {$ref: '#/components/schemas/A'}\n\
             \x20             example: {id: 1}\n\
             components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n\
             \x20   C:\n      type: object\n      required: [id, token]\n      properties:\n\
             \x20       id: {type: string}\n        token: {type: string, writeOnly: true}\n      example: {id: x}\n",
        );
        assert!(
            diags.iter().all(|d| d.kind != DiagnosticKind::Evidence && d.kind != DiagnosticKind::BadExample),
            "{diags:?}"
        );
    }
}
