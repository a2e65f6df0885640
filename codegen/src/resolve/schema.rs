//! Schemas to type uses and named type definitions.

use openapiv3::{
    AdditionalProperties, Discriminator, IntegerFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::{Resolver, docs, variant_name_for};
use crate::diagnostic::{pointer_push, pointer_unescape};
use crate::ir::{
    EnumVariant, Field, IntEnumVariant, Scalar, TaggedUnion, TaggedVariant, TypeDef, TypeDefKind, TypeRef, UnionVariant,
};
use crate::naming::{self, Scope};

/// A schema in the tree: a reference to a named component or an inline schema.
#[derive(Clone, Copy)]
pub(crate) enum Node<'s> {
    Ref(&'s str),
    Inline(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for Node<'s> {
    fn from(r: &'s ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(schema) => Node::Inline(schema),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for Node<'s> {
    fn from(r: &'s ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(schema) => Node::Inline(schema),
        }
    }
}

/// A type use, and whether `null` is one of its values.
#[derive(Clone)]
pub(crate) struct Resolved {
    pub ty: TypeRef,
    pub nullable: bool,
}

impl ObjectParts<'_> {
    fn is_empty(&self) -> bool {
        self.properties.is_empty() && self.required.is_empty() && self.additional.is_none()
    }
}

/// The members of a `oneOf` or `anyOf`, with its keyword and discriminator.
#[derive(Clone, Copy)]
pub(super) struct UnionOf<'s> {
    members: &'s [ReferenceOr<Schema>],
    keyword: &'static str,
    discriminator: Option<&'s Discriminator>,
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
struct ObjectParts<'s> {
    properties: Vec<(&'s String, Node<'s>)>,
    required: Vec<&'s String>,
    additional: Option<&'s AdditionalProperties>,
}

use super::COMPONENT_SCHEMA;

/// How deep inline schemas may nest in one another. Parsers stop documents nested
/// much deeper; this bounds what merging `allOf` members can build on top of that.
const MAX_NESTING: usize = 100;

impl<'a> Resolver<'a> {
    /// Defines the component schema `name`: its own struct/enum/union, or an alias.
    pub(super) fn define_component(&mut self, key: &str, name: &str, schema: &'a ReferenceOr<Schema>, at: &str) {
        if let ReferenceOr::Item(schema) = schema
            && let Some(union) = self.polymorphic_base(key, schema)
        {
            self.push_type(name, docs_with_deprecation(schema), TypeDefKind::Tagged(union));
            return;
        }
        let defined_before = self.types.len();
        if let ReferenceOr::Item(schema) = schema {
            self.in_progress.insert(std::ptr::from_ref(schema), name.to_owned());
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
        self.diags.warn(pointer_push(at, "default"), message);
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
    fn resolve_named(&mut self, node: Node<'a>, name: &str, at: &str) -> Resolved {
        match node {
            Node::Ref(reference) => self.resolve_ref(reference, at),
            Node::Inline(schema) => {
                if self.nesting == MAX_NESTING {
                    let message =
                        format!("schemas nest more than {MAX_NESTING} deep here; this one is read as any JSON value");
                    self.diags.error(at, message);
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
                let message = format!(
                    "reference `{reference}` does not resolve to a schema{}",
                    super::names_other_kind(reference)
                );
                self.diags.error(at, message);
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
                    self.diags.warn(pointer_push(at, "enum"), message);
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
                self.diags.warn(pointer_push(at, "not"), message);
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

    fn object(&mut self, parts: ObjectParts<'a>, name: &str, docs: Option<String>, at: &str) -> TypeRef {
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
            });
        }
        self.push_type(name, docs, TypeDefKind::Struct(fields))
    }

    /// The type of a property declared once or more (by several merged members), as
    /// `allOf` of the declarations: declarations that only annotate add nothing; objects
    /// merge into one struct; others meet in the most specific (an enum whose values
    /// the other's include); `null` only where every declaration allows it.
    fn property(&mut self, nodes: &[Node<'a>], hint: &str, at: &str) -> Resolved {
        let typed: Vec<Node<'a>> =
            nodes.iter().copied().filter(|node| !matches!(node, Node::Inline(s) if is_annotation(s))).collect();
        let nodes = match typed.as_slice() {
            [] => &nodes[..1],
            typed => typed,
        };
        let hint_for = |node: Node<'_>| match node {
            Node::Inline(_) => hint,
            Node::Ref(_) => "",
        };
        if let [single] = nodes {
            return self.resolve(*single, hint_for(*single), at);
        }
        let mut merged = ObjectParts::default();
        if nodes.iter().all(|node| self.collect_object(*node, &mut merged, &mut Vec::new())) {
            let name = self.type_names.claim(naming::type_name(hint));
            let ty = self.object(merged, &name, None, at);
            if ty != TypeRef::Named(name.clone()) {
                self.type_names.release(&name);
            }
            return ty.into();
        }
        let mut met: Option<(Resolved, Option<Vec<Value>>)> = None;
        for &node in nodes {
            let resolved = self.resolve(node, hint_for(node), at);
            let values = self.enum_values(node);
            met = Some(match met {
                None => (resolved, values),
                Some((before, before_values)) => {
                    let nullable = before.nullable && resolved.nullable;
                    // An enum whose values the other's include is the narrower.
                    let subset = |a: &Option<Vec<Value>>, b: &Option<Vec<Value>>| matches!((a, b), (Some(a), Some(b)) if a.iter().all(|v| b.contains(v)));
                    if subset(&values, &before_values) {
                        (Resolved { ty: resolved.ty, nullable }, values)
                    } else if subset(&before_values, &values) {
                        (Resolved { ty: before.ty, nullable }, before_values)
                    } else if let Some(ty) = narrower(&before.ty, &resolved.ty) {
                        (Resolved { ty, nullable }, values)
                    } else {
                        let message =
                            "merged members declare this property with different types; the later declaration is kept";
                        self.diags.warn(at, message);
                        (Resolved { ty: resolved.ty, nullable }, values)
                    }
                }
            });
        }
        met.map_or_else(|| TypeRef::Json.into(), |(resolved, _)| resolved)
    }

    /// The values of the `enum` a schema is, through references and `allOf` wrappers.
    fn enum_values(&self, node: Node<'a>) -> Option<Vec<Value>> {
        let mut node = node;
        for _ in 0..MAX_NESTING {
            let schema = match node {
                Node::Ref(reference) => match self.component(reference)?.1 {
                    ReferenceOr::Item(schema) => schema,
                    ReferenceOr::Reference { reference } => {
                        node = Node::Ref(reference);
                        continue;
                    }
                },
                Node::Inline(schema) => schema,
            };
            let typed: Vec<&'a ReferenceOr<Schema>> = match &schema.schema_kind {
                SchemaKind::AllOf { all_of } => {
                    all_of.iter().filter(|m| !matches!(m, ReferenceOr::Item(s) if is_annotation(s))).collect()
                }
                SchemaKind::Any(any) if any.enumeration.is_empty() => {
                    any.all_of.iter().filter(|m| !matches!(m, ReferenceOr::Item(s) if is_annotation(s))).collect()
                }
                _ => return enum_json(schema),
            };
            match typed.as_slice() {
                [single] => node = Node::from(*single),
                _ => return None,
            }
        }
        None
    }

    /// `allOf`: a value that is every member at once. Members that only annotate
    /// (`description`, `nullable`, `xml`, ...) add nothing but their `nullable`; one
    /// member left is that member's type; objects merge into one struct with the
    /// properties of every member, in order; scalars meet in the most specific of them.
    /// A union among the members (or `beside` them: a `oneOf` next to the `allOf`)
    /// is distributed: every variant is that variant and the other members at once.
    fn all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        own: ObjectParts<'a>,
        beside: Option<UnionOf<'a>>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> Resolved {
        let at_all = pointer_push(at, "allOf");
        let member_at = |i: usize| pointer_push(&at_all, &i.to_string());
        let mut nullable = false;
        let mut typed = Vec::with_capacity(members.len());
        for (i, member) in members.iter().enumerate() {
            match member {
                ReferenceOr::Item(schema) if is_annotation(schema) => nullable |= schema.schema_data.nullable,
                _ => typed.push((i, member)),
            }
        }
        // One union among the members: its variants each take the rest. A union with
        // nothing else to take is just itself (`allOf: [$ref Pet, {nullable: true}]`).
        let unions: Vec<usize> =
            typed.iter().enumerate().filter(|(_, (_, m))| self.union_member(m).is_some()).map(|(i, _)| i).collect();
        let others = typed.len() > 1 || !own.is_empty();
        let distributed = match (beside, unions.as_slice()) {
            (Some(union), []) => Some(union),
            (None, [one]) if others => {
                let (_, member) = typed.remove(*one);
                self.union_member(member)
            }
            _ => None,
        };
        if distributed.is_none() && own.is_empty() {
            match typed.as_slice() {
                [] => return Resolved { ty: TypeRef::Json, nullable },
                [(i, single)] => {
                    let resolved = self.resolve_named(Node::from(*single), name, &member_at(*i));
                    return Resolved { ty: resolved.ty, nullable: nullable || resolved.nullable };
                }
                _ => {}
            }
        }
        let mut merged = ObjectParts::default();
        let mut seen = Vec::new();
        let mut scalars = Vec::new();
        for &(i, member) in &typed {
            if !self.collect_object(Node::from(member), &mut merged, &mut seen) {
                scalars.push((i, member));
            }
        }
        merged.properties.extend(own.properties);
        merged.required.extend(own.required);
        merged.additional = merged.additional.or(own.additional);
        if let Some(union) = distributed {
            let resolved = self.union(union, merged, name, docs, at);
            return Resolved { ty: resolved.ty, nullable: nullable || resolved.nullable };
        }
        if scalars.len() == typed.len() && merged.is_empty() {
            let ty = self.meet(&scalars, name, &at_all);
            return Resolved { ty, nullable };
        }
        for (i, _) in scalars {
            let message = "`allOf` member is not an object, but other members are: no value can be both, so it is left out of the merged type";
            self.diags.warn(member_at(i), message);
        }
        Resolved { ty: self.object(merged, name, docs, at), nullable }
    }

    /// The type of a value that is each of several non-object schemas at once: the
    /// most specific one when the others allow it (`string` and a `date-time` string:
    /// the date-time; an enum and a string: the enum).
    fn meet(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], name: &str, at: &str) -> TypeRef {
        let mut met: Option<TypeRef> = None;
        for &(i, member) in members {
            let at = pointer_push(at, &i.to_string());
            let ty = self.resolve(Node::from(member), &format!("{name}Part{}", i + 1), &at).ty;
            met = match met {
                None => Some(ty),
                Some(before) => match narrower(&before, &ty) {
                    Some(narrow) => Some(narrow),
                    None => {
                        let message = "`allOf` members no value can satisfy together; the first of them is kept";
                        self.diags.warn(at, message);
                        Some(before)
                    }
                },
            };
        }
        met.unwrap_or(TypeRef::Json)
    }

    /// Adds the properties of an object-like schema (following refs and nested
    /// `allOf`) to `into`; false if it is not object-like.
    fn collect_object(&self, node: Node<'a>, into: &mut ObjectParts<'a>, seen: &mut Vec<&'a str>) -> bool {
        let schema = match node {
            Node::Ref(reference) => {
                if seen.contains(&reference) {
                    return true;
                }
                seen.push(reference);
                match self.component(reference) {
                    Some((_, target)) => {
                        return self.collect_object(Node::from(target), into, seen);
                    }
                    None => return false,
                }
            }
            Node::Inline(schema) => schema,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                into.properties.extend(o.properties.iter().map(|(k, v)| (k, Node::from(v))));
                into.required.extend(o.required.iter());
                into.additional = into.additional.or(o.additional_properties.as_ref());
                true
            }
            SchemaKind::AllOf { all_of } => all_of.iter().all(|m| self.collect_object(Node::from(m), into, seen)),
            SchemaKind::Any(any) => {
                into.properties.extend(any.properties.iter().map(|(k, v)| (k, Node::from(v))));
                into.required.extend(any.required.iter());
                into.additional = into.additional.or(any.additional_properties.as_ref());
                any.all_of.iter().all(|m| self.collect_object(Node::from(m), into, seen))
            }
            _ => false,
        }
    }

    /// `oneOf` / `anyOf` (`null` members were normalised into `nullable`). `common`:
    /// members every variant has besides its own (properties beside the keyword, the
    /// other members of an `allOf`); they merge into each object variant, so a
    /// discriminator property declared on the parent is in every variant.
    fn union(
        &mut self,
        union: UnionOf<'a>,
        common: ObjectParts<'a>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> Resolved {
        let discriminator_at = pointer_push(at, "discriminator");
        let at = pointer_push(at, union.keyword);
        let members = union.members;
        if let ([single], true) = (members, common.is_empty()) {
            return self.resolve_named(Node::from(single), name, &pointer_push(&at, "0"));
        }
        let mut nullable = false;
        let mut variant_names = Scope::default();
        let mut variants: Vec<TaggedVariant> = Vec::new();
        let mut all_tagged = union.discriminator.is_some();
        for (i, member) in members.iter().enumerate() {
            let at = pointer_push(&at, &i.to_string());
            let key = match member {
                ReferenceOr::Reference { reference } => self.component(reference).map(|(key, _)| key),
                ReferenceOr::Item(_) => None,
            };
            let resolved = if common.is_empty() {
                self.resolve(Node::from(member), &format!("{name}Variant{}", i + 1), &at)
            } else {
                let label = key.as_deref().map_or_else(|| format!("Variant{}", i + 1), naming::type_name);
                self.merged_variant(member, &common, &format!("{name}{label}"), &at)
            };
            nullable |= resolved.nullable;
            let tags = match (union.discriminator, member, &key) {
                (Some(discriminator), ReferenceOr::Reference { reference }, Some(key)) => {
                    tag_values(discriminator, reference, key)
                }
                _ => {
                    all_tagged = false;
                    Vec::new()
                }
            };
            if let Some(existing) = variants.iter_mut().find(|v| v.ty == resolved.ty) {
                existing.tags.extend(tags);
                continue;
            }
            let label = match &key {
                Some(key) => self.component_names[key].clone(),
                None => self.variant_label(member, &resolved.ty),
            };
            variants.push(TaggedVariant { name: variant_names.claim(label), ty: resolved.ty, tags });
        }
        if union.discriminator.is_some() && !all_tagged && variants.len() > 1 {
            let message =
                "the discriminator names no tag for alternatives defined in place; the union is told apart by shape";
            self.diags.warn(discriminator_at, message);
        }
        let ty = match (variants.len(), union.discriminator) {
            (0, _) => TypeRef::Json,
            (1, _) => variants.remove(0).ty,
            (_, Some(discriminator)) if all_tagged => {
                let property = discriminator.property_name.clone();
                self.push_type(name, docs, TypeDefKind::Tagged(TaggedUnion { property, variants }))
            }
            _ => {
                let variants = variants.into_iter().map(|v| UnionVariant { name: v.name, ty: v.ty }).collect();
                self.push_type(name, docs, TypeDefKind::Union(variants))
            }
        };
        Resolved { ty, nullable }
    }

    /// A variant of a union with members in common: the variant's object merged with
    /// them, as a type named `name`; a variant that is not an object stays as it is
    /// (`properties` do not apply to a string).
    fn merged_variant(
        &mut self,
        member: &'a ReferenceOr<Schema>,
        common: &ObjectParts<'a>,
        name: &str,
        at: &str,
    ) -> Resolved {
        let mut parts = common.clone();
        if !self.collect_object(Node::from(member), &mut parts, &mut Vec::new()) {
            return self.resolve(Node::from(member), name, at);
        }
        let type_name = self.type_names.claim(naming::type_name(name));
        let docs = match member {
            ReferenceOr::Item(schema) => docs_with_deprecation(schema),
            ReferenceOr::Reference { .. } => None,
        };
        let ty = self.object(parts, &type_name, docs, at);
        if ty != TypeRef::Named(type_name.clone()) {
            self.type_names.release(&type_name);
        }
        ty.into()
    }

    /// The `oneOf` or `anyOf` a member of an `allOf` is (inline, or a component that
    /// is nothing else), if it is one.
    fn union_member(&self, member: &'a ReferenceOr<Schema>) -> Option<UnionOf<'a>> {
        let schema = match member {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => match self.component(reference)?.1 {
                ReferenceOr::Item(schema) => schema,
                ReferenceOr::Reference { .. } => return None,
            },
        };
        let plain = match &schema.schema_kind {
            SchemaKind::Any(any) => any.properties.is_empty() && any.required.is_empty() && any.all_of.is_empty(),
            _ => true,
        };
        union_of(schema).filter(|_| plain)
    }

    /// A variant's name: for an object defined in place, its `title`, else `Object`;
    /// otherwise after its type.
    fn variant_label(&self, member: &ReferenceOr<Schema>, ty: &TypeRef) -> String {
        let ReferenceOr::Item(schema) = member else { return variant_name_for(ty) };
        let defined_here =
            |name: &str| self.types.iter().rev().any(|t| t.name == name && matches!(t.kind, TypeDefKind::Struct(_)));
        match (ty, &schema.schema_data.title) {
            (TypeRef::Named(name), Some(title)) if defined_here(name) => naming::camel(title, "Object"),
            (TypeRef::Named(name), None) if defined_here(name) => "Object".to_owned(),
            _ => variant_name_for(ty),
        }
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
        self.push_type(name, docs, TypeDefKind::IntEnum(variants))
    }

    fn define_enum(&mut self, name: &str, docs: Option<String>, values: Vec<&String>) -> TypeRef {
        let mut names = Scope::default();
        let mut variants: Vec<EnumVariant> = Vec::new();
        for value in values {
            if variants.iter().any(|v| &v.value == value) {
                continue;
            }
            variants.push(EnumVariant { name: names.claim(naming::enum_variant(value)), value: value.clone() });
        }
        self.push_type(name, docs, TypeDefKind::Enum(variants))
    }

    fn push_type(&mut self, name: &str, docs: Option<String>, kind: TypeDefKind) -> TypeRef {
        self.types.push(TypeDef { name: name.to_owned(), docs, kind, features: Vec::new() });
        TypeRef::Named(name.to_owned())
    }
}

/// A field's docs: its description, and what its flags mean for the caller.
fn field_docs(schema: &Schema) -> Option<String> {
    let data = &schema.schema_data;
    let note = if data.read_only {
        Some("Read-only: set by the server, left out of requests.")
    } else if data.write_only {
        Some("Write-only: sent in requests, never returned.")
    } else {
        None
    };
    match (docs_with_deprecation(schema), note) {
        (Some(text), Some(note)) => Some(format!("{text}\n\n{note}")),
        (text, note) => text.or(note.map(str::to_owned)),
    }
}

/// The `oneOf` or `anyOf` of a schema, if it has one.
pub(super) fn union_of(schema: &Schema) -> Option<UnionOf<'_>> {
    let discriminator = schema.schema_data.discriminator.as_ref();
    let (members, keyword) = match &schema.schema_kind {
        SchemaKind::OneOf { one_of } => (one_of, "oneOf"),
        SchemaKind::AnyOf { any_of } => (any_of, "anyOf"),
        SchemaKind::Any(any) if !any.one_of.is_empty() => (&any.one_of, "oneOf"),
        SchemaKind::Any(any) if !any.any_of.is_empty() => (&any.any_of, "anyOf"),
        _ => return None,
    };
    Some(UnionOf { members, keyword, discriminator })
}

