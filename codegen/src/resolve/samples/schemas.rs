//! The spec's components, looked up by reference for samples.

use openapiv3::{Example, OpenAPI, ReferenceOr, RequestBody, Response, Schema};

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
        let key = pointer_unescape(reference.strip_prefix(crate::resolve::COMPONENT_SCHEMA)?);
        let schema = self.spec.components.as_ref()?.schemas.get(&key)?;
        Some((key, schema))
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
