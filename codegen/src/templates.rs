//! The fixed code of generated crates, as real Rust in `codegen/support/src`,
//! compiled and unit-tested there with every flag on: `support.rs` (one file per
//! concern) and, in `api/`, the fixed part of each API module's files. Each item says
//! with `#[cfg(needs = "...")]` which flag it needs; a generated file gets exactly the
//! items its flags ask for, so it has no dead code. The names the templates define
//! are reserved: generated items take others.

use std::sync::OnceLock;

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::quote;
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Expr, ImplItem, Item, Lit, Meta, TraitItem};

/// A file of fixed code: its name under `codegen/support/src`, and its text.
pub struct Template {
    pub name: &'static str,
    pub source: &'static str,
}

macro_rules! template {
    ($name:literal) => {
        Template { name: $name, source: include_str!(concat!("../support/src/", $name, ".rs")) }
    };
}

/// The support code, in the order it is printed: one file per concern.
pub const TEMPLATES: [Template; 17] = [
    template!("prelude"),
    template!("responses"),
    template!("errors"),
    template!("requests"),
    template!("hooks"),
    template!("retries"),
    template!("transport"),
    template!("parameters"),
    template!("bodies"),
    template!("pagination"),
    template!("objects"),
    template!("unions"),
    template!("secrets"),
    template!("oauth2"),
    template!("streams"),
    template!("webhooks"),
    template!("mock"),
];

/// The fixed part of each API module's `client.rs`: `Client` and `RawRequest`.
pub const CLIENT: Template = template!("api/client");

/// The fixed part of each API module's samples test, `examples.rs`.
pub const EXAMPLES: Template = template!("api/examples");

/// What the templates define that generated code must not name again.
pub struct Reserved {
    /// Every item of the support code and of the client: the client module imports
    /// the support code whole, so its own items take other names.
    pub client_items: Vec<String>,
    /// The methods of `Client` the template defines.
    pub client_methods: Vec<String>,
    /// The fields of a request (`RawRequest`'s, which each operation's request has
    /// too) and the methods of the options trait every request has.
    pub request_members: Vec<String>,
}

/// The names the templates define, read from them once.
pub fn reserved() -> &'static Reserved {
    static RESERVED: OnceLock<Reserved> = OnceLock::new();
    RESERVED.get_or_init(|| Reserved::of(&TEMPLATES.iter().chain([&CLIENT]).map(declarations).collect::<Vec<_>>()))
}

impl Reserved {
    /// The names the items of `files` (the templates, selected with every flag on)
    /// define; items inside items are not read, but for `RawRequest`'s fields, the
    /// options trait's methods and `Client`'s.
    fn of(files: &[syn::File]) -> Reserved {
        let items = files.iter().flat_map(|file| &file.items);
        let mut reserved =
            Reserved { client_items: Vec::new(), client_methods: Vec::new(), request_members: Vec::new() };
        for item in items {
            match item {
                Item::Struct(item) => {
                    if item.ident == "RawRequest" {
                        let fields = item.fields.iter().filter_map(|f| f.ident.as_ref());
                        reserved.request_members.extend(fields.map(ToString::to_string));
                    }
                    reserved.client_items.push(item.ident.to_string());
                }
                Item::Enum(item) => reserved.client_items.push(item.ident.to_string()),
                Item::Fn(item) => reserved.client_items.push(item.sig.ident.to_string()),
                Item::Type(item) => reserved.client_items.push(item.ident.to_string()),
                Item::Const(item) => reserved.client_items.push(item.ident.to_string()),
                Item::Trait(item) => {
                    reserved.client_items.push(item.ident.to_string());
                    if item.ident == "RequestOptionsExt" {
                        let methods = item.items.iter().filter_map(|item| match item {
                            TraitItem::Fn(method) => Some(method.sig.ident.to_string()),
                            _ => None,
                        });
                        reserved.request_members.extend(methods);
                    }
                }
                Item::Impl(item) => {
                    let methods = item.items.iter().filter_map(|item| match item {
                        ImplItem::Fn(method) => Some(method.sig.ident.to_string()),
                        _ => None,
                    });
                    let self_ty = &item.self_ty;
                    if quote!(#self_ty).to_string() == "Client" {
                        reserved.client_methods.extend(methods);
                    }
                }
                _ => {}
            }
        }
        for names in [&mut reserved.client_items, &mut reserved.client_methods, &mut reserved.request_members] {
            names.sort();
            names.dedup();
        }
        reserved
    }
}

