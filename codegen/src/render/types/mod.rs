//! `types.rs` of a generated API: one item per `TypeDef`. Each file here renders one
//! kind of them; an alias is one line, here.
//!
//! - `structs`: objects, decoded member by member through `FromObject`
//! - `enums`: string and integer enums that keep values the spec does not list
//! - `unions`: unions with a discriminating property, and unions without one

mod enums;
mod structs;
mod unions;

pub use unions::shares_tags;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::type_tokens;
use crate::ir::{Api, TypeDef, TypeDefKind};

pub fn render_types(api: &Api) -> super::Chunks<'_> {
    let items = api.types.iter().map(|def| super::gated(render_type(def), super::cfg_any(&def.features)));
    let has_enums = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_)));
    let fmt_use = has_enums.then(|| quote! { use std::fmt; });
    let derives_serde = api.types.iter().any(|t| !matches!(t.kind, TypeDefKind::Alias(_)));
    let serde_use = derives_serde.then(|| quote! { use serde::{Deserialize, Serialize}; });
    let has_structs = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Struct(_)));
    let has_tagged = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Tagged(_) | TypeDefKind::Union(_)));
    let map_use = has_structs.then(|| quote! { use serde::ser::SerializeMap as _; });
    let support_use = (has_structs || has_tagged || has_enums).then(|| quote! { use super::support; });
    let head = quote! {
        //! The data types of the API's requests and responses.
        #fmt_use
        #serde_use
        #map_use
        #support_use
    };
    Box::new(std::iter::once(head).chain(items))
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

fn render_type(def: &TypeDef) -> TokenStream {
    let docs = doc_attrs(def.docs.as_deref());
    let name = format_ident!("{}", def.name);
    match &def.kind {
        TypeDefKind::Struct(fields) => structs::render_struct(&docs, &name, fields),
        TypeDefKind::Enum(variants) => enums::render_enum(&docs, &name, variants),
        TypeDefKind::IntEnum(variants) => enums::render_int_enum(&docs, &name, variants),
        TypeDefKind::Union(variants) => unions::render_union(&docs, &name, variants),
        TypeDefKind::Tagged(union) => unions::render_tagged(&docs, &name, union),
        TypeDefKind::Alias(ty) => {
            let ty = type_tokens(ty, false);
            quote! { #docs pub type #name = #ty; }
        }
    }
}
