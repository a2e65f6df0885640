//! Request bodies: the type a builder keeps its body as, the `<Op>Body` enum when the
//! caller chooses among media types, multipart forms, and how each is encoded.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ir::{
    Api, BodyContent, BodyEncoding, BodyValue, FormFieldKind, MultipartForm, Operation, RequestBody, TypeRef,
};
use crate::render::docs::{doc_attrs, prose};
use crate::render::layout::{Arg, Lines, checked_ident, lexed, literal};
use crate::render::{ident, type_text, type_tokens};

/// The type a builder keeps its body as: the one content's, or `<Op>Body` to choose from.
pub(super) fn body_type_text(op: &Operation, body: &RequestBody) -> String {
    match body.contents.as_slice() {
        [content] => content_type_text(content),
        _ => checked_ident(&op.items.body).to_owned(),
    }
}

fn content_type(content: &BodyContent) -> TokenStream {
    lexed(&content_type_text(content))
}

fn content_type_text(content: &BodyContent) -> String {
    match &content.value {
        _ if is_upload(content) => "Upload".to_owned(),
        BodyValue::Type(ty) => type_text(ty, true),
        BodyValue::Form(form) => checked_ident(&form.name).to_owned(),
    }
}

/// Sets the request's body from the builder's, in the media type of its variant:
/// statements at `depth`.
pub(super) fn body_step(out: &mut Lines, depth: usize, op: &Operation, body: &RequestBody) {
    let inner = if body.required {
        out.line(depth, "let body = &self.body;");
        depth
    } else {
        out.line(depth, "if let Some(body) = &self.body {");
        depth + 1
    };
    match body.contents.as_slice() {
        [content] => set_content(out, inner, content),
        contents => {
            let name = checked_ident(&op.items.body);
            out.line(inner, "match body {");
            for content in contents {
                out.line(inner + 1, &format!("{name}::{}(body) => {{", checked_ident(&content.variant)));
                set_content(out, inner + 2, content);
                out.line(inner + 1, "}");
            }
            out.line(inner, "}");
        }
    }
    if !body.required {
        out.line(depth, "}");
    }
}

/// Sets the request's body from `body`, a reference to a value of `content`'s type.
fn set_content(out: &mut Lines, depth: usize, content: &BodyContent) {
    let media_type = literal(&content.media_type);
    let encode = match content.encoding {
        BodyEncoding::Json => "json_body",
        BodyEncoding::Form => "form_body",
        BodyEncoding::Binary => "upload_body",
        BodyEncoding::Text => {
            let header = format!("request.header(reqwest::header::CONTENT_TYPE, {media_type})");
            return out.unsure(depth, &format!("request = {header}.body(body.clone());"));
        }
        // reqwest writes the `Content-Type`, with the boundary.
        BodyEncoding::Multipart => return out.line(depth, "request = request.multipart(body.to_form()?);"),
    };
    out.call(depth, "request = ", encode, &[Arg::Expr("request"), Arg::Expr(&media_type), Arg::Expr("body")], "?;");
}

/// Whether the builder takes its body as anything that becomes its type: an
/// `<Op>Body` (from each media type's value) or an `Upload`.
pub(super) fn takes_into(body: &RequestBody) -> bool {
    match body.contents.as_slice() {
        [content] => is_upload(content),
        _ => true,
    }
}

/// Whether a content is sent as an `Upload`: bytes, a file or a stream, as they are.
fn is_upload(content: &BodyContent) -> bool {
    matches!(content.value, BodyValue::Type(TypeRef::Bytes)) && content.encoding == BodyEncoding::Binary
}

/// Whether each attempt builds the request anew: its body (a multipart form, a
/// file) cannot be copied from the last attempt's.
pub(super) fn rebuilt(op: &Operation) -> bool {
    let contents = op.body.iter().flat_map(|body| &body.contents);
    contents.into_iter().any(|content| matches!(content.encoding, BodyEncoding::Multipart | BodyEncoding::Binary))
}

/// `<Op>Body` when the caller chooses among media types, and `<Op>Form` for a
/// multipart body.
pub(super) fn render_body_types(api: &Api, op: &Operation, body: &RequestBody) -> TokenStream {
    let method = &op.method_name;
    let forms = body.contents.iter().filter_map(|content| match &content.value {
        BodyValue::Form(form) => Some(render_form(api, method, form)),
        BodyValue::Type(_) => None,
    });
    let choice = (body.contents.len() > 1).then(|| {
        let name = format_ident!("{}", op.items.body);
        let doc = prose(&format!(
            "The body of a [`Client::{method}`] request, sent in the media type of its variant. \
             [`From`] makes the first variant that takes the type."
        ));
        let variants = body.contents.iter().map(|content| {
            let variant = format_ident!("{}", content.variant);
            let ty = content_type(content);
            let doc = format!(" Sent as `{}`.", content.media_type.replace('`', "'"));
            quote! { #[doc = #doc] #variant(#ty), }
        });
        // One `From` per Rust type, for the first variant that takes it: an alias (a
        // body deduplicated into another's type) is the type it names, and `text/plain`
        // is a `String` as a JSON string is.
        let mut seen = Vec::new();
        let froms = body.contents.iter().filter_map(|content| {
            let ty = content_type(content);
            let key = match &content.value {
                BodyValue::Type(ty) => type_tokens(&api.unalias_deep(ty), true).to_string(),
                BodyValue::Form(_) => ty.to_string(),
            };
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
            #doc
            #[derive(Debug, Clone)]
            #[allow(clippy::large_enum_variant, reason = "made once per request and moved, never stored in bulk")]
            pub enum #name { #(#variants)* }
            #(#froms)*
        }
    });
    quote! { #choice #(#forms)* }
}

/// A multipart body's struct, and how it becomes a `reqwest` form.
fn render_form(api: &Api, method: &str, form: &MultipartForm) -> TokenStream {
    let name = format_ident!("{}", form.name);
    let doc = prose(&format!("The `multipart/form-data` body of a [`Client::{method}`] request: a part per field."));
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
        #doc
        #[derive(Debug, Clone)]
        pub struct #name { #(#fields)* }

        impl #name {
            fn to_form(&self) -> Result<reqwest::multipart::Form> {
                #build
            }
        }
    }
}

/// The docs of a member that stands for something on the wire: its wire name, then
/// what the spec says of it.
pub(super) fn wire_docs(wire: &str, docs: Option<&str>) -> String {
    format!("`{}`{}", wire.replace('`', "'"), docs.map(|d| format!(": {d}")).unwrap_or_default())
}

/// A public field of a value named `wire` on the wire (a header, a form part): its
/// docs open with that name; an optional one is an `Option`.
pub(super) fn wire_field(name: &str, wire: &str, docs: Option<&str>, ty: TokenStream, required: bool) -> TokenStream {
    let name = ident(name);
    let docs = doc_attrs(Some(&wire_docs(wire, docs)));
    if required {
        quote! { #docs pub #name: #ty, }
    } else {
        quote! { #docs pub #name: Option<#ty>, }
    }
}
