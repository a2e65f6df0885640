//! `lib.rs` of a library of several APIs: a module per API, the support code they
//! share (one `Error`, `RetryPolicy`, `RequestOptionsExt` and `ApiResponse` for all of
//! them), and `ErrorBody`, which holds any API's error body.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::support::Helpers;
use super::{cfg_any, ident};
use crate::ir::LibraryModule;

/// The library's root. `needs` is the union of its APIs' helpers. Paths are explicit,
/// so that the library can also be mounted as a module of a crate
/// (`#[path = "generated/lib.rs"] mod api;`).
pub fn render_library_root(modules: &[LibraryModule], needs: &Helpers) -> TokenStream {
    let features: Vec<&String> = modules.iter().filter_map(|m| m.feature.as_ref()).collect();
    // With an API left out, what only it uses is unused, and its error bodies are gone
    // (code after an error body is made is unreachable, and its variables unused).
    let partial = (!features.is_empty()).then(|| {
        quote! {
            #[cfg_attr(
                not(all(#(feature = #features),*)),
                allow(
                    dead_code,
                    unused_imports,
                    unreachable_code,
                    unused_variables,
                    reason = "helpers and error bodies of the APIs whose features are off"
                )
            )]
        }
    });
    let gates: Vec<Option<TokenStream>> =
        modules.iter().map(|m| cfg_any(&m.feature.clone().into_iter().collect::<Vec<_>>())).collect();
    let names: Vec<_> = modules.iter().map(|m| ident(&m.name)).collect();
    let paths = modules.iter().map(|m| format!("{}/mod.rs", m.folder));
    let error_body = render_error_body(modules);
    let api_error = needs.api_error.then(|| quote!(ApiError,));
    let options = needs.execute.then(|| quote! { pub use support::{RequestOptions, RequestOptionsExt, RetryPolicy}; });
    let byte_stream = needs.byte_stream.then(|| quote! { pub use support::ByteStream; });
    let file_part = needs.file_part.then(|| quote! { pub use support::FilePart; });
    quote! {
        //! Typed API clients generated from OpenAPI specs, a module each: regenerate
        //! them rather than edit them.
        //!
        //! Start at a module's docs: each opens with an example of its API (a client
        //! with its credentials, a call, a paginated list, an error). What the modules
        //! share is here: one [`Error`] and [`Result`] for every API, `RetryPolicy`
        //! and the request options.

        #partial
        #[rustfmt::skip]
        #[path = "support.rs"]
        mod support;
        #(
            #gates
            #[rustfmt::skip]
            #[path = #paths]
            pub mod #names;
        )*

        pub use support::{#api_error ApiResponse, DecodeError, Error, Result, UnexpectedResponse};
        #options
        #byte_stream
        #file_part

        #error_body
    }
}

/// The library's `ErrorBody`: a variant per API whose spec describes error bodies;
/// nothing when none does.
fn render_error_body(modules: &[LibraryModule]) -> Option<TokenStream> {
    let modules: Vec<&LibraryModule> = modules.iter().filter(|m| m.error_bodies).collect();
    if modules.is_empty() {
        return None;
    }
    let gates: Vec<Option<TokenStream>> =
        modules.iter().map(|m| cfg_any(&m.feature.clone().into_iter().collect::<Vec<_>>())).collect();
    let names: Vec<_> = modules.iter().map(|m| ident(&m.name)).collect();
    let variants: Vec<_> = modules.iter().map(|m| format_ident!("{}", m.error_variant)).collect();
    let variant_docs = modules.iter().map(|m| format!(" An error body of [`{}`].", m.name));
    Some(quote! {
        /// The body of an [`Error::Api`]: the error body of the API that answered, as
        /// its own `ErrorBody` describes it.
        #[derive(Debug, Clone)]
        #[allow(clippy::large_enum_variant, reason = "one per failed request, never in bulk")]
        pub enum ErrorBody {
            #( #gates #[doc = #variant_docs] #variants(#names::ErrorBody), )*
        }

        impl ErrorBody {
            /// The server's explanation, as the API's own `ErrorBody::message` finds it.
            pub fn message(&self) -> Option<&str> {
                match *self {
                    #( #gates Self::#variants(ref body) => body.message(), )*
                }
            }
        }

        #(
            #gates
            impl From<#names::ErrorBody> for ErrorBody {
                fn from(body: #names::ErrorBody) -> Self {
                    Self::#variants(body)
                }
            }
        )*
    })
}
