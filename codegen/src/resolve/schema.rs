//! Schemas to type uses and named type definitions.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::Resolver;
use super::keywords::{defines_nothing, docs_with_deprecation, field_docs, fits, integer_format, string_format};
use crate::diagnostic::{pointer_push, pointer_unescape};
use crate::ir::{EnumVariant, Field, IntEnumVariant, OpenEnum, Scalar, TypeDef, TypeDefKind, TypeRef};
use crate::naming::{self, Scope};
use crate::spec::{UnionOf, union_of};

pub(crate) use super::node::Node;

/// A type use, and whether `null` is one of its values.
#[derive(Clone)]
pub(crate) struct Resolved {
    pub ty: TypeRef,
    pub nullable: bool,
}

impl ObjectParts<'_> {
    pub(super) fn is_empty(&self) -> bool {
        self.properties.is_empty() && self.required.is_empty() && self.additional.is_none()
    }
}

impl From<TypeRef> for Resolved {
    fn from(ty: TypeRef) -> Self {
        Resolved { ty, nullable: false }
    }
}

impl Resolved {
    /// The type of a use that has no flag of its own for `null` (a list item, a map
    /// value, a body): `Option<T>` when `null` is a value.
    pub(crate) fn with_null(self) -> TypeRef {
        if self.nullable { TypeRef::Nullable(Box::new(self.ty)) } else { self.ty }
    }
}

/// The parts of an object schema, whichever way it was spelled.
#[derive(Default, Clone)]
pub(super) struct ObjectParts<'s> {
    pub(super) properties: Vec<(&'s String, Node<'s>)>,
    pub(super) required: Vec<&'s String>,
    pub(super) additional: Option<&'s AdditionalProperties>,
}

use crate::spec::COMPONENT_SCHEMA;

/// How deep inline schemas may nest in one another. Parsers stop documents nested
/// much deeper; this bounds what merging `allOf` members can build on top of that.
pub(super) const MAX_NESTING: usize = 100;

impl<'a> Resolver<'a> {
    /// Defines the component schema `name`: its own struct/enum/union, or an alias.
    pub(super) fn define_component(&mut self, key: &str, name: &str, schema: &'a ReferenceOr<Schema>, at: &str) {
        if let ReferenceOr::Item(schema) = schema
            && let Some(union) = self.polymorphic_base(key, name, schema, at)
        {
            self.push_type(name, docs_with_deprecation(schema), TypeDefKind::Tagged(union));
            return;
        }
        let defined_before = self.types.len();
        if let ReferenceOr::Item(schema) = schema {
            self.in_progress.insert(std::ptr::from_ref(schema), name.to_owned());
        }
        if let ReferenceOr::Item(schema) = schema
            && self.define_bare_child(key, name, schema, at)
        {
            self.in_progress.clear();
            return;
        }
        let resolved = self.resolve_named(Node::from(schema), name, at);
        self.in_progress.clear();
        self.recursed.clear();
        let made_itself = self.types[defined_before..].iter().any(|t| t.name == name);
        if !made_itself {
            let docs = match schema {
                ReferenceOr::Item(s) => docs_with_deprecation(s),
                ReferenceOr::Reference { .. } => None,
            };
            self.types.push(TypeDef {
                name: name.to_owned(),
                docs,
                kind: TypeDefKind::Alias(resolved.ty),
                features: Vec::new(),
                derives: Vec::new(),
            });
        }
    }

