//! Stage 2: document to IR. References are followed, every schema becomes a type
//! use ([`TypeRef`]) or a named definition ([`TypeDef`]), names are made legal and
//! unique, and problems are collected with the pointer where they are.

mod alternatives;
mod bodies;
mod composition;
mod customise;
mod cycles;
mod dedupe;
mod fields;
mod inheritance;
mod keywords;
mod markdown;
mod node;
mod operation;
mod pagination;
mod parameters;
mod prune;
mod responses;
mod schema;
mod security;
mod servers;
mod streams;
mod unions;
mod webhooks;

use crate::diagnostic::DiagnosticKind;
use std::collections::HashMap;

use openapiv3::{OpenAPI, ReferenceOr};

use crate::config::ResolveOptions;
use crate::diagnostic::{Diagnostics, pointer_unescape};
use crate::ir::{Api, ComponentSchema, ErrorBodyVariant, TypeDef, TypeRef};
use crate::load::Document;
use crate::naming::{self, Scope};

pub(crate) use alternatives::{azure_tag, azure_tag_of};
pub(crate) use keywords::{fits, integer_format};
pub(crate) use pagination::EXTENSION as PAGINATION;

/// The API a document describes: its types, operations, credentials and servers.
pub fn resolve(doc: &Document, options: &ResolveOptions, diags: &mut Diagnostics) -> Api {
    let spec = &doc.spec;
    let mut resolver = Resolver::new(spec, diags);
    resolver.formats = options.types.formats.clone();
    resolver.define_components();
    let auth_schemes = security::auth_schemes(spec, resolver.diags);
    let mut operations = operation::operations(&mut resolver, &doc.additional_operations, &auth_schemes, options);
    let auth_schemes = security::header_key(auth_schemes, &mut operations, resolver.diags);
    let auth_schemes = security::drop_unrequired(auth_schemes, &mut operations, resolver.diags);
    let mut webhooks = resolver.webhooks(doc);
    let Resolver { mut types, error_bodies, component_names, mut dependencies, .. } = resolver;
    dependencies.extend(options.dependencies.iter().map(|(name, version)| (name.clone(), version.clone())));
    dedupe::merge_duplicates(&mut types);
    for name in cycles::break_alias_cycles(&mut types) {
        let key = component_names.iter().find(|(_, n)| **n == name).map(|(key, _)| key.as_str()).unwrap_or(&name);
        diags.warn(DiagnosticKind::Unsupported,
            crate::diagnostic::pointer_push("/components/schemas", key),
            format!("`{key}` contains itself through nothing but references, lists or maps; that inner use is read as any JSON value"),
        );
    }
    for (union, variant) in cycles::drop_self_variants(&mut types) {
        let key = component_names.iter().find(|(_, n)| **n == union).map(|(key, _)| key.as_str()).unwrap_or(&union);
        diags.warn(
            DiagnosticKind::Repair,
            crate::diagnostic::pointer_push("/components/schemas", key),
            format!("variant `{variant}` of `{key}` is `{key}` again; it can hold nothing more and is left out"),
        );
    }
    unions::repair_unions(&mut types);
    if let Some(webhooks) = &mut webhooks {
        webhooks::find_tags(webhooks, &types);
    }
    mark_sent_types(&mut types, &operations);
    streams::mark_flags(&types, &mut operations, diags);
    cycles::box_recursive_fields(&mut types);
    unions::mark_conversions(&mut types);
    fields::mark_fixed(&mut types);
    let mut error_bodies = merge_error_bodies(&types, error_bodies, &mut operations);
    for body in &mut error_bodies {
        body.message = fields::message_field(&types, &body.ty);
    }
    for op in &mut operations {
        op.error_arms = responses::error_arms(&op.errors, error_bodies.len());
    }
    if options.operations.selects() {
        prune::unreachable_types(&mut types, &operations, &error_bodies, webhooks.as_ref(), &[]);
    }
    let (default_base_url, server) = servers::first_server(spec, &mut client_names(&operations), diags);
    let components = component_schemas(spec, &component_names, &types);
    let mut api = Api {
        title: markdown::inert(&spec.info.title),
        version: markdown::inert(&spec.info.version),
        description: docs(spec.info.description.as_ref()),
        default_base_url,
        server,
        types,
        operations,
        auth_schemes,
        error_bodies,
        components,
        webhooks,
        tags: tags(spec, diags),
        dependencies,
    };
    if options.customises() {
        let replaced = customise::apply(&mut api, options, &operation_ids(doc), diags);
        if replaced {
            // What only a replaced type held goes with it.
            let roots: Vec<String> = if options.operations.selects() {
                Vec::new()
            } else {
                api.components.iter().map(|c| c.type_name.clone()).collect()
            };
            prune::unreachable_types(&mut api.types, &api.operations, &api.error_bodies, api.webhooks.as_ref(), &roots);
            api.components.retain(|c| api.types.iter().any(|def| def.name == c.type_name));
        }
    }
    api
}

