//! Structs: fields with their docs, and the `Serialize` and `FromObject` impls that
//! write and read them member by member (see the support module's `objects`).

use std::fmt::Write as _;

use crate::ir::{Field, TypeDef};
use crate::naming;
use crate::render::Chunk;
use crate::render::docs::code;
use crate::render::layout::{Lines, checked_ident, checked_path, literal};
use crate::render::{ident, type_text};

/// A struct's definition: its docs, derives (`Default` where every member may be
/// absent, then `derives`, those a settings file asks for) and members with their docs.
pub(super) fn definition(def: &TypeDef, fields: &[Field]) -> Chunk {
    let gate = crate::render::layout::cfg_any(&def.features);
    let gate = gate.as_deref();
    let mut out = Lines::new();
    out.gate(0, gate);
    out.docs(0, def.docs.as_deref());
    let mut derives = String::from("Debug, Clone, PartialEq");
    if fields.iter().all(Field::is_optional) {
        derives.push_str(", Default");
    }
    for path in &def.derives {
        let _ = write!(derives, ", {}", checked_path(path));
    }
    out.line(0, &format!("#[derive({derives})]"));
    if fields.is_empty() {
        out.line(0, &format!("pub struct {} {{}}", checked_ident(&def.name)));
        return out.items();
    }
    out.line(0, &format!("pub struct {} {{", checked_ident(&def.name)));
    for field in fields {
        out.docs(1, field_docs(field).as_deref());
        let (name, ty) = (ident(&field.name), type_text(&field.ty, false));
        if field.is_double_option() {
            out.line(1, &format!("pub {name}: Option<Option<{ty}>>,"));
        } else if field.is_optional() && !field.flatten {
            out.line(1, &format!("pub {name}: Option<{ty}>,"));
        } else {
            out.line(1, &format!("pub {name}: {ty},"));
        }
    }
    out.line(0, "}");
    out.items()
}

/// How a value is built, after `gate`. `new` takes the members that have no `None` and
/// no single value, when they are few enough to pass in order (seven, clippy's bound);
/// members that can hold one value only are filled in. A struct with nothing to ask
/// for gets `Default` (derived where every member may be absent). A struct sent in
/// requests also gets a chained setter for each member that may be absent. Nothing
/// for a struct with none of these.
pub(super) fn render_building(name: &str, fields: &[Field], gate: Option<&str>) -> Option<Chunk> {
    const MAX_ARGUMENTS: usize = 7;
    let name = checked_ident(name);
    let asked: Vec<&Field> = fields.iter().filter(|f| !f.is_optional() && !f.flatten && f.fixed.is_none()).collect();
    let values: Vec<String> = fields
        .iter()
        .map(|field| {
            let member = ident(&field.name);
            match &field.fixed {
                _ if field.flatten => format!("{member}: Default::default()"),
                _ if field.is_optional() => format!("{member}: None"),
                Some(variant) => format!("{member}: {}::{}", type_text(&field.ty, false), checked_ident(&variant.name)),
                None => format!("{member}: {member}.into()"),
            }
        })
        .collect();
    let fills = fields.iter().any(|f| f.fixed.is_some());
    let mut out = Lines::new();
    if asked.is_empty() && fills {
        out.gate(0, gate);
        out.impl_header("impl Default", name);
        out.line(1, "fn default() -> Self {");
        out.struct_literal(2, "", "Self", &values, "");
        out.line(1, "}");
        out.line(0, "}");
    }
    let mut methods = Lines::new();
    if (1..=MAX_ARGUMENTS).contains(&asked.len()) {
        let params: Vec<String> = asked
            .iter()
            .map(|field| format!("{}: impl Into<{}>", ident(&field.name), type_text(&field.ty, false)))
            .collect();
        let names: Vec<String> = asked.iter().map(|f| code(&f.wire_name)).collect();
        let mut doc = format!(" A value with its required members ({})", names.join(", "));
        for field in fields {
            if let Some(variant) = &field.fixed {
                let _ = write!(doc, "; {} is {}", code(&field.wire_name), code(&variant.value));
            }
        }
        if fields.iter().any(|f| f.is_optional() && !f.flatten) {
            doc.push_str("; the others are `None`");
        }
        doc.push('.');
        methods.doc_attr(1, &doc);
        methods.signature(1, "pub fn new", &params, " -> Self");
        methods.struct_literal(2, "", "Self", &values, "");
        methods.line(1, "}");
    }
    let sent = fields.iter().any(|field| field.sent);
    let settable = fields.iter().filter(|f| sent && f.is_optional() && !f.flatten);
    // A member named like a method the struct has keeps no setter: it is set directly.
    let shadows =
        |name: &str| [naming::STRUCT_METHODS, naming::OPERATOR_METHODS].iter().any(|names| names.contains(&name));
    for field in settable.filter(|field| !shadows(&field.name)) {
        let (member, ty) = (ident(&field.name), type_text(&field.ty, false));
        let doc = format!(" Sets {}.", code(&field.wire_name));
        let (doc, value, stored) = match field.is_double_option() {
            true => (format!("{doc} `None` sends `null`."), format!("value: Option<{ty}>"), "value"),
            false => (doc, format!("value: impl Into<{ty}>"), "value.into()"),
        };
        methods.doc_attr(1, &doc);
        methods.signature(1, &format!("pub fn {member}"), &["mut self".to_owned(), value], " -> Self");
        methods.line(2, &format!("self.{member} = Some({stored});"));
        methods.line(2, "self");
        methods.line(1, "}");
    }
    let (methods, certain) = methods.finish();
    if !methods.is_empty() {
        out.gate(0, gate);
        out.line(0, &format!("impl {name} {{"));
        match certain {
            true => out.unbreakable(0, methods.trim_end_matches('\n')),
            false => out.unsure(0, methods.trim_end_matches('\n')),
        }
        out.line(0, "}");
    }
    let (text, certain) = out.finish();
    if text.is_empty() {
        return None;
    }
    Some(if certain { Chunk::LaidOut(text) } else { Chunk::Items(text) })
}

