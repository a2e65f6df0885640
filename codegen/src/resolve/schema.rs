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
pub(crate) struct Resolved {
    pub ty: TypeRef,
    pub nullable: bool,
}

/// The parts of an object schema, whichever way it was spelled.
struct ObjectParts<'s> {
    properties: Vec<(&'s String, Node<'s>)>,
    required: Vec<&'s String>,
    additional: Option<&'s AdditionalProperties>,
}

const COMPONENT_SCHEMA: &str = "#/components/schemas/";

impl<'a> Resolver<'a> {
    /// Defines the component schema `name`: its own struct/enum/union, or an alias.
    pub(super) fn define_component(&mut self, name: &str, schema: &'a ReferenceOr<Schema>, at: &str) {
        let defined_before = self.types.len();
        let resolved = self.resolve_named(Node::from(schema), name, at);
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
        if let Node::Ref(reference) = node {
            return self.resolve_ref(reference, at);
        }
        if let Node::Inline(schema) = node
            && defines_nothing(schema)
        {
            return self.resolve_named(node, "", at);
        }
        let name = self.type_names.claim(naming::type_name(hint));
        let resolved = self.resolve_named(node, &name, at);
        if resolved.ty != TypeRef::Named(name.clone()) {
            self.type_names.release(&name);
        }
        resolved
    }

    /// Resolves `node`; if it needs a definition of its own, that definition is `name`.
    fn resolve_named(&mut self, node: Node<'a>, name: &str, at: &str) -> Resolved {
        match node {
            Node::Ref(reference) => self.resolve_ref(reference, at),
            Node::Inline(schema) => {
                let ty = self.resolve_schema(schema, name, at);
                Resolved { ty, nullable: schema.schema_data.nullable }
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

    fn resolve_schema(&mut self, schema: &'a Schema, name: &str, at: &str) -> TypeRef {
        // Made only where a definition is: markdown is costly, and most schemas are scalars.
        let description = || docs_with_deprecation(schema);
        let discriminator = schema.schema_data.discriminator.as_ref();
        match &schema.schema_kind {
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
            SchemaKind::AllOf { all_of } => self.all_of(all_of, None, name, description(), at),
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
                    self.all_of(&any.all_of, Some(own), name, description(), at)
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
        }
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

    /// `allOf`: one struct with the properties of every member, in order.
    fn all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        own: Option<ObjectParts<'a>>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> TypeRef {
        let own_is_empty = own.as_ref().is_none_or(|o| o.properties.is_empty());
        if let ([single], true) = (members, own_is_empty) {
            return self.resolve_named(Node::from(single), name, &pointer_push(at, "allOf/0")).ty;
        }
        let mut merged = ObjectParts { properties: Vec::new(), required: Vec::new(), additional: None };
        let mut seen = Vec::new();
        for (i, member) in members.iter().enumerate() {
            if !self.collect_object(Node::from(member), &mut merged, &mut seen) {
                let at = pointer_push(&pointer_push(at, "allOf"), &i.to_string());
                self.diags.warn(at, "`allOf` member is not an object schema; it is left out of the merged type");
            }
        }
        if let Some(own) = own {
            merged.properties.extend(own.properties);
            merged.required.extend(own.required);
        }
        let mut unique = std::collections::HashSet::new();
        merged.properties.retain(|(key, _)| unique.insert(*key));
        self.object(merged, name, docs, at)
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
    let text = docs(schema.schema_data.description.as_ref());
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
