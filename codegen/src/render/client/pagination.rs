//! `stream()` of a paginated operation: every item of every page, each next page
//! asked for as the pagination style says.

use super::read_path;
use super::response::response_type_text;
use crate::ir::{FieldStep, NextPage, Operation, Pagination};
use crate::render::docs::prose_text;
use crate::render::layout::{Arg, Lines};
use crate::render::{Chunk, ident, type_text};

/// `stream()`: every item of every page, each next page asked for as the
/// pagination style says, until there is none, a page is empty, or `has_more` is false.
/// Members of the request's `impl`.
pub(super) fn render_stream(op: &Operation, pagination: &Pagination) -> Chunk {
    let item = type_text(&pagination.item, true);
    let (more, ends) = match &pagination.has_more {
        Some(path) => {
            let read = read_path("page.body", path);
            let more = if read.optional { format!("{}.copied().unwrap_or(true)", read.text) } else { read.text };
            (Some(more), format!("there is no next page, a page is empty, or `{}` is false", wire_path(path)))
        }
        None => (None, "there is no next page or a page is empty".to_owned()),
    };
    let wire = |index: usize| op.params[index].wire_name.replace('`', "'");
    let setter = |index: usize| ident(&op.params[index].name).to_string();
    // The cursor read from the page, if the style has one, and how the next request is made.
    let (cursor, next, how) = match &pagination.next {
        NextPage::HeaderCursor { param, header } => {
            let header = &op.success.headers[*header];
            let field = ident(&header.field);
            let cursor =
                if header.required { format!("Some(page.headers.{field})") } else { format!("page.headers.{field}") };
            let how = format!("with `{}` set to the `{}` header of the page before", wire(*param), header.wire_name);
            (Some(cursor), Next::Cursor(setter(*param)), how)
        }
        NextPage::BodyCursor { param, field } => {
            let read = read_path("page.body", field);
            let cursor =
                if read.optional { format!("{}.cloned()", read.text) } else { format!("Some({}.clone())", read.text) };
            let how = format!("with `{}` set to `{}` of the page before", wire(*param), wire_path(field));
            (Some(cursor), Next::Cursor(setter(*param)), how)
        }
        NextPage::Link => {
            let how = "at the URL of the `Link` header's `rel=\"next\"`, as long as it stays on the API's origin";
            (None, Next::Link, how.to_owned())
        }
        NextPage::Page { param } => {
            let first = op.params[*param].default.as_ref().and_then(serde_json::Value::as_i64).unwrap_or(1);
            let how = format!("with `{}` one more than the page before (the first is {first})", wire(*param));
            (None, Next::Page { setter: setter(*param), first }, how)
        }
        NextPage::Offset { param } => {
            let ty = type_text(&op.params[*param].ty, true);
            (
                None,
                Next::Offset { setter: setter(*param), ty },
                format!("with `{}` moved on by the items received", wire(*param)),
            )
        }
    };
    let mut out = Lines::new();
    let text = format!("Every item of every page, as a stream: each next page is asked for {how}, until {ends}.");
    out.docs(1, Some(&prose_text(&text)));
    out.line(1, &format!("pub fn stream(self) -> BoxStream<'a, Result<{item}>> {{"));
    out.line(2, "paginate(self, Self::send, Self::next_page)");
    out.line(1, "}");
    out.docs(1, Some("A page's items, and the request for the page after it, if any."));
    let args = ["request: Self".to_owned(), format!("page: {}", response_type_text(op))];
    out.signature(1, "fn next_page", &args, &format!(" -> Result<(Vec<{item}>, Option<Self>)>"));
    if let Some(cursor) = &cursor {
        out.typed_let(2, "let cursor", "Option<String>", cursor);
    }
    if matches!(next, Next::Link) {
        let args = [Arg::Expr("page.status"), Arg::Expr("&page.raw_headers"), Arg::Expr("&request.client.base_url")];
        out.call(2, "let link = ", "next_link", &args, "?;");
    }
    if let Some(more) = &more {
        out.typed_let(2, "let more", "bool", more);
    }
    out.typed_let(2, "let items", &format!("Vec<{item}>"), &moved_path(&pagination.items));
    let stop = if more.is_some() { "items.is_empty() || !more" } else { "items.is_empty()" };
    out.line(2, &format!("let next = if {stop} {{"));
    out.line(3, "None");
    out.line(2, "} else {");
    match &next {
        Next::Cursor(setter) => {
            let links = [
                format!(".filter(|cursor| !cursor.is_empty() && request.{setter}.as_ref() != Some(cursor))"),
                format!(".map(|cursor| request.{setter}(cursor))"),
            ];
            out.chain(3, "cursor", &links);
        }
        Next::Link => {
            out.line(3, "link.map(|url| {");
            out.line(4, "let mut request = request;");
            out.line(4, "request.options.page_url = Some(url);");
            out.line(4, "request");
            out.line(3, "})");
        }
        Next::Page { setter, first } => {
            let links = [
                format!(".{setter}"),
                format!(".unwrap_or({first})"),
                ".checked_add(1)".to_owned(),
                format!(".map(|number| request.{setter}(number))"),
            ];
            out.chain(3, "request", &links);
        }
        Next::Offset { setter, ty } => {
            let links = [
                ".ok()".to_owned(),
                format!(".and_then(|received| request.{setter}.unwrap_or(0).checked_add(received))"),
                format!(".map(|offset| request.{setter}(offset))"),
            ];
            out.chain_call(3, &format!("{ty}::try_from"), &[Arg::Expr("items.len()")], &links);
        }
    }
    out.line(2, "};");
    out.line(2, "Ok((items, next))");
    out.line(1, "}");
    out.members()
}

