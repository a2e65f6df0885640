//! The client module: `Client` with its credentials, and for each operation a
//! method that starts a request builder, the builder, and its typed headers.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::docs::{doc_attrs, summary_and_description};
use super::{ident, type_tokens};
use crate::ir::{
    Api, AuthKind, AuthScheme, BodyContent, BodyEncoding, BodyValue, ErrorStatus, Field, FormFieldKind, MultipartForm,
    NextPage, Operation, Pagination, Param, ParamLocation, ParamStyle, PathSegment, RequestBody, Scalar,
    ServerTemplate, TemplatePart, TypeDefKind, TypeRef,
};

pub fn render_client(api: &Api) -> super::Chunks<'_> {
    let has_auth = !api.auth_schemes.is_empty() && !api.operations.is_empty();
    let default_url = api.default_base_url.as_ref().map(|url| {
        let doc = match &api.server {
            Some(server) => format!(
                " The server the spec names first, `{}`, each variable at its default.",
                server.url.replace('`', "'")
            ),
            None => " The server the spec names first.".to_owned(),
        };
        quote! {
            #[doc = #doc]
            pub const DEFAULT_BASE_URL: &str = #url;
        }
    });
    let server = api.server.as_ref().map(render_server);
    let new_docs = match &api.default_base_url {
        Some(_) => " A client for the API at `base_url`, such as [`DEFAULT_BASE_URL`].",
        None => " A client for the API at `base_url` (the spec names no server).",
    };
    let credentials_field = has_auth.then(|| quote! { credentials: Credentials, });
    let credentials_init = has_auth.then(|| quote! { credentials: Credentials::default(), });
    let auth = has_auth.then(|| render_auth(api));
    let setters: Vec<_> =
        if has_auth { api.auth_schemes.iter().map(render_client_credential_setter).collect() } else { Vec::new() };
    let with_credentials = has_auth.then(|| {
        quote! {
            /// Replaces every credential of the client with `credentials`.
            pub fn with_credentials(mut self, credentials: Credentials) -> Self {
                self.credentials = credentials;
                self
            }
        }
    });
    let methods = api.operations.iter().map(|op| {
        let gate = super::cfg_any(&op.features);
        let method = render_method(api, op);
        quote! { #gate #method }
    });
    let builders = api.operations.iter().map(|op| super::gated(render_builder(api, op), super::cfg_any(&op.features)));
    let title = api.title.trim().replace(['\r', '\n'], " ");
    let title = if title.to_ascii_lowercase().ends_with("api") {
        format!(" A client for the {title}.")
    } else {
        format!(" A client for the {title} API.")
    };
    let error_body = render_error_body(api);
    let imports = render_imports(api, has_auth);
    let has_ops = !api.operations.is_empty();
    let settings_field = has_ops.then(|| quote! { settings: Settings, });
    let settings_init = has_ops.then(|| quote! { settings: Settings::default(), });
    let settings_setters = has_ops.then(|| {
        quote! {
            /// Retries failed requests as `policy` says ([`RetryPolicy::default`]: 3 attempts
            /// from 0.5 s apart, idempotent methods only).
            pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
                self.settings.retry = policy;
                self
            }

            /// Gives up on each attempt after `timeout`; a request may set its own.
            pub fn with_timeout(mut self, timeout: Duration) -> Self {
                self.settings.timeout = Some(timeout);
                self
            }

            /// Sends `user_agent` as `User-Agent` instead of this crate's name and version.
            pub fn with_user_agent(mut self, user_agent: impl Into<String>) -> Self {
                self.settings.user_agent = user_agent.into();
                self
            }
        }
    });

    // One generic request type, each operation's its own parameters: a type of its own
    // per operation, with its own options impl, cost 30 MB to `cargo check` GitHub's API.
    let request = (!api.operations.is_empty()).then(|| {
        // Parameters are read where a request is built; an API without any never reads them.
        let unread = api.operations.iter().all(|op| op.params.is_empty() && op.body.is_none());
        let allow_unread = unread.then(|| quote!(#[allow(dead_code)]));
        quote! {
            /// A request, built by a [`Client`] method and sent by its `send`: the operation's
            /// parameters `P`, and the options every request takes ([`RequestOptionsExt`]).
            /// Each operation names its own, as `<Operation>Request`.
            #[derive(Debug, Clone)]
            #[must_use = "a request does nothing until it is sent"]
            pub struct Request<'a, P> {
                client: &'a Client,
                #allow_unread
                params: P,
                options: RequestOptions,
            }

            impl<P> RequestOptionsExt for Request<'_, P> {
                fn options_mut(&mut self) -> &mut RequestOptions {
                    &mut self.options
                }
            }
        }
    });
    let head = quote! {
        //! The client and one request builder per operation.
        #imports

        #default_url
        #server

        #[doc = #title]
        #[derive(Debug, Clone)]
        pub struct Client {
            base_url: String,
            http: reqwest::Client,
            #settings_field
            #credentials_field
        }

        #request

        impl Client {
            #[doc = #new_docs]
            ///
            /// # Panics
            ///
            /// Where `reqwest::Client::new` panics: when the TLS backend cannot be initialised.
            pub fn new(base_url: impl Into<String>) -> Self {
                let http = safe_http_client(reqwest::Client::builder()).expect("the TLS backend initialises");
                Self::from_parts(base_url.into(), http)
            }

            /// A client whose HTTP connections are made as `http` says (timeouts, proxies,
            /// TLS). Its redirect and `Referer` settings are replaced: the client follows
            /// redirects itself, so that credentials never leave the API's origin. Headers
            /// set as the builder's `default_headers` go with every request reqwest sends,
            /// a redirect to another origin included: give credentials to the client's
            /// setters, never as default headers.
            ///
            /// # Errors
            ///
            /// [`Error::Transport`] when `http` cannot build a client.
            pub fn with_http_client(base_url: impl Into<String>, http: reqwest::ClientBuilder) -> Result<Self, Error> {
                Ok(Self::from_parts(base_url.into(), safe_http_client(http)?))
            }

            fn from_parts(base_url: String, http: reqwest::Client) -> Self {
                let base_url = base_url.trim_end_matches('/').to_owned();
                Self { base_url, http, #settings_init #credentials_init }
            }

            /// The base URL requests go to.
            pub fn base_url(&self) -> &str {
                &self.base_url
            }

            /// The underlying HTTP client.
            pub fn http_client(&self) -> &reqwest::Client {
                &self.http
            }

            #settings_setters
            #with_credentials
            #(#setters)*
            #(#methods)*
        }

        #auth
        #error_body
    };
    Box::new(std::iter::once(head).chain(builders))
}

