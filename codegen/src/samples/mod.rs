//! Stage 3, beside render: the samples, JSON that the generated types must decode
//! and encode back unchanged, read from the document and typed by the IR. The spec's
//! own examples always (a spec update whose examples no longer fit its types fails
//! the crate's tests); instances made from every named schema when asked for
//! (`corpus --decode`). An example that does not fit its own schema is the spec's
//! bug: it is left out, with a warning naming it.

mod declared;
mod evidence;
mod schemas;
mod synthesise;
mod validate;

use std::collections::HashMap;

use openapiv3::{Example, MediaType, ReferenceOr, Schema, StatusCode};
use serde_json::Value;

use crate::config::SampleKinds;
use crate::diagnostic::{DiagnosticKind, Diagnostics, pointer_push};
use crate::ir::{Api, BodyEncoding, BodyValue, ErrorStatus, Sample, SampleOf, SampleOrigin, TypeRef};
use crate::load::Document;
use crate::spec::is_json;
use schemas::Schemas;

pub use evidence::relax_to_examples;

/// The samples of an API: the examples of its component schemas, request bodies and
/// responses, and with [`SampleKinds::All`] instances of every component schema and
/// of the bodies' schemas defined in place.
pub fn samples(
    doc: &Document,
    api: &Api,
    mut examples: Checked,
    kinds: SampleKinds,
    diags: &mut Diagnostics,
) -> Vec<Sample> {
    let spec = &doc.spec;
    let schemas = Schemas::new(spec);
    let examples = &mut examples;
    let mut samples = Vec::new();
    for component in &api.components {
        let Some(schema) = schemas.component(&component.key) else { continue };
        let ty = TypeRef::Named(component.type_name.clone());
        let at = pointer_push("/components/schemas", &component.key);
        for (value, at) in schema_examples(schema, &at) {
            samples.extend(checked(&schemas, schema, ty.clone(), (value, at), SampleOf::Schema, examples, diags));
        }
        if kinds == SampleKinds::All {
            samples.extend(synthesised(&schemas, schema, Some(&component.key), &ty, &at, SampleOf::Schema));
        }
    }
    let operations: HashMap<&str, usize> =
        api.operations.iter().enumerate().map(|(i, op)| (op.at.as_str(), i)).collect();
    for (at, op) in operations_of(doc) {
        let Some(&operation) = operations.get(at.as_str()) else { continue };
        let ir = &api.operations[operation];
        if let Some(body) = op.request_body.as_ref().and_then(|b| schemas.request_body(b)) {
            let json = ir.body.iter().flat_map(|b| &b.contents).find(|c| c.encoding == BodyEncoding::Json);
            if let Some(content) = json
                && let BodyValue::Type(ty) = &content.value
                && let Some(media) = body.content.get(&content.media_type)
            {
                let at = pointer_push(&pointer_push(&pointer_push(&at, "requestBody"), "content"), &content.media_type);
                let of = SampleOf::Request { operation };
                samples.extend(media_samples(&schemas, media, ty, &at, of, kinds, examples, diags));
            }
        }
        for (status, response) in &op.responses.responses {
            let at = pointer_push(&pointer_push(&at, "responses"), &status.to_string());
            let &StatusCode::Code(code) = status else { continue };
            let ty = match code {
                200..=299 if ir.success.variants.is_empty() => ir.success.body.clone(),
                code => {
                    ir.success.variants.iter().find(|v| v.status == code).and_then(|v| v.body.clone()).or_else(|| {
                        let error = ir.errors.iter().find(|e| e.status == ErrorStatus::Code(code))?;
                        Some(api.error_bodies[error.body].ty.clone())
                    })
                }
            };
            let (Some(ty), Some(response)) = (ty, schemas.response(response)) else { continue };
            if let Some((media_type, media)) = response.content.iter().find(|(m, _)| is_json(m)) {
                let at = pointer_push(&pointer_push(&at, "content"), media_type);
                let of = SampleOf::Response { operation, status: code };
                samples.extend(media_samples(&schemas, media, &ty, &at, of, kinds, examples, diags));
            }
        }
    }
    samples
}

/// The document's examples, each checked against its schema, by the example's
/// pointer: what the schema declares of it, or how it does not fit. Worked out from
/// the document alone, so that it may be done while resolve runs; [`samples`] checks
/// any example it lacks itself.
#[derive(Default)]
pub struct Checked(HashMap<String, Result<Value, String>>);

