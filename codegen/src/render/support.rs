//! `support.rs` of a generated API: the response and error types and the helpers its
//! operations call. The code is real Rust in `codegen/support/src`, compiled and unit
//! tested there; each item there says with `#[cfg(needs = "...")]` which [`Helpers`]
//! flag it needs, and an API gets exactly the items its flags ask for, so the output
//! has no dead code.

use proc_macro2::TokenStream;
use quote::quote;
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Expr, ImplItem, Item, Lit, Meta, TraitItem};

use crate::ir::{
    Api, AuthKind, BodyEncoding, BodyValue, Field, FormFieldKind, NextPage, Operation, ParamLocation, PathSegment,
    TypeDefKind, TypeRef,
};

/// The support code, in the order it is printed: one file per concern.
const TEMPLATES: [(&str, &str); 12] = [
    ("prelude", include_str!("../../support/src/prelude.rs")),
    ("responses", include_str!("../../support/src/responses.rs")),
    ("errors", include_str!("../../support/src/errors.rs")),
    ("requests", include_str!("../../support/src/requests.rs")),
    ("retries", include_str!("../../support/src/retries.rs")),
    ("transport", include_str!("../../support/src/transport.rs")),
    ("parameters", include_str!("../../support/src/parameters.rs")),
    ("bodies", include_str!("../../support/src/bodies.rs")),
    ("pagination", include_str!("../../support/src/pagination.rs")),
    ("objects", include_str!("../../support/src/objects.rs")),
    ("unions", include_str!("../../support/src/unions.rs")),
    ("secrets", include_str!("../../support/src/secrets.rs")),
];

