//! The server the spec names first, as the client's default base URL: its variables
//! at their defaults, and a typed way to choose each (`{region}` among its `enum`).

use crate::diagnostic::DiagnosticKind;
use openapiv3::{OpenAPI, Server};

use super::docs;
use crate::diagnostic::{Diagnostics, pointer_push};
use crate::ir::{EnumVariant, ServerTemplate, ServerVariable, TemplatePart};
use crate::naming::{self, Scope};

/// The first server's URL with its variables at their defaults, if it is absolute, and
/// its template when it has variables. `taken`: the client module's names so far.
pub(super) fn first_server(
    spec: &OpenAPI,
    taken: &mut Scope,
    diags: &mut Diagnostics,
) -> (Option<String>, Option<ServerTemplate>) {
    let Some(server) = spec.servers.first() else { return (None, None) };
    let at = "/servers/0";
    let (parts, names) = template(server, at, diags);
    let default_url: String = parts
        .iter()
        .map(|part| match part {
            TemplatePart::Literal(text) => text.clone(),
            TemplatePart::Variable(i) => variable(server, &names[*i]).map(|v| v.default.clone()).unwrap_or_default(),
        })
        .collect();
    if !default_url.contains("://") {
        let message = "the first server's URL is relative to where the spec is served, which the client cannot know; there is no default base URL";
        diags.warn(DiagnosticKind::Unsupported, pointer_push(at, "url"), message);
        return (None, None);
    }
    if names.is_empty() {
        return (Some(default_url), None);
    }
    let struct_name = taken.claim("ServerVariables".to_owned());
    let mut fields = Scope::default();
    let variables = names
        .iter()
        .map(|name| {
            let declared = variable(server, name);
            let default = declared.map(|v| v.default.clone()).unwrap_or_default();
            let mut values: Vec<String> = declared.map(|v| v.enumeration.clone()).unwrap_or_default();
            if !values.is_empty() && !values.contains(&default) {
                let at = pointer_push(&pointer_push(&pointer_push(at, "variables"), name), "default");
                let message = format!(
                    "the default `{default}` is not among the variable's `enum` values; it is offered as one more"
                );
                diags.warn(DiagnosticKind::Repair, at, message);
                values.push(default.clone());
            }
            let choices = (!values.is_empty()).then(|| {
                let mut variant_names = Scope::default();
                let variants = values
                    .iter()
                    .map(|value| EnumVariant {
                        name: variant_names.claim(naming::enum_variant(value)),
                        value: value.clone(),
                    })
                    .collect();
                (taken.claim(format!("Server{}", naming::camel(name, "Variable"))), variants)
            });
            ServerVariable {
                field: fields.claim(naming::snake(name, "variable")),
                wire_name: name.clone(),
                default,
                docs: docs(declared.and_then(|v| v.description.as_ref())),
                choices,
            }
        })
        .collect();
    let template = ServerTemplate { url: server.url.clone(), name: struct_name, parts, variables };
    (Some(default_url), Some(template))
}

fn variable<'s>(server: &'s Server, name: &str) -> Option<&'s openapiv3::ServerVariable> {
    server.variables.as_ref()?.get(name)
}

/// The URL template as literal text and variables, and the variables' names in the
/// order they first appear (the variables index them). A variable the server does not
/// declare has no default: it is left empty, with a warning.
fn template(server: &Server, at: &str, diags: &mut Diagnostics) -> (Vec<TemplatePart>, Vec<String>) {
    let mut parts = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut rest = server.url.as_str();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        if open > 0 {
            parts.push(TemplatePart::Literal(rest[..open].to_owned()));
        }
        let name = &rest[open + 1..open + close];
        let index = match names.iter().position(|n| n == name) {
            Some(index) => index,
            None => {
                if variable(server, name).is_none() {
                    let message = format!("the server URL's variable `{{{name}}}` is not declared; it is left empty");
                    diags.warn(DiagnosticKind::Repair, pointer_push(at, "url"), message);
                }
                names.push(name.to_owned());
                names.len() - 1
            }
        };
        parts.push(TemplatePart::Variable(index));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        parts.push(TemplatePart::Literal(rest.to_owned()));
    }
    (parts, names)
}
