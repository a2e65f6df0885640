//! An operation's parameters: where each goes, its type, and how its value is written
//! (the spec's `style` and `explode`, or JSON for `content`); the path template's
//! variables matched to them.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{Parameter, ParameterSchemaOrContent, QueryStyle, ReferenceOr};

use super::operation::OperationContext;
use super::schema::Node;
use super::{Resolver, docs, lookup};
use crate::diagnostic::pointer_push;
use crate::ir::{Param, ParamLocation, ParamStyle, PathSegment, Scalar, TypeDef, TypeDefKind, TypeRef, unalias};
use crate::naming::{self, Scope};
use crate::spec::is_json;

/// How far [`Resolver::outline`] follows aliases and unions into a parameter's type.
const OUTLINE_DEPTH: usize = 8;

/// The outline of a parameter's values, for what its style can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    Scalar,
    List,
    Object,
}

impl<'a> Resolver<'a> {
    /// Path-level parameters, overridden by operation-level ones of the same name and place.
    pub(super) fn parameters(&mut self, ctx: &OperationContext<'a, '_>) -> Vec<Param> {
        let spec = self.spec;
        let component_params = spec.components.as_ref().map(|c| &c.parameters);
        let mut declared: Vec<(&'a Parameter, String)> = Vec::new();
        let levels = [
            (&ctx.item.parameters, pointer_push(&pointer_push("/paths", ctx.path), "parameters")),
            (&ctx.op.parameters, pointer_push(ctx.at, "parameters")),
        ];
        for (list, list_at) in levels {
            for (i, param) in list.iter().enumerate() {
                let at = pointer_push(&list_at, &i.to_string());
                let Some(param) = lookup(component_params, param, "parameters", &at, self.diags) else {
                    continue;
                };
                let data = param.parameter_data_ref();
                declared.retain(|(p, _)| {
                    let other = p.parameter_data_ref();
                    !(other.name == data.name && std::mem::discriminant(*p) == std::mem::discriminant(param))
                });
                declared.push((param, at));
            }
        }

        let mut names = Scope::with_reserved(&naming::request_members());
        // A path parameter is a local of `build_request`, where it would hide a support
        // function of its name (`join_url`, `with_query`, ...).
        let functions = naming::client_types();
        let mut params = Vec::new();
        for (param, at) in declared {
            let data = param.parameter_data_ref();
            let location = match param {
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => {
                    // The spec says these three are described elsewhere and ignored here.
                    if ["accept", "content-type", "authorization"].contains(&data.name.to_ascii_lowercase().as_str()) {
                        continue;
                    }
                    ParamLocation::Header
                }
                Parameter::Cookie { .. } => ParamLocation::Cookie,
            };
            let hint = format!("{}{}", ctx.type_name, naming::camel(&data.name, "Param"));
            let (schema, schema_at) = match &data.format {
                ParameterSchemaOrContent::Schema(schema) => (Some(schema), pointer_push(&at, "schema")),
                // `content`: one media type, whose schema the value has; sent as JSON.
                ParameterSchemaOrContent::Content(content) => {
                    let entry = content.iter().find(|(media_type, _)| is_json(media_type)).or(content.first());
                    let at = entry.map(|(media_type, _)| {
                        pointer_push(&pointer_push(&pointer_push(&at, "content"), media_type), "schema")
                    });
                    (entry.and_then(|(_, media)| media.schema.as_ref()), at.unwrap_or_default())
                }
            };
            let (ty, default) = match schema {
                Some(schema) => {
                    let resolved = self.resolve(Node::from(schema), &hint, &schema_at);
                    let default = match schema {
                        ReferenceOr::Item(s) => self.default_of(s, &resolved.ty, resolved.nullable, &schema_at),
                        ReferenceOr::Reference { .. } => None,
                    };
                    (resolved.ty, default)
                }
                None => (TypeRef::Json, None),
            };
            let style = style_of(param);
            // Described on the parameter, else on its schema (Spotify's `market`).
            let schema_docs = || match schema? {
                ReferenceOr::Item(schema) => schema.schema_data.description.as_ref(),
                ReferenceOr::Reference { reference } => match self.component(reference)?.1 {
                    ReferenceOr::Item(schema) => schema.schema_data.description.as_ref(),
                    ReferenceOr::Reference { .. } => None,
                },
            };
            let mut docs = docs(data.description.as_ref().or_else(schema_docs));
            if let Some(note) = self.json_fallback(&ty, style) {
                docs = Some(match docs {
                    Some(docs) => format!("{docs}\n\n{note}"),
                    None => note,
                });
            }
            let required = data.required || location == ParamLocation::Path;
            let fixed = required.then(|| only_value(&self.types, &ty)).flatten();
            params.push(Param {
                name: names.claim(match naming::snake(&data.name, "param") {
                    name if location == ParamLocation::Path && functions.contains(&name.as_str()) => {
                        format!("{name}_param")
                    }
                    name => name,
                }),
                wire_name: data.name.clone(),
                location,
                ty,
                required,
                docs,
                default,
                style,
                fixed,
            });
        }
        params
    }

    /// What a parameter's docs say when part of its value has no form in its style:
    /// a list or object inside a list or object (OpenAPI's styles write one level;
    /// `deepObject`, by common use, nests objects). That part goes as its JSON text.
    fn json_fallback(&self, ty: &TypeRef, style: ParamStyle) -> Option<String> {
        let nested = match (self.outline(ty, OUTLINE_DEPTH), style) {
            (_, ParamStyle::Json) => false,
            // By common use, `deepObject` nests objects and repeats a list's key.
            ((Shape::Object, _), ParamStyle::DeepObject) => false,
            ((Shape::List | Shape::Object, inner), _) => inner != Shape::Scalar,
            ((Shape::Scalar, _), _) => false,
        };
        nested.then(|| {
            "Lists and objects inside the value have no form in this parameter's style; they are sent as their JSON text."
                .to_owned()
        })
    }

    /// What values of `ty` are, and the most structured thing directly inside them.
    fn outline(&self, ty: &TypeRef, depth: usize) -> (Shape, Shape) {
        use crate::ir::TypeDefKind;
        let outer = |ty: &TypeRef| self.outline(ty, depth.saturating_sub(1)).0;
        match ty {
            _ if depth == 0 => (Shape::Object, Shape::Object),
            TypeRef::Scalar(_) | TypeRef::Bytes | TypeRef::Text | TypeRef::Json | TypeRef::External(_) => {
                (Shape::Scalar, Shape::Scalar)
            }
            TypeRef::Object => (Shape::Object, Shape::Scalar),
            TypeRef::List(item) => (Shape::List, outer(item)),
            TypeRef::Tuple(items) => (Shape::List, items.iter().map(outer).max().unwrap_or(Shape::Scalar)),
            TypeRef::Map(value) => (Shape::Object, outer(value)),
            TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => self.outline(inner, depth),
            TypeRef::Named(name) => match self.types.iter().rev().find(|t| &t.name == name).map(|t| &t.kind) {
                Some(TypeDefKind::Alias(target)) => self.outline(target, depth - 1),
                Some(TypeDefKind::Struct(fields)) => {
                    (Shape::Object, fields.iter().map(|f| outer(&f.ty)).max().unwrap_or(Shape::Scalar))
                }
                Some(TypeDefKind::Union(variants)) => variants
                    .iter()
                    .map(|v| self.outline(&v.ty, depth - 1))
                    .max()
                    .unwrap_or((Shape::Scalar, Shape::Scalar)),
                Some(TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_)) => (Shape::Scalar, Shape::Scalar),
                // A tagged union is objects of several kinds; a type not defined yet may be anything.
                Some(TypeDefKind::Tagged(_)) | None => (Shape::Object, Shape::Object),
            },
        }
    }

