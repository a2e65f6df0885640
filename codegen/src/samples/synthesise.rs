//! Instances of a schema: JSON values the schema allows, made to cover what the
//! generated type must handle. For a named schema: every member present (`full`),
//! the required ones alone (`minimal`), the nullable ones `null`, each alternative of
//! a union, each child of a discriminated base, each value of an enum.

use openapiv3::{AdditionalProperties, Discriminator, ReferenceOr, Schema, SchemaKind, StringFormat, Type};
use serde_json::{Map, Value, json};

use super::Schemas;
use super::validate;

/// How many references deep an instance is made; deeper, optional members are left out.
const MAX_REFS: usize = 6;

/// How deep nested objects have every member; deeper, only the required ones.
const FULL_DEPTH: usize = 3;

/// At most this many alternatives of a union are made one each.
const MAX_ALTERNATIVES: usize = 8;

/// What a schema that allows any value is made as (one that only annotates, `not`).
const ANY_VALUE: &str = "any value";

/// What a string that allows any text is made as.
const TEXT: &str = "text";

#[derive(Clone, Copy, PartialEq)]
enum Members {
    All,
    Required,
}

/// The instances of `schema` (the component `key`, if it is one); each fits the schema.
pub fn instances(schemas: &Schemas<'_>, schema: &Schema, key: Option<&str>) -> Vec<Value> {
    let mut make = Make { schemas, refs: key.map(str::to_owned).into_iter().collect(), depth: 0, as_part: false };
    let mut made: Vec<Value> = Vec::new();
    made.extend(make.schema(schema, Members::All));
    made.extend(make.schema(schema, Members::Required));
    if let Some(full) = made.first().cloned()
        && let Some(nulled) = make.nullable_members_null(schema, full)
    {
        made.push(nulled);
    }
    if let Some((members, _)) = alternatives(schema) {
        let discriminator = make.discriminator(schema);
        for member in members.iter().take(MAX_ALTERNATIVES) {
            made.extend(make.alternative(schema, member, discriminator));
        }
    }
    if let Some(values) = enum_values(schema) {
        made.extend(values.iter().filter(|v| !v.is_null()).take(MAX_ALTERNATIVES).cloned());
    }
    if schema.schema_data.nullable {
        made.push(Value::Null);
    }
    let mut unique = Vec::new();
    for value in made {
        if !unique.contains(&value) && validate::fits(schemas, schema, &value).is_ok() {
            unique.push(value);
        }
    }
    unique
}

struct Make<'s, 'a> {
    schemas: &'s Schemas<'a>,
    /// The component schemas being made, to stop at recursion.
    refs: Vec<String>,
    depth: usize,
    /// The next schema is made as a member of an `allOf` (a child's base is not made
    /// as one of its children).
    as_part: bool,
}

impl Make<'_, '_> {
    fn node(&mut self, node: &ReferenceOr<Schema>, members: Members) -> Option<Value> {
        match node {
            ReferenceOr::Item(schema) => self.schema(schema, members),
            ReferenceOr::Reference { reference } => {
                let (key, target) = self.schemas.target(reference)?;
                if self.refs.contains(&key) || self.refs.len() > MAX_REFS {
                    return None;
                }
                self.refs.push(key);
                let made = self.schemas.resolve(target).and_then(|schema| self.schema(schema, members));
                self.refs.pop();
                made
            }
        }
    }

    fn boxed(&mut self, node: &ReferenceOr<Box<Schema>>, members: Members) -> Option<Value> {
        match node {
            ReferenceOr::Item(schema) => self.schema(schema, members),
            ReferenceOr::Reference { reference } => {
                self.node(&ReferenceOr::Reference { reference: reference.clone() }, members)
            }
        }
    }

