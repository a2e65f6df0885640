//! `oneOf` and `anyOf`: a value that is one of the alternatives, told apart by a
//! discriminator's tag where the spec gives one (or the alternatives fix one
//! themselves), else by shape.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{Discriminator, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::keywords::{docs_with_deprecation, string_format};
use super::schema::{MAX_NESTING, Node, ObjectParts, Resolved};
use super::{Resolver, variant_name_for};
use crate::diagnostic::pointer_push;
use crate::ir::{Scalar, TaggedUnion, TaggedVariant, TypeDefKind, TypeRef, UnionVariant};
use crate::naming::{self, Scope};
use crate::spec::{UnionOf, typed_members, union_of};

impl<'a> Resolver<'a> {
    /// `oneOf` / `anyOf` (`null` members were normalised into `nullable`). `common`:
    /// members every variant has besides its own (properties beside the keyword, the
    /// other members of an `allOf`); they merge into each object variant, so a
    /// discriminator property declared on the parent is in every variant.
    pub(super) fn union(
        &mut self,
        mut union: UnionOf<'a>,
        common: ObjectParts<'a>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> Resolved {
        let discriminator_at = pointer_push(at, "discriminator");
        let at = pointer_push(at, union.keyword);
        let members = self.kept_alternatives(&union, &common, &at);
        if let [(i, single)] = members[..] {
            let at = pointer_push(&at, &i.to_string());
            let mut parts = common.clone();
            if common.is_empty() {
                return self.resolve_named(Node::from(single), name, &at);
            } else if self.collect_object(Node::from(single), &mut parts, &mut Vec::new()) {
                return self.object(parts, name, docs, &at).into();
            }
        }
        // Without a mapping, that is: a mapping says which tag picks which alternative.
        if let Some(discriminator) = union.discriminator
            && discriminator.mapping.is_empty()
            && !common.properties.iter().any(|(key, _)| **key == discriminator.property_name)
            && !members.iter().any(|(_, member)| self.declares(Node::from(*member), &discriminator.property_name))
        {
            let message = format!(
                "no alternative declares the discriminator's property `{}`, so it cannot tell them apart; \
                 the union is told apart by shape",
                discriminator.property_name
            );
            self.diags.warn(DiagnosticKind::Repair, &discriminator_at, message);
            union.discriminator = None;
        }
        let mut nullable = false;
        let mut variant_names = Scope::default();
        let mut variants: Vec<TaggedVariant> = Vec::new();
        let mut all_tagged = union.discriminator.is_some();
        let alternatives: Vec<&'a ReferenceOr<Schema>> = members.iter().map(|(_, member)| *member).collect();
        // The component each variant is, for the default mapping to name.
        let mut components: Vec<(String, usize)> = Vec::new();
        for (i, member) in members {
            let at = pointer_push(&at, &i.to_string());
            let key = match member {
                ReferenceOr::Reference { reference } => self.component(reference).map(|(key, _)| key),
                ReferenceOr::Item(_) => None,
            };
            let tags = match (union.discriminator, member, &key) {
                (Some(discriminator), ReferenceOr::Reference { reference }, Some(key)) => {
                    self.tag_values(discriminator, reference, key)
                }
                (Some(discriminator), ReferenceOr::Item(_), _) => {
                    let own = self.own_tags(Node::from(member), &discriminator.property_name, 0);
                    all_tagged &= own.is_some();
                    own.unwrap_or_default()
                }
                _ => {
                    all_tagged = false;
                    Vec::new()
                }
            };
            let own_label = match (&key, tags.as_slice()) {
                (Some(_), _) => None,
                (None, [tag]) if !has_title(member) => Some(naming::camel(tag, "Object")),
                (None, _) => self.in_place_label(member, alternatives.iter().copied()),
            };
            let in_place = own_label.clone().unwrap_or_else(|| format!("Variant{}", i + 1));
            let resolved = if common.is_empty() {
                self.resolve(Node::from(member), &format!("{name}{in_place}"), &at)
            } else {
                let label = key.as_deref().map_or(in_place, naming::type_name);
                self.merged_variant(member, &common, &format!("{name}{label}"), &at)
            };
            nullable |= resolved.nullable;
            if let Some(existing) = variants.iter().position(|v| v.ty == resolved.ty) {
                variants[existing].tags.extend(tags);
                components.extend(key.map(|key| (key, existing)));
                continue;
            }
            components.extend(key.clone().map(|key| (key, variants.len())));
            let label = match (&key, own_label) {
                (Some(key), _) => self.component_names[key].clone(),
                (None, Some(label)) => label,
                (None, None) => self.variant_label(member, &resolved.ty),
            };
            variants.push(TaggedVariant { name: variant_names.claim(label), ty: resolved.ty, tags, converts: false });
        }
        if union.discriminator.is_some() && !all_tagged && variants.len() > 1 {
            let message =
                "the discriminator names no tag for alternatives defined in place; the union is told apart by shape";
            self.diags.warn(DiagnosticKind::Unsupported, &discriminator_at, message);
        }
        let ty = match (variants.len(), union.discriminator) {
            (0, _) => TypeRef::Json,
            (1, _) => variants.remove(0).ty,
            (_, Some(discriminator)) if all_tagged => {
                let property = discriminator.property_name.clone();
                let default = self.default_mapping(discriminator, &components, &discriminator_at);
                let mut union = TaggedUnion::new(property, variants);
                union.default = default.map(|i| union.variants[i].name.clone());
                self.push_type(name, docs, TypeDefKind::Tagged(union))
            }
            _ => {
                let variants =
                    variants.into_iter().map(|v| UnionVariant { name: v.name, ty: v.ty, converts: false }).collect();
                self.push_type(name, docs, TypeDefKind::Union(variants))
            }
        };
        Resolved { ty, nullable }
    }