    /// Splits the path template into literals and parameters. A template variable
    /// with no declared parameter is matched to an unused declared path parameter
    /// (Chatwoot names `{id}` `account_id`), else declared as a string, with a warning.
    pub(super) fn path_template(
        &mut self,
        ctx: &OperationContext<'a, '_>,
        params: &mut Vec<Param>,
    ) -> Vec<PathSegment> {
        let mut segments = Vec::new();
        let mut rest = ctx.path;
        let mut used = Vec::new();
        let mut unmatched = Vec::new();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            if open > 0 {
                segments.push(PathSegment::Literal(rest[..open].to_owned()));
            }
            let var = &rest[open + 1..close];
            match params.iter().position(|p| p.location == ParamLocation::Path && p.wire_name == var) {
                Some(i) => {
                    used.push(i);
                    segments.push(PathSegment::Param(i));
                }
                None => {
                    unmatched.push((segments.len(), var.to_owned()));
                    segments.push(PathSegment::Param(usize::MAX));
                }
            }
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            segments.push(PathSegment::Literal(rest.to_owned()));
        }
        for (segment, var) in unmatched {
            let spare = (0..params.len()).find(|i| params[*i].location == ParamLocation::Path && !used.contains(i));
            let index = match spare {
                Some(i) => {
                    self.diags.warn(DiagnosticKind::Repair, ctx.at, format!(
                        "path template names `{{{var}}}` but the parameter is declared as `{}`; it is used for `{{{var}}}`",
                        params[i].wire_name
                    ));
                    i
                }
                None => {
                    self.diags.warn(
                        DiagnosticKind::Repair,
                        ctx.at,
                        format!("path template variable `{{{var}}}` is not declared; it is taken as a string"),
                    );
                    let mut names = Scope::with_reserved(&naming::request_members());
                    for p in params.iter() {
                        names.claim(p.name.clone());
                    }
                    params.push(Param {
                        fixed: None,
                        name: names.claim(naming::snake(&var, "param")),
                        wire_name: var.clone(),
                        location: ParamLocation::Path,
                        ty: TypeRef::Scalar(Scalar::String),
                        required: true,
                        docs: None,
                        default: None,
                        style: ParamStyle::Simple { explode: false },
                    });
                    params.len() - 1
                }
            };
            used.push(index);
            segments[segment] = PathSegment::Param(index);
        }
        let unused: Vec<usize> =
            (0..params.len()).filter(|i| params[*i].location == ParamLocation::Path && !used.contains(i)).collect();
        for i in unused.into_iter().rev() {
            self.diags.warn(
                DiagnosticKind::Repair,
                ctx.at,
                format!("path parameter `{}` is not in the path template; it is skipped", params[i].wire_name),
            );
            params.remove(i);
            for segment in &mut segments {
                if let PathSegment::Param(p) = segment
                    && *p > i
                {
                    *p -= 1;
                }
            }
        }
        segments
    }
}

