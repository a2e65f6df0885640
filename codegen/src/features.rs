//! An optional stage between resolve and render: a cargo feature per tag, so that a
//! user of a large API compiles only the areas they call. An operation is compiled
//! with any of its tags' features; a type with any feature of an operation that
//! needs it. Untagged operations, and the types that they, or no operation at all,
//! use, are always compiled.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::ir::{Api, TypeRef};
use crate::naming::{self, Scope};

/// A cargo feature that compiles in the operations of a tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagFeature {
    /// The tag, as the spec names it.
    pub tag: String,
    /// Its short title (3.2's `summary`).
    pub summary: Option<String>,
    /// The features of the tags nested in it (3.2's `parent`), which it turns on.
    pub includes: Vec<String>,
}

/// Gates the API's operations and types by tag; returns the features, each with the
/// tag it stands for. Only tags that name areas of the API gate (not a badge such as
/// `beta`, 3.2's `kind`); a tag nested in another (3.2's `parent`) is turned on with
/// it.
pub fn gate_by_tag(api: &mut Api) -> BTreeMap<String, TagFeature> {
    // `webhooks` and `tracing` are features of the generated code's own.
    let mut names = Scope::with_reserved(&[
        "default",
        crate::config::MOCK_FEATURE,
        crate::config::TRACING_FEATURE,
        crate::config::WEBHOOKS_FEATURE,
    ]);
    let mut features: BTreeMap<String, TagFeature> = BTreeMap::new();
    let mut feature_of: HashMap<String, String> = HashMap::new();
    let declared = |name: &str| api.tags.iter().find(|tag| tag.name == name);
    let gating = |name: &str| declared(name).is_none_or(|tag| tag.area);
    // The operations' tags, and the tags they are nested in, outermost last.
    let mut wanted: Vec<&String> = Vec::new();
    for tag in api.operations.iter().flat_map(|op| &op.tags).filter(|tag| gating(tag)) {
        let mut next = Some(tag);
        while let Some(tag) = next.filter(|tag| !wanted.contains(tag)) {
            wanted.push(tag);
            next = declared(tag).and_then(|tag| tag.parent.as_ref()).filter(|parent| gating(parent));
        }
    }
    for tag in wanted {
        // Cargo allows a feature to start with a digit, not a dash (`2FA` is `2fa`).
        let feature = names.claim(naming::snake(tag, "tag").replace('_', "-").trim_start_matches('-').to_owned());
        feature_of.insert(tag.clone(), feature.clone());
        let summary = declared(tag).and_then(|tag| tag.summary.clone());
        features.insert(feature, TagFeature { tag: tag.clone(), summary, includes: Vec::new() });
    }
    for (tag, feature) in &feature_of {
        let parent = declared(tag).and_then(|tag| tag.parent.as_ref()).and_then(|parent| feature_of.get(parent));
        if let Some(parent) = parent {
            features.get_mut(parent).expect("every wanted tag has a feature").includes.push(feature.clone());
        }
    }
    features.values_mut().for_each(|feature| feature.includes.sort());
    for op in &mut api.operations {
        let tags = op.tags.iter().filter(|tag| feature_of.contains_key(*tag));
        let mut gates: Vec<String> = tags.map(|tag| feature_of[tag].clone()).collect();
        gates.sort();
        gates.dedup();
        op.features = gates;
    }

    // What each type needs compiled with it, and which features reach it.
    let uses: HashMap<String, Vec<String>> = api.types.iter().map(|t| (t.name.clone(), t.kind.named())).collect();
    let mut always: BTreeSet<String> = BTreeSet::new();
    let mut reached: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut used_by_operations: BTreeSet<String> = BTreeSet::new();
    for op in &api.operations {
        let roots = operation_types(api, op);
        let closure = closure(&uses, roots);
        used_by_operations.extend(closure.iter().cloned());
        if op.features.is_empty() {
            always.extend(closure);
        } else {
            for name in closure {
                reached.entry(name).or_default().extend(op.features.iter().cloned());
            }
        }
    }
    let unused: Vec<String> =
        api.types.iter().filter(|t| !used_by_operations.contains(&t.name)).map(|t| t.name.clone()).collect();
    always.extend(closure(&uses, unused));
    // The webhooks module, behind a feature of its own, names its payloads whatever
    // tags are on.
    let payloads = api.webhooks.iter().flat_map(|webhooks| &webhooks.events).filter_map(|event| event.payload.as_ref());
    always.extend(closure(&uses, payloads.flat_map(TypeRef::names).map(str::to_owned).collect()));
    for def in &mut api.types {
        def.features = match reached.get(&def.name) {
            Some(gates) if !always.contains(&def.name) => gates.iter().cloned().collect(),
            _ => Vec::new(),
        };
    }
    features
}

/// The named types an operation mentions: parameters, body, responses, errors.
fn operation_types(api: &Api, op: &crate::ir::Operation) -> Vec<String> {
    let mut tys: Vec<&TypeRef> = op.params.iter().map(|p| &p.ty).collect();
    tys.extend(op.body.iter().flat_map(|b| b.types()));
    tys.extend(op.success.body.iter());
    tys.extend(op.success.variants.iter().filter_map(|v| v.body.as_ref()));
    tys.extend(op.success.headers.iter().map(|h| &h.ty));
    tys.extend(op.errors.iter().map(|e| &api.error_bodies[e.body].ty));
    tys.into_iter().flat_map(TypeRef::names).map(str::to_owned).collect()
}

fn closure(uses: &HashMap<String, Vec<String>>, roots: Vec<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut pending = roots;
    while let Some(name) = pending.pop() {
        if seen.insert(name.clone()) {
            pending.extend(uses.get(&name).into_iter().flatten().cloned());
        }
    }
    seen
}
