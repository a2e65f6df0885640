//! Stage 4: IR and samples to the chunks of each generated file: tokens, and source
//! already laid out for the most regular items (`layout`). Reads nothing else: every
//! decision is in the IR; fixed code comes from `templates`.
//!
//! Layout of a generated API module (or standalone crate), and of this stage, which
//! has a module per generated file:
//! - the root (`mod.rs` / `lib.rs`): docs and re-exports
//! - `types.rs`: the models, their docs and the methods users call (`types/`)
//! - `serde_impls.rs`: the models' `Serialize` and `Deserialize` impls (`types/`)
//! - `client.rs`: `Client`, auth, one request builder per operation (`client/`)
//! - `support.rs`: response and error types, shared request helpers (`support`)
//! - `webhooks.rs`: the events the API sends, with the cargo feature `webhooks` (`webhooks`)
//! - `examples.rs`: the test of the samples, and `examples.json` (`examples`)
//! - `mock.rs`: typed mocks of the operations, with the cargo feature `mock` (`mock`)

mod client;
mod docs;
mod examples;
mod items;
pub(crate) mod layout;
mod library;
mod mock;
mod start;
mod support;
mod types;
mod webhooks;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use crate::config::{Layout, RenderOptions};
use crate::ir::{Api, Sample, Scalar, TypeRef};

/// A file of a generated API module.
#[derive(Clone, Copy)]
pub enum File {
    /// `lib.rs` of a crate, `mod.rs` of a library's module.
    Root(Layout),
    Types,
    /// The types' `Serialize` and `Deserialize` impls.
    SerdeImpls,
    Client,
    Support,
    /// The events the API sends, when it sends any.
    Webhooks,
    /// The test of the API's samples, when it has any.
    Examples,
    /// Typed mocks of its operations, with the cargo feature `mock`.
    Mock,
}

/// The samples the examples test reads, as `examples.json`.
pub use examples::samples_json;
pub use library::render_library_root;
pub use start::crate_readme;
pub use support::{Helpers, render_support};

impl File {
    /// Every file of an API; a library's modules share its `support.rs`.
    pub fn all(layout: Layout, api: &Api, samples: &[Sample]) -> Vec<File> {
        let mut files = vec![File::Root(layout), File::Types];
        if types::has_serde_impls(api) {
            files.push(File::SerdeImpls);
        }
        files.push(File::Client);
        if layout == Layout::Crate {
            files.push(File::Support);
        }
        if api.webhooks.is_some() {
            files.push(File::Webhooks);
        }
        if !api.operations.is_empty() {
            files.push(File::Mock);
        }
        if !samples.is_empty() {
            files.push(File::Examples);
        }
        files
    }

    /// The file's items in shares of at most [`SHARE_ITEMS`], in order; a file of fixed
    /// parts (the root, support code, mocks, the examples test) is one share.
    pub fn shares(self, api: &Api) -> Vec<Share> {
        let items = self.items(api);
        let shares =
            (0..items).step_by(SHARE_ITEMS).map(|start| Share { start, end: (start + SHARE_ITEMS).min(items) });
        let shares: Vec<Share> = shares.collect();
        if shares.is_empty() { vec![self.whole(api)] } else { shares }
    }

    /// The file in one share.
    pub fn whole(self, api: &Api) -> Share {
        Share { start: 0, end: self.items(api) }
    }

    /// How many items the file has to share out: none for a file of fixed parts.
    fn items(self, api: &Api) -> usize {
        match self {
            File::Client => api.operations.len(),
            File::Types | File::SerdeImpls => api.types.len(),
            _ => 0,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            File::Root(Layout::Crate) => "lib.rs",
            File::Root(Layout::Module) => "mod.rs",
            File::Types => "types.rs",
            File::SerdeImpls => "serde_impls.rs",
            File::Client => "client.rs",
            File::Support => "support.rs",
            File::Webhooks => "webhooks.rs",
            File::Examples => "examples.rs",
            File::Mock => "mock.rs",
        }
    }
}

/// A file in chunks of whole items, made as they are asked for: laid out one after the
/// other, a large file never exists as tokens all at once.
pub type Chunks<'a> = Box<dyn Iterator<Item = Chunk> + 'a>;

/// Whole items of a file: tokens to lay out, or source text (see `layout`).
#[derive(Clone)]
pub enum Chunk {
    Tokens(TokenStream),
    /// Source laid out exactly as prettyplease lays it out.
    LaidOut(String),
    /// Source whose layout is not certain: lexed and laid out.
    Items(String),
    /// Source of members of an `impl` block whose header and closing brace are chunks
    /// of their own: lexed and laid out as in the block.
    Members(String),
    /// Members of an `impl` block as tokens, laid out as in the block.
    MemberTokens(TokenStream),
}