/// Each operation's pointer, with its `operationId` when it has one.
fn operation_ids(doc: &Document) -> HashMap<String, String> {
    let fixed = doc.spec.paths.paths.iter().filter_map(|(path, item)| Some((path, item.as_item()?)));
    let fixed = fixed.flat_map(|(path, item)| {
        item.iter().map(move |(method, op)| {
            (crate::diagnostic::pointer_push(&crate::diagnostic::pointer_push("/paths", path), method), op)
        })
    });
    let others = doc.additional_operations.iter().map(|other| (other.at.clone(), &other.operation));
    fixed.chain(others).filter_map(|(at, op)| Some((at, op.operation_id.clone()?))).collect()
}

/// The declared tags; a `parent` that names no declared tag, or leads round to the
/// tag itself, is dropped with a warning.
fn tags(spec: &OpenAPI, diags: &mut Diagnostics) -> Vec<crate::ir::Tag> {
    let text = |tag: &openapiv3::Tag, key: &str| {
        let extension = crate::load::TAG_KEYS.iter().find(|(name, _)| *name == key).map(|(_, extension)| *extension)?;
        tag.extensions.get(extension).and_then(serde_json::Value::as_str).map(str::to_owned)
    };
    let mut tags: Vec<crate::ir::Tag> = spec
        .tags
        .iter()
        .map(|tag| crate::ir::Tag {
            name: tag.name.clone(),
            summary: text(tag, "summary").map(|summary| markdown::inert(summary.trim())),
            parent: text(tag, "parent"),
            area: text(tag, "kind").is_none_or(|kind| kind == "nav"),
        })
        .collect();
    for i in 0..tags.len() {
        let Some(parent) = tags[i].parent.clone() else { continue };
        let mut at = Some(parent.clone());
        let mut steps = 0;
        let problem = loop {
            match at {
                None => break None,
                Some(name) if name == tags[i].name => break Some("leads back to the tag itself"),
                Some(name) => match tags.iter().find(|tag| tag.name == name) {
                    None => break Some("is not a declared tag"),
                    Some(tag) if steps < tags.len() => {
                        at = tag.parent.clone();
                        steps += 1;
                    }
                    Some(_) => break None,
                },
            }
        };
        if let Some(problem) = problem {
            let at = crate::diagnostic::pointer_push(&format!("/tags/{i}"), "parent");
            diags.warn(
                DiagnosticKind::Repair,
                at,
                format!("the parent `{parent}` {problem}: the tag is read as top-level"),
            );
            tags[i].parent = None;
        }
    }
    tags
}

/// Each component schema, in the document's order, with the type it became.
/// Those whose type is still there (a selection of operations leaves out what none needs).
fn component_schemas(spec: &OpenAPI, names: &HashMap<String, String>, types: &[TypeDef]) -> Vec<ComponentSchema> {
    let keys = spec.components.iter().flat_map(|c| c.schemas.keys());
    let kept = |name: &String| types.iter().any(|def| &def.name == name);
    let components = keys.map(|key| ComponentSchema { key: key.clone(), type_name: names[key].clone() });
    components.filter(|component| kept(&component.type_name)).collect()
}

/// State shared by the resolve passes: the spec, the types defined so far and the
/// names they took.
pub(crate) struct Resolver<'a> {
    spec: &'a OpenAPI,
    diags: &'a mut Diagnostics,
    types: Vec<TypeDef>,
    type_names: Scope,
    /// `components/schemas` key to the type name it was given.
    component_names: HashMap<String, String>,
    /// `components/schemas` key to the components that extend it through `allOf`.
    children: HashMap<String, Vec<String>>,
    /// The error body types operations declare, in the order met; named once types
    /// are final (`merge_error_bodies`).
    error_bodies: Vec<TypeRef>,
    /// Inline schemas resolved so far, by address; for those that defined a type,
    /// that type's docs.
    inline_types: HashMap<*const openapiv3::Schema, (schema::Resolved, Option<Option<String>>)>,
    /// Inline schemas being defined, by address, with the name each is defined as.
    in_progress: HashMap<*const openapiv3::Schema, String>,
    /// Names of `in_progress` that were handed out to a use inside their own definition.
    recursed: std::collections::HashSet<String>,
    /// How deep the inline schema being resolved is nested.
    nesting: usize,
    /// Rust types by `format`, from the settings.
    formats: std::collections::BTreeMap<String, String>,
    /// The crates the schemas' `x-rust-type`s name, with their versions.
    dependencies: std::collections::BTreeMap<String, String>,
    /// Properties declared by several merged members, being merged: the declarations'
    /// addresses, the type they become, and whether it was met inside itself.
    merging: Vec<(Vec<usize>, String, bool)>,
}

