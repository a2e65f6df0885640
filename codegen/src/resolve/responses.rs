//! Responses: the success body (by status where they differ), declared headers, the
//! error bodies by status, and the `Accept` header.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{Header, ParameterSchemaOrContent, Response, StatusCode};

use super::operation::OperationContext;
use super::schema::Node;
use super::{Resolver, docs, lookup};
use crate::diagnostic::pointer_push;
use crate::ir::{
    ErrorArm, ErrorResponse, ErrorStatus, ResponseHeader, Scalar, StatusMatch, SuccessResponse, SuccessVariant, TypeRef,
};
use crate::naming::{self, Scope};
use crate::spec::is_json;
use crate::spec::sequential_format;

impl<'a> Resolver<'a> {
    /// The success response, the error responses, and the `Accept` header.
    pub(super) fn responses(
        &mut self,
        ctx: &OperationContext<'a, '_>,
    ) -> (SuccessResponse, Vec<ErrorResponse>, String) {
        let spec = self.spec;
        let component_responses = spec.components.as_ref().map(|c| &c.responses);
        let mut success = SuccessResponse {
            statuses: Vec::new(),
            body: None,
            headers: Vec::new(),
            variants: Vec::new(),
            stream: None,
        };
        let mut per_status: Vec<(u16, Option<TypeRef>)> = Vec::new();
        let mut success_bodies: Vec<TypeRef> = Vec::new();
        let mut errors = Vec::new();
        let mut any_2xx = false;
        let mut accept: Vec<&str> = Vec::new();
        for (status, response) in &ctx.op.responses.responses {
            let at = pointer_push(&pointer_push(ctx.at, "responses"), &status.to_string());
            let Some(response) = lookup(component_responses, response, "responses", &at, self.diags) else {
                continue;
            };
            match status {
                StatusCode::Code(code @ 200..=299) => {
                    success.statuses.push(*code);
                    if success.stream.is_none() {
                        success.stream = self.streamed_response(ctx, response, &at);
                    }
                    let hint = format!("{}Response", ctx.type_name);
                    let body = self.response_body(response, &hint, &at);
                    accept.extend(chosen_media_type(response));
                    per_status.push((*code, body.clone()));
                    if let Some(ty) = body
                        && !success_bodies.contains(&ty)
                    {
                        success_bodies.push(ty);
                    }
                    let headers = self.response_headers(response, &at);
                    merge_headers(&mut success.headers, headers, per_status.len() == 1);
                }
                StatusCode::Range(2) => any_2xx = true,
                StatusCode::Code(code @ 400..=599) => {
                    self.error_response(ErrorStatus::Code(*code), response, ctx, &at, &mut errors);
                }
                StatusCode::Range(class @ 4..=5) => {
                    self.error_response(ErrorStatus::Range(*class), response, ctx, &at, &mut errors);
                }
                _ => {}
            }
        }
        if let Some(default) = &ctx.op.responses.default {
            let at = pointer_push(&pointer_push(ctx.at, "responses"), "default");
            if let Some(response) = lookup(component_responses, default, "responses", &at, self.diags) {
                if success.statuses.is_empty() && !any_2xx {
                    // With no success declared, `default` is how the spec describes it.
                    any_2xx = true;
                    accept.extend(chosen_media_type(response));
                    let hint = format!("{}Response", ctx.type_name);
                    success_bodies.extend(self.response_body(response, &hint, &at));
                    success.headers = self.response_headers(response, &at);
                } else {
                    self.error_response(ErrorStatus::Default, response, ctx, &at, &mut errors);
                }
            }
        }
        errors.sort_by_key(|e| e.status);
        if !accept.iter().any(|m| is_json(m)) {
            accept.push("application/json");
        }
        let mut seen = std::collections::BTreeSet::new();
        accept.retain(|m| seen.insert(m.to_ascii_lowercase()));
        let accept = accept.join(", ");
        if any_2xx {
            success.statuses.clear();
        }
        let mut shapes: Vec<&Option<TypeRef>> = per_status.iter().map(|(_, body)| body).collect();
        shapes.dedup();
        if !any_2xx && shapes.len() > 1 {
            let mut names = Scope::default();
            success.variants = per_status
                .into_iter()
                .map(|(status, body)| SuccessVariant { status, name: names.claim(status_name(status)), body })
                .collect();
            return (success, errors, accept);
        }
        success.body = match success_bodies.len() {
            0 => None,
            1 => success_bodies.pop(),
            _ => {
                self.diags.warn(
                    DiagnosticKind::Unsupported,
                    ctx.at,
                    "success responses have different body types; the body is decoded as JSON",
                );
                Some(TypeRef::Json)
            }
        };
        (success, errors, accept)
    }

    /// An error status whose body the spec describes, typed as a variant of `ErrorBody`.
    fn error_response(
        &mut self,
        status: ErrorStatus,
        response: &'a Response,
        ctx: &OperationContext<'a, '_>,
        at: &str,
        errors: &mut Vec<ErrorResponse>,
    ) {
        let hint = format!("{}Error", ctx.type_name);
        if let Some(ty) = self.response_body(response, &hint, at) {
            let body = self.error_body(ty);
            errors.push(ErrorResponse { status, body });
        }
    }

    /// JSON is decoded as its schema says, `text/*` is a `String`, and anything else bytes.
    fn response_body(&mut self, response: &'a Response, hint: &str, at: &str) -> Option<TypeRef> {
        let media_type = chosen_media_type(response)?;
        if !is_json(media_type) {
            let text = media_type.to_ascii_lowercase().starts_with("text/");
            return Some(if text { TypeRef::Text } else { TypeRef::Bytes });
        }
        let at = pointer_push(&pointer_push(&pointer_push(at, "content"), media_type), "schema");
        Some(match &response.content[media_type].schema {
            Some(schema) => self.resolve(Node::from(schema), hint, &at).with_null(),
            None => TypeRef::Json,
        })
    }

