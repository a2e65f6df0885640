//! The spec's components, looked up by reference for samples.

use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use openapiv3::{Discriminator, Example, OpenAPI, ReferenceOr, RequestBody, Response, Schema, SchemaKind};

use crate::diagnostic::pointer_unescape;

pub struct Schemas<'a> {
    spec: &'a OpenAPI,
    /// The component schemas some component extends with `allOf: [$ref, ...]`, by
    /// address; found when first asked.
    extended: OnceCell<HashSet<usize>>,
    /// The component schemas written in place, by address.
    components: OnceCell<HashSet<usize>>,
    /// Each tag a component names in `x-ms-discriminator-value`, with the first such
    /// component's position; found when first asked.
    azure_tagged: OnceCell<HashMap<String, usize>>,
    /// For each discriminator property asked about, the values components list as
    /// their own for it, each with those components' positions, in the spec's order: a
    /// spec with many tagged components (Microsoft Graph's 32,852) looked up every tag
    /// in all of them.
    listed: RefCell<HashMap<String, Rc<Listed>>>,
}

/// Values of a discriminator property, each with the positions of the components that
/// list it as their own, in the spec's order.
type Listed = HashMap<String, Vec<usize>>;

impl<'a> Schemas<'a> {
    pub fn new(spec: &'a OpenAPI) -> Self {
        Self {
            spec,
            extended: OnceCell::new(),
            components: OnceCell::new(),
            azure_tagged: OnceCell::new(),
            listed: RefCell::default(),
        }
    }