impl<'a> Resolver<'a> {
    fn new(spec: &'a OpenAPI, diags: &'a mut Diagnostics) -> Self {
        let mut type_names = Scope::default();
        let component_names = spec
            .components
            .iter()
            .flat_map(|c| c.schemas.keys())
            .map(|key| (key.clone(), type_names.claim(naming::type_name(key))))
            .collect();
        let children = spec.components.as_ref().map(|c| inheritance::children(&c.schemas)).unwrap_or_default();
        Self {
            spec,
            diags,
            types: Vec::new(),
            type_names,
            component_names,
            children,
            error_bodies: Vec::new(),
            inline_types: HashMap::new(),
            in_progress: HashMap::new(),
            recursed: Default::default(),
            nesting: 0,
            formats: Default::default(),
            dependencies: Default::default(),
            merging: Vec::new(),
        }
    }

    fn define_components(&mut self) {
        let Some(components) = &self.spec.components else {
            return;
        };
        for (key, schema) in &components.schemas {
            let name = self.component_names[key].clone();
            let at = crate::diagnostic::pointer_push("/components/schemas", key);
            self.define_component(key, &name, schema, &at);
        }
    }

    /// The index of the error body `ty`, added on first use.
    fn error_body(&mut self, ty: TypeRef) -> usize {
        if let Some(i) = self.error_bodies.iter().position(|body| *body == ty) {
            return i;
        }
        self.error_bodies.push(ty);
        self.error_bodies.len() - 1
    }
}

/// The `ErrorBody` variants: one per error body type, those that merging made the
/// same type (Spotify's hundred `{error: ErrorObject}` bodies, one per operation)
/// one, named after that type; the operations' error responses point at them.
fn merge_error_bodies(
    types: &[TypeDef],
    bodies: Vec<TypeRef>,
    operations: &mut [crate::ir::Operation],
) -> Vec<ErrorBodyVariant> {
    let mut merged: Vec<ErrorBodyVariant> = Vec::new();
    let mut names = Scope::default();
    let moved: Vec<usize> = bodies
        .into_iter()
        .map(|body| {
            let ty = crate::ir::unalias(types, &body).clone();
            merged.iter().position(|m| m.ty == ty).unwrap_or_else(|| {
                let name = names.claim(variant_name_for(&ty));
                merged.push(ErrorBodyVariant { name, ty, message: None });
                merged.len() - 1
            })
        })
        .collect();
    for error in operations.iter_mut().flat_map(|op| op.errors.iter_mut()) {
        error.body = moved[error.body];
    }
    merged
}

/// The names the client module defines, for more to be added without a clash.
fn client_names(operations: &[crate::ir::Operation]) -> Scope {
    let mut names = Scope::with_reserved(&naming::client_types());
    for op in operations {
        for name in op.items.all() {
            names.claim(name.to_owned());
        }
        let forms = op.body.iter().flat_map(|body| &body.contents).filter_map(|content| match &content.value {
            crate::ir::BodyValue::Form(form) => Some(form.name.clone()),
            crate::ir::BodyValue::Type(_) => None,
        });
        for form in forms {
            names.claim(form);
        }
    }
    names
}

/// Marks the fields of every struct a request body can contain, however deep.
fn mark_sent_types(types: &mut [TypeDef], operations: &[crate::ir::Operation]) {
    use crate::ir::TypeDefKind;
    let bodies = operations.iter().filter_map(|op| op.body.as_ref()).flat_map(|body| body.types());
    let mut pending: Vec<String> = bodies.flat_map(TypeRef::names).map(str::to_owned).collect();
    let mut sent = std::collections::HashSet::new();
    while let Some(name) = pending.pop() {
        if !sent.insert(name.clone()) {
            continue;
        }
        let Some(def) = types.iter().find(|t| t.name == name) else { continue };
        pending.extend(def.kind.named());
    }
    for def in types.iter_mut().filter(|t| sent.contains(&t.name)) {
        if let TypeDefKind::Struct(fields) = &mut def.kind {
            fields.iter_mut().for_each(|field| field.sent = true);
        }
    }
}

