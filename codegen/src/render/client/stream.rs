//! `send_stream` for a success answered in a sequential media type: the request sent
//! with its body's flag set, and the success read as items as they arrive
//! (`ItemStream`, in the support code).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{FlagPlace, Operation, StreamFormat, StreamedResponse, TypeRef};
use crate::render::docs::{code, doc_attrs, wrapped};
use crate::render::{ident, type_tokens};

/// The statement that sets the body's flag to `value`, if the body has one: in each
/// media type's variant of `<Op>Body` when it has several.
pub(super) fn set_flag(op: &Operation, stream: &StreamedResponse, value: bool) -> Option<TokenStream> {
    let flag = stream.flag.as_ref()?;
    let set = |place: &FlagPlace, body: TokenStream| {
        let field = ident(&place.field);
        let value = match place.options {
            0 => quote!(#value),
            1 => quote!(Some(#value)),
            _ => quote!(Some(Some(#value))),
        };
        quote! { #body.#field = #value; }
    };
    match flag.places.as_slice() {
        [place] if place.variant.is_none() => Some(set(place, quote!(self.body))),
        places => {
            let body = format_ident!("{}", op.items.body);
            let arms = places.iter().filter_map(|place| {
                let variant = format_ident!("{}", place.variant.as_ref()?);
                let set = set(place, quote!(body));
                Some(quote! { #body::#variant(body) => { #set } })
            });
            Some(quote! { match &mut self.body { #(#arms)* } })
        }
    }
}

/// What `send` says of the stream beside it.
pub(super) fn whole_note(stream: &StreamedResponse) -> Option<String> {
    let member = stream.flag.as_ref().and(stream.flag_member.as_deref())?;
    Some(format!(" It sends {}; [`Self::{}`] asks for the stream.", code(&format!("{member}: false")), stream.method))
}

/// The method that sends the request and reads the success as items.
pub(super) fn render_send_items(
    op: &Operation,
    stream: &StreamedResponse,
    operation: &TokenStream,
    options: &TokenStream,
) -> TokenStream {
    let method = format_ident!("{}", stream.method);
    let data = type_tokens(&stream.item, true);
    let text = stream.item == TypeRef::Text;
    let (body, framing, decode) = match stream.format {
        StreamFormat::Events if text => (quote!(EventStream<String>), quote!(Framing::Events), quote!(text_event)),
        StreamFormat::Events => (quote!(EventStream<#data>), quote!(Framing::Events), quote!(json_event)),
        StreamFormat::JsonLines => (quote!(ItemStream<#data>), quote!(Framing::Lines), quote!(json_line)),
        StreamFormat::JsonSequence => (quote!(ItemStream<#data>), quote!(Framing::Sequence), quote!(json_line)),
    };
    let end_marker = match &stream.end_marker {
        Some(marker) => quote!(Some(#marker)),
        None => quote!(None),
    };
    let streamed = set_flag(op, stream, true);
    let receiver = if streamed.is_some() { quote!(mut self) } else { quote!(self) };
    let media_type = stream.media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    // JSON is for an error's body: the stream is preferred.
    let accept = format!("{media_type}, application/json;q=0.5");
    let docs = doc_attrs(Some(&wrapped(&docs(op, stream))));
    quote! {
        #docs
        pub fn #method(#receiver) -> impl std::future::Future<Output = Result<ApiResponse<#body>>> + 'a {
            #streamed
            let request = self.build_request();
            let items = StreamOf {
                media_type: #media_type,
                accept: #accept,
                framing: #framing,
                decode: #decode,
                end_marker: #end_marker,
            };
            execute_streamed(&self.client.settings, request, #options, #operation, items, Self::read_response)
        }
    }
}

/// What the method sends and how it reads the answer.
fn docs(op: &Operation, stream: &StreamedResponse) -> String {
    let item = match &stream.item {
        TypeRef::Named(name) => format!("a [`types::{name}`]"),
        TypeRef::Text => "its text, as it is".to_owned(),
        other => format!("a {}", code(&type_tokens(other, true).to_string().replace(' ', ""))),
    };
    let mut text = match stream.format {
        StreamFormat::Events => format!(
            "Sends the request and reads the success as server-sent events as they arrive, each \
             event's `data` {item}: an [`EventStream`], never held whole."
        ),
        StreamFormat::JsonLines | StreamFormat::JsonSequence => format!(
            "Sends the request and reads the success as a sequence of JSON values as they arrive, \
             each {item}: an [`ItemStream`], never held whole."
        ),
    };
    if let Some(marker) = &stream.end_marker {
        text.push_str(&format!(" The event whose data is {} ends the stream.", code(marker)));
    }
    if let (Some(_), Some(member)) = (&stream.flag, &stream.flag_member) {
        text.push_str(&format!(" It sends {}.", code(&format!("{member}: true"))));
    }
    text.push_str(if op.errors.is_empty() {
        "\n\nAn error status is read whole, as [`Error::UnexpectedStatus`]."
    } else {
        "\n\nAn error status is read whole: [`Error::Api`] for one the spec describes, \
         [`Error::UnexpectedStatus`] for any other."
    });
    text.push_str(
        " The request's timeout bounds the wait for the answer to begin, and \
         [`RequestOptionsExt::idle_timeout`] each wait between its parts after.",
    );
    text
}
