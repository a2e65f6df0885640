//! Credentials: the `Credentials` a client keeps, one setter per security scheme, and
//! `authorize`, which adds those of the first alternative an operation accepts.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{Api, AuthKind, AuthScheme, OAuth2, Operation};
use crate::render::docs::{doc_attrs, prose, wrapped};
use crate::render::ident;
use crate::render::layout::checked_ident;

fn scheme_field(scheme: &AuthScheme) -> proc_macro2::Ident {
    ident(&scheme.name)
}

pub(super) fn render_auth(api: &Api) -> TokenStream {
    let variants: Vec<_> = api.auth_schemes.iter().map(|s| format_ident!("{}", s.variant)).collect();
    let fields: Vec<_> = api.auth_schemes.iter().map(scheme_field).collect();
    let setters: Vec<&str> = api.auth_schemes.iter().map(|s| s.setter.as_str()).collect();
    let credential_setters = api.auth_schemes.iter().map(|scheme| {
        let setter = render_credential_setter(scheme);
        let tokens = scheme.oauth2.as_ref().map(|oauth2| render_token_setters(scheme, oauth2));
        quote! { #setter #tokens }
    });
    let authorize = render_authorize(api);
    let count = proc_macro2::Literal::usize_unsuffixed(api.auth_schemes.len());
    let providers: Vec<&AuthScheme> = api.auth_schemes.iter().filter(|s| s.oauth2.is_some()).collect();
    let provider_fields: Vec<_> = providers.iter().map(|s| provider_field(s)).collect();
    let tokens = render_tokens(api, &providers);
    let options_with_token = (!providers.is_empty()).then(render_options_with_token);
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
        /// (the request's `credentials` setter). `Debug` names the schemes set, never a
        /// secret.
        #[derive(Clone, Default)]
        pub struct Credentials {
            #( #fields: Option<Secret>, )*
            #( #provider_fields: Option<std::sync::Arc<dyn TokenProvider>>, )*
        }

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

            #tokens
        }

        impl fmt::Debug for Credentials {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let set: Vec<Scheme> = Scheme::ALL.into_iter().filter(|s| self.has(*s)).collect();
                f.debug_struct("Credentials").field("set", &set).finish()
            }
        }

        #authorize

        #options_with_token
    }
}

/// `Credentials::authorize`: adds the credentials of the first alternative of schemes an
/// operation accepts that are all set, each as its scheme sends it.
fn render_authorize(api: &Api) -> TokenStream {
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
    impl Credentials {
        /// Adds these credentials (a request's, else the client's) of the first
        /// alternative whose schemes all have one. With none satisfied, nothing is
        /// sent: the error names the setters that would satisfy one, unless the
        /// request's `options` allow missing credentials.
        fn authorize(
            &self,
            mut request: reqwest::RequestBuilder,
            options: &RequestOptions,
            alternatives: &[&[Scheme]],
        ) -> Result<reqwest::RequestBuilder> {
            let chosen = alternatives.iter().find(|schemes| schemes.iter().all(|s| self.has(*s)));
            let Some(chosen) = chosen else {
                if options.allow_missing_credentials {
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
                let Some(secret) = self.get(*scheme) else { continue };
                request = match scheme { #(#apply)* };
            }
            Ok(request)
        }
    }
    }
}

/// The field of `Credentials` that holds an OAuth 2.0 scheme's token provider.
fn provider_field(scheme: &AuthScheme) -> proc_macro2::Ident {
    format_ident!("{}_tokens", scheme.name)
}

/// `has`, whether a scheme's credential is set, and for OAuth 2.0 schemes `provider`
/// and what a request of such a scheme takes from it: `options_with_token`.
fn render_tokens(api: &Api, providers: &[&AuthScheme]) -> TokenStream {
    if providers.is_empty() {
        return quote! {
            /// Whether the scheme's credential is set.
            fn has(&self, scheme: Scheme) -> bool {
                self.get(scheme).is_some()
            }
        };
    }
    let variants = providers.iter().map(|s| format_ident!("{}", s.variant));
    let fields = providers.iter().map(|s| provider_field(s));
    let others = (providers.len() < api.auth_schemes.len()).then(|| quote! { _ => None, });
    quote! {
        /// Whether the scheme's credential is set: a secret, or a token provider.
        fn has(&self, scheme: Scheme) -> bool {
            self.get(scheme).is_some() || self.provider(scheme).is_some()
        }

        /// The provider of the scheme's tokens, for a scheme without a token of its own.
        fn provider(&self, scheme: Scheme) -> Option<&std::sync::Arc<dyn TokenProvider>> {
            let provider = match scheme {
                #( Scheme::#variants => self.#fields.as_ref(), )*
                #others
            };
            provider.filter(|_| self.get(scheme).is_none())
        }
    }
}

/// What a request whose operation may take OAuth 2.0 tokens sends with: its options,
/// with the token need of the alternative its credentials satisfy.
fn render_options_with_token() -> TokenStream {
    quote! {
        impl Credentials {
            /// A request's `options`, with the token the first alternative whose
            /// schemes all have a credential (of these, the request's or else the
            /// client's) needs from a provider, for its scopes.
            fn options_with_token(
                &self,
                options: &RequestOptions,
                alternatives: &[&[Scheme]],
                scopes: &[&'static [&'static str]],
            ) -> RequestOptions {
                let chosen = alternatives.iter().position(|schemes| schemes.iter().all(|s| self.has(*s)));
                let provider = chosen.and_then(|i| alternatives[i].iter().find_map(|s| self.provider(*s)));
                let mut options = options.clone();
                options.token = provider.map(|provider| TokenNeed {
                    provider: provider.clone(),
                    scopes: chosen.and_then(|i| scopes.get(i).copied()).unwrap_or_default(),
                });
                options
            }
        }
    }
}

