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

    /// Whether the component `key` is `allOf` of one discriminated base and nothing of
    /// its own: a child whose only difference is its tag.
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
        own && target.schema_data.discriminator.is_some()
            && crate::spec::union_of(target).is_none()
            && self.children.get(&base).is_some_and(|children| children.iter().any(|c| c == key))
    }

    /// The tagged union the component `key` (named `name`) stands for, when it is a
    /// base: it has a discriminator, is no `oneOf`/`anyOf` itself, and has descendants
    /// or a mapping to other components. A base that is a value of its own too (the
    /// mapping names it, or it names its tag in `x-ms-discriminator-value`: Bing's
    /// `PropertiesItem`) has a variant for that: its own members, as `<name>Base`.
    pub(super) fn polymorphic_base(
        &mut self,
        key: &str,
        name: &str,
        schema: &'a Schema,
        at: &str,
    ) -> Option<TaggedUnion> {
        let discriminator = schema.schema_data.discriminator.as_ref()?;
        if crate::spec::union_of(schema).is_some() {
            return None;
        }
        // Mapped components first, in the mapping's order, then the other descendants.
        let mut members: Vec<String> = Vec::new();
        for target in discriminator.mapping.values() {
            let target = mapped_key(target);
            if target != key && self.component_names.contains_key(&target) && !members.contains(&target) {
                members.push(target);
            }
        }
        let mut pending = vec![key.to_owned()];
        let mut seen = vec![key.to_owned()];
        while let Some(parent) = pending.pop() {
            for child in self.children.get(&parent).into_iter().flatten() {
                if !seen.contains(child) {
                    seen.push(child.clone());
                    pending.push(child.clone());
                    if !members.contains(child) {
                        members.push(child.clone());
                    }
                }
            }
        }
        if members.is_empty() {
            return None;
        }
        let mut names = Scope::default();
        let mut variants: Vec<TaggedVariant> = members
            .into_iter()
            .map(|member| {
                let reference = format!("{COMPONENT_SCHEMA}{member}");
                let tags = self.tag_values(discriminator, &reference, &member);
                let name = self.component_names[&member].clone();
                TaggedVariant { name: names.claim(name.clone()), ty: TypeRef::Named(name), tags, converts: false }
            })
            .collect();
        let own_tags: Vec<String> = discriminator
            .mapping
            .iter()
            .filter(|(_, target)| mapped_key(target) == key)
            .map(|(tag, _)| tag.clone())
            .chain(super::alternatives::azure_tag_of(schema).map(str::to_owned))
            .collect();
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
}

/// The component a `mapping` value names: a reference, or a bare component name.
fn mapped_key(target: &str) -> String {
    target.strip_prefix(COMPONENT_SCHEMA).map(pointer_unescape).unwrap_or_else(|| target.to_owned())
}
