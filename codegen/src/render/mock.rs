//! `mock.rs` of a generated API, compiled with the cargo feature `mock`: a mock
//! server (`wiremock`'s) with a method per operation that mounts its answers,
//! encoded by the API's own types.

use quote::{format_ident, quote};

use super::docs::wrapped;
use super::layout::{self, Arg, Lines, literal};
use super::{Chunk, client, ident, type_text};
use crate::ir::{Api, AuthKind, NextPage, Operation, StreamFormat, TypeRef};

pub fn render_mock(api: &Api) -> super::Chunks<'_> {
    let credentials = api.auth_schemes.iter().map(|scheme| {
        let setter = format_ident!("{}", scheme.setter);
        match scheme.kind {
            AuthKind::Basic => quote! { .#setter("mock", "mock") },
            _ => quote! { .#setter("mock") },
        }
    });
    // One impl block for each set of features that gates operations.
    let mut gated: std::collections::BTreeMap<&[String], Vec<&Operation>> = std::collections::BTreeMap::new();
    for op in &api.operations {
        gated.entry(&op.features).or_default().push(op);
    }
    let blocks: Vec<Chunk> = gated
        .into_iter()
        .flat_map(|(features, ops)| {
            let mut head = Lines::new();
            head.gate(0, layout::cfg_any(features).as_deref());
            head.line(0, "impl MockServer {");
            head.impl_block(ops.into_iter().map(|op| render_operation(api, op)))
        })
        .collect();
    let text: Vec<&str> = blocks.iter().filter_map(Chunk::source).collect();
    let uses = |name: &str| text.iter().any(|block| block.contains(name));
    let types = uses("types::").then(|| quote! { use super::types; });
    // Exactly what the methods name of the support code: a glob would go unused.
    let named = |name: &str| {
        text.iter().any(|block| {
            // The name alone, not the end of another or a path's last segment (`types::Style`).
            block.match_indices(name).any(|(i, _)| {
                let (before, after) = (&block[..i], &block[i + name.len()..]);
                !before.ends_with("::") && !before.ends_with(is_word) && !after.starts_with(is_word)
            })
        })
    };
    let helpers: Vec<proc_macro2::Ident> = ["mock_segment", "Style", "Paging", "MockStream"]
        .into_iter()
        .filter(|name| named(name))
        .map(|name| format_ident!("{name}"))
        .collect();
    let support = (!helpers.is_empty()).then(|| quote! { use super::support::{#(#helpers),*}; });
    let head = quote! {
        use super::Client;
        #support
        #types

        pub use super::support::MockOperation;

        /// A mock server of the API on a loopback address (`wiremock`'s), for your
        /// tests: each operation's method mounts what it answers; [`Self::client`] is a
        /// client of it. The counts that expectations name are checked when the server
        /// is dropped.
        pub struct MockServer {
            server: wiremock::MockServer,
        }

        impl MockServer {
            /// Starts a server on a free port of 127.0.0.1.
            pub async fn start() -> Self {
                Self { server: wiremock::MockServer::start().await }
            }

            /// The server's address, as a base URL.
            pub fn uri(&self) -> String {
                self.server.uri()
            }

            /// A client of the server, every credential set to `mock`.
            pub fn client(&self) -> Client {
                Client::new(self.server.uri()).expect("a mock server's address is a base URL") #(#credentials)*
            }

            /// The `wiremock` server, for what the operations' methods do not cover.
            pub fn server(&self) -> &wiremock::MockServer {
                &self.server
            }
        }
    };
    Box::new(std::iter::once(Chunk::Tokens(head)).chain(blocks))
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The type a success is mocked with: its JSON body's, or none.
fn success_body(op: &Operation) -> Option<&TypeRef> {
    op.success.body.as_ref().filter(|ty| !matches!(ty, TypeRef::Bytes | TypeRef::Text))
}

/// The methods `MockServer` has of its own, beside which an operation's takes
/// another name.
const SERVER_METHODS: [&str; 4] = ["start", "uri", "client", "server"];

/// An operation's method of `MockServer`, a member of its `impl`.
fn render_operation(api: &Api, op: &Operation) -> Chunk {
    let name = match SERVER_METHODS.contains(&op.method_name.as_str()) {
        true => format!("{}_operation", op.method_name),
        false => ident(&op.method_name).to_string(),
    };
    let client_method = &op.method_name;
    let mut args = vec!["&self".to_owned()];
    let path = client::path_parts(op);
    let mut segments = Vec::new();
    for param in &path.params {
        let (field, wire, style) =
            (ident(&param.name).to_string(), literal(&param.wire_name), client::style(param.style));
        let value = match &param.fixed {
            Some(fixed) => literal(&fixed.as_str().map_or_else(|| fixed.to_string(), str::to_owned)),
            None => {
                let (ty, _) = client::argument_text(api, &param.ty, &field);
                args.push(format!("{field}: {ty}"));
                // A string is taken as `impl Into<String>`.
                if client::is_string(api, &param.ty) { format!("Into::<String>::into({field})") } else { field.clone() }
            }
        };
        segments.push((field, [wire, format!("&{value}"), style.to_owned()]));
    }
    let success = match success_body(op) {
        Some(ty) if op.success.variants.is_empty() => type_text(ty, true),
        _ if !op.success.variants.is_empty() => "serde_json::Value".to_owned(),
        _ if op.success.body.is_some() => "serde_json::Value".to_owned(),
        _ => "()".to_owned(),
    };
    let status = op.success.statuses.first().copied().unwrap_or(200);
    let mut links = Vec::new();
    if let Some(pagination) = &op.pagination {
        let paging = match &pagination.next {
            NextPage::Link => "Paging::Link".to_owned(),
            NextPage::HeaderCursor { header, .. } => {
                format!("Paging::Header({})", literal(&op.success.headers[*header].wire_name))
            }
            NextPage::BodyCursor { .. } => "Paging::Own".to_owned(),
            NextPage::Page { .. } | NextPage::Offset { .. } => {
                let path: Vec<String> = pagination.items.iter().map(|step| literal(&step.wire_name)).collect();
                format!("Paging::EmptyAfter(&[{}])", path.join(", "))
            }
        };
        links.push(format!(".paged({paging})"));
    }
    let mut item = String::new();
    if let Some(stream) = &op.success.stream {
        item = format!(", {}", type_text(&stream.item, true));
        let kind = match stream.format {
            StreamFormat::Events => {
                let text = stream.item == TypeRef::Text;
                let marker = match &stream.end_marker {
                    Some(marker) => format!("Some({})", literal(marker)),
                    None => "None".to_owned(),
                };
                format!("MockStream::Events {{ text: {text}, end_marker: {marker} }}")
            }
            StreamFormat::JsonLines => "MockStream::Lines { separator: None }".to_owned(),
            StreamFormat::JsonSequence => "MockStream::Lines { separator: Some(0x1e) }".to_owned(),
        };
        links.push(format!(".streamed({kind})"));
    }
    let mut text = format!(
        "Mocks [`Client::{client_method}`], `{} {}`: the requests of this method to this path.",
        op.http_method,
        op.path_text()
    );
    if op.pagination.is_some() {
        text.push_str(" `respond_pages` answers its pages in turn.");
    }
    if op.success.stream.is_some() {
        text.push_str(" `respond_stream` answers its items as a stream.");
    }
    let mut out = Lines::new();
    out.docs(1, Some(&wrapped(&text)));
    if args.len() > 7 {
        out.line(1, client::ALLOW_MANY_ARGUMENTS);
    }
    out.signature(1, &format!("pub fn {name}"), &args, &format!(" -> MockOperation<'_, {success}{item}>"));
    for (field, args) in &segments {
        let args: Vec<Arg> = args.iter().map(|arg| Arg::Expr(arg)).collect();
        out.call(2, &format!("let {field} = "), "mock_segment", &args, ";");
    }
    let (method, status) = (literal(&op.http_method), status.to_string());
    let args = [Arg::Expr("&self.server"), Arg::Expr(&method), Arg::List(&path.parts), Arg::Expr(&status)];
    if links.is_empty() {
        out.call(2, "", "MockOperation::new", &args, "");
    } else if op.success.stream.is_some() {
        // A stream's kind is a struct literal, which prettyplease breaks by rules of its own.
        out.unsure(2, &format!("MockOperation::new({}){}", layout::args_text(&args), links.concat()));
    } else {
        out.chain_call(2, "MockOperation::new", &args, &links);
    }
    out.line(1, "}");
    out.members()
}
