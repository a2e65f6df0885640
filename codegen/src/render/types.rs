//! The models module: one item per `TypeDef`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use super::{ident, type_tokens};
use crate::ir::{Api, EnumVariant, Field, IntEnumVariant, TaggedUnion, TypeDef, TypeDefKind, UnionVariant};

pub fn render_types(api: &Api) -> super::Chunks<'_> {
    let items = api.types.iter().map(|def| super::gated(render_type(def), super::cfg_any(&def.features)));
    let needs_fmt = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_)));
    let fmt_use = needs_fmt.then(|| quote! { use std::fmt; });
    let derives_serde = api.types.iter().any(|t| !matches!(t.kind, TypeDefKind::Alias(_)));
    let serde_use = derives_serde.then(|| quote! { use serde::{Deserialize, Serialize}; });
    let has_structs = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Struct(_)));
    let has_tagged = api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Tagged(_) | TypeDefKind::Union(_)));
    let map_use = has_structs.then(|| quote! { use serde::ser::SerializeMap as _; });
    let support_use = (has_structs || has_tagged).then(|| quote! { use super::support; });
    let head = quote! {
        //! The data types of the API's requests and responses.
        #fmt_use
        #serde_use
        #map_use
        #support_use
    };
    Box::new(std::iter::once(head).chain(items))
}

