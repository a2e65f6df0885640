//! Credentials: the `Credentials` a client keeps, one setter per security scheme, and
//! `authorize`, which adds those of the first alternative an operation accepts.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, AuthKind, AuthScheme, Operation};
use crate::render::docs::{doc_attrs, prose, wrapped};
use crate::render::ident;

fn scheme_field(scheme: &AuthScheme) -> proc_macro2::Ident {
    ident(&scheme.name)
}

pub(super) fn render_auth(api: &Api) -> TokenStream {
    let variants: Vec<_> = api.auth_schemes.iter().map(|s| format_ident!("{}", s.variant)).collect();
    let fields: Vec<_> = api.auth_schemes.iter().map(scheme_field).collect();
    let setters: Vec<&str> = api.auth_schemes.iter().map(|s| s.setter.as_str()).collect();
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
    let count = proc_macro2::Literal::usize_unsuffixed(api.auth_schemes.len());
    quote! {
        /// The security schemes of the spec.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Scheme { #(#variants),* }

        impl Scheme {
            const ALL: [Scheme; #count] = [#(Scheme::#variants),*];

            /// The setter of the scheme's credential, on [`Client`] and [`Credentials`].
            fn setter(self) -> &'static str {
                match self {
                    #( Scheme::#variants => #setters, )*
                }
            }
        }

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

            /// The scheme's credential; an empty one counts as none.
            fn get(&self, scheme: Scheme) -> Option<&Secret> {
                let secret = match scheme {
                    #( Scheme::#variants => self.#fields.as_ref(), )*
                };
                secret.filter(|secret| !secret.is_empty())
            }
        }

        impl fmt::Debug for Credentials {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let set: Vec<Scheme> = Scheme::ALL.into_iter().filter(|s| self.get(*s).is_some()).collect();
                f.debug_struct("Credentials").field("set", &set).finish()
            }
        }

        impl<P> Request<'_, P> {
            /// Adds the credentials (the request's, else the client's) of the first
            /// alternative whose schemes all have one. With none satisfied, nothing is
            /// sent: the error names the setters that would satisfy one, unless the
            /// request allows missing credentials.
            fn authorize(
                &self,
                mut request: reqwest::RequestBuilder,
                alternatives: &[&[Scheme]],
            ) -> Result<reqwest::RequestBuilder> {
                let credentials = self.credentials.as_ref().unwrap_or(&self.client.credentials);
                let chosen = alternatives
                    .iter()
                    .find(|schemes| schemes.iter().all(|s| credentials.get(*s).is_some()));
                let Some(chosen) = chosen else {
                    if self.options.allow_missing_credentials {
                        return Ok(request);
                    }
                    let ways: Vec<String> = alternatives
                        .iter()
                        .map(|schemes| {
                            let setters: Vec<String> = schemes.iter().map(|s| format!("`{}`", s.setter())).collect();
                            setters.join(" and ")
                        })
                        .collect();
                    let ways = ways.join(", or ");
                    return Err(Error::MissingCredentials(format!(
                        "set {ways} on the client or the request's `Credentials` (or call \
                         `RequestOptionsExt::allow_missing_credentials` to send the request without)"
                    )));
                };
                for scheme in chosen.iter() {
                    let Some(secret) = credentials.get(*scheme) else { continue };
                    request = match scheme { #(#apply)* };
                }
                Ok(request)
            }
        }
    }
}

/// Where a scheme's credential goes, in words.
fn sent_as(kind: &AuthKind) -> String {
    match kind {
        AuthKind::Bearer => "`Authorization: Bearer <token>`".to_owned(),
        AuthKind::Basic => "`Authorization: Basic` (user and password)".to_owned(),
        AuthKind::ApiKeyHeader(name) => format!("the `{name}` header"),
        AuthKind::ApiKeyQuery(name) => format!("the `{name}` query parameter"),
        AuthKind::ApiKeyCookie(name) => format!("the `{name}` cookie"),
    }
}

/// The `Client` docs' table of credentials: each scheme, where it goes, its setter.
pub(super) fn credentials_docs(api: &Api) -> String {
    let intro = crate::render::docs::wrapped(
        "Each security scheme of the spec has a setter, on the client and on [`Credentials`] \
         (for one request: [`Request::credentials`]). A request whose operation requires \
         credentials that are not set fails before it is sent, with \
         [`Error::MissingCredentials`].",
    );
    let mut text = format!("# Credentials\n\n{intro}\n\n| Scheme | Sent as | Setter |\n|---|---|---|\n");
    for scheme in &api.auth_schemes {
        let key = scheme.key.replace(['`', '|', '\r', '\n'], " ");
        let setter = &scheme.setter;
        let sent = sent_as(&scheme.kind).replace('|', "\\|");
        text.push_str(&format!("| `{key}` | {sent} | [`{setter}`](Client::{setter}) |\n"));
    }
    text
}

fn render_credential_setter(scheme: &AuthScheme) -> TokenStream {
    let setter = format_ident!("{}", scheme.setter);
    let field = scheme_field(scheme);
    let key = &scheme.key;
    let how = match &scheme.kind {
        AuthKind::Bearer => {
            format!("a token sent as {} (given with or without its `Bearer ` prefix)", sent_as(&scheme.kind))
        }
        AuthKind::Basic => "HTTP basic authentication".to_owned(),
        kind => format!("a key sent as {}", sent_as(kind)),
    };
    let mut text = wrapped(&format!("Sets the credential of the `{key}` scheme: {how}."));
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
        AuthKind::Bearer => quote! {
            #docs
            pub fn #setter(mut self, token: impl Into<String>) -> Self {
                self.#field = Some(Secret::bearer(token.into()));
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
    let setter = format_ident!("{}", scheme.setter);
    let doc = prose(&format!(
        "Sets the credential of the `{}` scheme: see [`Credentials::{setter}`].",
        scheme.key.replace('`', "'")
    ));
    match scheme.kind {
        AuthKind::Basic => quote! {
            #doc
            pub fn #setter(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
                self.credentials = self.credentials.#setter(user, password);
                self
            }
        },
        _ => quote! {
            #doc
            pub fn #setter(mut self, secret: impl Into<String>) -> Self {
                self.credentials = self.credentials.#setter(secret);
                self
            }
        },
    }
}

/// What an operation's docs say of its credentials: the setters of each alternative.
pub(super) fn credentials_line(api: &Api, op: &Operation) -> Option<String> {
    let ways: Vec<String> = op
        .security
        .iter()
        .filter(|schemes| !schemes.is_empty())
        .map(|schemes| {
            let setters: Vec<String> =
                schemes.iter().map(|i| format!("[`{0}`](Client::{0})", api.auth_schemes[*i].setter)).collect();
            setters.join(" and ")
        })
        .collect();
    if ways.is_empty() {
        return None;
    }
    let optional = op.security.iter().any(Vec::is_empty);
    let lead = if optional { "Sends credentials when set" } else { "Needs credentials" };
    Some(wrapped(&format!("{lead}: {}.", ways.join(", or "))))
}

/// Authorizes the request with the operation's security alternatives; nothing for an
/// operation that needs no credentials.
pub(super) fn authorize_step(api: &Api, op: &Operation) -> Option<TokenStream> {
    (!op.security.is_empty()).then(|| {
        let alternatives = op.security.iter().map(|alternative| {
            let schemes = alternative.iter().map(|i| format_ident!("{}", api.auth_schemes[*i].variant));
            quote! { &[#(Scheme::#schemes),*] }
        });
        quote! { request = self.authorize(request, &[#(#alternatives),*])?; }
    })
}