/// How the request for the next page is made.
enum Next {
    /// With the cursor read from the page, by this setter.
    Cursor(String),
    /// At the `Link` header's next URL.
    Link,
    /// With the page number one more, by this setter, from `first`.
    Page { setter: String, first: i64 },
    /// With the offset moved on by the items received, by this setter of a `ty`.
    Offset { setter: String, ty: String },
}

/// A path as the spec names it: `response_metadata.next_cursor`.
fn wire_path(path: &[FieldStep]) -> String {
    let names: Vec<&str> = path.iter().map(|f| f.wire_name.as_str()).collect();
    names.join(".").replace('`', "'")
}

/// The list at a field path of `page.body`, moved out; an absent list is empty.
fn moved_path(path: &[FieldStep]) -> String {
    let mut text = "page.body".to_owned();
    let mut optional = false;
    for field in path {
        let name = ident(&field.name);
        text = match (optional, field.optional, field.double_option) {
            (false, _, false) => format!("{text}.{name}"),
            (false, _, true) => format!("{text}.{name}.flatten()"),
            (true, false, _) => format!("{text}.map(|value| value.{name})"),
            (true, true, false) => format!("{text}.and_then(|value| value.{name})"),
            (true, true, true) => format!("{text}.and_then(|value| value.{name}.flatten())"),
        };
        optional |= field.optional;
    }
    if optional { format!("{text}.unwrap_or_default()") } else { text }
}

#[cfg(test)]
mod tests {
    use super::{moved_path, read_path, wire_path};
    use crate::ir::FieldStep;

    fn step(name: &str, optional: bool, double_option: bool) -> FieldStep {
        FieldStep { name: name.into(), wire_name: format!("{name}`"), optional, double_option }
    }

    #[test]
    fn a_path_reads_as_a_place_until_a_field_is_optional() {
        let path = [step("meta", false, false), step("next", true, false), step("cursor", true, true)];
        let read = read_path("page.body", &path);
        assert!(read.optional);
        assert_eq!(
            read.text,
            "page.body.meta.next.as_ref().and_then(|value| value.cursor.as_ref().and_then(Option::as_ref))"
        );
        assert_eq!(read_path("page.body", &path[..1]).text, "page.body.meta");
        assert!(!read_path("page.body", &path[..1]).optional);
    }

    #[test]
    fn a_moved_list_behind_an_option_defaults_to_empty() {
        let path = [step("data", true, false)];
        assert_eq!(moved_path(&path), "page.body.data.unwrap_or_default()");
        assert_eq!(wire_path(&[step("a", false, false), step("b", false, false)]), "a'.b'");
    }
}
