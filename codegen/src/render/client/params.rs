//! Parameters on the wire: each written by the support module's helper for its
//! location, in its OpenAPI style, printed as source.

use crate::ir::{Operation, Param, ParamLocation, ParamStyle, PathSegment};
use crate::render::ident;
use crate::render::layout::literal;

/// An operation's path as `join_url` (and a typed mock) takes it: its parts, literal
/// text and a local for each path parameter, each parameter encoded into its local
/// first.
pub(crate) struct PathParts<'a> {
    /// The path parameters to encode, each once although a path may name one twice
    /// (`/System.{location}/…/{location}`).
    pub params: Vec<&'a Param>,
    /// `"/users/"`, `&user_id`, `"/posts"`.
    pub parts: Vec<String>,
}

/// The path of `op`.
pub(crate) fn path_parts(op: &Operation) -> PathParts<'_> {
    let mut params: Vec<&Param> = Vec::new();
    let mut parts = Vec::new();
    for segment in &op.path {
        match segment {
            PathSegment::Literal(text) => parts.push(literal(text)),
            PathSegment::Param(i) => {
                let param = &op.params[*i];
                if !params.iter().any(|p| std::ptr::eq(*p, param)) {
                    params.push(param);
                }
                parts.push(format!("&{}", ident(&param.name)));
            }
        }
    }
    PathParts { params, parts }
}

fn located(op: &Operation, location: ParamLocation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(move |p| p.location == location)
}

/// The query parameters as `with_query` takes them, `("name", &self.name, style)`;
/// none when the operation has none.
pub(super) fn query_pairs(op: &Operation) -> Vec<String> {
    located(op, ParamLocation::Query)
        .filter(|param| !matches!(param.style, ParamStyle::WholeQuery { .. }))
        .map(|param| format!("({}, {}, {})", literal(&param.wire_name), value(param), style(param.style)))
        .collect()
}

/// The statements that add the cookie parameters as one `Cookie` header; none when
/// the operation has none.
pub(super) fn cookie_step(op: &Operation) -> Option<String> {
    let pairs: Vec<String> = located(op, ParamLocation::Cookie)
        .map(|param| {
            let (wire, value, style) = (literal(&param.wire_name), value(param), style(param.style));
            format!("cookie_pair(&mut cookies, {wire}, {value}, {style})?;\n")
        })
        .collect();
    (!pairs.is_empty()).then(|| {
        format!(
            "let mut cookies: Vec<String> = Vec::new();\n{}if !cookies.is_empty() {{\n\
             request = request.header(reqwest::header::COOKIE, header_value(\"Cookie\", &cookies.join(\"; \"))?);\n}}",
            pairs.concat()
        )
    })
}

/// Each header parameter: its name, value and style, as `header_param` takes them.
pub(super) fn header_args(op: &Operation) -> impl Iterator<Item = [String; 3]> {
    located(op, ParamLocation::Header)
        .map(|param| [literal(&param.wire_name), value(param), style(param.style).to_owned()])
}

/// A reference to a parameter's value: its field, or the one value the spec allows
/// (a string, or an integer enum's number).
pub(crate) fn value(param: &Param) -> String {
    let fixed = param.fixed.as_ref();
    if let Some(text) = fixed.and_then(serde_json::Value::as_str) {
        return format!("&{}", literal(text));
    }
    if let Some(number) = fixed.and_then(serde_json::Value::as_i64) {
        return format!("&{number}i64");
    }
    format!("&self.{}", ident(&param.name))
}

/// A parameter's style, as the support module's `Style` spells it.
pub(crate) fn style(style: ParamStyle) -> &'static str {
    match style {
        ParamStyle::Form { explode: true } => "Style::Form { explode: true }",
        ParamStyle::Form { explode: false } => "Style::Form { explode: false }",
        ParamStyle::SpaceDelimited => "Style::SpaceDelimited",
        ParamStyle::PipeDelimited => "Style::PipeDelimited",
        ParamStyle::DeepObject => "Style::DeepObject",
        ParamStyle::Simple { explode: true } => "Style::Simple { explode: true }",
        ParamStyle::Simple { explode: false } => "Style::Simple { explode: false }",
        ParamStyle::Label { explode: true } => "Style::Label { explode: true }",
        ParamStyle::Label { explode: false } => "Style::Label { explode: false }",
        ParamStyle::Matrix { explode: true } => "Style::Matrix { explode: true }",
        ParamStyle::Matrix { explode: false } => "Style::Matrix { explode: false }",
        // Written whole by `whole_query`, with no style of the table.
        ParamStyle::Json | ParamStyle::WholeQuery { .. } => "Style::Json",
    }
}

/// An expression of `url` with the whole query string after it (3.2's `in:
/// querystring`), for an operation that has one; an absent optional one adds nothing.
pub(super) fn whole_query(op: &Operation) -> Option<String> {
    let param = op.params.iter().find(|p| matches!(p.style, ParamStyle::WholeQuery { .. }))?;
    let ParamStyle::WholeQuery { form } = param.style else { return None };
    let (wire, field) = (literal(&param.wire_name), ident(&param.name));
    Some(match param.required {
        true => format!("format!(\"{{url}}?{{}}\", query_string({wire}, &self.{field}, {form})?)"),
        false => format!(
            "match &self.{field} {{ Some(value) => format!(\"{{url}}?{{}}\", query_string({wire}, value, {form})?), None => url, }}"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::path_parts;
    use crate::pipeline::api_of;

    #[test]
    fn literal_parts_are_string_literals_and_parameters_locals() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /files/{fileId}/a}b\"c:\n    get:\n      \
             parameters: [{name: fileId, in: path, required: true, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n",
        );
        let path = path_parts(&api.operations[0]);
        assert_eq!(path.parts, ["\"/files/\"", "&file_id", "\"/a}b\\\"c\""]);
        assert_eq!(path.params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["file_id"]);
    }

    #[test]
    fn a_parameter_named_twice_is_encoded_once_and_used_twice() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /System.{location}/sites/{location}:\n    get:\n      \
             parameters: [{name: location, in: path, required: true, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n",
        );
        let path = path_parts(&api.operations[0]);
        assert_eq!(path.parts, ["\"/System.\"", "&location", "\"/sites/\"", "&location"]);
        assert_eq!(path.params.len(), 1);
    }
}
