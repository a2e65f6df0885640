//! Paths and operations to client methods: parameters, bodies, responses, auth
//! and pagination.

use openapiv3::{
    Header, ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody as SpecBody, Response, Schema, SchemaKind,
    StatusCode, StringFormat, Type, VariantOrUnknownOrEmpty,
};

use super::schema::Node;
use super::{Resolver, docs, is_json, lookup, security};
use crate::diagnostic::pointer_push;
use crate::ir::{
    AuthScheme, BodyContent, BodyEncoding, BodyValue, ErrorResponse, ErrorStatus, FormField, FormFieldKind,
    MultipartForm, Operation, OperationItems, RequestBody, ResponseHeader, Scalar, SuccessResponse, SuccessVariant,
    TypeRef,
};
use crate::naming::{self, Scope};

pub fn operations<'a>(r: &mut Resolver<'a>, schemes: &[AuthScheme], short_names: bool) -> Vec<Operation> {
    let mut method_names = Scope::with_reserved(naming::CLIENT_METHODS);
    for scheme in schemes {
        method_names.claim(format!("with_{}", scheme.name));
    }
    // `<Op>Body` of an operation named `Error` would be the client's `ErrorBody`.
    let mut type_names = Scope::with_reserved(&["Error"]);
    let mut operations = Vec::new();
    let spec = r.spec;
    for (path, item) in &spec.paths.paths {
        let at = pointer_push("/paths", path);
        let ReferenceOr::Item(item) = item else {
            r.diags.warn(at, "a referenced path item is not followed; its operations are skipped");
            continue;
        };
        for (method, op) in item.iter() {
            let at = pointer_push(&at, method);
            let name = if short_names { short_method_name(op) } else { None };
            let method_name = method_names.claim(name.unwrap_or_else(|| method_name(op, method, path)));
            let type_name = type_names.claim(naming::camel(&method_name, "Operation"));
            let ctx = OperationContext { path, item, op, at: &at, type_name: &type_name };
            operations.push(r.operation(&ctx, method, method_name.clone(), schemes));
        }
    }
    operations
}

/// `operationId` if present, else the summary, else the method and the path's words.
fn method_name(op: &openapiv3::Operation, method: &str, path: &str) -> String {
    if let Some(id) = op.operation_id.as_deref().filter(|id| !id.trim().is_empty()) {
        return naming::snake(id, "call");
    }
    if let Some(summary) = op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        return naming::snake(summary, "call");
    }
    // The path read as resources: `GET /v2/agents/{agentId}/calls/{callId}` gets an
    // agent's call, `get_agent_call`.
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let is_version = |s: &str| s.len() > 1 && s.starts_with('v') && s[1..].chars().all(|c| c.is_ascii_digit());
    let words: Vec<String> = segments
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.starts_with('{') && **s != "api" && !is_version(s))
        .map(|(i, s)| {
            let picked = segments.get(i + 1).is_some_and(|next| next.starts_with('{'));
            if picked { naming::singular(s) } else { (*s).to_owned() }
        })
        .collect();
    naming::snake(&format!("{method} {}", words.join(" ")), "call")
}

/// The opt-in short name: the summary when it is a short title (else the
/// `operationId`) without a leading `get`, articles and possessives, so that
/// `Get an Artist's Top Tracks` is `artist_top_tracks`. `None` when that leaves nothing.
fn short_method_name(op: &openapiv3::Operation) -> Option<String> {
    const MAX_TITLE_WORDS: usize = 6;
    const VERBS: &[&str] = &["get", "retrieve", "fetch", "read", "show", "view"];
    const APOSTROPHES: [char; 2] = ['\'', '\u{2019}'];
    let summary = op.summary.as_deref().filter(|s| s.split_whitespace().count() <= MAX_TITLE_WORDS);
    let text = summary.or(op.operation_id.as_deref())?;
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || APOSTROPHES.contains(&c)))
        .map(|word| word.strip_suffix("'s").or_else(|| word.strip_suffix("\u{2019}s")).unwrap_or(word))
        // camelCase ids are several words.
        .flat_map(|word| {
            naming::snake(&word.replace(APOSTROPHES, ""), "").split('_').map(str::to_owned).collect::<Vec<_>>()
        })
        .filter(|word| !word.is_empty() && !["a", "an", "the"].contains(&word.as_str()))
        .collect();
    let start = usize::from(words.len() > 1 && VERBS.contains(&words[0].as_str()));
    let name = naming::snake(&words[start..].join(" "), "");
    (!name.is_empty()).then_some(name)
}

