//! The types of an API: models, enums, unions, and the references between them.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Option<String>,
    pub kind: TypeDefKind,
    /// Cargo features any of which compiles the type in; empty: always compiled.
    pub features: Vec<String>,
    /// Traits derived besides the ones every type of its kind derives, as a settings
    /// file asks (`Hash`, `schemars::JsonSchema`).
    pub derives: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeDefKind {
    Struct(Vec<Field>),
    /// A string enum that also accepts values the spec does not list.
    Enum(OpenEnum<EnumVariant>),
    /// An integer enum that also accepts values the spec does not list.
    IntEnum(OpenEnum<IntEnumVariant>),
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
    /// The variant of the field's enum that is the one value it can hold (a required
    /// member whose schema is a one-value `enum` or a `const`): constructors fill it in.
    pub fixed: Option<EnumVariant>,
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

    /// The support helper that reads the member's value: a bare value is read into an
    /// `Option` and must be there, an `Option` field takes `null` as `None`, and a
    /// double option keeps `null` apart from absent. `None` for the map of undeclared
    /// members.
    pub fn reader(&self) -> Option<&'static str> {
        match self {
            _ if self.flatten => None,
            _ if self.is_optional() && !self.is_double_option() => Some("read_option"),
            _ => Some("read_value"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
}

/// The variants of an enum the spec lists, and the one that keeps any other value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OpenEnum<V> {
    pub variants: Vec<V>,
    /// The variant that holds a value the spec does not list, as the server sent it:
    /// `Unknown`, unless the spec took that name.
    pub catch_all: String,
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
    /// The variants whose type does not require the property: a value without it is
    /// the one of them that holds all of it (OpenAI's messages, sent with no `type`).
    pub untagged: Vec<String>,
    /// The variant that holds a value whose tag the spec does not list.
    pub catch_all: String,
    /// The variant a value whose tag the spec does not list (or that has none) is
    /// read as first (3.2's `discriminator.defaultMapping`); the catch-all holds what
    /// it cannot read.
    pub default: Option<String>,
}

impl TaggedUnion {
    /// A union tagged by `property`, each value with its tag in `variants`.
    pub fn new(property: String, variants: Vec<TaggedVariant>) -> Self {
        let catch_all = crate::naming::catch_all(variants.iter().map(|v| v.name.as_str()));
        Self { property, variants, untagged: Vec::new(), catch_all, default: None }
    }
}

impl TaggedUnion {
    /// The variants each tag picks, with the tags that pick the same ones, in the
    /// order the tags are first listed.
    pub fn tag_groups(&self) -> Vec<(Vec<&str>, Vec<&str>)> {
        let mut groups: Vec<(Vec<&str>, Vec<&str>)> = Vec::new();
        for tag in self.variants.iter().flat_map(|v| &v.tags) {
            let owners: Vec<&str> =
                self.variants.iter().filter(|v| v.tags.contains(tag)).map(|v| v.name.as_str()).collect();
            match groups.iter_mut().find(|(variants, _)| *variants == owners) {
                Some((_, tags)) if tags.contains(&tag.as_str()) => {}
                Some((_, tags)) => tags.push(tag),
                None => groups.push((owners, vec![tag])),
            }
        }
        groups
    }

    /// Whether some tag picks more than one variant, which are then told apart by shape.
    pub fn shares_tags(&self) -> bool {
        self.tag_groups().iter().any(|(variants, _)| variants.len() > 1)
    }
}

impl<V> OpenEnum<V> {
    /// The enum of `variants`, named by `name`.
    pub fn new(variants: Vec<V>, name: impl Fn(&V) -> &str) -> Self {
        let catch_all = crate::naming::catch_all(variants.iter().map(name));
        Self { variants, catch_all }
    }
}

/// A variant of a tagged union, and the property values that select it. Variants
/// may share a tag (OpenAI's input and output messages are both `message`): a value
/// with that tag is the one of them that holds all of it, as in an untagged union.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaggedVariant {
    pub name: String,
    pub ty: TypeRef,
    pub tags: Vec<String>,
    /// The union has `From` the variant's type: no other variant holds the same type.
    pub converts: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    /// The union has `From` the variant's type: no other variant holds the same type.
    pub converts: bool,
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
    /// A type of the user's choosing, by its Rust path (`rust_decimal::Decimal`): a
    /// settings file's replacement, or the schema's `x-rust-type`. Checked to be a
    /// path of identifiers when read.
    External(String),
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
            | TypeRef::External(_)
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

impl TypeRef {
    /// Calls `visit` on this use and every use inside it, outermost first.
    pub fn visit_mut(&mut self, visit: &mut impl FnMut(&mut TypeRef)) {
        visit(self);
        match self {
            TypeRef::List(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => {
                inner.visit_mut(visit)
            }
            TypeRef::Tuple(items) => items.iter_mut().for_each(|item| item.visit_mut(visit)),
            TypeRef::Named(_)
            | TypeRef::External(_)
            | TypeRef::Scalar(_)
            | TypeRef::Object
            | TypeRef::Json
            | TypeRef::Bytes
            | TypeRef::Text => {}
        }
    }
}

impl TypeDefKind {
    /// The type uses of a definition, to change.
    pub fn uses_mut(&mut self) -> Vec<&mut TypeRef> {
        match self {
            TypeDefKind::Struct(fields) => fields.iter_mut().map(|f| &mut f.ty).collect(),
            TypeDefKind::Union(variants) => variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeDefKind::Tagged(union) => union.variants.iter_mut().map(|v| &mut v.ty).collect(),
            TypeDefKind::Alias(ty) => vec![ty],
            TypeDefKind::Enum(_) | TypeDefKind::IntEnum(_) => Vec::new(),
        }
    }

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