fn render_type(def: &TypeDef) -> TokenStream {
    let docs = doc_attrs(def.docs.as_deref());
    let name = format_ident!("{}", def.name);
    match &def.kind {
        TypeDefKind::Struct(fields) => render_struct(&docs, &name, fields),
        TypeDefKind::Enum(variants) => render_enum(&docs, &name, variants),
        TypeDefKind::IntEnum(variants) => render_int_enum(&docs, &name, variants),
        TypeDefKind::Union(variants) => render_union(&docs, &name, variants),
        TypeDefKind::Tagged(union) => render_tagged(&docs, &name, union),
        TypeDefKind::Alias(ty) => {
            let ty = type_tokens(ty, false);
            quote! { #docs pub type #name = #ty; }
        }
    }
}

fn render_struct(docs: &TokenStream, name: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let all_optional = fields.iter().all(Field::is_optional);
    let default = all_optional.then(|| quote! { Default, });
    let encode = render_to_object(name, fields);
    let decode = render_from_object(name, fields);
    let fields = fields.iter().map(|field| {
        let docs = doc_attrs(field_docs(field).as_deref());
        let name = ident(&field.name);
        let ty = type_tokens(&field.ty, false);
        if field.is_double_option() {
            quote! { #docs pub #name: Option<Option<#ty>>, }
        } else if field.is_optional() && !field.flatten {
            quote! { #docs pub #name: Option<#ty>, }
        } else {
            quote! { #docs pub #name: #ty, }
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default)]
        pub struct #name { #(#fields)* }

        #encode
        #decode
    }
}

/// Encoding, member by member, as serde's derive would, without its attributes: a
/// required member is always written (`null` if it is nullable and `None`), an
/// optional one only when it is `Some` (a double option's `Some(None)` as `null`).
fn render_to_object(name: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let writes = fields.iter().map(|field| {
        let (name, wire) = (ident(&field.name), &field.wire_name);
        if field.flatten {
            quote! {
                for (name, value) in &self.#name {
                    object.serialize_entry(name, value)?;
                }
            }
        } else if field.required {
            quote! { object.serialize_entry(#wire, &self.#name)?; }
        } else {
            quote! { support::write_option(&mut object, #wire, &self.#name)?; }
        }
    });
    quote! {
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut object = serializer.serialize_map(None)?;
                #(#writes)*
                object.end()
            }
        }
    }
}

/// Decoding, member by member. serde's derive would do the same, but it also writes a
/// field enum with three visitors and a decoder from JSON arrays, which no spec asks
/// for: about half the code the compiler has to check for every struct.
fn render_from_object(name: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let local = |field: &Field| format_ident!("{}_field", field.name.trim_start_matches("r#").trim_end_matches('_'));
    let mut locals = Vec::new();
    let mut arms = Vec::new();
    let mut checks = Vec::new();
    let mut values = Vec::new();
    let mut others = quote! { support::skip_value(&mut object) };
    for field in fields {
        let (local, name, wire) = (local(field), ident(&field.name), &field.wire_name);
        let ty = type_tokens(&field.ty, false);
        values.push(quote! { #name: #local });
        let Some(read) = super::support::member_reader(field) else {
            // The map of undeclared members takes every member no arm matches.
            locals.push(quote! { let mut #local: #ty = Default::default(); });
            others = quote! { support::read_member(&mut object, &mut #local, key) };
            continue;
        };
        let read = format_ident!("{read}");
        let local_ty = if field.is_double_option() { quote!(Option<Option<#ty>>) } else { quote!(Option<#ty>) };
        locals.push(quote! { let mut #local: #local_ty = None; });
        arms.push(quote! { #wire => support::#read(&mut object, &mut #local), });
        if !field.is_optional() {
            checks.push(quote! {
                let Some(#local) = #local else { return Err(serde::de::Error::missing_field(#wire)) };
            });
        }
    }
    let type_name = name.to_string();
    quote! {
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                support::decode_object(deserializer)
            }
        }

        impl support::FromObject for #name {
            const NAME: &'static str = #type_name;

            fn from_object<'de, A: serde::de::MapAccess<'de>>(mut object: A) -> Result<Self, A::Error> {
                #(#locals)*
                while let Some(key) = object.next_key::<support::Key<'de>>()? {
                    match key.as_str() {
                        #(#arms)*
                        _ => #others,
                    }?;
                }
                #(#checks)*
                Ok(Self { #(#values,)* })
            }
        }
    }
}

fn field_docs(field: &Field) -> Option<String> {
    let default = field.default.as_ref().map(|value| format!("Default: `{}`.", value.to_string().replace('`', "'")));
    match (&field.docs, default) {
        (Some(docs), Some(default)) => Some(format!("{docs}\n\n{default}")),
        (docs, default) => docs.clone().or(default),
    }
}

/// A string enum that keeps values the spec does not list, so a server adding a
/// value does not break decoding.
fn render_enum(docs: &TokenStream, name: &proc_macro2::Ident, variants: &[EnumVariant]) -> TokenStream {
    let other = unknown_variant(variants.iter().map(|v| v.name.as_str()));
    let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.name)).collect();
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|value| {
        let doc =
            if value.is_empty() { " The empty string.".to_owned() } else { format!(" `{}`", value.replace('`', "'")) };
        quote! { #[doc = #doc] }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value the spec does not list, as the server sent it.
            #other(String),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #values, )*
                    Self::#other(value) => value,
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #( #values => Self::#idents, )*
                    _ => Self::#other(value),
                }
            }
        }

        impl fmt::Display for #name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

/// The name of the catch-all variant: `Unknown`, unless the spec took it.
fn unknown_variant<'n>(names: impl Iterator<Item = &'n str>) -> proc_macro2::Ident {
    let taken: Vec<&str> = names.collect();
    let candidates = ["Unknown", "Other", "UnknownValue"].map(str::to_owned).into_iter();
    let numbered = (2..).map(|i| format!("Unknown{i}"));
    let free = candidates.chain(numbered).find(|candidate| !taken.contains(&candidate.as_str()));
    format_ident!("{}", free.expect("an unbounded list has a free name"))
}

/// An integer enum that keeps values the spec does not list.
fn render_int_enum(docs: &TokenStream, name: &proc_macro2::Ident, variants: &[IntEnumVariant]) -> TokenStream {
    let other = unknown_variant(variants.iter().map(|v| v.name.as_str()));
    let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.name)).collect();
    let values: Vec<_> = variants.iter().map(|v| proc_macro2::Literal::i64_unsuffixed(v.value)).collect();
    let variant_docs = variants.iter().map(|v| format!(" `{}`", v.value));
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #name {
            #( #[doc = #variant_docs] #idents, )*
            /// A value the spec does not list, as the server sent it.
            #other(i64),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn value(self) -> i64 {
                match self {
                    #( Self::#idents => #values, )*
                    Self::#other(value) => value,
                }
            }
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #( #values => Self::#idents, )*
                    _ => Self::#other(value),
                }
            }
        }

        impl fmt::Display for #name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

/// A union the discriminating property decides: the whole object, tag included, is
/// decoded as the variant it names, and a tag the spec does not list is kept as JSON.
fn render_tagged(docs: &TokenStream, name: &proc_macro2::Ident, union: &TaggedUnion) -> TokenStream {
    let other = unknown_variant(union.variants.iter().map(|v| v.name.as_str()));
    let property = &union.property;
    let variants = union.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let ty = type_tokens(&v.ty, false);
        let doc = format!(
            " `{property}`: {}",
            v.tags.iter().map(|t| format!("`{}`", t.replace('`', "'"))).collect::<Vec<_>>().join(", ")
        );
        quote! { #[doc = #doc] #variant(#ty), }
    });
    let arms = union.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let tags = &v.tags;
        quote! { Some(#(#tags)|*) => serde_json::from_value(value).map(Self::#variant), }
    });
    // Encoded with its first tag, which the variant's own type may not hold.
    let encodings = union.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let tag = &v.tags[0];
        quote! { Self::#variant(value) => support::serialize_tagged(serializer, #property, #tag, value), }
    });
    let unknown_doc = format!(" A `{property}` the spec does not list, or none, as the server sent it.");
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            #other(serde_json::Value),
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#encodings)*
                    Self::#other(value) => value.serialize(serializer),
                }
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#property).and_then(serde_json::Value::as_str).map(str::to_owned);
                let decoded = match tag.as_deref() {
                    #(#arms)*
                    _ => return Ok(Self::#other(value)),
                };
                decoded.map_err(serde::de::Error::custom)
            }
        }
    }
}

/// A union without a tag: decoded as the variant that holds the whole value (the
/// first such), else the first that decodes at all. Trying them in order and taking
/// the first that decodes is not enough: a variant that ignores members it does not
/// declare would take a value meant for a later one and drop those members.
fn render_union(docs: &TokenStream, name: &proc_macro2::Ident, variants: &[UnionVariant]) -> TokenStream {
    let declared = variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let ty = type_tokens(&v.ty, false);
        quote! { #variant(#ty), }
    });
    let candidates = variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        quote! { |value| serde_json::from_value(value).map(Self::#variant), }
    });
    let type_name = name.to_string();
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(untagged)]
        pub enum #name { #(#declared)* }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                support::decode_union(value, #type_name, &[#(#candidates)*])
            }
        }
    }
}
