//! `types.rs` of a generated API: one item per `TypeDef`. Each file here renders one
//! kind of them; an alias is one line, here.
//!
//! - `structs`: objects, decoded member by member through `FromObject`
//! - `enums`: string and integer enums that keep values the spec does not list
//! - `unions`: unions with a discriminating property, and unions without one

mod enums;
mod structs;
mod unions;

use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::layout::Lines;
use super::{Chunk, Share, type_tokens};
use crate::ir::{Api, TypeDef, TypeDefKind};

/// `types.rs`: each type's definition, its docs and the methods users call.
pub fn render_types(api: &Api, share: Share) -> super::Chunks<'_> {
    let items = api.types[share.start..share.end].iter().flat_map(definition);
    let head = (share.start == 0).then(|| {
        let has_enums = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_)));
        let fmt_use = has_enums.then(|| quote! { use std::fmt; });
        quote! {
            #fmt_use
        }
    });
    Box::new(head.into_iter().map(Chunk::Tokens).chain(items))
}

/// `serde_impls.rs`: how each type is encoded and decoded, written out rather than
/// derived (see `structs`), beside `types.rs` so that it reads as a data model.
pub fn render_serde_impls(api: &Api, share: Share) -> super::Chunks<'_> {
    let items = api.types[share.start..share.end].iter().filter_map(serde_impls);
    let head = (share.start == 0).then(|| {
        // Untagged unions derive `Serialize`; every other kind writes both impls here.
        let writes_serialize =
            api.types.iter().any(|t| !matches!(t.kind, TypeDefKind::Alias(_) | TypeDefKind::Union(_)));
        let serde_use = if writes_serialize { quote!({ Deserialize, Serialize }) } else { quote!(Deserialize) };
        quote! {
            use serde::#serde_use;

            use super::support;
            use super::types::*;
        }
    });
    Box::new(head.into_iter().map(Chunk::Tokens).chain(items))
}

