//! String and integer enums; each keeps a value the spec does not list in a variant
//! of its own, so a server adding a value does not break decoding.

use crate::ir::{EnumVariant, IntEnumVariant, OpenEnum, TypeDef};
use crate::render::Chunk;
use crate::render::docs::code;
use crate::render::layout::{Lines, checked_ident, checked_path, literal};

/// A string enum that keeps values the spec does not list, so a server adding a
/// value does not break decoding: its definition, `as_str`, and conversions from
/// strings and to text.
pub(super) fn definition(def: &TypeDef, open: &OpenEnum<EnumVariant>) -> Chunk {
    let variants = open.variants.iter().map(|v| {
        let doc = if v.value.is_empty() { " The empty string.".to_owned() } else { format!(" {}", code(&v.value)) };
        (v.name.as_str(), literal(&v.value), doc)
    });
    open_enum(def, &open.catch_all, "String", variants.collect())
}

/// An integer enum that keeps values the spec does not list: its definition, `value`,
/// and conversions from integers and to text.
pub(super) fn int_definition(def: &TypeDef, open: &OpenEnum<IntEnumVariant>) -> Chunk {
    let variants = open.variants.iter().map(|v| (v.name.as_str(), v.value.to_string(), format!(" `{}`", v.value)));
    open_enum(def, &open.catch_all, "i64", variants.collect())
}

/// An enum whose values are `wire` (`String` or `i64`), each variant's name, value as
/// source and doc line given, the catch-all last; with the accessor of its value on the
/// wire and conversions from it (and from `&str`) and to text.
fn open_enum(def: &TypeDef, catch_all: &str, wire: &str, variants: Vec<(&str, String, String)>) -> Chunk {
    let (name, other) = (checked_ident(&def.name), checked_ident(catch_all));
    let gate = crate::render::layout::cfg_any(&def.features);
    let gate = gate.as_deref();
    let string = wire == "String";
    let mut out = Lines::new();
    out.gate(0, gate);
    out.docs(0, def.docs.as_deref());
    let copy = if string { "" } else { "Copy, " };
    let extra: String = def.derives.iter().map(|path| format!(", {}", checked_path(path))).collect();
    out.line(0, &format!("#[derive(Debug, Clone, {copy}PartialEq, Eq, Hash{extra})]"));
    out.line(0, &format!("pub enum {name} {{"));
    for (variant, _, doc) in &variants {
        out.doc_attr(1, doc);
        out.line(1, &format!("{},", checked_ident(variant)));
    }
    out.line(1, "/// A value the spec does not list, kept as it is: as the server sent it, or");
    out.line(1, "/// as it is to be sent.");
    out.line(1, &format!("{other}({wire}),"));
    out.line(0, "}");
    out.gate(0, gate);
    out.line(0, &format!("impl {name} {{"));
    out.line(1, "/// The value as it appears on the wire.");
    out.line(1, if string { "pub fn as_str(&self) -> &str {" } else { "pub fn value(self) -> i64 {" });
    out.line(2, "match self {");
    for (variant, value, _) in &variants {
        out.line(3, &format!("Self::{} => {value},", checked_ident(variant)));
    }
    out.line(3, &format!("Self::{other}(value) => value,"));
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.gate(0, gate);
    out.impl_header(&format!("impl From<{wire}>"), name);
    out.line(1, &format!("fn from(value: {wire}) -> Self {{"));
    out.line(2, if string { "match value.as_str() {" } else { "match value {" });
    for (variant, value, _) in &variants {
        out.line(3, &format!("{value} => Self::{},", checked_ident(variant)));
    }
    out.line(3, &format!("_ => Self::{other}(value),"));
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    if string {
        out.gate(0, gate);
        out.impl_header("impl From<&str>", name);
        out.line(1, "fn from(value: &str) -> Self {");
        out.line(2, "Self::from(value.to_owned())");
        out.line(1, "}");
        out.line(0, "}");
    }
    out.gate(0, gate);
    out.impl_header("impl fmt::Display", name);
    out.line(1, "fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {");
    out.line(2, if string { "f.write_str(self.as_str())" } else { "write!(f, \"{}\", self.value())" });
    out.line(1, "}");
    out.line(0, "}");
    out.items()
}

/// The serde impls of a string enum (`read` is `String`) or an integer enum (`i64`):
/// as their value on the wire, a value the spec does not list kept in the catch-all
/// variant (unless a union is trying its variants: `support::unlisted`).
pub(super) fn serde_impls(name: &str, catch_all: &str, read: &str, gate: Option<&str>) -> Chunk {
    let (name, catch_all) = (checked_ident(name), checked_ident(catch_all));
    let write = if read == "i64" { "serialize_i64(self.value())" } else { "serialize_str(self.as_str())" };
    let mut out = Lines::new();
    super::serialize_head(&mut out, name, gate);
    out.line(2, &format!("serializer.{write}"));
    out.line(1, "}");
    out.line(0, "}");
    super::deserialize_head(&mut out, name, gate);
    out.line(2, &format!("match Self::from({read}::deserialize(deserializer)?) {{"));
    out.line_with_tail(3, &format!("Self::{catch_all}(value) => support::unlisted(value).map(Self::{catch_all}),"));
    out.line(3, "listed => Ok(listed),");
    out.line(2, "}");
    out.line(1, "}");
    out.line(0, "}");
    out.items()
}
