//! Paths and operations to client methods: parameters, bodies, responses, auth
//! and pagination.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{PathItem, ReferenceOr};

use super::{Resolver, docs, security};
use crate::diagnostic::pointer_push;
use crate::ir::{AuthScheme, Operation, OperationItems};
use crate::load::AdditionalOperation;
use crate::naming::{self, Scope};

pub fn operations<'a>(
    r: &mut Resolver<'a>,
    additional: &'a [AdditionalOperation],
    schemes: &[AuthScheme],
    options: &crate::config::ResolveOptions,
) -> Vec<Operation> {
    let short_names = options.short_method_names;
    let mut method_names = Scope::with_reserved(&naming::client_methods());
    for scheme in schemes {
        method_names.claim(scheme.setter.clone());
    }
    // `<Op>Body` of an operation named `Error` would be the client's `ErrorBody`.
    let mut type_names = Scope::with_reserved(&["Error"]);
    let mut operations = Vec::new();
    let spec = r.spec;
    let route_names = unique_route_names(spec);
    for (path, item) in &spec.paths.paths {
        let at = pointer_push("/paths", path);
        let ReferenceOr::Item(item) = item else {
            r.diags.warn(
                DiagnosticKind::Unsupported,
                at,
                "a referenced path item is not followed; its operations are skipped",
            );
            continue;
        };
        // The 3.0 methods, then those 3.2 adds (`QUERY`, `additionalOperations`).
        let others = additional.iter().filter(|other| &other.path == path);
        let methods = item
            .iter()
            .map(|(method, op)| (method.to_owned(), op, pointer_push(&at, method)))
            .chain(others.map(|other| (other.method.to_ascii_lowercase(), &other.operation, other.at.clone())));
        for (method, op, at) in methods {
            let candidate = crate::config::Candidate { path, id: op.operation_id.as_deref(), tags: &op.tags };
            if !options.operations.keeps(&candidate) {
                continue;
            }
            let method = method.as_str();
            let name = if short_names { short_method_name(op) } else { None };
            let route = route_name(op, method, path).filter(|name| route_names.contains(name));
            let name = name.or_else(|| route.map(|name| naming::snake(name, "call")));
            let method_name = method_names.claim(name.unwrap_or_else(|| method_name(op, method, path)));
            let type_name = type_names.claim(naming::camel(&method_name, "Operation"));
            let ctx = OperationContext { path, item, op, at: &at, type_name: &type_name };
            operations.push(r.operation(&ctx, method, method_name.clone(), schemes));
        }
    }
    operations
}

/// The route name in an `operationId` that a server framework made from it, its path
/// and its method: FastAPI's default is the name, the path with each character that
/// is not a word character made `_`, and the method
/// (`text_to_speech_v1_text_to_speech__voice_id__post` is `text_to_speech`).
fn route_name<'o>(op: &'o openapiv3::Operation, method: &str, path: &str) -> Option<&'o str> {
    let id = op.operation_id.as_deref()?;
    let path: String = path.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
    let name = id.strip_suffix(&format!("{path}_{method}"))?.trim_end_matches('_');
    (!name.is_empty()).then_some(name)
}

/// The route names that name one operation of the spec only: a name two routes share
/// (a `get` and a `post` handler of the same name) keeps its whole `operationId`.
fn unique_route_names(spec: &openapiv3::OpenAPI) -> Vec<&str> {
    let mut names: Vec<&str> = spec
        .paths
        .paths
        .iter()
        .filter_map(|(path, item)| match item {
            ReferenceOr::Item(item) => Some((path, item)),
            ReferenceOr::Reference { .. } => None,
        })
        .flat_map(|(path, item)| item.iter().filter_map(move |(method, op)| route_name(op, method, path)))
        .collect();
    names.sort_unstable();
    let mut unique = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let shared = names.get(i + 1) == Some(name) || (i > 0 && names[i - 1] == *name);
        if !shared {
            unique.push(*name);
        }
    }
    unique
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

