//! Successes answered as items as they arrive (OpenAPI 3.2's sequential media types):
//! which media type streams, what an item is, what ends the stream, and the request
//! body's member that asks for it.
//!
//! Two extensions of the operation say what detection cannot: `x-stream-end-marker`
//! (a `data` that ends the stream; `[DONE]`, which no JSON value can be, ends every
//! stream of JSON events unless it says otherwise) and `x-stream-flag` (the boolean
//! member of the body that asks for the stream; `stream` is found by itself).

use openapiv3::Response;
use serde_json::Value;

use super::Resolver;
use super::operation::OperationContext;
use super::schema::Node;
use crate::diagnostic::{DiagnosticKind, Diagnostics, pointer_push};
use crate::ir::{
    BodyValue, FlagPlace, FormFieldKind, Operation, RequestBody, Scalar, StreamFlag, StreamFormat, StreamedResponse,
    TypeDef, TypeDefKind, TypeRef,
};
use crate::spec::sequential_format;

/// OpenAI's end of a stream of JSON events: `data: [DONE]`.
const DONE: &str = "[DONE]";

/// The body member that asks for a stream when no extension names one.
const FLAG: &str = "stream";

impl<'a> Resolver<'a> {
    /// The stream a success `response` offers, if it offers one; `at` is its pointer.
    pub(super) fn streamed_response(
        &mut self,
        ctx: &OperationContext<'a, '_>,
        response: &'a Response,
        at: &str,
    ) -> Option<StreamedResponse> {
        let (op, type_name, operation_at) = (ctx.op, ctx.type_name, ctx.at);
        let (media_type, content) =
            response.content.iter().find(|(media_type, _)| sequential_format(media_type).is_some())?;
        let format = sequential_format(media_type)?;
        let at = pointer_push(&pointer_push(at, "content"), media_type);
        let item = match (&content.schema, format) {
            (Some(schema), _) => {
                let hint = format!("{type_name}Item");
                match self.resolve(Node::from(schema), &hint, &pointer_push(&at, "schema")).with_null() {
                    // An event's data is text; a string schema takes it as it is.
                    TypeRef::Scalar(Scalar::String) if format == StreamFormat::Events => TypeRef::Text,
                    item => item,
                }
            }
            (None, StreamFormat::Events) => TypeRef::Text,
            (None, StreamFormat::JsonLines | StreamFormat::JsonSequence) => TypeRef::Json,
        };
        let end_marker = match self.declared(op, operation_at, "x-stream-end-marker") {
            Some(declared) => declared,
            // No JSON value is `[DONE]`: it can only be the end (OpenAI's convention).
            None => (format == StreamFormat::Events && item != TypeRef::Text).then(|| DONE.to_owned()),
        };
        let flag_member = self.declared(op, operation_at, "x-stream-flag").unwrap_or_else(|| Some(FLAG.to_owned()));
        let also_whole = response.content.keys().any(|media_type| sequential_format(media_type).is_none());
        Some(StreamedResponse {
            format,
            media_type: media_type.clone(),
            item,
            end_marker,
            flag_member,
            flag: None,
            also_whole,
            method: "send_stream".to_owned(),
        })
    }
}

impl Resolver<'_> {
    /// What an extension of the operation declares: a string, or `null` for none;
    /// `None` when it is not there. Anything else is an error, read as not there.
    fn declared(&mut self, op: &openapiv3::Operation, operation_at: &str, key: &str) -> Option<Option<String>> {
        match op.extensions.get(key)? {
            Value::String(text) => Some(Some(text.clone())),
            Value::Null => Some(None),
            other => {
                let message = format!("`{key}` is a string, or null for none, not {other}");
                self.diags.error(DiagnosticKind::Document, pointer_push(operation_at, key), message);
                None
            }
        }
    }
}

/// Each stream's flag, once the body's struct is final: its boolean member that
/// `flag_member` names. One that `x-stream-flag` names but the body lacks (or has but
/// not as a boolean) is an error; `stream`, looked for by default, may be absent.
pub(super) fn mark_flags(types: &[TypeDef], operations: &mut [Operation], diags: &mut Diagnostics) {
    for op in operations.iter_mut() {
        let Some(stream) = op.success.stream.as_mut() else { continue };
        let Some(member) = &stream.flag_member else { continue };
        match body_flag(types, op.body.as_ref(), member) {
            Some(flag) => stream.flag = Some(flag),
            // Without a flag, only `Accept` asks for one answer or the other.
            _ if member == FLAG && stream.also_whole => diags.warn(
                DiagnosticKind::Unsupported,
                &op.at,
                format!(
                    "the operation answers whole or as a stream, and its request body has no boolean `{FLAG}` \
                     member to choose with: `{}` asks with `Accept: {}` alone (`x-stream-flag` names the member)",
                    stream.method, stream.media_type
                ),
            ),
            _ if member == FLAG => {}
            _ => diags.error(
                DiagnosticKind::Document,
                pointer_push(&op.at, "x-stream-flag"),
                format!("the request body has no boolean member `{member}` to ask for the stream with"),
            ),
        }
    }
}

/// The boolean `member` of a required body: in its struct, or its multipart form
/// (OpenAI's transcriptions send `stream` as a part); in each of its media types
/// when it has several, and every one has it.
fn body_flag(types: &[TypeDef], body: Option<&RequestBody>, member: &str) -> Option<StreamFlag> {
    let body = body.filter(|body| body.required && !body.contents.is_empty())?;
    let several = body.contents.len() > 1;
    let places = body.contents.iter().map(|content| {
        let (field, options) = flag_field(types, &content.value, member)?;
        Some(FlagPlace { variant: several.then(|| content.variant.clone()), field, options })
    });
    Some(StreamFlag { places: places.collect::<Option<Vec<_>>>()? })
}

/// The boolean `member` of a body of one media type: its field, and how many
/// `Option`s its `bool` is in.
fn flag_field(types: &[TypeDef], value: &BodyValue, member: &str) -> Option<(String, u8)> {
    let boolean = TypeRef::Scalar(Scalar::Bool);
    match value {
        BodyValue::Type(ty) => {
            let TypeRef::Named(name) = crate::ir::unalias(types, ty) else { return None };
            let TypeDefKind::Struct(fields) = &types.iter().find(|def| &def.name == name)?.kind else { return None };
            let field = fields.iter().find(|field| field.wire_name == member && !field.flatten)?;
            let options = if field.is_double_option() { 2 } else { u8::from(field.is_optional()) };
            (field.ty == boolean).then(|| (field.name.clone(), options))
        }
        BodyValue::Form(form) => {
            let field = form.fields.iter().find(|field| field.wire_name == member)?;
            let is_bool = matches!(&field.kind, FormFieldKind::Value(ty) if *crate::ir::unalias(types, ty) == boolean);
            is_bool.then(|| (field.name.clone(), u8::from(!field.required)))
        }
    }
}
