//! Which list operations `stream()` can follow, and how: declared by the operation's
//! `x-pagination` extension, else detected from names when they leave no doubt.

use crate::diagnostic::DiagnosticKind;
use serde_json::Value;

use super::Resolver;
use super::fields::{field_path, find_field, walk};
use crate::diagnostic::pointer_push;
use crate::ir::{
    FieldStep, NextPage, Pagination, Param, ParamLocation, Scalar, SuccessResponse, TypeDef, TypeRef, unalias,
};
use crate::naming;

/// The extension an operation declares (or turns off) its pagination with.
pub const EXTENSION: &str = "x-pagination";

/// Cursor parameters, and the body fields that carry the next value for each.
const BODY_CURSORS: &[(&str, &[&str])] = &[
    ("cursor", &["next_cursor"]),
    ("page_token", &["next_page_token"]),
    ("next_token", &["next_token"]),
    ("after", &["last_id", "next_cursor"]),
    ("starting_after", &["last_id"]),
];
const HAS_MORE: &[&str] = &["has_more", "has_next", "has_next_page"];

impl Resolver<'_> {
    pub(super) fn pagination(
        &mut self,
        op: &openapiv3::Operation,
        at: &str,
        params: &[Param],
        success: &SuccessResponse,
    ) -> Option<Pagination> {
        match op.extensions.get(EXTENSION) {
            Some(declared) => {
                let at = pointer_push(at, EXTENSION);
                declared_pagination(&self.types, declared, params, success).unwrap_or_else(|message| {
                    self.diags.error(DiagnosticKind::Document, at, message);
                    None
                })
            }
            None => detect(&self.types, params, success),
        }
    }
}

/// What `x-pagination` says; `Ok(None)` for `style: none`.
fn declared_pagination(
    types: &[TypeDef],
    declared: &Value,
    params: &[Param],
    success: &SuccessResponse,
) -> Result<Option<Pagination>, String> {
    let text = |key: &str| -> Result<Option<&str>, String> {
        match declared.get(key) {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text)),
            Some(_) => Err(format!("`{key}` must be a string")),
        }
    };
    let required = |key: &str| text(key)?.ok_or_else(|| format!("`{key}` is required for this style"));
    let style = required("style")?;
    if style == "none" {
        return Ok(None);
    }
    let body = success.body.as_ref().ok_or("the operation has no single success body to page through")?;
    let (items, item) = match text("items")? {
        Some(path) => match field_path(types, body, path)? {
            (path, TypeRef::List(item)) => (path, *item),
            _ => return Err(format!("`items`: `{path}` is not a list")),
        },
        None => page_items(types, body).ok_or("`items` is required: the body has no single list")?,
    };
    let has_more = match text("has_more")? {
        Some(path) => match field_path(types, body, path)? {
            (path, TypeRef::Scalar(Scalar::Bool)) => Some(path),
            _ => return Err(format!("`has_more`: `{path}` is not a boolean")),
        },
        None => None,
    };
    let param = |kind: ParamKind| -> Result<usize, String> {
        let name = required("param")?;
        let index = params
            .iter()
            .position(|p| p.location == ParamLocation::Query && p.wire_name == name)
            .ok_or_else(|| format!("`param`: the operation has no query parameter `{name}`"))?;
        if params[index].required || !kind.fits(&params[index].ty) {
            return Err(format!("`param`: `{name}` must be an optional {} query parameter", kind.describe()));
        }
        Ok(index)
    };
    let next = match style {
        "header-cursor" => {
            let name = required("header")?;
            let header = success
                .headers
                .iter()
                .position(|h| h.wire_name.eq_ignore_ascii_case(name))
                .ok_or_else(|| format!("`header`: the success response declares no header `{name}`"))?;
            if success.headers[header].ty != TypeRef::Scalar(Scalar::String) {
                return Err(format!("`header`: `{name}` must be a string"));
            }
            NextPage::HeaderCursor { param: param(ParamKind::Cursor)?, header }
        }
        "cursor" => {
            let path = required("cursor")?;
            let field = match field_path(types, body, path)? {
                (field, TypeRef::Scalar(Scalar::String)) => field,
                _ => return Err(format!("`cursor`: `{path}` is not a string")),
            };
            NextPage::BodyCursor { param: param(ParamKind::Cursor)?, field }
        }
        "link" => NextPage::Link,
        "page" => NextPage::Page { param: param(ParamKind::Number)? },
        "offset" => NextPage::Offset { param: param(ParamKind::Number)? },
        other => {
            return Err(format!("unknown style `{other}`: one of header-cursor, cursor, link, page, offset, none"));
        }
    };
    Ok(Some(Pagination { items, item, next, has_more }))
}

#[derive(Clone, Copy)]
enum ParamKind {
    Cursor,
    Number,
}

impl ParamKind {
    fn fits(self, ty: &TypeRef) -> bool {
        match self {
            ParamKind::Cursor => *ty == TypeRef::Scalar(Scalar::String),
            ParamKind::Number => matches!(ty, TypeRef::Scalar(Scalar::I32 | Scalar::I64)),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            ParamKind::Cursor => "string",
            ParamKind::Number => "integer",
        }
    }
}

