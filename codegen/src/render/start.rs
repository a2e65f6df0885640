//! The example an API's docs and a standalone crate's README open with ("Start
//! here"): a client with its credentials, a call, a paginated stream and the reading
//! of an error, each on an operation of the spec whose arguments can be written as
//! literals.

use crate::config::{RenderOptions, UsagePath};
use crate::ir::{Api, AuthKind, Operation, Scalar, TypeRef};
use crate::render::ident;

/// How the example is written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// For rustdoc: the body of an async function, whose lines are hidden.
    Doc,
    /// For a README: a whole program, with `#[tokio::main]`.
    Program,
}

/// The example as a fenced Markdown block, or `None` for an API without operations.
pub fn example(api: &Api, usage: &UsagePath, form: Form) -> Option<String> {
    let callable = |op: &&Operation| arguments(api, op).is_some() && op.body.as_ref().is_none_or(|b| !b.required);
    let call = api
        .operations
        .iter()
        .filter(callable)
        .find(|op| op.http_method == "GET" && op.pagination.is_none())
        .or_else(|| api.operations.iter().find(callable))?;
    let stream = api.operations.iter().filter(callable).find(|op| op.pagination.is_some());
    let path = &usage.path;

    let mut imports = vec!["Client"];
    if api.default_base_url.is_some() {
        imports.push("DEFAULT_BASE_URL");
    }
    let mut code = match imports.as_slice() {
        [one] => format!("use {path}::{one};\n"),
        _ => format!("use {path}::{{{}}};\n", imports.join(", ")),
    };
    if stream.is_some() || call.success.stream.as_ref().is_some_and(|stream| !stream.also_whole) {
        code.push_str("use futures_util::TryStreamExt;\n");
    }
    let mut body = String::new();
    let code_start = code.len();
    let base_url = match api.default_base_url {
        Some(_) => "DEFAULT_BASE_URL",
        None => "\"https://api.example.com\"",
    };
    code.push_str(&format!("let client = Client::new({base_url})?"));
    // The credentials the call's first security requirement asks for.
    for scheme in call.security.first().into_iter().flatten().map(|i| &api.auth_schemes[*i]) {
        let value = match scheme.kind {
            AuthKind::Basic => "\"user\", \"password\"",
            _ => "\"...\"",
        };
        code.push_str(&format!("\n    .{}({value})", scheme.setter));
    }
    code.push_str(";\n\n");

    code.push_str(&format!("// `{} {}`\n", call.http_method, call.path_text()));
    let call_expr = format!("client.{}({})", ident(&call.method_name), arguments(api, call)?.join(", "));
    // An operation that only streams has no `send`: its items are read as they come.
    let send = match call.success.stream.as_ref().filter(|stream| !stream.also_whole) {
        Some(stream) => {
            code.push_str(&format!("let mut items = {call_expr}.{}().await?.body;\n", stream.method));
            code.push_str("while let Some(item) = items.try_next().await? {\n    println!(\"{item:?}\");\n}\n");
            stream.method.as_str()
        }
        None => {
            code.push_str(&format!("let response = {call_expr}.send().await?;\n"));
            code.push_str("println!(\"{} {:?}\", response.status, response.body);\n");
            "send"
        }
    };

    if let Some(op) = stream {
        code.push_str("\n// Every item of every page.\n");
        let stream_expr = format!("client.{}({})", ident(&op.method_name), arguments(api, op)?.join(", "));
        code.push_str(&format!("let mut items = {stream_expr}.stream();\n"));
        code.push_str("while let Some(item) = items.try_next().await? {\n    println!(\"{item:?}\");\n}\n");
    }

    code.push_str("\n// An error says what went wrong, in the server's words where it gave some.\n");
    code.push_str(&format!("if let Err(err) = {call_expr}.{send}().await {{\n"));
    code.push_str("    eprintln!(\"{err} (status {:?}, message {:?})\", err.status(), err.message());\n}\n");
    body.push_str(&code[code_start..]);
    code.truncate(code_start);
    match form {
        Form::Doc => {
            code.push_str(&format!("\n# async fn example() -> {path}::Result<()> {{\n{body}# Ok(())\n# }}\n"));
        }
        Form::Program => {
            code.push_str("\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n");
            for line in body.lines() {
                code.push_str(&if line.is_empty() { "\n".to_owned() } else { format!("    {line}\n") });
            }
            code.push_str("    Ok(())\n}\n");
        }
    }
    let fence = match (form, usage.tested) {
        (Form::Program, _) => "```rust",
        (Form::Doc, true) => "```no_run",
        (Form::Doc, false) => "```ignore",
    };
    Some(format!("{fence}\n{code}```"))
}