    fn response_headers(&mut self, response: &'a Response, at: &str) -> Vec<ResponseHeader> {
        let spec = self.spec;
        let component_headers = spec.components.as_ref().map(|c| &c.headers);
        let mut names = Scope::default();
        let mut headers = Vec::new();
        for (wire_name, header) in &response.headers {
            let at = pointer_push(&pointer_push(at, "headers"), wire_name);
            let Some(header): Option<&Header> = lookup(component_headers, header, "headers", &at, self.diags) else {
                continue;
            };
            let ty = match &header.format {
                ParameterSchemaOrContent::Schema(schema) => {
                    match self.resolve(Node::from(schema), "Header", &pointer_push(&at, "schema")).ty {
                        ty @ TypeRef::Scalar(_) => ty,
                        _ => TypeRef::Scalar(Scalar::String),
                    }
                }
                ParameterSchemaOrContent::Content(_) => TypeRef::Scalar(Scalar::String),
            };
            // `X-Total-Count` reads best as `total_count`.
            let short = wire_name.strip_prefix("X-").or_else(|| wire_name.strip_prefix("x-")).unwrap_or(wire_name);
            headers.push(ResponseHeader {
                field: names.claim(naming::snake(short, "header")),
                wire_name: wire_name.clone(),
                ty,
                required: header.required,
                docs: docs(header.description.as_ref()),
            });
        }
        headers
    }
}

/// The headers of one more success status joined to those of the others: a header
/// is required only if every status requires it.
fn merge_headers(merged: &mut Vec<ResponseHeader>, headers: Vec<ResponseHeader>, first: bool) {
    if first {
        *merged = headers;
        return;
    }
    let same = |a: &ResponseHeader, b: &ResponseHeader| a.wire_name.eq_ignore_ascii_case(&b.wire_name);
    for header in merged.iter_mut() {
        header.required &= headers.iter().any(|h| same(h, header) && h.required);
    }
    let mut fields = Scope::default();
    for header in merged.iter() {
        fields.claim(header.field.clone());
    }
    for mut header in headers {
        if merged.iter().any(|h| same(h, &header)) {
            continue;
        }
        header.required = false;
        header.field = fields.claim(header.field);
        merged.push(header);
    }
}

/// The media type a response is read whole as: JSON if offered, else the first that
/// does not stream (see `streams`).
fn chosen_media_type(response: &Response) -> Option<&str> {
    let keys = || response.content.keys().map(String::as_str).filter(|m| sequential_format(m).is_none());
    keys().find(|m| is_json(m)).or_else(|| keys().next())
}

/// A success status as a variant name: `Ok`, `Created`, `NoContent`, ...
pub(super) fn status_name(status: u16) -> String {
    let name = match status {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritative",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        _ => return format!("Status{status}"),
    };
    name.to_owned()
}

/// How an operation's error statuses are read, in the order they are tried: exact
/// codes first, then `4XX`-style classes (neighbouring classes joined into one span),
/// then `default`; within each, one arm per error body, in the API's order of bodies.
pub(super) fn error_arms(errors: &[ErrorResponse], bodies: usize) -> Vec<ErrorArm> {
    // The codes (or classes) of one body's statuses of one kind, sorted.
    let of = |body: usize, pick: fn(ErrorStatus) -> Option<u16>| {
        sorted(errors.iter().filter(|e| e.body == body).filter_map(|e| pick(e.status)).collect())
    };
    let codes = (0..bodies).map(|body| {
        let codes = of(body, |status| if let ErrorStatus::Code(code) = status { Some(code) } else { None });
        (!codes.is_empty()).then_some(ErrorArm { statuses: StatusMatch::Codes(codes), body })
    });
    let classes = (0..bodies).map(|body| {
        let mut spans: Vec<(u16, u16)> = Vec::new();
        for class in of(body, |status| if let ErrorStatus::Range(class) = status { Some(class) } else { None }) {
            match spans.last_mut() {
                Some((_, last)) if *last + 1 == class * 100 => *last = class * 100 + 99,
                _ => spans.push((class * 100, class * 100 + 99)),
            }
        }
        (!spans.is_empty()).then_some(ErrorArm { statuses: StatusMatch::Spans(spans), body })
    });
    let default = (0..bodies).map(|body| {
        let any = errors.iter().any(|e| e.body == body && e.status == ErrorStatus::Default);
        any.then_some(ErrorArm { statuses: StatusMatch::Default, body })
    });
    codes.chain(classes).chain(default).flatten().collect()
}

fn sorted(mut numbers: Vec<u16>) -> Vec<u16> {
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_arms_try_codes_then_classes_then_default_each_grouped_by_body() {
        let error = |status, body| ErrorResponse { status, body };
        let errors = [
            error(ErrorStatus::Default, 0),
            error(ErrorStatus::Range(5), 1),
            error(ErrorStatus::Code(404), 1),
            error(ErrorStatus::Range(4), 1),
            error(ErrorStatus::Code(401), 0),
            error(ErrorStatus::Code(400), 1),
            error(ErrorStatus::Range(2), 0),
        ];
        let arms = error_arms(&errors, 2);
        let arm = |statuses, body| ErrorArm { statuses, body };
        assert_eq!(
            arms,
            [
                arm(StatusMatch::Codes(vec![401]), 0),
                arm(StatusMatch::Codes(vec![400, 404]), 1),
                arm(StatusMatch::Spans(vec![(200, 299)]), 0),
                arm(StatusMatch::Spans(vec![(400, 599)]), 1),
                arm(StatusMatch::Default, 0),
            ]
        );
    }
}
