//! An operation's request: the client method that starts it, its struct and setters,
//! and `build_request`, which puts every value on the wire.

use proc_macro2::TokenStream;

use super::{auth, bodies, pagination, params, response};
use crate::ir::{Api, NextPage, Operation, Param, Scalar, TypeRef};
use crate::render::docs::{prose_text, summary_and_description, wrapped};
use crate::render::layout::{self, Arg, Lines, checked_ident, literal};
use crate::render::{Chunk, cfg_any, gated, ident, type_text};

/// The client method that starts the operation's request, a member of `impl Client`:
/// its docs, an argument for each value the operation requires (see [`positional`]).
pub(super) fn render_method(api: &Api, op: &Operation, gate: Option<&str>) -> Chunk {
    let builder = checked_ident(&op.items.request);
    let mut text = summary_and_description(op.summary.as_deref(), op.description.as_deref()).unwrap_or_default();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!("`{} {}`", op.http_method, op.path_text()));
    if let Some(credentials) = auth::credentials_line(api, op) {
        text.push_str("\n\n");
        text.push_str(&credentials);
    }
    if op.deprecated {
        text.push_str("\n\nDeprecated.");
    }
    let mut args = vec!["&self".to_owned()];
    let mut inits = vec!["client: self".to_owned()];
    for param in positional(op) {
        let field = ident(&param.name).to_string();
        let (ty, value) = argument_text(api, &param.ty, &field);
        args.push(format!("{field}: {ty}"));
        // A field set from its argument as it is is written once (`field`).
        inits.push(if value == field { field } else { format!("{field}: {value}") });
    }
    for param in op.params.iter().filter(|p| !p.required) {
        inits.push(format!("{}: None", ident(&param.name)));
    }
    for param in op.params.iter().filter(|p| p.fixed.is_some()) {
        let value = match &param.fixed {
            Some(serde_json::Value::String(text)) => text.replace('`', "'"),
            other => other.as_ref().map(ToString::to_string).unwrap_or_default(),
        };
        text.push_str("\n\n");
        text.push_str(&wrapped(&format!(
            "Sends `{}` as `{value}`, the one value the spec allows.",
            param.wire_name.replace('`', "'")
        )));
    }
    if let Some(body) = &op.body {
        if body.required {
            let ty = bodies::body_type_text(op, body);
            if bodies::takes_into(body) {
                args.push(format!("body: impl Into<{ty}>"));
                inits.push("body: body.into()".to_owned());
            } else {
                args.push(format!("body: {ty}"));
                inits.push("body".to_owned());
            }
        } else {
            inits.push("body: None".to_owned());
        }
    }
    inits.push("options: RequestOptions::default()".to_owned());
    if !op.security.is_empty() {
        inits.push("credentials: None".to_owned());
    }
    let mut out = Lines::new();
    out.gate(1, gate);
    out.docs(1, Some(&text));
    if args.len() > 7 {
        out.line(1, ALLOW_MANY_ARGUMENTS);
    }
    out.signature(1, &format!("pub fn {}", ident(&op.method_name)), &args, &format!(" -> {builder}<'_>"));
    // Never on one line: `client` and `options` alone pass prettyplease's bound.
    out.line(2, &format!("{builder} {{"));
    for init in &inits {
        out.line(3, &format!("{init},"));
    }
    out.line(2, "}");
    out.line(1, "}");
    out.members()
}

/// Path, required query and header parameters, and a required body: the arguments
/// of the client method, but for those the client fills in. The rest are builder
/// setters.
fn positional(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| p.required && p.fixed.is_none())
}

/// Whether a parameter of type `ty` is a string, which methods take as `impl Into<String>`.
pub(crate) fn is_string(api: &Api, ty: &TypeRef) -> bool {
    matches!(api.unalias(ty), TypeRef::Scalar(Scalar::String))
}

/// The argument type a parameter is taken as, and how it becomes the stored value.
pub(crate) fn argument_text(api: &Api, ty: &TypeRef, value: &str) -> (String, String) {
    if is_string(api, ty) {
        ("impl Into<String>".to_owned(), format!("{value}.into()"))
    } else {
        (type_text(ty, true), value.to_owned())
    }
}

