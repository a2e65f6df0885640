//! An operation: its path, parameters, body, responses and pagination.

use serde_json::Value;

use super::TypeRef;

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The JSON pointer of the operation in the spec (`/paths/~1pets/get`).
    pub at: String,
    /// The spec's `operationId`, when it gives one.
    pub operation_id: Option<String>,
    /// The client method, in snake case.
    pub method_name: String,
    /// The base of per-operation type names (`GetAgentStats`).
    pub type_name: String,
    /// The names of the items the client module defines for the operation.
    pub items: OperationItems,
    pub http_method: String,
    pub path: Vec<PathSegment>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub params: Vec<Param>,
    pub body: Option<RequestBody>,
    pub success: SuccessResponse,
    /// Statuses whose body the spec describes as an error, with the `ErrorBody` variant.
    pub errors: Vec<ErrorResponse>,
    /// How those statuses are read, in the order they are tried: exact codes, then
    /// classes, then `default`, each grouped by body.
    pub error_arms: Vec<ErrorArm>,
    /// Alternatives (OR) of scheme sets (AND), as indices into `Api::auth_schemes`.
    pub security: Vec<Vec<usize>>,
    /// The OAuth 2.0 scopes each alternative of `security` asks for, for a token its
    /// request carries.
    pub scopes: Vec<Vec<String>>,
    pub pagination: Option<Pagination>,
    /// The spec's tags.
    pub tags: Vec<String>,
    /// Cargo features any of which compiles the operation in; empty: always compiled.
    pub features: Vec<String>,
    /// The `Accept` header: the success media types, then JSON for error bodies.
    pub accept: String,
}

impl Operation {
    /// Whether the operation's method is idempotent (RFC 9110 §9.2.2, and `QUERY`,
    /// safe and idempotent as OpenAPI 3.2 and the HTTP QUERY draft define it), so that
    /// a failed request may be sent again.
    pub fn is_idempotent(&self) -> bool {
        matches!(self.http_method.as_str(), "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE" | "QUERY")
    }

    /// The path template as the spec writes it (`/agents/{agentId}`).
    pub fn path_template(&self) -> String {
        self.path
            .iter()
            .map(|segment| match segment {
                PathSegment::Literal(text) => text.clone(),
                PathSegment::Param(i) => format!("{{{}}}", self.params[*i].wire_name),
            })
            .collect()
    }

    /// The path template, for docs: backticks made quotes so that it can sit in a
    /// code span.
    pub fn path_text(&self) -> String {
        self.path_template().replace('`', "'")
    }
}

/// The names of the items the client module defines for an operation, claimed in
/// resolve's scope of client names so that nothing else takes them.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationItems {
    /// `<Op>Request`: the operation's builder, its parameters and body.
    pub request: String,
    /// `<Op>Headers`: the response headers it declares.
    pub headers: String,
    /// `<Op>Success`: its success body by status, when the statuses' bodies differ.
    pub success: String,
    /// `<Op>Body`: its request body, when the caller chooses among media types.
    pub body: String,
}

impl OperationItems {
    /// The names after an operation's type name, which no other operation shares: no
    /// suffix is the end of another, so no two operations' names can meet.
    pub fn after(type_name: &str) -> Self {
        Self {
            request: format!("{type_name}Request"),
            headers: format!("{type_name}Headers"),
            success: format!("{type_name}Success"),
            body: format!("{type_name}Body"),
        }
    }

