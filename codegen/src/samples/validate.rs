//! Whether a JSON value is one the schema allows, as OpenAPI 3.0 reads a schema (the
//! document is normalised to it): types and formats, `enum`, `nullable`, required and
//! declared members, items, and the composition keywords. What cannot change a Rust
//! type (`pattern`, bounds) is not checked.

use openapiv3::{
    AdditionalProperties, AnySchema, Discriminator, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use super::Schemas;
use crate::ir::{Scalar, TypeRef};

/// How deep references may lead while one value is checked.
const MAX_DEPTH: usize = 64;

/// How many schemas one value may be checked against in all: unions within unions
/// multiply the work, and a hostile spec could make it explode.
const MAX_CHECKS: usize = 100_000;

/// `Ok` when `value` fits `schema`; else where it does not (`.items[2]: not a string`).
/// A value too costly to check fully is taken as fitting.
pub fn fits(schemas: &Schemas<'_>, schema: &Schema, value: &Value) -> Result<(), String> {
    Check::new(schemas, false).schema(schema, value, "", "", 0)
}

/// A member of an object schema that an example shows to be absent, or `null`, where
/// the schema says it cannot be.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Relaxation {
    /// The JSON pointer of the object schema that declares the member.
    pub object: String,
    pub member: String,
    /// `null` was sent (else the member was left out).
    pub null: bool,
    /// Where in the example (`.items[0].owner`).
    pub at: String,
}

/// What `value` needs of the schema at `here` (its JSON pointer) to fit it: the
/// required members it omits and the members it sends as `null` that may not be.
/// `None` when it does not fit even so (another problem: the example says nothing
/// certain), or fits as it is.
pub fn relaxations(schemas: &Schemas<'_>, schema: &Schema, here: &str, value: &Value) -> Option<Vec<Relaxation>> {
    let check = Check::new(schemas, true);
    check.schema(schema, value, "", here, 0).ok()?;
    let relaxed = check.relaxed.into_inner();
    (!relaxed.is_empty()).then_some(relaxed)
}

struct Check<'s, 'a> {
    schemas: &'s Schemas<'a>,
    budget: std::cell::Cell<usize>,
    /// Whether an omitted required member or an unexpected `null` is noted in
    /// `relaxed` rather than a misfit.
    lenient: std::cell::Cell<bool>,
    relaxed: std::cell::RefCell<Vec<Relaxation>>,
    /// Discriminated bases being checked as the child their value's tag names, each
    /// with that value: within the child's `allOf`, the base is checked as itself.
    dispatched: std::cell::RefCell<Vec<(*const Schema, *const Value)>>,
}

impl<'s, 'a> Check<'s, 'a> {
    fn new(schemas: &'s Schemas<'a>, lenient: bool) -> Self {
        let budget = std::cell::Cell::new(MAX_CHECKS);
        let lenient = std::cell::Cell::new(lenient);
        Self { schemas, budget, lenient, relaxed: Default::default(), dispatched: Default::default() }
    }

