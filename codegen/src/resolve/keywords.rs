//! What single keywords of a schema say for the IR: its formats, its docs, whether
//! a default fits its type.

use openapiv3::{IntegerFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use super::docs;
use crate::ir::{Scalar, TypeRef};
use crate::spec::is_annotation;

/// A field's docs: its description, and what its flags mean for the caller.
pub(super) fn field_docs(schema: &Schema) -> Option<String> {
    let data = &schema.schema_data;
    let note = if data.read_only {
        Some("Read-only: set by the server, left out of requests.")
    } else if data.write_only {
        Some("Write-only: sent in requests, never returned.")
    } else {
        None
    };
    match (docs_with_deprecation(schema), note) {
        (Some(text), Some(note)) => Some(format!("{text}\n\n{note}")),
        (text, note) => text.or(note.map(str::to_owned)),
    }
}

/// Whether a JSON value can be a value of `ty`, as far as its outline tells.
pub(crate) fn fits(value: &Value, ty: &TypeRef) -> bool {
    use Scalar::*;
    match ty {
        TypeRef::Scalar(String | Uuid | Date | DateTime) | TypeRef::Text => value.is_string(),
        TypeRef::Scalar(Bool) => value.is_boolean(),
        TypeRef::Scalar(I32) => value.as_i64().is_some_and(|v| i32::try_from(v).is_ok()),
        TypeRef::Scalar(I64) => value.is_i64(),
        TypeRef::Scalar(U64) => value.is_u64(),
        TypeRef::Scalar(F64) => value.is_number(),
        TypeRef::List(_) | TypeRef::Tuple(_) => value.is_array(),
        TypeRef::Map(_) | TypeRef::Object => value.is_object(),
        TypeRef::Nullable(inner) => value.is_null() || fits(value, inner),
        TypeRef::Boxed(inner) => fits(value, inner),
        TypeRef::Named(_) | TypeRef::External(_) | TypeRef::Json | TypeRef::Bytes => true,
    }
}

/// Whether `schema` is a scalar that [`Resolver::resolve_schema`] makes no definition
/// for, and so needs no name: claiming one and giving it back would change nothing.
pub(super) fn defines_nothing(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().all(Option::is_none),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().all(Option::is_none),
        SchemaKind::Type(Type::Number(_) | Type::Boolean(_)) => true,
        _ => false,
    }
}

pub(super) fn docs_with_deprecation(schema: &Schema) -> Option<String> {
    // `allOf: [$ref, {description}]` describes the use in a member of its own.
    let members = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        SchemaKind::Any(any) => any.all_of.as_slice(),
        _ => &[],
    };
    let annotated = members.iter().find_map(|member| match member {
        ReferenceOr::Item(member) if is_annotation(member) => member.schema_data.description.as_ref(),
        _ => None,
    });
    let text = docs(schema.schema_data.description.as_ref().or(annotated));
    if !schema.schema_data.deprecated {
        return text;
    }
    Some(match text {
        Some(text) => format!("{text}\n\nDeprecated."),
        None => "Deprecated.".to_owned(),
    })
}

pub(super) fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Scalar {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Scalar::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Scalar::Date,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => Scalar::Uuid,
        _ => Scalar::String,
    }
}

pub(crate) fn integer_format(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Scalar {
    match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Scalar::I32,
        VariantOrUnknownOrEmpty::Unknown(f) if f.starts_with("uint") => Scalar::U64,
        _ => Scalar::I64,
    }
}
