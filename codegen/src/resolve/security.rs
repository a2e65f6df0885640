//! Security schemes to the credentials a client can hold, and security
//! requirements to the schemes each operation sends.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{APIKeyLocation, OpenAPI, ReferenceOr, SecurityRequirement, SecurityScheme};

use super::docs;
use crate::diagnostic::{Diagnostics, pointer_push};
use crate::ir::{AuthKind, AuthScheme, OAuth2};
use crate::naming::{self, Scope};

/// A spec that declares no security scheme, but has most operations take the same
/// key as a header parameter (a voice vendor's `xi-api-key`, on 202 operations): that
/// header is read as the API key it is, with a warning. The client gets one setter,
/// the key is redacted and sent to the API's origin only, and a request may still
/// carry another (each request's `credentials`). An operation that took the header as
/// optional sends it when it is set.
pub fn header_key(
    schemes: Vec<AuthScheme>,
    operations: &mut [crate::ir::Operation],
    diags: &mut Diagnostics,
) -> Vec<AuthScheme> {
    use crate::ir::{ParamLocation, Scalar, TypeRef};
    let keyish = |name: &str| {
        let name = name.to_ascii_lowercase();
        name.contains("key") || name.contains("token") || name == "authorization"
    };
    let header = |param: &crate::ir::Param, wire: &str| {
        param.location == ParamLocation::Header
            && param.fixed.is_none()
            && param.ty == TypeRef::Scalar(Scalar::String)
            && param.wire_name.eq_ignore_ascii_case(wire)
    };
    if !schemes.is_empty() {
        return schemes;
    }
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for op in operations.iter() {
        let mut names: Vec<String> = op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Header && keyish(&p.wire_name))
            .map(|p| p.wire_name.to_ascii_lowercase())
            .collect();
        names.sort();
        names.dedup();
        names.into_iter().for_each(|name| *counts.entry(name).or_default() += 1);
    }
    let Some((wire, count)) = counts.into_iter().max_by_key(|(_, count)| *count) else { return schemes };
    let name = naming::snake(&wire, "key");
    let setter = format!("with_{name}");
    if count < 2 || count * 2 <= operations.len() || naming::client_methods().contains(&setter.as_str()) {
        // Too few operations take it to call it the API's key.
        return schemes;
    }
    let total = operations.len();
    let mut scheme = None;
    for op in operations.iter_mut() {
        let Some(i) = op.params.iter().position(|p| header(p, &wire)) else { continue };
        let param = op.params.remove(i);
        renumber_params(op, i);
        op.security = if param.required { vec![vec![0]] } else { vec![vec![0], vec![]] };
        op.scopes = op.security.iter().map(|_| Vec::new()).collect();
        scheme.get_or_insert_with(|| {
            let message = format!(
                "the spec declares no security scheme, and {count} of {total} operations take the header `{}`: \
                 it is read as an API key, set once with the client's `{setter}`",
                param.wire_name
            );
            diags.warn(DiagnosticKind::Repair, pointer_push(&op.at, "parameters"), message);
            AuthScheme {
                key: param.wire_name.clone(),
                name: name.clone(),
                setter: setter.clone(),
                variant: naming::camel(&wire, "Key"),
                docs: param.docs.clone(),
                kind: AuthKind::ApiKeyHeader(param.wire_name.clone()),
                oauth2: None,
            }
        });
    }
    scheme.into_iter().collect()
}

/// Parameter `removed` is gone: the indices of the operation's path and pagination
/// into its parameters move down past it.
fn renumber_params(op: &mut crate::ir::Operation, removed: usize) {
    use crate::ir::{NextPage, PathSegment};
    let moved = |i: &mut usize| {
        if *i > removed {
            *i -= 1;
        }
    };
    for segment in &mut op.path {
        if let PathSegment::Param(i) = segment {
            moved(i);
        }
    }
    if let Some(pagination) = &mut op.pagination {
        match &mut pagination.next {
            NextPage::HeaderCursor { param, .. }
            | NextPage::BodyCursor { param, .. }
            | NextPage::Page { param }
            | NextPage::Offset { param } => moved(param),
            NextPage::Link => {}
        }
    }
}