/// The tag values that pick the component `key` (referred to as `reference`): those
/// the discriminator's `mapping` gives it, else its name.
pub(super) fn tag_values(discriminator: &Discriminator, reference: &str, key: &str) -> Vec<String> {
    let mapped = discriminator.mapping.iter().filter(|(_, target)| *target == reference || *target == key);
    let tags: Vec<String> = mapped.map(|(tag, _)| tag.clone()).collect();
    if tags.is_empty() { vec![key.to_owned()] } else { tags }
}

/// A schema that only annotates (`description`, `nullable`, `title`, `xml`, bounds
/// such as `maxLength`, ...): it allows every value, so in an `allOf` it changes no type.
pub(crate) fn is_annotation(schema: &Schema) -> bool {
    let SchemaKind::Any(any) = &schema.schema_kind else { return false };
    any.typ.is_none()
        && any.properties.is_empty()
        && any.required.is_empty()
        && any.additional_properties.is_none()
        && any.items.is_none()
        && any.enumeration.is_empty()
        && any.format.is_none()
        && any.one_of.is_empty()
        && any.all_of.is_empty()
        && any.any_of.is_empty()
        && any.not.is_none()
        && schema.schema_data.discriminator.is_none()
}

/// A schema's `enum` values, as JSON, if it has any.
fn enum_json(schema: &Schema) -> Option<Vec<Value>> {
    let values: Vec<Value> = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().map(|v| Value::from(v.clone())).collect(),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().map(|v| Value::from(*v)).collect(),
        SchemaKind::Any(any) => any.enumeration.clone(),
        _ => Vec::new(),
    };
    (!values.is_empty()).then_some(values)
}

