//! Inheritance polymorphism: a base schema with a `discriminator`, extended by
//! children through `allOf: [$ref base, ...]`. Wherever the base is used, any of its
//! descendants may come, so the base is a tagged union of them: each is picked by the
//! tag the discriminator's `mapping` gives it (else its name) and encoded with it, and
//! a tag the spec does not list is kept as it came.

use std::collections::HashMap;

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::Resolver;
use super::schema::{Node, ObjectParts};
use crate::diagnostic::pointer_unescape;
use crate::ir::{TaggedUnion, TaggedVariant, TypeRef};
use crate::naming::Scope;

use crate::spec::COMPONENT_SCHEMA;

/// Each component's children: the components whose `allOf` refers to it, in document order.
pub(super) fn children(schemas: &indexmap::IndexMap<String, ReferenceOr<Schema>>) -> HashMap<String, Vec<String>> {
    let mut children: HashMap<String, Vec<String>> = HashMap::new();
    for (key, schema) in schemas {
        let ReferenceOr::Item(schema) = schema else { continue };
        let members = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) => &any.all_of,
            _ => continue,
        };
        for member in members {
            if let ReferenceOr::Reference { reference } = member
                && let Some(parent) = reference.strip_prefix(COMPONENT_SCHEMA)
            {
                let parent = pointer_unescape(parent);
                let siblings = children.entry(parent).or_default();
                if !siblings.contains(key) {
                    siblings.push(key.clone());
                }
            }
        }
    }
    children
}

impl<'a> Resolver<'a> {
    /// Defines a child that adds nothing to its discriminated base but its tag (Azure's
    /// VHD distributor) as a type of its own, the base's members as a struct, rather
    /// than a name for the base; false for any other component.
    pub(super) fn define_bare_child(&mut self, key: &str, name: &str, schema: &'a Schema, at: &str) -> bool {
        let mut parts = ObjectParts::default();
        if !self.extends_base_only(key, schema)
            || !self.collect_object(Node::Inline(schema), &mut parts, &mut Vec::new())
        {
            return false;
        }
        self.object(parts, name, super::keywords::docs_with_deprecation(schema), at);
        true
    }