/// `Serialize` and `FromObject` (with the `Deserialize` that calls it), member by
/// member. Encoding is as serde's derive would encode, without its attributes: a
/// required member is always written (`null` if it is nullable and `None`), an
/// optional one only when it is `Some` (a double option's `Some(None)` as `null`).
/// serde's derive would decode the same way, but it also writes a field enum with three
/// visitors and a decoder from JSON arrays, which no spec asks for: about half the code
/// the compiler has to check for every struct.
pub(super) fn serde_impls(name: &str, fields: &[Field], gate: Option<&str>) -> Chunk {
    let name = checked_ident(name);
    let mut out = Lines::new();
    super::serialize_head(&mut out, name, gate);
    out.line(2, "let mut object = support::ObjectWriter::new(serializer.serialize_map(None));");
    for field in fields {
        let (member, wire) = (ident(&field.name), literal(&field.wire_name));
        let value = format!("&self.{member}");
        match (field.flatten, field.required) {
            (true, _) => out.method_statement(2, "object", "members", &[&value]),
            (false, true) => out.method_statement(2, "object", "member", &[&wire, &value]),
            (false, false) => out.method_statement(2, "object", "optional", &[&wire, &value]),
        }
    }
    out.line(2, "object.end()");
    out.line(1, "}");
    out.line(0, "}");

    super::deserialize_head(&mut out, name, gate);
    out.line(2, "support::decode_object(deserializer)");
    out.line(1, "}");
    out.line(0, "}");

    out.gate(0, gate);
    out.impl_header("impl support::FromObject", name);
    out.unbreakable(1, &format!("const NAME: &'static str = {};", literal(name)));
    out.line(1, "fn from_object<'de, A: serde::de::MapAccess<'de>>(");
    out.line(2, "mut object: A,");
    out.line(1, ") -> Result<Self, A::Error> {");
    let local = |field: &Field| format!("{}_field", field.name.trim_end_matches('_'));
    for field in fields {
        let (local, ty) = (local(field), type_text(&field.ty, false));
        if field.flatten {
            out.typed_let(2, &format!("let mut {local}"), &ty, "Default::default()");
        } else if field.is_double_option() {
            out.typed_let(2, &format!("let mut {local}"), &format!("Option<Option<{ty}>>"), "None");
        } else {
            out.typed_let(2, &format!("let mut {local}"), &format!("Option<{ty}>"), "None");
        }
    }
    out.line(2, "while let Some(key) = object.next_key::<support::Key<'de>>()? {");
    out.line(3, "match key.as_str() {");
    let mut others = None;
    for field in fields {
        let local = format!("&mut {}", local(field));
        match field.reader() {
            Some(read) => {
                out.arm_call(4, &literal(&field.wire_name), &format!("support::{read}"), &["&mut object", &local])
            }
            None => others = Some(local),
        }
    }
    match &others {
        Some(local) => out.arm_call(4, "_", "support::read_member", &["&mut object", local, "key"]),
        None => out.arm_call(4, "_", "support::skip_value", &["&mut object"]),
    }
    out.line(3, "}?;");
    out.line(2, "}");
    for field in fields.iter().filter(|field| field.reader().is_some() && !field.is_optional()) {
        let local = local(field);
        out.line_with_tail(2, &format!("let Some({local}) = {local} else {{"));
        out.line(3, &format!("return Err(serde::de::Error::missing_field({}))", literal(&field.wire_name)));
        out.line(2, "};");
    }
    let members: Vec<String> = fields.iter().map(|field| format!("{}: {}", ident(&field.name), local(field))).collect();
    out.struct_value(2, "Ok", "Self", &members);
    out.line(1, "}");
    out.line(0, "}");
    out.items()
}

fn field_docs(field: &Field) -> Option<String> {
    let default = field.default.as_ref().map(|value| format!("Default: `{}`.", value.to_string().replace('`', "'")));
    match (&field.docs, default) {
        (Some(docs), Some(default)) => Some(format!("{docs}\n\n{default}")),
        (docs, default) => docs.clone().or(default),
    }
}