/// The one value an enum type allows; `None` for any other type.
fn only_value(types: &[TypeDef], ty: &TypeRef) -> Option<serde_json::Value> {
    let TypeRef::Named(name) = unalias(types, ty) else { return None };
    match &types.iter().find(|t| &t.name == name)?.kind {
        TypeDefKind::Enum(e) if e.variants.len() == 1 => Some(e.variants[0].value.clone().into()),
        TypeDefKind::IntEnum(e) if e.variants.len() == 1 => Some(e.variants[0].value.into()),
        _ => None,
    }
}

/// How a parameter's value is written: its `style` and `explode` (each location's
/// defaults where the spec gives none), JSON for `content` of a JSON media type, or
/// 3.2's whole query string.
fn style_of(param: &Parameter) -> ParamStyle {
    let data = param.parameter_data_ref();
    let explode = data.explode;
    let json_content = match &data.format {
        ParameterSchemaOrContent::Content(content) => content.keys().next().is_some_and(|m| is_json(m)),
        ParameterSchemaOrContent::Schema(_) => false,
    };
    let whole_query = data.extensions.get(crate::load::QUERY_STRING).and_then(serde_json::Value::as_str);
    match param {
        _ if whole_query.is_some() => ParamStyle::WholeQuery { form: whole_query == Some("form") },
        _ if json_content => ParamStyle::Json,
        Parameter::Query { style, .. } => match (style, explode) {
            (QueryStyle::Form, _) => ParamStyle::Form { explode: explode.unwrap_or(true) },
            // Exploded, these write each item as a pair of its own, as `form` does.
            (QueryStyle::SpaceDelimited | QueryStyle::PipeDelimited, Some(true)) => ParamStyle::Form { explode: true },
            (QueryStyle::SpaceDelimited, _) => ParamStyle::SpaceDelimited,
            (QueryStyle::PipeDelimited, _) => ParamStyle::PipeDelimited,
            (QueryStyle::DeepObject, _) => ParamStyle::DeepObject,
        },
        Parameter::Path { style, .. } => match style {
            openapiv3::PathStyle::Simple => ParamStyle::Simple { explode: explode.unwrap_or(false) },
            openapiv3::PathStyle::Label => ParamStyle::Label { explode: explode.unwrap_or(false) },
            openapiv3::PathStyle::Matrix => ParamStyle::Matrix { explode: explode.unwrap_or(false) },
        },
        Parameter::Header { .. } => ParamStyle::Simple { explode: explode.unwrap_or(false) },
        Parameter::Cookie { .. } => ParamStyle::Form { explode: explode.unwrap_or(true) },
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::pipeline::api_of;

    #[test]
    fn a_required_parameter_with_one_value_is_filled_in() {
        let (api, _) = api_of(
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /reports:\n    get:\n      parameters:\n      \
             - {name: type, in: query, required: true, schema: {type: string, enum: [agent]}}\n      \
             - {name: level, in: query, required: true, schema: {type: integer, const: 2}}\n      \
             - {name: kind, in: query, schema: {type: string, enum: [only]}}\n      \
             - {name: scope, in: query, required: true, schema: {type: string, enum: [a, b]}}\n      \
             responses: {'204': {description: none}}\n",
        );
        let fixed: Vec<_> = api.operations[0].params.iter().map(|p| (p.wire_name.as_str(), p.fixed.clone())).collect();
        assert_eq!(fixed, [("type", Some(json!("agent"))), ("level", Some(json!(2))), ("kind", None), ("scope", None)]);
    }

    #[test]
    fn a_path_parameter_named_as_a_support_function_takes_another_name() {
        let (api, _) = api_of(
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a/{join_url}/{with_query}:\n    get:\n      \
             parameters:\n      - {name: join_url, in: path, required: true, schema: {type: string}}\n      \
             - {name: with_query, in: path, required: true, schema: {type: string}}\n      \
             - {name: new_request, in: query, schema: {type: string}}\n      \
             responses: {'204': {description: none}}\n",
        );
        let names: Vec<_> = api.operations[0].params.iter().map(|p| p.name.as_str()).collect();
        // A query parameter is no local: its setter keeps the name users call it by.
        assert_eq!(names, ["join_url_param", "with_query_param", "new_request"]);
    }
}
