//! A settings file's changes to the resolved API, in the order that keeps every key
//! meaning what the user saw (the names the generator gave): types replaced by Rust
//! paths, members kept, derives added, then fields, variants, types and methods
//! renamed. A key that names nothing, or a new name that collides, is an error in
//! the settings file; nothing is applied halfway.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::config::{KeepUnknown, ResolveOptions, STD_DERIVES};
use crate::diagnostic::{DiagnosticKind, Diagnostics};
use crate::ir::{
    Api, BodyValue, Field, FieldStep, NextPage, OperationItems, Scalar, TypeDef, TypeDefKind, TypeRef, unalias,
};
use crate::naming::{self, Scope};

/// The name of the map that keeps undeclared members, when the struct has no member
/// of that name.
const UNKNOWN_MEMBERS: &str = "unknown_members";

/// Applies the settings' `[types]` and `[rename]` to `api`; `operation_ids` maps each
/// operation's pointer to its `operationId`. Says each problem as an error; returns
/// whether any type was replaced (its parts may be left unused).
pub(super) fn apply(
    api: &mut Api,
    options: &ResolveOptions,
    operation_ids: &HashMap<String, String>,
    diags: &mut Diagnostics,
) -> bool {
    let mut problems = Problems::default();
    let replaced = replace_types(api, &options.types.replace, &mut problems);
    keep_unknown_members(api, &options.types.keep_unknown_members, &mut problems);
    add_derives(api, &options.types.derive, &mut problems);
    rename_fields(api, &options.rename.fields, &mut problems);
    rename_variants(api, &options.rename.variants, &mut problems);
    rename_types(api, &options.rename.types, &mut problems);
    rename_operations(api, &options.rename.operations, operation_ids, &mut problems);
    let say = |diags: &mut Diagnostics| {
        for problem in problems.errors {
            diags.error(DiagnosticKind::Config, "", problem);
        }
        for warning in problems.warnings {
            diags.warn(DiagnosticKind::Config, "", warning);
        }
    };
    match &options.file {
        Some(file) => diags.in_file(file, say),
        None => say(diags),
    }
    replaced
}

/// What the settings ask that cannot be done (errors), or is done in part (warnings).
#[derive(Default)]
struct Problems {
    errors: Vec<String>,
    warnings: Vec<String>,
}

impl Problems {
    fn say(&mut self, table: &str, key: &str, why: impl std::fmt::Display) {
        self.errors.push(format!("[{table}] {key}: {why}"));
    }
}

/// The type a settings key names: by the name the generator gave, else by the key of
/// the component schema it was made from.
fn find_type(api: &Api, key: &str) -> Option<usize> {
    let name = api.components.iter().find(|c| c.key == key).map_or(key, |c| c.type_name.as_str());
    api.types.iter().position(|def| def.name == key).or_else(|| api.types.iter().position(|def| def.name == name))
}