    fn schema(&mut self, schema: &Schema, members: Members) -> Option<Value> {
        if !std::mem::take(&mut self.as_part)
            && let Some(child) = self.child_of(schema, members)
        {
            return child;
        }
        if let Some(values) = enum_values(schema) {
            return values.iter().find(|v| !v.is_null()).cloned();
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => Some(json!(match &s.format {
                openapiv3::VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => "2024-01-02T03:04:05Z",
                openapiv3::VariantOrUnknownOrEmpty::Item(StringFormat::Date) => "2024-01-02",
                openapiv3::VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => "aGVsbG8=",
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => "123e4567-e89b-12d3-a456-426614174000",
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "email" => "ada@example.com",
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) if f == "uri" || f == "url" => "https://example.com/a",
                _ => TEXT,
            })),
            SchemaKind::Type(Type::Integer(i)) => {
                let value = 1.max(i.minimum.unwrap_or(i64::MIN)).min(i.maximum.unwrap_or(i64::MAX));
                Some(json!(value))
            }
            SchemaKind::Type(Type::Number(n)) => {
                let value = 1.5f64.max(n.minimum.unwrap_or(f64::MIN)).min(n.maximum.unwrap_or(f64::MAX));
                Some(json!(value))
            }
            SchemaKind::Type(Type::Boolean(_)) => Some(json!(true)),
            SchemaKind::Type(Type::Array(a)) => {
                if let Some(positions) = a.items.as_ref().and_then(validate::tuple_positions) {
                    let items: Option<Vec<Value>> =
                        positions.iter().map(|p| self.nested(|make| make.node(p, members))).collect();
                    return items.map(Value::Array);
                }
                let item = match &a.items {
                    Some(items) => self.nested(|make| make.boxed(items, members)),
                    None => Some(json!("item")),
                };
                // As many as `minItems` asks, within reason: one instance is not a load test.
                let count = a.min_items.unwrap_or(1).clamp(1, 3);
                Some(Value::Array(item.map(|item| vec![item; count]).unwrap_or_default()))
            }
            SchemaKind::Type(Type::Object(o)) => {
                self.object(&o.properties, &o.required, o.additional_properties.as_ref(), members)
            }
            SchemaKind::OneOf { one_of: union } | SchemaKind::AnyOf { any_of: union } => {
                let discriminator = self.discriminator(schema);
                self.first_alternative(union, discriminator, members)
            }
            SchemaKind::AllOf { all_of } => self.all_of(all_of, Map::new(), &[], members),
            SchemaKind::Not { .. } => Some(json!(ANY_VALUE)),
            SchemaKind::Any(any) => {
                let own = self.object(&any.properties, &any.required, any.additional_properties.as_ref(), members);
                if !any.all_of.is_empty() {
                    let own = own.and_then(|o| o.as_object().cloned()).unwrap_or_default();
                    return self.all_of(&any.all_of, own, &any.required, members);
                }
                let union = if any.one_of.is_empty() { &any.any_of } else { &any.one_of };
                if !union.is_empty() {
                    // The alternative's members (its tag among them) over the common ones.
                    let discriminator = self.discriminator(schema);
                    let chosen = self.first_alternative(union, discriminator, members)?;
                    return Some(merge(chosen, own.unwrap_or_else(|| json!({}))));
                }
                match any.typ.as_deref() {
                    // `required` alone beside `items` names no member: a list, as resolve reads it.
                    _ if !any.properties.is_empty()
                        || (!any.required.is_empty() && any.items.is_none())
                        || any.additional_properties.is_some() =>
                    {
                        own
                    }
                    Some("array") | None if any.items.is_some() => {
                        let item = self.nested(|make| make.boxed(any.items.as_ref()?, members));
                        Some(Value::Array(item.into_iter().collect()))
                    }
                    Some("string") => Some(json!(TEXT)),
                    Some("integer") => Some(json!(1)),
                    Some("number") => Some(json!(1.5)),
                    Some("boolean") => Some(json!(true)),
                    Some("array") => Some(json!([])),
                    Some("object") => Some(json!({})),
                    _ => Some(json!(ANY_VALUE)),
                }
            }
        }
    }

    /// Makes a nested value one level deeper: every member while shallow, else the required ones.
    fn nested(&mut self, make: impl FnOnce(&mut Self) -> Option<Value>) -> Option<Value> {
        self.depth += 1;
        let made = make(self);
        self.depth -= 1;
        made
    }

    fn object(
        &mut self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        members: Members,
    ) -> Option<Value> {
        let members = if self.depth >= FULL_DEPTH { Members::Required } else { members };
        let mut object = Map::new();
        for (name, schema) in properties {
            let needed = required.contains(name);
            if !needed && members == Members::Required {
                continue;
            }
            match self.nested(|make| make.boxed(schema, members)) {
                Some(value) => {
                    object.insert(name.clone(), value);
                }
                None if needed => return None,
                None => {}
            }
        }
        if let (Some(AdditionalProperties::Schema(schema)), Members::All) = (additional, members)
            && let Some(value) = self.nested(|make| make.node(schema, Members::Required))
        {
            object.insert("extra_member".to_owned(), value);
        }
        Some(Value::Object(object))
    }

    /// The members of an `allOf` at once, over `own` (the members beside it). A member
    /// may require what another declares (Azure's `required` beside `allOf: [$ref
    /// base, {properties}]`; IX-API's `allOf: [$ref partial, {required}]`): with only
    /// the required members, those are made too.
    fn all_of(
        &mut self,
        all_of: &[ReferenceOr<Schema>],
        own: Map<String, Value>,
        required: &[String],
        members: Members,
    ) -> Option<Value> {
        let mut merged = Value::Object(own);
        // A member that only annotates allows any value: it adds nothing to make.
        for member in crate::spec::typed_members(all_of) {
            self.as_part = true;
            let value = self.node(member, members);
            self.as_part = false;
            let value = value?;
            merged = merge(merged, value);
        }
        // Only the required members are made when asked, and deep down (as `object` does).
        if (members == Members::Required || self.depth >= FULL_DEPTH)
            && let Value::Object(object) = &mut merged
        {
            let in_members: Vec<&Schema> = all_of
                .iter()
                .filter_map(|member| match member {
                    ReferenceOr::Item(schema) => Some(schema),
                    ReferenceOr::Reference { reference } => self.schemas.resolve(self.schemas.target(reference)?.1),
                })
                .collect();
            let (mut properties, mut also_required) = (Vec::new(), required.to_vec());
            for schema in &in_members {
                let (own_properties, own_required) = match &schema.schema_kind {
                    SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required),
                    SchemaKind::Any(any) => (&any.properties, &any.required),
                    _ => continue,
                };
                properties.extend(own_properties);
                also_required.extend(own_required.iter().cloned());
            }
            for name in also_required {
                let declared = properties.iter().rev().find(|(key, _)| **key == name).map(|(_, schema)| *schema);
                if !object.contains_key(&name)
                    && let Some(value) =
                        declared.and_then(|schema| self.nested(|make| make.boxed(schema, Members::Required)))
                {
                    object.insert(name, value);
                }
            }
        }
        Some(merged)
    }

    /// A union's discriminator, unless it has no mapping and neither the union nor any
    /// alternative declares its property: resolve then tells the alternatives apart by
    /// shape.
    fn discriminator<'d>(&self, union: &'d Schema) -> Option<&'d Discriminator> {
        let discriminator = union.schema_data.discriminator.as_ref()?;
        let property = &discriminator.property_name;
        let told = !discriminator.mapping.is_empty() || self.declares(union, property, &mut Vec::new());
        told.then_some(discriminator)
    }

    /// Whether `schema` declares `property`: in its `properties`, or those of an
    /// `allOf` member or of any alternative, through references (each followed once).
    fn declares(&self, schema: &Schema, property: &str, seen: &mut Vec<String>) -> bool {
        let (declared, all_of, union): (bool, &[_], &[_]) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (o.properties.contains_key(property), &[], &[]),
            SchemaKind::Any(any) => {
                let union = if any.one_of.is_empty() { &any.any_of } else { &any.one_of };
                (any.properties.contains_key(property), &any.all_of, union)
            }
            SchemaKind::AllOf { all_of } => (false, all_of, &[]),
            SchemaKind::OneOf { one_of: union } | SchemaKind::AnyOf { any_of: union } => (false, &[], union),
            _ => (false, &[], &[]),
        };
        if declared {
            return true;
        }
        all_of.iter().chain(union).any(|member| match member {
            ReferenceOr::Item(member) => self.declares(member, property, seen),
            ReferenceOr::Reference { reference } if !seen.contains(reference) => {
                seen.push(reference.clone());
                let target = self.schemas.target(reference).and_then(|(_, target)| self.schemas.resolve(target));
                target.is_some_and(|target| self.declares(target, property, seen))
            }
            ReferenceOr::Reference { .. } => false,
        })
    }

    fn first_alternative(
        &mut self,
        members_of: &[ReferenceOr<Schema>],
        discriminator: Option<&Discriminator>,
        members: Members,
    ) -> Option<Value> {
        members_of.iter().find_map(|member| {
            let value = self.node(member, members)?;
            self.tagged(value, member, discriminator)
        })
    }

    /// An instance of a base that its children extend with `allOf` (a discriminator,
    /// no alternatives), as values of the base are: a child with its tag, the mapped
    /// ones first (other than the base itself, which a mapping may name), then the
    /// components that extend it, the first that can be made here. `None` when this
    /// is no such base; `Some(None)` when no child can be made here (each is being
    /// made already, or too deep): the base alone, with whatever tag its own schema
    /// allows, would most often be no value of the union. (A base with a tag of its
    /// own is a variant too, `CarBase`; it is not made here.)
    fn child_of(&mut self, schema: &Schema, members: Members) -> Option<Option<Value>> {
        let (discriminator, inherited) = self.schemas.discriminator_of(schema)?;
        if alternatives(schema).is_some() {
            return None;
        }
        let base_key = self.refs.last().cloned();
        // An inherited mapping names the base's children, not this one's.
        let mapped = discriminator
            .mapping
            .values()
            .filter(|_| !inherited)
            .map(|target| super::schemas::mapped_reference(target));
        let extending = base_key.iter().flat_map(|base| self.schemas.children(base));
        let candidates: Vec<String> =
            mapped.chain(extending.map(|key| crate::diagnostic::pointer_push("#/components/schemas", key))).collect();
        let mut had_candidate = false;
        for reference in candidates {
            let Some((key, _)) = self.schemas.target(&reference) else { continue };
            if Some(&key) == base_key.as_ref() {
                continue;
            }
            had_candidate = true;
            if self.refs.contains(&key) {
                continue;
            }
            // The base (last on the stack when made by reference) is made again inside it.
            let base = self.refs.pop();
            let child = ReferenceOr::Reference { reference };
            let made = self.node(&child, members);
            self.refs.extend(base);
            // A child with children of its own is made as one of them, tagged so.
            let own_children = !self.schemas.children(&key).is_empty();
            match made {
                Some(made) if own_children => return Some(Some(made)),
                Some(made) => return Some(self.tagged(made, &child, Some(discriminator))),
                None => {}
            }
        }
        had_candidate.then_some(None)
    }

    /// A union's alternative with the discriminator's tag for it: its mapped tag, else
    /// the schema's name, unless only the value the alternative was made with fits
    /// it (an alternative that fixes the tag itself, as resolve reads it).
    fn tagged(
        &mut self,
        value: Value,
        member: &ReferenceOr<Schema>,
        discriminator: Option<&Discriminator>,
    ) -> Option<Value> {
        let (Some(discriminator), ReferenceOr::Reference { reference }, Value::Object(mut object)) =
            (discriminator, member, value.clone())
        else {
            return Some(value);
        };
        let property = &discriminator.property_name;
        let (key, target) = self.schemas.target(reference)?;
        let mapped = discriminator.mapping.iter().find(|(_, t)| *t == reference || **t == key).map(|(tag, _)| tag);
        let named = mapped.map(String::as_str).or_else(|| crate::resolve::azure_tag(target));
        let mut keyed = object.clone();
        keyed.insert(property.clone(), json!(named.unwrap_or(&key)));
        let keyed = Value::Object(keyed);
        let schema = self.schemas.resolve(target);
        // The name is the tag unless the schema rules it out where the value it was made
        // with fits.
        let rules_out_name = |schema| {
            validate::fits(self.schemas, schema, &keyed).is_err()
                && validate::fits(self.schemas, schema, &value).is_ok()
        };
        match schema {
            Some(schema) if named.is_none() && rules_out_name(schema) => {
                // Its own tag, which an optional tag leaves out of a minimal instance.
                let own = self.node(member, Members::All).and_then(|full| full.get(property).cloned())?;
                object.insert(property.clone(), own);
                Some(Value::Object(object))
            }
            _ => Some(keyed),
        }
    }

    /// An instance of one alternative of a union, with the union's common members.
    fn alternative(
        &mut self,
        union: &Schema,
        member: &ReferenceOr<Schema>,
        discriminator: Option<&Discriminator>,
    ) -> Option<Value> {
        let chosen = self.node(member, Members::All)?;
        let own = match &union.schema_kind {
            SchemaKind::Any(any) => self.object(&any.properties, &any.required, None, Members::All),
            _ => None,
        };
        self.tagged(merge(own.unwrap_or_else(|| json!({})), chosen), member, discriminator)
    }

    /// `full` with every nullable member `null`, if it has any.
    fn nullable_members_null(&mut self, schema: &Schema, full: Value) -> Option<Value> {
        let properties = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => &o.properties,
            SchemaKind::Any(any) => &any.properties,
            _ => return None,
        };
        let Value::Object(mut object) = full else { return None };
        let mut any = false;
        for (name, property) in properties {
            let nullable = self.schemas.resolve_boxed(property).is_some_and(|s| s.schema_data.nullable);
            if nullable && object.contains_key(name) {
                object.insert(name.clone(), Value::Null);
                any = true;
            }
        }
        any.then_some(Value::Object(object))
    }
}

