//! An operation's response: `send` (and `send_stream` for downloads), the function
//! that reads each status into the success body or an error, and the types a response
//! is read into: `<Op>Success` by status, `<Op>Headers`, and the API's `ErrorBody`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::stream;
use crate::ir::{Api, ErrorArm, ErrorStatus, Operation, StatusMatch, TypeRef};
use crate::render::docs::{doc_attrs, prose_text, wrapped};
use crate::render::layout::{Arg, Lines, checked_ident, lexed, literal};
use crate::render::support::is_download;
use crate::render::{Chunk, ident, type_text, type_tokens};

/// The methods that send an operation's request and read its response.
pub(super) struct Send {
    /// `send`: the response read whole, a member of the request's `impl`; none when
    /// every success streams.
    pub send: Option<Chunk>,
    /// `send_stream`: for a download the body as it arrives, for a sequential media
    /// type its items (`send_events` when the operation has both).
    pub send_stream: TokenStream,
    /// `read_response`: each status into the success body or an error, a member of
    /// the request's `impl`.
    pub read_response: Chunk,
}

/// `send`, and `send_stream` for downloads, with the function they share.
pub(super) fn render_send(api: &Api, op: &Operation) -> Send {
    let token_options = super::auth::token_options(api, op);
    let options = || token_options.clone().unwrap_or_else(|| quote!(self.options));
    let send_stream = is_download(op).then(|| render_send_stream(api, op, &options()));
    // Building the request and reading the response are plain functions: the one
    // async function is the shared `execute`, which the compiler checks far faster.
    let mut send_docs = send_docs(op);
    send_docs.extend(op.success.stream.as_ref().and_then(stream::whole_note));
    let send_docs = wrapped(&send_docs);
    let stream = op.success.stream.as_ref();
    // With a stream beside it, `send` asks for the whole answer: the body's flag says so.
    let not_streamed = stream.and_then(|stream| stream::set_flag(op, stream, false));
    let send = stream.is_none_or(|stream| stream.also_whole).then(|| {
        let rebuilt = super::bodies::rebuilt(op);
        if token_options.is_none() && not_streamed.is_none() && !rebuilt {
            return send_source(op, &send_docs);
        }
        let send_docs = doc_attrs(Some(&send_docs));
        let (operation, options, response_type) = (operation(op), options(), response_type(op));
        let receiver = if not_streamed.is_some() { quote!(mut self) } else { quote!(self) };
        let execute = if rebuilt {
            // The builder is moved into the function that builds each attempt's request.
            let options = token_options.clone().unwrap_or_else(|| quote!(self.options.clone()));
            quote! {
                let (client, options) = (self.client, #options);
                execute_rebuilt(&client.settings, Box::new(move || self.build_request()), options, #operation, Self::read_response)
            }
        } else {
            quote! {
                let request = self.build_request();
                execute(&self.client.settings, request, #options, #operation, Self::read_response)
            }
        };
        Chunk::MemberTokens(quote! {
            #send_docs
            pub fn send(#receiver) -> impl std::future::Future<Output = Result<#response_type>> + 'a {
                #not_streamed
                #execute
            }
        })
    });
    let send_items = stream.map(|stream| stream::render_send_items(op, stream, &operation(op), &options()));
    let read_response = read_response_source(api, op);
    Send { send, send_stream: send_stream.into_iter().chain(send_items).collect(), read_response }
}

/// `send` in its most common form: the request built once, sent with its own options.
fn send_source(op: &Operation, docs: &str) -> Chunk {
    let mut out = Lines::new();
    out.docs(1, Some(docs));
    out.future_method(1, "send", "self", &format!("Result<{}>", response_type_text(op)));
    out.line(2, "let request = self.build_request();");
    out.line(2, "execute(");
    out.line(3, "&self.client.settings,");
    out.line(3, "request,");
    out.line(3, "self.options,");
    // Never on one line: the operation's fields pass prettyplease's bound.
    out.line(3, "&Operation {");
    let [id, path, idempotent] = operation_values(op);
    out.call(4, "id: ", "Some", &[Arg::Expr(&id)], ",");
    // A string literal has nowhere to break.
    out.unbreakable(4, &format!("path: {path},"));
    out.line(4, &format!("idempotent: {idempotent},"));
    out.line(3, "},");
    out.line(3, "Self::read_response,");
    out.line(2, ")");
    out.line(1, "}");
    out.members()
}

/// The operation as hooks and traces name it, a constant: its `operationId` (else
/// its method's name), path template and whether it may be sent again.
pub(super) fn operation(op: &Operation) -> TokenStream {
    let [id, path, idempotent] = operation_values(op);
    lexed(&format!("&Operation {{ id: Some({id}), path: {path}, idempotent: {idempotent} }}"))
}

/// The values of [`operation`]'s fields, as source.
fn operation_values(op: &Operation) -> [String; 3] {
    let id = op.operation_id.as_deref().unwrap_or(&op.method_name);
    let idempotent = if op.is_idempotent() { "Idempotent::Yes" } else { "Idempotent::No" };
    [literal(id), literal(&op.path_template()), idempotent.to_owned()]
}

/// The success statuses of an operation as a match pattern.
fn success_pattern(op: &Operation) -> TokenStream {
    if op.success.statuses.is_empty() { quote!(_ if status.is_success()) } else { status_pattern(&op.success.statuses) }
}

/// `send_stream`, for a download: a success's body as it arrives, an error read whole.
fn render_send_stream(api: &Api, op: &Operation, options: &TokenStream) -> TokenStream {
    let operation = operation(op);
    let error_arms: Vec<TokenStream> = op.error_arms.iter().map(|arm| error_arm(api, arm)).collect();
    let name = checked_ident(&op.items.headers);
    let (response_type, read_headers, declared) = match declared_fields(op) {
        Some(fields) => {
            let read = lexed(&format!("let declared = {name} {{ {} }};", fields.join(", ")));
            (lexed(&format!("ApiResponse<ByteStream, {name}>")), Some(read), quote!(declared))
        }
        None => (quote!(ApiResponse<ByteStream>), None, quote!(())),
    };
    let success_pattern = success_pattern(op);
    let errors = if error_arms.is_empty() {
        quote! { Err(unexpected(status, headers, &body)) }
    } else {
        quote! {
            match status.as_u16() {
                #(#error_arms)*
                _ => Err(unexpected(status, headers, &body)),
            }
        }
    };
    quote! {
        /// Sends the request and hands over the body as it arrives, for downloads too
        /// large to hold; errors are read whole and typed as [`Self::send`] types them.
        pub async fn send_stream(self) -> Result<#response_type> {
            let request = self.build_request()?;
            let response = send(&self.client.settings, request, &#options, #operation).await?;
            let status = response.status();
            if matches!(status.as_u16(), #success_pattern) {
                let headers = response.headers().clone();
                #read_headers
                return Ok(ApiResponse { status, headers: #declared, raw_headers: headers, body: byte_stream(response) });
            }
            let (status, headers, body) = read(response, self.options.body_limit_of(&self.client.settings)).await?;
            #errors
        }
    }
}

/// What `send` makes of each status: the success, the error bodies the spec
/// describes, and the rest.
fn send_docs(op: &Operation) -> String {
    let list = |items: Vec<String>| match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let codes = |codes: &[u16]| codes.iter().map(|code| format!("`{code}`")).collect::<Vec<_>>();
    let success = match op.success.statuses.as_slice() {
        [] => "any `2xx` status is a success".to_owned(),
        [one] => format!("`{one}` is a success"),
        many => format!("{} are a success", list(codes(many))),
    };
    let mut text = format!("Sends the request and reads the whole response: {success}");
    let described: Vec<String> = op
        .errors
        .iter()
        .filter_map(|error| match error.status {
            ErrorStatus::Code(code) => Some(format!("`{code}`")),
            ErrorStatus::Range(class) => Some(format!("`{class}XX`")),
            ErrorStatus::Default => None,
        })
        .collect();
    let api = "[`Error::Api`]";
    match described.as_slice() {
        [] => {}
        [one] => text.push_str(&format!("; {one} is {api}, with the body the spec describes")),
        many => text.push_str(&format!("; {} are {api}, with the bodies the spec describes", list(many.to_vec()))),
    }
    if op.errors.iter().any(|error| error.status == ErrorStatus::Default) {
        text.push_str(&format!("; any other error status is {api} too."));
    } else {
        text.push_str("; any other status is [`Error::UnexpectedStatus`].");
    }
    text
}

/// What `send` returns: the success body, and the declared headers if there are any.
pub(super) fn response_type(op: &Operation) -> TokenStream {
    lexed(&response_type_text(op))
}

/// [`response_type`] as source.
pub(super) fn response_type_text(op: &Operation) -> String {
    let body = match &op.success.body {
        _ if !op.success.variants.is_empty() => checked_ident(&op.items.success).to_owned(),
        Some(ty) => type_text(ty, true),
        None => "()".to_owned(),
    };
    if op.success.headers.is_empty() {
        format!("ApiResponse<{body}>")
    } else {
        format!("ApiResponse<{body}, {}>", checked_ident(&op.items.headers))
    }
}

/// The expression that turns the response's `body` bytes into a value of `ty`.
fn decoded_text(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::Bytes => "body",
        TypeRef::Text => "text(status, body)?",
        _ => "decode(status, &body)?",
    }
}

/// One arm of `read_response`: the statuses of an error body, read into its variant.
fn error_arm(api: &Api, arm: &ErrorArm) -> TokenStream {
    let (pattern, error) = error_arm_parts(api, arm);
    lexed(&format!("{pattern} => api_error(status, headers, &body, {error}),"))
}

/// An error arm's pattern, and the error body it reads.
fn error_arm_parts(api: &Api, arm: &ErrorArm) -> (String, String) {
    let pattern = match &arm.statuses {
        StatusMatch::Codes(codes) => status_pattern_text(codes),
        StatusMatch::Spans(spans) => {
            spans.iter().map(|(first, last)| format!("{first}..={last}")).collect::<Vec<_>>().join(" | ")
        }
        StatusMatch::Default => "_ if !status.is_success()".to_owned(),
    };
    let variant = &api.error_bodies[arm.body];
    // The body's text is kept too, for messages: a body read as it is is a copy.
    let decoded = match &variant.ty {
        TypeRef::Bytes => "body.clone()",
        TypeRef::Text => "text(status, body.clone())?",
        ty => decoded_text(ty),
    };
    (pattern, format!("ErrorBody::{}({decoded})", checked_ident(&variant.name)))
}

/// A match pattern for status codes: `200 | 201`, with runs of three or more as ranges.
fn status_pattern(codes: &[u16]) -> TokenStream {
    lexed(&status_pattern_text(codes))
}

/// [`status_pattern`] as source.
fn status_pattern_text(codes: &[u16]) -> String {
    let mut codes = codes.to_vec();
    codes.sort_unstable();
    codes.dedup();
    let mut alternatives = Vec::new();
    let mut start = 0;
    while start < codes.len() {
        let mut end = start;
        while end + 1 < codes.len() && codes[end + 1] == codes[end] + 1 {
            end += 1;
        }
        if end - start >= 2 {
            alternatives.push(format!("{}..={}", codes[start], codes[end]));
            start = end + 1;
        } else {
            alternatives.push(codes[start].to_string());
            start += 1;
        }
    }
    alternatives.join(" | ")
}

/// `read_response`: each status into the success body (with the headers it declares)
/// or an error, a member of the request's `impl`.
fn read_response_source(api: &Api, op: &Operation) -> Chunk {
    let mut out = Lines::new();
    let args = ["status: reqwest::StatusCode", "headers: reqwest::header::HeaderMap", "body: Vec<u8>"];
    let args: Vec<String> = args.iter().map(|arg| (*arg).to_owned()).collect();
    out.signature(1, "fn read_response", &args, &format!(" -> Result<{}>", response_type_text(op)));
    out.line(2, "match status.as_u16() {");
    // Each success arm's pattern and body member; bytes are the body as read, in field
    // shorthand.
    let arms: Vec<(String, String)> = if op.success.variants.is_empty() {
        let pattern = match op.success.statuses.as_slice() {
            [] => "_ if status.is_success()".to_owned(),
            statuses => status_pattern_text(statuses),
        };
        let body = match &op.success.body {
            Some(TypeRef::Bytes) => "body".to_owned(),
            Some(ty) => format!("body: {}", decoded_text(ty)),
            None => "body: ()".to_owned(),
        };
        vec![(pattern, body)]
    } else {
        let name = checked_ident(&op.items.success);
        let variants = op.success.variants.iter();
        let arm = |variant: &crate::ir::SuccessVariant| {
            let variant_name = checked_ident(&variant.name);
            let value = match &variant.body {
                Some(ty) => format!("{name}::{variant_name}({})", decoded_text(ty)),
                None => format!("{name}::{variant_name}"),
            };
            (variant.status.to_string(), format!("body: {value}"))
        };
        variants.map(arm).collect()
    };
    let declared = declared_fields(op);
    for (pattern, body) in arms {
        // Never on one line: the response's fields pass prettyplease's bound, so the arm
        // takes braces.
        out.line(3, &format!("{pattern} => {{"));
        let headers = match &declared {
            Some(fields) => {
                out.struct_literal(4, "let declared = ", checked_ident(&op.items.headers), fields, ";");
                "headers: declared"
            }
            None => "headers: ()",
        };
        let members = ["status".to_owned(), headers.to_owned(), "raw_headers: headers".to_owned(), body];
        out.struct_value(4, "Ok", "ApiResponse", &members);
        out.line(3, "}");
    }
    for arm in &op.error_arms {
        let (pattern, error) = error_arm_parts(api, arm);
        out.arm_call(3, &pattern, "api_error", &["status", "headers", "&body", &error]);
    }
    out.line(3, "_ => Err(unexpected(status, headers, &body)),");
    out.line(2, "}");
    out.line(1, "}");
    out.members()
}

/// The members that read each header a success declares, `field: value`; none when it
/// declares none.
fn declared_fields(op: &Operation) -> Option<Vec<String>> {
    if op.success.headers.is_empty() {
        return None;
    }
    let fields = op.success.headers.iter().map(|header| {
        let (field, wire) = (ident(&header.field), literal(&header.wire_name));
        let parsed = format!("response_header(status, &headers, {wire})?");
        match header.required {
            true => format!("{field}: require_header(status, {wire}, {parsed})?"),
            false => format!("{field}: {parsed}"),
        }
    });
    Some(fields.collect())
}

/// `<Op>Headers`, the headers a success declares, at the top level after `gate`;
/// nothing when it declares none.
pub(super) fn render_headers_struct(out: &mut Lines, op: &Operation, gate: Option<&str>) {
    if op.success.headers.is_empty() {
        return;
    }
    out.gate(0, gate);
    out.docs(0, Some(&prose_text(&format!("The declared headers of a [`Client::{}`] response.", op.method_name))));
    out.line(0, "#[derive(Debug, Clone, PartialEq, Default)]");
    out.line(0, &format!("pub struct {} {{", checked_ident(&op.items.headers)));
    for header in &op.success.headers {
        out.docs(1, Some(&super::bodies::wire_docs(&header.wire_name, header.docs.as_deref())));
        let ty = type_text(&header.ty, true);
        let ty = if header.required { ty } else { format!("Option<{ty}>") };
        out.line(1, &format!("pub {}: {ty},", ident(&header.field)));
    }
    out.line(0, "}");
}

/// `<Op>Success`, the body of an operation whose success statuses carry different
/// bodies, at the top level after `gate`; nothing for another operation.
pub(super) fn render_success_enum(out: &mut Lines, op: &Operation, gate: Option<&str>) {
    if op.success.variants.is_empty() {
        return;
    }
    out.gate(0, gate);
    out.docs(0, Some(&prose_text(&format!("The body of a [`Client::{}`] response, by status.", op.method_name))));
    out.line(0, "#[derive(Debug, Clone, PartialEq)]");
    out.line(0, "#[allow(clippy::large_enum_variant, reason = \"one per response, never stored in bulk\")]");
    out.line(0, &format!("pub enum {} {{", checked_ident(&op.items.success)));
    for variant in &op.success.variants {
        out.docs(1, Some(&format!("`{}`", variant.status)));
        let name = checked_ident(&variant.name);
        match &variant.body {
            // Boxed: one large model would size every value of the enum (decoding fills the box).
            Some(ty @ TypeRef::Named(_)) => out.line(1, &format!("{name}(Box<{}>),", type_text(ty, true))),
            Some(ty) => out.line(1, &format!("{name}({}),", type_text(ty, true))),
            None => out.line(1, &format!("{name},")),
        }
    }
    out.line(0, "}");
}

/// The API's `ErrorBody`: a variant per error body type; nothing when the spec
/// describes none, and then there is no `Error::Api` either.
pub(super) fn render_error_body(api: &Api) -> TokenStream {
    if api.error_bodies.is_empty() {
        return TokenStream::new();
    }
    let gate = |ty: &TypeRef| match ty {
        TypeRef::Named(type_name) => {
            api.types.iter().find(|t| &t.name == type_name).and_then(|t| super::cfg_any(&t.features))
        }
        _ => None,
    };
    let variants = api.error_bodies.iter().map(|v| {
        let name = format_ident!("{}", v.name);
        let ty = type_tokens(&v.ty, true);
        let gate = gate(&v.ty);
        quote! { #gate #name(#ty), }
    });
    let messages: Vec<TokenStream> = api
        .error_bodies
        .iter()
        .filter_map(|v| {
            let name = format_ident!("{}", v.name);
            let gate = gate(&v.ty);
            let path = v.message.as_deref()?;
            let text = match path.split_last() {
                // `as_deref` where it reads plainly; clippy asks for it there.
                Some((last, init)) if last.optional && !last.double_option && init.iter().all(|s| !s.optional) => {
                    let place = super::read_path("body", init);
                    let name = crate::render::ident(&last.name);
                    quote!(#place.#name.as_deref())
                }
                _ => {
                    let read = super::read_path("body", path);
                    if read.optional { quote!(#read.map(String::as_str)) } else { quote!(Some(#read.as_str())) }
                }
            };
            Some(quote! { #gate Self::#name(ref body) => #text, })
        })
        .collect();
    let message = match (messages.is_empty(), api.error_bodies.is_empty()) {
        (true, false) => quote!(None),
        (false, false) if messages.len() < api.error_bodies.len() => quote!(match *self { #(#messages)* _ => None, }),
        _ => quote!(match *self { #(#messages)* }),
    };
    quote! {
        /// The error bodies the spec describes, one variant per type.
        #[derive(Debug, Clone)]
        #[allow(clippy::large_enum_variant, reason = "one per failed request, never in bulk")]
        pub enum ErrorBody { #(#variants)* }

        impl ErrorBody {
            /// The server's explanation: the body's message field (`message`, `detail`,
            /// `error_description`, ...), or the body itself when it is text; `None`
            /// when its schema has no such field.
            pub fn message(&self) -> Option<&str> {
                #message
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{send_docs, status_pattern};
    use crate::pipeline::api_of;

    #[test]
    fn runs_of_three_statuses_or_more_are_ranges() {
        assert_eq!(status_pattern(&[204, 200, 201, 202, 200]).to_string(), "200 ..= 202 | 204");
        assert_eq!(status_pattern(&[404, 401]).to_string(), "401 | 404");
    }

    #[test]
    fn send_says_which_statuses_succeed_and_which_are_errors() {
        let (api, _) = api_of(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        \
             '200': {description: ok}\n        '201': {description: made}\n        \
             '404': {description: gone, content: {application/json: {schema: {type: object}}}}\n        \
             default: {description: error, content: {application/json: {schema: {type: string}}}}\n",
        );
        assert_eq!(
            send_docs(&api.operations[0]),
            "Sends the request and reads the whole response: `200` and `201` are a success; `404` is \
             [`Error::Api`], with the body the spec describes; any other error status \
             is [`Error::Api`] too."
        );
    }
}
