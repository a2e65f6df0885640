//! What a new version of a spec changes in the Rust API generated from it: two IRs
//! compared item by item (operations by method and path, types by name, fields by
//! wire name, variants by value), each change classed as breaking for code that
//! uses the generated crate or compatible with it, and the semver bump they imply.
//!
//! The classes follow what the generated code is: enums and tagged unions keep
//! unlisted values, so a new value is compatible (code that matches every variant
//! meets the new one where it met the catch-all); structs are built with `new(...)`
//! from their required members, so a new required member breaks its callers, and a
//! new optional one is compatible (a struct literal without `..` would not compile,
//! as with any struct that gains a public field).

use std::collections::BTreeMap;
use std::fmt;

use serde_json::json;

use crate::ir::{Api, Field, Operation, ParamLocation, TypeDefKind, TypeRef};

/// The changes between two versions of an API, breaking ones first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diff {
    pub changes: Vec<Change>,
}

/// One change a user of the generated crate would meet.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Whether code that compiled against the old version may not compile, or may
    /// behave differently, against the new one.
    pub breaking: bool,
    /// The Rust item it is in: `Client::list_agents`, `types::Agent::status`.
    pub item: String,
    /// What changed, in words.
    pub what: String,
}

/// The semver step a set of changes asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    None,
    Minor,
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

impl Diff {
    /// A major step when anything breaks, a minor one when anything is added.
    pub fn bump(&self) -> Bump {
        match () {
            _ if self.changes.iter().any(|c| c.breaking) => Bump::Major,
            _ if !self.changes.is_empty() => Bump::Minor,
            _ => Bump::None,
        }
    }

    pub fn has_breaking(&self) -> bool {
        self.bump() == Bump::Major
    }

    /// One line: `2 breaking and 3 compatible changes (a major version)`.
    pub fn summary(&self) -> String {
        let breaking = self.changes.iter().filter(|c| c.breaking).count();
        let compatible = self.changes.len() - breaking;
        match self.bump() {
            Bump::None => "no change to the generated Rust API".to_owned(),
            bump => format!("{breaking} breaking and {compatible} compatible changes (a {} version)", bump.as_str()),
        }
    }

    /// The report as JSON, for tools: `{bump, breaking: [{item, what}], compatible: [...]}`.
    pub fn to_json(&self) -> serde_json::Value {
        let list = |breaking: bool| -> Vec<serde_json::Value> {
            let changes = self.changes.iter().filter(|c| c.breaking == breaking);
            changes.map(|c| json!({ "item": c.item, "what": c.what })).collect()
        };
        json!({ "bump": self.bump().as_str(), "breaking": list(true), "compatible": list(false) })
    }
}

impl fmt::Display for Diff {
    /// The report: the summary, then each change, `-` breaking and `+` compatible.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.summary())?;
        for change in &self.changes {
            let mark = if change.breaking { "breaking  " } else { "compatible" };
            writeln!(f, "  {mark} {}: {}", change.item, change.what)?;
        }
        Ok(())
    }
}

/// The changes from `old` to `new`.
pub fn compare(old: &Api, new: &Api) -> Diff {
    let mut changes = Changes::default();
    operations(old, new, &mut changes);
    types(old, new, &mut changes);
    auth(old, new, &mut changes);
    let mut changes = changes.0;
    changes.sort_by(|a, b| b.breaking.cmp(&a.breaking).then_with(|| a.item.cmp(&b.item)).then(a.what.cmp(&b.what)));
    changes.dedup();
    Diff { changes }
}

#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn breaking(&mut self, item: impl Into<String>, what: impl Into<String>) {
        self.0.push(Change { breaking: true, item: item.into(), what: what.into() });
    }

    fn compatible(&mut self, item: impl Into<String>, what: impl Into<String>) {
        self.0.push(Change { breaking: false, item: item.into(), what: what.into() });
    }
}

