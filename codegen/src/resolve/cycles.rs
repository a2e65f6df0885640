//! Recursive types: a struct that contains itself by value, directly or through
//! other types, has infinite size. Such fields are boxed, as are the struct
//! variants of unions.

use std::collections::{HashMap, HashSet};

use crate::ir::{TypeDef, TypeDefKind, TypeRef};

/// Aliases that expand to themselves (`S = S`, `T = U = T`, `L = Vec<L>`) are no
/// Rust type: the use that closes the loop becomes any JSON value. Returns the
/// aliases changed, for a warning each.
pub fn break_alias_cycles(types: &mut [TypeDef]) -> Vec<String> {
    let mut aliases = crate::ir::alias_targets(types);
    let mut changed = Vec::new();
    let mut names: Vec<String> = aliases.keys().cloned().collect();
    names.sort();
    for name in names {
        let mut target = aliases[&name].clone();
        if cut_loops(&mut target, &name, &aliases) {
            aliases.insert(name.clone(), target);
            changed.push(name);
        }
    }
    for def in types.iter_mut() {
        if changed.contains(&def.name) {
            def.kind = TypeDefKind::Alias(aliases[&def.name].clone());
        }
    }
    changed
}

/// Replaces, in `ty`, each alias use whose expansion leads back to `owner`.
fn cut_loops(ty: &mut TypeRef, owner: &str, aliases: &HashMap<String, TypeRef>) -> bool {
    match ty {
        TypeRef::Named(name) if alias_reaches(name, owner, aliases, &mut HashSet::new()) => {
            *ty = TypeRef::Json;
            true
        }
        TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => {
            cut_loops(inner, owner, aliases)
        }
        // Every position is looked at, not only up to the first that loops.
        TypeRef::Tuple(items) => items.iter_mut().fold(false, |cut, item| cut_loops(item, owner, aliases) | cut),
        _ => false,
    }
}

/// Whether expanding alias `name` (through aliases, lists and maps only) comes to `owner`.
fn alias_reaches(name: &str, owner: &str, aliases: &HashMap<String, TypeRef>, seen: &mut HashSet<String>) -> bool {
    // A loop, not recursion: alias chains are as long as the spec makes them.
    let mut current = name;
    loop {
        if current == owner {
            return true;
        }
        if !seen.insert(current.to_owned()) {
            return false;
        }
        match aliases.get(current).and_then(TypeRef::named) {
            Some(next) => current = next,
            None => return false,
        }
    }
}

/// A union variant that leads back to its union through nothing but unions and
/// aliases adds no value it could hold, and would make decoding recurse forever:
/// it is dropped. Returns (union, variant) names, for a warning each.
pub fn drop_self_variants(types: &mut [TypeDef]) -> Vec<(String, String)> {
    let through: HashMap<String, Vec<String>> = types
        .iter()
        .map(|t| {
            let next: Vec<&str> = match &t.kind {
                TypeDefKind::Union(variants) => variants.iter().filter_map(|v| named_through(&v.ty)).collect(),
                TypeDefKind::Tagged(union) => union.variants.iter().filter_map(|v| named_through(&v.ty)).collect(),
                TypeDefKind::Alias(ty) => named_through(ty).into_iter().collect(),
                _ => Vec::new(),
            };
            (t.name.clone(), next.into_iter().map(str::to_owned).collect())
        })
        .collect();
    let mut dropped = Vec::new();
    for def in types.iter_mut() {
        let owner = def.name.clone();
        let loops = |ty: &TypeRef| named_through(ty).is_some_and(|name| reaches(&through, name, &owner));
        match &mut def.kind {
            TypeDefKind::Union(variants) => variants.retain(|v| {
                let keep = !loops(&v.ty);
                if !keep {
                    dropped.push((owner.clone(), v.name.clone()));
                }
                keep
            }),
            TypeDefKind::Tagged(union) => {
                union.variants.retain(|v| {
                    let keep = !loops(&v.ty);
                    if !keep {
                        dropped.push((owner.clone(), v.name.clone()));
                    }
                    keep
                });
                // A name a dropped variant took is free again.
                union.catch_all = crate::naming::catch_all(union.variants.iter().map(|v| v.name.as_str()));
            }
            _ => {}
        }
    }
    dropped
}

/// The type a variant or alias names, seen through boxes only.
fn named_through(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(name) => Some(name),
        TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => named_through(inner),
        _ => None,
    }
}