    /// The schema a node stands for, with its JSON pointer: its own place (`here`),
    /// or that of the component schema its reference leads to.
    fn located<'n>(&self, mut node: &'n ReferenceOr<Schema>, here: &str) -> Option<(&'n Schema, String)>
    where
        'a: 'n,
    {
        let mut here = here.to_owned();
        // A chain of references that loops leads nowhere.
        for _ in 0..MAX_DEPTH {
            match node {
                ReferenceOr::Item(schema) => return Some((schema, here)),
                ReferenceOr::Reference { reference } => {
                    let (key, entry) = self.schemas.target(reference)?;
                    here = crate::diagnostic::pointer_push("/components/schemas", &key);
                    node = entry;
                }
            }
        }
        None
    }

    fn node(
        &self,
        node: &ReferenceOr<Schema>,
        value: &Value,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        match self.located(node, here) {
            Some((schema, here)) => self.schema(schema, value, at, &here, depth + 1),
            None => Ok(()),
        }
    }

    fn boxed(
        &self,
        node: &ReferenceOr<Box<Schema>>,
        value: &Value,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        match node {
            ReferenceOr::Item(schema) => self.schema(schema, value, at, here, depth + 1),
            ReferenceOr::Reference { reference } => {
                self.node(&ReferenceOr::Reference { reference: reference.clone() }, value, at, here, depth)
            }
        }
    }

    fn schema(&self, schema: &Schema, value: &Value, at: &str, here: &str, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH || self.budget.get() == 0 {
            return Ok(());
        }
        self.budget.set(self.budget.get() - 1);
        let fail = |why: &str| Err(format!("{}: {why}", subject(at)));
        if value.is_null() && (schema.schema_data.nullable || allows_null(schema)) {
            return Ok(());
        }
        if let Some(checked) = self.as_tagged_child(schema, value, at, depth) {
            return checked;
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let Some(text) = value.as_str() else { return fail("not a string") };
                let listed = s.enumeration.iter().flatten().collect::<Vec<_>>();
                if !listed.is_empty() && !listed.iter().any(|v| *v == text) {
                    return fail("not one of the enum's values");
                }
                match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) if !is_date_time(text) => {
                        fail("not an RFC 3339 date-time")
                    }
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) if !is_date(text) => fail("not an RFC 3339 date"),
                    VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" && !is_uuid(text) => fail("not a UUID"),
                    _ => Ok(()),
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                if !(value.is_i64() || value.is_u64()) {
                    return fail("not an integer");
                }
                let scalar = crate::resolve::integer_format(&i.format);
                if !crate::resolve::fits(value, &TypeRef::Scalar(scalar)) {
                    let range = match scalar {
                        Scalar::I32 => "an int32's range (`i32`)",
                        Scalar::U64 => "an unsigned integer's range (`u64`)",
                        _ => "an int64's range (`i64`)",
                    };
                    return fail(&format!("outside {range}"));
                }
                let listed: Vec<i64> = i.enumeration.iter().flatten().copied().collect();
                if !listed.is_empty() && !value.as_i64().is_some_and(|v| listed.contains(&v)) {
                    return fail("not one of the enum's values");
                }
                Ok(())
            }
            SchemaKind::Type(Type::Number(_)) if !value.is_number() => fail("not a number"),
            SchemaKind::Type(Type::Boolean(_)) if !value.is_boolean() => fail("not a boolean"),
            SchemaKind::Type(Type::Number(_) | Type::Boolean(_)) => Ok(()),
            SchemaKind::Type(Type::Array(a)) => {
                let Some(items) = value.as_array() else { return fail("not a list") };
                if let Some(positions) = a.items.as_ref().and_then(tuple_positions) {
                    if positions.len() != items.len() {
                        return fail(&format!("not a list of {} items", positions.len()));
                    }
                    return positions.iter().zip(items).enumerate().try_for_each(|(i, (schema, item))| {
                        let here = format!("{here}/items/anyOf/{i}");
                        self.node(schema, item, &format!("{at}[{i}]"), &here, depth)
                    });
                }
                match &a.items {
                    Some(schema) => items.iter().enumerate().try_for_each(|(i, item)| {
                        self.boxed(schema, item, &format!("{at}[{i}]"), &format!("{here}/items"), depth)
                    }),
                    None => Ok(()),
                }
            }
            SchemaKind::Type(Type::Object(o)) => {
                let Some(members) = value.as_object() else { return fail("not an object") };
                let object = Object {
                    properties: &o.properties,
                    required: &o.required,
                    additional: o.additional_properties.as_ref(),
                };
                self.members(members, object, at, here, depth)
            }
            SchemaKind::OneOf { one_of } => {
                self.tagged_any_of(schema, one_of, value, at, &format!("{here}/oneOf"), depth)
            }
            SchemaKind::AnyOf { any_of } => {
                self.tagged_any_of(schema, any_of, value, at, &format!("{here}/anyOf"), depth)
            }
            SchemaKind::AllOf { all_of } => self.all_of(all_of, value, at, here, depth),
            SchemaKind::Not { .. } => Ok(()),
            SchemaKind::Any(any) => self.any(schema, any, value, at, here, depth),
        }
    }

    /// A schema of no single `type` (or of several): each keyword it has checked.
    fn any(
        &self,
        schema: &Schema,
        any: &AnySchema,
        value: &Value,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        let fail = |why: &str| Err(format!("{}: {why}", subject(at)));
        let typed = match any.typ.as_deref() {
            Some("string") if !value.is_string() => fail("not a string"),
            Some("integer") if !(value.is_i64() || value.is_u64()) => fail("not an integer"),
            Some("number") if !value.is_number() => fail("not a number"),
            Some("boolean") if !value.is_boolean() => fail("not a boolean"),
            Some("array") if !value.is_array() => fail("not a list"),
            Some("object") if !value.is_object() => fail("not an object"),
            _ => Ok(()),
        };
        typed?;
        if !any.enumeration.is_empty() && !any.enumeration.contains(value) {
            return fail("not one of the enum's values");
        }
        // `items` with no `type` and nothing that makes an object is read as a
        // list, as the types are (Slack's conversations).
        let a_list = any.items.is_some()
            && any.properties.is_empty()
            && any.additional_properties.is_none()
            && [&any.all_of, &any.one_of, &any.any_of].iter().all(|members| members.is_empty());
        if a_list && !value.is_array() {
            return fail("not a list");
        }
        if let Some(members) = value.as_object() {
            let additional = any.additional_properties.as_ref();
            let object = Object { properties: &any.properties, required: &any.required, additional };
            self.members(members, object, at, here, depth)?;
        } else if (!any.properties.is_empty() || any.additional_properties.is_some())
            && matches!(any.typ.as_deref(), None | Some("object"))
        {
            // `properties` or `additionalProperties` with no `type` is read as an
            // object, as the types are.
            return fail("not an object");
        }
        if let (Some(items), Some(list)) = (&any.items, value.as_array()) {
            for (i, item) in list.iter().enumerate() {
                self.boxed(items, item, &format!("{at}[{i}]"), &format!("{here}/items"), depth)?;
            }
        }
        self.all_of(&any.all_of, value, at, here, depth)?;
        if !any.one_of.is_empty() {
            self.tagged_any_of(schema, &any.one_of, value, at, &format!("{here}/oneOf"), depth)?;
        }
        if !any.any_of.is_empty() {
            self.tagged_any_of(schema, &any.any_of, value, at, &format!("{here}/anyOf"), depth)?;
        }
        Ok(())
    }

    /// A discriminated base's value checked as the child its tag names, as the
    /// generated union decodes it. A value whose tag picks none of its children, or
    /// that has no tag, does not fit: it decodes as a value the spec does not list. `None`: not
    /// such a base, or the base checked as part of that child.
    fn as_tagged_child(&self, schema: &Schema, value: &Value, at: &str, depth: usize) -> Option<Result<(), String>> {
        let (discriminator, inherited) = self.schemas.discriminator_of(schema)?;
        let union = match &schema.schema_kind {
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => true,
            SchemaKind::Any(any) => !any.one_of.is_empty() || !any.any_of.is_empty(),
            _ => false,
        };
        let pair = (std::ptr::from_ref(schema), std::ptr::from_ref(value));
        if union || !value.is_object() || self.dispatched.borrow().contains(&pair) {
            return None;
        }
        match self.schemas.tagged_component(schema, value) {
            Some((_, child)) if std::ptr::eq(child, schema) => None,
            Some((key, child)) => {
                self.dispatched.borrow_mut().push(pair);
                let here = crate::diagnostic::pointer_push("/components/schemas", &key);
                let checked = self.schema(child, value, at, &here, depth + 1);
                self.dispatched.borrow_mut().pop();
                Some(checked)
            }
            None => {
                // Only a base with children is a union; one without is a plain object,
                // which a value tagged as another schema is not (ServiceFabric's
                // example of a failed batch, given for the successful one).
                if !self.schemas.is_extended(schema) && (inherited || discriminator.mapping.is_empty()) {
                    let (other, _) = self.schemas.tag_target(schema, discriminator, value).filter(|_| inherited)?;
                    let property = &discriminator.property_name;
                    let at = subject(at);
                    return Some(Err(format!("{at}: its `{property}` tag names `{other}`, another schema")));
                }
                let property = &discriminator.property_name;
                let why = match value.get(property) {
                    Some(tag) => format!("the `{property}` tag {tag} picks none of the schemas it may be"),
                    None => format!("no `{property}` tag"),
                };
                Some(Err(format!("{}: {why}", subject(at))))
            }
        }
    }

    fn all_of(
        &self,
        members: &[ReferenceOr<Schema>],
        value: &Value,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        members.iter().enumerate().try_for_each(|(i, m)| self.node(m, value, at, &format!("{here}/allOf/{i}"), depth))
    }

    /// `value` fits one of the alternatives of `union`; when it has a
    /// discriminator and `value` a tag, only the alternatives that tag picks, as the
    /// generated union decodes it; a tag that picks none does not fit.
    fn tagged_any_of(
        &self,
        union: &Schema,
        members: &[ReferenceOr<Schema>],
        value: &Value,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        let discriminator = union.schema_data.discriminator.as_ref();
        let tag = discriminator.and_then(|d| value.get(&d.property_name)?.as_str());
        // Each keeps its position: relaxations point into the alternative checked.
        let picked: Vec<(usize, &ReferenceOr<Schema>)> = members
            .iter()
            .enumerate()
            .filter(|(_, member)| match (discriminator, tag) {
                (Some(discriminator), Some(tag)) => self.picks(member, discriminator, tag),
                _ => true,
            })
            .collect();
        if let (Some(discriminator), Some(tag), true) = (discriminator, tag, picked.is_empty()) {
            let property = &discriminator.property_name;
            return Err(format!("{}: the `{property}` tag \"{tag}\" picks no alternative", subject(at)));
        }
        self.any_of(&picked, value, at, here, depth)
    }

    /// Whether the discriminator's `tag` picks the alternative `member`, read as
    /// resolve reads a union's tags: the `mapping` for the alternatives it names; else
    /// the schema's `x-ms-discriminator-value`; else the values its own schema allows
    /// the property (`enum`, `const`); else the component's name, or the example of a
    /// free property (ExaVault's `User`, tagged `user`).
    fn picks(&self, member: &ReferenceOr<Schema>, discriminator: &Discriminator, tag: &str) -> bool {
        let key = match member {
            ReferenceOr::Reference { reference } => self.schemas.target(reference).map(|(key, _)| key),
            ReferenceOr::Item(_) => None,
        };
        let names_member = |target: &String| {
            key.as_ref().is_some_and(|key| {
                super::schemas::mapped_reference(target) == crate::diagnostic::pointer_push("#/components/schemas", key)
            })
        };
        if discriminator.mapping.values().any(names_member) {
            return discriminator.mapping.get(tag).is_some_and(names_member);
        }
        let Some(schema) = self.schemas.in_place_or_target(member) else { return true };
        if let Some(own) = crate::resolve::azure_tag_of(schema) {
            return own == tag;
        }
        match self.schemas.property(schema, &discriminator.property_name) {
            Some(property) => match string_values(property) {
                // Values that include the component's name leave the name its only tag.
                Some(values) if key.as_ref().is_some_and(|key| values.contains(key)) => {
                    key.is_some_and(|key| key == tag)
                }
                Some(values) => values.iter().any(|value| value == tag),
                None => {
                    // An example is the schema's own only: a base's would tag every child.
                    let own = self.schemas.own_properties(schema, &discriminator.property_name);
                    let example = own.last().and_then(|own| own.schema_data.example.as_ref()?.as_str());
                    key.is_none_or(|key| key == tag) || example == Some(tag)
                }
            },
            None => key.is_none_or(|key| key == tag),
        }
    }

    /// `value` fits one of `members`, each with its position (at `here/0`,
    /// `here/1`, ...). Leniently, an alternative it fits as it is wins over one it
    /// fits once relaxed.
    fn any_of(
        &self,
        members: &[(usize, &ReferenceOr<Schema>)],
        value: &Value,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        let mut first = None;
        let lenient = self.lenient.replace(false);
        for &(i, member) in members {
            match self.node(member, value, at, &format!("{here}/{i}"), depth) {
                Ok(()) => {
                    self.lenient.set(lenient);
                    return Ok(());
                }
                Err(why) => first = first.or(Some(why)),
            }
        }
        self.lenient.set(lenient);
        if lenient {
            for &(i, member) in members {
                let mark = self.relaxed.borrow().len();
                if self.node(member, value, at, &format!("{here}/{i}"), depth).is_ok() {
                    return Ok(());
                }
                self.relaxed.borrow_mut().truncate(mark);
            }
        }
        Err(first.map_or_else(
            || format!("{at}: fits none of the alternatives"),
            |why| format!("fits no alternative; the first says {why}"),
        ))
    }

    fn members(
        &self,
        members: &serde_json::Map<String, Value>,
        object: Object<'_>,
        at: &str,
        here: &str,
        depth: usize,
    ) -> Result<(), String> {
        let Object { properties, required, additional } = object;
        let relax = |member: &str, null: bool, at: String| {
            let object = here.to_owned();
            self.relaxed.borrow_mut().push(Relaxation { object, member: member.to_owned(), null, at });
        };
        // A member sent one way only (`readOnly`, `writeOnly`) may be absent the other
        // way, and the generated type has it optional.
        let one_way = |name: &String| matches!(properties.get(name), Some(ReferenceOr::Item(s)) if s.schema_data.read_only || s.schema_data.write_only);
        for missing in required.iter().filter(|name| !members.contains_key(*name) && !one_way(name)) {
            if !self.lenient.get() {
                return Err(format!("{}: the required member `{missing}` is missing", subject(at)));
            }
            relax(missing, false, at.to_owned());
        }
        for (name, value) in members {
            let at = format!("{at}.{name}");
            let property = crate::diagnostic::pointer_push(&format!("{here}/properties"), name);
            match (properties.get(name), additional) {
                (Some(schema), _) if value.is_null() && self.lenient.get() && !self.allows_null(schema) => {
                    relax(name, true, at);
                }
                (Some(schema), _) => self.boxed(schema, value, &at, &property, depth)?,
                (None, Some(AdditionalProperties::Schema(schema))) => {
                    self.node(schema, value, &at, &format!("{here}/additionalProperties"), depth)?
                }
                (None, Some(AdditionalProperties::Any(false))) => {
                    return Err(format!("{at}: a member the schema does not allow"));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// What an object schema says of its members.
struct Object<'s> {
    properties: &'s indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: &'s [String],
    additional: Option<&'s AdditionalProperties>,
}

impl Check<'_, '_> {
    /// Whether a property's schema takes `null`.
    fn allows_null(&self, property: &ReferenceOr<Box<Schema>>) -> bool {
        let strict = Check::new(self.schemas, false);
        strict.boxed(property, &Value::Null, "", "", 0).is_ok()
    }
}

/// The schema of each position, when `items` is a tuple.
pub(super) fn tuple_positions(items: &ReferenceOr<Box<Schema>>) -> Option<&[ReferenceOr<Schema>]> {
    let ReferenceOr::Item(items) = items else { return None };
    if !items.schema_data.extensions.contains_key(crate::load::TUPLE) {
        return None;
    }
    match &items.schema_kind {
        SchemaKind::AnyOf { any_of } => Some(any_of),
        SchemaKind::Any(any) => Some(&any.any_of),
        _ => None,
    }
}

/// A schema that says nothing of the value's type lets it be `null` too, and so does
/// an `allOf` with a member that says `nullable: true` (3.0's idiom for a nullable reference).
fn allows_null(schema: &Schema) -> bool {
    let members = match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of.as_slice(),
        SchemaKind::Any(any) => any.all_of.as_slice(),
        _ => &[],
    };
    let nullable_member = members.iter().any(|m| matches!(m, ReferenceOr::Item(s) if s.schema_data.nullable));
    let says_nothing = matches!(&schema.schema_kind, SchemaKind::Any(any) if any.typ.is_none() && any.properties.is_empty() && any.items.is_none() && any.one_of.is_empty() && any.any_of.is_empty() && any.all_of.is_empty() && (any.enumeration.is_empty() || any.enumeration.contains(&Value::Null)));
    nullable_member || says_nothing
}

fn digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// `2024-01-02`: a day the calendar has (RFC 3339, section 5.7).
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if !(y.len() == 4 && m.len() == 2 && d.len() == 2 && digits(y) && digits(m) && digits(d)) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = (y.parse().unwrap_or(0), m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// `2024-01-02T03:04:05Z`, with optional fractions of a second and an offset instead of `Z`.
fn is_date_time(text: &str) -> bool {
    let Some((date, time)) = text.split_once(['T', 't']) else { return false };
    let (clock, offset) = match time.find(['Z', 'z', '+', '-']) {
        Some(i) => (&time[..i], &time[i..]),
        None => return false,
    };
    let clock = clock.split('.').next().unwrap_or_default();
    let clock_ok = matches!(clock.split(':').collect::<Vec<_>>().as_slice(), [h, m, s] if [h, m, s].iter().all(|p| p.len() == 2 && digits(p)));
    let offset_ok = matches!(offset, "Z" | "z")
        || (offset.len() == 6 && offset.as_bytes()[3] == b':' && digits(&offset[1..3]) && digits(&offset[4..]));
    is_date(date) && clock_ok && offset_ok
}

/// `123e4567-e89b-12d3-a456-426614174000`.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// How a message names the value at `at`: the place, or the value as a whole.
fn subject(at: &str) -> &str {
    if at.is_empty() { "the value" } else { at }
}

/// The strings a schema allows, when it lists them (`enum`, or `const` as 3.1
/// writes one value).
fn string_values(schema: &Schema) -> Option<Vec<String>> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) if !s.enumeration.is_empty() => {
            Some(s.enumeration.iter().flatten().cloned().collect())
        }
        SchemaKind::Any(any) if !any.enumeration.is_empty() => {
            Some(any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        }
        _ => None,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    #[test]
    fn formats_are_checked_as_rfc_3339_and_uuids() {
        assert!(is_date_time("2024-01-02T03:04:05Z") && is_date_time("2024-01-02T03:04:05.123+01:00"));
        assert!(!is_date_time("2024-01-02 03:04:05") && !is_date_time("2024-01-02T03:04:05"));
        assert!(is_date("2024-01-02") && !is_date("2024-1-2"));
        // A day the calendar has (AWS Security Hub's example says September 31).
        assert!(is_date("2024-02-29") && !is_date("2023-02-29") && !is_date("2021-09-31") && !is_date("2021-13-01"));
        assert!(!is_date_time("2021-09-31T15:52:25.573Z"));
        assert!(is_uuid("123e4567-e89b-12d3-a456-426614174000") && !is_uuid("123e4567"));
    }

    #[test]
    fn items_with_no_type_make_a_list() {
        // Slack's `objs_conversation`: `items` alone, with objects in the examples.
        let spec = crate::samples::spec_of(
            serde_json::json!({"Listed": {"items": {"type": "object", "properties": {"id": {"type": "string"}}}}}),
        );
        let schemas = Schemas::new(&spec);
        let listed = schemas.component("Listed").unwrap();
        assert!(fits(&schemas, listed, &serde_json::json!([{"id": "C1"}])).is_ok());
        let err = fits(&schemas, listed, &serde_json::json!({"id": "C1"})).unwrap_err();
        assert!(err.contains("not a list"), "{err}");
        assert!(fits(&schemas, listed, &serde_json::Value::Null).is_err());
    }

    #[test]
    fn integers_are_checked_against_their_formats_range() {
        let spec = crate::samples::spec_of(serde_json::json!({
            "Small": {"type": "integer", "format": "int32"},
            "Plain": {"type": "integer"},
            "Unsigned": {"type": "integer", "format": "uint64"}
        }));
        let schemas = Schemas::new(&spec);
        let check = |name: &str, value: Value| fits(&schemas, schemas.component(name).unwrap(), &value);
        // As Ideal Postcodes' and ExaVault's examples have them.
        assert_eq!(
            check("Small", 1_418_556_477_882_u64.into()),
            Err("the value: outside an int32's range (`i32`)".into())
        );
        assert_eq!(
            check("Plain", 9_223_372_036_854_776_000_u64.into()),
            Err("the value: outside an int64's range (`i64`)".into())
        );
        assert_eq!(
            check("Unsigned", (-1).into()),
            Err("the value: outside an unsigned integer's range (`u64`)".into())
        );
        assert!(check("Small", (-2_147_483_648_i64).into()).is_ok() && check("Unsigned", u64::MAX.into()).is_ok());
    }

    /// A discriminated base `Shape` with children `Circle` (which holds shapes) and
    /// `Square`, and `Lonely`, a discriminator with no children.
    pub(crate) fn shapes() -> openapiv3::OpenAPI {
        crate::samples::spec_of(serde_json::json!({
            "Shape": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["Circle", "Square", "tri", "Invalid"]}},
                      "discriminator": {"propertyName": "kind"}},
            "Circle": {"allOf": [{"$ref": "#/components/schemas/Shape"},
                                 {"type": "object", "required": ["radius"], "properties": {
                                     "radius": {"type": "integer"},
                                     "inner": {"type": "array", "items": {"$ref": "#/components/schemas/Shape"}}}}]},
            "Square": {"allOf": [{"$ref": "#/components/schemas/Shape"},
                                 {"type": "object", "required": ["side"], "properties": {"side": {"type": "integer"}}}]},
            "Triangle": {"allOf": [{"$ref": "#/components/schemas/Shape"},
                                   {"type": "object", "required": ["corners"], "properties": {
                                       "kind": {"type": "string", "enum": ["tri"]}, "corners": {"type": "integer"}}}]},
            "Lonely": {"type": "object", "properties": {"kind": {"type": "string"}}, "discriminator": {"propertyName": "kind"}},
            "Holder": {"type": "object", "properties": {"shape": {"description": "A reference with a description, as normalised.",
                                                                   "allOf": [{"$ref": "#/components/schemas/Shape"}]}}}
        }))
    }

    #[test]
    fn a_discriminated_bases_value_is_checked_as_the_child_its_tag_names() {
        let spec = shapes();
        let schemas = Schemas::new(&spec);
        let check = |name: &str, value: Value| fits(&schemas, schemas.component(name).unwrap(), &value);
        assert_eq!(check("Shape", serde_json::json!({"kind": "Circle", "radius": 1})), Ok(()));
        assert_eq!(
            check(
                "Shape",
                serde_json::json!({"kind": "Circle", "radius": 1, "inner": [{"kind": "Square", "side": "2"}]})
            ),
            Err(".inner[0].side: not an integer".into())
        );
        assert_eq!(
            check("Shape", serde_json::json!({"kind": "Square"})),
            Err("the value: the required member `side` is missing".into())
        );
        // Listed by the base's enum, but no schema: it decodes as a value the spec does not list.
        assert_eq!(
            check("Shape", serde_json::json!({"kind": "Invalid"})),
            Err("the value: the `kind` tag \"Invalid\" picks none of the schemas it may be".into())
        );
        assert_eq!(check("Shape", serde_json::json!({})), Err("the value: no `kind` tag".into()));
        // A tag naming a component that is no child of the base (Kusto's databases tagged
        // as a data connection).
        assert!(check("Shape", serde_json::json!({"kind": "Holder"})).is_err());
        // A child that lists its tag as its own value of the property.
        assert_eq!(check("Shape", serde_json::json!({"kind": "tri", "corners": 3})), Ok(()));
        assert!(check("Shape", serde_json::json!({"kind": "tri"})).is_err());
        assert_eq!(check("Lonely", serde_json::json!({"kind": "any"})), Ok(()));
        // A reference with a description beside it is the base it refers to.
        assert_eq!(check("Holder", serde_json::json!({"shape": {"kind": "Square", "side": 2}})), Ok(()));
        assert!(check("Holder", serde_json::json!({"shape": {"kind": "Square"}})).is_err());
    }

    #[test]
    fn a_tagged_unions_value_is_checked_as_the_alternatives_its_tag_picks() {
        let spec = crate::samples::spec_of(serde_json::json!({
            "Included": {"anyOf": [{"$ref": "#/components/schemas/User"}, {"$ref": "#/components/schemas/Share"}],
                         "discriminator": {"propertyName": "type"}},
            "User": {"type": "object", "properties": {"type": {"type": "string", "example": "user"}}},
            "Share": {"type": "object", "properties": {"type": {"type": "string", "enum": ["share"]}, "size": {"type": "integer"}}}
        }));
        let schemas = Schemas::new(&spec);
        let check = |value: Value| fits(&schemas, schemas.component("Included").unwrap(), &value);
        // As ExaVault's: `User` would hold it, but the tag picks `Share`, which does not.
        assert!(check(serde_json::json!({"type": "share", "size": "big"})).is_err());
        assert_eq!(check(serde_json::json!({"type": "share", "size": 1})), Ok(()));
        assert_eq!(check(serde_json::json!({"type": "user"})), Ok(()));
        assert_eq!(check(serde_json::json!({"type": "User"})), Ok(()));
        assert_eq!(
            check(serde_json::json!({"type": "boat"})),
            Err("the value: the `type` tag \"boat\" picks no alternative".into())
        );
        assert_eq!(check(serde_json::json!({"size": 1})), Ok(()), "no tag: any alternative");
    }

    /// A base, a child with children of its own and a tag (`Network`), its child
    /// `Local`, and the base's other child `Remote`.
    pub(crate) fn networks() -> openapiv3::OpenAPI {
        crate::samples::spec_of(serde_json::json!({
            "NetworkBase": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["Local", "Remote"]}},
                            "discriminator": {"propertyName": "kind"}},
            "Network": {"allOf": [{"$ref": "#/components/schemas/NetworkBase"}], "properties": {"note": {"type": "string"}},
                        "x-ms-discriminator-value": "Network"},
            "Local": {"allOf": [{"$ref": "#/components/schemas/Network"}], "required": ["prefix"],
                      "properties": {"prefix": {"type": "string"}}, "x-ms-discriminator-value": "Local"},
            "Remote": {"allOf": [{"$ref": "#/components/schemas/NetworkBase"}], "x-ms-discriminator-value": "Remote"}
        }))
    }

    #[test]
    fn a_child_with_children_checks_its_value_as_the_descendant_its_tag_names() {
        let spec = networks();
        let schemas = Schemas::new(&spec);
        let check = |value: Value| fits(&schemas, schemas.component("Network").unwrap(), &value);
        assert_eq!(check(serde_json::json!({"kind": "Local", "prefix": "10.0.0.0/8"})), Ok(()));
        assert_eq!(
            check(serde_json::json!({"kind": "Local"})),
            Err("the value: the required member `prefix` is missing".into())
        );
        // `Remote` is the base's, not a descendant of `Network`.
        assert_eq!(
            check(serde_json::json!({"kind": "Remote"})),
            Err("the value: the `kind` tag \"Remote\" picks none of the schemas it may be".into())
        );
    }
}