/// The variables of the first server's URL: a struct with a field each, defaulting to
/// the spec's defaults, whose `url()` is a base URL; an enum for each variable whose
/// values the spec lists.
fn render_server(server: &ServerTemplate) -> TokenStream {
    let name = format_ident!("{}", server.name);
    let template = server.url.replace('`', "'");
    let doc = format!(
        " The variables of the server URL `{template}`: [`Default`] gives the spec's defaults, and \
         [`{}::url`] the base URL to give [`Client::new`].",
        server.name
    );
    let fields = server.variables.iter().map(|variable| {
        let field = ident(&variable.field);
        let ty = match &variable.choices {
            Some((choices, _)) => {
                let choices = format_ident!("{choices}");
                quote!(#choices)
            }
            None => quote!(String),
        };
        let text = format!(
            "`{}`{}",
            variable.wire_name.replace('`', "'"),
            variable.docs.as_deref().map(|d| format!(": {d}")).unwrap_or_default()
        );
        let docs = doc_attrs(Some(&text));
        quote! { #docs pub #field: #ty, }
    });
    let defaults = server.variables.iter().map(|variable| {
        let field = ident(&variable.field);
        let value = match &variable.choices {
            Some((choices, variants)) => {
                let variant = variants.iter().find(|v| v.value == variable.default).unwrap_or(&variants[0]);
                let (choices, variant) = (format_ident!("{choices}"), format_ident!("{}", variant.name));
                quote!(#choices::#variant)
            }
            None => {
                let default = &variable.default;
                quote!(#default.to_owned())
            }
        };
        quote! { #field: #value, }
    });
    let mut format = String::new();
    let mut args: Vec<TokenStream> = Vec::new();
    for part in &server.parts {
        match part {
            TemplatePart::Literal(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            TemplatePart::Variable(i) => {
                let variable = &server.variables[*i];
                let field = ident(&variable.field);
                format.push_str("{}");
                args.push(match variable.choices {
                    Some(_) => quote!(self.#field.as_str()),
                    None => quote!(self.#field),
                });
            }
        }
    }
    // A URL that is one variable and nothing else needs no `format!`.
    let url = match args.as_slice() {
        [arg] if format == "{}" => quote!(#arg.to_string()),
        _ => quote!(format!(#format, #(#args),*)),
    };
    let enums = server.variables.iter().filter_map(|variable| {
        let (choices, variants) = variable.choices.as_ref()?;
        let choices = format_ident!("{choices}");
        let doc =
            format!(" The values the spec allows for the server variable `{}`.", variable.wire_name.replace('`', "'"));
        let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.name)).collect();
        let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
        let variant_docs = values.iter().map(|value| format!(" `{}`", value.replace('`', "'")));
        Some(quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum #choices { #( #[doc = #variant_docs] #idents, )* }

            impl #choices {
                /// The value as it goes in the URL.
                pub fn as_str(self) -> &'static str {
                    match self { #( Self::#idents => #values, )* }
                }
            }
        })
    });
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct #name { #(#fields)* }

        impl Default for #name {
            fn default() -> Self {
                Self { #(#defaults)* }
            }
        }

        impl #name {
            /// The server's URL with these values.
            pub fn url(&self) -> String {
                #url
            }
        }

        #(#enums)*
    }
}

/// `use` lines for exactly what the module uses, so none is unused.
fn render_imports(api: &Api, has_auth: bool) -> TokenStream {
    let ops = &api.operations;
    let needs = super::support::Helpers::of(api);
    let support: Vec<&str> = [
        (needs.decode, "decode"),
        (needs.text, "text"),
        (needs.byte_stream, "byte_stream"),
        (needs.byte_stream, "read"),
        (needs.byte_stream, "send"),
        (needs.byte_stream, "ByteStream"),
        (needs.link_pages, "next_link"),
        (needs.pages, "paginate"),
        (needs.file_part, "FilePart"),
        (needs.execute, "execute"),
        (needs.cookie_params, "header_value"),
        (needs.cookie_params, "cookie_pair"),
        (needs.header_params, "header_param"),
        (needs.query_params, "query_pairs"),
        (needs.json_body, "json_body"),
        (needs.form_body, "form_body"),
        (needs.part_text, "part_text"),
        (needs.path_segment, "path_segment"),
        (needs.params, "Style"),
        (needs.require_header, "require_header"),
        (needs.response_header, "response_header"),
        (needs.secrets, "Secret"),
        (needs.sensitive_header, "sensitive_header"),
        (needs.execute, "unexpected"),
        (needs.api_error, "api_error"),
        (needs.execute, "RequestOptions"),
        (needs.execute, "RequestOptionsExt"),
        (needs.execute, "RetryPolicy"),
        (needs.execute, "Settings"),
        (true, "safe_http_client"),
    ]
    .into_iter()
    .filter_map(|(used, name)| used.then_some(name))
    .collect();
    let support: Vec<_> = support.into_iter().map(|n| format_ident!("{n}")).collect();
    let support = (!support.is_empty()).then(|| quote! { use super::support::{#(#support),*}; });

    let mut root = Vec::new();
    if !ops.is_empty() {
        root.push(format_ident!("ApiResponse"));
    }
    root.push(format_ident!("Error"));
    let uses_types = ops.iter().any(|op| {
        let mut tys = op.params.iter().map(|p| &p.ty).chain(op.body.iter().flat_map(|b| b.types()));
        tys.any(mentions_named)
            || op.success.body.as_ref().is_some_and(mentions_named)
            || op.success.variants.iter().any(|v| v.body.as_ref().is_some_and(mentions_named))
    }) || api.error_bodies.iter().any(|v| mentions_named(&v.ty));
    let types = uses_types.then(|| quote! { use super::types; });
    let root = (!root.is_empty()).then(|| quote! { use super::{#(#root),*}; });
    let fmt = has_auth.then(|| quote! { use std::fmt; });
    let stream = ops.iter().any(|op| op.pagination.is_some()).then(|| quote! { use futures_util::stream::BoxStream; });
    let duration = (!ops.is_empty()).then(|| quote! { use std::time::Duration; });
    quote! {
        #fmt
        #duration
        #stream
        #support
        #types
        #root
    }
}

fn mentions_named(ty: &TypeRef) -> bool {
    !ty.names().is_empty()
}

fn render_error_body(api: &Api) -> TokenStream {
    let variants = api.error_bodies.iter().map(|v| {
        let name = format_ident!("{}", v.name);
        let ty = type_tokens(&v.ty, true);
        let gate = match &v.ty {
            TypeRef::Named(type_name) => {
                api.types.iter().find(|t| &t.name == type_name).and_then(|t| super::cfg_any(&t.features))
            }
            _ => None,
        };
        quote! { #gate #name(#ty), }
    });
    quote! {
        /// The error bodies the spec describes, one variant per type.
        #[derive(Debug, Clone)]
        pub enum ErrorBody { #(#variants)* }
    }
}

fn scheme_field(scheme: &AuthScheme) -> proc_macro2::Ident {
    ident(&scheme.name)
}

fn render_auth(api: &Api) -> TokenStream {
    let variants: Vec<_> = api.auth_schemes.iter().map(|s| format_ident!("{}", s.variant)).collect();
    let fields: Vec<_> = api.auth_schemes.iter().map(scheme_field).collect();
    let credential_setters = api.auth_schemes.iter().map(render_credential_setter);
    let apply = api.auth_schemes.iter().map(|scheme| {
        let variant = format_ident!("{}", scheme.variant);
        let applied = match &scheme.kind {
            AuthKind::Bearer => quote! {
                request.header(
                    reqwest::header::AUTHORIZATION,
                    sensitive_header("Authorization", &format!("Bearer {}", secret.expose()))?,
                )
            },
            AuthKind::Basic => quote! {{
                let (user, password) = secret.expose_pair();
                request.basic_auth(user, password)
            }},
            AuthKind::ApiKeyHeader(name) => {
                quote! { request.header(#name, sensitive_header(#name, secret.expose())?) }
            }
            AuthKind::ApiKeyQuery(name) => quote! { request.query(&[(#name, secret.expose())]) },
            AuthKind::ApiKeyCookie(name) => {
                let prefix = format!("{name}=");
                quote! {
                    request.header(
                        reqwest::header::COOKIE,
                        sensitive_header("Cookie", &format!("{}{}", #prefix, secret.expose()))?,
                    )
                }
            }
        };
        quote! { Scheme::#variant => #applied, }
    });
    quote! {
        /// The security schemes of the spec.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Scheme { #(#variants),* }

        /// A credential for each security scheme of the spec, or none: set on the client
        /// ([`Client::with_credentials`]), or for one request instead of the client's
        /// ([`RequestOptionsExt::credentials`]). `Debug` names the schemes set, never a secret.
        #[derive(Clone, Default)]
        pub struct Credentials { #( #fields: Option<Secret>, )* }

        impl Credentials {
            /// No credential at all.
            pub fn new() -> Self {
                Self::default()
            }

            #(#credential_setters)*

            fn get(&self, scheme: Scheme) -> Option<&Secret> {
                match scheme {
                    #( Scheme::#variants => self.#fields.as_ref(), )*
                }
            }
        }

        impl fmt::Debug for Credentials {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let set: Vec<Scheme> = [#(Scheme::#variants),*].into_iter().filter(|s| self.get(*s).is_some()).collect();
                f.debug_struct("Credentials").field("set", &set).finish()
            }
        }

        impl Client {
            /// Adds the credentials (the request's, else the client's) of the first
            /// alternative whose schemes all have one. With none satisfied the request
            /// goes out without; the server decides.
            fn authorize(
                &self,
                mut request: reqwest::RequestBuilder,
                options: &RequestOptions,
                alternatives: &[&[Scheme]],
            ) -> Result<reqwest::RequestBuilder, Error> {
                let credentials = options.credentials.as_ref().unwrap_or(&self.credentials);
                let chosen = alternatives
                    .iter()
                    .find(|schemes| schemes.iter().all(|s| credentials.get(*s).is_some()));
                for scheme in chosen.copied().unwrap_or_default() {
                    let Some(secret) = credentials.get(*scheme) else { continue };
                    request = match scheme { #(#apply)* };
                }
                Ok(request)
            }
        }
    }
}

fn render_credential_setter(scheme: &AuthScheme) -> TokenStream {
    let setter = format_ident!("with_{}", scheme.name);
    let field = scheme_field(scheme);
    let key = &scheme.key;
    let how = match &scheme.kind {
        AuthKind::Bearer => "a token sent as `Authorization: Bearer <token>`".to_owned(),
        AuthKind::Basic => "HTTP basic authentication".to_owned(),
        AuthKind::ApiKeyHeader(name) => format!("a key sent in the `{name}` header"),
        AuthKind::ApiKeyQuery(name) => format!("a key sent as the `{name}` query parameter"),
        AuthKind::ApiKeyCookie(name) => format!("a key sent as the `{name}` cookie"),
    };
    let mut text = format!("Sets the credential of the `{key}` scheme: {how}.");
    if let Some(docs) = &scheme.docs {
        text.push_str("\n\n");
        text.push_str(docs);
    }
    let docs = doc_attrs(Some(&text));
    match scheme.kind {
        AuthKind::Basic => quote! {
            #docs
            pub fn #setter(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
                let pair = format!("{}:{}", user.into(), password.into());
                self.#field = Some(Secret::new(pair));
                self
            }
        },
        _ => quote! {
            #docs
            pub fn #setter(mut self, secret: impl Into<String>) -> Self {
                self.#field = Some(Secret::new(secret.into()));
                self
            }
        },
    }
}

/// The client's setter for a scheme: the same as [`Credentials`]' setter.
fn render_client_credential_setter(scheme: &AuthScheme) -> TokenStream {
    let setter = format_ident!("with_{}", scheme.name);
    let doc = format!(
        " Sets the credential of the `{}` scheme: see [`Credentials::{setter}`].",
        scheme.key.replace('`', "'")
    );
    match scheme.kind {
        AuthKind::Basic => quote! {
            #[doc = #doc]
            pub fn #setter(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
                self.credentials = self.credentials.#setter(user, password);
                self
            }
        },
        _ => quote! {
            #[doc = #doc]
            pub fn #setter(mut self, secret: impl Into<String>) -> Self {
                self.credentials = self.credentials.#setter(secret);
                self
            }
        },
    }
}

fn builder_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Request", op.type_name)
}

fn params_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Params", op.type_name)
}

fn headers_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Headers", op.type_name)
}

fn success_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Success", op.type_name)
}

/// The body of an operation whose success statuses carry different bodies.
fn render_success_enum(op: &Operation) -> Option<TokenStream> {
    if op.success.variants.is_empty() {
        return None;
    }
    let name = success_name(op);
    let doc = format!(" The body of a [`Client::{}`] response, by status.", op.method_name.trim_start_matches("r#"));
    let variants = op.success.variants.iter().map(|variant| {
        let variant_name = format_ident!("{}", variant.name);
        let doc = format!(" `{}`", variant.status);
        match &variant.body {
            // Boxed: one large model would size every value of the enum (decoding fills the box).
            Some(ty @ TypeRef::Named(_)) => {
                let ty = type_tokens(ty, true);
                quote! { #[doc = #doc] #variant_name(Box<#ty>), }
            }
            Some(ty) => {
                let ty = type_tokens(ty, true);
                quote! { #[doc = #doc] #variant_name(#ty), }
            }
            None => quote! { #[doc = #doc] #variant_name, },
        }
    });
    Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name { #(#variants)* }
    })
}

/// Path, required query and header parameters, and a required body: the arguments
/// of the client method. The rest are builder setters.
fn positional(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| p.required)
}

fn is_string(api: &Api, ty: &TypeRef) -> bool {
    matches!(api.unalias(ty), TypeRef::Scalar(Scalar::String))
}

/// The argument type a parameter is taken as, and how it becomes the stored value.
fn argument(api: &Api, ty: &TypeRef, value: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    if is_string(api, ty) {
        (quote!(impl Into<String>), quote!(#value.into()))
    } else {
        (type_tokens(ty, true), quote!(#value))
    }
}

fn render_method(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.method_name);
    let builder = builder_name(op);
    let params = params_name(op);
    let mut text = summary_and_description(op.summary.as_deref(), op.description.as_deref()).unwrap_or_default();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!("`{} {}`", op.http_method, path_text(op)));
    if op.deprecated {
        text.push_str("\n\nDeprecated.");
    }
    let docs = doc_attrs(Some(&text));
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for param in positional(op) {
        let field = ident(&param.name);
        let (ty, value) = argument(api, &param.ty, &field);
        args.push(quote! { #field: #ty });
        inits.push(if is_string(api, &param.ty) {
            quote! { #field: #value }
        } else {
            quote! { #field }
        });
    }
    for param in op.params.iter().filter(|p| !p.required) {
        let field = ident(&param.name);
        inits.push(quote! { #field: None });
    }
    if let Some(body) = &op.body {
        if body.required {
            let ty = body_type(op, body);
            if body.contents.len() > 1 {
                args.push(quote! { body: impl Into<#ty> });
                inits.push(quote! { body: body.into() });
            } else {
                args.push(quote! { body: #ty });
                inits.push(quote! { body });
            }
        } else {
            inits.push(quote! { body: None });
        }
    }
    // Clippy's limit counts `self` too.
    let many = (args.len() + 1 > 7).then(|| {
        quote! { #[allow(clippy::too_many_arguments, reason = "an argument for each parameter the operation requires")] }
    });
    quote! {
        #docs
        #many
        pub fn #name(&self, #(#args),*) -> #builder<'_> {
            Request { client: self, params: #params { #(#inits,)* }, options: RequestOptions::default() }
        }
    }
}

fn path_text(op: &Operation) -> String {
    op.path
        .iter()
        .map(|segment| match segment {
            PathSegment::Literal(text) => text.replace('`', "'"),
            PathSegment::Param(i) => format!("{{{}}}", op.params[*i].wire_name.replace('`', "'")),
        })
        .collect()
}

fn render_builder(api: &Api, op: &Operation) -> TokenStream {
    let builder = builder_name(op);
    let doc = format!(
        " A `{} {}` request: see [`Client::{}`].",
        op.http_method,
        path_text(op),
        op.method_name.trim_start_matches("r#")
    );
    let fields = op.params.iter().map(|param| {
        let field = ident(&param.name);
        let ty = type_tokens(&param.ty, true);
        if param.required {
            quote! { #field: #ty, }
        } else {
            quote! { #field: Option<#ty>, }
        }
    });
    let body_field = op.body.as_ref().map(|body| {
        let ty = body_type(op, body);
        if body.required {
            quote! { body: #ty, }
        } else {
            quote! { body: Option<#ty>, }
        }
    });
    let setters = op.params.iter().filter(|p| !p.required).map(|param| {
        let field = ident(&param.name);
        let (ty, value) = argument(api, &param.ty, &format_ident!("value"));
        let mut text = param.docs.clone().unwrap_or_else(|| format!("Sets `{}`.", param.wire_name.replace('`', "'")));
        if let Some(default) = &param.default {
            text.push_str(&format!("\n\nThe server's default: `{}`.", default.to_string().replace('`', "'")));
        }
        let docs = doc_attrs(Some(&text));
        quote! {
            #docs
            pub fn #field(mut self, value: #ty) -> Self {
                self.params.#field = Some(#value);
                self
            }
        }
    });
    let body_setter = op.body.as_ref().filter(|b| !b.required).map(|body| {
        let ty = body_type(op, body);
        let docs = doc_attrs(Some(body.docs.as_deref().unwrap_or("Sets the request body.")));
        let (ty, value) =
            if body.contents.len() > 1 { (quote!(impl Into<#ty>), quote!(value.into())) } else { (ty, quote!(value)) };
        quote! {
            #docs
            pub fn body(mut self, value: #ty) -> Self {
                self.params.body = Some(#value);
                self
            }
        }
    });
    let body_types = op.body.as_ref().map(|body| render_body_types(api, op, body));
    let send = render_send(api, op);
    let headers_struct = render_headers_struct(op);
    let success_enum = render_success_enum(op);
    let stream = op.pagination.as_ref().map(|p| render_stream(api, op, p));
    let params = params_name(op);
    let set_by = if op.params.iter().all(|p| p.required) && op.body.as_ref().is_none_or(|b| b.required) {
        "its [`Client`] method"
    } else {
        "its [`Client`] method and its setters"
    };
    let params_doc = format!(" Parameters of [`{builder}`]: set by {set_by}.");
    quote! {
        #[doc = #doc]
        pub type #builder<'a> = Request<'a, #params>;

        #[doc = #params_doc]
        #[derive(Debug, Clone)]
        pub struct #params {
            #(#fields)*
            #body_field
        }

        impl<'a> #builder<'a> {
            #(#setters)*
            #body_setter
            #send
            #stream
        }

        #headers_struct
        #success_enum
        #body_types
    }
}

/// The type a builder keeps its body as: the one content's, or `<Op>Body` to choose from.
fn body_type(op: &Operation, body: &RequestBody) -> TokenStream {
    match body.contents.as_slice() {
        [content] => content_type(content),
        _ => {
            let name = format_ident!("{}Body", op.type_name);
            quote!(#name)
        }
    }
}

fn content_type(content: &BodyContent) -> TokenStream {
    match &content.value {
        BodyValue::Type(ty) => type_tokens(ty, true),
        BodyValue::Form(form) => {
            let name = format_ident!("{}", form.name);
            quote!(#name)
        }
    }
}

/// Sets the request's body from `body`, a reference to a value of `content`'s type.
fn set_content(content: &BodyContent) -> TokenStream {
    let media_type = &content.media_type;
    let encoded = match content.encoding {
        BodyEncoding::Json => quote!(json_body(body)?),
        BodyEncoding::Form => quote!(form_body(body)?),
        BodyEncoding::Text | BodyEncoding::Binary => quote!(body.clone()),
        // reqwest writes the `Content-Type`, with the boundary.
        BodyEncoding::Multipart => return quote! { request = request.multipart(body.to_form()?); },
    };
    quote! { request = request.header(reqwest::header::CONTENT_TYPE, #media_type).body(#encoded); }
}

/// `<Op>Body` when the caller chooses among media types, and `<Op>Form` for a
/// multipart body.
fn render_body_types(api: &Api, op: &Operation, body: &RequestBody) -> TokenStream {
    let method = op.method_name.trim_start_matches("r#");
    let forms = body.contents.iter().filter_map(|content| match &content.value {
        BodyValue::Form(form) => Some(render_form(api, method, form)),
        BodyValue::Type(_) => None,
    });
    let choice = (body.contents.len() > 1).then(|| {
        let name = format_ident!("{}Body", op.type_name);
        let doc = format!(
            " The body of a [`Client::{method}`] request, sent in the media type of its variant. \
             [`From`] makes the first variant that takes the type."
        );
        let variants = body.contents.iter().map(|content| {
            let variant = format_ident!("{}", content.variant);
            let ty = content_type(content);
            let doc = format!(" Sent as `{}`.", content.media_type.replace('`', "'"));
            quote! { #[doc = #doc] #variant(#ty), }
        });
        // One `From` per Rust type, for the first variant that takes it.
        let mut seen = Vec::new();
        let froms = body.contents.iter().filter_map(|content| {
            let ty = content_type(content);
            let key = ty.to_string();
            if seen.contains(&key) {
                return None;
            }
            seen.push(key);
            let variant = format_ident!("{}", content.variant);
            Some(quote! {
                impl From<#ty> for #name {
                    fn from(value: #ty) -> Self {
                        #name::#variant(value)
                    }
                }
            })
        });
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone)]
            // Made once per request and moved, never stored in bulk: boxing would buy nothing.
            #[allow(clippy::large_enum_variant)]
            pub enum #name { #(#variants)* }
            #(#froms)*
        }
    });
    quote! { #choice #(#forms)* }
}

/// A multipart body's struct, and how it becomes a `reqwest` form.
fn render_form(api: &Api, method: &str, form: &MultipartForm) -> TokenStream {
    let name = format_ident!("{}", form.name);
    let doc = format!(" The `multipart/form-data` body of a [`Client::{method}`] request: a part per field.");
    let fields = form.fields.iter().map(|field| {
        let ty = match &field.kind {
            FormFieldKind::File => quote!(FilePart),
            FormFieldKind::Files => quote!(Vec<FilePart>),
            FormFieldKind::Value(ty) => type_tokens(ty, true),
        };
        wire_field(&field.name, &field.wire_name, field.docs.as_deref(), ty, field.required)
    });
    let parts = form.fields.iter().map(|field| {
        let ident = ident(&field.name);
        let wire = &field.wire_name;
        let (binding, add) = match &field.kind {
            FormFieldKind::File => (quote!(file), quote! { form = form.part(#wire, file.to_part(#wire)?); }),
            FormFieldKind::Files => {
                (quote!(files), quote! { for file in files { form = form.part(#wire, file.to_part(#wire)?); } })
            }
            FormFieldKind::Value(ty) => match api.unalias(ty) {
                TypeRef::List(_) => (
                    quote!(values),
                    quote! { for value in values { form = form.text(#wire, part_text(#wire, value)?); } },
                ),
                _ => (quote!(value), quote! { form = form.text(#wire, part_text(#wire, value)?); }),
            },
        };
        if field.required {
            quote! { let #binding = &self.#ident; #add }
        } else {
            quote! { if let Some(#binding) = &self.#ident { #add } }
        }
    });
    let build = if form.fields.is_empty() {
        quote! { Ok(reqwest::multipart::Form::new()) }
    } else {
        quote! {
            let mut form = reqwest::multipart::Form::new();
            #(#parts)*
            Ok(form)
        }
    };
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        pub struct #name { #(#fields)* }

        impl #name {
            fn to_form(&self) -> Result<reqwest::multipart::Form, Error> {
                #build
            }
        }
    }
}

/// What `send` returns: the success body, and the declared headers if there are any.
fn response_type(op: &Operation) -> TokenStream {
    let body = match &op.success.body {
        _ if !op.success.variants.is_empty() => {
            let name = success_name(op);
            quote!(#name)
        }
        Some(ty) => type_tokens(ty, true),
        None => quote!(()),
    };
    if op.success.headers.is_empty() {
        quote!(ApiResponse<#body>)
    } else {
        let headers = headers_name(op);
        quote!(ApiResponse<#body, #headers>)
    }
}

/// `send`, and `send_stream` for downloads, with the functions they share.
fn render_send(api: &Api, op: &Operation) -> TokenStream {
    // The URL: literal parts as a format string, parameters as encoded segments, each
    // bound to a local first.
    let mut format = String::from("{}");
    let mut segments = Vec::new();
    let mut args = Vec::new();
    for segment in &op.path {
        match segment {
            PathSegment::Literal(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            PathSegment::Param(i) => {
                let param = &op.params[*i];
                let (field, wire, style) = (ident(&param.name), &param.wire_name, style_tokens(param.style));
                segments.push(quote! { let #field = path_segment(#wire, &self.params.#field, #style)?; });
                format.push_str("{}");
                args.push(field);
            }
        }
    }
    let follows_links = op.pagination.as_ref().is_some_and(|p| p.next == NextPage::Link);
    // A followed `Link` is the whole URL, query included.
    let url = if follows_links {
        quote! {
            let url = match &self.options.page_url {
                Some(url) => url.clone(),
                None => {
                    #(#segments)*
                    format!(#format, self.client.base_url, #(#args),*)
                }
            };
        }
    } else {
        quote! {
            #(#segments)*
            let url = format!(#format, self.client.base_url, #(#args),*);
        }
    };

    let http_method = format_ident!("{}", op.http_method);
    let accept = &op.accept;
    let mut steps = vec![quote! {
        let request = self
            .client
            .http
            .request(reqwest::Method::#http_method, url)
            .header(reqwest::header::ACCEPT, #accept);
    }];

    let query_start = steps.len();
    let query_params: Vec<&Param> = op.params.iter().filter(|p| p.location == ParamLocation::Query).collect();
    if !query_params.is_empty() {
        let pairs = query_params.iter().map(|param| {
            let (field, wire, style) = (ident(&param.name), &param.wire_name, style_tokens(param.style));
            quote! { query_pairs(&mut query, #wire, &self.params.#field, #style)?; }
        });
        steps.push(quote! {
            let mut query: Vec<(String, String)> = Vec::new();
            #(#pairs)*
            request = request.query(&query);
        });
    }
    if follows_links && steps.len() > query_start {
        let query_steps = steps.split_off(query_start);
        steps.push(quote! { if self.options.page_url.is_none() { #(#query_steps)* } });
    }
    let cookie_params: Vec<&Param> = op.params.iter().filter(|p| p.location == ParamLocation::Cookie).collect();
    if !cookie_params.is_empty() {
        let pairs = cookie_params.iter().map(|param| {
            let (field, wire, style) = (ident(&param.name), &param.wire_name, style_tokens(param.style));
            quote! { cookie_pair(&mut cookies, #wire, &self.params.#field, #style)?; }
        });
        steps.push(quote! {
            let mut cookies: Vec<String> = Vec::new();
            #(#pairs)*
            if !cookies.is_empty() {
                request = request.header(reqwest::header::COOKIE, header_value("Cookie", &cookies.join("; "))?);
            }
        });
    }
    for param in op.params.iter().filter(|p| p.location == ParamLocation::Header) {
        let (field, wire, style) = (ident(&param.name), &param.wire_name, style_tokens(param.style));
        steps.push(quote! {
            if let Some(value) = header_param(#wire, &self.params.#field, #style)? {
                request = request.header(#wire, value);
            }
        });
    }
    if let Some(body) = &op.body {
        let set = match body.contents.as_slice() {
            [content] => set_content(content),
            contents => {
                let name = format_ident!("{}Body", op.type_name);
                let arms = contents.iter().map(|content| {
                    let variant = format_ident!("{}", content.variant);
                    let set = set_content(content);
                    quote! { #name::#variant(body) => { #set } }
                });
                quote! { match body { #(#arms)* } }
            }
        };
        steps.push(if body.required {
            quote! { let body = &self.params.body; #set }
        } else {
            quote! { if let Some(body) = &self.params.body { #set } }
        });
    }
    if !op.security.is_empty() {
        let alternatives = op.security.iter().map(|alternative| {
            let schemes = alternative.iter().map(|i| format_ident!("{}", api.auth_schemes[*i].variant));
            quote! { &[#(Scheme::#schemes),*] }
        });
        steps.push(quote! { request = self.client.authorize(request, &self.options, &[#(#alternatives),*])?; });
    }

    if steps.len() > 1 {
        let first = &mut steps[0];
        *first = quote! { let mut request = self.client.http.request(reqwest::Method::#http_method, url).header(reqwest::header::ACCEPT, #accept); };
    }
    // Bytes are the body as read: `body` alone, in field shorthand.
    let body_value = match &op.success.body {
        Some(TypeRef::Bytes) => quote!(body),
        Some(ty) => {
            let value = decoded(ty);
            quote!(body: #value)
        }
        None => quote!(body: ()),
    };
    let (headers_type, headers_value) = if op.success.headers.is_empty() {
        (None, None)
    } else {
        let name = headers_name(op);
        let fields = op.success.headers.iter().map(|header| {
            let field = ident(&header.field);
            let wire = &header.wire_name;
            let parsed = quote! { response_header(status, &headers, #wire)? };
            if header.required {
                quote! { #field: require_header(status, #wire, #parsed)?, }
            } else {
                quote! { #field: #parsed, }
            }
        });
        (Some(name.clone()), Some(quote! { let declared = #name { #(#fields)* }; }))
    };
    let declared = if headers_value.is_some() { quote!(declared) } else { quote!(()) };
    let response_type = response_type(op);
    let success_pattern = if op.success.statuses.is_empty() {
        quote!(_ if status.is_success())
    } else {
        status_pattern(&op.success.statuses)
    };
    // Exact codes first, then `4XX`-style classes, then `default`: the first arm that matches wins.
    let mut error_arms = Vec::new();
    for kind in [ErrorKind::Code, ErrorKind::Range, ErrorKind::Default] {
        for (index, variant) in api.error_bodies.iter().enumerate() {
            let statuses: Vec<ErrorStatus> =
                op.errors.iter().filter(|e| e.body == index && kind.of(e.status)).map(|e| e.status).collect();
            let pattern = match kind {
                _ if statuses.is_empty() => continue,
                ErrorKind::Code => {
                    let codes: Vec<u16> = statuses
                        .iter()
                        .filter_map(|s| if let ErrorStatus::Code(c) = s { Some(*c) } else { None })
                        .collect();
                    status_pattern(&codes)
                }
                ErrorKind::Range => {
                    // Neighbouring classes are one range: `4XX` and `5XX` are `400..=599`.
                    let mut classes: Vec<u16> = statuses
                        .iter()
                        .filter_map(|s| if let ErrorStatus::Range(c) = s { Some(*c) } else { None })
                        .collect();
                    classes.sort_unstable();
                    let mut spans: Vec<(u16, u16)> = Vec::new();
                    for class in classes {
                        match spans.last_mut() {
                            Some((_, last)) if *last + 1 == class => *last = class,
                            _ => spans.push((class, class)),
                        }
                    }
                    let ranges = spans.into_iter().map(|(first, last)| {
                        let (first, last) =
                            (Literal::u16_unsuffixed(first * 100), Literal::u16_unsuffixed(last * 100 + 99));
                        quote!(#first..=#last)
                    });
                    quote!(#(#ranges)|*)
                }
                ErrorKind::Default => quote!(_ if !status.is_success()),
            };
            let name = format_ident!("{}", variant.name);
            let decoded_error = decoded(&variant.ty);
            error_arms.push(quote! { #pattern => api_error(status, headers, ErrorBody::#name(#decoded_error)), });
        }
    }
    // A success arm reads the declared headers first, if there are any.
    let arm = |pattern: TokenStream, value: TokenStream| match &headers_value {
        Some(read) => quote! { #pattern => { #read #value } },
        None => quote! { #pattern => #value, },
    };
    let idempotent = matches!(op.http_method.as_str(), "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE");
    let success_arms = if op.success.variants.is_empty() {
        vec![arm(
            success_pattern.clone(),
            quote! { Ok(ApiResponse { status, headers: #declared, raw_headers: headers, #body_value }) },
        )]
    } else {
        let name = success_name(op);
        op.success
            .variants
            .iter()
            .map(|variant| {
                let code = Literal::u16_unsuffixed(variant.status);
                let variant_name = format_ident!("{}", variant.name);
                let value = match &variant.body {
                    Some(ty) => {
                        let body = decoded(ty);
                        quote!(#name::#variant_name(#body))
                    }
                    None => quote!(#name::#variant_name),
                };
                arm(
                    quote!(#code),
                    quote! { Ok(ApiResponse { status, headers: #declared, raw_headers: headers, body: #value }) },
                )
            })
            .collect()
    };
    let errors = if error_arms.is_empty() {
        quote! { Err(unexpected(status, headers, &body)) }
    } else {
        quote! {
            match status.as_u16() {
                #(#error_arms)*
                _ => Err(unexpected(status, headers, &body)),
            }
        }
    };
    let send_stream = super::support::is_download(op).then(|| {
        let response_type = match &headers_type {
            Some(headers) => quote!(ApiResponse<ByteStream, #headers>),
            None => quote!(ApiResponse<ByteStream>),
        };
        quote! {
            /// Sends the request and hands over the body as it arrives, for downloads too
            /// large to hold; errors are read whole and typed as [`Self::send`] types them.
            pub async fn send_stream(self) -> Result<#response_type, Error> {
                let request = self.build_request()?;
                let response = send(&self.client.settings, request, &self.options, #idempotent).await?;
                let status = response.status();
                if matches!(status.as_u16(), #success_pattern) {
                    let headers = response.headers().clone();
                    #headers_value
                    return Ok(ApiResponse { status, headers: #declared, raw_headers: headers, body: byte_stream(response) });
                }
                let (status, headers, body) = read(response).await?;
                #errors
            }
        }
    });
    // Building the request and reading the response are plain functions: the one
    // async function is the shared `execute`, which the compiler checks far faster.
    quote! {
        /// Sends the request.
        pub fn send(self) -> impl std::future::Future<Output = Result<#response_type, Error>> + 'a {
            let request = self.build_request();
            execute(&self.client.settings, request, self.options, #idempotent, Self::read_response)
        }

        #send_stream

        fn build_request(&self) -> Result<reqwest::RequestBuilder, Error> {
            #url
            #(#steps)*
            Ok(request)
        }

        fn read_response(
            status: reqwest::StatusCode,
            headers: reqwest::header::HeaderMap,
            body: Vec<u8>,
        ) -> Result<#response_type, Error> {
            match status.as_u16() {
                #(#success_arms)*
                #(#error_arms)*
                _ => Err(unexpected(status, headers, &body)),
            }
        }
    }
}

/// The expression that turns the response's `body` bytes into a value of `ty`.
fn decoded(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::Bytes => quote!(body),
        TypeRef::Text => quote!(text(status, body)?),
        _ => quote!(decode(status, &body)?),
    }
}

#[derive(Clone, Copy)]
enum ErrorKind {
    Code,
    Range,
    Default,
}

impl ErrorKind {
    fn of(self, status: ErrorStatus) -> bool {
        matches!(
            (self, status),
            (ErrorKind::Code, ErrorStatus::Code(_))
                | (ErrorKind::Range, ErrorStatus::Range(_))
                | (ErrorKind::Default, ErrorStatus::Default)
        )
    }
}

/// A match pattern for status codes: `200 | 201`, with runs of three or more as ranges.
fn status_pattern(codes: &[u16]) -> TokenStream {
    let mut codes = codes.to_vec();
    codes.sort_unstable();
    codes.dedup();
    let mut alternatives = Vec::new();
    let mut start = 0;
    while start < codes.len() {
        let mut end = start;
        while end + 1 < codes.len() && codes[end + 1] == codes[end] + 1 {
            end += 1;
        }
        let (first, last) =
            (proc_macro2::Literal::u16_unsuffixed(codes[start]), proc_macro2::Literal::u16_unsuffixed(codes[end]));
        if end - start >= 2 {
            alternatives.push(quote!(#first..=#last));
            start = end + 1;
        } else {
            alternatives.push(quote!(#first));
            start += 1;
        }
    }
    quote!(#(#alternatives)|*)
}

/// A parameter's style, as the support module's `Style` spells it.
fn style_tokens(style: ParamStyle) -> TokenStream {
    match style {
        ParamStyle::Form { explode } => quote!(Style::Form { explode: #explode }),
        ParamStyle::SpaceDelimited => quote!(Style::SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(Style::PipeDelimited),
        ParamStyle::DeepObject => quote!(Style::DeepObject),
        ParamStyle::Simple { explode } => quote!(Style::Simple { explode: #explode }),
        ParamStyle::Label { explode } => quote!(Style::Label { explode: #explode }),
        ParamStyle::Matrix { explode } => quote!(Style::Matrix { explode: #explode }),
        ParamStyle::Json => quote!(Style::Json),
    }
}

/// A public field of a value named `wire` on the wire (a header, a form part): its
/// docs open with that name; an optional one is an `Option`.
fn wire_field(name: &str, wire: &str, docs: Option<&str>, ty: TokenStream, required: bool) -> TokenStream {
    let name = ident(name);
    let text = format!("`{}`{}", wire.replace('`', "'"), docs.map(|d| format!(": {d}")).unwrap_or_default());
    let docs = doc_attrs(Some(&text));
    if required {
        quote! { #docs pub #name: #ty, }
    } else {
        quote! { #docs pub #name: Option<#ty>, }
    }
}

fn render_headers_struct(op: &Operation) -> Option<TokenStream> {
    if op.success.headers.is_empty() {
        return None;
    }
    let name = headers_name(op);
    let doc = format!(" The declared headers of a [`Client::{}`] response.", op.method_name.trim_start_matches("r#"));
    let fields = op.success.headers.iter().map(|header| {
        let ty = type_tokens(&header.ty, true);
        wire_field(&header.field, &header.wire_name, header.docs.as_deref(), ty, header.required)
    });
    Some(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct #name { #(#fields)* }
    })
}

/// `stream()`: every item of every page, each next page asked for as the
/// pagination style says, until there is none, a page is empty, or `has_more` is false.
fn render_stream(api: &Api, op: &Operation, pagination: &Pagination) -> TokenStream {
    let item = type_tokens(&pagination.item, true);
    let body = op.success.body.clone().unwrap_or(TypeRef::Json);
    let items = moved_path(api, &body, &pagination.items);
    let (more, ends) = match &pagination.has_more {
        Some(path) => {
            let read = read_path(api, &body, path);
            let more = if read.optional { quote!(#read.copied().unwrap_or(true)) } else { quote!(#read) };
            let wire = wire_path(api, &body, path);
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
            let read = read_path(api, &body, field);
            let cursor = if read.optional { quote!(#read.cloned()) } else { quote!(Some(#read.clone())) };
            let setter = setter(*param);
            (
                quote! { let cursor: Option<String> = #cursor; },
                cursor_next(&setter),
                format!("with `{}` set to `{}` of the page before", wire(*param), wire_path(api, &body, field)),
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
                quote! { request.params.#setter.unwrap_or(#first).checked_add(1).map(|number| request.#setter(number)) },
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
                        .and_then(|received| request.params.#setter.unwrap_or(0).checked_add(received))
                        .map(|offset| request.#setter(offset))
                },
                format!("with `{}` moved on by the items received", wire(*param)),
            )
        }
    };
    let stop = if more.is_some() { quote!(items.is_empty() || !more) } else { quote!(items.is_empty()) };
    let text = format!("Every item of every page, as a stream: each next page is asked for {how}, until {ends}.");
    let docs = doc_attrs(Some(&text));
    let page_type = response_type(op);
    quote! {
        #docs
        pub fn stream(self) -> BoxStream<'a, Result<#item, Error>> {
            paginate(self, Self::send, Self::next_page)
        }

        /// A page's items, and the request for the page after it, if any.
        fn next_page(request: Self, page: #page_type) -> Result<(Vec<#item>, Option<Self>), Error> {
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
            .filter(|cursor| !cursor.is_empty() && request.params.#setter.as_ref() != Some(cursor))
            .map(|cursor| request.#setter(cursor))
    }
}

/// The fields a path of Rust names goes through, from `ty` down.
fn path_fields<'a>(api: &'a Api, ty: &TypeRef, path: &[String]) -> Vec<&'a Field> {
    let mut fields = Vec::new();
    let mut current = ty.clone();
    for name in path {
        let mut resolved = api.unalias(&current);
        while let TypeRef::Boxed(inner) = resolved {
            resolved = api.unalias(inner);
        }
        let found = match resolved {
            TypeRef::Named(type_name) => api.types.iter().find(|t| &t.name == type_name).and_then(|t| match &t.kind {
                TypeDefKind::Struct(fields) => fields.iter().find(|f| &f.name == name),
                _ => None,
            }),
            _ => None,
        };
        let Some(field) = found else { break };
        current = field.ty.clone();
        fields.push(field);
    }
    fields
}

/// A path as the spec names it: `response_metadata.next_cursor`.
fn wire_path(api: &Api, ty: &TypeRef, path: &[String]) -> String {
    let names: Vec<&str> = path_fields(api, ty, path).iter().map(|f| f.wire_name.as_str()).collect();
    names.join(".").replace('`', "'")
}

/// An expression reading a field path of `page.body`: a place when every field on the
/// way is required, else an `Option<&T>`.
struct PathRead {
    tokens: TokenStream,
    optional: bool,
}

impl quote::ToTokens for PathRead {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.tokens.to_tokens(tokens);
    }
}

fn read_path(api: &Api, ty: &TypeRef, path: &[String]) -> PathRead {
    let mut tokens = quote!(page.body);
    let mut optional = false;
    for field in path_fields(api, ty, path) {
        let name = ident(&field.name);
        let double = field.is_double_option();
        tokens = match (optional, field.is_optional(), double) {
            (false, false, _) => quote!(#tokens.#name),
            (false, true, false) => quote!(#tokens.#name.as_ref()),
            (false, true, true) => quote!(#tokens.#name.as_ref().and_then(Option::as_ref)),
            (true, false, _) => quote!(#tokens.map(|value| &value.#name)),
            (true, true, false) => quote!(#tokens.and_then(|value| value.#name.as_ref())),
            (true, true, true) => quote!(#tokens.and_then(|value| value.#name.as_ref().and_then(Option::as_ref))),
        };
        optional |= field.is_optional();
    }
    PathRead { tokens, optional }
}

/// The list at a field path of `page.body`, moved out; an absent list is empty.
fn moved_path(api: &Api, ty: &TypeRef, path: &[String]) -> TokenStream {
    let mut tokens = quote!(page.body);
    let mut optional = false;
    for field in path_fields(api, ty, path) {
        let name = ident(&field.name);
        let double = field.is_double_option();
        tokens = match (optional, field.is_optional(), double) {
            (false, _, false) => quote!(#tokens.#name),
            (false, _, true) => quote!(#tokens.#name.flatten()),
            (true, false, _) => quote!(#tokens.map(|value| value.#name)),
            (true, true, false) => quote!(#tokens.and_then(|value| value.#name)),
            (true, true, true) => quote!(#tokens.and_then(|value| value.#name.flatten())),
        };
        optional |= field.is_optional();
    }
    if optional { quote!(#tokens.unwrap_or_default()) } else { tokens }
}