/// Every example [`samples`] reads of `doc` (of component schemas, request bodies and
/// responses), checked; some it does not read too (those of media types it leaves
/// aside).
pub fn check_examples(doc: &Document) -> Checked {
    let spec = &doc.spec;
    let schemas = Schemas::new(spec);
    let mut checked = HashMap::new();
    for (key, schema) in spec.components.iter().flat_map(|c| &c.schemas) {
        let Some(schema) = schemas.resolve(schema) else { continue };
        for (value, at) in schema_examples(schema, &pointer_push("/components/schemas", key)) {
            checked.insert(at, check(&schemas, schema, &value));
        }
    }
    let mut media_of = |content: &indexmap::IndexMap<String, MediaType>, at: &str| {
        for (media_type, media) in content.iter().filter(|(media_type, _)| is_json(media_type)) {
            let Some(schema) = media.schema.as_ref().and_then(|s| schemas.resolve(s)) else { continue };
            let at = pointer_push(&pointer_push(at, "content"), media_type);
            for (value, at) in media_examples(&schemas, media, &at) {
                checked.insert(at, check(&schemas, schema, &value));
            }
        }
    };
    for (at, op) in operations_of(doc) {
        if let Some(body) = op.request_body.as_ref().and_then(|b| schemas.request_body(b)) {
            media_of(&body.content, &pointer_push(&at, "requestBody"));
        }
        for (status, response) in &op.responses.responses {
            if let (StatusCode::Code(_), Some(response)) = (status, schemas.response(response)) {
                media_of(&response.content, &pointer_push(&pointer_push(&at, "responses"), &status.to_string()));
            }
        }
    }
    Checked(checked)
}

/// Each operation of the document with its pointer: the 3.0 methods, then those 3.2
/// adds (`QUERY`, `additionalOperations`).
fn operations_of(doc: &Document) -> impl Iterator<Item = (String, &openapiv3::Operation)> {
    let fixed = doc.spec.paths.paths.iter().flat_map(|(path, item)| match item {
        ReferenceOr::Item(item) => {
            item.iter().map(|(method, op)| (pointer_push(&pointer_push("/paths", path), method), op)).collect()
        }
        ReferenceOr::Reference { .. } => Vec::new(),
    });
    let others = doc.additional_operations.iter().map(|other| (other.at.clone(), &other.operation));
    fixed.chain(others)
}

/// `value` checked against `schema`: what the schema declares of it, or how it does
/// not fit.
fn check(schemas: &Schemas<'_>, schema: &Schema, value: &Value) -> Result<Value, String> {
    validate::fits(schemas, schema, value)?;
    Ok(declared::only_declared(schemas, schema, value))
}

/// A schema's `example`, and the 3.1 `examples` list normalisation kept.
fn schema_examples(schema: &Schema, at: &str) -> Vec<(Value, String)> {
    let mut examples = Vec::new();
    if let Some(example) = &schema.schema_data.example {
        examples.push((example.clone(), pointer_push(at, "example")));
    }
    if let Some(Value::Array(listed)) = schema.schema_data.extensions.get(crate::load::EXAMPLES) {
        let at = pointer_push(at, "examples");
        examples.extend(listed.iter().enumerate().map(|(i, value)| (value.clone(), pointer_push(&at, &i.to_string()))));
    }
    examples
}

/// Instances made from a schema, as samples of `ty`.
fn synthesised(
    schemas: &Schemas<'_>,
    schema: &Schema,
    key: Option<&str>,
    ty: &TypeRef,
    at: &str,
    of: SampleOf,
) -> Vec<Sample> {
    let instances = synthesise::instances(schemas, schema, key);
    instances
        .into_iter()
        .map(|value| {
            // A nullable schema's `null` is held by `Option<T>`, as its uses hold it.
            let nullable = value.is_null() && !matches!(ty, TypeRef::Nullable(_));
            let ty = if nullable { TypeRef::Nullable(Box::new(ty.clone())) } else { ty.clone() };
            Sample { ty, value, at: at.to_owned(), origin: SampleOrigin::Synthesised, of }
        })
        .collect()
}

/// The examples of a media type (`example`, and each of `examples` that has a value),
/// and with [`SampleKinds::All`] instances of its schema when it is defined in place.
#[allow(clippy::too_many_arguments, reason = "the sample's place, what it is of, and the stage's state")]
fn media_samples(
    schemas: &Schemas<'_>,
    media: &MediaType,
    ty: &TypeRef,
    at: &str,
    of: SampleOf,
    kinds: SampleKinds,
    examples: &mut Checked,
    diags: &mut Diagnostics,
) -> Vec<Sample> {
    let Some(schema) = media.schema.as_ref().and_then(|s| schemas.resolve(s)) else { return Vec::new() };
    let mut samples = Vec::new();
    if kinds == SampleKinds::All && matches!(media.schema, Some(ReferenceOr::Item(_))) {
        samples.extend(synthesised(schemas, schema, None, ty, &pointer_push(at, "schema"), of));
    }
    let values = media_examples(schemas, media, at);
    samples.extend(
        values.into_iter().filter_map(|example| checked(schemas, schema, ty.clone(), example, of, examples, diags)),
    );
    samples
}