    /// Resolves a schema used somewhere; an inline definition it needs is named from `hint`.
    pub(crate) fn resolve(&mut self, node: Node<'a>, hint: &str, at: &str) -> Resolved {
        // A reference defines nothing: there is no name to find. Most uses are references.
        let schema = match node {
            Node::Ref(reference) => return self.resolve_ref(reference, at),
            Node::Inline(schema) => schema,
        };
        if defines_nothing(schema) {
            return self.resolve_named(node, "", at);
        }
        // An inline schema means the same wherever it is reached from (merging `allOf`
        // members reaches their properties again and again): it is resolved once.
        let key = std::ptr::from_ref(schema);
        if let Some((resolved, definition_docs)) = self.inline_types.get(&key).cloned() {
            return match definition_docs {
                Some(docs) => self.named_here(resolved, hint, docs),
                None => resolved,
            };
        }
        // Reached inside its own definition (through a merged member): that type again.
        if let Some(name) = self.in_progress.get(&key) {
            self.recursed.insert(name.clone());
            return Resolved { ty: TypeRef::Named(name.clone()), nullable: schema.schema_data.nullable };
        }
        let name = self.type_names.claim(naming::type_name(hint));
        self.in_progress.insert(key, name.clone());
        let defined_before = self.types.len();
        let resolved = self.resolve_named(node, &name, at);
        self.in_progress.remove(&key);
        let defined = resolved.ty == TypeRef::Named(name.clone());
        let definition_docs =
            defined.then(|| self.types[defined_before..].iter().find(|t| t.name == name).and_then(|t| t.docs.clone()));
        if !defined {
            if self.recursed.remove(&name) {
                // Handed out to its own members: the name stays, as what it came to.
                self.push_type(&name, None, TypeDefKind::Alias(resolved.ty.clone()));
            } else {
                self.type_names.release(&name);
            }
        }
        self.inline_types.insert(key, (resolved.clone(), definition_docs));
        resolved
    }

    /// A schema's `default`, when it is a value of the schema's type; one that is not
    /// is left out of the docs, with a warning.
    pub(crate) fn default_of(&mut self, schema: &Schema, ty: &TypeRef, nullable: bool, at: &str) -> Option<Value> {
        let default = schema.schema_data.default.as_ref()?;
        if (default.is_null() && nullable) || fits(default, ty) {
            return Some(default.clone());
        }
        let message =
            format!("the default `{default}` is not a value of the schema's type; it is left out of the docs");
        self.diags.warn(DiagnosticKind::Repair, pointer_push(at, "default"), message);
        None
    }

    /// A schema's definition reached again from another place keeps the name that place would
    /// give it, as an alias (`AccountShowResponseSettings = AccountDetailSettings`).
    fn named_here(&mut self, resolved: Resolved, hint: &str, docs: Option<String>) -> Resolved {
        let TypeRef::Named(target) = &resolved.ty else { return resolved };
        let name = naming::type_name(hint);
        if &name == target || self.type_names.contains(&name) {
            return resolved;
        }
        let name = self.type_names.claim(name);
        let ty = self.push_type(&name, docs, TypeDefKind::Alias(resolved.ty));
        Resolved { ty, nullable: resolved.nullable }
    }

    /// Resolves `node`; if it needs a definition of its own, that definition is `name`.
    pub(super) fn resolve_named(&mut self, node: Node<'a>, name: &str, at: &str) -> Resolved {
        match node {
            Node::Ref(reference) => self.resolve_ref(reference, at),
            Node::Inline(schema) => {
                if self.nesting == MAX_NESTING {
                    let message =
                        format!("schemas nest more than {MAX_NESTING} deep here; this one is read as any JSON value");
                    self.diags.error(DiagnosticKind::Unsupported, at, message);
                    return TypeRef::Json.into();
                }
                self.nesting += 1;
                let resolved = self.resolve_schema(schema, name, at);
                self.nesting -= 1;
                Resolved { ty: resolved.ty, nullable: resolved.nullable || schema.schema_data.nullable }
            }
        }
    }

    fn resolve_ref(&mut self, reference: &str, at: &str) -> Resolved {
        match self.component(reference) {
            Some((key, target)) => {
                let nullable = matches!(target, ReferenceOr::Item(s) if s.schema_data.nullable);
                Resolved { ty: TypeRef::Named(self.component_names[&key].clone()), nullable }
            }
            None => {
                let keys = self.spec.components.iter().flat_map(|c| c.schemas.keys());
                let message = format!(
                    "reference `{reference}` does not resolve to a schema{}{}",
                    super::names_other_kind(reference, "schemas"),
                    super::did_you_mean(reference, "schemas", keys)
                );
                self.diags.error(DiagnosticKind::Reference, at, message);
                Resolved { ty: TypeRef::Json, nullable: false }
            }
        }
    }

    /// The component schema a reference names, with its key.
    pub(crate) fn component(&self, reference: &str) -> Option<(String, &'a ReferenceOr<Schema>)> {
        let key = pointer_unescape(reference.strip_prefix(COMPONENT_SCHEMA)?);
        let schema = self.spec.components.as_ref()?.schemas.get(&key)?;
        Some((key, schema))
    }

