//! `client.rs` of a generated API: the client, then one request builder per
//! operation. Each file here renders one part of it:
//!
//! - `shell`: `Client`, its settings and base URL, the server's variables, `RawRequest`
//! - `auth`: `Credentials` and how a request is authorized
//! - `request`: an operation's method, its request struct and setters, `build_request`
//! - `params`: each parameter on the wire, in its location and style
//! - `bodies`: request bodies, their media types and multipart forms
//! - `response`: `send`, reading each status, and the types a response is read into
//! - `stream`: `send_stream` for a success read as items as they arrive
//! - `pagination`: `stream()` over every page

mod auth;
mod bodies;
mod pagination;
mod params;
mod request;
mod response;
mod shell;
mod stream;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(crate) use params::{path_parts, style};
pub(crate) use request::{ALLOW_MANY_ARGUMENTS, argument_text, is_string};

use super::support::Helpers;
use super::{Chunk, Share, cfg_any};
use crate::ir::{Api, FieldStep, TypeRef};
use crate::render::ident;

pub fn render_client<'a>(api: &'a Api, needs: &Helpers, share: Share) -> super::Chunks<'a> {
    let head = (share.start == 0).then(|| {
        let has_auth = !api.auth_schemes.is_empty() && !api.operations.is_empty();
        let imports = Chunk::Tokens(render_imports(api, has_auth));
        std::iter::once(imports).chain(shell::render_shell(api, needs))
    });
    let builders = api.operations[share.start..share.end].iter().flat_map(|op| request::render_builder(api, op));
    Box::new(head.into_iter().flatten().chain(builders))
}

/// `use` lines for what the module uses: the support code whole (the names it
/// defines are reserved, so none is shadowed), and exactly what it takes of the rest.
fn render_imports(api: &Api, has_auth: bool) -> TokenStream {
    let ops = &api.operations;
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
            || op.success.stream.as_ref().is_some_and(|stream| mentions_named(&stream.item))
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
        use super::support::*;
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
    pub text: String,
    pub optional: bool,
}

impl quote::ToTokens for PathRead {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        crate::render::layout::lexed(&self.text).to_tokens(tokens);
    }
}

pub(super) fn read_path(root: &str, path: &[FieldStep]) -> PathRead {
    let mut text = root.to_owned();
    let mut optional = false;
    for field in path {
        let name = ident(&field.name);
        text = match (optional, field.optional, field.double_option) {
            (false, false, _) => format!("{text}.{name}"),
            (false, true, false) => format!("{text}.{name}.as_ref()"),
            (false, true, true) => format!("{text}.{name}.as_ref().and_then(Option::as_ref)"),
            (true, false, _) => format!("{text}.map(|value| &value.{name})"),
            (true, true, false) => format!("{text}.and_then(|value| value.{name}.as_ref())"),
            (true, true, true) => format!("{text}.and_then(|value| value.{name}.as_ref().and_then(Option::as_ref))"),
        };
        optional |= field.optional;
    }
    PathRead { text, optional }
}
