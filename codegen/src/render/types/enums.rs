//! String and integer enums; each keeps a value the spec does not list in a variant
//! of its own, so a server adding a value does not break decoding.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{EnumVariant, IntEnumVariant, OpenEnum};
use crate::render::Chunk;
use crate::render::docs::code;
use crate::render::layout::Lines;

/// A string enum that keeps values the spec does not list, so a server adding a
/// value does not break decoding.
pub(super) fn render_enum(
    docs: &TokenStream,
    extra: &TokenStream,
    name: &proc_macro2::Ident,
    open: &OpenEnum<EnumVariant>,
) -> TokenStream {
    let (variants, other) = (&open.variants, format_ident!("{}", open.catch_all));
    let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.name)).collect();
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    let variant_docs = values.iter().map(|value| {
        let doc = if value.is_empty() { " The empty string.".to_owned() } else { format!(" {}", code(value)) };
        quote! { #[doc = #doc] }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash #extra)]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value the spec does not list, kept as it is: as the server sent it, or
            /// as it is to be sent.
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

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from(value.to_owned())
            }
        }

        impl fmt::Display for #name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}

/// An integer enum that keeps values the spec does not list.
pub(super) fn render_int_enum(
    docs: &TokenStream,
    extra: &TokenStream,
    name: &proc_macro2::Ident,
    open: &OpenEnum<IntEnumVariant>,
) -> TokenStream {
    let (variants, other) = (&open.variants, format_ident!("{}", open.catch_all));
    let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.name)).collect();
    let values: Vec<_> = variants.iter().map(|v| proc_macro2::Literal::i64_unsuffixed(v.value)).collect();
    let variant_docs = variants.iter().map(|v| format!(" `{}`", v.value));
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash #extra)]
        pub enum #name {
            #( #[doc = #variant_docs] #idents, )*
            /// A value the spec does not list, kept as it is: as the server sent it, or
            /// as it is to be sent.
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
    }
}

/// The serde impls of a string enum (`read` is `String`) or an integer enum (`i64`):
/// as their value on the wire, a value the spec does not list kept in the catch-all
/// variant (unless a union is trying its variants: `support::unlisted`).
pub(super) fn serde_impls(name: &str, catch_all: &str, read: &str, gate: Option<&str>) -> Chunk {
    let write = if read == "i64" { "serialize_i64(self.value())" } else { "serialize_str(self.as_str())" };
    let mut out = Lines::new();
    out.gate(0, gate);
    out.impl_header("impl Serialize", name);
    out.line(1, "fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {");
    out.line(2, &format!("serializer.{write}"));
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl<'de> Deserialize<'de>", name);
    out.line(1, "fn deserialize<D: serde::Deserializer<'de>>(");
    out.line(2, "deserializer: D,");
    out.line(1, ") -> Result<Self, D::Error> {");
    out.line(2, &format!("match Self::from({read}::deserialize(deserializer)?) {{"));
    out.line_with_tail(3, &format!("Self::{catch_all}(value) => support::unlisted(value).map(Self::{catch_all}),"));
    out.line(3, "listed => Ok(listed),");
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.items()
}