    /// The type `schema` stands for; `nullable` when something besides its own
    /// `nullable` (an `allOf` member) lets it be `null`.
    fn resolve_schema(&mut self, schema: &'a Schema, name: &str, at: &str) -> Resolved {
        if let Some(path) = self.rust_type(schema, at) {
            return TypeRef::External(path).into();
        }
        // Made only where a definition is: markdown is costly, and most schemas are scalars.
        let description = || docs_with_deprecation(schema);
        let ty = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<&String> = s.enumeration.iter().flatten().collect();
                if values.is_empty() {
                    TypeRef::Scalar(string_format(&s.format))
                } else {
                    self.define_enum(name, description(), values)
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let values: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                if values.is_empty() {
                    TypeRef::Scalar(integer_format(&i.format))
                } else {
                    self.define_int_enum(name, description(), values)
                }
            }
            SchemaKind::Type(Type::Number(n)) => {
                if n.enumeration.iter().any(Option::is_some) {
                    let message = "`type: number` with enum values: Rust has no enum of floating-point numbers, so the value is any number and the listed ones are not checked";
                    self.diags.warn(DiagnosticKind::Unsupported, pointer_push(at, "enum"), message);
                }
                // `format: float` too: a JSON number is decimal, and an `f32` would not
                // give back the digits it was sent (118.211 would come back 118.21099853515625).
                TypeRef::Scalar(Scalar::F64)
            }
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Scalar(Scalar::Bool),
            SchemaKind::Type(Type::Array(a)) => self.list(a.items.as_ref(), name, at),
            SchemaKind::Type(Type::Object(o)) => {
                let parts = ObjectParts {
                    properties: o.properties.iter().map(|(k, v)| (k, Node::from(v))).collect(),
                    required: o.required.iter().collect(),
                    additional: o.additional_properties.as_ref(),
                };
                self.object(parts, name, description(), at)
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => {
                let union = union_of(schema).expect("a oneOf or anyOf");
                return self.union(union, ObjectParts::default(), name, description(), at);
            }
            SchemaKind::AllOf { all_of } => {
                return self.all_of(all_of, ObjectParts::default(), None, name, description(), at);
            }
            SchemaKind::Not { .. } => {
                let message = "`not` has no Rust type; any value is accepted here";
                self.diags.warn(DiagnosticKind::Unsupported, pointer_push(at, "not"), message);
                TypeRef::Json
            }
            SchemaKind::Any(any) => {
                // Properties beside `allOf`, `oneOf` or `anyOf` belong to the value as much as the members do.
                let own = ObjectParts {
                    properties: any.properties.iter().map(|(k, v)| (k, Node::from(v))).collect(),
                    required: any.required.iter().collect(),
                    additional: any.additional_properties.as_ref(),
                };
                let union = union_of(schema);
                if !any.all_of.is_empty() {
                    return self.all_of(&any.all_of, own, union, name, description(), at);
                } else if let Some(union) = union {
                    return self.union(union, own, name, description(), at);
                } else if !any.properties.is_empty() || any.additional_properties.is_some() {
                    let parts = ObjectParts {
                        properties: any.properties.iter().map(|(k, v)| (k, Node::from(v))).collect(),
                        required: any.required.iter().collect(),
                        additional: any.additional_properties.as_ref(),
                    };
                    self.object(parts, name, description(), at)
                } else if any.items.is_some() || any.typ.as_deref() == Some("array") {
                    self.list(any.items.as_ref(), name, at)
                } else {
                    match any.typ.as_deref() {
                        Some("string") => TypeRef::Scalar(Scalar::String),
                        Some("integer") => TypeRef::Scalar(Scalar::I64),
                        Some("number") => TypeRef::Scalar(Scalar::F64),
                        Some("boolean") => TypeRef::Scalar(Scalar::Bool),
                        Some("object") => TypeRef::Object,
                        _ => TypeRef::Json,
                    }
                }
            }
        };
        ty.into()
    }