/// A media type's examples (`example`, and each of `examples` that has a value), with
/// their pointers under the media type's, `at`.
fn media_examples(schemas: &Schemas<'_>, media: &MediaType, at: &str) -> Vec<(Value, String)> {
    let mut values: Vec<(Value, String)> = Vec::new();
    if let Some(example) = &media.example {
        values.push((example.clone(), pointer_push(at, "example")));
    }
    for (name, example) in &media.examples {
        let example: Option<&Example> = match example {
            ReferenceOr::Item(example) => Some(example),
            ReferenceOr::Reference { reference } => schemas.example(reference),
        };
        if let Some(value) = example.and_then(|e| e.value.clone()) {
            values.push((value, pointer_push(&pointer_push(&pointer_push(at, "examples"), name), "value")));
        }
    }
    values
}

/// An example (its value and pointer) as a sample, when it fits its schema; one that
/// does not is the spec's bug, said in a warning.
fn checked(
    schemas: &Schemas<'_>,
    schema: &Schema,
    ty: TypeRef,
    (value, at): (Value, String),
    of: SampleOf,
    examples: &mut Checked,
    diags: &mut Diagnostics,
) -> Option<Sample> {
    let declared = match examples.0.remove(&at).unwrap_or_else(|| check(schemas, schema, &value)) {
        Ok(declared) => declared,
        Err(problem) => {
            diags.warn(
                DiagnosticKind::BadExample,
                &at,
                format!("the example does not fit its schema ({problem}); it is left out of the tests"),
            );
            return None;
        }
    };
    let ty = if value.is_null() && !matches!(ty, TypeRef::Nullable(_)) { TypeRef::Nullable(Box::new(ty)) } else { ty };
    Some(Sample { ty, value: declared, at, origin: SampleOrigin::Example, of })
}

/// A document of `schemas` and nothing else, for the stage's tests.
#[cfg(test)]
fn spec_of(schemas: Value) -> openapiv3::OpenAPI {
    let document = serde_json::json!({
        "openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": schemas}
    });
    serde_json::from_value(document).expect("a document of schemas")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::ResolveOptions;

    #[test]
    fn samples_say_what_they_are_a_value_of() {
        let yaml = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Pet'}\n            example: {name: Rex}\n      responses:\n        '201':\n          description: made\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Pet'}\n              example: {name: Rex}\n        '404':\n          description: none\n          content:\n            application/json:\n              schema: {type: object, properties: {message: {type: string}}}\n              example: {message: gone}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties: {name: {type: string}}\n      example: {name: Tom}\n";
        let mut diags = Diagnostics::default();
        let doc = crate::load::load_bytes(Path::new("spec.yaml"), yaml.as_bytes(), &[], &mut diags).unwrap();
        let api = crate::resolve::resolve(&doc, &ResolveOptions::default(), &mut diags);
        let made = samples(&doc, &api, Checked::default(), SampleKinds::Examples, &mut diags);
        let of: Vec<(SampleOf, &str)> =
            made.iter().map(|s| (s.of, s.value.as_object().unwrap().keys().next().unwrap().as_str())).collect();
        assert_eq!(
            of,
            [
                (SampleOf::Schema, "name"),
                (SampleOf::Request { operation: 0 }, "name"),
                (SampleOf::Response { operation: 0, status: 201 }, "name"),
                (SampleOf::Response { operation: 0, status: 404 }, "message"),
            ],
            "{diags:?}"
        );
    }

    /// The examples checked before the IR exists are those `samples` reads: with them,
    /// every sample and warning is as without, and none is checked twice.
    #[test]
    fn examples_checked_beforehand_are_those_samples_read() {
        let specs = ["tests/fixtures/specs/openapi-3-2.yaml", "specs/playai.yaml", "specs/chatwoot.yaml"];
        for spec in specs {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(spec);
            let bytes = std::fs::read(&path).expect("the spec is read");
            let mut diags = Diagnostics::default();
            let doc = crate::load::load_bytes(&path, &bytes, &[], &mut diags).unwrap();
            let api = crate::resolve::resolve(&doc, &ResolveOptions::default(), &mut diags);
            let checked = check_examples(&doc);
            let (mut inline_diags, mut checked_diags) = (diags.clone(), diags);
            let inline = samples(&doc, &api, Checked::default(), SampleKinds::Examples, &mut inline_diags);
            for sample in inline.iter().filter(|s| s.origin == SampleOrigin::Example) {
                assert!(checked.0.contains_key(&sample.at), "{spec}: {} is not checked beforehand", sample.at);
            }
            let beforehand = samples(&doc, &api, checked, SampleKinds::Examples, &mut checked_diags);
            assert!(!inline.is_empty(), "{spec}: no samples");
            assert_eq!(inline, beforehand, "{spec}");
            assert_eq!(inline_diags.into_vec(), checked_diags.into_vec(), "{spec}");
        }
    }
}
