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
        self.declarations(&[schema], value, depth)
    }

    /// `value` as `schemas`, every declaration of one member, keep it: `allOf` members
    /// may each declare it (Personio's token response narrows its base's `data`, any
    /// object, to one with a `token`), and resolve merges what they declare.
    fn declarations(&self, schemas: &[&'a Schema], value: &Value, depth: usize) -> Value {
        // As resolve merges them: one that only annotates adds nothing, and a schema
        // reached twice (a diamond of `allOf`) is one declaration.
        let mut distinct: Vec<&'a Schema> = Vec::new();
        for &schema in schemas {
            if !distinct.iter().any(|seen| std::ptr::eq(*seen, schema)) {
                distinct.push(schema);
            }
        }
        if distinct.iter().any(|schema| !crate::spec::is_annotation(schema)) {
            distinct.retain(|schema| !crate::spec::is_annotation(schema));
        }
        let schemas = distinct.as_slice();
        let Some(&first) = schemas.first() else { return value.clone() };
        if depth > MAX_DEPTH {
            return value.clone();
        }
        match value {
            Value::Array(items) => match item_schemas(first) {
                Some(Items::Each(_)) => {
                    let each: Vec<&Schema> = schemas
                        .iter()
                        .filter_map(|schema| match item_schemas(schema)? {
                            Items::Each(item) => self.schemas.resolve_boxed(item),
                            Items::Positions(_) => None,
                        })
                        .collect();
                    Value::Array(items.iter().map(|v| self.declarations(&each, v, depth + 1)).collect())
                }
                Some(Items::Positions(positions)) => Value::Array(
                    items
                        .iter()
                        .zip(positions)
                        .map(|(v, p)| {
                            self.schemas.resolve(p).map_or_else(|| v.clone(), |p| self.schema(p, v, depth + 1))
                        })
                        .collect(),
                ),
                // A union of lists: the items as the alternative the value fits declares them.
                None => match self.chosen_alternative(first, value) {
                    Some(alternative) => self.schema(alternative, value, depth + 1),
                    None => value.clone(),
                },
            },
            Value::Object(members) => {
                // A discriminated base's value is the child its tag names.
                if let [schema] = schemas
                    && let Some(child) = self.schemas.tagged_child(schema, value)
                    && !std::ptr::eq(child, *schema)
                {
                    return self.schema(child, value, depth + 1);
                }
                let mut declared = Declared::default();
                for schema in schemas {
                    let Some(more) = self.declared(schema, value, depth) else { return value.clone() };
                    declared.properties.extend(more.properties);
                    declared.additional = declared.additional.or(more.additional);
                }
                let mut kept = Map::new();
                for (name, member) in members {
                    let properties: Vec<_> =
                        declared.properties.iter().filter(|(n, _)| *n == name).map(|(_, p)| *p).collect();
                    let trimmed = match (properties.as_slice(), declared.additional) {
                        ([], Some(AdditionalProperties::Schema(s))) => {
                            self.schemas.resolve(s).map(|s| self.schema(s, member, depth + 1))
                        }
                        ([], Some(AdditionalProperties::Any(true))) => Some(member.clone()),
                        ([], _) => continue,
                        (properties, _) => {
                            let resolved: Option<Vec<&Schema>> =
                                properties.iter().map(|p| self.schemas.resolve_boxed(p)).collect();
                            resolved.map(|each| self.declarations(&each, member, depth + 1))
                        }
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

    /// What an object schema declares for `value`: its own properties, its `allOf`
    /// members', and those of the alternative of its union the value fits. `None` when
    /// it cannot tell, and nothing is trimmed.
    fn declared(&self, schema: &'a Schema, value: &Value, depth: usize) -> Option<Declared<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let mut declared = Declared::default();
        let all_of: &'a [ReferenceOr<Schema>] = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                declared.properties.extend(o.properties.iter());
                declared.additional = o.additional_properties.as_ref();
                &[]
            }
            SchemaKind::AllOf { all_of } => all_of,
            SchemaKind::Any(any) => {
                declared.properties.extend(any.properties.iter());
                declared.additional = any.additional_properties.as_ref();
                &any.all_of
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => &[],
            _ => return None,
        };
        let chosen = match &schema.schema_kind {
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Any(_) => {
                let union = crate::spec::union_of(schema);
                match union {
                    Some(_) => Some(self.chosen_alternative(schema, value)?),
                    None => None,
                }
            }
            _ => None,
        };
        let members = all_of.iter().filter_map(|m| self.schemas.resolve(m)).chain(chosen);
        for member in members {
            if crate::spec::is_annotation(member) {
                continue;
            }
            // A discriminated base wrapped in `allOf` (a `$ref` with a `description`
            // beside it) declares what the child its tag names declares.
            let member = match self.schemas.tagged_child(member, value) {
                Some(child) if !std::ptr::eq(child, schema) => child,
                _ => member,
            };
            let more = self.declared(member, value, depth + 1)?;
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn trimmed(schema: Value, value: Value) -> Value {
        let spec = crate::samples::spec_of(serde_json::json!({"S": schema}));
        let schemas = Schemas::new(&spec);
        only_declared(&schemas, schemas.component("S").unwrap(), &value)
    }

    #[test]
    fn undeclared_members_are_left_out_and_declared_ones_kept() {
        let schema = json!({"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {}}}}});
        assert_eq!(trimmed(schema, json!({"a": {"b": 1, "c": 2}, "d": 3})), json!({"a": {"b": 1}}));
        let open = json!({"type": "object", "properties": {"a": {}}, "additionalProperties": true});
        assert_eq!(trimmed(open, json!({"a": 1, "d": 3})), json!({"a": 1, "d": 3}));
    }

    #[test]
    fn a_member_two_all_of_members_declare_keeps_what_either_declares() {
        // Personio: the base declares `data` as any object, the token response as one
        // with a `token`; fulfillment.com narrows a list's items the same way.
        let spec = crate::samples::spec_of(serde_json::json!({
            "Response": {"type": "object", "properties": {
                "data": {"type": "object"},
                "items": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}}}},
            "Token": {"allOf": [{"$ref": "#/components/schemas/Response"}, {"type": "object", "properties": {
                "data": {"type": "object", "required": ["token"], "properties": {"token": {"type": "string"}}},
                "items": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}}}}}}]}
        }));
        let schemas = Schemas::new(&spec);
        let value = json!({"data": {"token": "t", "other": 1}, "items": [{"id": 1, "name": "a", "other": 2}]});
        assert_eq!(
            only_declared(&schemas, schemas.component("Token").unwrap(), &value),
            json!({"data": {"token": "t"}, "items": [{"id": 1, "name": "a"}]})
        );
    }

    #[test]
    fn a_member_described_again_is_trimmed_as_its_typed_declaration() {
        // A later declaration with only a description leaves a discriminated base as the
        // child its tag names.
        let spec = crate::samples::spec_of(serde_json::json!({
            "Pet": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}},
                    "discriminator": {"propertyName": "kind", "mapping": {"dog": "#/components/schemas/Dog"}}},
            "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"},
                              {"type": "object", "properties": {"bark": {"type": "string"}}}]},
            "Owner": {"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}},
            "Walker": {"allOf": [{"$ref": "#/components/schemas/Owner"},
                                 {"type": "object", "properties": {"pet": {"description": "The walked pet."}}}]}
        }));
        let schemas = Schemas::new(&spec);
        let value = json!({"pet": {"kind": "dog", "bark": "loud", "other": 1}});
        assert_eq!(
            only_declared(&schemas, schemas.component("Walker").unwrap(), &value),
            json!({"pet": {"kind": "dog", "bark": "loud"}})
        );
    }

    #[test]
    fn a_union_of_lists_trims_the_items_as_the_fitting_alternative_declares_them() {
        let schema = json!({"anyOf": [
            {"type": "array", "items": {"type": "object", "required": ["starred_at"], "properties": {"starred_at": {"type": "string"}}}},
            {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}}
        ]});
        assert_eq!(trimmed(schema, json!([{"id": 1, "extra": 2}])), json!([{"id": 1}]));
    }

    #[test]
    fn a_wrapped_base_declares_what_the_child_its_tag_names_declares() {
        let spec = crate::samples::spec_of(serde_json::json!({
            "Issue": {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}},
                      "discriminator": {"propertyName": "code", "mapping": {"LOW": "#/components/schemas/Low"}}},
            "Low": {"allOf": [{"$ref": "#/components/schemas/Issue"},
                              {"type": "object", "additionalProperties": false, "properties": {"spend": {"type": "number"}}}]}
        }));
        let schemas = Schemas::new(&spec);
        let wrapper: Schema = serde_json::from_value(
            json!({"allOf": [{"$ref": "#/components/schemas/Issue"}], "description": "an issue"}),
        )
        .unwrap();
        let value = json!({"code": "LOW", "spend": 100, "other": 1});
        assert_eq!(only_declared(&schemas, &wrapper, &value), json!({"code": "LOW", "spend": 100}));
    }

    #[test]
    fn a_union_of_required_lists_keeps_the_members_declared_beside_it() {
        // GitHub's requested reviewers: either list, or both.
        let schema = json!({
            "type": "object",
            "properties": {"reviewers": {"type": "array"}, "team_reviewers": {"type": "array"}},
            "anyOf": [{"required": ["reviewers"]}, {"required": ["team_reviewers"]}]
        });
        let value = json!({"reviewers": ["a"], "team_reviewers": ["b"], "other": 1});
        assert_eq!(trimmed(schema, value), json!({"reviewers": ["a"], "team_reviewers": ["b"]}));
    }
}