/// A type use as Rust spells it: two uses are one type when they read the same.
fn rust(ty: &TypeRef) -> String {
    crate::render::type_tokens(ty, false).to_string().replace(' ', "")
}

fn operations(old: &Api, new: &Api, changes: &mut Changes) {
    let key = |op: &Operation| format!("{} {}", op.http_method, op.path_text());
    let olds: BTreeMap<String, &Operation> = old.operations.iter().map(|op| (key(op), op)).collect();
    let news: BTreeMap<String, &Operation> = new.operations.iter().map(|op| (key(op), op)).collect();
    for (at, op) in &olds {
        let item = format!("Client::{}", op.method_name);
        let Some(now) = news.get(at) else {
            changes.breaking(item, format!("removed (the operation `{at}` is gone)"));
            continue;
        };
        if now.method_name != op.method_name {
            changes.breaking(&item, format!("renamed `{}` (the operation `{at}`)", now.method_name));
        }
        operation(op, now, &item, changes);
    }
    for (at, op) in &news {
        if !olds.contains_key(at) {
            changes.compatible(format!("Client::{}", op.method_name), format!("added (the operation `{at}`)"));
        }
    }
}

fn operation(old: &Operation, new: &Operation, item: &str, changes: &mut Changes) {
    let where_ = |location: ParamLocation| match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    };
    for param in &old.params {
        let name = format!("{} parameter `{}`", where_(param.location), param.wire_name);
        match new.params.iter().find(|p| p.location == param.location && p.wire_name == param.wire_name) {
            None => changes.breaking(item, format!("the {name} is gone")),
            Some(now) => {
                if rust(&now.ty) != rust(&param.ty) {
                    let what = format!("the {name} is a `{}`, not a `{}`", rust(&now.ty), rust(&param.ty));
                    changes.breaking(item, what);
                }
                match (param.required || param.fixed.is_some(), now.required || now.fixed.is_some()) {
                    (false, true) => changes.breaking(item, format!("the {name} is required")),
                    (true, false) => changes.breaking(item, format!("the {name} is optional: a setter, no argument")),
                    _ => {}
                }
            }
        }
    }
    for param in &new.params {
        if !old.params.iter().any(|p| p.location == param.location && p.wire_name == param.wire_name) {
            let name = format!("{} parameter `{}`", where_(param.location), param.wire_name);
            if param.required && param.fixed.is_none() {
                changes.breaking(item, format!("a required {name}, a new argument"));
            } else {
                changes.compatible(item, format!("an optional {name}"));
            }
        }
    }
    let body_types =
        |op: &Operation| -> Vec<String> { op.body.iter().flat_map(|b| b.types()).map(rust).collect::<Vec<_>>() };
    match (&old.body, &new.body) {
        (None, Some(body)) if body.required => changes.breaking(item, "a required request body"),
        (None, Some(_)) => changes.compatible(item, "an optional request body"),
        (Some(_), None) => changes.breaking(item, "the request body is gone"),
        (Some(was), Some(now)) => {
            if body_types(old) != body_types(new) {
                let what = format!(
                    "the request body is `{}`, not `{}`",
                    body_types(new).join("`, `"),
                    body_types(old).join("`, `")
                );
                changes.breaking(item, what);
            }
            if now.required && !was.required {
                changes.breaking(item, "the request body is required");
            }
        }
        (None, None) => {}
    }
    let success = |op: &Operation| -> Vec<String> {
        let mut bodies: Vec<String> = op.success.body.iter().map(rust).collect();
        bodies.extend(
            op.success
                .variants
                .iter()
                .map(|v| format!("{}: {}", v.status, v.body.as_ref().map(rust).unwrap_or_default())),
        );
        bodies
    };
    if success(old) != success(new) {
        let what = format!("the success body is `{}`, not `{}`", success(new).join("`, `"), success(old).join("`, `"));
        changes.breaking(item, what);
    }
    match (&old.pagination, &new.pagination) {
        (Some(_), None) => changes.breaking(item, "no longer paginated: `stream()` is gone"),
        (None, Some(_)) => changes.compatible(item, "paginated: `stream()` follows the pages"),
        _ => {}
    }
    match (&old.success.stream, &new.success.stream) {
        (Some(stream), None) => changes.breaking(item, format!("no longer streamed: `{}` is gone", stream.method)),
        (None, Some(stream)) => changes.compatible(item, format!("streamed: `{}` reads the items", stream.method)),
        _ => {}
    }
}

