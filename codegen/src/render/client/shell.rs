//! The client itself: its base URL and server variables, `Client` with its settings
//! and credentials and a method per operation, and `RawRequest`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use syn::parse::Parser;

use super::{auth, request, response};
use crate::ir::{Api, ServerTemplate, TemplatePart};
use crate::render::docs::{code, doc_attrs, prose};
use crate::render::support::{Helpers, select};
use crate::render::{Chunk, ident, layout};
use crate::templates::CLIENT;

/// The client: `DEFAULT_BASE_URL` and the server's variables, the fixed `Client` and
/// `RawRequest` (`codegen/support/src/api/client.rs`) with the API's docs, its credential
/// setters and one method per operation, and the API's `ErrorBody`.
pub(super) fn render_shell(api: &Api, needs: &Helpers) -> Vec<Chunk> {
    let has_auth = !api.auth_schemes.is_empty() && !api.operations.is_empty();
    let default_url = api.default_base_url.as_ref().map(|url| {
        let doc = match &api.server {
            Some(server) => prose(&format!(
                "The server the spec names first, `{}`, each variable at its default.",
                server.url.replace('`', "'")
            )),
            None => prose("The server the spec names first."),
        };
        quote! {
            #doc
            pub const DEFAULT_BASE_URL: &str = #url;
        }
    });
    let server = api.server.as_ref().map(render_server);
    let title = format!("A client for the {}.", crate::render::docs::api_name(&api.title));
    let client_docs = match has_auth {
        true => format!("{title}\n\n{}", auth::credentials_docs(api)),
        false => title,
    };
    let mut fixed = select(&CLIENT, needs);
    document(&mut fixed, "Client", doc_attrs(Some(&client_docs)));
    let setters: Vec<_> = if has_auth {
        let setters = api.auth_schemes.iter().map(|scheme| {
            let setter = auth::render_client_credential_setter(scheme);
            let tokens = auth::render_client_token_setters(scheme);
            quote! { #setter #tokens }
        });
        setters.collect()
    } else {
        Vec::new()
    };
    let mut chunks = vec![Chunk::Tokens(quote! {
        #default_url
        #server
        #fixed
    })];
    if !setters.is_empty() || !api.operations.is_empty() {
        chunks.push(Chunk::LaidOut("impl Client {\n".to_owned()));
        chunks.push(Chunk::MemberTokens(quote!(#(#setters)*)));
        for op in &api.operations {
            chunks.push(request::render_method(api, op, layout::cfg_any(&op.features).as_deref()));
        }
        chunks.push(Chunk::LaidOut("}\n".to_owned()));
    }
    let auth = has_auth.then(|| auth::render_auth(api));
    let error_body = response::render_error_body(api);
    chunks.push(Chunk::Tokens(quote! {
        #auth
        #error_body
    }));
    chunks
}

/// Puts `docs` on the struct named `name` of `file`.
fn document(file: &mut syn::File, name: &str, docs: TokenStream) {
    let docs = syn::Attribute::parse_outer.parse2(docs).expect("doc attributes parse");
    for item in &mut file.items {
        if let syn::Item::Struct(item) = item
            && item.ident == name
        {
            item.attrs.splice(0..0, docs.clone());
        }
    }
}

/// The variables of the first server's URL: a struct with a field each, defaulting to
/// the spec's defaults, whose `url()` is a base URL; an enum for each variable whose
/// values the spec lists.
fn render_server(server: &ServerTemplate) -> TokenStream {
    let name = format_ident!("{}", server.name);
    let template = server.url.replace('`', "'");
    let doc = prose(&format!(
        "The variables of the server URL `{template}`: [`Default`] gives the spec's defaults, and \
         [`{}::url`] the base URL to give [`Client::new`].",
        server.name
    ));
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
        let doc = prose(&format!(
            "The values the spec allows for the server variable `{}`.",
            variable.wire_name.replace('`', "'")
        ));
        let idents: Vec<_> = variants.iter().map(|v| format_ident!("{}", v.name)).collect();
        let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
        let variant_docs = values.iter().map(|value| format!(" {}", code(value)));
        Some(quote! {
            #doc
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
        #doc
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