/// An operation's request: its struct (with the `RequestOptionsExt` impl), its setters
/// and the methods that send it, and the types its body and responses take.
pub(super) fn render_builder(api: &Api, op: &Operation) -> Vec<Chunk> {
    let builder = checked_ident(&op.items.request);
    let gate = layout::cfg_any(&op.features);
    let gate = gate.as_deref();
    let mut out = Lines::new();
    out.gate(0, gate);
    // This page is where the method's return type leads: it names what else applies.
    out.docs(
        0,
        Some(&prose_text(&format!(
            "A `{} {}` request: see [`Client::{}`].\n\nEvery request also takes the options of \
             [`RequestOptionsExt`] (a timeout, headers, attempts).",
            op.http_method,
            op.path_text(),
            op.method_name
        ))),
    );
    out.line(0, "#[derive(Debug, Clone)]");
    out.line(0, "#[must_use = \"a request does nothing until it is sent\"]");
    out.line(0, &format!("pub struct {builder}<'a> {{"));
    out.line(1, "client: &'a Client,");
    for param in op.params.iter().filter(|p| p.fixed.is_none()) {
        let (field, ty) = (ident(&param.name), type_text(&param.ty, true));
        out.line(1, &if param.required { format!("{field}: {ty},") } else { format!("{field}: Option<{ty}>,") });
    }
    if let Some(body) = &op.body {
        let ty = bodies::body_type_text(op, body);
        out.line(1, &if body.required { format!("body: {ty},") } else { format!("body: Option<{ty}>,") });
    }
    out.line(1, "options: RequestOptions,");
    let credentials = auth::request_credentials(op);
    if credentials.is_some() {
        out.line(1, "credentials: Option<Credentials>,");
    }
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl RequestOptionsExt", &format!("{builder}<'_>"));
    out.line(1, "fn options_mut(&mut self) -> &mut RequestOptions {");
    out.line(2, "&mut self.options");
    out.line(1, "}");
    out.line(0, "}");
    let mut chunks = vec![out.items()];

    let mut setters = Lines::new();
    for param in op.params.iter().filter(|p| !p.required) {
        let mut text = param.docs.clone().unwrap_or_else(|| format!("Sets `{}`.", param.wire_name.replace('`', "'")));
        if let Some(default) = &param.default {
            text.push_str(&format!("\n\nThe server's default: `{}`.", default.to_string().replace('`', "'")));
        }
        let (ty, value) = argument_text(api, &param.ty, "value");
        setter(&mut setters, &text, &ident(&param.name).to_string(), &ty, &value);
    }
    if let Some(body) = op.body.as_ref().filter(|b| !b.required) {
        let text = body.docs.as_deref().unwrap_or("Sets the request body.");
        let ty = bodies::body_type_text(op, body);
        match bodies::takes_into(body) {
            true => setter(&mut setters, text, "body", &format!("impl Into<{ty}>"), "value.into()"),
            false => setter(&mut setters, text, "body", &ty, "value"),
        }
    }
    let response::Send { send, send_stream, read_response } = response::render_send(api, op);
    let build_request = render_build_request(api, op);
    let stream = op.pagination.as_ref().map(|p| pagination::render_stream(op, p));
    let members = [
        Chunk::MemberTokens(credentials.unwrap_or_default()),
        send.unwrap_or(Chunk::MemberTokens(TokenStream::new())),
        Chunk::MemberTokens(send_stream),
        build_request,
        read_response,
        stream.unwrap_or(Chunk::MemberTokens(TokenStream::new())),
    ];
    let mut head = Lines::new();
    head.gate(0, gate);
    head.line(0, &format!("impl<'a> {builder}<'a> {{"));
    chunks.extend(head.impl_block(std::iter::once(setters.members()).chain(members)));
    let mut types = Lines::new();
    response::render_headers_struct(&mut types, op, gate);
    response::render_success_enum(&mut types, op, gate);
    chunks.push(types.items());
    if let Some(body) = &op.body {
        chunks.push(Chunk::Tokens(gated(bodies::render_body_types(api, op, body), cfg_any(&op.features))));
    }
    chunks
}

/// A setter of the request, a member of its `impl`: `name(value: ty)` stores `value`,
/// as the docs `text` say.
fn setter(out: &mut Lines, text: &str, name: &str, ty: &str, value: &str) {
    out.docs(1, Some(text));
    out.signature(1, &format!("pub fn {name}"), &["mut self".to_owned(), format!("value: {ty}")], " -> Self");
    out.line(2, &format!("self.{name} = Some({value});"));
    out.line(2, "self");
    out.line(1, "}");
}