fn types(old: &Api, new: &Api, changes: &mut Changes) {
    for def in &old.types {
        let item = format!("types::{}", def.name);
        let Some(now) = new.types.iter().find(|t| t.name == def.name) else {
            changes.breaking(item, "removed");
            continue;
        };
        match (&def.kind, &now.kind) {
            (TypeDefKind::Struct(was), TypeDefKind::Struct(fields)) => struct_fields(&item, was, fields, changes),
            (TypeDefKind::Enum(was), TypeDefKind::Enum(open)) => {
                let values = |variants: &[crate::ir::EnumVariant]| -> Vec<String> {
                    variants.iter().map(|v| v.value.clone()).collect()
                };
                values_changed(&item, &values(&was.variants), &values(&open.variants), changes);
                for variant in &was.variants {
                    let now = open.variants.iter().find(|v| v.value == variant.value);
                    if let Some(now) = now.filter(|now| now.name != variant.name) {
                        let (value, new, old) = (&variant.value, &now.name, &variant.name);
                        changes.breaking(&item, format!("the value `{value}` is the variant `{new}`, not `{old}`"));
                    }
                }
            }
            (TypeDefKind::IntEnum(was), TypeDefKind::IntEnum(open)) => {
                let values = |variants: &[crate::ir::IntEnumVariant]| -> Vec<String> {
                    variants.iter().map(|v| v.value.to_string()).collect()
                };
                values_changed(&item, &values(&was.variants), &values(&open.variants), changes);
            }
            (TypeDefKind::Tagged(was), TypeDefKind::Tagged(union)) => {
                let variants = |u: &crate::ir::TaggedUnion| -> Vec<String> {
                    u.variants.iter().map(|v| format!("{}({})", v.name, rust(&v.ty))).collect()
                };
                values_changed(&item, &variants(was), &variants(union), changes);
            }
            (TypeDefKind::Union(was), TypeDefKind::Union(variants)) => {
                let list = |vs: &[crate::ir::UnionVariant]| -> Vec<String> {
                    vs.iter().map(|v| format!("{}({})", v.name, rust(&v.ty))).collect()
                };
                // An untagged union has no catch-all: a new variant can change which decodes.
                let (was, now) = (list(was), list(variants));
                for gone in was.iter().filter(|v| !now.contains(v)) {
                    changes.breaking(&item, format!("the variant `{gone}` is gone"));
                }
                for added in now.iter().filter(|v| !was.contains(v)) {
                    changes.breaking(&item, format!("a variant `{added}`"));
                }
            }
            (TypeDefKind::Alias(was), TypeDefKind::Alias(ty)) if rust(was) != rust(ty) => {
                changes.breaking(item, format!("is `{}`, not `{}`", rust(ty), rust(was)));
            }
            (TypeDefKind::Alias(_), TypeDefKind::Alias(_)) => {}
            (was, now) => changes.breaking(item, format!("is {}, not {}", kind(now), kind(was))),
        }
    }
    for def in &new.types {
        if !old.types.iter().any(|t| t.name == def.name) {
            changes.compatible(format!("types::{}", def.name), format!("added ({})", kind(&def.kind)));
        }
    }
}

fn kind(kind: &TypeDefKind) -> &'static str {
    match kind {
        TypeDefKind::Struct(_) => "a struct",
        TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => "an enum",
        TypeDefKind::Union(_) | TypeDefKind::Tagged(_) => "a union",
        TypeDefKind::Alias(_) => "an alias",
    }
}

