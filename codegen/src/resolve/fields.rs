//! Paths down a body's fields: where a page's list and cursor are, and an error
//! body's message.

use crate::ir::{Field, FieldStep, Scalar, TypeDef, TypeDefKind, TypeRef, unalias};
use crate::naming;

/// Marks each required member that can hold one value only (`type: {enum: [user]}`)
/// with the variant that is that value, so that constructors need not ask for it.
pub(super) fn mark_fixed(types: &mut [TypeDef]) {
    let kinds: std::collections::HashMap<String, TypeDefKind> = types
        .iter()
        .filter(|t| matches!(t.kind, TypeDefKind::Enum(_) | TypeDefKind::Alias(_)))
        .map(|t| (t.name.clone(), t.kind.clone()))
        .collect();
    let one_variant = |ty: &TypeRef| {
        let mut ty = ty;
        for _ in 0..=kinds.len() {
            let TypeRef::Named(name) = ty else { return None };
            match kinds.get(name)? {
                TypeDefKind::Alias(target) => ty = target,
                TypeDefKind::Enum(e) if e.variants.len() == 1 => return Some(e.variants[0].clone()),
                _ => return None,
            }
        }
        None
    };
    for def in types.iter_mut() {
        if let TypeDefKind::Struct(fields) = &mut def.kind {
            for field in fields.iter_mut().filter(|f| !f.is_optional() && !f.flatten) {
                field.fixed = one_variant(&field.ty);
            }
        }
    }
}

/// How deep in a body a field is looked for.
const MAX_DEPTH: usize = 2;

/// Fields that hold an error body's explanation, the likeliest first.
const MESSAGE_FIELDS: &[&str] =
    &["message", "error_description", "detail", "error_message", "msg", "error", "title", "description"];

/// The path to an error body's message: empty when the body is text itself, the
/// first string field with a message's name (two levels deep: `{"error": {"message"}}`)
/// otherwise, `None` when there is none.
pub(super) fn message_field(types: &[TypeDef], body: &TypeRef) -> Option<Vec<FieldStep>> {
    let text = TypeRef::Scalar(Scalar::String);
    match unalias(types, body) {
        TypeRef::Text => Some(Vec::new()),
        ty if *ty == text => Some(Vec::new()),
        _ => find_field(types, body, MESSAGE_FIELDS, &text),
    }
}

/// The first field, breadth first, named one of `names` with type `ty`.
pub(super) fn find_field(types: &[TypeDef], body: &TypeRef, names: &[&str], ty: &TypeRef) -> Option<Vec<FieldStep>> {
    let mut found: Vec<(usize, usize, Vec<FieldStep>)> = Vec::new();
    walk(types, body, &mut Vec::new(), &mut |path, field| {
        let rank = names.iter().position(|n| naming::snake(&field.wire_name, "") == *n);
        if let Some(rank) = rank
            && unalias(types, &field.ty) == ty
        {
            found.push((path.len(), rank, path.to_vec()));
        }
    });
    found.sort();
    found.into_iter().next().map(|(_, _, path)| path)
}

/// Calls `visit` with the path to each struct field, to `MAX_DEPTH`.
pub(super) fn walk(
    types: &[TypeDef],
    ty: &TypeRef,
    path: &mut Vec<FieldStep>,
    visit: &mut dyn FnMut(&[FieldStep], &Field),
) {
    let Some(fields) = struct_fields(types, ty) else { return };
    for field in fields.iter().filter(|f| !f.flatten) {
        path.push(step(field));
        visit(path, field);
        if path.len() < MAX_DEPTH {
            walk(types, &field.ty, path, visit);
        }
        path.pop();
    }
}

/// A dotted path of wire names (`response_metadata.next_cursor`) as field steps, with
/// the type at its end.
pub(super) fn field_path(types: &[TypeDef], body: &TypeRef, dotted: &str) -> Result<(Vec<FieldStep>, TypeRef), String> {
    let mut ty = body.clone();
    let mut path = Vec::new();
    for wire in dotted.split('.') {
        let field = struct_fields(types, &ty)
            .and_then(|fields| fields.iter().find(|f| f.wire_name == wire))
            .ok_or_else(|| format!("`{dotted}`: the body has no field `{wire}` there"))?;
        path.push(step(field));
        ty = unalias(types, &field.ty).clone();
    }
    Ok((path, ty))
}

fn step(field: &Field) -> FieldStep {
    FieldStep {
        name: field.name.clone(),
        wire_name: field.wire_name.clone(),
        optional: field.is_optional(),
        double_option: field.is_double_option(),
    }
}

pub(super) fn struct_fields<'t>(types: &'t [TypeDef], ty: &TypeRef) -> Option<&'t [Field]> {
    let TypeRef::Named(name) = unalias(types, ty) else { return None };
    match &types.iter().find(|t| &t.name == name)?.kind {
        TypeDefKind::Struct(fields) => Some(fields),
        _ => None,
    }
}
