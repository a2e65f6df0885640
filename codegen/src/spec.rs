//! Reading the document model: what a schema's keywords and a media type say,
//! shared by the stages that read the document (resolve, samples).

use openapiv3::{Discriminator, ReferenceOr, Schema, SchemaKind};

use crate::ir::StreamFormat;

/// How a reference to a component schema begins.
pub const COMPONENT_SCHEMA: &str = "#/components/schemas/";

/// How a media type is read item by item, if it is (OpenAPI 3.2's sequential media
/// types, but `multipart/mixed`).
pub fn sequential_format(media_type: &str) -> Option<StreamFormat> {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        "text/event-stream" => Some(StreamFormat::Events),
        "application/jsonl" | "application/x-ndjson" | "application/x-jsonlines" => Some(StreamFormat::JsonLines),
        "application/json-seq" => Some(StreamFormat::JsonSequence),
        _ => None,
    }
}

/// Whether a media type is JSON: `application/json`, or any `+json` type.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The members of an `allOf` that say something of the type: all but those that
/// only annotate.
pub fn typed_members(members: &[ReferenceOr<Schema>]) -> impl Iterator<Item = &ReferenceOr<Schema>> {
    members.iter().filter(|m| !matches!(m, ReferenceOr::Item(s) if is_annotation(s)))
}

/// A schema that only annotates (`description`, `nullable`, `title`, `xml`, bounds
/// such as `maxLength`, ...): it allows every value, so in an `allOf` it changes no type.
pub fn is_annotation(schema: &Schema) -> bool {
    let SchemaKind::Any(any) = &schema.schema_kind else { return false };
    any.typ.is_none()
        && any.properties.is_empty()
        && any.required.is_empty()
        && any.additional_properties.is_none()
        && any.items.is_none()
        && any.enumeration.is_empty()
        && any.format.is_none()
        && any.one_of.is_empty()
        && any.all_of.is_empty()
        && any.any_of.is_empty()
        && any.not.is_none()
        && schema.schema_data.discriminator.is_none()
}

/// The members of a `oneOf` or `anyOf`, with its keyword and discriminator.
#[derive(Clone, Copy)]
pub struct UnionOf<'s> {
    pub members: &'s [ReferenceOr<Schema>],
    pub keyword: &'static str,
    pub discriminator: Option<&'s Discriminator>,
}

/// The `oneOf` or `anyOf` of a schema, if it has one.
pub fn union_of(schema: &Schema) -> Option<UnionOf<'_>> {
    let discriminator = schema.schema_data.discriminator.as_ref();
    let (members, keyword) = match &schema.schema_kind {
        SchemaKind::OneOf { one_of } => (one_of, "oneOf"),
        SchemaKind::AnyOf { any_of } => (any_of, "anyOf"),
        SchemaKind::Any(any) if !any.one_of.is_empty() => (&any.one_of, "oneOf"),
        SchemaKind::Any(any) if !any.any_of.is_empty() => (&any.any_of, "anyOf"),
        _ => return None,
    };
    Some(UnionOf { members, keyword, discriminator })
}
