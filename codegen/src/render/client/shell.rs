//! The client itself: its base URL and server variables, `Client` with its settings
//! and credentials and a method per operation, and the `Request` they start.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{auth, request, response};
use crate::ir::{Api, ServerTemplate, TemplatePart};
use crate::render::docs::doc_attrs;
use crate::render::{cfg_any, ident};

/// The client: `DEFAULT_BASE_URL` and the server's variables, `Client` with its
/// settings, credentials and one method per operation, the generic `Request` every
/// operation's builder is, and the API's `ErrorBody`.
pub(super) fn render_shell(api: &Api) -> TokenStream {
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
    let auth = has_auth.then(|| auth::render_auth(api));
    let setters: Vec<_> = if has_auth {
        api.auth_schemes.iter().map(auth::render_client_credential_setter).collect()
    } else {
        Vec::new()
    };
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
        let gate = cfg_any(&op.features);
        let method = request::render_method(api, op);
        quote! { #gate #method }
    });
    let title = format!("A client for the {}.", crate::render::docs::api_name(&api.title));
    let client_docs = match has_auth {
        true => format!("{title}\n\n{}", auth::credentials_docs(api)),
        false => title,
    };
    let client_docs = crate::render::docs::doc_attrs(Some(&client_docs));
    let error_body = response::render_error_body(api);
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
        let unread = api.operations.iter().all(|op| op.params.iter().all(|p| p.fixed.is_some()) && op.body.is_none());
        let allow_unread = unread.then(|| quote!(#[allow(dead_code, reason = "no operation has parameters to read")]));
        let credentials_field = has_auth.then(|| quote! { credentials: Option<Credentials>, });
        let credentials_setter = has_auth.then(|| {
            quote! {
                impl<P> Request<'_, P> {
                    /// Authorizes this request with `credentials` instead of the client's.
                    pub fn credentials(mut self, credentials: Credentials) -> Self {
                        self.credentials = Some(credentials);
                        self
                    }
                }
            }
        });
        quote! {
            /// A request, built by a [`Client`] method and sent by its `send`: the operation's
            /// parameters `P`, and the options every request takes ([`RequestOptionsExt`]).
            /// Each operation names its own, as `<Operation>Request`, the return type of its
            /// method: that page shows the operation's setters and `send` alone; this one
            /// lists those of every operation.
            #[derive(Debug, Clone)]
            #[must_use = "a request does nothing until it is sent"]
            pub struct Request<'a, P> {
                client: &'a Client,
                #allow_unread
                params: P,
                options: RequestOptions,
                #credentials_field
            }

            impl<P> RequestOptionsExt for Request<'_, P> {
                fn options_mut(&mut self) -> &mut RequestOptions {
                    &mut self.options
                }
            }

            #credentials_setter
        }
    });
    quote! {
        #default_url
        #server

        #client_docs
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
            /// # Errors
            ///
            /// [`Error::InvalidRequest`](super::Error::InvalidRequest) when `base_url` is not
            /// an absolute `http` or `https` URL without query or fragment;
            /// [`Error::Transport`](super::Error::Transport) when the TLS backend cannot be
            /// initialised.
            pub fn new(base_url: impl Into<String>) -> Result<Self> {
                Self::with_http_client(base_url, reqwest::Client::builder())
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
            /// As [`Client::new`], and [`Error::Transport`](super::Error::Transport) when
            /// `http` cannot build a client.
            pub fn with_http_client(base_url: impl Into<String>, http: reqwest::ClientBuilder) -> Result<Self> {
                let base_url = checked_base_url(base_url.into())?;
                let http = safe_http_client(http)?;
                Ok(Self { base_url, http, #settings_init #credentials_init })
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
    }
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