/// Two values a value is at once: objects merge their members; otherwise the later wins.
fn merge(into: Value, value: Value) -> Value {
    match (into, value) {
        (Value::Object(mut into), Value::Object(members)) => {
            for (key, member) in members {
                match into.get_mut(&key) {
                    Some(held) => *held = merge_member(std::mem::take(held), member),
                    None => {
                        into.insert(key, member);
                    }
                }
            }
            Value::Object(into)
        }
        (Value::Object(into), other) if into.is_empty() => other,
        (into, Value::Object(members)) if members.is_empty() => into,
        (_, other) => other,
    }
}

/// A member two `allOf` members both declare: its value should fit both, so nested
/// objects merge, as do arrays item by item (fulfillment.com's hydrated order narrows
/// its tracking numbers' `carrier` to one that requires a name). A declaration that
/// allows any value adds nothing. Values of different JSON types fit no value at once:
/// the later is made, as resolve keeps the later declaration (with a warning; sinao's
/// recurring invoice's `discount`, an object then an integer). A later narrower value
/// (an enum's, a format's, an integer) replaces any text or a fraction; otherwise the
/// first made stays.
fn merge_member(held: Value, also: Value) -> Value {
    match (held, also) {
        (held, Value::String(any)) if any == ANY_VALUE => held,
        (Value::String(any), also) if any == ANY_VALUE => also,
        (held @ Value::Object(_), also @ Value::Object(_)) => merge(held, also),
        (Value::Array(held), Value::Array(also)) if held.is_empty() || also.is_empty() => {
            Value::Array(if held.is_empty() { also } else { held })
        }
        (Value::Array(held), Value::Array(also)) => {
            // Each list repeats one made item: the longer one's length, both items merged.
            let length = held.len().max(also.len());
            let merged = held.into_iter().cycle().zip(also.into_iter().cycle()).take(length);
            Value::Array(merged.map(|(held, also)| merge_member(held, also)).collect())
        }
        (held, also) if std::mem::discriminant(&held) != std::mem::discriminant(&also) => also,
        // A narrower later declaration: an enum's or a format's string, an integer.
        (Value::String(held), Value::String(also)) if held == TEXT => Value::String(also),
        (Value::Number(held), Value::Number(also)) if held.is_f64() && !also.is_f64() => Value::Number(also),
        (held, _) => held,
    }
}

