//! The intermediate representation: what to generate, free of OpenAPI's quirks and
//! of Rust syntax. `resolve` builds it; `render` reads nothing else.
//!
//! Every name in here is already a legal, unique Rust identifier (see `naming`).

use serde_json::Value;

/// One API: becomes one module (or one standalone crate).
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The first server URL of the spec, its variables at their defaults, offered as
    /// the default base URL.
    pub default_base_url: Option<String>,
    /// That server's URL template, when it has variables.
    pub server: Option<ServerTemplate>,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub auth_schemes: Vec<AuthScheme>,
    /// Error bodies that any operation declares, each a variant of the client's `ErrorBody`.
    pub error_bodies: Vec<ErrorBodyVariant>,
    /// JSON the generated types must decode and encode back: the spec's examples, and
    /// instances made from its schemas when asked for. The crate's tests run them.
    pub samples: Vec<Sample>,
}

/// A JSON value that a type of the API must decode, and encode back to the same value.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub ty: TypeRef,
    pub value: Value,
    /// Where it comes from: the JSON pointer of the example, or of the schema it was made from.
    pub at: String,
    pub origin: SampleOrigin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleOrigin {
    /// An example the spec gives.
    Example,
    /// An instance made from the schema.
    Synthesised,
}

/// A server URL with variables (`https://{region}.api.example.com/{basePath}`): the
/// client module's `<name>` struct holds a value for each.
#[derive(Debug, Clone, PartialEq)]
pub struct ServerTemplate {
    /// The URL as the spec writes it.
    pub url: String,
    /// The struct of the variables' values.
    pub name: String,
    pub parts: Vec<TemplatePart>,
    pub variables: Vec<ServerVariable>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TemplatePart {
    Literal(String),
    /// Index into `ServerTemplate::variables`.
    Variable(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServerVariable {
    pub field: String,
    pub wire_name: String,
    pub default: String,
    pub docs: Option<String>,
    /// The enum of the values the spec allows, when it lists them: its name and variants.
    pub choices: Option<(String, Vec<EnumVariant>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Option<String>,
    pub kind: TypeDefKind,
    /// Cargo features any of which compiles the type in; empty: always compiled.
    pub features: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeDefKind {
    Struct(Vec<Field>),
    /// A string enum that also accepts values the spec does not list.
    Enum(Vec<EnumVariant>),
    /// An integer enum that also accepts values the spec does not list.
    IntEnum(Vec<IntEnumVariant>),
    /// `oneOf` / `anyOf` without a discriminator: the first variant that decodes wins.
    Union(Vec<UnionVariant>),
    /// `oneOf` / `anyOf` with a discriminator: the property's value picks the variant.
    Tagged(TaggedUnion),
    /// A named schema that is just another type (`AgentId: string`).
    Alias(TypeRef),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub wire_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    pub docs: Option<String>,
    pub default: Option<Value>,
    /// The members `additionalProperties` allows beside the declared ones, kept in a map.
    pub flatten: bool,
    /// The struct is sent in request bodies, where an optional nullable field may mean
    /// "leave alone" when absent and "clear" when `null`.
    pub sent: bool,
}

impl Field {
    /// Absent or `null` both decode to `None`; only non-null required fields are bare.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable
    }

    /// Optional and nullable in a request: absent and `null` mean different things (a
    /// PATCH that leaves a value alone, or clears it), so both are kept.
    pub fn is_double_option(&self) -> bool {
        self.sent && !self.required && self.nullable && !self.flatten
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IntEnumVariant {
    pub name: String,
    pub value: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaggedUnion {
    /// The discriminating property, as on the wire.
    pub property: String,
    pub variants: Vec<TaggedVariant>,
}

/// A variant of a tagged union, and the property values that select it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaggedVariant {
    pub name: String,
    pub ty: TypeRef,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
}

/// A use of a type: in a field, a parameter, a body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    Named(String),
    Scalar(Scalar),
    List(Box<TypeRef>),
    /// A JSON object with values of one type (`additionalProperties`).
    Map(Box<TypeRef>),
    /// A JSON object with no schema for its members.
    Object,
    /// Any JSON value.
    Json,
    /// Raw bytes: a body that is not JSON, form or text.
    Bytes,
    /// A `text/*` body, as it is.
    Text,
    /// `Box<T>`: breaks a recursive cycle.
    Boxed(Box<TypeRef>),
    /// `Option<T>`: `null` is a value too. Fields say so with `Field::nullable`
    /// instead; this is for list items, map values and bodies.
    Nullable(Box<TypeRef>),
    /// A list of exactly these items, one per position: a Rust tuple.
    Tuple(Vec<TypeRef>),
}

impl TypeRef {
    /// The definition a use names, through lists, maps and boxes (`Vec<Box<Pet>>`: `Pet`).
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Named(name) => Some(name),
            TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => {
                inner.named()
            }
            TypeRef::Tuple(_)
            | TypeRef::Scalar(_)
            | TypeRef::Object
            | TypeRef::Json
            | TypeRef::Bytes
            | TypeRef::Text => None,
        }
    }

    /// Every definition a use names, however deep (`(Pet, Vec<Owner>)`: `Pet` and `Owner`).
    pub fn names(&self) -> Vec<&str> {
        match self {
            TypeRef::Tuple(items) => items.iter().flat_map(TypeRef::names).collect(),
            other => other.named().into_iter().collect(),
        }
    }
}

impl TypeDefKind {
    /// The type uses of a definition: its fields, its variants, or what it aliases.
    pub fn uses(&self) -> Vec<&TypeRef> {
        match self {
            TypeDefKind::Struct(fields) => fields.iter().map(|f| &f.ty).collect(),
            TypeDefKind::Union(variants) => variants.iter().map(|v| &v.ty).collect(),
            TypeDefKind::Tagged(union) => union.variants.iter().map(|v| &v.ty).collect(),
            TypeDefKind::Alias(ty) => vec![ty],
            TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => Vec::new(),
        }
    }

    /// The definitions this one names, however deep in lists, maps and boxes.
    pub fn named(&self) -> Vec<String> {
        self.uses().into_iter().flat_map(TypeRef::names).map(str::to_owned).collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scalar {
    String,
    Bool,
    I32,
    I64,
    U64,
    F64,
    Uuid,
    DateTime,
    Date,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The JSON pointer of the operation in the spec (`/paths/~1pets/get`).
    pub at: String,
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
    /// Alternatives (OR) of scheme sets (AND), as indices into `Api::auth_schemes`.
    pub security: Vec<Vec<usize>>,
    pub pagination: Option<Pagination>,
    /// The spec's tags.
    pub tags: Vec<String>,
    /// Cargo features any of which compiles the operation in; empty: always compiled.
    pub features: Vec<String>,
    /// The `Accept` header: the success media types, then JSON for error bodies.
    pub accept: String,
}

impl Operation {
    /// Whether the operation's method is idempotent (RFC 9110 §9.2.2), so that a
    /// failed request may be sent again.
    pub fn is_idempotent(&self) -> bool {
        matches!(self.http_method.as_str(), "GET" | "HEAD" | "PUT" | "DELETE" | "OPTIONS" | "TRACE")
    }
}

/// The names of the items the client module defines for an operation, claimed in
/// resolve's scope of client names so that nothing else takes them.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationItems {
    /// `<Op>Request`: the operation's builder, a `Request<'a, <Op>Params>`.
    pub request: String,
    /// `<Op>Params`: its parameters and body.
    pub params: String,
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
            params: format!("{type_name}Params"),
            headers: format!("{type_name}Headers"),
            success: format!("{type_name}Success"),
            body: format!("{type_name}Body"),
        }
    }

    pub fn all(&self) -> [&str; 5] {
        [&self.request, &self.params, &self.headers, &self.success, &self.body]
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

#[derive(Debug, Clone, PartialEq)]
pub struct AuthScheme {
    /// The key in `components/securitySchemes`.
    pub key: String,
    /// Snake-case base of the client's setter (`with_api_key_auth`).
    pub name: String,
    /// UpperCamel variant name in the generated `Scheme` enum.
    pub variant: String,
    pub docs: Option<String>,
    pub kind: AuthKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthKind {
    Bearer,
    Basic,
    ApiKeyHeader(String),
    ApiKeyQuery(String),
    ApiKeyCookie(String),
}

impl Api {
    /// Follows aliases (and boxes) to the type a use finally stands for.
    pub fn unalias<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        unalias(&self.types, ty)
    }
}

/// `ty` with its aliases followed and boxes opened: the type a use stands for. A loop
/// of aliases (which resolve does not make) ends after one turn around it.
pub fn unalias<'t>(types: &'t [TypeDef], mut ty: &'t TypeRef) -> &'t TypeRef {
    for _ in 0..=types.len() {
        match ty {
            TypeRef::Boxed(inner) => ty = inner,
            TypeRef::Named(name) => match types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
                Some(TypeDefKind::Alias(target)) => ty = target,
                _ => break,
            },
            _ => break,
        }
    }
    ty
}