    pub fn all(&self) -> [&str; 4] {
        [&self.request, &self.headers, &self.success, &self.body]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PathSegment {
    Literal(String),
    /// Index into `Operation::params`.
    Param(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub wire_name: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Option<String>,
    pub default: Option<Value>,
    /// How the value becomes text on the wire.
    pub style: ParamStyle,
    /// The one value a required parameter's schema allows (a one-value `enum` or a
    /// `const`): the client sends it, and nobody passes it. A string or an integer.
    pub fixed: Option<Value>,
}

/// How a parameter's value is written: the spec's `style` and `explode`, or its
/// `content`. Scalars are their text in every style; the styles differ for lists
/// (`[3, 4]`) and objects (`{"x": 1, "y": 2}`), as the OpenAPI spec's style table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamStyle {
    /// Query and cookie: `id=3&id=4`, `x=1&y=2` exploded; `id=3,4`, `p=x,1,y,2` not.
    Form { explode: bool },
    /// Query lists: `id=3%204`.
    SpaceDelimited,
    /// Query lists: `id=3|4`.
    PipeDelimited,
    /// Query objects: `p[x]=1&p[y]=2`.
    DeepObject,
    /// Path and header: `3,4`; objects `x,1,y,2`, or `x=1,y=2` exploded.
    Simple { explode: bool },
    /// Path: `.3,4`, or `.3.4` exploded.
    Label { explode: bool },
    /// Path: `;id=3,4`, or `;id=3;id=4` exploded.
    Matrix { explode: bool },
    /// `content: {application/json: ...}`: the value's JSON text.
    Json,
    /// The whole query string (3.2's `in: querystring`): the value's text after the
    /// `?`, percent-encoded; `form`: the text is form-encoded pairs already.
    WholeQuery { form: bool },
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub required: bool,
    pub docs: Option<String>,
    /// The media types the caller may send, the preferred first. With several, the
    /// body is an enum (`<Op>Body`) with a variant each.
    pub contents: Vec<BodyContent>,
}

impl RequestBody {
    /// Every type the body mentions: the values, and the fields of forms.
    pub fn types(&self) -> impl Iterator<Item = &TypeRef> {
        self.contents.iter().flat_map(|content| -> Vec<&TypeRef> {
            match &content.value {
                BodyValue::Type(ty) => vec![ty],
                BodyValue::Form(form) => form
                    .fields
                    .iter()
                    .filter_map(|f| if let FormFieldKind::Value(ty) = &f.kind { Some(ty) } else { None })
                    .collect(),
            }
        })
    }
}

/// One media type of a request body.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyContent {
    /// The variant of `<Op>Body` that sends this media type.
    pub variant: String,
    /// Sent as `Content-Type`, as the spec spells it.
    pub media_type: String,
    pub encoding: BodyEncoding,
    pub value: BodyValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BodyValue {
    Type(TypeRef),
    /// `multipart/form-data`: a struct of the client module, one part per field.
    Form(MultipartForm),
}

/// A `multipart/form-data` body: `<Op>Form`, its fields sent as parts.
#[derive(Debug, Clone, PartialEq)]
pub struct MultipartForm {
    pub name: String,
    pub fields: Vec<FormField>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FormField {
    pub name: String,
    pub wire_name: String,
    pub kind: FormFieldKind,
    pub required: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FormFieldKind {
    /// `format: binary`: a file part.
    File,
    /// A list of files, one part each.
    Files,
    /// A text part: strings as they are, other values as their text or JSON; a list
    /// is one part per item.
    Value(TypeRef),
}

/// How a request body goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json` and `+json` types: the value as JSON.
    Json,
    /// `application/x-www-form-urlencoded`: the value's fields as `a=1&b=2`.
    Form,
    /// `multipart/form-data`: one part per field.
    Multipart,
    /// `text/*`: a `String` as it is.
    Text,
    /// Any other type (`application/octet-stream`, images, ...): the bytes as they are.
    Binary,
}

impl BodyEncoding {
    /// The variant name for this encoding in `<Op>Body`.
    pub fn variant(self) -> &'static str {
        match self {
            BodyEncoding::Json => "Json",
            BodyEncoding::Form => "Form",
            BodyEncoding::Multipart => "Multipart",
            BodyEncoding::Text => "Text",
            BodyEncoding::Binary => "Binary",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SuccessResponse {
    /// Declared 2xx statuses; empty means any 2xx.
    pub statuses: Vec<u16>,
    /// `None`: no body is expected.
    pub body: Option<TypeRef>,
    pub headers: Vec<ResponseHeader>,
    /// Declared statuses whose bodies differ (200 with a body, 204 without): the body
    /// is then an enum with one variant each, and `body` is `None`.
    pub variants: Vec<SuccessVariant>,
    /// A success read as items as they arrive, beside or instead of the above.
    pub stream: Option<StreamedResponse>,
}

/// A success answered in a sequential media type (OpenAPI 3.2's term): items read
/// one by one as they arrive, never the body whole.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamedResponse {
    pub format: StreamFormat,
    /// The media type asked for (`Accept`).
    pub media_type: String,
    /// An item: a server-sent event's `data`, or the value of a line. `Text` keeps an
    /// event's data as it is, not decoded.
    pub item: TypeRef,
    /// A `data` that ends the stream instead of being an item (OpenAI's `[DONE]`).
    pub end_marker: Option<String>,
    /// The request body member that asks for the stream, as the spec names it:
    /// `stream` unless `x-stream-flag` says otherwise.
    pub flag_member: Option<String>,
    /// That member, a boolean, found in the body's struct: each method sets it.
    pub flag: Option<StreamFlag>,
    /// Whether a success may also come whole, read by `send`.
    pub also_whole: bool,
    /// The method: `send_stream`, or `send_events` when a download has `send_stream`.
    pub method: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    /// `text/event-stream`.
    Events,
    /// JSON lines (`application/jsonl`, `application/x-ndjson`).
    JsonLines,
    /// A JSON text sequence (`application/json-seq`, RFC 7464).
    JsonSequence,
}

/// The member of a request body that says whether the answer is a stream: in the
/// body's struct or form, or in each of the media types the caller chooses among.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamFlag {
    /// Where it is: one place for a body of one media type, else one per variant of
    /// `<Op>Body` (OpenAI's image edits, multipart or JSON), every one of which has it.
    pub places: Vec<FlagPlace>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FlagPlace {
    /// The variant of `<Op>Body` it is in, when the body is one of several.
    pub variant: Option<String>,
    /// Its field in the struct or form.
    pub field: String,
    /// How many `Option`s the field's `bool` is in: 0, 1, or 2 for a member that
    /// may be sent as `null` (`Field::is_double_option`).
    pub options: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SuccessVariant {
    pub status: u16,
    pub name: String,
    pub body: Option<TypeRef>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    pub field: String,
    pub wire_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorResponse {
    pub status: ErrorStatus,
    /// Index into `Api::error_bodies`.
    pub body: usize,
}

/// The error statuses that one `ErrorBody` variant is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorArm {
    pub statuses: StatusMatch,
    /// Index into `Api::error_bodies`.
    pub body: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusMatch {
    /// These codes, sorted.
    Codes(Vec<u16>),
    /// Inclusive spans of codes, the classes the spec names with neighbours joined:
    /// `4XX` and `5XX` are `400..=599`.
    Spans(Vec<(u16, u16)>),
    /// Any status that is not a success.
    Default,
}

/// The statuses an error response stands for, most specific first when ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ErrorStatus {
    Code(u16),
    /// `4XX`: the class's first digit.
    Range(u16),
    /// `default`: every other status that is not a success.
    Default,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorBodyVariant {
    pub name: String,
    pub ty: TypeRef,
    /// The path to the body's message (`ErrorBody::message`): empty when the body is
    /// text itself; `None` when it has no message field.
    pub message: Option<Vec<FieldStep>>,
}

/// A list operation that `stream()` follows page by page.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// The fields from the success body down to the page's list; empty when the body
    /// is the list.
    pub items: Vec<FieldStep>,
    pub item: TypeRef,
    pub next: NextPage,
    /// A boolean field that is `false` on the last page.
    pub has_more: Option<Vec<FieldStep>>,
}

/// One field on a path down a response body, as generated code reads it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FieldStep {
    /// The field's Rust name.
    pub name: String,
    /// Its name on the wire, for docs.
    pub wire_name: String,
    /// An `Option` field: absent (or `null`) is `None`.
    pub optional: bool,
    /// An `Option<Option<T>>` field, `null` kept apart from absent.
    pub double_option: bool,
}

/// How the request for the next page is made from the last page.
#[derive(Debug, Clone, PartialEq)]
pub enum NextPage {
    /// A response header (index into `SuccessResponse::headers`) carries the cursor
    /// that the query parameter `param` (index into `Operation::params`) takes.
    HeaderCursor { param: usize, header: usize },
    /// A body field carries the cursor for `param`.
    BodyCursor { param: usize, field: Vec<FieldStep> },
    /// `Link: <url>; rel="next"` is the next page's URL.
    Link,
    /// `param` is a page number, counted up from where the first request left it.
    Page { param: usize },
    /// `param` is an offset, moved on by the number of items received.
    Offset { param: usize },
}