/// Whether a JSON value can be a value of `ty`, as far as its outline tells.
fn fits(value: &Value, ty: &TypeRef) -> bool {
    use Scalar::*;
    match ty {
        TypeRef::Scalar(String | Uuid | Date | DateTime) | TypeRef::Text => value.is_string(),
        TypeRef::Scalar(Bool) => value.is_boolean(),
        TypeRef::Scalar(I32 | I64 | U64) => value.is_i64() || value.is_u64(),
        TypeRef::Scalar(F64) => value.is_number(),
        TypeRef::List(_) | TypeRef::Tuple(_) => value.is_array(),
        TypeRef::Map(_) | TypeRef::Object => value.is_object(),
        TypeRef::Nullable(inner) => value.is_null() || fits(value, inner),
        TypeRef::Boxed(inner) => fits(value, inner),
        TypeRef::Named(_) | TypeRef::Json | TypeRef::Bytes => true,
    }
}

/// Of two types a value must have at once, the one that says more, when the other
/// allows all its values; `None` when they contradict each other.
fn narrower(a: &TypeRef, b: &TypeRef) -> Option<TypeRef> {
    use Scalar::*;
    let string_like = |ty: &TypeRef| matches!(ty, TypeRef::Named(_) | TypeRef::Scalar(String | Uuid | Date | DateTime));
    match (a, b) {
        _ if a == b => Some(a.clone()),
        (TypeRef::Json, other) | (other, TypeRef::Json) => Some(other.clone()),
        (TypeRef::Scalar(String), other) | (other, TypeRef::Scalar(String)) if string_like(other) => {
            Some(other.clone())
        }
        (TypeRef::Scalar(I32 | I64 | U64), TypeRef::Scalar(F64)) => Some(a.clone()),
        (TypeRef::Scalar(F64), TypeRef::Scalar(I32 | I64 | U64)) => Some(b.clone()),
        (TypeRef::Scalar(I32), TypeRef::Scalar(I64 | U64)) | (TypeRef::Scalar(U64), TypeRef::Scalar(I64)) => {
            Some(a.clone())
        }
        (TypeRef::Scalar(I64 | U64), TypeRef::Scalar(I32)) | (TypeRef::Scalar(I64), TypeRef::Scalar(U64)) => {
            Some(b.clone())
        }
        (TypeRef::List(x), TypeRef::List(y)) => narrower(x, y).map(|item| TypeRef::List(Box::new(item))),
        _ => None,
    }
}

