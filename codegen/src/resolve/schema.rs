//! Schemas to type uses and named type definitions.

use openapiv3::{
    AdditionalProperties, Discriminator, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind, StringFormat,
    Type, VariantOrUnknownOrEmpty,
};

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

impl From<TypeRef> for Resolved {
    fn from(ty: TypeRef) -> Self {
        Resolved { ty, nullable: false }
    }
}

/// The parts of an object schema, whichever way it was spelled.
#[derive(Default)]
struct ObjectParts<'s> {
    properties: Vec<(&'s String, Node<'s>)>,
    required: Vec<&'s String>,
    additional: Option<&'s AdditionalProperties>,
}

const COMPONENT_SCHEMA: &str = "#/components/schemas/";

/// How deep inline schemas may nest in one another. Parsers stop documents nested
/// much deeper; this bounds what merging `allOf` members can build on top of that.
const MAX_NESTING: usize = 100;

impl<'a> Resolver<'a> {
    /// Defines the component schema `name`: its own struct/enum/union, or an alias.
    pub(super) fn define_component(&mut self, name: &str, schema: &'a ReferenceOr<Schema>, at: &str) {
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
                self.diags.error(at, format!("reference `{reference}` does not resolve to a schema"));
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
        let discriminator = schema.schema_data.discriminator.as_ref();
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
            SchemaKind::Type(Type::Number(n)) => TypeRef::Scalar(match n.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Scalar::F32,
                _ => Scalar::F64,
            }),
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
            SchemaKind::OneOf { one_of } => self.union(one_of, "oneOf", discriminator, name, description(), at),
            SchemaKind::AnyOf { any_of } => self.union(any_of, "anyOf", discriminator, name, description(), at),
            SchemaKind::AllOf { all_of } => return self.all_of(all_of, None, name, description(), at),
            SchemaKind::Not { .. } => {
                let message = "`not` has no Rust type; any value is accepted here";
                self.diags.warn(pointer_push(at, "not"), message);
                TypeRef::Json
            }
            SchemaKind::Any(any) => {
                if !any.all_of.is_empty() {
                    let own = ObjectParts {
                        properties: any.properties.iter().map(|(k, v)| (k, Node::from(v))).collect(),
                        required: any.required.iter().collect(),
                        additional: None,
                    };
                    return self.all_of(&any.all_of, Some(own), name, description(), at);
                } else if !any.one_of.is_empty() {
                    self.union(&any.one_of, "oneOf", discriminator, name, description(), at)
                } else if !any.any_of.is_empty() {
                    self.union(&any.any_of, "anyOf", discriminator, name, description(), at)
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
        let item = match items {
            Some(items) => self.resolve(Node::from(items), &format!("{name}Item"), &pointer_push(at, "items")).ty,
            None => TypeRef::Json,
        };
        TypeRef::List(Box::new(item))
    }

    fn object(&mut self, parts: ObjectParts<'a>, name: &str, docs: Option<String>, at: &str) -> TypeRef {
        let additional = match parts.additional {
            Some(AdditionalProperties::Schema(value)) => {
                let at = pointer_push(at, "additionalProperties");
                let value = self.resolve(Node::from(value.as_ref()), &format!("{name}Value"), &at);
                Some(TypeRef::Map(Box::new(value.ty)))
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Object),
            Some(AdditionalProperties::Any(false)) | None => None,
        };
        if parts.properties.is_empty() {
            return additional.unwrap_or(TypeRef::Object);
        }
        let mut field_names = Scope::default();
        let mut fields = Vec::with_capacity(parts.properties.len() + 1);
        for (wire_name, node) in parts.properties {
            let at = pointer_push(&pointer_push(at, "properties"), wire_name);
            let field_name = field_names.claim(naming::snake(wire_name, "field"));
            let hint = match node {
                Node::Inline(_) => format!("{name}{}", naming::camel(wire_name, "Field")),
                Node::Ref(_) => String::new(),
            };
            let resolved = self.resolve(node, &hint, &at);
            let schema = match node {
                Node::Inline(s) => Some(s),
                Node::Ref(_) => None,
            };
            // One struct serves requests and responses, and each side leaves these out.
            let one_way = schema.is_some_and(|s| s.schema_data.read_only || s.schema_data.write_only);
            fields.push(Field {
                name: field_name,
                wire_name: wire_name.clone(),
                ty: resolved.ty,
                required: parts.required.contains(&wire_name) && !one_way,
                nullable: resolved.nullable,
                docs: schema.and_then(field_docs),
                default: schema.and_then(|s| s.schema_data.default.clone()),
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

    /// `allOf`: a value that is every member at once. Members that only annotate
    /// (`description`, `nullable`, `xml`, ...) add nothing but their `nullable`; one
    /// member left is that member's type; objects merge into one struct with the
    /// properties of every member, in order; scalars meet in the most specific of them.
    fn all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        own: Option<ObjectParts<'a>>,
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
        let own_is_empty = own.as_ref().is_none_or(|o| o.properties.is_empty() && o.required.is_empty());
        if own_is_empty {
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
        if let Some(own) = own {
            merged.properties.extend(own.properties);
            merged.required.extend(own.required);
        }
        if scalars.len() == typed.len() && merged.properties.is_empty() && merged.required.is_empty() {
            let ty = self.meet(&scalars, name, &at_all);
            return Resolved { ty, nullable };
        }
        for (i, _) in scalars {
            let message = "`allOf` member is not an object, but other members are: no value can be both, so it is left out of the merged type";
            self.diags.warn(member_at(i), message);
        }
        let mut unique = std::collections::HashSet::new();
        merged.properties.retain(|(key, _)| unique.insert(*key));
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
                true
            }
            SchemaKind::AllOf { all_of } => all_of.iter().all(|m| self.collect_object(Node::from(m), into, seen)),
            SchemaKind::Any(any) => {
                into.properties.extend(any.properties.iter().map(|(k, v)| (k, Node::from(v))));
                into.required.extend(any.required.iter());
                any.all_of.iter().all(|m| self.collect_object(Node::from(m), into, seen))
            }
            _ => false,
        }
    }

    /// `oneOf` / `anyOf` without `null` members (normalised into `nullable`).
    fn union(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        keyword: &str,
        discriminator: Option<&'a Discriminator>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> TypeRef {
        let at = pointer_push(at, keyword);
        if let [single] = members {
            return self.resolve_named(Node::from(single), name, &pointer_push(&at, "0")).ty;
        }
        if let Some(tagged) = discriminator.and_then(|d| self.tagged(members, d, &at)) {
            return self.push_type(name, docs, TypeDefKind::Tagged(tagged));
        }
        let mut variant_names = Scope::default();
        let mut variants: Vec<UnionVariant> = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let hint = format!("{name}Variant{}", i + 1);
            let ty = self.resolve(Node::from(member), &hint, &pointer_push(&at, &i.to_string())).ty;
            if variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            let variant = variant_names.claim(variant_name_for(&ty));
            variants.push(UnionVariant { name: variant, ty });
        }
        match variants.len() {
            0 => TypeRef::Json,
            1 => variants.remove(0).ty,
            _ => self.push_type(name, docs, TypeDefKind::Union(variants)),
        }
    }

    /// A discriminated union, when every member is a reference whose tag values are
    /// known (from `mapping`, else the schema's name); `None` means decode untagged.
    fn tagged(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        discriminator: &'a Discriminator,
        at: &str,
    ) -> Option<TaggedUnion> {
        let mut variant_names = Scope::default();
        let mut variants: Vec<TaggedVariant> = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let ReferenceOr::Reference { reference } = member else { return None };
            let (key, _) = self.component(reference)?;
            let mut tags: Vec<String> = discriminator
                .mapping
                .iter()
                .filter(|(_, target)| *target == reference || **target == key)
                .map(|(tag, _)| tag.clone())
                .collect();
            if tags.is_empty() {
                tags.push(key.clone());
            }
            let ty = self.resolve_ref(reference, &pointer_push(at, &i.to_string())).ty;
            if let Some(existing) = variants.iter_mut().find(|v| v.ty == ty) {
                existing.tags.extend(tags);
                continue;
            }
            variants.push(TaggedVariant { name: variant_names.claim(variant_name_for(&ty)), ty, tags });
        }
        Some(TaggedUnion { property: discriminator.property_name.clone(), variants })
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
            variants.push(EnumVariant { name: names.claim(naming::camel(value, "Empty")), value: value.clone() });
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

/// A schema that only annotates (`description`, `nullable`, `title`, `xml`, bounds
/// such as `maxLength`, ...): it allows every value, so in an `allOf` it changes no type.
fn is_annotation(schema: &Schema) -> bool {
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
        (TypeRef::Scalar(I32 | I64 | U64), TypeRef::Scalar(F32 | F64)) => Some(a.clone()),
        (TypeRef::Scalar(F32 | F64), TypeRef::Scalar(I32 | I64 | U64)) => Some(b.clone()),
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
