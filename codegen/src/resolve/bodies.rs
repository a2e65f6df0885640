//! Request bodies: each media type the spec offers, how it is sent, and multipart
//! forms field by field.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{
    ReferenceOr, RequestBody as SpecBody, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::operation::OperationContext;
use super::schema::Node;
use super::{Resolver, docs, lookup};
use crate::diagnostic::pointer_push;
use crate::ir::{BodyContent, BodyEncoding, BodyValue, FormField, FormFieldKind, MultipartForm, RequestBody, TypeRef};
use crate::naming::{self, Scope};
use crate::spec::is_json;

impl<'a> Resolver<'a> {
    /// Every media type of the body that can be sent, the preferred first: JSON, form,
    /// multipart, text, then anything else as bytes.
    pub(super) fn request_body(
        &mut self,
        ctx: &OperationContext<'a, '_>,
        body: &'a ReferenceOr<SpecBody>,
    ) -> Option<RequestBody> {
        let at = pointer_push(ctx.at, "requestBody");
        let bodies = self.spec.components.as_ref().map(|c| &c.request_bodies);
        let body = lookup(bodies, body, "requestBodies", &at, self.diags)?;
        let mut sendable: Vec<(BodyEncoding, &String, &'a openapiv3::MediaType)> =
            body.content.iter().filter_map(|(media, content)| Some((body_encoding(media)?, media, content))).collect();
        sendable.sort_by_key(|(encoding, _, _)| *encoding as u8);
        let mut contents: Vec<BodyContent> = Vec::new();
        let mut variants = Scope::default();
        for (encoding, media_type, content) in sendable {
            let at = pointer_push(&pointer_push(&pointer_push(&at, "content"), media_type), "schema");
            let value = match (&content.schema, encoding) {
                (_, BodyEncoding::Text) => BodyValue::Type(TypeRef::Text),
                (_, BodyEncoding::Binary) => BodyValue::Type(TypeRef::Bytes),
                (Some(schema), BodyEncoding::Multipart) => {
                    let Some(form) = self.multipart_form(schema, ctx.type_name, &at) else { continue };
                    BodyValue::Form(form)
                }
                (None, BodyEncoding::Multipart) => {
                    self.diags.warn(
                        DiagnosticKind::Unsupported,
                        &at,
                        "a multipart body without a schema has no parts to send; it is skipped",
                    );
                    continue;
                }
                (Some(schema), _) => {
                    BodyValue::Type(self.resolve(Node::from(schema), &format!("{}Body", ctx.type_name), &at).ty)
                }
                (None, _) => BodyValue::Type(TypeRef::Json),
            };
            // `application/json` twice (with and without a charset) is one choice.
            if contents.iter().any(|c| c.encoding == encoding && c.value == value) {
                continue;
            }
            let variant = if variants.contains(encoding.variant()) {
                variants.claim(naming::camel(media_type, "Media"))
            } else {
                variants.claim(encoding.variant().to_owned())
            };
            // A wildcard (`*/*`, `image/*`) leaves the type to the sender: bytes, sent as such.
            let media_type =
                if media_type.contains('*') { "application/octet-stream".to_owned() } else { media_type.clone() };
            contents.push(BodyContent { variant, media_type, encoding, value });
        }
        if contents.is_empty() {
            let types: Vec<&str> = body.content.keys().map(String::as_str).collect();
            self.diags.warn(
                DiagnosticKind::Unsupported,
                at,
                format!("request body media types {types:?} cannot be sent; the body is skipped"),
            );
            return None;
        }
        Some(RequestBody { required: body.required, docs: docs(body.description.as_ref()), contents })
    }

    /// The parts of a `multipart/form-data` body, from its object schema.
    fn multipart_form(&mut self, schema: &'a ReferenceOr<Schema>, type_name: &str, at: &str) -> Option<MultipartForm> {
        let (schema, at) = match schema {
            ReferenceOr::Item(schema) => (schema, at.to_owned()),
            ReferenceOr::Reference { reference } => match self.component(reference) {
                Some((key, ReferenceOr::Item(schema))) => (schema, pointer_push("/components/schemas", &key)),
                _ => {
                    self.diags.error(
                        DiagnosticKind::Reference,
                        at,
                        format!("reference `{reference}` does not resolve to a schema"),
                    );
                    return None;
                }
            },
        };
        let (properties, required) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required),
            SchemaKind::Any(any) if !any.properties.is_empty() => (&any.properties, &any.required),
            _ => {
                self.diags.warn(
                    DiagnosticKind::Unsupported,
                    at,
                    "a multipart body that is not an object with properties is skipped",
                );
                return None;
            }
        };
        let mut names = Scope::default();
        let fields = properties
            .iter()
            .map(|(wire_name, property)| {
                let at = pointer_push(&pointer_push(&at, "properties"), wire_name);
                let inline = match property {
                    ReferenceOr::Item(schema) => Some(&**schema),
                    ReferenceOr::Reference { .. } => None,
                };
                let kind = match inline.map(|s| &s.schema_kind) {
                    _ if inline.is_some_and(is_binary) => FormFieldKind::File,
                    Some(SchemaKind::Type(Type::Array(array)))
                        if matches!(&array.items, Some(ReferenceOr::Item(item)) if is_binary(item)) =>
                    {
                        FormFieldKind::Files
                    }
                    _ => {
                        let hint = format!("{type_name}{}", naming::camel(wire_name, "Part"));
                        FormFieldKind::Value(self.resolve(Node::from(property), &hint, &at).ty)
                    }
                };
                FormField {
                    name: names.claim(naming::snake(wire_name, "part")),
                    wire_name: wire_name.clone(),
                    kind,
                    required: required.contains(wire_name),
                    docs: inline.and_then(|s| docs(s.schema_data.description.as_ref())),
                }
            })
            .collect();
        Some(MultipartForm { name: format!("{type_name}Form"), fields })
    }
}

/// How a body of this media type is sent; `None` for a multipart type other than
/// form data.
pub(super) fn body_encoding(media_type: &str) -> Option<BodyEncoding> {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        _ if is_json(&essence) => Some(BodyEncoding::Json),
        "application/x-www-form-urlencoded" => Some(BodyEncoding::Form),
        "multipart/form-data" => Some(BodyEncoding::Multipart),
        _ if essence.starts_with("text/") => Some(BodyEncoding::Text),
        _ if essence.starts_with("multipart/") => None,
        _ => Some(BodyEncoding::Binary),
    }
}

/// `type: string, format: binary`: file content.
fn is_binary(schema: &Schema) -> bool {
    matches!(
        &schema.schema_kind,
        SchemaKind::Type(Type::String(s)) if s.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
    )
}
