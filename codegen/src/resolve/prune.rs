//! With a selection of operations, the types none of the kept operations (nor the
//! events the API sends) needs are left out: a crate that keeps 3 operations of a
//! large spec compiles what those 3 need. With a type replaced, what only it held.

use std::collections::BTreeSet;

use crate::ir::{ErrorBodyVariant, Operation, TypeDef, TypeRef, Webhooks};

pub fn unreachable_types(
    types: &mut Vec<TypeDef>,
    operations: &[Operation],
    error_bodies: &[ErrorBodyVariant],
    webhooks: Option<&Webhooks>,
    other_roots: &[String],
) {
    let mut roots: Vec<&TypeRef> = Vec::new();
    for op in operations {
        roots.extend(op.params.iter().map(|p| &p.ty));
        roots.extend(op.body.iter().flat_map(|b| b.types()));
        roots.extend(op.success.body.iter());
        roots.extend(op.success.variants.iter().filter_map(|v| v.body.as_ref()));
        roots.extend(op.success.headers.iter().map(|h| &h.ty));
        roots.extend(op.success.stream.iter().map(|stream| &stream.item));
    }
    roots.extend(error_bodies.iter().map(|body| &body.ty));
    roots.extend(webhooks.iter().flat_map(|w| &w.events).filter_map(|event| event.payload.as_ref()));
    let mut kept: BTreeSet<String> = BTreeSet::new();
    let mut pending: Vec<String> = roots.into_iter().flat_map(TypeRef::names).map(str::to_owned).collect();
    pending.extend(other_roots.iter().cloned());
    while let Some(name) = pending.pop() {
        if kept.insert(name.clone())
            && let Some(def) = types.iter().find(|def| def.name == name)
        {
            pending.extend(def.kind.named());
        }
    }
    types.retain(|def| kept.contains(&def.name));
}