pub fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: HashMap<String, Vec<String>> = types.iter().map(|t| (t.name.clone(), by_value_uses(&t.kind))).collect();
    // Structs, and aliases of structs (as merged duplicates are).
    let kinds: HashMap<&str, &TypeDefKind> = types.iter().map(|t| (t.name.as_str(), &t.kind)).collect();
    let is_struct = |name: &str| {
        let mut name = name;
        for _ in 0..kinds.len() {
            match kinds.get(name) {
                Some(TypeDefKind::Struct(_)) => return true,
                Some(TypeDefKind::Alias(TypeRef::Named(target))) => name = target,
                _ => return false,
            }
        }
        false
    };
    let structs: HashSet<TypeRef> =
        types.iter().filter(|t| is_struct(&t.name)).map(|t| TypeRef::Named(t.name.clone())).collect();
    for def in types.iter_mut() {
        let owner = def.name.clone();
        let needs_box = |ty: &TypeRef| by_value_name(ty).is_some_and(|target| reaches(&edges, target, &owner));
        match &mut def.kind {
            TypeDefKind::Struct(fields) => {
                for field in fields.iter_mut() {
                    box_by_value(&mut field.ty, &|name| reaches(&edges, name, &owner));
                }
            }
            // Struct variants are boxed too: one large struct would size every value of the union.
            TypeDefKind::Union(variants) => {
                for variant in variants.iter_mut().filter(|v| needs_box(&v.ty) || structs.contains(&v.ty)) {
                    variant.ty = TypeRef::Boxed(Box::new(variant.ty.clone()));
                }
            }
            TypeDefKind::Tagged(union) => {
                for variant in union.variants.iter_mut().filter(|v| needs_box(&v.ty) || structs.contains(&v.ty)) {
                    variant.ty = TypeRef::Boxed(Box::new(variant.ty.clone()));
                }
            }
            TypeDefKind::Alias(_) | TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => {}
        }
    }
}

/// The named type a union variant stores inline (not behind a `Vec`, map or box).
fn by_value_name(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(name) => Some(name),
        _ => None,
    }
}

/// Boxes each use stored inline in `ty` (itself, an `Option`'s value, a tuple's
/// positions) whose type leads back to the owner.
fn box_by_value(ty: &mut TypeRef, leads_back: &dyn Fn(&str) -> bool) {
    match ty {
        TypeRef::Named(name) if leads_back(name) => *ty = TypeRef::Boxed(Box::new(ty.clone())),
        TypeRef::Nullable(inner) => box_by_value(inner, leads_back),
        TypeRef::Tuple(items) => items.iter_mut().for_each(|item| box_by_value(item, leads_back)),
        _ => {}
    }
}

/// The named types a definition stores inline: in `Option`s and tuple positions too.
fn by_value_uses(kind: &TypeDefKind) -> Vec<String> {
    fn inline<'t>(ty: &'t TypeRef, into: &mut Vec<&'t str>) {
        match ty {
            TypeRef::Named(name) => into.push(name),
            TypeRef::Nullable(inner) => inline(inner, into),
            TypeRef::Tuple(items) => items.iter().for_each(|item| inline(item, into)),
            _ => {}
        }
    }
    let mut names = Vec::new();
    kind.uses().into_iter().for_each(|ty| inline(ty, &mut names));
    names.into_iter().map(str::to_owned).collect()
}

fn reaches(edges: &HashMap<String, Vec<String>>, from: &str, to: &str) -> bool {
    let mut seen = HashSet::new();
    let mut stack = vec![from];
    while let Some(name) = stack.pop() {
        if name == to {
            return true;
        }
        if seen.insert(name) {
            stack.extend(edges.get(name).into_iter().flatten().map(String::as_str));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Field;

    fn field(name: &str, ty: TypeRef) -> Field {
        Field {
            name: name.into(),
            wire_name: name.into(),
            ty,
            required: false,
            nullable: false,
            docs: None,
            default: None,
            flatten: false,
            sent: false,
            fixed: None,
        }
    }

    #[test]
    fn self_and_mutual_recursion_are_boxed_but_lists_are_not() {
        let named = |n: &str| TypeRef::Named(n.into());
        let mut types = vec![
            TypeDef {
                name: "Node".into(),
                docs: None,
                kind: TypeDefKind::Struct(vec![
                    field("parent", named("Node")),
                    field("children", TypeRef::List(Box::new(named("Node")))),
                ]),
                features: Vec::new(),
                derives: Vec::new(),
            },
            TypeDef {
                name: "A".into(),
                docs: None,
                kind: TypeDefKind::Struct(vec![field("b", named("B"))]),
                features: Vec::new(),
                derives: Vec::new(),
            },
            TypeDef {
                name: "B".into(),
                docs: None,
                kind: TypeDefKind::Struct(vec![field("a", named("A"))]),
                features: Vec::new(),
                derives: Vec::new(),
            },
            TypeDef {
                name: "C".into(),
                docs: None,
                kind: TypeDefKind::Struct(vec![field("a", named("A"))]),
                features: Vec::new(),
                derives: Vec::new(),
            },
        ];
        box_recursive_fields(&mut types);
        let TypeDefKind::Struct(node) = &types[0].kind else { unreachable!() };
        assert_eq!(node[0].ty, TypeRef::Boxed(Box::new(named("Node"))));
        assert_eq!(node[1].ty, TypeRef::List(Box::new(named("Node"))));
        let TypeDefKind::Struct(a) = &types[1].kind else { unreachable!() };
        assert!(matches!(a[0].ty, TypeRef::Boxed(_)));
        let TypeDefKind::Struct(c) = &types[3].kind else { unreachable!() };
        assert_eq!(c[0].ty, named("A"), "C is not on the cycle");
    }
}