    /// The Rust type a schema names for itself (typify's `x-rust-type`: `{crate,
    /// version, path}`), else the one the settings give its `format`. An
    /// `x-rust-type` that cannot be used is said, and the schema read as it is.
    fn rust_type(&mut self, schema: &Schema, at: &str) -> Option<String> {
        if let Some(declared) = schema.schema_data.extensions.get(RUST_TYPE) {
            let text = |key: &str| declared.get(key).and_then(Value::as_str);
            let problem = match (text("crate"), text("version"), text("path")) {
                _ if declared.get("parameters").and_then(Value::as_array).is_some_and(|p| !p.is_empty()) => {
                    Some("has generic `parameters`, which are not supported".to_owned())
                }
                (Some(krate), Some(version), Some(path)) => {
                    // A crate the generated code depends on already needs no entry.
                    let runtime = crate::config::RUNTIME_DEPENDENCIES.iter().any(|d| d.name == krate);
                    let dependency = [(krate.to_owned(), version.to_owned())].into();
                    let problem = crate::config::path_problem(path).or_else(|| match runtime {
                        true => None,
                        false => crate::config::dependency_problems(&dependency).into_iter().next(),
                    });
                    if problem.is_none() {
                        if !runtime {
                            self.dependencies.insert(krate.to_owned(), version.to_owned());
                        }
                        return Some(path.to_owned());
                    }
                    problem.map(|problem| problem.replacen("[dependencies] ", "", 1))
                }
                _ => Some("needs `crate`, `version` and `path`, each a string".to_owned()),
            };
            let message = format!("`{RUST_TYPE}` {}; the schema is read as it is", problem.unwrap_or_default());
            self.diags.warn(DiagnosticKind::Unsupported, pointer_push(at, RUST_TYPE), message);
        }
        if self.formats.is_empty() {
            return None;
        }
        let format = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => variant_text(&s.format),
            SchemaKind::Type(Type::Integer(i)) => variant_text(&i.format),
            SchemaKind::Type(Type::Number(n)) => variant_text(&n.format),
            SchemaKind::Any(any) => any.format.clone(),
            _ => None,
        };
        self.formats.get(&format?).cloned()
    }

    fn list(&mut self, items: Option<&'a ReferenceOr<Box<Schema>>>, name: &str, at: &str) -> TypeRef {
        if let Some(ReferenceOr::Item(items)) = items
            && items.schema_data.extensions.contains_key(crate::load::TUPLE)
            && let Some(UnionOf { members: positions, .. }) = union_of(items)
        {
            let at = pointer_push(&pointer_push(at, "items"), "anyOf");
            let items = positions.iter().enumerate().map(|(i, position)| {
                let at = pointer_push(&at, &i.to_string());
                self.resolve(Node::from(position), &format!("{name}Item{}", i + 1), &at).with_null()
            });
            return TypeRef::Tuple(items.collect());
        }
        let item = match items {
            Some(items) => {
                self.resolve(Node::from(items), &format!("{name}Item"), &pointer_push(at, "items")).with_null()
            }
            None => TypeRef::Json,
        };
        TypeRef::List(Box::new(item))
    }

    pub(super) fn object(&mut self, parts: ObjectParts<'a>, name: &str, docs: Option<String>, at: &str) -> TypeRef {
        let additional = match parts.additional {
            Some(AdditionalProperties::Schema(value)) => {
                let at = pointer_push(at, "additionalProperties");
                let value = self.resolve(Node::from(value.as_ref()), &format!("{name}Value"), &at);
                Some(TypeRef::Map(Box::new(value.with_null())))
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Object),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        if parts.properties.is_empty() {
            return additional.unwrap_or(TypeRef::Object);
        }
        // A property merged members both declare is both at once (a base's `kind:
        // string` and a child's `kind: {enum: [dog]}`): each declaration in order.
        let mut declared: Vec<(&String, Vec<Node<'a>>)> = Vec::with_capacity(parts.properties.len());
        for (wire_name, node) in parts.properties {
            match declared.iter_mut().find(|(n, _)| *n == wire_name) {
                Some((_, nodes)) => nodes.push(node),
                None => declared.push((wire_name, vec![node])),
            }
        }
        let mut field_names = Scope::default();
        let mut fields = Vec::with_capacity(declared.len() + 1);
        for (wire_name, nodes) in declared {
            let at = pointer_push(&pointer_push(at, "properties"), wire_name);
            let field_name = field_names.claim(naming::snake(wire_name, "field"));
            let hint = format!("{name}{}", naming::camel(wire_name, "Field"));
            let resolved = self.property(&nodes, &hint, &at);
            // The last declaration made in place speaks for the docs and flags.
            let schema = nodes.iter().rev().find_map(|node| match node {
                Node::Inline(s) => Some(*s),
                Node::Ref(_) => None,
            });
            // One struct serves requests and responses, and each side leaves these out.
            let one_way = schema.is_some_and(|s| s.schema_data.read_only || s.schema_data.write_only);
            let default = schema.and_then(|s| self.default_of(s, &resolved.ty, resolved.nullable, &at));
            fields.push(Field {
                name: field_name,
                wire_name: wire_name.clone(),
                ty: resolved.ty,
                required: parts.required.contains(&wire_name) && !one_way,
                nullable: resolved.nullable,
                docs: schema.and_then(field_docs),
                default,
                flatten: false,
                sent: false,
                fixed: None,
            });
        }
        if let Some(ty) = additional {
            let name = field_names.claim("additional_properties".to_owned());
            let docs = Some("Members beyond the declared ones (`additionalProperties`).".to_owned());
            fields.push(Field {
                name,
                wire_name: String::new(),
                ty,
                required: false,
                nullable: false,
                docs,
                default: None,
                flatten: true,
                sent: false,
                fixed: None,
            });
        }
        self.push_type(name, docs, TypeDefKind::Struct(fields))
    }

    fn define_int_enum(&mut self, name: &str, docs: Option<String>, mut values: Vec<i64>) -> TypeRef {
        let mut seen = std::collections::HashSet::new();
        values.retain(|value| seen.insert(*value));
        let mut names = Scope::default();
        let variants = values
            .into_iter()
            .map(|value| {
                let spelled = if value < 0 { format!("Minus{}", value.unsigned_abs()) } else { format!("V{value}") };
                IntEnumVariant { name: names.claim(spelled), value }
            })
            .collect();
        self.push_type(name, docs, TypeDefKind::IntEnum(OpenEnum::new(variants, |v| &v.name)))
    }

    pub(super) fn define_enum(&mut self, name: &str, docs: Option<String>, values: Vec<&String>) -> TypeRef {
        let mut names = Scope::default();
        let mut variants: Vec<EnumVariant> = Vec::new();
        for value in values {
            if variants.iter().any(|v| &v.value == value) {
                continue;
            }
            variants.push(EnumVariant { name: names.claim(naming::enum_variant(value)), value: value.clone() });
        }
        self.push_type(name, docs, TypeDefKind::Enum(OpenEnum::new(variants, |v| &v.name)))
    }

    pub(super) fn push_type(&mut self, name: &str, docs: Option<String>, kind: TypeDefKind) -> TypeRef {
        self.types.push(TypeDef { name: name.to_owned(), docs, kind, features: Vec::new(), derives: Vec::new() });
        TypeRef::Named(name.to_owned())
    }
}

/// typify's extension naming a schema's Rust type.
const RUST_TYPE: &str = "x-rust-type";

/// A format as the spec spells it.
fn variant_text<T: serde::Serialize>(format: &openapiv3::VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        openapiv3::VariantOrUnknownOrEmpty::Item(item) => serde_json::to_value(item).ok()?.as_str().map(str::to_owned),
        openapiv3::VariantOrUnknownOrEmpty::Unknown(text) => Some(text.clone()),
        openapiv3::VariantOrUnknownOrEmpty::Empty => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::{Api, Field, Scalar, TypeDefKind, TypeRef};
    use crate::pipeline::api_of;

    fn components(schemas: &str) -> Api {
        let spec = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{}",
            schemas.lines().map(|line| format!("    {line}\n")).collect::<String>()
        );
        api_of(&spec).0
    }

    fn fields<'a>(api: &'a Api, name: &str) -> &'a [Field] {
        match api.types.iter().find(|t| t.name == name).map(|t| &t.kind) {
            Some(TypeDefKind::Struct(fields)) => fields,
            other => panic!("{name} is not a struct: {other:?}"),
        }
    }

    #[test]
    fn an_all_of_of_one_scalar_and_annotations_is_that_scalar_and_nullable() {
        let api = components(
            "Stamp: {type: string, format: date-time}\n\
             Event:\n  type: object\n  properties:\n    at:\n      allOf: [{$ref: '#/components/schemas/Stamp'}, {nullable: true, description: When.}]",
        );
        let at = &fields(&api, "Event")[0];
        assert_eq!(api.unalias(&at.ty), &TypeRef::Scalar(Scalar::DateTime));
        assert!(at.nullable);
        assert_eq!(at.docs.as_deref(), Some("When."));
    }

    #[test]
    fn data_bearing_keywords_win_over_a_contradicting_type() {
        let api = components(
            "Status: {type: object, enum: [open, closed]}\n\
             Tags: {type: object, items: {type: string}}\n\
             Payload: {type: string, additionalProperties: true}",
        );
        let kind = |name: &str| &api.types.iter().find(|t| t.name == name).unwrap().kind;
        assert!(matches!(kind("Status"), TypeDefKind::Enum(e) if e.variants.len() == 2));
        assert_eq!(kind("Tags"), &TypeDefKind::Alias(TypeRef::List(Box::new(TypeRef::Scalar(Scalar::String)))));
        assert_eq!(kind("Payload"), &TypeDefKind::Alias(TypeRef::Scalar(Scalar::String)));
    }

    #[test]
    fn a_list_declared_by_two_merged_members_has_the_items_of_both() {
        let api = components(
            "Monster:\n  allOf:\n  - {properties: {actions: {type: array, items: {properties: {name: {type: string}}}}}}\n  \
             - {properties: {actions: {type: array, items: {properties: {damage: {type: integer}}}}}}",
        );
        let TypeRef::List(item) = &fields(&api, "Monster")[0].ty else { panic!("a list") };
        let TypeRef::Named(item) = &**item else { panic!("{item:?}") };
        let names: Vec<&str> = fields(&api, item).iter().map(|f| f.wire_name.as_str()).collect();
        assert_eq!(names, ["name", "damage"]);
    }

    #[test]
    fn two_overlapping_enums_merged_allow_the_values_both_list() {
        let (api, warnings) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
             Status: {type: string, enum: [completed, incomplete, failed]}\n    \
             Output:\n      allOf:\n      - {properties: {status: {type: string, enum: [in_progress, completed, incomplete]}}}\n      \
             - {properties: {status: {$ref: '#/components/schemas/Status'}}}",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let TypeRef::Named(status) = &fields(&api, "Output")[0].ty else { panic!("an enum") };
        let Some(TypeDefKind::Enum(variants)) = api.types.iter().find(|t| &t.name == status).map(|t| &t.kind) else {
            panic!("{status} is an enum")
        };
        let values: Vec<&str> = variants.variants.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(values, ["completed", "incomplete"]);
    }

    #[test]
    fn nullable_items_and_map_values_keep_null() {
        let api = components(
            "Bag:\n  type: object\n  properties:\n    \
             list: {type: array, items: {type: string, nullable: true}}\n    \
             map: {type: object, additionalProperties: {type: integer, nullable: true}}",
        );
        let [list, map] = fields(&api, "Bag") else { panic!("two fields") };
        let nullable = |scalar| Box::new(TypeRef::Nullable(Box::new(TypeRef::Scalar(scalar))));
        assert_eq!(list.ty, TypeRef::List(nullable(Scalar::String)));
        assert_eq!(map.ty, TypeRef::Map(nullable(Scalar::I64)));
    }

    #[test]
    fn a_default_that_is_not_of_its_type_is_left_out_with_a_warning() {
        let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
                    Page:\n      type: object\n      properties:\n        size: {type: integer, default: ten}";
        let (api, warnings) = api_of(spec);
        assert_eq!(fields(&api, "Page")[0].default, None);
        assert!(
            warnings.iter().any(|w| w.location == "/components/schemas/Page/properties/size/default"),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_default_outside_its_formats_range_is_left_out_with_a_warning() {
        let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
                    Page:\n      type: object\n      properties:\n        \
                    size: {type: integer, format: int32, default: 3000000000}\n        \
                    count: {type: integer, format: int32, default: 30}";
        let (api, warnings) = api_of(spec);
        assert_eq!(fields(&api, "Page")[0].default, None, "`i32` cannot hold it");
        assert_eq!(fields(&api, "Page")[1].default, Some(serde_json::json!(30)));
        assert!(
            warnings.iter().any(|w| w.location == "/components/schemas/Page/properties/size/default"),
            "{warnings:?}"
        );
    }
}