/// The schemes some operation requires, with the operations' indices into them
/// renumbered: a credential no request would send is no setter of the client's.
pub fn drop_unrequired(
    schemes: Vec<AuthScheme>,
    operations: &mut [crate::ir::Operation],
    diags: &mut Diagnostics,
) -> Vec<AuthScheme> {
    let required: std::collections::BTreeSet<usize> =
        operations.iter().flat_map(|op| op.security.iter().flatten().copied()).collect();
    let mut renumbered = vec![None; schemes.len()];
    let mut kept = Vec::new();
    for (i, scheme) in schemes.into_iter().enumerate() {
        if required.contains(&i) {
            renumbered[i] = Some(kept.len());
            kept.push(scheme);
        } else if !operations.is_empty() {
            let at = pointer_push("/components/securitySchemes", &scheme.key);
            diags.warn(
                DiagnosticKind::Unsupported,
                at,
                "no operation requires this scheme, so the client has no setter for it",
            );
        }
    }
    for op in operations.iter_mut() {
        for alternative in &mut op.security {
            alternative.iter_mut().for_each(|i| *i = renumbered[*i].expect("required schemes are kept"));
        }
        // Only the empty alternative (`security: [{}]`): no credentials at all.
        if op.security.iter().all(Vec::is_empty) {
            op.security.clear();
            op.scopes.clear();
        }
    }
    kept
}

/// Every scheme in `components/securitySchemes` that the client can send, in spec order.
pub fn auth_schemes(spec: &OpenAPI, diags: &mut Diagnostics) -> Vec<AuthScheme> {
    let Some(components) = &spec.components else {
        return Vec::new();
    };
    // `with_<name>` must not be one of the client's other `with_` methods.
    let fixed = naming::client_methods();
    let taken: Vec<&str> = fixed.iter().filter_map(|method| method.strip_prefix("with_")).collect();
    let mut setters = Scope::with_reserved(&taken);
    let mut variants = Scope::default();
    let mut schemes = Vec::new();
    for (key, scheme) in &components.security_schemes {
        let at = pointer_push("/components/securitySchemes", key);
        let ReferenceOr::Item(scheme) = scheme else {
            diags.warn(DiagnosticKind::Unsupported, at, "a referenced security scheme is not followed; it is ignored");
            continue;
        };
        let extensions = match scheme {
            SecurityScheme::APIKey { extensions, .. }
            | SecurityScheme::HTTP { extensions, .. }
            | SecurityScheme::OAuth2 { extensions, .. }
            | SecurityScheme::OpenIDConnect { extensions, .. } => extensions,
        };
        let deprecated = extensions.get(crate::load::DEPRECATED) == Some(&serde_json::Value::Bool(true));
        let (kind, description) = match scheme {
            SecurityScheme::APIKey { location, name, description, .. } => {
                let kind = match location {
                    APIKeyLocation::Header => AuthKind::ApiKeyHeader(name.clone()),
                    APIKeyLocation::Query => AuthKind::ApiKeyQuery(name.clone()),
                    APIKeyLocation::Cookie => AuthKind::ApiKeyCookie(name.clone()),
                };
                (kind, description)
            }
            SecurityScheme::HTTP { scheme, description, .. } => match scheme.to_ascii_lowercase().as_str() {
                "bearer" => (AuthKind::Bearer, description),
                "basic" => (AuthKind::Basic, description),
                other => {
                    diags.warn(
                        DiagnosticKind::Unsupported,
                        at,
                        format!("HTTP auth scheme `{other}` is not supported; it is ignored"),
                    );
                    continue;
                }
            },
            // Tokens are bearer tokens: the user's own, a provider's, or fetched by the
            // client with the client credentials grant.
            SecurityScheme::OAuth2 { description, .. } | SecurityScheme::OpenIDConnect { description, .. } => {
                (AuthKind::Bearer, description)
            }
        };
        let oauth2 = match scheme {
            SecurityScheme::OAuth2 { flows, .. } => {
                Some(OAuth2 { token_url: flows.client_credentials.as_ref().map(|flow| flow.token_url.clone()) })
            }
            SecurityScheme::OpenIDConnect { .. } => Some(OAuth2 { token_url: None }),
            _ => None,
        };
        let name = setters.claim(naming::snake(key, "auth"));
        schemes.push(AuthScheme {
            setter: format!("with_{name}"),
            name,
            variant: variants.claim(naming::camel(key, "Auth")),
            docs: match (docs(description.as_ref()), deprecated) {
                (text, false) => text,
                (Some(text), true) => Some(format!("{text}\n\nDeprecated by the API.")),
                (None, true) => Some("Deprecated by the API.".to_owned()),
            },
            kind,
            key: key.clone(),
            oauth2,
        });
    }
    schemes
}