fn replace_types(api: &mut Api, replace: &BTreeMap<String, String>, problems: &mut Problems) -> bool {
    let mut replaced = BTreeSet::new();
    for (key, path) in replace {
        let Some(i) = find_type(api, key) else {
            problems.say("types.replace", key, "names no type of the API");
            continue;
        };
        replaced.insert(api.types[i].name.clone());
        api.types[i].kind = TypeDefKind::Alias(TypeRef::External(path.clone()));
    }
    // What reads the fields of a replaced type can no longer: say so, or drop it
    // where it is an extra (an error body's message).
    let through = |ty: Option<&TypeRef>, steps: &[FieldStep]| {
        path_types(&api.types, ty, steps).into_iter().flatten().find(|name| replaced.contains(name))
    };
    for op in &api.operations {
        let body = op.success.body.as_ref();
        if let Some(pages) = &op.pagination {
            let mut paths = vec![&pages.items];
            paths.extend(&pages.has_more);
            if let NextPage::BodyCursor { field, .. } = &pages.next {
                paths.push(field);
            }
            if let Some(name) = paths.into_iter().find_map(|steps| through(body, steps)) {
                let why = format!("`{}` reads its pages through the fields of `{name}`", op.method_name);
                problems.say("types.replace", &name, why);
            }
        }
        let flag = op.success.stream.as_ref().and_then(|s| s.flag.as_ref());
        for place in flag.iter().flat_map(|flag| &flag.places) {
            let mut bodies = op.body.iter().flat_map(|b| &b.contents);
            let content = bodies.find(|c| place.variant.as_ref().is_none_or(|v| *v == c.variant));
            if let Some(BodyValue::Type(ty)) = content.map(|c| &c.value)
                && let Some(name) = ty.named().filter(|name| replaced.contains(*name))
            {
                let why = format!("`{}` sets its stream flag in a field of `{name}`", op.method_name);
                problems.say("types.replace", name, why);
            }
        }
    }
    // A field fixed to a variant of a replaced enum takes its value from the caller.
    let types = api.types.clone();
    for def in &mut api.types {
        if let TypeDefKind::Struct(fields) = &mut def.kind {
            for field in fields.iter_mut().filter(|f| f.fixed.is_some()) {
                if matches!(unalias(&types, &field.ty), TypeRef::External(_)) {
                    field.fixed = None;
                }
            }
        }
    }
    for body in &mut api.error_bodies {
        if let Some(steps) = &body.message
            && path_types(&types, Some(&body.ty), steps).iter().flatten().any(|name| replaced.contains(name))
        {
            body.message = None;
        }
    }
    !replaced.is_empty()
}

/// The types a path of fields passes through from `start`, in order: for each step,
/// the aliases that lead to its owner (a replaced type is one), then the owner.
fn path_types(types: &[TypeDef], start: Option<&TypeRef>, steps: &[FieldStep]) -> Vec<Vec<String>> {
    let mut passed = Vec::new();
    let Some(mut ty) = start else { return passed };
    for step in steps {
        let mut names = Vec::new();
        let mut owner = None;
        for _ in 0..=types.len() {
            let TypeRef::Named(name) = unwrap_options(ty) else { break };
            let Some(def) = types.iter().find(|d| d.name == *name) else { break };
            names.push(name.clone());
            match &def.kind {
                TypeDefKind::Alias(target) => ty = target,
                _ => {
                    owner = Some(def);
                    break;
                }
            }
        }
        passed.push(names);
        let Some(TypeDefKind::Struct(fields)) = owner.map(|def| &def.kind) else { break };
        let Some(field) = fields.iter().find(|f| f.name == step.name) else { break };
        ty = &field.ty;
    }
    passed
}

fn unwrap_options(mut ty: &TypeRef) -> &TypeRef {
    while let TypeRef::Nullable(inner) | TypeRef::Boxed(inner) = ty {
        ty = inner;
    }
    ty
}

fn keep_unknown_members(api: &mut Api, keep: &KeepUnknown, problems: &mut Problems) {
    // An alternative of a union without a discriminator is told apart by the members
    // it declares: one that kept every member would fit every value.
    let alternatives: BTreeSet<String> = api
        .types
        .iter()
        .filter_map(|def| match &def.kind {
            TypeDefKind::Union(variants) => Some(variants),
            _ => None,
        })
        .flatten()
        .filter_map(|v| unwrap_options(unalias(&api.types, &v.ty)).named().map(str::to_owned))
        .collect();
    let chosen: Vec<usize> = match keep {
        KeepUnknown::All(false) => return,
        KeepUnknown::All(true) => {
            let structs = (0..api.types.len()).filter(|&i| matches!(api.types[i].kind, TypeDefKind::Struct(_)));
            let (left, chosen): (Vec<usize>, Vec<usize>) =
                structs.partition(|&i| alternatives.contains(&api.types[i].name));
            if let Some(&first) = left.first() {
                problems.warnings.push(format!(
                    "[types] keep-unknown-members: {} structs that are alternatives of a union without a \
                     discriminator keep none, so that each still tells its values apart, such as `{}`",
                    left.len(),
                    api.types[first].name
                ));
            }
            chosen
        }
        KeepUnknown::Types(keys) => keys
            .iter()
            .filter_map(|key| {
                let found = find_type(api, key).filter(|&i| matches!(api.types[i].kind, TypeDefKind::Struct(_)));
                match found {
                    None => {
                        problems.say("types", "keep-unknown-members", format!("`{key}` names no struct of the API"))
                    }
                    Some(i) if alternatives.contains(&api.types[i].name) => {
                        let why = format!(
                            "`{key}` is an alternative of a union without a discriminator, told apart by the members \
                             it declares: kept members would make it fit every value"
                        );
                        problems.say("types", "keep-unknown-members", why);
                        return None;
                    }
                    Some(_) => {}
                }
                found
            })
            .collect(),
    };
    for i in chosen {
        let TypeDefKind::Struct(fields) = &mut api.types[i].kind else { continue };
        if fields.iter().any(|f| f.flatten) {
            continue;
        }
        let mut names = Scope::default();
        fields.iter().for_each(|f| _ = names.claim(f.name.clone()));
        let sent = fields.iter().any(|f| f.sent);
        fields.push(Field {
            name: names.claim(UNKNOWN_MEMBERS.to_owned()),
            wire_name: String::new(),
            ty: TypeRef::Object,
            required: false,
            nullable: false,
            docs: Some(
                "Members the spec does not declare, as they came: written back unchanged (the settings' \
                 `keep-unknown-members`)."
                    .to_owned(),
            ),
            default: None,
            flatten: true,
            sent,
            fixed: None,
        });
    }
}