/// Pagination the names make plain: a cursor header (`X-Next-<Param>`), a `Link`
/// header, a cursor field (`next_cursor` for `cursor`, ...), a `page` or an `offset`.
fn detect(types: &[TypeDef], params: &[Param], success: &SuccessResponse) -> Option<Pagination> {
    let (items, item) = page_items(types, success.body.as_ref()?)?;
    let body = success.body.as_ref()?;
    let query_param = |names: &[&str], kind: ParamKind| {
        params.iter().position(|p| {
            p.location == ParamLocation::Query
                && !p.required
                && kind.fits(&p.ty)
                && names.contains(&naming::snake(&p.wire_name, "").as_str())
        })
    };
    let has_more = find_field(types, body, HAS_MORE, &TypeRef::Scalar(Scalar::Bool));
    let header_cursor = success.headers.iter().enumerate().find_map(|(header, h)| {
        if h.ty != TypeRef::Scalar(Scalar::String) {
            return None;
        }
        let lower = h.wire_name.to_ascii_lowercase();
        let key = naming::snake(lower.strip_prefix("x-").unwrap_or(&lower).strip_prefix("next-")?, "");
        Some(NextPage::HeaderCursor { param: query_param(&[&key], ParamKind::Cursor)?, header })
    });
    let link = success.headers.iter().any(|h| h.wire_name.eq_ignore_ascii_case("link")).then_some(NextPage::Link);
    let body_cursor = BODY_CURSORS.iter().find_map(|(param, fields)| {
        let param = query_param(&[param], ParamKind::Cursor)?;
        let field = find_field(types, body, fields, &TypeRef::Scalar(Scalar::String))?;
        Some(NextPage::BodyCursor { param, field })
    });
    let page = query_param(&["page"], ParamKind::Number).map(|param| NextPage::Page { param });
    let offset = query_param(&["offset"], ParamKind::Number).map(|param| NextPage::Offset { param });
    let next = header_cursor.or(link).or(body_cursor).or(page).or(offset)?;
    let has_more = match next {
        NextPage::HeaderCursor { .. } | NextPage::Link => None,
        _ => has_more,
    };
    Some(Pagination { items, item, next, has_more })
}

/// Where a page's items are: the body when it is a list, else the one list field
/// in the body (looked for two levels deep).
fn page_items(types: &[TypeDef], body: &TypeRef) -> Option<(Vec<FieldStep>, TypeRef)> {
    if let TypeRef::List(item) = unalias(types, body) {
        return Some((Vec::new(), (**item).clone()));
    }
    let mut lists = Vec::new();
    walk(types, body, &mut Vec::new(), &mut |path, field| {
        if let TypeRef::List(item) = unalias(types, &field.ty) {
            lists.push((path.to_vec(), (**item).clone()));
        }
    });
    match lists.len() {
        1 => lists.pop(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::{FieldStep, NextPage, Pagination, Scalar, TypeRef};
    use crate::pipeline::api_of;

    fn pagination(list: &str, params: &str) -> Option<Pagination> {
        let spec = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths:\n  /items:\n    get:\n      \
             parameters: {params}\n      responses:\n        '200':\n          description: a page\n          \
             content: {{application/json: {{schema: {{$ref: '#/components/schemas/Page'}}}}}}\n\
             components:\n  schemas:\n    Page:\n      type: object\n      {list}"
        );
        api_of(&spec).0.operations.remove(0).pagination
    }

    fn step(name: &str, optional: bool) -> FieldStep {
        FieldStep { name: name.into(), wire_name: name.into(), optional, double_option: false }
    }

    #[test]
    fn a_cursor_field_is_found_with_its_path_and_optionality() {
        let found = pagination(
            "required: [data]\n      properties:\n        data: {type: array, items: {type: integer}}\n        \
             meta: {type: object, properties: {next_cursor: {type: string}}}",
            "[{name: cursor, in: query, schema: {type: string}}]",
        )
        .expect("detected");
        assert_eq!(found.items, [step("data", false)]);
        assert_eq!(found.item, TypeRef::Scalar(Scalar::I64));
        assert_eq!(
            found.next,
            NextPage::BodyCursor { param: 0, field: vec![step("meta", true), step("next_cursor", true)] }
        );
    }

    #[test]
    fn two_lists_leave_doubt_and_nothing_is_detected() {
        let found = pagination(
            "properties:\n        a: {type: array, items: {type: string}}\n        b: {type: array, items: {type: string}}",
            "[{name: page, in: query, schema: {type: integer}}]",
        );
        assert_eq!(found, None);
    }

    #[test]
    fn a_page_number_with_has_more() {
        let found = pagination(
            "properties:\n        items: {type: array, items: {type: string}}\n        has_more: {type: boolean}",
            "[{name: page, in: query, schema: {type: integer}}]",
        )
        .expect("detected");
        assert_eq!(found.next, NextPage::Page { param: 0 });
        assert_eq!(found.has_more, Some(vec![step("has_more", true)]));
    }
}
