//! Credentials: the `Credentials` a client keeps, one setter per security scheme, and
//! `authorize`, which adds those of the first alternative an operation accepts.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, AuthKind, AuthScheme, Operation};
use crate::render::docs::doc_attrs;
use crate::render::ident;

fn scheme_field(scheme: &AuthScheme) -> proc_macro2::Ident {
    ident(&scheme.name)
}

pub(super) fn render_auth(api: &Api) -> TokenStream {
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
        /// ([`Request::credentials`]). `Debug` names the schemes set, never a secret.
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
                credentials: Option<&Credentials>,
                alternatives: &[&[Scheme]],
            ) -> Result<reqwest::RequestBuilder> {
                let credentials = credentials.unwrap_or(&self.credentials);
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
pub(super) fn render_client_credential_setter(scheme: &AuthScheme) -> TokenStream {
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

/// Authorizes the request with the operation's security alternatives; nothing for an
/// operation that needs no credentials.
pub(super) fn authorize_step(api: &Api, op: &Operation) -> Option<TokenStream> {
    (!op.security.is_empty()).then(|| {
        let alternatives = op.security.iter().map(|alternative| {
            let schemes = alternative.iter().map(|i| format_ident!("{}", api.auth_schemes[*i].variant));
            quote! { &[#(Scheme::#schemes),*] }
        });
        quote! { request = self.client.authorize(request, self.credentials.as_ref(), &[#(#alternatives),*])?; }
    })
}
