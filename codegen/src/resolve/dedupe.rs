//! Types that come out the same (GitHub's `repository` and `nullable-repository`,
//! the `direction` enum of forty list operations) are defined once; the others
//! become aliases of it, so each name the spec suggests still exists.

use std::collections::HashMap;

use crate::ir::{TypeDef, TypeDefKind, TypeRef};

/// Turns every type equal to an earlier one (docs aside, and seeing through
/// aliases) into an alias of it. Repeats until nothing changes, since merging two
/// types can make the types that hold them equal.
pub fn merge_duplicates(types: &mut [TypeDef]) {
    // Variants of one union stay apart, however alike: a caller tells them apart by name.
    let mut unions_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, def) in types.iter().enumerate() {
        let variants: Vec<&TypeRef> = match &def.kind {
            TypeDefKind::Union(variants) => variants.iter().map(|v| &v.ty).collect(),
            TypeDefKind::Tagged(union) => union.variants.iter().map(|v| &v.ty).collect(),
            _ => continue,
        };
        for name in variants.into_iter().filter_map(TypeRef::named) {
            unions_of.entry(name.to_owned()).or_default().push(i);
        }
    }
    let siblings = |a: &str, b: &str| {
        let (Some(a), Some(b)) = (unions_of.get(a), unions_of.get(b)) else { return false };
        a.iter().any(|union| b.contains(union))
    };
    for _ in 0..types.len() {
        let canonical = canonical_names(types);
        // foldhash: these keys are whole definitions, and SipHash took a tenth of `resolve`.
        let mut first_of: foldhash::HashMap<TypeDefKind, String> =
            foldhash::HashMap::with_capacity_and_hasher(types.len(), Default::default());
        let mut merged = false;
        for def in types.iter_mut() {
            if matches!(def.kind, TypeDefKind::Alias(_)) {
                continue;
            }
            let key = shape(&def.kind, &canonical);
            match first_of.get(&key) {
                Some(first) if siblings(first, &def.name) => {}
                Some(first) => {
                    def.kind = TypeDefKind::Alias(TypeRef::Named(first.clone()));
                    merged = true;
                }
                None => {
                    first_of.insert(key, def.name.clone());
                }
            }
        }
        if !merged {
            break;
        }
    }
}

/// Each type's name, or for an alias the name of the type it finally stands for.
fn canonical_names(types: &[TypeDef]) -> HashMap<String, String> {
    let aliases: HashMap<&str, &str> = types
        .iter()
        .filter_map(|t| match &t.kind {
            TypeDefKind::Alias(TypeRef::Named(target)) => Some((t.name.as_str(), target.as_str())),
            _ => None,
        })
        .collect();
    types
        .iter()
        .map(|t| {
            let mut name = t.name.as_str();
            for _ in 0..aliases.len() {
                match aliases.get(name) {
                    Some(target) if *target != t.name => name = target,
                    _ => break,
                }
            }
            (t.name.clone(), name.to_owned())
        })
        .collect()
}

/// What makes two definitions the same type: everything but their docs, with the
/// types they use named canonically.
fn shape(kind: &TypeDefKind, canonical: &HashMap<String, String>) -> TypeDefKind {
    let mut kind = kind.clone();
    let rename = |ty: &mut TypeRef| rename_uses(ty, canonical);
    match &mut kind {
        TypeDefKind::Struct(fields) => {
            for field in fields.iter_mut() {
                field.docs = None;
                rename(&mut field.ty);
            }
        }
        TypeDefKind::Union(variants) => variants.iter_mut().for_each(|v| rename(&mut v.ty)),
        TypeDefKind::Tagged(union) => union.variants.iter_mut().for_each(|v| rename(&mut v.ty)),
        TypeDefKind::Alias(ty) => rename(ty),
        TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => {}
    }
    kind
}

fn rename_uses(ty: &mut TypeRef, canonical: &HashMap<String, String>) {
    match ty {
        TypeRef::Named(name) => {
            if let Some(target) = canonical.get(name.as_str()) {
                *name = target.clone();
            }
        }
        TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => {
            rename_uses(inner, canonical)
        }
        TypeRef::Tuple(items) => items.iter_mut().for_each(|item| rename_uses(item, canonical)),
        TypeRef::Scalar(_)
        | TypeRef::External(_)
        | TypeRef::Object
        | TypeRef::Json
        | TypeRef::Bytes
        | TypeRef::Text => {}
    }
}