/// The OAuth 2.0 scopes a requirement asks of its OAuth 2.0 (and OpenID Connect)
/// schemes, in the order they first appear.
fn scopes(requirement: &SecurityRequirement, schemes: &[AuthScheme]) -> Vec<String> {
    let oauth2 = |key: &String| schemes.iter().any(|s| &s.key == key && s.oauth2.is_some());
    let mut scopes: Vec<String> = Vec::new();
    for scope in requirement.iter().filter(|(key, _)| oauth2(key)).flat_map(|(_, scopes)| scopes) {
        if !scopes.contains(scope) {
            scopes.push(scope.clone());
        }
    }
    scopes
}

/// The alternatives of an operation's requirements as scheme indices, each with the
/// OAuth 2.0 scopes it asks for; requirements naming a scheme the client cannot send
/// are dropped with a warning.
pub fn requirements(
    declared: &[SecurityRequirement],
    schemes: &[AuthScheme],
    at: &str,
    diags: &mut Diagnostics,
) -> (Vec<Vec<usize>>, Vec<Vec<String>>) {
    let mut alternatives = Vec::new();
    let mut scopes_of = Vec::new();
    for requirement in declared {
        let indices: Option<Vec<usize>> =
            requirement.keys().map(|key| schemes.iter().position(|s| &s.key == key)).collect();
        match indices {
            Some(indices) => {
                alternatives.push(indices);
                scopes_of.push(scopes(requirement, schemes));
            }
            None => diags.warn(
                DiagnosticKind::Unsupported,
                at,
                "a security requirement names a scheme the client cannot send; it is skipped",
            ),
        }
    }
    (alternatives, scopes_of)
}

#[cfg(test)]
mod tests {
    use crate::ir::{AuthKind, PathSegment};
    use crate::pipeline::api_of;

    #[test]
    fn a_key_header_most_operations_take_is_read_as_a_credential() {
        let (api, warnings) = api_of(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /voices/{voice_id}:\n    get:\n      parameters:\n      \
             - {name: xi-api-key, in: header, required: true, schema: {type: string}, description: Your key.}\n      \
             - {name: voice_id, in: path, required: true, schema: {type: string}}\n      \
             responses: {'204': {description: none}}\n  \
             /models:\n    get:\n      parameters: [{name: xi-api-key, in: header, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n  \
             /health:\n    get: {responses: {'204': {description: none}}}\n",
        );
        let [scheme] = api.auth_schemes.as_slice() else { panic!("{:?}", api.auth_schemes) };
        assert_eq!(scheme.kind, AuthKind::ApiKeyHeader("xi-api-key".into()));
        assert_eq!((scheme.setter.as_str(), scheme.docs.as_deref()), ("with_xi_api_key", Some("Your key.")));
        let [voice, models, health] = api.operations.as_slice() else { panic!() };
        // The key is no parameter any more, and the path still finds its own.
        assert_eq!(voice.params.iter().map(|p| p.wire_name.as_str()).collect::<Vec<_>>(), ["voice_id"]);
        assert!(voice.path.iter().any(|s| matches!(s, PathSegment::Param(0))));
        assert_eq!(voice.security, [vec![0]]);
        assert_eq!(models.security, [vec![0], vec![]], "optional where the header was");
        assert!(health.security.is_empty());
        assert!(warnings.iter().any(|w| w.message.contains("read as an API key")), "{warnings:?}");
    }

    #[test]
    fn each_alternative_keeps_the_scopes_it_asks_for() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /a:\n    get:\n      security: [{oauth: [read, list]}, {key: [], oauth: [admin]}, {}]\n      \
             responses: {'204': {description: none}}\n\
             components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n    \
             oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {}}}}\n",
        );
        let oauth = api.auth_schemes.iter().find(|s| s.key == "oauth").unwrap();
        assert_eq!(oauth.oauth2.as_ref().and_then(|o| o.token_url.as_deref()), Some("https://a.example/token"));
        let op = &api.operations[0];
        assert_eq!(op.security.len(), 3);
        assert_eq!(op.scopes, [vec!["read".to_owned(), "list".to_owned()], vec!["admin".to_owned()], vec![]]);
    }

    #[test]
    fn a_key_header_few_operations_take_stays_a_parameter() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /a:\n    get:\n      parameters: [{name: X-Token, in: header, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n  \
             /b:\n    get: {responses: {'204': {description: none}}}\n  \
             /c:\n    get: {responses: {'204': {description: none}}}\n",
        );
        assert!(api.auth_schemes.is_empty());
        assert_eq!(api.operations[0].params.len(), 1);
    }
}