/// A type's `Serialize` and `Deserialize` impls; none for an alias, and for an untagged
/// union only `Deserialize` (it derives `Serialize`).
fn serde_impls(def: &TypeDef) -> Option<Chunk> {
    let gate = super::layout::cfg_any(&def.features);
    let gate = gate.as_deref();
    Some(match &def.kind {
        TypeDefKind::Struct(fields) => structs::serde_impls(&def.name, fields, gate),
        TypeDefKind::Enum(open) => enums::serde_impls(&def.name, &open.catch_all, "String", gate),
        TypeDefKind::IntEnum(open) => enums::serde_impls(&def.name, &open.catch_all, "i64", gate),
        TypeDefKind::Union(variants) => {
            Chunk::Tokens(super::gated(unions::union_serde(&def.name, variants), super::cfg_any(&def.features)))
        }
        TypeDefKind::Tagged(union) => {
            Chunk::Tokens(super::gated(unions::tagged_serde(&def.name, union), super::cfg_any(&def.features)))
        }
        TypeDefKind::Alias(_) => return None,
    })
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

/// `impl Serialize for {name}` (gated) up to the body of `serialize`.
fn serialize_head(out: &mut Lines, name: &str, gate: Option<&str>) {
    out.gate(0, gate);
    out.impl_header("impl Serialize", name);
    out.line(1, "fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {");
}

/// `impl<'de> Deserialize<'de> for {name}` (gated) up to the body of `deserialize`.
fn deserialize_head(out: &mut Lines, name: &str, gate: Option<&str>) {
    out.gate(0, gate);
    out.impl_header("impl<'de> Deserialize<'de>", name);
    out.line(1, "fn deserialize<D: serde::Deserializer<'de>>(");
    out.line(2, "deserializer: D,");
    out.line(1, ") -> Result<Self, D::Error> {");
}

/// A type's definition, with the methods and conversions users call.
fn definition(def: &TypeDef) -> Vec<Chunk> {
    let gate = super::cfg_any(&def.features);
    let name = format_ident!("{}", def.name);
    let docs = || doc_attrs(def.docs.as_deref());
    // The derives a settings file asks for, after the type's own: `, Eq, Hash`.
    let extra = || {
        let extra = def.derives.iter().map(|path| {
            let segments = path.split("::").map(|segment| format_ident!("{segment}"));
            quote!(, #(#segments)::*)
        });
        quote!(#(#extra)*)
    };
    let tokens = match &def.kind {
        TypeDefKind::Struct(fields) => {
            let definition = structs::definition(def, fields);
            let gate = super::layout::cfg_any(&def.features);
            return std::iter::once(definition)
                .chain(structs::render_building(&def.name, fields, gate.as_deref()))
                .collect();
        }
        TypeDefKind::Enum(open) => {
            return vec![enums::definition(def, open)];
        }
        TypeDefKind::IntEnum(open) => {
            return vec![enums::int_definition(def, open)];
        }
        TypeDefKind::Union(variants) => unions::render_union(&docs(), &extra(), &name, variants),
        TypeDefKind::Tagged(union) => unions::render_tagged(&docs(), &extra(), &name, union),
        TypeDefKind::Alias(ty) => {
            let (docs, ty) = (docs(), type_tokens(ty, false));
            quote! { #docs pub type #name = #ty; }
        }
    };
    vec![Chunk::Tokens(super::gated(tokens, gate))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{EnumVariant, Field, IntEnumVariant, OpenEnum, Scalar, TypeRef};

    /// xorshift: the same cases on every run.
    struct Cases(u64);

    impl Cases {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }

        /// Mostly short, at times up to `at_most`.
        fn length(&mut self, at_most: usize) -> usize {
            if self.below(4) == 0 { self.below(at_most) } else { self.below(at_most.min(14)) }
        }

        fn word(&mut self, at_most: usize) -> String {
            let len = 1 + self.length(at_most);
            (0..len)
                .map(|i| if i > 0 && self.below(6) == 0 { '_' } else { (b'a' + self.below(26) as u8) as char })
                .collect()
        }

        fn ty(&mut self, depth: usize) -> TypeRef {
            let name = TypeRef::Named(format!("Model{}", "X".repeat(self.length(50))));
            match if depth > 2 { 0 } else { self.below(9) } {
                0 => name,
                1 => TypeRef::Scalar(Scalar::String),
                2 => TypeRef::Scalar(Scalar::DateTime),
                3 => TypeRef::List(Box::new(self.ty(depth + 1))),
                4 => TypeRef::Map(Box::new(self.ty(depth + 1))),
                5 => TypeRef::Nullable(Box::new(self.ty(depth + 1))),
                6 => TypeRef::Boxed(Box::new(name)),
                7 => TypeRef::Tuple((0..1 + self.below(2)).map(|_| self.ty(depth + 1)).collect()),
                _ => TypeRef::Json,
            }
        }

        fn features(&mut self) -> Vec<String> {
            (0..[0, 0, 1, 3][self.below(4)]).map(|_| self.word(30)).collect()
        }

        fn structure(&mut self) -> TypeDef {
            let mut fields: Vec<Field> = (0..self.below(9))
                .map(|_| {
                    let name = match self.below(8) {
                        0 => "type".to_owned(),
                        1 => format!("{}_", self.word(8)),
                        _ => self.word(40),
                    };
                    let wire_name = match self.below(4) {
                        0 => format!("{name}-\"é\\\n"),
                        _ => name.clone(),
                    };
                    Field {
                        name,
                        wire_name,
                        ty: self.ty(0),
                        required: self.below(2) == 0,
                        nullable: self.below(3) == 0,
                        docs: None,
                        default: None,
                        flatten: false,
                        sent: self.below(2) == 0,
                        fixed: None,
                    }
                })
                .collect();
            if self.below(4) == 0 {
                let name = ["additional_properties", "x"][self.below(2)].to_owned();
                let ty = TypeRef::Map(Box::new(TypeRef::Json));
                let (required, nullable, sent, fixed, docs, default) = (false, false, false, None, None, None);
                let wire_name = name.clone();
                fields.push(Field {
                    name,
                    wire_name,
                    ty,
                    required,
                    nullable,
                    docs,
                    default,
                    flatten: true,
                    sent,
                    fixed,
                });
            }
            let name = format!("S{}", "x".repeat(self.length(80)));
            TypeDef { name, docs: None, kind: TypeDefKind::Struct(fields), features: self.features(), derives: vec![] }
        }

        fn enumeration(&mut self) -> TypeDef {
            let mut variants = vec![EnumVariant { name: "A".into(), value: String::new() }];
            for i in 0..self.below(4) {
                variants.push(EnumVariant { name: format!("V{i}"), value: format!("{}\u{202E}`\"", self.word(60)) });
            }
            let catch_all = format!("Unknown{}", "x".repeat(self.length(30)));
            let kind = if self.below(2) == 0 {
                TypeDefKind::Enum(OpenEnum { variants, catch_all })
            } else {
                let variants = (0..self.below(4) as i64)
                    .map(|i| IntEnumVariant { name: format!("V{i}"), value: i * 7 - 10 })
                    .collect();
                TypeDefKind::IntEnum(OpenEnum { variants, catch_all })
            };
            let name = format!("E{}", "x".repeat(self.length(80)));
            TypeDef { name, docs: None, kind, features: self.features(), derives: vec![] }
        }
    }

    /// Whether the type's serde impls and definition were printed laid out; if so, as
    /// prettyplease lays out the same source.
    fn printed_as_laid_out(def: &TypeDef) -> bool {
        let chunks = serde_impls(def).into_iter().chain(definition(def));
        chunks.fold(true, |all, chunk| {
            let text = match chunk {
                Chunk::LaidOut(text) => text,
                // A union.
                Chunk::Tokens(_) => return all,
                other => {
                    crate::write::format([other]).expect("the source lexes and parses");
                    return false;
                }
            };
            let laid_out = crate::write::format([Chunk::Items(text.clone())]).expect("the source lexes and parses");
            assert_eq!(crate::write::format([Chunk::LaidOut(text)]).unwrap(), laid_out, "{def:#?}");
            all
        })
    }

    /// A struct of one member: lengths of the struct's name, the member's and its type's.
    fn one_member([name, member, ty]: [usize; 3], required: bool, nullable: bool) -> TypeDef {
        let field = Field {
            name: "m".repeat(member),
            wire_name: "w".repeat(member),
            ty: TypeRef::Named("M".repeat(ty)),
            required,
            nullable,
            docs: Some(format!("The {}.\n\n- a list", "m".repeat(member))),
            default: None,
            flatten: false,
            sent: true,
            fixed: None,
        };
        let kind = TypeDefKind::Struct(vec![field]);
        let derives = vec!["Eq".to_owned(), "schemars::JsonSchema".to_owned()];
        TypeDef { name: "S".repeat(name), docs: Some("A struct.".to_owned()), kind, features: vec![], derives }
    }

    #[test]
    fn types_laid_out_as_prettyplease_lays_out_their_source() {
        // Every length across the margins, then mixed shapes.
        let mut sweep = 0;
        for len in 1..=90 {
            for lengths in [[len, 5, 5], [5, len, 5], [5, 5, len]] {
                for (required, nullable) in [(true, false), (false, false), (false, true)] {
                    sweep += usize::from(printed_as_laid_out(&one_member(lengths, required, nullable)));
                }
            }
            let catch_all = "U".repeat(len);
            let kind = TypeDefKind::Enum(OpenEnum { variants: vec![], catch_all: catch_all.clone() });
            let def = TypeDef { name: "E".repeat(len), docs: None, kind, features: vec![], derives: vec![] };
            sweep += usize::from(printed_as_laid_out(&def));
        }
        let mut cases = Cases(0x9e37_79b9_7f4a_7c15);
        let (mut printed, mut left) = (0, 0);
        for i in 0..3000 {
            let def = if i % 4 == 0 { cases.enumeration() } else { cases.structure() };
            if printed_as_laid_out(&def) { printed += 1 } else { left += 1 }
        }
        // Both ways are taken: most items as text, those with lines that might break
        // as tokens.
        assert!(sweep > 400 && printed > 700 && left > 100, "{sweep} + {printed} printed, {left} left to tokens");
    }
}