macro_rules! helpers {
    ($($(#[$doc:meta])* $flag:ident,)*) => {
        /// Which shared helpers an API's operations and types call: `support.rs`
        /// defines exactly these and `client.rs` imports them, so neither has dead
        /// code. Each flag is the `needs = "..."` of the support items it brings in.
        #[derive(Debug, Clone, Default)]
        pub struct Helpers {
            $($(#[$doc])* pub $flag: bool,)*
        }

        impl Helpers {
            /// Whether the flag named `name` is on; `None` for a name that is no flag.
            fn get(&self, name: &str) -> Option<bool> {
                match name {
                    $(stringify!($flag) => Some(self.$flag),)*
                    _ => None,
                }
            }

            /// The helpers either of two APIs needs: a library's shared support.
            pub fn union(&self, other: &Self) -> Self {
                Self { $($flag: self.$flag || other.$flag,)* }
            }

            /// Every flag on: every support item.
            #[cfg(test)]
            fn all() -> Self {
                Self { $($flag: true,)* }
            }

            /// Every flag off: the items every API has.
            #[cfg(test)]
            fn none() -> Self {
                Self { $($flag: false,)* }
            }
        }
    };
}

helpers! {
    /// Structs, decoded through `FromObject`.
    objects,
    /// Struct members read as values (`read_value`), as nullable values
    /// (`read_option`), written only when set (`write_option`), undeclared members
    /// dropped (`skip_value`) or kept (`read_member`).
    read_value,
    read_option,
    write_option,
    skip_value,
    read_member,
    /// Enums and tagged unions, which keep values the spec does not list through
    /// `unlisted` (refused while a union tries its variants).
    enums,
    /// Tagged unions, encoded with their tag through `serialize_tagged`.
    tagged,
    /// Untagged unions, decoded through `decode_union`.
    unions,
    /// Tagged unions whose values may come without the tag: `decode_untagged`.
    untagged_values,
    /// Any operation: `execute`, its retries and redirects, and the request options.
    execute,
    /// An operation whose method is not idempotent: `Idempotent::No`.
    non_idempotent,
    /// JSON bodies, through `decode`.
    decode,
    /// `text/*` response bodies, through `text`.
    text,
    /// Downloads, whose bodies can be read as a `ByteStream`.
    byte_stream,
    /// Lists read page by page, through `paginate`.
    pages,
    /// Lists paged by `Link` headers, through `next_link` and `RequestOptions::page_url`.
    link_pages,
    /// Any parameter: `Style`, and `joined` that writes a value in one.
    params,
    /// Path, query and header parameters: `path_segment`, `query_pairs`, `header_param`.
    path_segment,
    query_params,
    header_params,
    /// Cookie parameters, joined into one `Cookie` header through `header_value`.
    cookie_params,
    /// JSON and form request bodies: `json_body`, `form_body`.
    json_body,
    form_body,
    /// Files in multipart bodies: `FilePart`.
    file_part,
    /// Multipart parts that are values, not files: `part_text`.
    part_text,
    /// Declared response headers (`response_header`), some always sent (`require_header`).
    response_header,
    require_header,
    /// Credentials: `Secret` and the client's `authorize`.
    secrets,
    /// A credential sent as it is (a token or key): `Secret::expose`.
    token_auth,
    /// Bearer tokens, their `Bearer ` prefix dropped if given: `Secret::bearer`.
    bearer_auth,
    /// API keys (header, query or cookie), kept as given: `Secret::new`.
    key_auth,
    /// HTTP basic credentials: `Secret::expose_pair`.
    basic_auth,
    /// A credential in the query string, which transport errors must not print.
    query_auth,
    /// A credential sent in a header, marked sensitive by `sensitive_header`.
    sensitive_header,
    /// Error responses the spec describes, made by `api_error`.
    api_error,
}

impl Helpers {
    pub fn of(api: &Api) -> Self {
        let ops = &api.operations;
        let secrets = !ops.is_empty() && !api.auth_schemes.is_empty();
        let schemes = |kind: fn(&AuthKind) -> bool| secrets && api.auth_schemes.iter().any(|s| kind(&s.kind));
        let structs = || {
            api.types.iter().filter_map(|t| match &t.kind {
                TypeDefKind::Struct(fields) => Some(fields),
                _ => None,
            })
        };
        let fields = || structs().flatten();
        Self {
            objects: api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Struct(_))),
            read_value: fields().any(|f| member_reader(f) == Some("read_value")),
            read_option: fields().any(|f| member_reader(f) == Some("read_option")),
            write_option: fields().any(|f| !f.flatten && !f.required),
            skip_value: structs().any(|fields| fields.iter().all(|f| !f.flatten)),
            read_member: fields().any(|f| f.flatten),
            enums: api
                .types
                .iter()
                .any(|t| matches!(t.kind, TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) | TypeDefKind::Tagged(_))),
            tagged: api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Tagged(_))),
            unions: api.types.iter().any(|t| match &t.kind {
                TypeDefKind::Union(_) => true,
                TypeDefKind::Tagged(union) => super::types::shares_tags(union),
                _ => false,
            }),
            untagged_values: api
                .types
                .iter()
                .any(|t| matches!(&t.kind, TypeDefKind::Tagged(u) if !u.untagged.is_empty())),
            execute: !ops.is_empty(),
            non_idempotent: ops.iter().any(|op| !op.is_idempotent()),
            decode: response_bodies(api).any(|ty| !matches!(ty, TypeRef::Bytes | TypeRef::Text)),
            text: response_bodies(api).any(|ty| *ty == TypeRef::Text),
            byte_stream: ops.iter().any(is_download),
            pages: ops.iter().any(|op| op.pagination.is_some()),
            link_pages: ops.iter().any(|op| op.pagination.as_ref().is_some_and(|p| p.next == NextPage::Link)),
            params: ops.iter().any(|op| !op.params.is_empty()),
            path_segment: ops.iter().any(|op| op.path.iter().any(|s| matches!(s, PathSegment::Param(_)))),
            query_params: has_params(api, ParamLocation::Query),
            header_params: has_params(api, ParamLocation::Header),
            cookie_params: has_params(api, ParamLocation::Cookie),
            json_body: sends(api, BodyEncoding::Json),
            form_body: sends(api, BodyEncoding::Form),
            file_part: form_fields(api).any(|f| matches!(f.kind, FormFieldKind::File | FormFieldKind::Files)),
            part_text: form_fields(api).any(|f| matches!(f.kind, FormFieldKind::Value(_))),
            response_header: ops.iter().any(|op| !op.success.headers.is_empty()),
            require_header: ops.iter().any(|op| op.success.headers.iter().any(|h| h.required)),
            secrets,
            token_auth: schemes(|kind| *kind != AuthKind::Basic),
            basic_auth: schemes(|kind| *kind == AuthKind::Basic),
            bearer_auth: schemes(|kind| *kind == AuthKind::Bearer),
            key_auth: schemes(|kind| {
                matches!(kind, AuthKind::ApiKeyHeader(_) | AuthKind::ApiKeyQuery(_) | AuthKind::ApiKeyCookie(_))
            }),
            query_auth: schemes(|kind| matches!(kind, AuthKind::ApiKeyQuery(_))),
            sensitive_header: schemes(|kind| !matches!(kind, AuthKind::Basic | AuthKind::ApiKeyQuery(_))),
            api_error: ops.iter().any(|op| !op.errors.is_empty()),
        }
    }
}

