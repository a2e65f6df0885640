//! An example as the generated types keep it. JSON Schema lets an object carry members
//! its schema does not declare unless `additionalProperties` says otherwise; a generated
//! struct ignores them when it decodes (as documented), so they are left out of what
//! must come back. Declared members, items and `additionalProperties` maps are kept.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::{Map, Value};

use super::{Schemas, validate};

/// How deep references may lead while one value is trimmed.
const MAX_DEPTH: usize = 64;

/// `value` without the members its schema does not declare, however deep.
pub fn only_declared(schemas: &Schemas<'_>, schema: &Schema, value: &Value) -> Value {
    Trim { schemas }.schema(schema, value, 0)
}

/// What an object schema declares: its properties, and what it says of the others.
#[derive(Default)]
struct Declared<'a> {
    properties: Vec<(&'a String, &'a ReferenceOr<Box<Schema>>)>,
    additional: Option<&'a AdditionalProperties>,
}

struct Trim<'s, 'a> {
    schemas: &'s Schemas<'a>,
}

impl<'a> Trim<'_, 'a> {
    fn schema(&self, schema: &'a Schema, value: &Value, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return value.clone();
        }
        match value {
            Value::Array(items) => match item_schemas(schema) {
                Some(Items::Each(item)) => match self.schemas.resolve_boxed(item) {
                    Some(item) => Value::Array(items.iter().map(|v| self.schema(item, v, depth + 1)).collect()),
                    None => value.clone(),
                },
                Some(Items::Positions(positions)) => Value::Array(
                    items
                        .iter()
                        .zip(positions)
                        .map(|(v, p)| {
                            self.schemas.resolve(p).map_or_else(|| v.clone(), |p| self.schema(p, v, depth + 1))
                        })
                        .collect(),
                ),
                None => value.clone(),
            },
            Value::Object(members) => {
                if let Some(chosen) = self.chosen_alternative(schema, value) {
                    return self.schema(chosen, value, depth + 1);
                }
                let Some(declared) = self.declared(schema, depth) else { return value.clone() };
                let mut kept = Map::new();
                for (name, member) in members {
                    let property = declared.properties.iter().find(|(n, _)| *n == name).map(|(_, p)| *p);
                    let trimmed = match (property, declared.additional) {
                        (Some(property), _) => {
                            self.schemas.resolve_boxed(property).map(|p| self.schema(p, member, depth + 1))
                        }
                        (None, Some(AdditionalProperties::Schema(s))) => {
                            self.schemas.resolve(s).map(|s| self.schema(s, member, depth + 1))
                        }
                        (None, Some(AdditionalProperties::Any(true))) => Some(member.clone()),
                        (None, _) => continue,
                    };
                    kept.insert(name.clone(), trimmed.unwrap_or_else(|| member.clone()));
                }
                Value::Object(kept)
            }
            _ => value.clone(),
        }
    }

    /// For a union, the first alternative the value fits.
    fn chosen_alternative(&self, schema: &'a Schema, value: &Value) -> Option<&'a Schema> {
        let members = match &schema.schema_kind {
            SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => members,
            SchemaKind::Any(any) if !any.one_of.is_empty() => &any.one_of,
            SchemaKind::Any(any) if !any.any_of.is_empty() => &any.any_of,
            _ => return None,
        };
        members
            .iter()
            .filter_map(|member| self.schemas.resolve(member))
            .find(|member| validate::fits(self.schemas, member, value).is_ok())
    }

    /// What an object schema declares, its `allOf` members' included; `None` when it
    /// cannot tell (a member that is a union), and nothing is trimmed.
    fn declared(&self, schema: &'a Schema, depth: usize) -> Option<Declared<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut declared = Declared::default();
        let (properties, additional, all_of) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (&o.properties, o.additional_properties.as_ref(), &[][..]),
            SchemaKind::AllOf { all_of } => return self.merged(all_of, declared, depth),
            SchemaKind::Any(any) if any.one_of.is_empty() && any.any_of.is_empty() => {
                (&any.properties, any.additional_properties.as_ref(), any.all_of.as_slice())
            }
            _ => return None,
        };
        declared.properties.extend(properties.iter());
        declared.additional = additional;
        self.merged(all_of, declared, depth)
    }

    fn merged(
        &self,
        all_of: &'a [ReferenceOr<Schema>],
        mut declared: Declared<'a>,
        depth: usize,
    ) -> Option<Declared<'a>> {
        for member in all_of {
            let member = self.schemas.resolve(member)?;
            if super::super::schema::is_annotation(member) {
                continue;
            }
            let more = self.declared(member, depth + 1)?;
            declared.properties.extend(more.properties);
            declared.additional = declared.additional.or(more.additional);
        }
        Some(declared)
    }
}

enum Items<'a> {
    Each(&'a ReferenceOr<Box<Schema>>),
    Positions(&'a [ReferenceOr<Schema>]),
}

fn item_schemas(schema: &Schema) -> Option<Items<'_>> {
    let items = match &schema.schema_kind {
        SchemaKind::Type(Type::Array(a)) => a.items.as_ref()?,
        SchemaKind::Any(any) => any.items.as_ref()?,
        _ => return None,
    };
    Some(match validate::tuple_positions(items) {
        Some(positions) => Items::Positions(positions),
        None => Items::Each(items),
    })
}