/// A readable variant name for a type used in an enum of alternatives.
fn variant_name_for(ty: &TypeRef) -> String {
    use crate::ir::Scalar;
    match ty {
        TypeRef::Named(name) => name.clone(),
        TypeRef::External(path) => path.rsplit("::").next().unwrap_or(path).to_owned(),
        TypeRef::Scalar(Scalar::String | Scalar::Uuid | Scalar::Date | Scalar::DateTime) => "String".into(),
        TypeRef::Scalar(Scalar::Bool) => "Boolean".into(),
        TypeRef::Scalar(Scalar::I32 | Scalar::I64 | Scalar::U64) => "Integer".into(),
        TypeRef::Scalar(Scalar::F64) => "Number".into(),
        TypeRef::List(item) => format!("{}List", variant_name_for(item)),
        TypeRef::Tuple(_) => "Tuple".into(),
        TypeRef::Map(_) | TypeRef::Object => "Object".into(),
        TypeRef::Json => "Json".into(),
        TypeRef::Bytes => "Bytes".into(),
        TypeRef::Text => "Text".into(),
        TypeRef::Boxed(inner) => variant_name_for(inner),
        TypeRef::Nullable(inner) => format!("Optional{}", variant_name_for(inner)),
    }
}

/// Looks up `#/components/<kind>/<name>` references in one component map, following
/// chains of references; `None` (with an error) when the target does not exist.
fn lookup<'s, T>(
    map: Option<&'s indexmap::IndexMap<String, ReferenceOr<T>>>,
    item: &'s ReferenceOr<T>,
    kind: &str,
    at: &str,
    diags: &mut Diagnostics,
) -> Option<&'s T> {
    match follow(map, item, kind) {
        Ok(item) => Some(item),
        Err(Some(reference)) => {
            let near = did_you_mean(reference, kind, map.into_iter().flat_map(|map| map.keys()));
            let message = format!(
                "reference `{reference}` does not resolve to a {kind} entry{}{near}",
                names_other_kind(reference, kind)
            );
            diags.error(DiagnosticKind::Reference, at, message);
            None
        }
        Err(None) => {
            diags.error(
                DiagnosticKind::Reference,
                at,
                format!("reference chain is longer than {MAX_REFERENCE_HOPS} steps (a cycle?)"),
            );
            None
        }
    }
}

/// How many references a chain may pass through (`A` -> `B` -> `C`).
const MAX_REFERENCE_HOPS: usize = 32;

/// The entry `item` stands for in one component map, through chains of references;
/// `Err` with the reference that does not resolve, or `None` for a chain too long.
pub(crate) fn follow<'s, T>(
    map: Option<&'s indexmap::IndexMap<String, ReferenceOr<T>>>,
    item: &'s ReferenceOr<T>,
    kind: &str,
) -> Result<&'s T, Option<&'s str>> {
    let mut current = item;
    for _ in 0..MAX_REFERENCE_HOPS {
        match current {
            ReferenceOr::Item(item) => return Ok(item),
            ReferenceOr::Reference { reference } => {
                let prefix = format!("#/components/{kind}/");
                let target = reference.strip_prefix(&prefix).map(pointer_unescape);
                current = target.and_then(|name| map?.get(&name)).ok_or(Some(reference.as_str()))?;
            }
        }
    }
    Err(None)
}

/// For a reference to a component that is not there, the nearest name that is
/// (`; did you mean `Pet`?` for `#/components/schemas/Pett`), else nothing: a name
/// one edit away, or a few for a long one, two letters swapped counting as one edit.
pub(crate) fn did_you_mean<'k>(reference: &str, kind: &str, keys: impl Iterator<Item = &'k String>) -> String {
    let Some(wanted) = reference.strip_prefix(&format!("#/components/{kind}/")).map(pointer_unescape) else {
        return String::new();
    };
    let allowed = (wanted.chars().count() / 4).max(1);
    let nearest = keys
        .map(|key| (strsim::osa_distance(&wanted.to_lowercase(), &key.to_lowercase()), key))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance);
    match nearest {
        Some((_, key)) => format!("; did you mean `{key}`?"),
        None => String::new(),
    }
}

/// For a reference to another kind of component than `expected`, what it names
/// instead (`; it names a `responses` entry`), else nothing.
fn names_other_kind(reference: &str, expected: &str) -> String {
    let mut tokens = reference.strip_prefix("#/components/").into_iter().flat_map(|rest| rest.split('/'));
    match (tokens.next(), tokens.next(), tokens.next()) {
        (Some(kind), Some(_), None) if kind != expected => format!("; it names a `{kind}` entry"),
        _ => String::new(),
    }
}

/// A description worth emitting as docs: trimmed, and absent when empty.
/// Made inert for rustdoc: see [`markdown::inert`].
fn docs(text: Option<&String>) -> Option<String> {
    text.map(|t| t.trim()).filter(|t| !t.is_empty()).map(markdown::inert)
}
