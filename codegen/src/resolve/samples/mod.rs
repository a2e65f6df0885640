//! Samples: JSON that the generated types must decode and encode back unchanged. The
//! spec's own examples always (a spec update whose examples no longer fit its types
//! fails the crate's tests); instances made from every named schema when asked for
//! (`corpus --decode`). An example that does not fit its own schema is the spec's bug:
//! it is left out, with a warning naming it.

mod declared;
mod schemas;
mod synthesise;
mod validate;

use std::collections::HashMap;

use openapiv3::{Example, MediaType, OpenAPI, ReferenceOr, Schema, StatusCode};
use serde_json::Value;

use super::is_json;
use crate::diagnostic::{Diagnostics, pointer_push};
use crate::ir::{Api, BodyEncoding, BodyValue, ErrorStatus, Sample, SampleOrigin, TypeRef};
pub(super) use schemas::Schemas;

/// Which samples to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SampleKinds {
    /// The spec's own examples.
    #[default]
    Examples,
    /// Those, and instances made from every named schema.
    All,
}

/// The samples of an API: its examples, and with [`SampleKinds::All`] instances of
/// every component schema. `component_types`: each `components/schemas` key with the
/// type it became.
pub(super) fn samples(
    spec: &OpenAPI,
    api: &Api,
    component_types: &HashMap<String, String>,
    kinds: SampleKinds,
    diags: &mut Diagnostics,
) -> Vec<Sample> {
    let schemas = Schemas::new(spec);
    let mut samples = Vec::new();
    let mut keys: Vec<&String> = component_types.keys().collect();
    keys.sort_by_key(|key| spec.components.as_ref().and_then(|c| c.schemas.get_index_of(key.as_str())));
    for key in keys {
        let Some(schema) = schemas.component(key) else { continue };
        let ty = TypeRef::Named(component_types[key].clone());
        let at = pointer_push("/components/schemas", key);
        for (value, at) in schema_examples(schema, &at) {
            samples.extend(checked(&schemas, schema, ty.clone(), value, at, diags));
        }
        if kinds == SampleKinds::All {
            samples.extend(synthesised(&schemas, schema, Some(key), &ty, &at));
        }
    }
    let operations: HashMap<&str, &crate::ir::Operation> =
        api.operations.iter().map(|op| (op.at.as_str(), op)).collect();
    for (path, item) in &spec.paths.paths {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in item.iter() {
            let at = pointer_push(&pointer_push("/paths", path), method);
            let Some(ir) = operations.get(at.as_str()) else { continue };
            if let Some(body) = op.request_body.as_ref().and_then(|b| schemas.request_body(b)) {
                let json = ir.body.iter().flat_map(|b| &b.contents).find(|c| c.encoding == BodyEncoding::Json);
                if let Some(content) = json
                    && let BodyValue::Type(ty) = &content.value
                    && let Some(media) = body.content.get(&content.media_type)
                {
                    let at =
                        pointer_push(&pointer_push(&pointer_push(&at, "requestBody"), "content"), &content.media_type);
                    samples.extend(media_samples(&schemas, media, ty, &at, kinds, diags));
                }
            }
            for (status, response) in &op.responses.responses {
                let at = pointer_push(&pointer_push(&at, "responses"), &status.to_string());
                let ty = match status {
                    StatusCode::Code(200..=299) if ir.success.variants.is_empty() => ir.success.body.clone(),
                    StatusCode::Code(code) => {
                        ir.success.variants.iter().find(|v| v.status == *code).and_then(|v| v.body.clone()).or_else(
                            || {
                                let error = ir.errors.iter().find(|e| e.status == ErrorStatus::Code(*code))?;
                                Some(api.error_bodies[error.body].ty.clone())
                            },
                        )
                    }
                    StatusCode::Range(_) => None,
                };
                let (Some(ty), Some(response)) = (ty, schemas.response(response)) else { continue };
                if let Some((media_type, media)) = response.content.iter().find(|(m, _)| is_json(m)) {
                    let at = pointer_push(&pointer_push(&at, "content"), media_type);
                    samples.extend(media_samples(&schemas, media, &ty, &at, kinds, diags));
                }
            }
        }
    }
    samples
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
fn synthesised(schemas: &Schemas<'_>, schema: &Schema, key: Option<&str>, ty: &TypeRef, at: &str) -> Vec<Sample> {
    let instances = synthesise::instances(schemas, schema, key);
    instances
        .into_iter()
        .map(|value| {
            // A nullable schema's `null` is held by `Option<T>`, as its uses hold it.
            let nullable = value.is_null() && !matches!(ty, TypeRef::Nullable(_));
            let ty = if nullable { TypeRef::Nullable(Box::new(ty.clone())) } else { ty.clone() };
            Sample { ty, value, at: at.to_owned(), origin: SampleOrigin::Synthesised }
        })
        .collect()
}

/// The examples of a media type (`example`, and each of `examples` that has a value),
/// and with [`SampleKinds::All`] instances of its schema when it is defined in place.
fn media_samples(
    schemas: &Schemas<'_>,
    media: &MediaType,
    ty: &TypeRef,
    at: &str,
    kinds: SampleKinds,
    diags: &mut Diagnostics,
) -> Vec<Sample> {
    let Some(schema) = media.schema.as_ref().and_then(|s| schemas.resolve(s)) else { return Vec::new() };
    let mut samples = Vec::new();
    if kinds == SampleKinds::All && matches!(media.schema, Some(ReferenceOr::Item(_))) {
        samples.extend(synthesised(schemas, schema, None, ty, &pointer_push(at, "schema")));
    }
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
    samples.extend(values.into_iter().filter_map(|(value, at)| checked(schemas, schema, ty.clone(), value, at, diags)));
    samples
}

/// An example as a sample, when it fits its schema; one that does not is the spec's
/// bug, said in a warning.
fn checked(
    schemas: &Schemas<'_>,
    schema: &Schema,
    ty: TypeRef,
    value: Value,
    at: String,
    diags: &mut Diagnostics,
) -> Option<Sample> {
    if let Err(problem) = validate::fits(schemas, schema, &value) {
        diags.warn(&at, format!("{} ({problem}); it is left out of the tests", crate::BAD_EXAMPLE));
        return None;
    }
    let ty = if value.is_null() && !matches!(ty, TypeRef::Nullable(_)) { TypeRef::Nullable(Box::new(ty)) } else { ty };
    let value = declared::only_declared(schemas, schema, &value);
    Some(Sample { ty, value, at, origin: SampleOrigin::Example })
}