/// The items of `template` as [`select`] keeps them with every flag on, but each
/// function's body left empty: names are all [`reserved`] reads, and bodies are most
/// of what there is to parse (once a run, before naming can start).
fn declarations(template: &Template) -> syn::File {
    let Template { name, source } = template;
    let tokens: TokenStream = source.parse().unwrap_or_else(|err| panic!("support template {name}: {err}"));
    let file = syn::parse2(without_bodies(tokens)).unwrap_or_else(|err| panic!("support template {name}: {err}"));
    selected(name, file, &|_| Some(true))
}

/// `tokens` with the block after each function's signature emptied. A signature starts
/// at `fn` and a name (`fn(` is a function pointer's type) and ends at its block, or at
/// a `;` where it has none (a trait's method).
fn without_bodies(tokens: TokenStream) -> TokenStream {
    let mut tokens = tokens.into_iter().peekable();
    let mut emptied = Vec::new();
    let mut in_signature = false;
    while let Some(token) = tokens.next() {
        emptied.push(match token {
            TokenTree::Ident(ident) if ident == "fn" => {
                let pointer =
                    matches!(tokens.peek(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis);
                in_signature |= !pointer;
                TokenTree::Ident(ident)
            }
            TokenTree::Punct(punct) if punct.as_char() == ';' => {
                in_signature = false;
                TokenTree::Punct(punct)
            }
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
                let inside =
                    if std::mem::take(&mut in_signature) { TokenStream::new() } else { without_bodies(group.stream()) };
                let mut braces = Group::new(Delimiter::Brace, inside);
                braces.set_span(group.span());
                TokenTree::Group(braces)
            }
            other => other,
        });
    }
    emptied.into_iter().collect()
}

/// The items of `template` whose `cfg` holds, those attributes removed; `flag` says
/// whether the flag of a name is on (`None`: no flag is named so).
pub fn select(template: &Template, flag: &dyn Fn(&str) -> Option<bool>) -> syn::File {
    let Template { name, source } = template;
    // The templates are this crate's own code, parsed and selected for every flag by
    // its tests: failing here is a bug in a template, not in the input.
    let file = syn::parse_file(source).unwrap_or_else(|err| panic!("support template {name}: {err}"));
    let mut file = selected(name, file, flag);
    Undocumented.visit_file_mut(&mut file);
    file
}

/// `file`, the template `name`, with the items whose `cfg` does not hold left out.
fn selected(name: &str, mut file: syn::File, flag: &dyn Fn(&str) -> Option<bool>) -> syn::File {
    let mut selection = Selection { flag, error: None };
    selection.visit_file_mut(&mut file);
    if let Some(err) = selection.error {
        panic!("support template {name}: {err}");
    }
    file
}

/// Leaves out the docs of what a user of the generated crate cannot see (items,
/// methods and fields that are not `pub`): rustdoc shows none of it, and it is read
/// in the templates, where it is written.
struct Undocumented;

impl Undocumented {
    fn strip(vis: &syn::Visibility, attrs: &mut Vec<Attribute>) {
        if !matches!(vis, syn::Visibility::Public(_)) {
            attrs.retain(|attr| !attr.path().is_ident("doc"));
        }
    }
}