impl Chunk {
    /// The chunk's source, when it is source.
    pub fn source(&self) -> Option<&str> {
        match self {
            Chunk::LaidOut(source) | Chunk::Items(source) | Chunk::Members(source) => Some(source),
            Chunk::Tokens(_) | Chunk::MemberTokens(_) => None,
        }
    }

    /// The chunk's tokens as source text, unlaid; nothing for source.
    pub fn tokens_text(&self) -> String {
        match self {
            Chunk::Tokens(tokens) | Chunk::MemberTokens(tokens) => tokens.to_string(),
            Chunk::LaidOut(_) | Chunk::Items(_) | Chunk::Members(_) => String::new(),
        }
    }
}

/// A run of a file's items (its operations, or its types), `start..end`: a large file
/// is rendered in shares on several threads and their text joined in order. The share
/// that starts at 0 also holds the file's head (its `use` lines and fixed code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub start: usize,
    pub end: usize,
}

/// At most this many items in a share: about a hundredth of a second of work each, so
/// that the threads finish together.
const SHARE_ITEMS: usize = 48;

/// What render reads of one API.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub api: &'a Api,
    pub samples: &'a [Sample],
    /// The support helpers the API's code calls, worked out once.
    pub needs: &'a Helpers,
    pub options: &'a RenderOptions,
}

/// The tokens of one file of an API, or of the share of its items that `share` names
/// (see [`File::shares`]).
pub fn render_file<'a>(input: Input<'a>, file: File, share: Share) -> Chunks<'a> {
    let Input { api, samples, needs, .. } = input;
    match file {
        File::Root(_) => Box::new(std::iter::once(Chunk::Tokens(render_root(input)))),
        File::Types => types::render_types(api, share),
        File::SerdeImpls => types::render_serde_impls(api, share),
        File::Client => client::render_client(api, needs, share),
        File::Support => Box::new(std::iter::once(Chunk::Tokens(support::render_support(needs)))),
        File::Webhooks => Box::new(api.webhooks.iter().map(|hooks| Chunk::Tokens(webhooks::render_webhooks(hooks)))),
        File::Examples => Box::new(std::iter::once(Chunk::Tokens(examples::render_examples(api, samples)))),
        File::Mock => mock::render_mock(api),
    }
}