/// The opt-in short name: the `operationId` (else the summary) without a leading
/// `get`, without articles, and with possessives made singular where the summary
/// shows them (`get-an-artists-top-tracks`, "Get Artist's Top Tracks", is
/// `artist_top_tracks`). Only ever drops words or letters; `None` when that leaves
/// nothing.
fn short_method_name(op: &openapiv3::Operation) -> Option<String> {
    const VERBS: &[&str] = &["get", "retrieve", "fetch", "read", "show", "view"];
    let text = op.operation_id.as_deref().filter(|id| !id.trim().is_empty()).or(op.summary.as_deref())?;
    let summary = op.summary.as_deref().unwrap_or_default().to_lowercase().replace('\u{2019}', "'");
    let snake = naming::snake(&text.replace(['\'', '\u{2019}'], ""), "");
    let kept: Vec<&str> =
        snake.split('_').filter(|word| !word.is_empty() && !["a", "an", "the"].contains(word)).collect();
    // `artists top` is `artist top` where the summary says "artist's top".
    let words: Vec<String> = kept
        .iter()
        .enumerate()
        .map(|(i, word)| match (word.strip_suffix('s'), kept.get(i + 1)) {
            (Some(owner), Some(next)) if summary.contains(&format!("{owner}'s {next}")) => owner.to_owned(),
            _ => (*word).to_owned(),
        })
        .collect();
    let start = usize::from(words.len() > 1 && VERBS.contains(&words[0].as_str()));
    let name = words[start..].join("_");
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
        let (mut success, errors, accept) = self.responses(ctx);
        // A download's body as it arrives is `send_stream`; items are read by another.
        if success.body == Some(crate::ir::TypeRef::Bytes)
            && let Some(stream) = &mut success.stream
        {
            stream.method = "send_events".to_owned();
        }
        let declared_security = ctx.op.security.as_ref().or(self.spec.security.as_ref());
        let (security, scopes) =
            declared_security.map(|reqs| security::requirements(reqs, schemes, ctx.at, self.diags)).unwrap_or_default();
        let pagination = self.pagination(ctx.op, ctx.at, &params, &success);
        Operation {
            at: ctx.at.to_owned(),
            operation_id: ctx.op.operation_id.clone(),
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
            // Made once the error bodies are merged: see `responses::error_arms`.
            error_arms: Vec::new(),
            security,
            scopes,
            pagination,
            tags: ctx.op.tags.clone(),
            features: Vec::new(),
            accept,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::BodyEncoding;
    use crate::pipeline::api_of;
    use crate::resolve::bodies::body_encoding;
    use crate::resolve::responses::status_name;

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
    fn a_server_framework_s_operation_ids_are_named_by_their_route() {
        let (api, _) = api_of(&spec(
            "/v1/text-to-speech/{voice_id}:\n  \
               post: {operationId: text_to_speech_v1_text_to_speech__voice_id__post, responses: {'204': {description: none}}}\n  \
               parameters: [{name: voice_id, in: path, required: true, schema: {type: string}}]\n\
             /v1/voices:\n  \
               get: {operationId: voices_v1_voices_get, responses: {'204': {description: none}}}\n  \
               post: {operationId: voices_v1_voices_post, responses: {'204': {description: none}}}\n\
             /v1/models:\n  \
               get: {operationId: models_get, responses: {'204': {description: none}}}",
            "{}",
        ));
        let names: Vec<&str> = api.operations.iter().map(|op| op.method_name.as_str()).collect();
        // Two routes named `voices` keep their whole ids; an id of another form is as it is.
        assert_eq!(names, ["text_to_speech", "voices_v1_voices_get", "voices_v1_voices_post", "models_get"]);
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
                    .map(|code| {
                        // Half of them inline: the same shape, merged into one type.
                        let schema = if i % 2 == 0 {
                            "{$ref: '#/components/schemas/ErrorObject'}"
                        } else {
                            "{type: object, properties: {error: {type: object, properties: {message: {type: string}}}}}"
                        };
                        format!(
                            "      '{code}': {{description: no, content: {{application/json: {{schema: {schema}}}}}}}\n"
                        )
                    })
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
        assert_eq!(name(Some("Remove User's Saved Albums"), Some("remove-albums-user")).unwrap(), "remove_albums_user");
        assert_eq!(name(Some("Search for Item"), Some("search")).unwrap(), "search");
        let related = name(Some("Get Artist's Related Artists"), Some("get-an-artists-related-artists"));
        assert_eq!(related.unwrap(), "artist_related_artists");
        assert_eq!(name(Some("Get Several Artists"), Some("get-multiple-artists")).unwrap(), "multiple_artists");
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