/// Adds the derives asked for, to each type named and to the types it holds. A
/// standard derive a type cannot have (a number has no `Hash`, JSON values no
/// order) is an error for a type named, and left off a type that `"*"` covers.
fn add_derives(api: &mut Api, asked: &BTreeMap<String, Vec<String>>, problems: &mut Problems) {
    let mut wanted: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for (key, derives) in asked {
        let mut derives: BTreeSet<String> = derives.iter().cloned().collect();
        // `Ord` is `Eq` and `PartialOrd` too.
        if derives.contains("Ord") {
            derives.extend(["Eq".to_owned(), "PartialOrd".to_owned()]);
        }
        let roots: Vec<usize> = if key == "*" {
            (0..api.types.len()).collect()
        } else {
            match find_type(api, key) {
                Some(i) => vec![i],
                None => {
                    problems.say("types.derive", key, "names no type of the API");
                    continue;
                }
            }
        };
        let mut left_off: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for derive in &derives {
            for &root in &roots {
                if let Some(blocker) = blocker(&api.types, root, derive) {
                    if key == "*" {
                        left_off.entry(derive).or_default().push(api.types[root].name.clone());
                    } else {
                        let name = &api.types[root].name;
                        problems.say("types.derive", key, format!("`{name}` cannot derive `{derive}`: {blocker}"));
                    }
                    continue;
                }
                for i in reachable(&api.types, root) {
                    wanted.entry(i).or_default().insert(derive.clone());
                }
            }
        }
        for (derive, types) in left_off {
            let message = format!(
                "[types.derive] *: `{derive}` is left off {} types that hold a number or any JSON value, such as `{}`",
                types.len(),
                types[0]
            );
            problems.warnings.push(message);
        }
    }
    for (i, derives) in wanted {
        let def = &mut api.types[i];
        // Enums derive `Eq` and `Hash` already; aliases derive nothing.
        let own: &[&str] = match def.kind {
            TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => &["Eq", "Hash"],
            TypeDefKind::Alias(_) => continue,
            _ => &[],
        };
        let order = |d: &String| (STD_DERIVES.iter().position(|s| s == d).unwrap_or(STD_DERIVES.len()), d.clone());
        let mut derives: Vec<String> = derives.into_iter().filter(|d| !own.contains(&d.as_str())).collect();
        derives.sort_by_key(order);
        def.derives = derives;
    }
}

/// The types a type holds, however deep, itself first.
fn reachable(types: &[TypeDef], root: usize) -> Vec<usize> {
    let mut seen = vec![root];
    let mut pending = vec![root];
    while let Some(i) = pending.pop() {
        for name in types[i].kind.named() {
            if let Some(j) = types.iter().position(|d| d.name == name)
                && !seen.contains(&j)
            {
                seen.push(j);
                pending.push(j);
            }
        }
    }
    seen
}

