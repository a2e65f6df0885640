//! `support.rs` of a generated API: the response and error types and the helpers its
//! operations call, chosen from the templates (see `templates`) by the [`Helpers`]
//! flags the API needs, worked out once per API.

use proc_macro2::TokenStream;
use quote::quote;

use crate::templates::{self, TEMPLATES, Template};

use crate::ir::{
    Api, AuthKind, BodyEncoding, BodyValue, FormFieldKind, NextPage, Operation, ParamLocation, PathSegment,
    StreamFormat, TypeDefKind, TypeRef,
};

macro_rules! helpers {
    ($($(#[$doc:meta])* $flag:ident,)*) => {
        /// Which shared helpers an API's operations and types call, and which parts of
        /// the fixed client it has: `support.rs` defines exactly these, so it has no
        /// dead code. Each flag is the `needs = "..."` of the template items it brings in.
        #[derive(Debug, Clone, Default)]
        pub struct Helpers {
            $($(#[$doc])* pub $flag: bool,)*
        }

        impl Helpers {
            /// Whether the flag named `name` is on; `None` for a name that is no flag.
            pub fn get(&self, name: &str) -> Option<bool> {
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
    /// Structs, decoded through `FromObject` and encoded through `ObjectWriter`.
    objects,
    /// Struct members read as values (`read_value`), as nullable values
    /// (`read_option`), written always (`ObjectWriter::member`) or only when set
    /// (`ObjectWriter::optional`), undeclared members dropped (`skip_value`) or kept
    /// (`read_member`, `ObjectWriter::members`).
    read_value,
    read_option,
    write_member,
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
    /// Tagged unions whose values may come without the tag, or with one a default
    /// variant reads: `decode_untagged`.
    untagged_values,
    /// Any operation: `execute`, its retries and redirects, and the request options.
    execute,
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
    /// Path, query and header parameters: `path_segment`, `with_query`, `header_param`;
    /// the whole query string as one value (3.2): `query_string`.
    path_segment,
    query_params,
    whole_query,
    header_params,
    /// Cookie parameters, joined into one `Cookie` header through `header_value`.
    cookie_params,
    /// JSON and form request bodies: `json_body`, `form_body`.
    json_body,
    form_body,
    /// Files in multipart bodies: `FilePart`.
    file_part,
    /// Binary request bodies, sent from an `Upload` by `upload_body`.
    binary_body,
    /// What a file part or a binary body sends: `Upload`.
    upload,
    /// An operation read whole whose body cannot be copied for a retry (a multipart
    /// form, a binary body): `execute_rebuilt`.
    rebuild,
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
    /// OAuth 2.0 tokens a `TokenProvider` gives, asked for before each attempt.
    token_provider,
    /// OAuth 2.0 tokens fetched by the client itself: `ClientCredentials`.
    client_credentials,
    /// A credential in the query string, which transport errors must not print.
    query_auth,
    /// A credential sent in a header, marked sensitive by `sensitive_header`.
    sensitive_header,
    /// Error responses the spec describes, made by `api_error`.
    api_error,
    /// The client: a default base URL, which `Client::new` names.
    default_base_url,
    /// A success read as items as they arrive: `ItemStream`.
    item_stream,
    /// Server-sent events: `Event`, read by `sse-stream`.
    event_stream,
    /// Events whose data is JSON (`json_event`), or text kept as it is (`text_event`).
    json_events,
    text_events,
    /// JSON lines, and a JSON text sequence.
    json_lines,
    json_sequence,
    /// Events the API sends: `webhooks`, their verifiers and `decode_other`.
    webhooks,
    /// Events decoded by the member that names them: `webhooks::tag`.
    webhook_tags,
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
        let streams = || ops.iter().filter_map(|op| op.success.stream.as_ref());
        Self {
            objects: api.types.iter().any(|t| matches!(t.kind, TypeDefKind::Struct(_))),
            read_value: fields().any(|f| f.reader() == Some("read_value")),
            read_option: fields().any(|f| f.reader() == Some("read_option")),
            write_member: fields().any(|f| !f.flatten && f.required),
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
                TypeDefKind::Tagged(union) => union.shares_tags(),
                _ => false,
            }),
            untagged_values: api
                .types
                .iter()
                .any(|t| matches!(&t.kind, TypeDefKind::Tagged(u) if !u.untagged.is_empty() || u.default.is_some())),
            execute: !ops.is_empty(),
            decode: response_bodies(api).any(|ty| !matches!(ty, TypeRef::Bytes | TypeRef::Text)),
            text: response_bodies(api).any(|ty| *ty == TypeRef::Text),
            byte_stream: ops.iter().any(is_download),
            pages: ops.iter().any(|op| op.pagination.is_some()),
            link_pages: ops.iter().any(|op| op.pagination.as_ref().is_some_and(|p| p.next == NextPage::Link)),
            params: ops.iter().any(|op| !op.params.is_empty()),
            path_segment: ops.iter().any(|op| op.path.iter().any(|s| matches!(s, PathSegment::Param(_)))),
            query_params: ops.iter().flat_map(|op| &op.params).any(|p| {
                p.location == ParamLocation::Query && !matches!(p.style, crate::ir::ParamStyle::WholeQuery { .. })
            }),
            whole_query: ops
                .iter()
                .flat_map(|op| &op.params)
                .any(|p| matches!(p.style, crate::ir::ParamStyle::WholeQuery { .. })),
            header_params: has_params(api, ParamLocation::Header),
            cookie_params: has_params(api, ParamLocation::Cookie),
            json_body: sends(api, BodyEncoding::Json),
            form_body: sends(api, BodyEncoding::Form),
            file_part: form_fields(api).any(|f| matches!(f.kind, FormFieldKind::File | FormFieldKind::Files)),
            binary_body: sends(api, BodyEncoding::Binary),
            rebuild: ops.iter().any(|op| {
                let whole = op.success.stream.as_ref().is_none_or(|stream| stream.also_whole);
                let contents = op.body.iter().flat_map(|body| &body.contents);
                whole
                    && contents
                        .into_iter()
                        .any(|c| matches!(c.encoding, BodyEncoding::Multipart | BodyEncoding::Binary))
            }),
            upload: sends(api, BodyEncoding::Binary)
                || form_fields(api).any(|f| matches!(f.kind, FormFieldKind::File | FormFieldKind::Files)),
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
            token_provider: secrets && api.auth_schemes.iter().any(|s| s.oauth2.is_some()),
            client_credentials: secrets
                && api.auth_schemes.iter().any(|s| s.oauth2.as_ref().is_some_and(|o| o.token_url.is_some())),
            sensitive_header: schemes(|kind| !matches!(kind, AuthKind::Basic | AuthKind::ApiKeyQuery(_))),
            api_error: ops.iter().any(|op| !op.errors.is_empty()),
            default_base_url: api.default_base_url.is_some(),
            item_stream: streams().next().is_some(),
            event_stream: streams().any(|stream| stream.format == StreamFormat::Events),
            json_events: streams().any(|stream| stream.format == StreamFormat::Events && stream.item != TypeRef::Text),
            text_events: streams().any(|stream| stream.format == StreamFormat::Events && stream.item == TypeRef::Text),
            json_lines: streams().any(|stream| stream.format == StreamFormat::JsonLines),
            json_sequence: streams().any(|stream| stream.format == StreamFormat::JsonSequence),
            webhooks: api.webhooks.is_some(),
            webhook_tags: api.webhooks.as_ref().is_some_and(|webhooks| webhooks.tag.is_some()),
        }
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

/// The items of `template` that `needs` asks for, their `cfg` attributes removed and
/// `cfg(test)` items left out.
pub fn select(template: &Template, needs: &Helpers) -> syn::File {
    templates::select(template, &|flag| needs.get(flag))
}

/// `support.rs` with the items `needs` asks for: an API's own, or the union of a
/// library's APIs' needs.
pub fn render_support(needs: &Helpers) -> TokenStream {
    let items = TEMPLATES.iter().flat_map(|template| select(template, needs).items);
    quote! {
        #(#items)*
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::{CLIENT, EXAMPLES, Selection};

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

    /// Every template: the support code and each API module's fixed code.
    fn every_template() -> impl Iterator<Item = &'static Template> {
        TEMPLATES.iter().chain([&CLIENT, &EXAMPLES])
    }

    #[test]
    fn every_template_is_printed_and_compiled() {
        let mut printed: Vec<String> = every_template().map(|t| format!("{}.rs", t.name)).collect();
        printed.extend(["lib.rs", "api", "api/examples.json"].map(str::to_owned));
        let mut files = file_names("support/src");
        files.extend(file_names("support/src/api").into_iter().map(|name| format!("api/{name}")));
        printed.sort();
        files.sort();
        assert_eq!(printed, files);
        let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/support/src/lib.rs")).unwrap();
        for template in every_template() {
            let name = template.name;
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
        for template in every_template() {
            select(template, &all);
        }
    }

    #[test]
    fn flags_choose_items_fields_and_methods() {
        let mut needs = Helpers::all();
        needs.secrets = false;
        needs.link_pages = false;
        needs.basic_auth = false;
        let text = |template: &Template, needs: &Helpers| {
            let file = select(template, needs);
            quote!(#file).to_string()
        };
        let named = |name: &str| TEMPLATES.iter().find(|t| t.name == name).unwrap();
        let requests = text(named("requests"), &needs);
        assert!(requests.contains("idempotency_key : Option < String >"));
        assert!(!requests.contains("credentials"), "a field and a method behind `secrets`");
        assert!(!requests.contains("page_url"));
        let features_only =
            requests.replace("cfg (feature = \"tracing\")", "").replace("cfg (not (feature = \"tracing\"))", "");
        assert!(!features_only.contains("cfg"), "the cfg attributes are removed, but those of cargo features");
        assert_eq!(text(named("secrets"), &needs), "", "every item needs `secrets`");
        let client = text(&CLIENT, &needs);
        assert!(!client.contains("credentials :"), "fields of a struct and of its literal behind `secrets`");
        needs.secrets = true;
        let secrets = text(named("secrets"), &needs);
        assert!(secrets.contains("fn expose"));
        assert!(!secrets.contains("fn expose_pair"));
        let client = text(&CLIENT, &needs);
        assert!(
            client.contains("credentials : Credentials ,")
                && client.contains("credentials : Credentials :: default ()")
        );
    }

    #[test]
    fn every_cfg_is_read() {
        // A `cfg` on a kind of node the selection does not visit would be printed as it is.
        for needs in [Helpers::all(), Helpers::none()] {
            for template in every_template() {
                let file = select(template, &needs);
                assert!(!quote!(#file).to_string().contains("needs"), "{}.rs", template.name);
            }
        }
    }

    #[test]
    fn template_tests_are_left_out() {
        let all = Helpers::all();
        for template in TEMPLATES.iter().chain([&CLIENT]) {
            let file = select(template, &all);
            assert!(!quote!(#file).to_string().contains("# [test]"), "{}.rs", template.name);
        }
        // The samples test keeps its test, and leaves its own unit tests behind.
        let examples = select(&EXAMPLES, &all);
        let examples = quote!(#examples).to_string();
        assert_eq!(examples.matches("# [test]").count(), 1, "{examples}");
    }

    #[test]
    fn predicates_combine() {
        let mut needs = Helpers::all();
        needs.decode = false;
        let flag = |name: &str| needs.get(name);
        let selection = Selection { flag: &flag, error: None };
        let holds = |predicate: &str| selection.holds(&syn::parse_str::<syn::Meta>(predicate).unwrap());
        assert_eq!(holds(r#"needs = "text""#), Ok(true));
        assert_eq!(holds(r#"not(needs = "decode")"#), Ok(true));
        assert_eq!(holds(r#"any(needs = "decode", needs = "text")"#), Ok(true));
        assert_eq!(holds(r#"all(needs = "decode", needs = "text")"#), Ok(false));
        assert_eq!(holds("test"), Ok(false));
        assert!(holds(r#"needs = "decoder""#).unwrap_err().contains("no flag is named \"decoder\""));
        assert!(holds(r#"feature = "x""#).is_err());
    }

    #[test]
    fn the_names_the_templates_define_are_reserved() {
        let reserved = crate::templates::reserved();
        for name in ["Client", "RawRequest", "Settings", "execute", "decode", "RetryPolicy", "Style"] {
            assert!(reserved.client_items.iter().any(|n| n == name), "{name}: {:?}", reserved.client_items);
        }
        for name in ["new", "with_http_client", "with_retry", "with_credentials"] {
            assert!(reserved.client_methods.iter().any(|n| n == name), "{name}: {:?}", reserved.client_methods);
        }
        for name in ["client", "params", "options", "credentials", "timeout", "header", "allow_missing_credentials"] {
            assert!(reserved.request_members.iter().any(|n| n == name), "{name}: {:?}", reserved.request_members);
        }
    }
}
