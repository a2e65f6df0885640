//! Unions: tagged by a discriminating property, or untagged and decoded as the first
//! variant that holds the whole value.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Scalar, TaggedUnion, TypeRef, UnionVariant};
use crate::render::docs::code;
use crate::render::type_tokens;

/// A union the discriminating property decides: the whole object, tag included, is
/// decoded as the variant it names, and a tag the spec does not list is kept as JSON.
pub(super) fn render_tagged(
    docs: &TokenStream,
    extra: &TokenStream,
    name: &proc_macro2::Ident,
    union: &TaggedUnion,
) -> TokenStream {
    let other = format_ident!("{}", union.catch_all);
    let property = &union.property;
    let variants = union.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let ty = type_tokens(&v.ty, false);
        let doc = format!(" `{property}`: {}", v.tags.iter().map(|t| code(t)).collect::<Vec<_>>().join(", "));
        quote! { #[doc = #doc] #variant(#ty), }
    });
    let unknown_doc = match &union.default {
        Some(default) => format!(
            " A `{property}` the spec does not list, or none, as the server sent it, when `{default}`, the spec's \
             default, cannot hold it."
        ),
        None => format!(" A `{property}` the spec does not list, or none, as the server sent it."),
    };
    let conversions = conversions(name, union.variants.iter().filter(|v| v.converts).map(|v| (&v.name, &v.ty)));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq #extra)]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            #other(serde_json::Value),
        }

        #conversions
    }
}

/// A tagged union's serde impls: encoded with the variant's first tag (which its own
/// type may not hold), decoded as the variant the tag names.
pub(super) fn tagged_serde(name: &str, union: &TaggedUnion) -> TokenStream {
    let (name, other, property) = (format_ident!("{name}"), format_ident!("{}", union.catch_all), &union.property);
    let type_name = name.to_string();
    let arms = union.tag_groups().into_iter().map(|(variants, tags)| match variants.as_slice() {
        [variant] => {
            let variant = format_ident!("{variant}");
            quote! { Some(#(#tags)|*) => serde_json::from_value(value).map(Self::#variant), }
        }
        _ => {
            let variants = variants.iter().map(|variant| format_ident!("{variant}"));
            let candidates = quote! { #(|value| serde_json::from_value(value).map(Self::#variants),)* };
            quote! { Some(#(#tags)|*) => support::decode_union::<Self, serde_json::Error>(value, #type_name, &[#candidates]), }
        }
    });
    // A value without the tag is the variant that may lack it and holds all of it
    // (encoded, it gets its tag), else kept as it is.
    // A value whose tag is not listed (3.2's `defaultMapping`) is the default variant
    // if it holds all of it but the tag, else kept as it is; so is one without the tag
    // that no variant that may lack it holds.
    let default = union.default.as_ref().map(|default| {
        let default = format_ident!("{default}");
        quote! { |value| serde_json::from_value(value).map(Self::#default), }
    });
    let unlisted = match &default {
        Some(default) => quote! {
            support::decode_untagged::<Self, serde_json::Error>(
                value,
                #type_name,
                #property,
                &[#default |value| support::unlisted(value).map(Self::#other)],
            ).map_err(serde::de::Error::custom)
        },
        None => quote! { support::unlisted(value).map(Self::#other) },
    };
    let untagged = (!union.untagged.is_empty()).then(|| {
        let variants = union.untagged.iter().map(|variant| format_ident!("{variant}"));
        quote! {
            None => support::decode_untagged::<Self, serde_json::Error>(
                value,
                #type_name,
                #property,
                &[#(|value| serde_json::from_value(value).map(Self::#variants),)* #default |value| support::unlisted(value).map(Self::#other)],
            ),
        }
    });
    // Encoded with its first tag, which the variant's own type may not hold.
    let encodings = union.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let tag = &v.tags[0];
        quote! { Self::#variant(value) => support::serialize_tagged(serializer, #property, #tag, value), }
    });
    quote! {
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
                    #untagged
                    _ => return #unlisted,
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
pub(super) fn render_union(
    docs: &TokenStream,
    extra: &TokenStream,
    name: &proc_macro2::Ident,
    variants: &[UnionVariant],
) -> TokenStream {
    let declared = variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        let ty = type_tokens(&v.ty, false);
        quote! { #variant(#ty), }
    });
    let conversions = conversions(name, variants.iter().filter(|v| v.converts).map(|v| (&v.name, &v.ty)));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, serde::Serialize #extra)]
        #[serde(untagged)]
        pub enum #name { #(#declared)* }

        #conversions
    }
}

/// An untagged union's `Deserialize` (see [`render_union`]); it derives `Serialize`.
pub(super) fn union_serde(name: &str, variants: &[UnionVariant]) -> TokenStream {
    let candidates = variants.iter().map(|v| {
        let variant = format_ident!("{}", v.name);
        quote! { |value| serde_json::from_value(value).map(Self::#variant), }
    });
    let ident = format_ident!("{name}");
    quote! {
        impl<'de> Deserialize<'de> for #ident {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                support::decode_union(value, #name, &[#(#candidates)*])
            }
        }
    }
}

/// `From` each variant's type (unboxed), and `From<&str>` where a variant is a string,
/// so that a value is passed where the union is expected with `.into()`.
fn conversions<'v>(
    name: &proc_macro2::Ident,
    variants: impl Iterator<Item = (&'v String, &'v TypeRef)>,
) -> TokenStream {
    let mut impls = TokenStream::new();
    for (variant, ty) in variants {
        let variant = format_ident!("{variant}");
        let (source, value) = match ty {
            TypeRef::Boxed(inner) => (type_tokens(inner, false), quote!(Box::new(value))),
            _ => (type_tokens(ty, false), quote!(value)),
        };
        impls.extend(quote! {
            impl From<#source> for #name {
                fn from(value: #source) -> Self {
                    Self::#variant(#value)
                }
            }
        });
        if matches!(ty, TypeRef::Scalar(Scalar::String) | TypeRef::Text) {
            impls.extend(quote! {
                impl From<&str> for #name {
                    fn from(value: &str) -> Self {
                        Self::#variant(value.to_owned())
                    }
                }
            });
        }
    }
    impls
}
