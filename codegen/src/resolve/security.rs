//! Security schemes to the credentials a client can hold, and security
//! requirements to the schemes each operation sends.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{APIKeyLocation, OpenAPI, ReferenceOr, SecurityRequirement, SecurityScheme};

use super::docs;
use crate::diagnostic::{Diagnostics, pointer_push};
use crate::ir::{AuthKind, AuthScheme};
use crate::naming::{self, Scope};

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
            // The client does not run OAuth flows: the user brings the access token.
            SecurityScheme::OAuth2 { description, .. } | SecurityScheme::OpenIDConnect { description, .. } => {
                (AuthKind::Bearer, description)
            }
        };
        let name = setters.claim(naming::snake(key, "auth"));
        schemes.push(AuthScheme {
            setter: format!("with_{name}"),
            name,
            variant: variants.claim(naming::camel(key, "Auth")),
            docs: docs(description.as_ref()),
            kind,
            key: key.clone(),
        });
    }
    schemes
}

/// The alternatives of an operation's requirements as scheme indices; requirements
/// naming a scheme the client cannot send are dropped with a warning.
pub fn requirements(
    declared: &[SecurityRequirement],
    schemes: &[AuthScheme],
    at: &str,
    diags: &mut Diagnostics,
) -> Vec<Vec<usize>> {
    let mut alternatives = Vec::new();
    for requirement in declared {
        let indices: Option<Vec<usize>> =
            requirement.keys().map(|key| schemes.iter().position(|s| &s.key == key)).collect();
        match indices {
            Some(indices) => alternatives.push(indices),
            None => diags.warn(
                DiagnosticKind::Unsupported,
                at,
                "a security requirement names a scheme the client cannot send; it is skipped",
            ),
        }
    }
    alternatives
}
