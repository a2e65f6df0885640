//! The intermediate representation: what to generate, free of OpenAPI's quirks and
//! of Rust syntax. `resolve` builds it; `render` reads nothing else.
//!
//! Every name in here is already a legal, unique Rust identifier (see `naming`).

mod operation;
mod types;
mod webhooks;

use serde_json::Value;

pub use operation::*;
pub use types::*;
pub use webhooks::*;

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
    /// Each schema of `components/schemas`, in the document's order, with the type it became.
    pub components: Vec<ComponentSchema>,
    /// What the API sends to its users' servers, if it says.
    pub webhooks: Option<Webhooks>,
    /// The tags the spec declares, in its order.
    pub tags: Vec<Tag>,
    /// Crates the types of the user's choosing come from, with their version
    /// requirements: `x-rust-type`'s, and a settings file's `[dependencies]`.
    pub dependencies: std::collections::BTreeMap<String, String>,
}

/// A tag the spec declares (`tags`), as 3.2 describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    /// A short title (3.2's `summary`).
    pub summary: Option<String>,
    /// The tag it is nested in (3.2's `parent`), a declared one.
    pub parent: Option<String>,
    /// Whether it names an area of the API, as tags without a `kind` or of `kind: nav`
    /// do; a badge (`beta`) or an audience (`partner`) does not.
    pub area: bool,
}

/// An API as a module of a library of several.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryModule {
    /// The module's name in Rust (`my_api`).
    pub name: String,
    /// Its folder, named as given to `Config::api` (`my-api`).
    pub folder: String,
    /// Its variant of the library's `ErrorBody`.
    pub error_variant: String,
    /// Whether its spec describes error bodies: else it has no `ErrorBody`.
    pub error_bodies: bool,
    /// The cargo feature that compiles it in, if it is gated.
    pub feature: Option<String>,
}

/// A schema of `components/schemas` and the type it became (through merging, maybe
/// an alias of another).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComponentSchema {
    pub key: String,
    pub type_name: String,
}

/// A JSON value that a type of the API must decode, and encode back to the same
/// value: made by the samples stage, after the IR, from the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub ty: TypeRef,
    pub value: Value,
    /// Where it comes from: the JSON pointer of the example, or of the schema it was made from.
    pub at: String,
    pub origin: SampleOrigin,
    /// What it is a value of, so that a response can be answered with it.
    pub of: SampleOf,
}

/// What a sample is a value of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleOf {
    /// A component schema.
    Schema,
    /// The JSON request body of an operation (an index into `Api::operations`).
    Request { operation: usize },
    /// The JSON body of one status of an operation's responses.
    Response { operation: usize, status: u16 },
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
pub struct AuthScheme {
    /// The key in `components/securitySchemes`.
    pub key: String,
    /// Snake-case name of the credential, the field of `Credentials` that holds it
    /// (`api_key_auth`).
    pub name: String,
    /// The setter of the client and of `Credentials` (`with_api_key_auth`).
    pub setter: String,
    /// UpperCamel variant name in the generated `Scheme` enum.
    pub variant: String,
    pub docs: Option<String>,
    pub kind: AuthKind,
    /// For an OAuth 2.0 or OpenID Connect scheme, whose tokens a provider may give.
    pub oauth2: Option<OAuth2>,
}

/// What the client knows of an OAuth 2.0 (or OpenID Connect) scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth2 {
    /// The `tokenUrl` of its `clientCredentials` flow, when it has one: the client
    /// can fetch its own tokens.
    pub token_url: Option<String>,
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
    /// Calls `visit` on every type use of the API, however deep: in its types, its
    /// operations' parameters, bodies, responses and pages, its error bodies and its
    /// events.
    pub fn visit_type_refs_mut(&mut self, visit: &mut impl FnMut(&mut TypeRef)) {
        let mut uses: Vec<&mut TypeRef> = Vec::new();
        uses.extend(self.types.iter_mut().flat_map(|def| def.kind.uses_mut()));
        for op in &mut self.operations {
            uses.extend(op.params.iter_mut().map(|p| &mut p.ty));
            for content in op.body.iter_mut().flat_map(|b| &mut b.contents) {
                match &mut content.value {
                    BodyValue::Type(ty) => uses.push(ty),
                    BodyValue::Form(form) => uses.extend(form.fields.iter_mut().filter_map(|f| match &mut f.kind {
                        FormFieldKind::Value(ty) => Some(ty),
                        FormFieldKind::File | FormFieldKind::Files => None,
                    })),
                }
            }
            let success = &mut op.success;
            uses.extend(success.body.as_mut());
            uses.extend(success.variants.iter_mut().filter_map(|v| v.body.as_mut()));
            uses.extend(success.headers.iter_mut().map(|h| &mut h.ty));
            uses.extend(success.stream.as_mut().map(|stream| &mut stream.item));
            uses.extend(op.pagination.as_mut().map(|pages| &mut pages.item));
        }
        uses.extend(self.error_bodies.iter_mut().map(|body| &mut body.ty));
        uses.extend(self.webhooks.iter_mut().flat_map(|w| &mut w.events).filter_map(|e| e.payload.as_mut()));
        for ty in uses {
            ty.visit_mut(visit);
        }
    }

    /// Follows aliases (and boxes) to the type a use finally stands for.
    pub fn unalias<'a>(&'a self, ty: &'a TypeRef) -> &'a TypeRef {
        unalias(&self.types, ty)
    }

    /// `ty` with the aliases inside it followed too (`Vec<Body2>`, `Body2` an alias of
    /// `Body`: `Vec<Body>`), for telling whether two uses are one Rust type.
    pub fn unalias_deep(&self, ty: &TypeRef) -> TypeRef {
        let deep = |inner: &TypeRef| Box::new(self.unalias_deep(inner));
        match self.unalias(ty) {
            TypeRef::List(inner) => TypeRef::List(deep(inner)),
            TypeRef::Map(inner) => TypeRef::Map(deep(inner)),
            TypeRef::Nullable(inner) => TypeRef::Nullable(deep(inner)),
            TypeRef::Tuple(items) => TypeRef::Tuple(items.iter().map(|item| self.unalias_deep(item)).collect()),
            other => other.clone(),
        }
    }
}

/// Each alias's name and the type it stands for.
pub fn alias_targets(types: &[TypeDef]) -> std::collections::HashMap<String, TypeRef> {
    let aliases = types.iter().filter_map(|t| match &t.kind {
        TypeDefKind::Alias(target) => Some((t.name.clone(), target.clone())),
        _ => None,
    });
    aliases.collect()
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
