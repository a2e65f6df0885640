//! String and integer enums; each keeps a value the spec does not list in a variant
//! of its own, so a server adding a value does not break decoding.

use crate::ir::{EnumVariant, IntEnumVariant, OpenEnum, TypeDef};
use crate::render::Chunk;
use crate::render::docs::code;
use crate::render::layout::{Lines, checked_ident, checked_path, literal};

/// A string enum that keeps values the spec does not list, so a server adding a
/// value does not break decoding: its definition, `as_str`, and conversions from
/// strings and to text.
pub(super) fn definition(def: &TypeDef, open: &OpenEnum<EnumVariant>, gate: Option<&str>) -> Chunk {
    let (name, other) = (checked_ident(&def.name), checked_ident(&open.catch_all));
    let values: Vec<String> = open.variants.iter().map(|v| literal(&v.value)).collect();
    let mut out = Lines::new();
    let docs: Vec<String> = open
        .variants
        .iter()
        .map(|v| if v.value.is_empty() { " The empty string.".to_owned() } else { format!(" {}", code(&v.value)) })
        .collect();
    let variants: Vec<&str> = open.variants.iter().map(|v| v.name.as_str()).collect();
    declaration(&mut out, def, gate, "", &docs, &variants, &format!("{other}(String)"));
    out.gate(0, gate);
    out.line(0, &format!("impl {name} {{"));
    out.line(1, "/// The value as it appears on the wire.");
    out.line(1, "pub fn as_str(&self) -> &str {");
    out.line(2, "match self {");
    for (variant, value) in open.variants.iter().zip(&values) {
        out.line(3, &format!("Self::{} => {value},", checked_ident(&variant.name)));
    }
    out.line(3, &format!("Self::{other}(value) => value,"));
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl From<String>", name);
    out.line(1, "fn from(value: String) -> Self {");
    out.line(2, "match value.as_str() {");
    for (variant, value) in open.variants.iter().zip(&values) {
        out.line(3, &format!("{value} => Self::{},", checked_ident(&variant.name)));
    }
    out.line(3, &format!("_ => Self::{other}(value),"));
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl From<&str>", name);
    out.line(1, "fn from(value: &str) -> Self {");
    out.line(2, "Self::from(value.to_owned())");
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl fmt::Display", name);
    out.line(1, "fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {");
    out.line(2, "f.write_str(self.as_str())");
    out.line(1, "}");
    out.line(0, "}");
    out.items()
}

/// An integer enum that keeps values the spec does not list: its definition, `value`,
/// and conversions from integers and to text.
pub(super) fn int_definition(def: &TypeDef, open: &OpenEnum<IntEnumVariant>, gate: Option<&str>) -> Chunk {
    let (name, other) = (checked_ident(&def.name), checked_ident(&open.catch_all));
    let mut out = Lines::new();
    let docs: Vec<String> = open.variants.iter().map(|v| format!(" `{}`", v.value)).collect();
    let variants: Vec<&str> = open.variants.iter().map(|v| v.name.as_str()).collect();
    declaration(&mut out, def, gate, "Copy, ", &docs, &variants, &format!("{other}(i64)"));
    out.gate(0, gate);
    out.line(0, &format!("impl {name} {{"));
    out.line(1, "/// The value as it appears on the wire.");
    out.line(1, "pub fn value(self) -> i64 {");
    out.line(2, "match self {");
    for variant in &open.variants {
        out.line(3, &format!("Self::{} => {},", checked_ident(&variant.name), variant.value));
    }
    out.line(3, &format!("Self::{other}(value) => value,"));
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl From<i64>", name);
    out.line(1, "fn from(value: i64) -> Self {");
    out.line(2, "match value {");
    for variant in &open.variants {
        out.line(3, &format!("{} => Self::{},", variant.value, checked_ident(&variant.name)));
    }
    out.line(3, &format!("_ => Self::{other}(value),"));
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header("impl fmt::Display", name);
    out.line(1, "fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {");
    out.line(2, "write!(f, \"{}\", self.value())");
    out.line(1, "}");
    out.line(0, "}");
    out.items()
}

/// An enum's docs, derives (`copy` after `Clone, `, then a settings file's) and
/// variants, each with its doc line, the catch-all last.
fn declaration(
    out: &mut Lines,
    def: &TypeDef,
    gate: Option<&str>,
    copy: &str,
    docs: &[String],
    variants: &[&str],
    catch_all: &str,
) {
    out.gate(0, gate);
    out.docs(0, def.docs.as_deref());
    let extra: String = def.derives.iter().map(|path| format!(", {}", checked_path(path))).collect();
    out.line(0, &format!("#[derive(Debug, Clone, {copy}PartialEq, Eq, Hash{extra})]"));
    out.line(0, &format!("pub enum {} {{", checked_ident(&def.name)));
    for (doc, variant) in docs.iter().zip(variants) {
        out.doc_attr(1, doc);
        out.line(1, &format!("{},", checked_ident(variant)));
    }
    out.line(1, "/// A value the spec does not list, kept as it is: as the server sent it, or");
    out.line(1, "/// as it is to be sent.");
    out.line(1, &format!("{catch_all},"));
    out.line(0, "}");
}

/// The serde impls of a string enum (`read` is `String`) or an integer enum (`i64`):
/// as their value on the wire, a value the spec does not list kept in the catch-all
/// variant (unless a union is trying its variants: `support::unlisted`).
pub(super) fn serde_impls(name: &str, catch_all: &str, read: &str, gate: Option<&str>) -> Chunk {
    let (name, catch_all) = (checked_ident(name), checked_ident(catch_all));
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
