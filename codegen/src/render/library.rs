//! `lib.rs` of a library of several APIs: a module per API, the support code they
//! share (one `Error`, `RetryPolicy`, `RequestOptionsExt` and `ApiResponse` for all of
//! them), and `ErrorBody`, which holds any API's error body.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::support::Helpers;
use super::{cfg_any, ident, partly_used};
use crate::ir::LibraryModule;

/// The library's root. `needs` is the union of its APIs' helpers. It includes its
/// files, and has no inner attributes, so that a crate includes it in a module of its
/// own (`mod api { include!("api/lib.rs"); }`), or as its whole root.
pub fn render_library_root(modules: &[LibraryModule], needs: &Helpers) -> TokenStream {
    let features: Vec<&String> = modules.iter().filter_map(|m| m.feature.as_ref()).collect();
    // With an API left out, its error bodies are gone: code after an error body is
    // made is unreachable, and its variables unused. (What only it uses is unused,
    // which the library allows anyway.)
    let partial = (!features.is_empty()).then(|| {
        quote! {
            #[cfg_attr(
                not(all(#(feature = #features),*)),
                allow(unreachable_code, unused_variables, reason = "error bodies of the APIs whose features are off")
            )]
        }
    });
    let gates: Vec<Option<TokenStream>> =
        modules.iter().map(|m| cfg_any(&m.feature.clone().into_iter().collect::<Vec<_>>())).collect();
    let paths = modules.iter().map(|m| format!("{}/mod.rs", m.folder));
    let error_body = render_error_body(modules);
    let api_error = needs.api_error.then(|| quote!(ApiError,));
    let reexports = [
        needs.execute.then(|| {
            quote! { pub use support::{
                Attempt, DEFAULT_BODY_LIMIT, Hooks, Operation, RequestOptions, RequestOptionsExt, RetryPolicy,
            }; }
        }),
        needs.byte_stream.then(|| quote! { pub use support::ByteStream; }),
        needs.file_part.then(|| quote! { pub use support::FilePart; }),
        needs.upload.then(|| quote! { pub use support::Upload; }),
        super::oauth2_reexports(needs),
        super::stream_reexports(needs),
    ]
    .into_iter()
    .flatten();
    // No inner attributes and every file included: the library is included where the
    // user puts it (`mod api { include!(concat!(env!("OUT_DIR"), "/api/lib.rs")); }`),
    // each `include!` finding its file beside the file that names it.
    let partly_used = partly_used(quote!(dead_code, unused_imports));
    quote! {
        #partial
        #partly_used
        mod support {
            include!("support.rs");
        }
        #(
            #gates
            include!(#paths);
        )*

        #partly_used
        pub use support::{#api_error ApiResponse, DecodeError, Error, Result, UnexpectedResponse};
        #(#partly_used #reexports)*

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
    let partly_used = partly_used(quote!(dead_code));
    Some(quote! {
        /// The body of an [`Error::Api`]: the error body of the API that answered, as
        /// its own `ErrorBody` describes it.
        #[derive(Debug, Clone)]
        #[allow(clippy::large_enum_variant, reason = "one per failed request, never in bulk")]
        #partly_used
        pub enum ErrorBody {
            #( #gates #[doc = #variant_docs] #variants(#names::ErrorBody), )*
        }

        #partly_used
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