pub(super) struct OperationContext<'s, 'l> {
    pub(super) path: &'s str,
    pub(super) item: &'s PathItem,
    pub(super) op: &'s openapiv3::Operation,
    pub(super) at: &'l str,
    pub(super) type_name: &'l str,
}

impl<'a> Resolver<'a> {
    fn operation(
        &mut self,
        ctx: &OperationContext<'a, '_>,
        method: &str,
        method_name: String,
        schemes: &[AuthScheme],
    ) -> Operation {
        let mut params = self.parameters(ctx);
        let path = self.path_template(ctx, &mut params);
        let body = ctx.op.request_body.as_ref().and_then(|b| self.request_body(ctx, b));
        let (success, errors, accept) = self.responses(ctx);
        let declared_security = ctx.op.security.as_ref().or(self.spec.security.as_ref());
        let security =
            declared_security.map(|reqs| security::requirements(reqs, schemes, ctx.at, self.diags)).unwrap_or_default();
        let pagination = self.pagination(ctx.op, ctx.at, &params, &success);
        Operation {
            at: ctx.at.to_owned(),
            method_name,
            type_name: ctx.type_name.to_owned(),
            items: OperationItems::after(ctx.type_name),
            http_method: method.to_ascii_uppercase(),
            path,
            summary: docs(ctx.op.summary.as_ref()),
            description: docs(ctx.op.description.as_ref()),
            deprecated: ctx.op.deprecated,
            params,
            body,
            success,
            errors,
            security,
            pagination,
            tags: ctx.op.tags.clone(),
            features: Vec::new(),
            accept,
        }
    }