/// The support code's OAuth 2.0 types, for an API with such a scheme.
pub(crate) fn oauth2_reexports(needs: &Helpers) -> Option<TokenStream> {
    let fetched = needs.client_credentials.then(|| quote! { pub use support::{ClientCredentials, TokenError}; });
    needs.token_provider.then(|| quote! { pub use support::TokenProvider; #fetched })
}

/// The support code's stream types, for an API whose operations stream.
pub(crate) fn stream_reexports(needs: &Helpers) -> Option<TokenStream> {
    let events = needs.event_stream.then(|| quote! { pub use support::{Event, EventStream, ReconnectPolicy}; });
    needs.item_stream.then(|| quote! { pub use support::{ItemStream, StreamError, StreamFailure}; #events })
}

/// The API's root: its docs, which name the spec and open with an example of the API
/// reached where the options say, and its modules.
fn render_root(input: Input<'_>) -> TokenStream {
    let Input { api, needs, options, .. } = input;
    let request_options = (!api.operations.is_empty()).then(|| {
        quote! { pub use support::{
            Attempt, DEFAULT_BODY_LIMIT, Hooks, Operation, RequestOptions, RequestOptionsExt, RetryPolicy,
        }; }
    });
    let byte_stream = api.operations.iter().any(support::is_download).then(|| quote! { pub use support::ByteStream; });
    let file_part = needs.file_part.then(|| quote! { pub use support::FilePart; });
    let upload = needs.upload.then(|| quote! { pub use support::Upload; });
    let oauth2 = oauth2_reexports(needs);
    let api_error = needs.api_error.then(|| quote!(ApiError,));
    let streams = stream_reexports(needs);
    let docs = root_docs(input);
    let lints = quote! {
        allow(clippy::enum_variant_names, reason = "variant names are the spec's, which may share a suffix")
    };
    let nesting = quote! {
        allow(clippy::type_complexity, reason = "types nest as the spec nests them, unnamed where the spec names none")
    };
    let RootModules { client, mock, examples, serde_impls, types, webhooks } = root_modules(input);
    let items = quote! {
        #client
        #mock
        #examples
        #serde_impls
        /// The data types of the API's requests and responses.
        #types
        #webhooks

        pub use client::*;
        pub use support::{#api_error ApiResponse, DecodeError, Error, Result, UnexpectedResponse};
        #request_options
        #byte_stream
        #file_part
        #upload
        #oauth2
        #streams
    };
    match options.layout {
        // The crate's root: its docs and lints are its own.
        Layout::Crate => {
            // With some features off, helpers only their operations use are unused.
            let mut features: Vec<&String> = api.operations.iter().flat_map(|op| &op.features).collect();
            features.sort();
            features.dedup();
            let partial = (!features.is_empty()).then(|| {
                quote! {
                    #![cfg_attr(
                        not(all(#(feature = #features),*)),
                        allow(dead_code, unused_imports, reason = "helpers of the operations whose features are off")
                    )]
                }
            });
            quote! {
                #( #![doc = #docs] )*
                #![#lints]
                #![#nesting]
                #partial

                mod support;
                #items
            }
        }
        // A module of a library, which shares the support module beside it.
        // (Dead code and unused imports are allowed whole, features or not.)
        Layout::Module => {
            let module = ident(&options.module);
            let partly_used = partly_used(quote!(dead_code, unused_imports));
            let files = ["client", "examples", "serde_impls", "types", "webhooks"];
            let inception = files.contains(&options.module.as_str()).then(|| {
                quote! { #[allow(clippy::module_inception, reason = "the API is named as one of its files")] }
            });
            quote! {
                #( #[doc = #docs] )*
                #[#lints]
                #[#nesting]
                #inception
                #partly_used
                pub mod #module {
                    use super::support;
                    #items
                }
            }
        }
    }
}

/// The docs of an API's root: its title and version, the "Start here" example, setup
/// notes, the spec's description, and where the code came from.
fn root_docs(input: Input<'_>) -> Vec<String> {
    let Input { api, options, .. } = input;
    let mut text = format!("{} (API version {})", api.title.trim(), api.version.trim());
    let example = options.usage.as_ref().and_then(|usage| start::example(api, usage, start::Form::Doc));
    if let Some(example) = &example {
        text.push_str("\n\n# Start here\n\n");
        text.push_str(example);
    }
    if let Some(notes) = start::setup_notes(api) {
        text.push_str("\n\n");
        text.push_str(&notes);
    }
    if let Some(description) = &api.description {
        if example.is_some() {
            text.push_str("\n\n# About the API");
        }
        text.push_str("\n\n");
        text.push_str(description.trim_end());
    }
    text.push_str(&format!("\n\nGenerated from `{}`; edit the spec, not this code.", options.spec_name));
    docs::doc_lines(&text)
}

/// The declarations of an API's files, each where the API has it.
struct RootModules {
    client: TokenStream,
    mock: Option<TokenStream>,
    examples: Option<TokenStream>,
    serde_impls: Option<TokenStream>,
    types: TokenStream,
    webhooks: Option<TokenStream>,
}

/// Each file of the module: declared as a file module in a crate; included in a
/// library, so that the library can itself be included anywhere.
fn root_modules(input: Input<'_>) -> RootModules {
    let Input { api, samples, options, .. } = input;
    let file_module = |name: &str, vis: TokenStream| {
        let module = format_ident!("{name}");
        match options.layout {
            Layout::Crate => quote! { #vis mod #module; },
            Layout::Module => {
                let file = format!("{name}.rs");
                quote! { #vis mod #module { include!(#file); } }
            }
        }
    };
    let examples = (!samples.is_empty()).then(|| {
        let module = file_module("examples", quote!());
        quote! { #[cfg(test)] #module }
    });
    let webhooks = api.webhooks.as_ref().map(|_| {
        let module = file_module("webhooks", quote!(pub));
        let feature = crate::config::WEBHOOKS_FEATURE;
        let docs = docs::prose(&format!(
            "The events the API sends to your server: `WebhookEvent`, decoded from a body whose signature a \
             verifier checked. Compiled with the cargo feature `{feature}`."
        ));
        quote! { #docs #[cfg(feature = #feature)] #module }
    });
    let mock = (!api.operations.is_empty()).then(|| {
        let module = file_module("mock", quote!(pub));
        let feature = crate::config::MOCK_FEATURE;
        let docs = docs::prose(&format!(
            "Typed mocks of the API's operations for your tests: `MockServer`. Compiled with the cargo feature \
             `{feature}` (which brings in `wiremock`): turn it on in your `[dev-dependencies]`."
        ));
        quote! { #docs #[cfg(feature = #feature)] #module }
    });
    RootModules {
        client: file_module("client", quote!()),
        mock,
        examples,
        serde_impls: types::has_serde_impls(api).then(|| file_module("serde_impls", quote!())),
        types: file_module("types", quote!(pub)),
        webhooks,
    }
}

/// What a library allows on its items: a binary, or a private module, that includes
/// the library uses only part of it. `lints`: those of the item's kind.
pub(crate) fn partly_used(lints: TokenStream) -> TokenStream {
    quote! { #[allow(#lints, reason = "a crate that includes the library uses part of it")] }
}

/// `#[cfg(...)]` for an item compiled with any of `features`; nothing when always compiled.
pub(crate) fn cfg_any(features: &[String]) -> Option<TokenStream> {
    layout::cfg_any(features).map(|gate| layout::lexed(&gate))
}

/// `#[cfg(...)]` for an item that needs one of each group of features; nothing when none does.
pub(crate) fn cfg_all(groups: &[Vec<String>]) -> Option<TokenStream> {
    let each: Vec<TokenStream> = groups
        .iter()
        .map(|features| match features.as_slice() {
            [one] => quote! { feature = #one },
            many => quote! { any(#(feature = #many),*) },
        })
        .collect();
    match each.as_slice() {
        [] => None,
        [one] => Some(quote! { #[cfg(#one)] }),
        many => Some(quote! { #[cfg(all(#(#many),*))] }),
    }
}

/// Puts `gate` on every item of `items`.
pub(crate) fn gated(items: TokenStream, gate: Option<TokenStream>) -> TokenStream {
    let Some(gate) = gate else { return items };
    let items = items::items(items).into_iter().map(|item| quote! { #gate #item });
    quote! { #(#items)* }
}

/// An identifier from a name made by `naming`: a keyword becomes a raw identifier.
pub(crate) fn ident(name: &str) -> Ident {
    if crate::naming::is_keyword(name) { Ident::new_raw(name, Span::call_site()) } else { format_ident!("{}", name) }
}

/// The Rust type of a type use, as prettyplease prints it on one line. `qualified`:
/// models are reached as `types::Name`.
pub(crate) fn type_text(ty: &TypeRef, qualified: bool) -> String {
    let inner = |ty: &TypeRef| type_text(ty, qualified);
    match ty {
        TypeRef::Named(name) if qualified => format!("types::{}", layout::checked_ident(name)),
        TypeRef::Named(name) => layout::checked_ident(name).to_owned(),
        TypeRef::Scalar(scalar) => match scalar {
            Scalar::String => "String",
            Scalar::Bool => "bool",
            Scalar::I32 => "i32",
            Scalar::I64 => "i64",
            Scalar::U64 => "u64",
            Scalar::F64 => "f64",
            Scalar::Uuid => "uuid::Uuid",
            // The offset is kept as sent, so a value round-trips unchanged.
            Scalar::DateTime => "chrono::DateTime<chrono::FixedOffset>",
            Scalar::Date => "chrono::NaiveDate",
        }
        .to_owned(),
        TypeRef::List(item) => format!("Vec<{}>", inner(item)),
        TypeRef::Map(value) => format!("std::collections::BTreeMap<String, {}>", inner(value)),
        TypeRef::Object => "serde_json::Map<String, serde_json::Value>".to_owned(),
        TypeRef::Json => "serde_json::Value".to_owned(),
        TypeRef::Bytes => "Vec<u8>".to_owned(),
        TypeRef::Text => "String".to_owned(),
        TypeRef::Boxed(inner_ty) => format!("Box<{}>", inner(inner_ty)),
        TypeRef::Nullable(inner_ty) => format!("Option<{}>", inner(inner_ty)),
        TypeRef::Tuple(items) => match items.as_slice() {
            [one] => format!("({},)", inner(one)),
            items => format!("({})", items.iter().map(inner).collect::<Vec<_>>().join(", ")),
        },
        // A path of identifiers (checked when read), so nothing else can be spelled.
        TypeRef::External(path) => layout::checked_path(path),
    }
}

/// [`type_text`] as tokens.
pub(crate) fn type_tokens(ty: &TypeRef, qualified: bool) -> TokenStream {
    layout::lexed(&type_text(ty, qualified))
}
