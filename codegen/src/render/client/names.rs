//! The names render gives an operation's items, after its type name.

use quote::format_ident;

use crate::ir::Operation;

pub(super) fn builder_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Request", op.type_name)
}

pub(super) fn params_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Params", op.type_name)
}

pub(super) fn headers_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Headers", op.type_name)
}

pub(super) fn success_name(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}Success", op.type_name)
}