/// Why the type at `root` (and what it holds) cannot derive the standard `derive`,
/// if it cannot: the first member in the way. Paths are not checked.
fn blocker(types: &[TypeDef], root: usize, derive: &str) -> Option<String> {
    if !STD_DERIVES.contains(&derive) {
        return None;
    }
    let ordered = matches!(derive, "PartialOrd" | "Ord");
    let total = matches!(derive, "Eq" | "Hash" | "Ord");
    for i in reachable(types, root) {
        let def = &types[i];
        if ordered && matches!(def.kind, TypeDefKind::Tagged(_)) {
            let why = "it keeps an unlisted variant's JSON value, which has no order";
            return Some(format!("`{}`: {why}", def.name));
        }
        let members: Vec<(String, &TypeRef)> = match &def.kind {
            TypeDefKind::Struct(fields) => fields.iter().map(|f| (format!("{}.{}", def.name, f.name), &f.ty)).collect(),
            TypeDefKind::Union(variants) => {
                variants.iter().map(|v| (format!("{}::{}", def.name, v.name), &v.ty)).collect()
            }
            TypeDefKind::Tagged(union) => {
                union.variants.iter().map(|v| (format!("{}::{}", def.name, v.name), &v.ty)).collect()
            }
            TypeDefKind::Alias(ty) => vec![(def.name.clone(), ty)],
            TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => Vec::new(),
        };
        for (member, ty) in members {
            let mut found = None;
            let mut probe = ty.clone();
            probe.visit_mut(&mut |inner| match inner {
                TypeRef::Scalar(Scalar::F64) if total && found.is_none() => {
                    found = Some("a floating-point number");
                }
                TypeRef::Json | TypeRef::Object if ordered && found.is_none() => found = Some("any JSON value"),
                _ => {}
            });
            if let Some(what) = found {
                return Some(format!("`{member}` holds {what}"));
            }
        }
    }
    None
}

/// The type and member a `Type.member` key names.
fn split_key(key: &str) -> Option<(&str, &str)> {
    key.rsplit_once('.')
}

fn rename_fields(api: &mut Api, renames: &BTreeMap<String, String>, problems: &mut Problems) {
    if renames.is_empty() {
        return;
    }
    // The paths of fields were made with the old names: each is walked through these.
    let before = api.types.clone();
    // (type, old field name) → new, applied to the types and then to every path of fields.
    let mut applied: Vec<(String, String, String)> = Vec::new();
    for (key, new) in renames {
        let Some((ty, member)) = split_key(key) else { continue };
        let Some(i) = find_type(api, ty) else {
            problems.say("rename.fields", key, format!("`{ty}` names no type of the API"));
            continue;
        };
        let name = api.types[i].name.clone();
        let TypeDefKind::Struct(fields) = &mut api.types[i].kind else {
            problems.say("rename.fields", key, format!("`{name}` is not a struct"));
            continue;
        };
        let Some(at) = fields.iter().position(|f| !f.flatten && (f.name == member || f.wire_name == member)) else {
            problems.say("rename.fields", key, format!("`{name}` has no field `{member}`"));
            continue;
        };
        // Decoders name a local after each field, its trailing `_` left off.
        let base = |name: &str| name.trim_end_matches('_').to_owned();
        if let Some(other) = fields.iter().enumerate().find(|(j, f)| *j != at && base(&f.name) == base(new)) {
            problems.say("rename.fields", key, format!("`{name}` has a field `{}` already", other.1.name));
            continue;
        }
        applied.push((name, fields[at].name.clone(), new.clone()));
        fields[at].name = new.clone();
    }
    if applied.is_empty() {
        return;
    }
    let renamed = |start: Option<&TypeRef>, steps: &mut Vec<FieldStep>| {
        let passed = path_types(&before, start, steps);
        for (step, names) in steps.iter_mut().zip(passed) {
            let Some(owner) = names.last() else { continue };
            if let Some((_, _, new)) = applied.iter().find(|(t, old, _)| t == owner && *old == step.name) {
                step.name = new.clone();
            }
        }
    };
    for op in &mut api.operations {
        let body = op.success.body.clone();
        if let Some(pages) = &mut op.pagination {
            renamed(body.as_ref(), &mut pages.items);
            if let Some(has_more) = &mut pages.has_more {
                renamed(body.as_ref(), has_more);
            }
            if let NextPage::BodyCursor { field, .. } = &mut pages.next {
                renamed(body.as_ref(), field);
            }
        }
        let contents: Vec<(String, Option<TypeRef>)> = op
            .body
            .iter()
            .flat_map(|b| &b.contents)
            .map(|c| {
                let ty = match &c.value {
                    BodyValue::Type(ty) => Some(ty.clone()),
                    BodyValue::Form(_) => None,
                };
                (c.variant.clone(), ty)
            })
            .collect();
        let flag = op.success.stream.as_mut().and_then(|s| s.flag.as_mut());
        for place in flag.into_iter().flat_map(|flag| &mut flag.places) {
            let content = contents.iter().find(|(variant, _)| place.variant.as_ref().is_none_or(|v| v == variant));
            let Some((_, Some(ty))) = content else { continue };
            let mut steps = vec![FieldStep {
                name: place.field.clone(),
                wire_name: String::new(),
                optional: false,
                double_option: false,
            }];
            renamed(Some(ty), &mut steps);
            place.field = steps.remove(0).name;
        }
    }
    for body in &mut api.error_bodies {
        let ty = body.ty.clone();
        if let Some(steps) = &mut body.message {
            renamed(Some(&ty), steps);
        }
    }
}

