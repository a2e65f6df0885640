//! Composition: `allOf` (every member at once), `oneOf` and `anyOf` (one of the
//! alternatives), and properties that several merged members declare.

use openapiv3::{Discriminator, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::keywords::{docs_with_deprecation, is_annotation};
use super::schema::{MAX_NESTING, Node, ObjectParts, Resolved};
use super::{Resolver, variant_name_for};
use crate::diagnostic::pointer_push;
use crate::ir::{Scalar, TaggedUnion, TaggedVariant, TypeDefKind, TypeRef, UnionVariant};
use crate::naming::{self, Scope};

/// The members of a `oneOf` or `anyOf`, with its keyword and discriminator.
#[derive(Clone, Copy)]
pub(super) struct UnionOf<'s> {
    pub(super) members: &'s [ReferenceOr<Schema>],
    keyword: &'static str,
    discriminator: Option<&'s Discriminator>,
}

impl<'a> Resolver<'a> {
    /// The type of a property declared once or more (by several merged members), as
    /// `allOf` of the declarations: declarations that only annotate add nothing; objects
    /// merge into one struct; others meet in the most specific (an enum whose values
    /// the other's include); `null` only where every declaration allows it.
    pub(super) fn property(&mut self, nodes: &[Node<'a>], hint: &str, at: &str) -> Resolved {
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
        if let Some(resolved) = self.narrowed_union(nodes, hint, at) {
            return resolved;
        }
        // Lists meet item by item: `allOf` of the declarations' items.
        let lists: Option<Vec<(Node<'a>, bool)>> = nodes.iter().map(|node| self.list_items(*node)).collect();
        if let Some(lists) = lists {
            let items: Vec<Node<'a>> = lists.iter().map(|(items, _)| *items).collect();
            let item = self.property(&items, &format!("{hint}Item"), &pointer_push(at, "items")).with_null();
            let nullable = lists.iter().all(|(_, nullable)| *nullable);
            return Resolved { ty: TypeRef::List(Box::new(item)), nullable };
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
                    } else if let Some(common) = common_strings(&before_values, &values) {
                        // Two string enums that overlap: the values both allow.
                        let name = self.type_names.claim(naming::type_name(hint));
                        let ty = self.define_enum(&name, None, common.iter().collect());
                        (Resolved { ty, nullable }, Some(common.into_iter().map(Value::String).collect()))
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

    /// A property that one declaration makes a union and the others narrow with objects
    /// (Retell's edges: the base's `transition_condition` is a prompt or an equation
    /// condition, and each kind of edge fixes its prompt): the union distributed, each
    /// alternative merged with the objects, the ones they contradict left out.
    fn narrowed_union(&mut self, nodes: &[Node<'a>], hint: &str, at: &str) -> Option<Resolved> {
        let mut union = None;
        let mut common = ObjectParts::default();
        let mut nullable = true;
        for &node in nodes {
            match self.union_member(node) {
                Some(_) if union.is_some() => return None,
                Some(found) => union = Some(found),
                None if self.collect_object(node, &mut common, &mut Vec::new()) => {
                    nullable &= self.follow(node).is_some_and(|schema| schema.schema_data.nullable);
                }
                None => return None,
            }
        }
        let union = union?;
        let name = self.type_names.claim(naming::type_name(hint));
        let resolved = self.union(union, common, &name, None, at);
        if resolved.ty != TypeRef::Named(name.clone()) {
            self.type_names.release(&name);
        }
        Some(Resolved { ty: resolved.ty, nullable: nullable && resolved.nullable })
    }

    /// The `items` of a list schema, through references, and whether the list may be
    /// `null`; `None` for anything else (a tuple included).
    fn list_items(&self, node: Node<'a>) -> Option<(Node<'a>, bool)> {
        let schema = self.follow(node)?;
        let items = match &schema.schema_kind {
            SchemaKind::Type(Type::Array(array)) => array.items.as_ref()?,
            // `items` with no `type` says a list too.
            SchemaKind::Any(any) if matches!(any.typ.as_deref(), None | Some("array")) => any.items.as_ref()?,
            _ => return None,
        };
        if matches!(items, ReferenceOr::Item(items) if items.schema_data.extensions.contains_key(crate::load::TUPLE)) {
            return None;
        }
        Some((Node::from(items), schema.schema_data.nullable))
    }

    /// The schema a node stands for, through chains of references.
    fn follow(&self, mut node: Node<'a>) -> Option<&'a Schema> {
        for _ in 0..MAX_NESTING {
            match node {
                Node::Ref(reference) => match self.component(reference)?.1 {
                    ReferenceOr::Item(schema) => return Some(schema),
                    ReferenceOr::Reference { reference } => node = Node::Ref(reference),
                },
                Node::Inline(schema) => return Some(schema),
            }
        }
        None
    }

    /// The values of the `enum` a schema is, through references and `allOf` wrappers.
    fn enum_values(&self, node: Node<'a>) -> Option<Vec<Value>> {
        let mut node = node;
        for _ in 0..MAX_NESTING {
            let schema = self.follow(node)?;
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
    pub(super) fn all_of(
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
        let unions: Vec<usize> = typed
            .iter()
            .enumerate()
            .filter(|(_, (_, m))| self.union_member(Node::from(*m)).is_some())
            .map(|(i, _)| i)
            .collect();
        let others = typed.len() > 1 || !own.is_empty();
        let distributed = match (beside, unions.as_slice()) {
            (Some(union), []) => Some(union),
            (None, [one]) if others => {
                let (_, member) = typed.remove(*one);
                self.union_member(Node::from(member))
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
    pub(super) fn union(
        &mut self,
        union: UnionOf<'a>,
        common: ObjectParts<'a>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> Resolved {
        let discriminator_at = pointer_push(at, "discriminator");
        let at = pointer_push(at, union.keyword);
        // An alternative whose tag the common members fix otherwise cannot occur.
        let mut members: Vec<(usize, &'a ReferenceOr<Schema>)> = union.members.iter().enumerate().collect();
        members.retain(|(_, member)| !self.contradicts(Node::from(*member), &common));
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
            self.diags.warn(&at, message);
            members = union.members.iter().enumerate().collect();
        }
        if let [(i, single)] = members[..] {
            let at = pointer_push(&at, &i.to_string());
            let mut parts = common.clone();
            if common.is_empty() {
                return self.resolve_named(Node::from(single), name, &at);
            } else if self.collect_object(Node::from(single), &mut parts, &mut Vec::new()) {
                return self.object(parts, name, docs, &at).into();
            }
        }
        let mut nullable = false;
        let mut variant_names = Scope::default();
        let mut variants: Vec<TaggedVariant> = Vec::new();
        let mut all_tagged = union.discriminator.is_some();
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
            // An alternative defined in place is named after its one tag, if it has one.
            let in_place = match (&key, tags.as_slice()) {
                (None, [tag]) => naming::camel(tag, "Object"),
                _ => format!("Variant{}", i + 1),
            };
            let resolved = if common.is_empty() {
                self.resolve(Node::from(member), &format!("{name}{in_place}"), &at)
            } else {
                let label = key.as_deref().map_or(in_place, naming::type_name);
                self.merged_variant(member, &common, &format!("{name}{label}"), &at)
            };
            nullable |= resolved.nullable;
            if let Some(existing) = variants.iter_mut().find(|v| v.ty == resolved.ty) {
                existing.tags.extend(tags);
                continue;
            }
            let label = match (&key, tags.as_slice()) {
                (Some(key), _) => self.component_names[key].clone(),
                (None, [tag]) if !has_title(member) => naming::camel(tag, "Object"),
                (None, _) => self.variant_label(member, &resolved.ty),
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

    /// The tag values that pick the component `key` (referred to as `reference`): its
    /// entries in the mapping; else the component's name, the spec's implicit mapping,
    /// unless the component's own schema forbids it: then the values it allows the
    /// property (OpenAI's tool calls: `type: {enum: [function]}`).
    pub(super) fn tag_values(&self, discriminator: &Discriminator, reference: &str, key: &str) -> Vec<String> {
        let mapped = discriminator.mapping.iter().filter(|(_, target)| *target == reference || *target == key);
        let tags: Vec<String> = mapped.map(|(tag, _)| tag.clone()).collect();
        if !tags.is_empty() {
            return tags;
        }
        let target = self.component(reference).map(|(_, target)| Node::from(target));
        match target.and_then(|target| self.own_tags(target, &discriminator.property_name, 0)) {
            Some(own) if !own.iter().any(|tag| tag == key) => own,
            _ => vec![key.to_owned()],
        }
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
        values.into_iter().map(|value| value.as_str().map(str::to_owned)).collect()
    }

    /// The one member of an `allOf` that only wraps it (`allOf: [$ref, {title}]`).
    fn single_member(&self, node: Node<'a>) -> Option<Node<'a>> {
        let all_of = match &self.follow(node)?.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) if any.properties.is_empty() && any.one_of.is_empty() => &any.all_of,
            _ => return None,
        };
        let mut typed = all_of.iter().filter(|m| !matches!(m, ReferenceOr::Item(s) if is_annotation(s)));
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
    fn union_member(&self, member: Node<'a>) -> Option<UnionOf<'a>> {
        let schema = self.follow(member)?;
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
}

/// Whether an alternative defined in place has a `title` to name it by.
fn has_title(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(schema) if schema.schema_data.title.is_some())
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

/// A schema's `enum` values, as JSON, if it has any.
/// The strings two enums both list, in the first's order; `None` unless both are
/// string enums that share one.
fn common_strings(a: &Option<Vec<Value>>, b: &Option<Vec<Value>>) -> Option<Vec<String>> {
    let (Some(a), Some(b)) = (a, b) else { return None };
    let common: Vec<String> = a
        .iter()
        .filter(|value| b.contains(value))
        .map(|value| value.as_str().map(str::to_owned))
        .collect::<Option<_>>()?;
    let strings = a.iter().chain(b).all(Value::is_string);
    (strings && !common.is_empty()).then_some(common)
}

fn enum_json(schema: &Schema) -> Option<Vec<Value>> {
    let values: Vec<Value> = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().map(|v| Value::from(v.clone())).collect(),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().map(|v| Value::from(*v)).collect(),
        SchemaKind::Any(any) => any.enumeration.clone(),
        _ => Vec::new(),
    };
    (!values.is_empty()).then_some(values)
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