    /// Every media type of the body that can be sent, the preferred first: JSON, form,
    /// multipart, text, then anything else as bytes.
    fn request_body(&mut self, ctx: &OperationContext<'a, '_>, body: &'a ReferenceOr<SpecBody>) -> Option<RequestBody> {
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
                    self.diags.warn(&at, "a multipart body without a schema has no parts to send; it is skipped");
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
            self.diags.warn(at, format!("request body media types {types:?} cannot be sent; the body is skipped"));
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
                    self.diags.error(at, format!("reference `{reference}` does not resolve to a schema"));
                    return None;
                }
            },
        };
        let (properties, required) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required),
            SchemaKind::Any(any) if !any.properties.is_empty() => (&any.properties, &any.required),
            _ => {
                self.diags.warn(at, "a multipart body that is not an object with properties is skipped");
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

    /// The success response, the error responses, and the `Accept` header.
    fn responses(&mut self, ctx: &OperationContext<'a, '_>) -> (SuccessResponse, Vec<ErrorResponse>, String) {
        let spec = self.spec;
        let component_responses = spec.components.as_ref().map(|c| &c.responses);
        let mut success =
            SuccessResponse { statuses: Vec::new(), body: None, headers: Vec::new(), variants: Vec::new() };
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
                self.diags.warn(ctx.at, "success responses have different body types; the body is decoded as JSON");
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

/// The media type a response is read as: JSON if offered, else the first.
fn chosen_media_type(response: &Response) -> Option<&str> {
    let keys = || response.content.keys().map(String::as_str);
    keys().find(|m| is_json(m)).or_else(|| keys().next())
}

/// A success status as a variant name: `Ok`, `Created`, `NoContent`, ...
fn status_name(status: u16) -> String {
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

/// How a body of this media type is sent; `None` for a multipart type other than
/// form data.
fn body_encoding(media_type: &str) -> Option<BodyEncoding> {
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

#[cfg(test)]
mod tests {
    use super::{BodyEncoding, body_encoding, status_name};
    use crate::pipeline::api_of;

    fn spec(paths: &str, schemas: &str) -> String {
        let indent = |text: &str| text.lines().map(|line| format!("  {line}\n")).collect::<String>();
        format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths:\n{}components:\n  schemas:\n{}",
            indent(paths),
            indent(&indent(schemas))
        )
    }

    #[test]
    fn a_method_is_named_by_its_operation_id_else_its_summary_else_its_path() {
        let (api, _) = api_of(&spec(
            "/v2/agents/{agentId}/calls/{callId}:\n  \
               get: {responses: {'204': {description: none}}}\n  \
               delete: {summary: Hang up a call, responses: {'204': {description: none}}}\n  \
               put: {operationId: replaceCall, responses: {'204': {description: none}}}\n  \
               parameters:\n  - {name: agentId, in: path, required: true, schema: {type: string}}\n  \
               - {name: callId, in: path, required: true, schema: {type: string}}",
            "{}",
        ));
        let names: Vec<&str> = api.operations.iter().map(|op| op.method_name.as_str()).collect();
        assert_eq!(names, ["get_agent_call", "replace_call", "hang_up_a_call"]);
    }

    #[test]
    fn an_operation_does_not_take_a_name_the_client_has() {
        let (api, _) = api_of(&spec(
            "/url:\n  post:\n    operationId: baseUrl\n    responses: {'201': {description: made}}",
            "{}",
        ));
        let op = &api.operations[0];
        assert_ne!(op.method_name, "base_url");
        assert_eq!(op.items.request, format!("{}Request", op.type_name));
        assert!(!op.is_idempotent());
    }

    #[test]
    fn error_bodies_are_one_variant_per_distinct_type() {
        // Spotify-sized: 300 operations, each with three error statuses of one type.
        let mut paths = String::new();
        for i in 0..300 {
            paths.push_str(&format!(
                "/items{i}:\n  get:\n    responses:\n      '200': {{description: ok}}\n\
                 {errors}",
                errors = ["401", "403", "429"]
                    .iter()
                    .map(|code| format!("      '{code}': {{description: no, content: {{application/json: {{schema: {{$ref: '#/components/schemas/ErrorObject'}}}}}}}}\n"))
                    .collect::<String>()
            ));
        }
        paths.push_str("/text:\n  get:\n    responses:\n      '200': {description: ok}\n      '500': {description: down, content: {text/plain: {schema: {type: string}}}}\n");
        let (api, _) = api_of(&spec(
            &paths,
            "ErrorObject: {type: object, properties: {error: {type: object, properties: {message: {type: string}}}}}",
        ));
        let variants: Vec<&str> = api.error_bodies.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(variants, ["ErrorObject", "Text"]);
        let message: Vec<&str> = api.error_bodies[0].message.iter().flatten().map(|s| s.wire_name.as_str()).collect();
        assert_eq!(message, ["error", "message"]);
        assert_eq!(api.error_bodies[1].message, Some(Vec::new()));
    }

    #[test]
    fn short_method_names_drop_the_verbose_parts() {
        let name = |summary: Option<&str>, id: Option<&str>| {
            let op = openapiv3::Operation {
                summary: summary.map(str::to_owned),
                operation_id: id.map(str::to_owned),
                ..Default::default()
            };
            super::short_method_name(&op)
        };
        assert_eq!(
            name(Some("Get Artist's Top Tracks\n"), Some("get-an-artists-top-tracks")).unwrap(),
            "artist_top_tracks"
        );
        assert_eq!(
            name(Some("Get Spotify catalog information about an artist's top tracks"), Some("get-an-album")).unwrap(),
            "album"
        );
        assert_eq!(name(None, Some("getTheUser")).unwrap(), "user");
        assert_eq!(name(None, Some("get")).unwrap(), "get");
        assert_eq!(name(Some("Save Albums for Current User"), None).unwrap(), "save_albums_for_current_user");
        assert_eq!(name(None, None), None);
    }

    #[test]
    fn media_types_choose_how_a_body_is_sent() {
        assert_eq!(body_encoding("application/vnd.api+json; charset=utf-8"), Some(BodyEncoding::Json));
        assert_eq!(body_encoding("Application/X-WWW-Form-Urlencoded"), Some(BodyEncoding::Form));
        assert_eq!(body_encoding("multipart/form-data; boundary=x"), Some(BodyEncoding::Multipart));
        assert_eq!(body_encoding("text/csv"), Some(BodyEncoding::Text));
        assert_eq!(body_encoding("multipart/mixed"), None);
        assert_eq!(body_encoding("image/png"), Some(BodyEncoding::Binary));
    }

    #[test]
    fn success_statuses_are_named() {
        assert_eq!(status_name(200), "Ok");
        assert_eq!(status_name(206), "PartialContent");
        assert_eq!(status_name(299), "Status299");
    }
}