    /// The index of the variant 3.2's `defaultMapping` names (a reference, or a
    /// component's name, as `mapping` values are); a name of no variant is a warning.
    fn default_mapping(
        &mut self,
        discriminator: &Discriminator,
        components: &[(String, usize)],
        at: &str,
    ) -> Option<usize> {
        let target = discriminator.extensions.get(crate::load::DEFAULT_MAPPING)?;
        let at = pointer_push(at, "defaultMapping");
        let Some(target) = target.as_str() else {
            self.diags.warn(DiagnosticKind::Document, at, "`defaultMapping` is not a string: it is not read");
            return None;
        };
        let key = target.strip_prefix(crate::spec::COMPONENT_SCHEMA).map(crate::diagnostic::pointer_unescape);
        let key = key.as_deref().unwrap_or(target);
        let found = components.iter().find(|(component, _)| component == key).map(|(_, i)| *i);
        if found.is_none() {
            let message = format!(
                "`{target}` is not one of the alternatives: a value whose tag the mapping lacks is kept as it is"
            );
            self.diags.warn(DiagnosticKind::Unsupported, at, message);
        }
        found
    }

    /// The alternatives that can occur, each with its index: not those whose tag the
    /// common members contradict (all, with a warning, if that leaves none), and a
    /// component listed twice once.
    fn kept_alternatives(
        &mut self,
        union: &UnionOf<'a>,
        common: &ObjectParts<'a>,
        at: &str,
    ) -> Vec<(usize, &'a ReferenceOr<Schema>)> {
        // An alternative whose tag the common members fix otherwise cannot occur.
        let mut members: Vec<(usize, &'a ReferenceOr<Schema>)> = union.members.iter().enumerate().collect();
        members.retain(|(_, member)| !self.contradicts(Node::from(*member), common));
        // A component listed twice is one alternative.
        let mut listed = Vec::new();
        members.retain(|(_, member)| match member {
            ReferenceOr::Reference { reference } => {
                !listed.contains(&reference) && {
                    listed.push(reference);
                    true
                }
            }
            ReferenceOr::Item(_) => true,
        });
        if members.is_empty() && !union.members.is_empty() {
            let message = "the members beside this union contradict every alternative; no value fits, so all are kept";
            self.diags.warn(DiagnosticKind::Repair, at, message);
            members = union.members.iter().enumerate().collect();
        }
        members
    }

    /// The tag values that pick the component `key` (referred to as `reference`): its
    /// entries in the mapping; else the tag its schema names in AutoRest's
    /// `x-ms-discriminator-value` (Azure's specs); else the component's name, the spec's
    /// implicit mapping, unless the component's own schema forbids it: then the values
    /// it allows the property (OpenAI's tool calls: `type: {enum: [function]}`). A
    /// component whose property is a free string with an `example` other than its name
    /// (ExaVault's `User`: "Always \"user\"", `example: user`) contradicts the implicit
    /// mapping: the example's value is its tag too, the first, with a warning.
    pub(super) fn tag_values(&mut self, discriminator: &Discriminator, reference: &str, key: &str) -> Vec<String> {
        let mapped = discriminator.mapping.iter().filter(|(_, target)| *target == reference || *target == key);
        let tags: Vec<String> = mapped.map(|(tag, _)| tag.clone()).collect();
        if !tags.is_empty() {
            return tags;
        }
        let target = self.component(reference).map(|(_, target)| target);
        if let Some(tag) = target.and_then(azure_tag) {
            return vec![tag.to_owned()];
        }
        let Some(target) = target else { return vec![key.to_owned()] };
        let property = &discriminator.property_name;
        match self.own_tags(Node::from(target), property, 0) {
            Some(own) if !own.iter().any(|tag| tag == key) => own,
            Some(_) => vec![key.to_owned()],
            None => match self.tag_example(target, property) {
                Some(example) if example != key => {
                    let at = pointer_push("/components/schemas", key);
                    let message = format!(
                        "the discriminator's implicit mapping tags this schema `{key}`, but the example of its \
                         `{property}` is `{example}`: both are read as its tag, and `{example}` is sent"
                    );
                    self.diags.warn(DiagnosticKind::Repair, at, message);
                    vec![example, key.to_owned()]
                }
                _ => vec![key.to_owned()],
            },
        }
    }

    /// The `example` of `property` where `schema` declares it itself (in its
    /// `properties`, or those of an `allOf` member written in place), when it is a
    /// string. An inherited one is not the schema's: a base's example would tag every child.
    fn tag_example(&self, schema: &'a ReferenceOr<Schema>, property: &str) -> Option<String> {
        let ReferenceOr::Item(schema) = schema else { return None };
        let own = |schema: &'a Schema| match &schema.schema_kind {
            SchemaKind::Type(openapiv3::Type::Object(object)) => object.properties.get(property),
            SchemaKind::Any(any) => any.properties.get(property),
            _ => None,
        };
        let in_place_members = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.as_slice(),
            SchemaKind::Any(any) => any.all_of.as_slice(),
            _ => &[],
        };
        let in_place = in_place_members.iter().filter_map(|member| match member {
            ReferenceOr::Item(member) => own(member),
            ReferenceOr::Reference { .. } => None,
        });
        let declared = own(schema).into_iter().chain(in_place).last()?;
        let declared = self.follow(Node::from(declared))?;
        Some(declared.schema_data.example.as_ref()?.as_str()?.to_owned())
    }

    /// The tags an alternative gives itself: the values its schema allows the
    /// discriminator `property` (an `enum` or `const`), through references and `allOf`;
    /// for a union, those of each of its alternatives. `None` when any alternative
    /// leaves the value open.
    fn own_tags(&self, node: Node<'a>, property: &str, depth: usize) -> Option<Vec<String>> {
        if depth > MAX_NESTING {
            return None;
        }
        if let Some(single) = self.single_member(node) {
            return self.own_tags(single, property, depth + 1);
        }
        if let Some(union) = self.union_member(node) {
            let mut tags = Vec::new();
            for member in union.members {
                tags.extend(self.own_tags(Node::from(member), property, depth + 1)?);
            }
            return Some(tags);
        }
        let mut parts = ObjectParts::default();
        if !self.collect_object(node, &mut parts, &mut Vec::new()) {
            return None;
        }
        let declared = parts.properties.iter().rev().filter(|(name, _)| name.as_str() == property);
        let values = declared.filter_map(|(_, node)| self.enum_values(*node)).next()?;
        // `null` is no tag (a nullable property); any other value that is no string is.
        let values = values.into_iter().filter(|value| !value.is_null());
        values.map(|value| value.as_str().map(str::to_owned)).collect()
    }

    /// Whether an alternative (or, for a union, any of its alternatives) declares
    /// `property`, through references and `allOf`.
    fn declares(&self, node: Node<'a>, property: &str) -> bool {
        let object_declares = |node: Node<'a>| {
            let mut parts = ObjectParts::default();
            self.collect_object(node, &mut parts, &mut Vec::new())
                && parts.properties.iter().any(|(key, _)| key.as_str() == property)
        };
        match self.union_member(node) {
            Some(union) => union.members.iter().any(|member| object_declares(Node::from(member))),
            None => object_declares(node),
        }
    }

    /// The one member of an `allOf` that only wraps it (`allOf: [$ref, {title}]`).
    fn single_member(&self, node: Node<'a>) -> Option<Node<'a>> {
        let all_of = match &self.follow(node)?.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) if any.properties.is_empty() && any.one_of.is_empty() && any.any_of.is_empty() => {
                &any.all_of
            }
            _ => return None,
        };
        let mut typed = typed_members(all_of);
        match (typed.next(), typed.next()) {
            (Some(single), None) => Some(Node::from(single)),
            _ => None,
        }
    }

    /// Whether `common` fixes a property of the alternative `member` to values that
    /// the alternative does not allow (`type: [prompt]` beside an alternative whose
    /// `type` is `[equation]`).
    fn contradicts(&self, member: Node<'a>, common: &ObjectParts<'a>) -> bool {
        let mut own = ObjectParts::default();
        if common.is_empty() || !self.collect_object(member, &mut own, &mut Vec::new()) {
            return false;
        }
        own.properties.iter().any(|(key, node)| {
            common.properties.iter().filter(|(other_key, _)| other_key == key).any(|(_, other)| {
                match (self.enum_values(*node), self.enum_values(*other)) {
                    (Some(own), Some(fixed)) => !own.iter().any(|value| fixed.contains(value)),
                    _ => false,
                }
            })
        })
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
    pub(super) fn union_member(&self, member: Node<'a>) -> Option<UnionOf<'a>> {
        let schema = self.follow(member)?;
        let plain = match &schema.schema_kind {
            SchemaKind::Any(any) => any.properties.is_empty() && any.required.is_empty() && any.all_of.is_empty(),
            _ => true,
        };
        union_of(schema).filter(|_| plain)
    }

    /// What an alternative defined in place is named after, known before it is
    /// resolved: its `title`; the one value of a one-value string `enum` (`"auto"`),
    /// for a string `enum` of more `Known` beside a free string (then `Other`), else
    /// `Keyword`; `List` for a list of values defined
    /// in place; `Object` for the one object among the alternatives; the value it
    /// alone fixes a required property to (an event's `thread.message.created`); else
    /// `With` and the first member it requires, or declares, that no other alternative
    /// mentions: what tells it apart (`{required: [file_ids]}` beside `{required: [files]}`).
    fn in_place_label(
        &self,
        member: &'a ReferenceOr<Schema>,
        alternatives: impl Iterator<Item = &'a ReferenceOr<Schema>> + Clone,
    ) -> Option<String> {
        let ReferenceOr::Item(schema) = member else { return None };
        if let Some(title) = &schema.schema_data.title {
            return Some(naming::camel(title, "Object"));
        }
        // A string enum beside a free string is the values the spec knows, the string
        // any other (a model id: one of the listed, or a fine-tuned one).
        let others = || alternatives.clone().filter(|other| !std::ptr::eq(*other, member));
        if let SchemaKind::Type(Type::String(string)) = &schema.schema_kind {
            let beside_free = || others().any(|other| self.is_free_string(Node::from(other)));
            let beside_enum = || others().any(|other| self.is_string_enum(Node::from(other)));
            return match string.enumeration.as_slice() {
                [Some(value)] => Some(naming::camel(value, "Value")),
                values if values.iter().any(Option::is_some) && beside_free() => Some("Known".to_owned()),
                values if values.iter().any(Option::is_some) => Some("Keyword".to_owned()),
                _ if self.is_free_string(Node::from(member)) && beside_enum() => Some("Other".to_owned()),
                _ => None,
            };
        }
        // A list of values defined in place: their types are named after the list.
        if let SchemaKind::Type(Type::Array(array)) = &schema.schema_kind {
            let scalar = |items: &Schema| {
                matches!(&items.schema_kind, SchemaKind::Type(Type::String(s)) if s.enumeration.is_empty())
                    || matches!(
                        &items.schema_kind,
                        SchemaKind::Type(Type::Integer(_) | Type::Number(_) | Type::Boolean(_))
                    )
            };
            return match &array.items {
                Some(ReferenceOr::Item(items)) if !scalar(items) => Some("List".to_owned()),
                _ => None,
            };
        }
        let own = self.object_parts(Node::from(member))?;
        let others: Vec<ObjectParts<'a>> = others().filter_map(|other| self.object_parts(Node::from(other))).collect();
        // The one object among the alternatives: its shape tells it apart.
        if others.is_empty() {
            return Some("Object".to_owned());
        }
        let fixed = |parts: &ObjectParts<'a>, key: &str| {
            let (_, node) = parts.properties.iter().rev().find(|(name, _)| name.as_str() == key)?;
            match self.enum_values(*node)?.as_slice() {
                [Value::String(value)] => Some(value.clone()),
                _ => None,
            }
        };
        for key in &own.required {
            if let Some(value) = fixed(&own, key)
                && others.iter().all(|other| fixed(other, key).is_some_and(|theirs| theirs != value))
            {
                return Some(naming::camel(&value, "Value"));
            }
        }
        let mentions = |parts: &ObjectParts<'a>, key: &str| {
            parts.required.iter().any(|name| name.as_str() == key)
                || parts.properties.iter().any(|(name, _)| name.as_str() == key)
        };
        let declared = own.properties.iter().map(|(key, _)| *key);
        let distinct =
            own.required.iter().copied().chain(declared).find(|key| !others.iter().any(|o| mentions(o, key)))?;
        Some(format!("With{}", naming::camel(distinct, "Member")))
    }

    /// The properties and `required` list of an object (through references and
    /// `allOf`), or `None` for what is no object.
    fn object_parts(&self, node: Node<'a>) -> Option<ObjectParts<'a>> {
        let mut parts = ObjectParts::default();
        self.collect_object(node, &mut parts, &mut Vec::new()).then_some(parts)
    }

    /// A variant's name when nothing in place names it: `Object` for an object
    /// defined here, else after its type (`String`, `IntegerList`, a type's name).
    fn variant_label(&self, member: &ReferenceOr<Schema>, ty: &TypeRef) -> String {
        let ReferenceOr::Item(_) = member else { return variant_name_for(ty) };
        let defined_here =
            |name: &str| self.types.iter().rev().any(|t| t.name == name && matches!(t.kind, TypeDefKind::Struct(_)));
        match ty {
            TypeRef::Named(name) if defined_here(name) => "Object".to_owned(),
            _ => variant_name_for(ty),
        }
    }

    /// Whether `node` is a string `enum`, through references.
    fn is_string_enum(&self, node: Node<'a>) -> bool {
        let Some(schema) = self.follow(node) else { return false };
        matches!(&schema.schema_kind, SchemaKind::Type(Type::String(s)) if s.enumeration.iter().any(Option::is_some))
    }

    /// Whether `node` is any string at all: no `enum`, no `format` that makes it
    /// another type.
    fn is_free_string(&self, node: Node<'a>) -> bool {
        let Some(schema) = self.follow(node) else { return false };
        matches!(&schema.schema_kind, SchemaKind::Type(Type::String(s))
                if s.enumeration.is_empty() && string_format(&s.format) == Scalar::String)
    }
}

/// The tag a schema gives itself in AutoRest's `x-ms-discriminator-value` extension,
/// which Azure's specs use instead of a `mapping`.
pub(crate) fn azure_tag(schema: &ReferenceOr<Schema>) -> Option<&str> {
    match schema {
        ReferenceOr::Item(schema) => azure_tag_of(schema),
        ReferenceOr::Reference { .. } => None,
    }
}

pub(crate) fn azure_tag_of(schema: &Schema) -> Option<&str> {
    schema.schema_data.extensions.get(AZURE_TAG)?.as_str()
}

/// AutoRest's extension for a schema's discriminator value.
const AZURE_TAG: &str = "x-ms-discriminator-value";

/// Whether an alternative defined in place has a `title` to name it by.
fn has_title(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(schema) if schema.schema_data.title.is_some())
}
