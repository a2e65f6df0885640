//! Unions without a discriminator decode as the first variant that fits, so their
//! order decides: a catch-all listed first (a bare string, an open enum, any object)
//! would swallow the variants after it. Two repairs, after every type is defined:
//! object variants that each fix one property to a value of their own (a one-value
//! `enum` or `const`: Oxide's `{"type": "range", ...}`) are told apart by that
//! property, as a discriminator would; the rest are tried most specific first. And
//! each tagged union learns which variants may come without their tag.

use std::collections::HashMap;

use crate::ir::{Field, Scalar, TaggedUnion, TaggedVariant, TypeDef, TypeDefKind, TypeRef, UnionVariant};
use crate::naming::{self, Scope};

pub fn repair_unions(types: &mut [TypeDef]) {
    let kinds: HashMap<String, TypeDefKind> = types.iter().map(|t| (t.name.clone(), t.kind.clone())).collect();
    for def in types.iter_mut() {
        match &mut def.kind {
            TypeDefKind::Union(variants) => {
                if let Some(tagged) = implied_tags(variants, &kinds) {
                    def.kind = TypeDefKind::Tagged(tagged);
                    continue;
                }
                variants.sort_by_key(|v| specificity(&v.ty, &kinds));
            }
            TypeDefKind::Tagged(union) => {
                // A struct that does not require the property; a list or a scalar, which
                // has no property at all (GitHub's directory listing is a list).
                let may_lack_tag = |ty: &TypeRef| match definition(ty, &kinds) {
                    Some(TypeDefKind::Struct(fields)) => {
                        !fields.iter().any(|f| f.wire_name == union.property && f.required)
                    }
                    Some(_) => false,
                    None => !matches!(ty, TypeRef::Json),
                };
                union.untagged =
                    union.variants.iter().filter(|v| may_lack_tag(&v.ty)).map(|v| v.name.clone()).collect();
            }
            _ => {}
        }
    }
}

/// Marks the variants a union converts from (`impl From<T> for Union`): those whose
/// type, through aliases and boxes, no other variant of the union has.
pub fn mark_conversions(types: &mut [TypeDef]) {
    let aliases = crate::ir::alias_targets(types);
    let source = |ty: &TypeRef| {
        let mut ty = ty.clone();
        for _ in 0..aliases.len() + 1 {
            ty = match ty {
                TypeRef::Boxed(inner) => *inner,
                TypeRef::Named(name) if aliases.contains_key(&name) => aliases[&name].clone(),
                TypeRef::Text => TypeRef::Scalar(Scalar::String),
                _ => break,
            };
        }
        ty
    };
    let unique = |types: Vec<TypeRef>| -> Vec<bool> {
        types.iter().map(|ty| types.iter().filter(|other| *other == ty).count() == 1).collect()
    };
    for def in types.iter_mut() {
        match &mut def.kind {
            TypeDefKind::Union(variants) => {
                let marks = unique(variants.iter().map(|v| source(&v.ty)).collect());
                variants.iter_mut().zip(marks).for_each(|(v, converts)| v.converts = converts);
            }
            TypeDefKind::Tagged(union) => {
                let marks = unique(union.variants.iter().map(|v| source(&v.ty)).collect());
                union.variants.iter_mut().zip(marks).for_each(|(v, converts)| v.converts = converts);
            }
            _ => {}
        }
    }
}

/// The definition a use finally names, through aliases and boxes.
fn definition<'k>(ty: &TypeRef, kinds: &'k HashMap<String, TypeDefKind>) -> Option<&'k TypeDefKind> {
    let mut ty = ty;
    for _ in 0..kinds.len() + 1 {
        match ty {
            TypeRef::Boxed(inner) => ty = inner,
            TypeRef::Named(name) => match kinds.get(name)? {
                TypeDefKind::Alias(target) => ty = target,
                kind => return Some(kind),
            },
            _ => return None,
        }
    }
    None
}