impl VisitMut for Undocumented {
    fn visit_item_mut(&mut self, item: &mut Item) {
        match item {
            Item::Const(item) => Self::strip(&item.vis, &mut item.attrs),
            Item::Enum(item) => Self::strip(&item.vis, &mut item.attrs),
            Item::Fn(item) => Self::strip(&item.vis, &mut item.attrs),
            Item::Static(item) => Self::strip(&item.vis, &mut item.attrs),
            Item::Struct(item) => Self::strip(&item.vis, &mut item.attrs),
            Item::Trait(item) => Self::strip(&item.vis, &mut item.attrs),
            Item::Type(item) => Self::strip(&item.vis, &mut item.attrs),
            _ => {}
        }
        visit_mut::visit_item_mut(self, item);
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        // A trait's methods are as visible as the trait; an inherent method as it says.
        if item.trait_.is_none() {
            for item in &mut item.items {
                match item {
                    ImplItem::Fn(method) => Self::strip(&method.vis, &mut method.attrs),
                    ImplItem::Const(constant) => Self::strip(&constant.vis, &mut constant.attrs),
                    _ => {}
                }
            }
        }
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        // An enum variant's fields are as visible as the enum: only a struct's say.
        for field in &mut item.fields {
            Self::strip(&field.vis, &mut field.attrs);
        }
        visit_mut::visit_item_struct_mut(self, item);
    }
}

/// Keeps the items, fields and associated items whose `#[cfg(...)]` holds.
pub(crate) struct Selection<'a> {
    pub(crate) flag: &'a dyn Fn(&str) -> Option<bool>,
    pub(crate) error: Option<String>,
}