/// The alternatives of a union schema, with its discriminator.
fn alternatives(schema: &Schema) -> Option<(&[ReferenceOr<Schema>], Option<&Discriminator>)> {
    let discriminator = schema.schema_data.discriminator.as_ref();
    match &schema.schema_kind {
        SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => Some((members, discriminator)),
        SchemaKind::Any(any) if !any.one_of.is_empty() => Some((&any.one_of, discriminator)),
        SchemaKind::Any(any) if !any.any_of.is_empty() => Some((&any.any_of, discriminator)),
        _ => None,
    }
}

/// The values of an `enum`, as JSON.
fn enum_values(schema: &Schema) -> Option<Vec<Value>> {
    let values: Vec<Value> = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().map(|v| json!(v)).collect(),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().map(|v| json!(v)).collect(),
        SchemaKind::Type(Type::Number(n)) => n.enumeration.iter().map(|v| json!(v)).collect(),
        SchemaKind::Type(Type::Boolean(b)) => b.enumeration.iter().map(|v| json!(v)).collect(),
        SchemaKind::Any(any) => any.enumeration.clone(),
        _ => Vec::new(),
    };
    (!values.is_empty()).then_some(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_inside_its_own_child_is_made_as_another_child_never_as_itself() {
        let spec = super::super::validate::tests::shapes();
        let schemas = Schemas::new(&spec);
        let made = instances(&schemas, schemas.component("Circle").unwrap(), Some("Circle"));
        assert!(!made.is_empty());
        for value in &made {
            // Each shape inside a circle is a square: the circle is being made, and a
            // bare shape (`{"kind": "Circle"}` or `"Invalid"`) would be no child.
            for inner in value.get("inner").and_then(Value::as_array).into_iter().flatten() {
                assert_eq!(inner, &json!({"kind": "Square", "side": 1}), "{value}");
            }
        }
        assert!(made.iter().any(|value| value.get("inner").is_some()), "{made:?}");
        let shapes = instances(&schemas, schemas.component("Shape").unwrap(), Some("Shape"));
        assert!(
            shapes.iter().all(|shape| ["Circle", "Square"].contains(&shape["kind"].as_str().unwrap())),
            "{shapes:?}"
        );
    }

    #[test]
    fn a_member_two_all_of_members_declare_fits_both() {
        // fulfillment.com: an order, or the order with members that narrow its own.
        let spec = crate::samples::spec_of(serde_json::json!({
            "Order": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "integer"},
                "tracking": {"type": "array", "items": {"type": "object", "properties": {
                    "code": {"type": "string"},
                    "carrier": {"type": "object", "properties": {"id": {"type": "integer"}}}}}}}},
            "Orders": {"oneOf": [
                {"$ref": "#/components/schemas/Order"},
                {"allOf": [{"$ref": "#/components/schemas/Order"}, {"type": "object", "properties": {
                    "integrator": {"type": "string"},
                    "tracking": {"type": "array", "items": {"type": "object", "properties": {
                        "carrier": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}}}}]}]}
        }));
        let schemas = Schemas::new(&spec);
        let made = instances(&schemas, schemas.component("Orders").unwrap(), Some("Orders"));
        let hydrated: Vec<&Value> = made.iter().filter(|order| order.get("integrator").is_some()).collect();
        assert!(!hydrated.is_empty(), "{made:?}");
        for order in hydrated {
            // Both members' tracking items at once: the first's code, the second's carrier
            // with its required name (this deep, only required members are made).
            assert_eq!(order["tracking"][0], json!({"code": "text", "carrier": {"name": "text"}}), "{order}");
        }
    }

    #[test]
    fn a_member_declared_with_two_types_is_made_as_the_later_declaration() {
        // sinao: a recurring invoice's `discount` is its base's object, then an integer.
        let spec = crate::samples::spec_of(serde_json::json!({
            "Document": {"type": "object", "properties": {"discount": {"type": "object", "properties": {"amount": {"type": "integer"}}}}},
            "Recurring": {"allOf": [{"$ref": "#/components/schemas/Document"},
                                    {"type": "object", "properties": {"discount": {"type": "integer"}}}]}
        }));
        let schemas = Schemas::new(&spec);
        // Made, not filtered: JSON Schema allows no `discount` at all, the type has an integer.
        let mut make = Make { schemas: &schemas, refs: vec!["Recurring".to_owned()], depth: 0, as_part: false };
        let made = make.schema(schemas.component("Recurring").unwrap(), Members::All).unwrap();
        assert_eq!(made, json!({"discount": 1}));
        // A later declaration that only describes the member changes nothing.
        assert_eq!(merge(json!({"count": 1}), json!({"count": ANY_VALUE})), json!({"count": 1}));
        // A narrower one wins: an enum's value over any text, an integer over a fraction.
        assert_eq!(
            merge(json!({"kind": TEXT, "n": 1.5}), json!({"kind": "dog", "n": 1})),
            json!({"kind": "dog", "n": 1})
        );
    }

    #[test]
    fn a_child_with_children_is_made_as_one_of_its_descendants() {
        let spec = super::super::validate::tests::networks();
        let schemas = Schemas::new(&spec);
        let made = instances(&schemas, schemas.component("Network").unwrap(), Some("Network"));
        assert!(!made.is_empty());
        assert!(made.iter().all(|network| network["kind"] == "Local" && network.get("prefix").is_some()), "{made:?}");
        // The base's child with children of its own is made as one of them, keeping its tag.
        let bases = instances(&schemas, schemas.component("NetworkBase").unwrap(), Some("NetworkBase"));
        assert!(bases.iter().any(|base| base["kind"] == "Local"), "{bases:?}");
        assert!(
            bases.iter().filter(|base| base["kind"] == "Local").all(|local| local.get("prefix").is_some()),
            "{bases:?}"
        );
    }
}