/// Whether `schema` is a scalar that [`Resolver::resolve_schema`] makes no definition
/// for, and so needs no name: claiming one and giving it back would change nothing.
fn defines_nothing(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().all(Option::is_none),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().all(Option::is_none),
        SchemaKind::Type(Type::Number(_) | Type::Boolean(_)) => true,
        _ => false,
    }
}

fn docs_with_deprecation(schema: &Schema) -> Option<String> {
    // `allOf: [$ref, {description}]` describes the use in a member of its own.
    let members = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        SchemaKind::Any(any) => any.all_of.as_slice(),
        _ => &[],
    };
    let annotated = members.iter().find_map(|member| match member {
        ReferenceOr::Item(member) if is_annotation(member) => member.schema_data.description.as_ref(),
        _ => None,
    });
    let text = docs(schema.schema_data.description.as_ref().or(annotated));
    if !schema.schema_data.deprecated {
        return text;
    }
    Some(match text {
        Some(text) => format!("{text}\n\nDeprecated."),
        None => "Deprecated.".to_owned(),
    })
}

fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Scalar {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Scalar::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Scalar::Date,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => Scalar::Uuid,
        _ => Scalar::String,
    }
}

fn integer_format(format: &VariantOrUnknownOrEmpty<IntegerFormat>) -> Scalar {
    match format {
        VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Scalar::I32,
        VariantOrUnknownOrEmpty::Unknown(f) if f.starts_with("uint") => Scalar::U64,
        _ => Scalar::I64,
    }
}
