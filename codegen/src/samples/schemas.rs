//! The spec's components, looked up by reference for samples.

use openapiv3::{Example, OpenAPI, ReferenceOr, RequestBody, Response, Schema, SchemaKind};

use crate::diagnostic::pointer_unescape;

pub struct Schemas<'a> {
    spec: &'a OpenAPI,
}

impl<'a> Schemas<'a> {
    pub fn new(spec: &'a OpenAPI) -> Self {
        Self { spec }
    }

    /// The component schema `key`, through references.
    pub fn component(&self, key: &str) -> Option<&'a Schema> {
        self.resolve(self.spec.components.as_ref()?.schemas.get(key)?)
    }

    /// The schema a reference or inline schema stands for.
    pub fn resolve(&self, schema: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
        crate::resolve::follow(self.spec.components.as_ref().map(|c| &c.schemas), schema, "schemas").ok()
    }

    /// As [`Self::resolve`], for a boxed schema (properties, items).
    pub fn resolve_boxed(&self, schema: &'a ReferenceOr<Box<Schema>>) -> Option<&'a Schema> {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.resolve(self.target(reference)?.1),
        }
    }

    /// The key and entry a schema reference names.
    pub fn target(&self, reference: &str) -> Option<(String, &'a ReferenceOr<Schema>)> {
        let key = pointer_unescape(reference.strip_prefix(crate::spec::COMPONENT_SCHEMA)?);
        let schema = self.spec.components.as_ref()?.schemas.get(&key)?;
        Some((key, schema))
    }

    /// The first component (in the spec's order) that extends the component `base`
    /// with `allOf: [$ref base, ...]`.
    pub fn first_child(&self, base: &str) -> Option<&'a str> {
        let reference = crate::diagnostic::pointer_push("#/components/schemas", base);
        let schemas = &self.spec.components.as_ref()?.schemas;
        let extends = |schema: &ReferenceOr<Schema>| match schema {
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::AllOf { all_of }, .. }) => {
                all_of.iter().any(|m| matches!(m, ReferenceOr::Reference { reference: r } if *r == reference))
            }
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::Any(any), .. }) => {
                any.all_of.iter().any(|m| matches!(m, ReferenceOr::Reference { reference: r } if *r == reference))
            }
            _ => false,
        };
        schemas.iter().find(|(_, schema)| extends(schema)).map(|(key, _)| key.as_str())
    }

    /// The component a discriminated base's `value` is, by its tag: the `mapping`'s
    /// target, else the component that names the tag in `x-ms-discriminator-value`,
    /// else the component named like the tag.
    pub fn tagged_child(&self, base: &Schema, value: &serde_json::Value) -> Option<&'a Schema> {
        let discriminator = base.schema_data.discriminator.as_ref()?;
        let tag = value.get(&discriminator.property_name)?.as_str()?;
        if let Some(target) = discriminator.mapping.get(tag) {
            return self.resolve(self.target(&mapped_reference(target))?.1);
        }
        let schemas = &self.spec.components.as_ref()?.schemas;
        let named = schemas.iter().find(|(_, schema)| crate::resolve::azure_tag(schema) == Some(tag));
        self.resolve(named.map(|(_, schema)| schema).or_else(|| schemas.get(tag))?)
    }

    pub fn request_body(&self, body: &'a ReferenceOr<RequestBody>) -> Option<&'a RequestBody> {
        crate::resolve::follow(self.spec.components.as_ref().map(|c| &c.request_bodies), body, "requestBodies").ok()
    }

    pub fn response(&self, response: &'a ReferenceOr<Response>) -> Option<&'a Response> {
        crate::resolve::follow(self.spec.components.as_ref().map(|c| &c.responses), response, "responses").ok()
    }

    pub fn example(&self, reference: &str) -> Option<&'a Example> {
        let key = pointer_unescape(reference.strip_prefix("#/components/examples/")?);
        match self.spec.components.as_ref()?.examples.get(&key)? {
            ReferenceOr::Item(example) => Some(example),
            ReferenceOr::Reference { .. } => None,
        }
    }
}

/// The reference a discriminator `mapping` value stands for: itself, or a bare
/// component name as a reference to that component.
pub(super) fn mapped_reference(target: &str) -> String {
    if target.starts_with('#') { target.to_owned() } else { format!("{}{target}", crate::spec::COMPONENT_SCHEMA) }
}
