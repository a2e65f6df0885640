//! Parameters on the wire: each written by the support module's helper for its
//! location, in its OpenAPI style.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Operation, Param, ParamLocation, ParamStyle, PathSegment};
use crate::render::ident;

/// An operation's path as a `format!` string, as the typed mocks match it: literal
/// parts escaped, a `{}` for each path parameter, each parameter encoded into a local
/// first. (The client joins the parts instead: [`path_parts`].)
pub(crate) struct PathFormat {
    /// `/users/{}/posts/{}`.
    pub format: String,
    /// A statement binding each parameter's encoded segment to a local, once
    /// per parameter although a path may name one twice
    /// (`/System.{location}/…/{location}`).
    pub segments: Vec<TokenStream>,
    /// The locals, in the order the format string takes them.
    pub args: Vec<proc_macro2::Ident>,
}

/// The path of `op`; `encode` writes the statement binding a parameter's
/// segment to the local named after it.
pub(crate) fn path_format(op: &Operation, mut encode: impl FnMut(&Param) -> TokenStream) -> PathFormat {
    let mut format = String::new();
    let mut segments = Vec::new();
    let mut args = Vec::new();
    let mut encoded = Vec::new();
    for segment in &op.path {
        match segment {
            PathSegment::Literal(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            PathSegment::Param(i) => {
                let param = &op.params[*i];
                if !encoded.contains(i) {
                    encoded.push(*i);
                    segments.push(encode(param));
                }
                format.push_str("{}");
                args.push(ident(&param.name));
            }
        }
    }
    PathFormat { format, segments, args }
}

/// An operation's path as `join_url` takes it: its parts, literal text and a local
/// for each path parameter, each parameter encoded into its local first.
pub(super) struct PathParts {
    /// A statement binding each parameter's segment to a local, once per parameter.
    pub segments: Vec<TokenStream>,
    /// `"/users/"`, `&user_id`, `"/posts"`.
    pub parts: Vec<TokenStream>,
}

/// The path of `op` for its request.
pub(super) fn path_parts(op: &Operation) -> PathParts {
    // The segments as `path_format` binds them: each parameter once.
    let PathFormat { segments, .. } = path_format(op, encode_segment);
    let parts = op
        .path
        .iter()
        .map(|segment| match segment {
            PathSegment::Literal(text) => quote!(#text),
            PathSegment::Param(i) => {
                let local = ident(&op.params[*i].name);
                quote!(&#local)
            }
        })
        .collect();
    PathParts { segments, parts }
}

/// The client's `let id = path_segment(..)?;` for a path parameter.
pub(super) fn encode_segment(param: &Param) -> TokenStream {
    let (field, wire, style) = (ident(&param.name), &param.wire_name, style_tokens(param.style));
    let value = value(param);
    quote! { let #field = path_segment(#wire, #value, #style)?; }
}

fn located(op: &Operation, location: ParamLocation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(move |p| p.location == location)
}

/// Adds the query parameters to `request`, in one call with a list of them; nothing
/// when the operation has none.
pub(super) fn query_step(op: &Operation) -> Option<TokenStream> {
    let params: Vec<TokenStream> = located(op, ParamLocation::Query)
        .filter(|param| !matches!(param.style, ParamStyle::WholeQuery { .. }))
        .map(|param| {
            let (wire, style) = (&param.wire_name, style_tokens(param.style));
            let value = value(param);
            quote! { (#wire, #value, #style) }
        })
        .collect();
    (!params.is_empty()).then(|| quote! { request = with_query(request, &[#(#params),*])?; })
}

/// Adds the cookie parameters as one `Cookie` header; nothing when the operation has none.
pub(super) fn cookie_step(op: &Operation) -> Option<TokenStream> {
    let pairs: Vec<TokenStream> = located(op, ParamLocation::Cookie)
        .map(|param| {
            let (wire, style) = (&param.wire_name, style_tokens(param.style));
            let value = value(param);
            quote! { cookie_pair(&mut cookies, #wire, #value, #style)?; }
        })
        .collect();
    (!pairs.is_empty()).then(|| {
        quote! {
            let mut cookies: Vec<String> = Vec::new();
            #(#pairs)*
            if !cookies.is_empty() {
                request = request.header(reqwest::header::COOKIE, header_value("Cookie", &cookies.join("; "))?);
            }
        }
    })
}

/// Adds each header parameter that has a value.
pub(super) fn header_steps(op: &Operation) -> impl Iterator<Item = TokenStream> {
    located(op, ParamLocation::Header).map(|param| {
        let (wire, style, value) = (&param.wire_name, style_tokens(param.style), value(param));
        quote! {
            if let Some(value) = header_param(#wire, #value, #style)? {
                request = request.header(#wire, value);
            }
        }
    })
}

/// A reference to a parameter's value: its field, or the one value the spec allows
/// (a string, or an integer enum's number).
fn value(param: &Param) -> TokenStream {
    let fixed = param.fixed.as_ref();
    if let Some(text) = fixed.and_then(serde_json::Value::as_str) {
        return quote!(&#text);
    }
    if let Some(number) = fixed.and_then(serde_json::Value::as_i64) {
        return quote!(&#number);
    }
    let field = ident(&param.name);
    quote!(&self.#field)
}

/// A parameter's style, as the support module's `Style` spells it.
pub(crate) fn style_tokens(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Form { explode } => quote!(Style::Form { explode: #explode }),
        ParamStyle::SpaceDelimited => quote!(Style::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(Style::PipeDelimited),
        ParamStyle::DeepObject => quote!(Style::DeepObject),
        ParamStyle::Simple { explode } => quote!(Style::Simple { explode: #explode }),
        ParamStyle::Label { explode } => quote!(Style::Label { explode: #explode }),
        ParamStyle::Matrix { explode } => quote!(Style::Matrix { explode: #explode }),
        ParamStyle::Json => quote!(Style::Json),
        // Written whole by `whole_query`, with no style of the table.
        ParamStyle::WholeQuery { .. } => quote!(Style::Json),
    }
}

/// An expression of `url` with the whole query string after it (3.2's `in:
/// querystring`), for an operation that has one; an absent optional one adds nothing.
pub(super) fn whole_query(op: &Operation) -> Option<TokenStream> {
    let param = op.params.iter().find(|p| matches!(p.style, ParamStyle::WholeQuery { .. }))?;
    let ParamStyle::WholeQuery { form } = param.style else { return None };
    let wire = &param.wire_name;
    let field = ident(&param.name);
    Some(match param.required {
        true => quote! { format!("{url}?{}", query_string(#wire, &self.#field, #form)?) },
        false => quote! {
            match &self.#field {
                Some(value) => format!("{url}?{}", query_string(#wire, value, #form)?),
                None => url,
            }
        },
    })
}

#[cfg(test)]
mod tests {
    use super::{encode_segment, path_format, path_parts};
    use crate::pipeline::api_of;

    #[test]
    fn braces_in_the_path_are_escaped_and_parameters_bound_to_locals() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /files/{fileId}/a}b:\n    get:\n      \
             parameters: [{name: fileId, in: path, required: true, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n",
        );
        let path = path_format(&api.operations[0], encode_segment);
        assert_eq!(path.format, "/files/{}/a}}b");
        assert_eq!(path.args.iter().map(ToString::to_string).collect::<Vec<_>>(), ["file_id"]);
        assert!(path.segments[0].to_string().starts_with("let file_id = path_segment (\"fileId\""));
    }

    #[test]
    fn a_parameter_named_twice_is_encoded_once_and_used_twice() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /System.{location}/sites/{location}:\n    get:\n      \
             parameters: [{name: location, in: path, required: true, schema: {type: string}}]\n      \
             responses: {'204': {description: none}}\n",
        );
        let path = path_format(&api.operations[0], encode_segment);
        assert_eq!(path.format, "/System.{}/sites/{}");
        assert_eq!(path.args.iter().map(ToString::to_string).collect::<Vec<_>>(), ["location", "location"]);
        assert_eq!(path.segments.len(), 1);
        let parts = path_parts(&api.operations[0]);
        let parts: Vec<String> = parts.parts.iter().map(ToString::to_string).collect();
        assert_eq!(parts, ["\"/System.\"", "& location", "\"/sites/\"", "& location"]);
        assert_eq!(path_parts(&api.operations[0]).segments.len(), 1);
    }
}
