//! `types.rs` of a generated API: one item per `TypeDef`. Each file here renders one
//! kind of them; an alias is one line, here.
//!
//! - `structs`: objects, decoded member by member through `FromObject`
//! - `enums`: string and integer enums that keep values the spec does not list
//! - `unions`: unions with a discriminating property, and unions without one

mod enums;
mod structs;
mod unions;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::{Share, type_tokens};
use crate::ir::{Api, TypeDef, TypeDefKind};

/// The two parts of a type's items: its definition, with the methods and conversions
/// users call, and its `Serialize` and `Deserialize` impls, in `serde_impls.rs`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Definition,
    Serde,
}

impl Part {
    /// The one of the two that is this part. The small parts are made either way; a
    /// large one, such as a struct's decoder, only when asked for.
    fn pick(self, definition: TokenStream, serde: TokenStream) -> TokenStream {
        match self {
            Part::Definition => definition,
            Part::Serde => serde,
        }
    }
}

/// `types.rs`: each type's definition, its docs and the methods users call.
pub fn render_types(api: &Api, share: Share) -> super::Chunks<'_> {
    let items = api.types[share.start..share.end]
        .iter()
        .map(|def| super::gated(render_type(def, Part::Definition), super::cfg_any(&def.features)));
    let head = (share.start == 0).then(|| {
        let has_enums = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_)));
        let fmt_use = has_enums.then(|| quote! { use std::fmt; });
        quote! {
            #fmt_use
        }
    });
    Box::new(head.into_iter().chain(items))
}

/// `serde_impls.rs`: how each type is encoded and decoded, written out rather than
/// derived (see `structs`), beside `types.rs` so that it reads as a data model.
pub fn render_serde_impls(api: &Api, share: Share) -> super::Chunks<'_> {
    let items = api.types[share.start..share.end]
        .iter()
        .map(|def| super::gated(render_type(def, Part::Serde), super::cfg_any(&def.features)));
    let head = (share.start == 0).then(|| {
        let has_structs = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Struct(_)));
        let map_use = has_structs.then(|| quote! { use serde::ser::SerializeMap as _; });
        // Untagged unions derive `Serialize`; every other kind writes both impls here.
        let writes_serialize =
            api.types.iter().any(|t| !matches!(t.kind, TypeDefKind::Alias(_) | TypeDefKind::Union(_)));
        let serde_use = if writes_serialize { quote!({ Deserialize, Serialize }) } else { quote!(Deserialize) };
        quote! {
            use serde::#serde_use;
            #map_use

            use super::support;
            use super::types::*;
        }
    });
    Box::new(head.into_iter().chain(items))
}

/// Whether any type has impls of its own to print: all but aliases.
pub fn has_serde_impls(api: &Api) -> bool {
    api.types.iter().any(|t| !matches!(t.kind, TypeDefKind::Alias(_)))
}

/// The names of the catch-all variants (`Unknown`, or what the spec left free) that
/// hold values the spec does not list, less any name a variant of a union carries too.
pub fn catch_all_names(api: &Api) -> Vec<String> {
    let mut catch_alls = Vec::new();
    let mut listed = Vec::new();
    for def in &api.types {
        let (name, variants) = match &def.kind {
            TypeDefKind::Enum(open) => (&open.catch_all, Vec::new()),
            TypeDefKind::IntEnum(open) => (&open.catch_all, Vec::new()),
            TypeDefKind::Tagged(union) => (&union.catch_all, union.variants.iter().map(|v| v.name.as_str()).collect()),
            TypeDefKind::Union(variants) => {
                listed.extend(variants.iter().map(|v| v.name.as_str()));
                continue;
            }
            TypeDefKind::Struct(_) | TypeDefKind::Alias(_) => continue,
        };
        listed.extend(variants);
        catch_alls.push(name.clone());
    }
    catch_alls.sort();
    catch_alls.dedup();
    catch_alls.retain(|name| !listed.contains(&name.as_str()));
    catch_alls
}

fn render_type(def: &TypeDef, part: Part) -> TokenStream {
    let docs = if part == Part::Definition { doc_attrs(def.docs.as_deref()) } else { TokenStream::new() };
    // The derives a settings file asks for, after the type's own: `, Eq, Hash`.
    let extra = def.derives.iter().map(|path| {
        let segments = path.split("::").map(|segment| format_ident!("{segment}"));
        quote!(, #(#segments)::*)
    });
    let extra = quote!(#(#extra)*);
    let name = format_ident!("{}", def.name);
    match &def.kind {
        TypeDefKind::Struct(fields) => structs::render_struct(&docs, &extra, &name, fields, part),
        TypeDefKind::Enum(variants) => enums::render_enum(&docs, &extra, &name, variants, part),
        TypeDefKind::IntEnum(variants) => enums::render_int_enum(&docs, &extra, &name, variants, part),
        TypeDefKind::Union(variants) => unions::render_union(&docs, &extra, &name, variants, part),
        TypeDefKind::Tagged(union) => unions::render_tagged(&docs, &extra, &name, union, part),
        TypeDefKind::Alias(_) if part == Part::Serde => TokenStream::new(),
        TypeDefKind::Alias(ty) => {
            let ty = type_tokens(ty, false);
            quote! { #docs pub type #name = #ty; }
        }
    }
}