    /// Whether the component `key` is `allOf` of one discriminated base (its own
    /// discriminator or an inherited one) and nothing of its own: a child whose only
    /// difference is its tag.
    fn extends_base_only(&self, key: &str, schema: &'a Schema) -> bool {
        let (members, own) = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => (all_of, true),
            SchemaKind::Any(any) => {
                (&any.all_of, any.properties.is_empty() && any.one_of.is_empty() && any.any_of.is_empty())
            }
            _ => return false,
        };
        let typed: Vec<_> = crate::spec::typed_members(members).collect();
        let [ReferenceOr::Reference { reference }] = typed.as_slice() else { return false };
        let Some((base, ReferenceOr::Item(target))) = self.component(reference) else { return false };
        let discriminated =
            target.schema_data.discriminator.is_some() || self.inherited_discriminator(target, 0).is_some();
        own && discriminated
            && crate::spec::union_of(target).is_none()
            && self.children.get(&base).is_some_and(|children| children.iter().any(|c| c == key))
    }

    /// The tagged union the component `key` (named `name`) stands for, when it is a
    /// base: it has a discriminator, is no `oneOf`/`anyOf` itself, and has descendants
    /// or a mapping to other components. A base that is a value of its own too (the
    /// mapping names it, or it names its tag in `x-ms-discriminator-value`: Bing's
    /// `PropertiesItem`) has a variant for that: its own members, as `<name>Base`.
    ///
    /// A child with children of its own inherits the discriminator: where it is used,
    /// any of its descendants may come (Azure's `NetworkResourceProperties`, extended
    /// by `LocalNetworkResourceProperties`), so it is a union of them too, with a
    /// variant of its own for the tags it has that none of them claims.
    pub(super) fn polymorphic_base(
        &mut self,
        key: &str,
        name: &str,
        schema: &'a Schema,
        at: &str,
    ) -> Option<TaggedUnion> {
        if crate::spec::union_of(schema).is_some() {
            return None;
        }
        let (discriminator, inherited) = match schema.schema_data.discriminator.as_ref() {
            Some(own) => (own, false),
            None => (self.inherited_discriminator(schema, 0)?, true),
        };
        // Mapped components first, in the mapping's order, then the other descendants;
        // an inherited mapping names the base's, so only descendants count.
        let mut members: Vec<String> = Vec::new();
        for target in discriminator.mapping.values().filter(|_| !inherited) {
            let target = mapped_key(target);
            if target != key && self.component_names.contains_key(&target) && !members.contains(&target) {
                members.push(target);
            }
        }
        for descendant in self.descendants(key) {
            if !members.contains(&descendant) {
                members.push(descendant);
            }
        }
        let tagged: Vec<(String, Vec<String>)> = members
            .into_iter()
            .map(|member| {
                let tags = self.tag_values(discriminator, &format!("{COMPONENT_SCHEMA}{member}"), &member);
                (member, tags)
            })
            .collect();
        // A member whose descendants here claim each of its tags is never a value of
        // its own (Azure's `NetworkResourceProperties`, whose one tag its child has).
        let abstract_member = |member: &str, tags: &[String]| {
            let below = self.descendants(member);
            !below.is_empty()
                && tags
                    .iter()
                    .all(|tag| tagged.iter().any(|(other, theirs)| below.contains(other) && theirs.contains(tag)))
        };
        let tagged: Vec<&(String, Vec<String>)> =
            tagged.iter().filter(|(member, tags)| !abstract_member(member, tags)).collect();
        if tagged.is_empty() {
            return None;
        }
        let mut names = Scope::default();
        let mut variants: Vec<TaggedVariant> = tagged
            .into_iter()
            .map(|(member, tags)| {
                let name = self.component_names[member].clone();
                let tags = tags.clone();
                TaggedVariant { name: names.claim(name.clone()), ty: TypeRef::Named(name), tags, converts: false }
            })
            .collect();
        let own_tags: Vec<String> = if inherited {
            let claimed: Vec<&String> = variants.iter().flat_map(|variant| &variant.tags).collect();
            let reference = crate::diagnostic::pointer_push("#/components/schemas", key);
            let own = self.tag_values(discriminator, &reference, key);
            own.into_iter().filter(|tag| !claimed.contains(&tag)).collect()
        } else {
            discriminator
                .mapping
                .iter()
                .filter(|(_, target)| mapped_key(target) == key)
                .map(|(tag, _)| tag.clone())
                .chain(super::alternatives::azure_tag_of(schema).map(str::to_owned))
                .collect()
        };
        let mut parts = ObjectParts::default();
        if !own_tags.is_empty() && self.collect_object(Node::Inline(schema), &mut parts, &mut Vec::new()) {
            let base = self.type_names.claim(crate::naming::type_name(&format!("{name}Base")));
            let docs = format!("A `{name}` that is none of its descendants: its own members.");
            let ty = self.object(parts, &base, Some(docs), at);
            if ty != TypeRef::Named(base.clone()) {
                self.type_names.release(&base);
            }
            variants.push(TaggedVariant { name: names.claim(name.to_owned()), ty, tags: own_tags, converts: false });
        }
        Some(TaggedUnion::new(discriminator.property_name.clone(), variants))
    }

    /// The components that extend `key`, their children, and so on: each child, in
    /// document order, before the children of the last one.
    fn descendants(&self, key: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let mut pending = vec![key.to_owned()];
        while let Some(parent) = pending.pop() {
            for child in self.children.get(&parent).into_iter().flatten() {
                if child != key && !found.contains(child) {
                    found.push(child.clone());
                    pending.push(child.clone());
                }
            }
        }
        found
    }

    /// The discriminator `schema` inherits: that of the nearest component its `allOf`
    /// extends that has one (and is no `oneOf`/`anyOf`).
    fn inherited_discriminator(&self, schema: &'a Schema, depth: usize) -> Option<&'a openapiv3::Discriminator> {
        if depth > super::schema::MAX_NESTING {
            return None;
        }
        let members = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) => &any.all_of,
            _ => return None,
        };
        members.iter().find_map(|member| {
            let ReferenceOr::Reference { reference } = member else { return None };
            let (_, ReferenceOr::Item(parent)) = self.component(reference)? else { return None };
            if crate::spec::union_of(parent).is_some() {
                return None;
            }
            parent.schema_data.discriminator.as_ref().or_else(|| self.inherited_discriminator(parent, depth + 1))
        })
    }
}

/// The component a `mapping` value names: a reference, or a bare component name.
fn mapped_key(target: &str) -> String {
    target.strip_prefix(COMPONENT_SCHEMA).map(pointer_unescape).unwrap_or_else(|| target.to_owned())
}