/// An open enum's values: a new one is compatible (the catch-all held it before), a
/// value gone breaks code that names its variant.
fn values_changed(item: &str, was: &[String], now: &[String], changes: &mut Changes) {
    for gone in was.iter().filter(|v| !now.contains(v)) {
        changes.breaking(item, format!("the value `{gone}` is gone"));
    }
    for added in now.iter().filter(|v| !was.contains(v)) {
        changes.compatible(item, format!("a value `{added}`"));
    }
}

fn struct_fields(item: &str, was: &[Field], now: &[Field], changes: &mut Changes) {
    let declared = |fields: &[Field]| -> Vec<Field> { fields.iter().filter(|f| !f.flatten).cloned().collect() };
    let (was, now) = (declared(was), declared(now));
    for field in &was {
        let member = format!("{item}::{}", field.name);
        let Some(new) = now.iter().find(|f| f.wire_name == field.wire_name) else {
            changes.breaking(member, format!("the member `{}` is gone", field.wire_name));
            continue;
        };
        if new.name != field.name {
            changes.breaking(&member, format!("renamed `{}`", new.name));
        }
        if rust(&new.ty) != rust(&field.ty) {
            changes.breaking(&member, format!("is a `{}`, not a `{}`", rust(&new.ty), rust(&field.ty)));
        }
        match (field.is_optional(), new.is_optional()) {
            (false, true) => changes.breaking(&member, "is an `Option` (the member may be absent or null)"),
            (true, false) => changes.breaking(&member, "is no longer an `Option` (the member is required)"),
            _ => {}
        }
    }
    for field in now.iter().filter(|f| !was.iter().any(|w| w.wire_name == f.wire_name)) {
        let member = format!("{item}::{}", field.name);
        match (field.is_optional(), &field.fixed) {
            (false, None) => {
                changes.breaking(member, format!("a required member `{}`: `new` takes it", field.wire_name))
            }
            (false, Some(_)) => {
                changes.compatible(member, format!("a member `{}` of one value, filled in", field.wire_name))
            }
            (true, _) => changes.compatible(member, format!("an optional member `{}`", field.wire_name)),
        }
    }
}

