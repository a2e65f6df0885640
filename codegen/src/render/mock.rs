//! `mock.rs` of a generated API, compiled with the cargo feature `mock`: a mock
//! server (`wiremock`'s) with a method per operation that mounts its answers,
//! encoded by the API's own types.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs::{doc_attrs, wrapped};
use super::{client, ident, type_tokens};
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
    let mut gated: std::collections::BTreeMap<&[String], Vec<TokenStream>> = std::collections::BTreeMap::new();
    for op in &api.operations {
        gated.entry(&op.features).or_default().push(render_operation(api, op));
    }
    let blocks: Vec<TokenStream> = gated
        .into_iter()
        .map(|(features, methods)| {
            let gate = super::cfg_any(features);
            quote! { #gate impl MockServer { #(#methods)* } }
        })
        .collect();
    let text: Vec<String> = blocks.iter().map(ToString::to_string).collect();
    let uses = |name: &str| text.iter().any(|block| block.contains(name));
    let types = uses("types ::").then(|| quote! { use super::types; });
    // Exactly what the methods name of the support code: a glob would go unused.
    let named = |name: &str| {
        let word = format!("{name} ");
        text.iter().any(|block| {
            // The name alone, not the end of another or a path's last segment (`types :: Style`).
            block.match_indices(&word).any(|(i, _)| {
                let before = &block[..i];
                !before.ends_with(":: ") && !before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        })
    };
    let helpers: Vec<proc_macro2::Ident> = ["path_segment", "Style", "Paging", "MockStream"]
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
    Box::new(std::iter::once(head).chain(blocks).map(super::Chunk::Tokens))
}

/// The type a success is mocked with: its JSON body's, or none.
fn success_body(op: &Operation) -> Option<&TypeRef> {
    op.success.body.as_ref().filter(|ty| !matches!(ty, TypeRef::Bytes | TypeRef::Text))
}

/// The methods `MockServer` has of its own, beside which an operation's takes
/// another name.
const SERVER_METHODS: [&str; 4] = ["start", "uri", "client", "server"];

fn render_operation(api: &Api, op: &Operation) -> TokenStream {
    let name = match SERVER_METHODS.contains(&op.method_name.as_str()) {
        true => format_ident!("{}_operation", op.method_name),
        false => ident(&op.method_name),
    };
    let client_method = &op.method_name;
    let mut args = Vec::new();
    let client::PathFormat { format, segments, args: values } = client::path_format(op, |param| {
        let (field, wire, style) = (ident(&param.name), &param.wire_name, client::style_tokens(param.style));
        let value = match &param.fixed {
            Some(fixed) => {
                let fixed = fixed.as_str().map_or_else(|| fixed.to_string(), str::to_owned);
                quote!(&#fixed)
            }
            None => {
                let (ty, _) = client::argument(api, &param.ty, &field);
                args.push(quote! { #field: #ty });
                // A string is taken as `impl Into<String>`.
                if client::is_string(api, &param.ty) { quote!(&Into::<String>::into(#field)) } else { quote!(&#field) }
            }
        };
        quote! {
            let #field = path_segment(#wire, #value, #style).unwrap_or_else(|err| panic!("{err}"));
        }
    });
    let success = match success_body(op) {
        Some(ty) if op.success.variants.is_empty() => type_tokens(ty, true),
        _ if !op.success.variants.is_empty() => quote!(serde_json::Value),
        _ if op.success.body.is_some() => quote!(serde_json::Value),
        _ => quote!(()),
    };
    let status = Literal::u16_unsuffixed(op.success.statuses.first().copied().unwrap_or(200));
    let http_method = &op.http_method;
    let paged = op.pagination.as_ref().map(|pagination| {
        let paging = match &pagination.next {
            NextPage::Link => quote!(Paging::Link),
            NextPage::HeaderCursor { header, .. } => {
                let name = &op.success.headers[*header].wire_name;
                quote!(Paging::Header(#name))
            }
            NextPage::BodyCursor { .. } => quote!(Paging::Own),
            NextPage::Page { .. } | NextPage::Offset { .. } => {
                let path = pagination.items.iter().map(|step| &step.wire_name);
                quote!(Paging::EmptyAfter(&[#(#path),*]))
            }
        };
        quote! { .paged(#paging) }
    });
    let (item, streamed) = match &op.success.stream {
        Some(stream) => {
            let item = type_tokens(&stream.item, true);
            let kind = match stream.format {
                StreamFormat::Events => {
                    let text = stream.item == TypeRef::Text;
                    let marker = match &stream.end_marker {
                        Some(marker) => quote!(Some(#marker)),
                        None => quote!(None),
                    };
                    quote!(MockStream::Events { text: #text, end_marker: #marker })
                }
                StreamFormat::JsonLines => quote!(MockStream::Lines { separator: None }),
                StreamFormat::JsonSequence => quote!(MockStream::Lines { separator: Some(0x1e) }),
            };
            (quote!(, #item), Some(quote! { .streamed(#kind) }))
        }
        None => (quote!(), None),
    };
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
    let docs = doc_attrs(Some(&wrapped(&text)));
    let path = if values.is_empty() { quote!(#format.to_owned()) } else { quote!(format!(#format, #(#values),*)) };
    let many = client::allow_many_arguments(args.len());
    quote! {
        #docs
        #many
        pub fn #name(&self, #(#args),*) -> MockOperation<'_, #success #item> {
            #(#segments)*
            MockOperation::new(&self.server, #http_method, #path, #status) #paged #streamed
        }
    }
}