fn rename_variants(api: &mut Api, renames: &BTreeMap<String, String>, problems: &mut Problems) {
    for (key, new) in renames {
        let Some((ty, member)) = split_key(key) else { continue };
        let Some(i) = find_type(api, ty) else {
            problems.say("rename.variants", key, format!("`{ty}` names no type of the API"));
            continue;
        };
        let def = &api.types[i];
        let name = def.name.clone();
        let (names, catch_all): (Vec<&str>, Option<&str>) = match &def.kind {
            TypeDefKind::Enum(open) => (open.variants.iter().map(|v| v.name.as_str()).collect(), Some(&open.catch_all)),
            TypeDefKind::IntEnum(open) => {
                (open.variants.iter().map(|v| v.name.as_str()).collect(), Some(&open.catch_all))
            }
            TypeDefKind::Union(variants) => (variants.iter().map(|v| v.name.as_str()).collect(), None),
            TypeDefKind::Tagged(union) => {
                (union.variants.iter().map(|v| v.name.as_str()).collect(), Some(&union.catch_all))
            }
            TypeDefKind::Struct(_) | TypeDefKind::Alias(_) => {
                problems.say("rename.variants", key, format!("`{name}` has no variants"));
                continue;
            }
        };
        if names.contains(&new.as_str()) || catch_all == Some(new.as_str()) {
            problems.say("rename.variants", key, format!("`{name}` has a variant `{new}` already"));
            continue;
        }
        if !names.contains(&member) {
            problems.say("rename.variants", key, format!("`{name}` has no variant `{member}`"));
            continue;
        }
        let rename = |variant: &mut String| {
            if variant == member {
                *variant = new.clone();
            }
        };
        // The members fixed to the variant name it in their constructors.
        if matches!(api.types[i].kind, TypeDefKind::Enum(_)) {
            let types = api.types.clone();
            for other in &mut api.types {
                let TypeDefKind::Struct(fields) = &mut other.kind else { continue };
                for field in fields {
                    let holds = unwrap_options(unalias(&types, &field.ty)).named() == Some(name.as_str());
                    if let Some(variant) = field.fixed.as_mut().filter(|_| holds) {
                        rename(&mut variant.name);
                    }
                }
            }
        }
        let def = &mut api.types[i];
        match &mut def.kind {
            TypeDefKind::Enum(open) => open.variants.iter_mut().for_each(|v| rename(&mut v.name)),
            TypeDefKind::IntEnum(open) => open.variants.iter_mut().for_each(|v| rename(&mut v.name)),
            TypeDefKind::Union(variants) => variants.iter_mut().for_each(|v| rename(&mut v.name)),
            TypeDefKind::Tagged(union) => {
                union.variants.iter_mut().for_each(|v| rename(&mut v.name));
                // The lists of variant names follow the variants.
                union.untagged.iter_mut().chain(union.default.as_mut()).for_each(rename);
            }
            TypeDefKind::Struct(_) | TypeDefKind::Alias(_) => {}
        }
    }
}