/// What the spec leaves to the user, with how to give it: a base URL when it names
/// no server, credentials when it declares no security scheme. `None` when nothing.
pub fn setup_notes(api: &Api) -> Option<String> {
    let mut notes = Vec::new();
    if api.default_base_url.is_none() {
        notes.push(
            "The spec names no server: give `Client::new` the API's base URL (the example says \
             `https://api.example.com`)."
                .to_owned(),
        );
    }
    if api.auth_schemes.is_empty() && !api.operations.is_empty() {
        notes.push(
            "The spec declares no security scheme, so the client sends no credentials. If the API \
             wants one, send it with each request as a header (`.header(\"Authorization\", ...)`, \
             from `RequestOptionsExt`); a default header of your own `reqwest::ClientBuilder` would \
             go to other origins too."
                .to_owned(),
        );
    }
    (!notes.is_empty())
        .then(|| notes.iter().map(|note| crate::render::docs::wrapped(note)).collect::<Vec<_>>().join("\n\n"))
}

/// A standalone crate's `README.md`: the API, how to depend on the crate, the example.
pub fn crate_readme(api: &Api, options: &RenderOptions) -> String {
    let (source, usage) = (&options.spec_name, options.usage.as_ref());
    let name = usage.map(|usage| usage.path.replace('_', "-")).unwrap_or_default();
    let mut text = format!(
        "# {name}\n\nA typed async Rust client for the {} (version {}), ",
        crate::render::docs::api_name(&api.title),
        api.version.trim()
    );
    text.push_str(&format!("generated from `{source}`: regenerate it rather than edit it.\n"));
    if let Some(example) = usage.and_then(|usage| example(api, usage, Form::Program)) {
        text.push_str(&format!(
            "\n## Start here\n\n```toml\n[dependencies]\n{name} = {{ path = \"path/to/{name}\" }}\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\
             futures-util = \"0.3\"\n```\n\n{example}\n"
        ));
    }
    if let Some(notes) = setup_notes(api) {
        text.push_str(&format!("\n{notes}\n"));
    }
    text.push_str("\n`cargo doc --open` shows the rest: each `Client` method, its request's setters, and the types.\n");
    text
}

/// The method's arguments as literals (`"agentId"`, `1`), or `None` when one of them
/// has no literal form (an enum, a date, a model).
fn arguments(api: &Api, op: &Operation) -> Option<Vec<String>> {
    op.params
        .iter()
        .filter(|p| p.required && p.fixed.is_none())
        .map(|param| match api.unalias(&param.ty) {
            TypeRef::Scalar(Scalar::String) => Some(format!("{:?}", param.wire_name)),
            TypeRef::Scalar(Scalar::I32 | Scalar::I64 | Scalar::U64) => Some("1".to_owned()),
            TypeRef::Scalar(Scalar::F64) => Some("1.0".to_owned()),
            TypeRef::Scalar(Scalar::Bool) => Some("true".to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Form, example, setup_notes};
    use crate::config::UsagePath;
    use crate::pipeline::api_of;

    #[test]
    fn the_example_calls_a_get_streams_a_list_and_reads_an_error() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n\
             security: [{key: []}]\npaths:\n  /items:\n    get:\n      operationId: listItems\n      \
             parameters: [{name: page, in: query, schema: {type: integer}}]\n      \
             responses: {'200': {description: ok, content: {application/json: {schema: {type: array, items: {type: string}}}}}}\n  \
             /items/{itemId}:\n    get:\n      operationId: getItem\n      \
             parameters: [{name: itemId, in: path, required: true, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n\
             components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n",
        );
        let usage = UsagePath { path: "my_api".into(), tested: true };
        let text = example(&api, &usage, Form::Doc).unwrap();
        assert!(
            text.starts_with("```no_run\nuse my_api::{Client, DEFAULT_BASE_URL};\nuse futures_util::TryStreamExt;")
        );
        assert!(text.contains("let client = Client::new(DEFAULT_BASE_URL)?\n    .with_key(\"...\");"), "{text}");
        assert!(text.contains("let response = client.get_item(\"itemId\").send().await?;"), "{text}");
        assert!(text.contains("let mut items = client.list_items().stream();"), "{text}");
        let untested = example(&api, &UsagePath { path: "your_crate::api".into(), tested: false }, Form::Doc).unwrap();
        assert!(untested.starts_with("```ignore\nuse your_crate::api::"), "{untested}");
        let program = example(&api, &usage, Form::Program).unwrap();
        assert!(
            program.contains(
                "#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let client"
            ),
            "{program}"
        );
        assert!(program.ends_with("    Ok(())\n}\n```"), "{program}");
    }

    #[test]
    fn what_the_spec_leaves_to_the_user_is_said() {
        let spec = |head: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\n{head}paths:\n  /items:\n    get:\n      \
                 responses: {{'204': {{description: none}}}}\n"
            )
        };
        let (bare, _) = api_of(&spec(""));
        let notes = setup_notes(&bare).unwrap();
        assert!(notes.starts_with("The spec names no server: give `Client::new`"), "{notes}");
        assert!(notes.contains("declares no security scheme"), "{notes}");
        let (served, _) = api_of(&spec(
            "servers: [{url: 'https://api.example.com'}]\nsecurity: [{key: []}]\n\
             components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n",
        ));
        assert_eq!(setup_notes(&served), None);
    }
}