/// The helper that reads a declared member's value: a bare value is read into an
/// `Option` and must be there, an `Option` field takes `null` as `None`, and a double
/// option keeps `null` apart from absent. `None` for the map of undeclared members.
pub fn member_reader(field: &Field) -> Option<&'static str> {
    match field {
        _ if field.flatten => None,
        _ if field.is_optional() && !field.is_double_option() => Some("read_option"),
        _ => Some("read_value"),
    }
}

fn has_params(api: &Api, location: ParamLocation) -> bool {
    api.operations.iter().any(|op| op.params.iter().any(|p| p.location == location))
}

/// Every field of every multipart body.
fn form_fields(api: &Api) -> impl Iterator<Item = &crate::ir::FormField> {
    let contents = api.operations.iter().flat_map(|op| &op.body).flat_map(|b| &b.contents);
    contents.flat_map(|c| match &c.value {
        BodyValue::Form(form) => form.fields.as_slice(),
        BodyValue::Type(_) => &[],
    })
}

/// Whether any operation sends a body in this encoding.
fn sends(api: &Api, encoding: BodyEncoding) -> bool {
    api.operations.iter().flat_map(|op| &op.body).flat_map(|b| &b.contents).any(|c| c.encoding == encoding)
}

/// Every type a response body decodes into: success bodies and error bodies.
fn response_bodies(api: &Api) -> impl Iterator<Item = &TypeRef> {
    let success = api.operations.iter().flat_map(|op| {
        let variants = op.success.variants.iter().filter_map(|v| v.body.as_ref());
        op.success.body.iter().chain(variants)
    });
    success.chain(api.error_bodies.iter().map(|v| &v.ty))
}

/// An operation whose success body is bytes: it also gets `send_stream`.
pub fn is_download(op: &Operation) -> bool {
    op.success.body == Some(TypeRef::Bytes)
}

/// `support.rs` with the items `needs` asks for: an API's own, or the union of a
/// library's APIs' needs.
pub fn render_support(needs: &Helpers) -> TokenStream {
    let items = TEMPLATES.iter().flat_map(|(name, source)| select(name, source, needs).items);
    quote! {
        //! Response and error types, and the helpers every operation uses.

        #(#items)*
    }
}

/// The items of a template that `needs` asks for, their `cfg` attributes removed.
fn select(name: &str, source: &str, needs: &Helpers) -> syn::File {
    // The templates are this crate's own code, parsed and selected for every flag by
    // its tests: failing here is a bug in a template, not in the input.
    let mut file = syn::parse_file(source).unwrap_or_else(|err| panic!("support template {name}: {err}"));
    let mut selection = Selection { needs, error: None };
    selection.visit_file_mut(&mut file);
    if let Some(err) = selection.error {
        panic!("support template {name}: {err}");
    }
    file
}