/// The one value a required field can hold, when its type is a one-value string enum.
fn fixed_value<'k>(field: &Field, kinds: &'k HashMap<String, TypeDefKind>) -> Option<&'k str> {
    match definition(&field.ty, kinds)? {
        TypeDefKind::Enum(e) if field.required && !field.nullable && e.variants.len() == 1 => {
            Some(&e.variants[0].value)
        }
        _ => None,
    }
}

/// A property that every variant, each an object, fixes to a value of its own.
pub(super) fn implied_tags(variants: &[UnionVariant], kinds: &HashMap<String, TypeDefKind>) -> Option<TaggedUnion> {
    let fields: Vec<&Vec<Field>> = variants
        .iter()
        .map(|v| match definition(&v.ty, kinds)? {
            TypeDefKind::Struct(fields) => Some(fields),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let first = fields.first()?;
    'candidates: for candidate in first.iter().filter(|f| fixed_value(f, kinds).is_some()) {
        let mut tags: Vec<&str> = Vec::new();
        for fields in &fields {
            let field = fields.iter().find(|f| f.wire_name == candidate.wire_name);
            match field.and_then(|f| fixed_value(f, kinds)) {
                Some(tag) if !tags.contains(&tag) => tags.push(tag),
                _ => continue 'candidates,
            }
        }
        // Each variant is named after its tag: `RangeTo`, `Range`, `RangeFrom`.
        let mut names = Scope::default();
        let variants = variants
            .iter()
            .zip(tags)
            .map(|(v, tag)| TaggedVariant {
                name: names.claim(naming::camel(tag, &v.name)),
                ty: v.ty.clone(),
                tags: vec![tag.to_owned()],
                converts: false,
            })
            .collect();
        return Some(TaggedUnion::new(candidate.wire_name.clone(), variants));
    }
    None
}

/// The order to try variants in: objects that need the most members first, then
/// lists, maps, booleans, integers before floats, strings of a format, enums,
/// strings, and any value last.
fn specificity(ty: &TypeRef, kinds: &HashMap<String, TypeDefKind>) -> (u8, usize) {
    let mut ty = ty;
    while let TypeRef::Boxed(inner) | TypeRef::Nullable(inner) = ty {
        ty = inner;
    }
    match ty {
        TypeRef::Named(_) => match definition(ty, kinds) {
            Some(TypeDefKind::Struct(fields)) => (0, usize::MAX - fields.iter().filter(|f| !f.is_optional()).count()),
            Some(TypeDefKind::Tagged(_)) => (0, usize::MAX),
            Some(TypeDefKind::Union(_)) => (1, 0),
            Some(TypeDefKind::IntEnum(_)) => (4, 0),
            Some(TypeDefKind::Enum(_)) => (7, 0),
            Some(TypeDefKind::Alias(_)) | None => match kinds.get(ty.named().unwrap_or_default()) {
                Some(TypeDefKind::Alias(target)) => specificity(target, kinds),
                _ => (9, 0),
            },
        },
        TypeRef::List(_) | TypeRef::Tuple(_) => (2, 0),
        TypeRef::Map(_) | TypeRef::Object => (3, 0),
        TypeRef::Scalar(Scalar::Bool) => (4, 0),
        TypeRef::Scalar(Scalar::I32 | Scalar::I64 | Scalar::U64) => (5, 0),
        TypeRef::Scalar(Scalar::F64) => (6, 0),
        TypeRef::Scalar(Scalar::Uuid | Scalar::Date | Scalar::DateTime) => (6, 1),
        TypeRef::Scalar(Scalar::String) | TypeRef::Text => (8, 0),
        TypeRef::External(_) | TypeRef::Bytes | TypeRef::Json => (9, 0),
        TypeRef::Boxed(_) | TypeRef::Nullable(_) => unreachable!("unwrapped above"),
    }
}