fn auth(old: &Api, new: &Api, changes: &mut Changes) {
    for scheme in &old.auth_schemes {
        if !new.auth_schemes.iter().any(|s| s.name == scheme.name) {
            changes.breaking("Client", format!("the security scheme `{}` is gone", scheme.name));
        }
    }
    for scheme in &new.auth_schemes {
        if !old.auth_schemes.iter().any(|s| s.name == scheme.name) {
            changes.compatible("Client", format!("a security scheme `{}`", scheme.name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(old: &str, new: &str) -> Diff {
        compare(&crate::pipeline::api_of(old).0, &crate::pipeline::api_of(new).0)
    }

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    fn spec(paths: &str, schemas: &str) -> String {
        format!("{HEAD}paths:\n{paths}components:\n  schemas:\n{schemas}")
    }

    const PATHS: &str = "  /agents/{id}:\n    get:\n      operationId: getAgent\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Agent'}}}}}\n    put:\n      operationId: putAgent\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Change'}}}}\n      responses: {'204': {description: done}}\n";

    const SCHEMAS: &str = "    Agent: {type: object, required: [id], properties: {id: {type: string}, status: {$ref: '#/components/schemas/Status'}}}\n    Status: {type: string, enum: [idle, busy]}\n    Change: {type: object, properties: {name: {type: string}}}\n";

    #[test]
    fn the_same_spec_changes_nothing() {
        let diff = diff(&spec(PATHS, SCHEMAS), &spec(PATHS, SCHEMAS));
        assert_eq!(diff.changes, []);
        assert_eq!(diff.bump(), Bump::None);
    }

    #[test]
    fn each_kind_of_change_is_classed() {
        let cases: [(&str, String, String, bool, &str); 10] = [
            (
                "a new enum value",
                SCHEMAS.into(),
                SCHEMAS.replace("[idle, busy]", "[idle, busy, away]"),
                false,
                "a value `away`",
            ),
            (
                "an enum value gone",
                SCHEMAS.into(),
                SCHEMAS.replace("[idle, busy]", "[idle]"),
                true,
                "the value `busy` is gone",
            ),
            (
                "an optional response member",
                SCHEMAS.into(),
                SCHEMAS.replace("status: {", "team: {type: string}, status: {"),
                false,
                "an optional member `team`",
            ),
            (
                "a required member",
                SCHEMAS.into(),
                SCHEMAS.replace(
                    "required: [id], properties: {",
                    "required: [id, team], properties: {team: {type: string}, ",
                ),
                true,
                "a required member `team`: `new` takes it",
            ),
            (
                "a required request member",
                SCHEMAS.into(),
                SCHEMAS.replace(
                    "Change: {type: object, properties:",
                    "Change: {type: object, required: [size], properties: {size: {type: integer}}, x-p:",
                ),
                true,
                "a required member `size`: `new` takes it",
            ),
            (
                "a variant renamed",
                SCHEMAS.into(),
                SCHEMAS.replace("[idle, busy]", "[idle, Busy, busy]"),
                true,
                "the value `busy` is the variant `Busy2`, not `Busy`",
            ),
            (
                "a member's type",
                SCHEMAS.into(),
                SCHEMAS.replace("id: {type: string}", "id: {type: integer}"),
                true,
                "is a `i64`, not a `String`",
            ),
            (
                "a member made optional",
                SCHEMAS.into(),
                SCHEMAS.replace("required: [id]", "required: []"),
                true,
                "is an `Option`",
            ),
            (
                "a type gone",
                SCHEMAS.into(),
                SCHEMAS
                    .replace("    Status: {type: string, enum: [idle, busy]}\n", "")
                    .replace("status: {$ref: '#/components/schemas/Status'}", "status: {type: string}"),
                true,
                "removed",
            ),
            (
                "a type added",
                SCHEMAS.into(),
                format!("{SCHEMAS}    Team: {{type: object, properties: {{size: {{type: integer}}}}}}\n"),
                false,
                "added (a struct)",
            ),
        ];
        for (case, old, new, breaking, what) in cases {
            let diff = diff(&spec(PATHS, &old), &spec(PATHS, &new));
            let found = diff.changes.iter().find(|c| c.what.contains(what));
            let change = found.unwrap_or_else(|| panic!("{case}: {diff}"));
            assert_eq!(change.breaking, breaking, "{case}: {diff}");
            assert_eq!(diff.has_breaking(), breaking, "{case}: {diff}");
        }
    }

    #[test]
    fn operations_added_removed_and_changed() {
        let extra = format!(
            "{PATHS}  /teams:\n    get:\n      operationId: listTeams\n      responses: {{'204': {{description: none}}}}\n"
        );
        let added = diff(&spec(PATHS, SCHEMAS), &spec(&extra, SCHEMAS));
        assert_eq!(added.bump(), Bump::Minor, "{added}");
        assert_eq!(added.changes[0].item, "Client::list_teams");
        let removed = diff(&spec(&extra, SCHEMAS), &spec(PATHS, SCHEMAS));
        assert!(removed.changes[0].breaking && removed.changes[0].what.contains("`GET /teams` is gone"), "{removed}");
        let param =
            PATHS.replacen("parameters: [", "parameters: [{name: verbose, in: query, schema: {type: boolean}}, ", 1);
        let optional = diff(&spec(PATHS, SCHEMAS), &spec(&param, SCHEMAS));
        assert_eq!(optional.to_json()["compatible"][0]["what"], "an optional query parameter `verbose`");
        let required = param.replace("{name: verbose, in: query,", "{name: verbose, in: query, required: true,");
        let required = diff(&spec(PATHS, SCHEMAS), &spec(&required, SCHEMAS));
        assert_eq!(required.to_json()["bump"], "major");
        assert!(required.to_string().contains("a required query parameter `verbose`, a new argument"), "{required}");
    }
}