/// Keeps the items, fields and associated items whose `#[cfg(...)]` holds.
struct Selection<'a> {
    needs: &'a Helpers,
    error: Option<String>,
}

impl Selection<'_> {
    /// Whether an item with these attributes is kept; its `cfg`s are removed if so.
    fn keep(&mut self, attrs: &mut Vec<Attribute>) -> bool {
        let mut keep = true;
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("cfg")) {
            match attr.parse_args::<Meta>().map_err(|err| err.to_string()).and_then(|meta| self.holds(&meta)) {
                Ok(holds) => keep &= holds,
                Err(err) => self.error = Some(err),
            }
        }
        attrs.retain(|attr| !attr.path().is_ident("cfg"));
        keep
    }

    /// Evaluates a `cfg` predicate over the flags: `needs = "flag"`, `any`, `all`,
    /// `not`, and `test`, which never holds (the templates' own tests stay behind).
    fn holds(&self, predicate: &Meta) -> Result<bool, String> {
        match predicate {
            Meta::Path(path) if path.is_ident("test") => Ok(false),
            Meta::NameValue(pair) if pair.path.is_ident("needs") => match &pair.value {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(flag) => {
                        self.needs.get(&flag.value()).ok_or(format!("no flag is named {:?}", flag.value()))
                    }
                    _ => Err("a flag is named by a string".to_owned()),
                },
                _ => Err("a flag is named by a string".to_owned()),
            },
            Meta::List(list) => {
                let parts = list
                    .parse_args_with(Punctuated::<Meta, syn::Token![,]>::parse_terminated)
                    .map_err(|err| err.to_string())?;
                let values = parts.iter().map(|part| self.holds(part)).collect::<Result<Vec<bool>, String>>()?;
                match list.path.get_ident().map(|ident| ident.to_string()).as_deref() {
                    Some("any") => Ok(values.iter().any(|v| *v)),
                    Some("all") => Ok(values.iter().all(|v| *v)),
                    Some("not") if values.len() == 1 => Ok(!values[0]),
                    _ => Err(format!("unknown predicate {}", quote!(#list))),
                }
            }
            other => Err(format!("unknown predicate {}", quote!(#other))),
        }
    }
}

impl VisitMut for Selection<'_> {
    fn visit_file_mut(&mut self, file: &mut syn::File) {
        file.items.retain_mut(|item| match item_attrs(item) {
            Some(attrs) => self.keep(attrs),
            None => true,
        });
        visit_mut::visit_file_mut(self, file);
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        item.items.retain_mut(|item| match item {
            ImplItem::Const(item) => self.keep(&mut item.attrs),
            ImplItem::Fn(item) => self.keep(&mut item.attrs),
            ImplItem::Type(item) => self.keep(&mut item.attrs),
            _ => true,
        });
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_item_trait_mut(&mut self, item: &mut syn::ItemTrait) {
        item.items.retain_mut(|item| match item {
            TraitItem::Const(item) => self.keep(&mut item.attrs),
            TraitItem::Fn(item) => self.keep(&mut item.attrs),
            TraitItem::Type(item) => self.keep(&mut item.attrs),
            _ => true,
        });
        visit_mut::visit_item_trait_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        let kept = std::mem::take(&mut item.variants).into_pairs().filter_map(|pair| {
            let (mut variant, comma) = pair.into_tuple();
            self.keep(&mut variant.attrs).then(|| syn::punctuated::Pair::new(variant, comma))
        });
        item.variants = kept.collect();
        visit_mut::visit_item_enum_mut(self, item);
    }

    fn visit_fields_named_mut(&mut self, fields: &mut syn::FieldsNamed) {
        let kept = std::mem::take(&mut fields.named).into_pairs().filter_map(|pair| {
            let (mut field, comma) = pair.into_tuple();
            self.keep(&mut field.attrs).then(|| syn::punctuated::Pair::new(field, comma))
        });
        fields.named = kept.collect();
        visit_mut::visit_fields_named_mut(self, fields);
    }
}

/// The attributes of the kinds of item the templates hold.
fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(item) => &mut item.attrs,
        Item::Enum(item) => &mut item.attrs,
        Item::Fn(item) => &mut item.attrs,
        Item::Impl(item) => &mut item.attrs,
        Item::Macro(item) => &mut item.attrs,
        Item::Mod(item) => &mut item.attrs,
        Item::Static(item) => &mut item.attrs,
        Item::Struct(item) => &mut item.attrs,
        Item::Trait(item) => &mut item.attrs,
        Item::Type(item) => &mut item.attrs,
        Item::Use(item) => &mut item.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the files a folder holds, sorted.
    fn file_names(folder: &str) -> Vec<String> {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let mut names: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn every_template_is_printed_and_compiled() {
        let mut printed: Vec<String> = TEMPLATES.iter().map(|(name, _)| format!("{name}.rs")).collect();
        printed.push("lib.rs".to_owned());
        printed.sort();
        assert_eq!(printed, file_names("support/src"));
        let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/support/src/lib.rs")).unwrap();
        for (name, _) in TEMPLATES {
            assert!(
                lib.contains(&format!("include!(\"{name}.rs\");")),
                "support/src/lib.rs does not compile {name}.rs"
            );
        }
    }

    #[test]
    fn every_flag_in_the_templates_is_known() {
        // `select` panics on a flag no field names, and on a predicate it cannot read.
        let all = Helpers::all();
        for (name, source) in TEMPLATES {
            select(name, source, &all);
        }
    }

    #[test]
    fn flags_choose_items_fields_and_methods() {
        let mut needs = Helpers::all();
        needs.secrets = false;
        needs.link_pages = false;
        needs.basic_auth = false;
        let text = |name: &str, needs: &Helpers| {
            let source = TEMPLATES.iter().find(|(n, _)| *n == name).unwrap().1;
            let file = select(name, source, needs);
            quote!(#file).to_string()
        };
        let requests = text("requests", &needs);
        assert!(requests.contains("idempotency_key : Option < String >"));
        assert!(!requests.contains("credentials"), "a field and a method behind `secrets`");
        assert!(!requests.contains("page_url"));
        assert!(!requests.contains("cfg"), "the cfg attributes are removed");
        assert_eq!(text("secrets", &needs), "", "every item needs `secrets`");
        needs.secrets = true;
        let secrets = text("secrets", &needs);
        assert!(secrets.contains("fn expose"));
        assert!(!secrets.contains("fn expose_pair"));
    }

    #[test]
    fn every_cfg_is_read() {
        // A `cfg` on a kind of node the selection does not visit would be printed as it is.
        for needs in [Helpers::all(), Helpers::none()] {
            for (name, source) in TEMPLATES {
                let file = select(name, source, &needs);
                assert!(!quote!(#file).to_string().contains("needs"), "{name}.rs");
            }
        }
    }

    #[test]
    fn template_tests_are_left_out() {
        let all = Helpers::all();
        for (name, source) in TEMPLATES {
            let file = select(name, source, &all);
            assert!(!quote!(#file).to_string().contains("# [test]"), "{name}.rs");
        }
    }

    #[test]
    fn predicates_combine() {
        let mut needs = Helpers::all();
        needs.decode = false;
        let selection = Selection { needs: &needs, error: None };
        let holds = |predicate: &str| selection.holds(&syn::parse_str::<Meta>(predicate).unwrap());
        assert_eq!(holds(r#"needs = "text""#), Ok(true));
        assert_eq!(holds(r#"not(needs = "decode")"#), Ok(true));
        assert_eq!(holds(r#"any(needs = "decode", needs = "text")"#), Ok(true));
        assert_eq!(holds(r#"all(needs = "decode", needs = "text")"#), Ok(false));
        assert_eq!(holds("test"), Ok(false));
        assert!(holds(r#"needs = "decoder""#).unwrap_err().contains("no flag is named \"decoder\""));
        assert!(holds(r#"feature = "x""#).is_err());
    }
}