/// `build_request`: the URL with its path parameters, then the query, cookies,
/// headers, body and credentials.
fn render_build_request(api: &Api, op: &Operation) -> Chunk {
    let mut out = Lines::new();
    out.line(1, "fn build_request(&self) -> Result<reqwest::RequestBuilder> {");
    let follows_links = op.pagination.as_ref().is_some_and(|p| p.next == NextPage::Link);
    url(&mut out, op, follows_links);
    let query = params::query_pairs(op);
    let cookies = params::cookie_step(op);
    let headers: Vec<[String; 3]> = params::header_args(op).collect();
    let binding = match query.is_empty() && cookies.is_none() && headers.is_empty() && op.body.is_none() {
        true => "let request = ",
        false => "let mut request = ",
    };
    let method = http_method(op);
    let accept = literal(&op.accept);
    let args = [Arg::Expr("&self.client.http"), Arg::Expr(&method), Arg::Expr("url"), Arg::Expr(&accept)];
    out.call(2, binding, "new_request", &args, ";");
    if !query.is_empty() {
        let args = [Arg::Expr("request"), Arg::List(&query)];
        if follows_links {
            out.line(2, "if self.options.page_url.is_none() {");
            out.call(3, "request = ", "with_query", &args, "?;");
            out.line(2, "}");
        } else {
            out.call(2, "request = ", "with_query", &args, "?;");
        }
    }
    if let Some(cookies) = cookies {
        out.unsure(2, &cookies);
    }
    for [wire, value, style] in &headers {
        out.line(2, &format!("if let Some(value) = header_param({wire}, {value}, {style})? {{"));
        out.line(3, &format!("request = request.header({wire}, value);"));
        out.line(2, "}");
    }
    if let Some(body) = &op.body {
        bodies::body_step(&mut out, 2, op, body);
    }
    // The credentials last, as the value returned: no `?` and `Ok` for the compiler to check.
    match auth::authorized(api, op) {
        Some(links) => out.chain(2, "self.credentials", &links),
        None => out.line(2, "Ok(request)"),
    }
    out.line(1, "}");
    out.members()
}

/// The statements of `build_request` that bind `url`; a followed `Link` (the request
/// for a next page) is the whole URL, query included.
fn url(out: &mut Lines, op: &Operation, follows_links: bool) {
    let path = params::path_parts(op);
    let join = [Arg::Expr("&self.client.base_url"), Arg::List(&path.parts)];
    let whole_query = params::whole_query(op);
    if !follows_links {
        return first_page(out, 2, &path, &join, whole_query.as_deref(), false);
    }
    out.line(2, "let url = match &self.options.page_url {");
    out.line(3, "Some(url) => url.clone(),");
    if path.params.is_empty() && whole_query.is_none() {
        out.arm_call_with(3, "None", "join_url", &join);
    } else {
        out.line(3, "None => {");
        first_page(out, 4, &path, &join, whole_query.as_deref(), true);
        out.line(3, "}");
    }
    out.line(2, "};");
}

/// The URL of the first page, at `depth`: the path parameters encoded, the path joined
/// to the base URL (`join` the arguments of `join_url`), 3.2's whole query string after
/// it; bound to `url`, or else the value of the block it ends.
fn first_page(
    out: &mut Lines,
    depth: usize,
    path: &params::PathParts<'_>,
    join: &[Arg],
    whole_query: Option<&str>,
    as_value: bool,
) {
    for param in &path.params {
        let local = ident(&param.name).to_string();
        let (wire, value) = (literal(&param.wire_name), params::value(param));
        let args = [Arg::Expr(&wire), Arg::Expr(&value), Arg::Expr(params::style(param.style))];
        out.call(depth, &format!("let {local} = "), "path_segment", &args, "?;");
    }
    match whole_query {
        None if as_value => out.call(depth, "", "join_url", join, ""),
        None => out.call(depth, "let url = ", "join_url", join, ";"),
        Some(whole_query) => {
            out.call(depth, "let url = ", "join_url", join, ";");
            match as_value {
                true => out.unsure(depth, whole_query),
                false => out.unsure(depth, &format!("let url = {whole_query};")),
            }
        }
    }
}

/// The request's method: reqwest names the methods of RFC 9110; another (3.2's
/// `QUERY`) is made from its name, which resolve checked is a method name.
fn http_method(op: &Operation) -> String {
    match op.http_method.as_str() {
        method @ ("GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE") => {
            format!("reqwest::Method::{method}")
        }
        other => {
            let name = proc_macro2::Literal::byte_string(other.as_bytes());
            let invalid = literal(&format!("`{other}` is not a method name"));
            format!("reqwest::Method::from_bytes({name}).map_err(|_| Error::InvalidRequest({invalid}.to_owned()))?")
        }
    }
}

/// Clippy's `too_many_arguments` allowance, for a method taking more than seven
/// arguments (`self` counted), one per parameter the operation requires.
pub(crate) const ALLOW_MANY_ARGUMENTS: &str =
    "#[allow(clippy::too_many_arguments, reason = \"an argument for each parameter the operation requires\")]";