    /// Whether a component extends `schema` with `allOf: [$ref, ...]`: a discriminated
    /// base with children is a union of them.
    pub fn is_extended(&self, schema: &Schema) -> bool {
        let extended = self.extended.get_or_init(|| {
            let Some(components) = self.spec.components.as_ref() else { return Default::default() };
            let all_of = |schema: &'a ReferenceOr<Schema>| match schema {
                ReferenceOr::Item(Schema { schema_kind: SchemaKind::AllOf { all_of }, .. }) => all_of.as_slice(),
                ReferenceOr::Item(Schema { schema_kind: SchemaKind::Any(any), .. }) => any.all_of.as_slice(),
                _ => &[],
            };
            let references = components.schemas.values().flat_map(all_of).filter_map(|member| match member {
                ReferenceOr::Reference { reference } => Some(reference),
                ReferenceOr::Item(_) => None,
            });
            references
                .filter_map(|reference| self.resolve(self.target(reference)?.1))
                .map(|schema| std::ptr::from_ref(schema).addr())
                .collect()
        });
        extended.contains(&std::ptr::from_ref(schema).addr())
    }

    /// The component schema `key`, through references.
    pub fn component(&self, key: &str) -> Option<&'a Schema> {
        self.resolve(self.spec.components.as_ref()?.schemas.get(key)?)
    }

    /// The schema a reference or inline schema stands for.
    pub fn resolve(&self, schema: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
        crate::resolve::follow(self.spec.components.as_ref().map(|c| &c.schemas), schema, "schemas").ok()
    }

    /// As [`Self::resolve`], for a boxed schema (properties, items).
    pub fn resolve_boxed(&self, schema: &'a ReferenceOr<Box<Schema>>) -> Option<&'a Schema> {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.resolve(self.target(reference)?.1),
        }
    }

    /// The key and entry a schema reference names.
    pub fn target(&self, reference: &str) -> Option<(String, &'a ReferenceOr<Schema>)> {
        let key = pointer_unescape(reference.strip_prefix(crate::spec::COMPONENT_SCHEMA)?);
        let schema = self.spec.components.as_ref()?.schemas.get(&key)?;
        Some((key, schema))
    }

    /// The components (in the spec's order) that extend the component `base` with
    /// `allOf: [$ref base, ...]`.
    pub fn children(&self, base: &str) -> Vec<&'a str> {
        let reference = crate::diagnostic::pointer_push("#/components/schemas", base);
        let extends = |schema: &ReferenceOr<Schema>| match schema {
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::AllOf { all_of }, .. }) => {
                all_of.iter().any(|m| matches!(m, ReferenceOr::Reference { reference: r } if *r == reference))
            }
            ReferenceOr::Item(Schema { schema_kind: SchemaKind::Any(any), .. }) => {
                any.all_of.iter().any(|m| matches!(m, ReferenceOr::Reference { reference: r } if *r == reference))
            }
            _ => false,
        };
        let Some(schemas) = self.spec.components.as_ref().map(|c| &c.schemas) else { return Vec::new() };
        schemas.iter().filter(|(_, schema)| extends(schema)).map(|(key, _)| key.as_str()).collect()
    }

    /// The component a discriminated base's `value` is, by its tag: the `mapping`'s
    /// target, else the component that names the tag in `x-ms-discriminator-value`,
    /// else the component named like the tag.
    pub fn tagged_child(&self, base: &Schema, value: &serde_json::Value) -> Option<&'a Schema> {
        self.tagged_component(base, value).map(|(_, child)| child)
    }

    /// As [`Self::tagged_child`], with the child's component key. Only the base's own
    /// mapping may name a schema that does not extend it; a tag found otherwise names
    /// a child only if that schema is a descendant, as resolve makes the union's
    /// variants (Kusto's databases, whose examples are tagged `EventHub`, a data
    /// connection's `x-ms-discriminator-value`).
    pub fn tagged_component(&self, base: &Schema, value: &serde_json::Value) -> Option<(String, &'a Schema)> {
        let (discriminator, inherited) = self.discriminator_of(base)?;
        let (key, child) = self.tag_target(base, discriminator, value)?;
        let mapped = !inherited
            && value
                .get(&discriminator.property_name)
                .and_then(|tag| tag.as_str())
                .is_some_and(|tag| discriminator.mapping.contains_key(tag));
        (mapped || self.is_or_extends(child, base)).then_some((key, child))
    }

    /// The component `value`'s tag names: the `mapping`'s target, else the component
    /// that names the tag in `x-ms-discriminator-value`, else the one named like it,
    /// else a descendant of `base` whose own schema lists the tag as the property's
    /// value (`type: {enum: [function]}`).
    pub fn tag_target(
        &self,
        base: &Schema,
        discriminator: &Discriminator,
        value: &serde_json::Value,
    ) -> Option<(String, &'a Schema)> {
        let tag = value.get(&discriminator.property_name)?.as_str()?;
        let schemas = &self.spec.components.as_ref()?.schemas;
        let (key, child) = match discriminator.mapping.get(tag) {
            Some(target) => self.target(&mapped_reference(target))?,
            None => {
                let azure_tagged = self.azure_tagged.get_or_init(|| {
                    let mut first = HashMap::new();
                    for (i, (_, schema)) in schemas.iter().enumerate() {
                        if let Some(tag) = crate::resolve::azure_tag(schema) {
                            first.entry(tag.to_owned()).or_insert(i);
                        }
                    }
                    first
                });
                let named = azure_tagged.get(tag).and_then(|&i| schemas.get_index(i));
                let listing = || {
                    let listed = self.listed(&discriminator.property_name);
                    let mut listing = listed.get(tag)?.iter().filter_map(|&i| schemas.get_index(i));
                    listing.find(|(_, schema)| self.resolve(schema).is_some_and(|s| self.extends(s, base, 0)))
                };
                let (key, schema) = named.or_else(|| schemas.get_key_value(tag)).or_else(listing)?;
                (key.clone(), schema)
            }
        };
        Some((key, self.resolve(child)?))
    }

    /// The values the components list as their own for `property`, each with the
    /// positions of the components that list it, in the spec's order.
    fn listed(&self, property: &str) -> Rc<Listed> {
        if let Some(listed) = self.listed.borrow().get(property) {
            return Rc::clone(listed);
        }
        let mut listed = Listed::new();
        let schemas = self.spec.components.iter().flat_map(|components| &components.schemas);
        for (i, (_, schema)) in schemas.enumerate() {
            let Some(schema) = self.resolve(schema) else { continue };
            for tag in self.own_tags(schema, property) {
                let positions = listed.entry(tag.to_owned()).or_default();
                if positions.last() != Some(&i) {
                    positions.push(i);
                }
            }
        }
        let listed = Rc::new(listed);
        self.listed.borrow_mut().insert(property.to_owned(), Rc::clone(&listed));
        listed
    }

    /// The values a schema's own `property` lists, not those it inherits.
    fn own_tags(&self, schema: &'a Schema, property: &str) -> Vec<&'a str> {
        self.own_properties(schema, property)
            .into_iter()
            .flat_map(|property| match &property.schema_kind {
                SchemaKind::Type(openapiv3::Type::String(s)) => {
                    s.enumeration.iter().flatten().map(String::as_str).collect()
                }
                SchemaKind::Any(any) => any.enumeration.iter().filter_map(serde_json::Value::as_str).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    /// The schemas `schema` itself declares for its member `name`: in its
    /// `properties`, or those of an `allOf` member written in place; not inherited
    /// through a reference.
    pub fn own_properties<'s>(&self, schema: &'s Schema, name: &str) -> Vec<&'s Schema>
    where
        'a: 's,
    {
        let own = |schema: &'s Schema| match &schema.schema_kind {
            SchemaKind::Type(openapiv3::Type::Object(object)) => object.properties.get(name),
            SchemaKind::Any(any) => any.properties.get(name),
            _ => None,
        };
        let in_place = all_of(schema).iter().filter_map(|member| match member {
            ReferenceOr::Item(member) => own(member),
            ReferenceOr::Reference { .. } => None,
        });
        let declared = own(schema).into_iter().chain(in_place);
        declared
            .filter_map(|property| match property {
                ReferenceOr::Item(property) => Some(&**property),
                ReferenceOr::Reference { reference } => self.resolve(self.target(reference)?.1),
            })
            .collect()
    }

    /// Whether `schema` is `ancestor` or extends it through `allOf` references.
    pub fn is_or_extends(&self, schema: &Schema, ancestor: &Schema) -> bool {
        std::ptr::eq(schema, ancestor) || self.extends(schema, ancestor, 0)
    }

    /// The discriminator of `schema`: its own, or (`true`) for a component, the one it
    /// inherits from the nearest component its `allOf` extends that has one, as
    /// resolve reads a child with children of its own. A schema written in place (a
    /// `$ref` with a `description` beside it, made `allOf: [$ref]`) inherits none: it
    /// is the schema it refers to.
    pub fn discriminator_of<'s>(&self, schema: &'s Schema) -> Option<(&'s Discriminator, bool)>
    where
        'a: 's,
    {
        if let Some(own) = &schema.schema_data.discriminator {
            return Some((own, false));
        }
        if !self.is_component(schema) {
            return None;
        }
        self.inherited_discriminator(schema, 0).map(|inherited| (inherited, true))
    }

    /// Whether `schema` is one of the components, by address.
    fn is_component(&self, schema: &Schema) -> bool {
        let components = self.components.get_or_init(|| {
            let Some(components) = self.spec.components.as_ref() else { return Default::default() };
            let items = components.schemas.values().filter_map(|entry| match entry {
                ReferenceOr::Item(item) => Some(std::ptr::from_ref(item).addr()),
                ReferenceOr::Reference { .. } => None,
            });
            items.collect()
        });
        components.contains(&std::ptr::from_ref(schema).addr())
    }

    fn inherited_discriminator(&self, schema: &Schema, depth: usize) -> Option<&'a Discriminator> {
        if depth > MAX_INHERITANCE {
            return None;
        }
        all_of(schema).iter().find_map(|member| {
            let ReferenceOr::Reference { reference } = member else { return None };
            let parent = self.resolve(self.target(reference)?.1)?;
            if crate::spec::union_of(parent).is_some() {
                return None;
            }
            parent.schema_data.discriminator.as_ref().or_else(|| self.inherited_discriminator(parent, depth + 1))
        })
    }

    /// Whether `child` extends `ancestor` through `allOf` references.
    fn extends(&self, child: &Schema, ancestor: &Schema, depth: usize) -> bool {
        depth <= MAX_INHERITANCE
            && all_of(child).iter().any(|member| {
                let ReferenceOr::Reference { reference } = member else { return false };
                let Some(parent) = self.target(reference).and_then(|(_, entry)| self.resolve(entry)) else {
                    return false;
                };
                std::ptr::eq(parent, ancestor) || self.extends(parent, ancestor, depth + 1)
            })
    }

    /// The schema of `schema`'s member `name`: declared in its `properties`, or those
    /// of its `allOf` members, the nearest first.
    pub fn property<'s>(&self, schema: &'s Schema, name: &str) -> Option<&'s Schema>
    where
        'a: 's,
    {
        self.property_within(schema, name, 0)
    }

    fn property_within<'s>(&self, schema: &'s Schema, name: &str, depth: usize) -> Option<&'s Schema>
    where
        'a: 's,
    {
        if depth > MAX_INHERITANCE {
            return None;
        }
        let (properties, all_of) = match &schema.schema_kind {
            SchemaKind::Type(openapiv3::Type::Object(object)) => (Some(&object.properties), &[][..]),
            SchemaKind::AllOf { all_of } => (None, all_of.as_slice()),
            SchemaKind::Any(any) => (Some(&any.properties), any.all_of.as_slice()),
            _ => (None, &[][..]),
        };
        if let Some(property) = properties.and_then(|properties| properties.get(name)) {
            return match property {
                ReferenceOr::Item(property) => Some(property),
                ReferenceOr::Reference { reference } => self.resolve(self.target(reference)?.1),
            };
        }
        all_of.iter().rev().find_map(|member| {
            let member = self.in_place_or_target(member)?;
            self.property_within(member, name, depth + 1)
        })
    }

    /// A schema written in place, or the one a reference leads to.
    pub fn in_place_or_target<'s>(&self, schema: &'s ReferenceOr<Schema>) -> Option<&'s Schema>
    where
        'a: 's,
    {
        match schema {
            ReferenceOr::Item(schema) => Some(schema),
            ReferenceOr::Reference { reference } => self.resolve(self.target(reference)?.1),
        }
    }

    pub fn request_body(&self, body: &'a ReferenceOr<RequestBody>) -> Option<&'a RequestBody> {
        crate::resolve::follow(self.spec.components.as_ref().map(|c| &c.request_bodies), body, "requestBodies").ok()
    }

    pub fn response(&self, response: &'a ReferenceOr<Response>) -> Option<&'a Response> {
        crate::resolve::follow(self.spec.components.as_ref().map(|c| &c.responses), response, "responses").ok()
    }

    pub fn example(&self, reference: &str) -> Option<&'a Example> {
        let key = pointer_unescape(reference.strip_prefix("#/components/examples/")?);
        match self.spec.components.as_ref()?.examples.get(&key)? {
            ReferenceOr::Item(example) => Some(example),
            ReferenceOr::Reference { .. } => None,
        }
    }
}

/// How many `allOf` references deep inheritance is followed.
const MAX_INHERITANCE: usize = 32;

/// The `allOf` members of a schema.
fn all_of(schema: &Schema) -> &[ReferenceOr<Schema>] {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of,
        SchemaKind::Any(any) => &any.all_of,
        _ => &[],
    }
}

/// The reference a discriminator `mapping` value stands for: itself, or a bare
/// component name as a reference to that component.
pub(super) fn mapped_reference(target: &str) -> String {
    if target.starts_with('#') { target.to_owned() } else { format!("{}{target}", crate::spec::COMPONENT_SCHEMA) }
}
