//! `client.rs` of a generated API: the client, then one request builder per
//! operation. Each file here renders one part of it:
//!
//! - `shell`: `Client`, its settings and base URL, the server's variables, `Request`
//! - `auth`: `Credentials` and how a request is authorized
//! - `request`: an operation's method, parameters and `build_request`
//! - `params`: each parameter on the wire, in its location and style
//! - `bodies`: request bodies, their media types and multipart forms
//! - `response`: `send`, reading each status, and the types a response is read into
//! - `pagination`: `stream()` over every page

mod auth;
mod bodies;
mod pagination;
mod params;
mod request;
mod response;
mod shell;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::support::Helpers;
use super::{cfg_any, gated};
use crate::ir::{Api, FieldStep, TypeRef};
use crate::render::ident;

pub fn render_client(api: &Api) -> super::Chunks<'_> {
    let has_auth = !api.auth_schemes.is_empty() && !api.operations.is_empty();
    let imports = render_imports(api, has_auth);
    let shell = shell::render_shell(api);
    let head = quote! {
        //! The client and one request builder per operation.
        #imports
        #shell
    };
    let builders = api.operations.iter().map(|op| gated(request::render_builder(api, op), cfg_any(&op.features)));
    Box::new(std::iter::once(head).chain(builders))
}

/// `use` lines for exactly what the module uses, so none is unused.
fn render_imports(api: &Api, has_auth: bool) -> TokenStream {
    let ops = &api.operations;
    let needs = Helpers::of(api);
    let support: Vec<&str> = [
        (needs.decode, "decode"),
        (needs.text, "text"),
        (needs.byte_stream, "byte_stream"),
        (needs.byte_stream, "read"),
        (needs.byte_stream, "send"),
        (needs.byte_stream, "ByteStream"),
        (needs.link_pages, "next_link"),
        (needs.pages, "paginate"),
        (needs.file_part, "FilePart"),
        (needs.execute, "execute"),
        (needs.execute, "Idempotent"),
        (needs.cookie_params, "header_value"),
        (needs.cookie_params, "cookie_pair"),
        (needs.header_params, "header_param"),
        (needs.query_params, "query_pairs"),
        (needs.json_body, "json_body"),
        (needs.form_body, "form_body"),
        (needs.part_text, "part_text"),
        (needs.path_segment, "path_segment"),
        (needs.params, "Style"),
        (needs.require_header, "require_header"),
        (needs.response_header, "response_header"),
        (needs.secrets, "Secret"),
        (needs.sensitive_header, "sensitive_header"),
        (needs.execute, "unexpected"),
        (needs.api_error, "api_error"),
        (needs.execute, "RequestOptions"),
        (needs.execute, "RequestOptionsExt"),
        (needs.execute, "RetryPolicy"),
        (needs.execute, "Settings"),
        (true, "safe_http_client"),
        (true, "checked_base_url"),
    ]
    .into_iter()
    .filter_map(|(used, name)| used.then_some(name))
    .collect();
    // Sorted as rustfmt sorts them: capitals first.
    let mut support = support;
    support.sort_unstable();
    let support: Vec<_> = support.into_iter().map(|n| format_ident!("{n}")).collect();
    let support = (!support.is_empty()).then(|| quote! { use super::support::{#(#support),*}; });

    let mut root = Vec::new();
    if !ops.is_empty() {
        root.push(format_ident!("ApiResponse"));
    }
    if has_auth {
        root.push(format_ident!("Error"));
    }
    root.push(format_ident!("Result"));
    let uses_types = ops.iter().any(|op| {
        let mut tys =
            op.params.iter().filter(|p| p.fixed.is_none()).map(|p| &p.ty).chain(op.body.iter().flat_map(|b| b.types()));
        tys.any(mentions_named)
            || op.success.body.as_ref().is_some_and(mentions_named)
            || op.success.variants.iter().any(|v| v.body.as_ref().is_some_and(mentions_named))
    }) || api.error_bodies.iter().any(|v| mentions_named(&v.ty));
    let types = uses_types.then(|| quote! { use super::types; });
    let root = (!root.is_empty()).then(|| quote! { use super::{#(#root),*}; });
    let fmt = has_auth.then(|| quote! { use std::fmt; });
    let stream = ops.iter().any(|op| op.pagination.is_some()).then(|| quote! { use futures_util::stream::BoxStream; });
    let duration = (!ops.is_empty()).then(|| quote! { use std::time::Duration; });
    quote! {
        #fmt
        #duration
        #stream
        #support
        #types
        #root
    }
}

fn mentions_named(ty: &TypeRef) -> bool {
    !ty.names().is_empty()
}

/// An expression reading a field path from `root`: a place when every field on the way
/// is required, else an `Option<&T>`.
pub(super) struct PathRead {
    pub tokens: TokenStream,
    pub optional: bool,
}

impl quote::ToTokens for PathRead {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.tokens.to_tokens(tokens);
    }
}

pub(super) fn read_path(root: TokenStream, path: &[FieldStep]) -> PathRead {
    let mut tokens = root;
    let mut optional = false;
    for field in path {
        let name = ident(&field.name);
        tokens = match (optional, field.optional, field.double_option) {
            (false, false, _) => quote!(#tokens.#name),
            (false, true, false) => quote!(#tokens.#name.as_ref()),
            (false, true, true) => quote!(#tokens.#name.as_ref().and_then(Option::as_ref)),
            (true, false, _) => quote!(#tokens.map(|value| &value.#name)),
            (true, true, false) => quote!(#tokens.and_then(|value| value.#name.as_ref())),
            (true, true, true) => quote!(#tokens.and_then(|value| value.#name.as_ref().and_then(Option::as_ref))),
        };
        optional |= field.optional;
    }
    PathRead { tokens, optional }
}