fn rename_types(api: &mut Api, renames: &BTreeMap<String, String>, problems: &mut Problems) {
    let mut map: HashMap<String, String> = HashMap::new();
    for (key, new) in renames {
        let Some(i) = find_type(api, key) else {
            problems.say("rename.types", key, "names no type of the API");
            continue;
        };
        map.insert(api.types[i].name.clone(), new.clone());
    }
    let after = |name: &str| map.get(name).cloned().unwrap_or_else(|| name.to_owned());
    let mut taken: HashMap<String, &str> = HashMap::new();
    for def in &api.types {
        if let Some(other) = taken.insert(after(&def.name), &def.name) {
            let why = format!("`{other}` and `{}` would both be `{}`", def.name, after(&def.name));
            let key = if map.contains_key(other) { other } else { &def.name };
            problems.say("rename.types", key, why);
            return;
        }
    }
    if let Some((old, new)) = map.iter().find(|(_, new)| naming::is_reserved_type(new)) {
        problems.say("rename.types", old, format!("`{new}` is a name the generated code uses from elsewhere"));
        return;
    }
    // Lower-case names are modules' and crates' (`support`, `serde_json`).
    if let Some((old, new)) = map.iter().find(|(_, new)| !new.starts_with(|c: char| c.is_ascii_uppercase())) {
        problems.say("rename.types", old, format!("`{new}` does not start with a capital letter, as type names do"));
        return;
    }
    if map.is_empty() {
        return;
    }
    api.visit_type_refs_mut(&mut |ty| {
        if let TypeRef::Named(name) = ty
            && let Some(new) = map.get(name.as_str())
        {
            *name = new.clone();
        }
    });
    for def in &mut api.types {
        def.name = after(&def.name);
    }
    for component in &mut api.components {
        component.type_name = after(&component.type_name);
    }
    // An error body's variant named after its type follows it, when no other has the name.
    for i in 0..api.error_bodies.len() {
        let Some(new) = map.get(&api.error_bodies[i].name) else { continue };
        if !api.error_bodies.iter().any(|body| body.name == *new) {
            api.error_bodies[i].name = new.clone();
        }
    }
}

fn rename_operations(
    api: &mut Api,
    renames: &BTreeMap<String, String>,
    operation_ids: &HashMap<String, String>,
    problems: &mut Problems,
) {
    for (key, new) in renames {
        let found = api
            .operations
            .iter()
            .position(|op| op.method_name == *key)
            .or_else(|| api.operations.iter().position(|op| operation_ids.get(&op.at).is_some_and(|id| id == key)));
        let Some(i) = found else {
            problems.say("rename.operations", key, "is no operation's method nor `operationId`");
            continue;
        };
        let type_name = naming::camel(new, "Operation");
        let items = OperationItems::after(&type_name);
        let others: Vec<crate::ir::Operation> =
            api.operations.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, op)| op.clone()).collect();
        // `with_...` are the client's settings, credentials among them.
        let taken_method = others.iter().any(|op| op.method_name == *new)
            || naming::client_methods().contains(&new.as_str())
            || new.starts_with("with_");
        let names = super::client_names(&others);
        let taken_item = items.all().into_iter().find(|item| names.contains(item));
        if taken_method {
            problems.say("rename.operations", key, format!("the client has a method `{new}` already"));
            continue;
        }
        if let Some(item) = taken_item {
            problems.say("rename.operations", key, format!("the client module has an item `{item}` already"));
            continue;
        }
        let op = &mut api.operations[i];
        let old_form = format!("{}Form", op.type_name);
        for content in op.body.iter_mut().flat_map(|b| &mut b.contents) {
            if let BodyValue::Form(form) = &mut content.value
                && form.name == old_form
                && !names.contains(&format!("{type_name}Form"))
            {
                form.name = format!("{type_name}Form");
            }
        }
        op.method_name = new.clone();
        op.type_name = type_name;
        op.items = items;
    }
}