impl Selection<'_> {
    /// Whether an item with these attributes is kept; its `cfg`s are removed if so.
    /// A `cfg` of a cargo feature (`feature = "webhooks"`) is the generated crate's
    /// to evaluate: it is kept as it is.
    fn keep(&mut self, attrs: &mut Vec<Attribute>) -> bool {
        let mut keep = true;
        attrs.retain(|attr| {
            if !attr.path().is_ident("cfg") {
                return true;
            }
            let meta = attr.parse_args::<Meta>().map_err(|err| err.to_string());
            if matches!(&meta, Ok(Meta::NameValue(pair)) if pair.path.is_ident("feature")) {
                return true;
            }
            match meta.and_then(|meta| self.holds(&meta)) {
                Ok(holds) => keep &= holds,
                Err(err) => self.error = Some(err),
            }
            false
        });
        keep
    }

    /// Evaluates a `cfg` predicate over the flags: `needs = "flag"`, `any`, `all`,
    /// `not`, and `test`, which never holds (the templates' own tests stay behind).
    pub(crate) fn holds(&self, predicate: &Meta) -> Result<bool, String> {
        match predicate {
            Meta::Path(path) if path.is_ident("test") => Ok(false),
            Meta::NameValue(pair) if pair.path.is_ident("needs") => match &pair.value {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(flag) => (self.flag)(&flag.value()).ok_or(format!("no flag is named {:?}", flag.value())),
                    _ => Err("a flag is named by a string".to_owned()),
                },
                _ => Err("a flag is named by a string".to_owned()),
            },
            Meta::List(list) => {
                let parts = list
                    .parse_args_with(Punctuated::<Meta, syn::Token![,]>::parse_terminated)
                    .map_err(|err| err.to_string())?;
                let values = parts.iter().map(|part| self.holds(part)).collect::<Result<Vec<bool>, String>>()?;
                match list.path.get_ident().map(|ident| ident.to_string()).as_deref() {
                    Some("any") => Ok(values.iter().any(|v| *v)),
                    Some("all") => Ok(values.iter().all(|v| *v)),
                    Some("not") if values.len() == 1 => Ok(!values[0]),
                    _ => Err(format!("unknown predicate {}", quote!(#list))),
                }
            }
            other => Err(format!("unknown predicate {}", quote!(#other))),
        }
    }
}

impl VisitMut for Selection<'_> {
    fn visit_file_mut(&mut self, file: &mut syn::File) {
        file.items.retain_mut(|item| match item_attrs(item) {
            Some(attrs) => self.keep(attrs),
            None => true,
        });
        visit_mut::visit_file_mut(self, file);
    }

    fn visit_item_mod_mut(&mut self, item: &mut syn::ItemMod) {
        if let Some((_, items)) = &mut item.content {
            items.retain_mut(|item| match item_attrs(item) {
                Some(attrs) => self.keep(attrs),
                None => true,
            });
        }
        visit_mut::visit_item_mod_mut(self, item);
    }

    fn visit_item_impl_mut(&mut self, item: &mut syn::ItemImpl) {
        item.items.retain_mut(|item| match item {
            ImplItem::Const(item) => self.keep(&mut item.attrs),
            ImplItem::Fn(item) => self.keep(&mut item.attrs),
            ImplItem::Type(item) => self.keep(&mut item.attrs),
            _ => true,
        });
        visit_mut::visit_item_impl_mut(self, item);
    }

    fn visit_item_trait_mut(&mut self, item: &mut syn::ItemTrait) {
        item.items.retain_mut(|item| match item {
            TraitItem::Const(item) => self.keep(&mut item.attrs),
            TraitItem::Fn(item) => self.keep(&mut item.attrs),
            TraitItem::Type(item) => self.keep(&mut item.attrs),
            _ => true,
        });
        visit_mut::visit_item_trait_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        let kept = std::mem::take(&mut item.variants).into_pairs().filter_map(|pair| {
            let (mut variant, comma) = pair.into_tuple();
            self.keep(&mut variant.attrs).then(|| syn::punctuated::Pair::new(variant, comma))
        });
        item.variants = kept.collect();
        visit_mut::visit_item_enum_mut(self, item);
    }

    fn visit_expr_match_mut(&mut self, expr: &mut syn::ExprMatch) {
        expr.arms.retain_mut(|arm| self.keep(&mut arm.attrs));
        visit_mut::visit_expr_match_mut(self, expr);
    }

    fn visit_expr_struct_mut(&mut self, expr: &mut syn::ExprStruct) {
        let kept = std::mem::take(&mut expr.fields).into_pairs().filter_map(|pair| {
            let (mut field, comma) = pair.into_tuple();
            self.keep(&mut field.attrs).then(|| syn::punctuated::Pair::new(field, comma))
        });
        expr.fields = kept.collect();
        visit_mut::visit_expr_struct_mut(self, expr);
    }

    fn visit_fields_named_mut(&mut self, fields: &mut syn::FieldsNamed) {
        let kept = std::mem::take(&mut fields.named).into_pairs().filter_map(|pair| {
            let (mut field, comma) = pair.into_tuple();
            self.keep(&mut field.attrs).then(|| syn::punctuated::Pair::new(field, comma))
        });
        fields.named = kept.collect();
        visit_mut::visit_fields_named_mut(self, fields);
    }
}

/// The attributes of the kinds of item the templates hold.
fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Const(item) => &mut item.attrs,
        Item::Enum(item) => &mut item.attrs,
        Item::Fn(item) => &mut item.attrs,
        Item::Impl(item) => &mut item.attrs,
        Item::Macro(item) => &mut item.attrs,
        Item::Mod(item) => &mut item.attrs,
        Item::Static(item) => &mut item.attrs,
        Item::Struct(item) => &mut item.attrs,
        Item::Trait(item) => &mut item.attrs,
        Item::Type(item) => &mut item.attrs,
        Item::Use(item) => &mut item.attrs,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_name_what_the_whole_code_names() {
        let every_flag = |_: &str| Some(true);
        let whole: Vec<syn::File> =
            TEMPLATES.iter().chain([&CLIENT]).map(|template| select(template, &every_flag)).collect();
        let whole = Reserved::of(&whole);
        let reserved = reserved();
        assert_eq!(whole.client_items, reserved.client_items);
        assert_eq!(whole.client_methods, reserved.client_methods);
        assert_eq!(whole.request_members, reserved.request_members);
    }

    #[test]
    fn only_function_bodies_are_emptied() {
        let source = "struct S { f: fn(u8) -> u8, g: u8 } \
            trait T { fn a(&self); fn b(&self) -> u8 { 1 } } \
            impl S { fn c(f: fn(u8)) where Self: Sized { let x = S { f, g: 1 }; } } \
            impl From<fn()> for S { fn from(f: fn()) -> Self { f(); todo!() } }";
        let emptied = without_bodies(source.parse().unwrap()).to_string();
        let expected = "struct S { f : fn (u8) -> u8 , g : u8 } \
            trait T { fn a (& self) ; fn b (& self) -> u8 { } } \
            impl S { fn c (f : fn (u8)) where Self : Sized { } } \
            impl From < fn () > for S { fn from (f : fn ()) -> Self { } }";
        assert_eq!(emptied, expected);
    }
}