/// The options an operation's request is sent with when its requirements name an
/// OAuth 2.0 scheme: the request's own with its token need. `None` for the others,
/// sent with the request's own (`self.options`).
pub(super) fn token_options(api: &Api, op: &Operation) -> Option<TokenStream> {
    let oauth2 = op.security.iter().flatten().any(|i| api.auth_schemes[*i].oauth2.is_some());
    if !oauth2 {
        return None;
    }
    let alternatives = op.security.iter().map(|alternative| {
        let schemes = alternative.iter().map(|i| format_ident!("{}", api.auth_schemes[*i].variant));
        quote! { &[#(Scheme::#schemes),*] }
    });
    let scopes = op.scopes.iter().map(|scopes| quote! { &[#(#scopes),*] });
    let credentials = in_effect();
    Some(quote! { #credentials.options_with_token(&self.options, &[#(#alternatives),*], &[#(#scopes),*]) })
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
         (for one request: the request's `credentials` setter). A request whose operation requires \
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

/// The setters of an OAuth 2.0 scheme's tokens on `Credentials`: a provider of
/// them, and, when the scheme has a client credentials flow, the client's id and
/// secret to fetch them with.
fn render_token_setters(scheme: &AuthScheme, oauth2: &OAuth2) -> TokenStream {
    let key = scheme.key.replace('`', "'");
    let field = provider_field(scheme);
    let tokens = format_ident!("{}_tokens", scheme.setter);
    let doc = prose(&format!(
        "Sets where the `{key}` scheme's tokens come from: `provider` is asked for one \
         before each attempt of a request that requires the scheme (for the scopes its \
         requirement names), unless a token of its own is set."
    ));
    let provider = quote! {
        #doc
        pub fn #tokens(mut self, provider: impl TokenProvider + 'static) -> Self {
            self.#field = Some(std::sync::Arc::new(provider));
            self
        }
    };
    let client_credentials = oauth2.token_url.as_ref().map(|token_url| {
        let setter = format_ident!("{}_client_credentials", scheme.setter);
        let doc = prose(&format!(
            "Fetches the `{key}` scheme's tokens with the client credentials grant, from the \
             spec's token URL, `{}`: see [`ClientCredentials`] (build one yourself for \
             another token URL or its options, and give it to [`Self::{tokens}`]).",
            token_url.replace('`', "'")
        ));
        quote! {
            #doc
            pub fn #setter(self, client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
                self.#tokens(ClientCredentials::new(#token_url, client_id, client_secret))
            }
        }
    });
    quote! { #provider #client_credentials }
}

/// The client's setters of an OAuth 2.0 scheme's tokens: the same as `Credentials`'.
pub(super) fn render_client_token_setters(scheme: &AuthScheme) -> Option<TokenStream> {
    let oauth2 = scheme.oauth2.as_ref()?;
    let key = scheme.key.replace('`', "'");
    let tokens = format_ident!("{}_tokens", scheme.setter);
    let doc = prose(&format!("Sets where the `{key}` scheme's tokens come from: see [`Credentials::{tokens}`]."));
    let provider = quote! {
        #doc
        pub fn #tokens(mut self, provider: impl TokenProvider + 'static) -> Self {
            self.credentials = self.credentials.#tokens(provider);
            self
        }
    };
    let client_credentials = oauth2.token_url.as_ref().map(|_| {
        let setter = format_ident!("{}_client_credentials", scheme.setter);
        let doc = prose(&format!(
            "Fetches the `{key}` scheme's tokens with the client credentials grant: see \
             [`Credentials::{setter}`]."
        ));
        quote! {
            #doc
            pub fn #setter(mut self, client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
                self.credentials = self.credentials.#setter(client_id, client_secret);
                self
            }
        }
    });
    Some(quote! { #provider #client_credentials })
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

/// `request` authorized with the operation's security alternatives, as the value
/// `build_request` returns, the links of a chain on `self.credentials` (the request's
/// own credentials, else the client's); nothing for an operation that needs no
/// credentials.
pub(super) fn authorized(api: &Api, op: &Operation) -> Option<[String; 3]> {
    (!op.security.is_empty()).then(|| {
        let alternatives: Vec<String> = op
            .security
            .iter()
            .map(|alternative| {
                let schemes: Vec<String> = alternative
                    .iter()
                    .map(|i| format!("Scheme::{}", checked_ident(&api.auth_schemes[*i].variant)))
                    .collect();
                format!("&[{}]", schemes.join(", "))
            })
            .collect();
        [
            ".as_ref()".to_owned(),
            ".unwrap_or(&self.client.credentials)".to_owned(),
            format!(".authorize(request, &self.options, &[{}])", alternatives.join(", ")),
        ]
    })
}

/// The credentials a request is sent with: its own, else the client's.
fn in_effect() -> TokenStream {
    quote! { self.credentials.as_ref().unwrap_or(&self.client.credentials) }
}

/// The setter of a request's own credentials, on the request of each operation that
/// may send credentials: one that sends none has no use for them.
pub(super) fn request_credentials(op: &Operation) -> Option<TokenStream> {
    (!op.security.is_empty()).then(|| {
        quote! {
            /// Authorizes this request with `credentials` instead of the client's.
            pub fn credentials(mut self, credentials: Credentials) -> Self {
                self.credentials = Some(credentials);
                self
            }
        }
    })
}
