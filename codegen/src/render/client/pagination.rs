//! `stream()` of a paginated operation: every item of every page, each next page
//! asked for as the pagination style says.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::read_path;
use super::response::response_type;
use crate::ir::{FieldStep, NextPage, Operation, Pagination};
use crate::render::docs::prose;
use crate::render::{ident, type_tokens};

/// `stream()`: every item of every page, each next page asked for as the
/// pagination style says, until there is none, a page is empty, or `has_more` is false.
pub(super) fn render_stream(op: &Operation, pagination: &Pagination) -> TokenStream {
    let item = type_tokens(&pagination.item, true);
    let items = moved_path(&pagination.items);
    let (more, ends) = match &pagination.has_more {
        Some(path) => {
            let read = read_path(quote!(page.body), path);
            let more = if read.optional { quote!(#read.copied().unwrap_or(true)) } else { quote!(#read) };
            let wire = wire_path(path);
            (
                Some(quote! { let more: bool = #more; }),
                format!("there is no next page, a page is empty, or `{wire}` is false"),
            )
        }
        None => (None, "there is no next page or a page is empty".to_owned()),
    };
    let wire = |index: usize| op.params[index].wire_name.replace('`', "'");
    let setter = |index: usize| ident(&op.params[index].name);
    let (read, next, how) = match &pagination.next {
        NextPage::HeaderCursor { param, header } => {
            let header = &op.success.headers[*header];
            let field = ident(&header.field);
            let cursor = if header.required { quote!(Some(page.headers.#field)) } else { quote!(page.headers.#field) };
            let setter = setter(*param);
            (
                quote! { let cursor: Option<String> = #cursor; },
                cursor_next(&setter),
                format!("with `{}` set to the `{}` header of the page before", wire(*param), header.wire_name),
            )
        }
        NextPage::BodyCursor { param, field } => {
            let read = read_path(quote!(page.body), field);
            let cursor = if read.optional { quote!(#read.cloned()) } else { quote!(Some(#read.clone())) };
            let setter = setter(*param);
            (
                quote! { let cursor: Option<String> = #cursor; },
                cursor_next(&setter),
                format!("with `{}` set to `{}` of the page before", wire(*param), wire_path(field)),
            )
        }
        NextPage::Link => (
            quote! { let link = next_link(page.status, &page.raw_headers, &request.client.base_url)?; },
            quote! {
                link.map(|url| {
                    let mut request = request;
                    request.options.page_url = Some(url);
                    request
                })
            },
            "at the URL of the `Link` header's `rel=\"next\"`, as long as it stays on the API's origin".to_owned(),
        ),
        NextPage::Page { param } => {
            let setter = setter(*param);
            let first = op.params[*param].default.as_ref().and_then(serde_json::Value::as_i64).unwrap_or(1);
            let first = Literal::i64_unsuffixed(first);
            (
                TokenStream::new(),
                quote! { request.#setter.unwrap_or(#first).checked_add(1).map(|number| request.#setter(number)) },
                format!("with `{}` one more than the page before (the first is {first})", wire(*param)),
            )
        }
        NextPage::Offset { param } => {
            let setter = setter(*param);
            let ty = type_tokens(&op.params[*param].ty, true);
            (
                TokenStream::new(),
                quote! {
                    #ty::try_from(items.len())
                        .ok()
                        .and_then(|received| request.#setter.unwrap_or(0).checked_add(received))
                        .map(|offset| request.#setter(offset))
                },
                format!("with `{}` moved on by the items received", wire(*param)),
            )
        }
    };
    let stop = if more.is_some() { quote!(items.is_empty() || !more) } else { quote!(items.is_empty()) };
    let text = format!("Every item of every page, as a stream: each next page is asked for {how}, until {ends}.");
    let docs = prose(&text);
    let page_type = response_type(op);
    quote! {
        #docs
        pub fn stream(self) -> BoxStream<'a, Result<#item>> {
            paginate(self, Self::send, Self::next_page)
        }

        /// A page's items, and the request for the page after it, if any.
        fn next_page(request: Self, page: #page_type) -> Result<(Vec<#item>, Option<Self>)> {
            #read
            #more
            let items: Vec<#item> = #items;
            let next = if #stop { None } else { #next };
            Ok((items, next))
        }
    }
}

/// The next request for a cursor: none when the cursor is absent, empty, or repeats.
fn cursor_next(setter: &proc_macro2::Ident) -> TokenStream {
    quote! {
        cursor
            .filter(|cursor| !cursor.is_empty() && request.#setter.as_ref() != Some(cursor))
            .map(|cursor| request.#setter(cursor))
    }
}

/// A path as the spec names it: `response_metadata.next_cursor`.
fn wire_path(path: &[FieldStep]) -> String {
    let names: Vec<&str> = path.iter().map(|f| f.wire_name.as_str()).collect();
    names.join(".").replace('`', "'")
}

/// The list at a field path of `page.body`, moved out; an absent list is empty.
fn moved_path(path: &[FieldStep]) -> TokenStream {
    let mut tokens = quote!(page.body);
    let mut optional = false;
    for field in path {
        let name = ident(&field.name);
        tokens = match (optional, field.optional, field.double_option) {
            (false, _, false) => quote!(#tokens.#name),
            (false, _, true) => quote!(#tokens.#name.flatten()),
            (true, false, _) => quote!(#tokens.map(|value| value.#name)),
            (true, true, false) => quote!(#tokens.and_then(|value| value.#name)),
            (true, true, true) => quote!(#tokens.and_then(|value| value.#name.flatten())),
        };
        optional |= field.optional;
    }
    if optional { quote!(#tokens.unwrap_or_default()) } else { tokens }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::{moved_path, read_path, wire_path};
    use crate::ir::FieldStep;

    fn step(name: &str, optional: bool, double_option: bool) -> FieldStep {
        FieldStep { name: name.into(), wire_name: format!("{name}`"), optional, double_option }
    }

    #[test]
    fn a_path_reads_as_a_place_until_a_field_is_optional() {
        let path = [step("meta", false, false), step("next", true, false), step("cursor", true, true)];
        let read = read_path(quote!(page.body), &path);
        assert!(read.optional);
        assert_eq!(
            read.tokens.to_string(),
            "page . body . meta . next . as_ref () . and_then (| value | value . cursor . as_ref () . and_then (Option :: as_ref))"
        );
        assert_eq!(read_path(quote!(page.body), &path[..1]).tokens.to_string(), "page . body . meta");
        assert!(!read_path(quote!(page.body), &path[..1]).optional);
    }

    #[test]
    fn a_moved_list_behind_an_option_defaults_to_empty() {
        let path = [step("data", true, false)];
        assert_eq!(moved_path(&path).to_string(), "page . body . data . unwrap_or_default ()");
        assert_eq!(wire_path(&[step("a", false, false), step("b", false, false)]), "a'.b'");
    }
}
