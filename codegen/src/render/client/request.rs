//! An operation's request: the client method that starts it, its struct and setters,
//! and `build_request`, which puts every value on the wire.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{auth, bodies, pagination, params, response};
use crate::ir::{Api, NextPage, Operation, Param, Scalar, TypeRef};
use crate::render::docs::{prose_text, summary_and_description, wrapped};
use crate::render::layout::{self, Lines, checked_ident, lexed};
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
pub(crate) fn argument(api: &Api, ty: &TypeRef, value: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    let (ty, value) = argument_text(api, ty, &value.to_string());
    (lexed(&ty), lexed(&value))
}

/// [`argument`] as source.
fn argument_text(api: &Api, ty: &TypeRef, value: &str) -> (String, String) {
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
    out.line(0, &format!("impl RequestOptionsExt for {builder}<'_> {{"));
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
        Chunk::MemberTokens(quote! {
            #send_stream
            #build_request
        }),
        read_response,
        Chunk::MemberTokens(stream.unwrap_or_default()),
    ];
    let mut head = Lines::new();
    head.gate(0, gate);
    head.line(0, &format!("impl<'a> {builder}<'a> {{"));
    let (mut head, certain) = head.finish();
    if certain {
        chunks.extend([Chunk::LaidOut(head), setters.members()]);
        chunks.extend(members);
        chunks.push(Chunk::LaidOut("}\n".to_owned()));
    } else {
        // A header prettyplease might break: the block as source to lay out.
        for member in std::iter::once(setters.members()).chain(members) {
            match member {
                Chunk::LaidOut(source) | Chunk::Items(source) | Chunk::Members(source) => head.push_str(&source),
                Chunk::Tokens(tokens) | Chunk::MemberTokens(tokens) => head.push_str(&tokens.to_string()),
            }
        }
        head.push_str("}\n");
        chunks.push(Chunk::Items(head));
    }
    let headers_struct = response::render_headers_struct(op);
    let success_enum = response::render_success_enum(op);
    let body_types = op.body.as_ref().map(|body| bodies::render_body_types(api, op, body));
    let extra = quote! {
        #headers_struct
        #success_enum
        #body_types
    };
    chunks.push(Chunk::Tokens(gated(extra, cfg_any(&op.features))));
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
fn render_build_request(api: &Api, op: &Operation) -> TokenStream {
    let params::PathParts { segments, parts } = params::path_parts(op);
    let follows_links = op.pagination.as_ref().is_some_and(|p| p.next == NextPage::Link);
    let joined = quote! { join_url(&self.client.base_url, &[#(#parts),*]) };
    // A followed `Link` is the whole URL, query included.
    let whole_query = params::whole_query(op);
    let url = if follows_links {
        let first_page = match whole_query {
            Some(whole_query) => quote! { let url = #joined; #whole_query },
            None => joined,
        };
        quote! {
            let url = match &self.options.page_url {
                Some(url) => url.clone(),
                None => {
                    #(#segments)*
                    #first_page
                }
            };
        }
    } else {
        let whole_query = whole_query.map(|whole_query| quote! { let url = #whole_query; });
        quote! {
            #(#segments)*
            let url = #joined;
            #whole_query
        }
    };

    // reqwest names the methods of RFC 9110; another (3.2's `QUERY`) is made from its
    // name, which resolve checked is a method name.
    let http_method = match op.http_method.as_str() {
        "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE" => {
            let name = format_ident!("{}", op.http_method);
            quote!(reqwest::Method::#name)
        }
        other => {
            let name = proc_macro2::Literal::byte_string(other.as_bytes());
            let invalid = format!("`{other}` is not a method name");
            quote!(reqwest::Method::from_bytes(#name).map_err(|_| Error::InvalidRequest(#invalid.to_owned()))?)
        }
    };
    let accept = &op.accept;
    let mut steps = Vec::new();
    if let Some(query) = params::query_step(op) {
        steps.push(match follows_links {
            true => quote! { if self.options.page_url.is_none() { #query } },
            false => query,
        });
    }
    steps.extend(params::cookie_step(op));
    steps.extend(params::header_steps(op));
    steps.extend(op.body.as_ref().map(|body| bodies::body_step(op, body)));
    // The credentials last, as the value returned: no `?` and `Ok` for the compiler to check.
    let last = auth::authorized(api, op).unwrap_or_else(|| quote!(Ok(request)));
    let binding = if steps.is_empty() { quote!(request) } else { quote!(mut request) };
    quote! {
        fn build_request(&self) -> Result<reqwest::RequestBuilder> {
            #url
            let #binding = new_request(&self.client.http, #http_method, url, #accept);
            #(#steps)*
            #last
        }
    }
}

/// Clippy's `too_many_arguments` allowance for a method taking `self` and
/// `args` arguments, one per parameter the operation requires; the lint's
/// limit of seven counts `self` too.
pub(crate) fn allow_many_arguments(args: usize) -> Option<TokenStream> {
    (args + 1 > 7).then(|| lexed(ALLOW_MANY_ARGUMENTS))
}

const ALLOW_MANY_ARGUMENTS: &str =
    "#[allow(clippy::too_many_arguments, reason = \"an argument for each parameter the operation requires\")]";
