//! A schema as resolve walks it: a reference to a component, or a schema in place.

use openapiv3::{ReferenceOr, Schema};

/// A schema in the tree: a reference to a named component or an inline schema.
#[derive(Clone, Copy)]
pub(crate) enum Node<'s> {
    Ref(&'s str),
    Inline(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for Node<'s> {
    fn from(r: &'s ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(schema) => Node::Inline(schema),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for Node<'s> {
    fn from(r: &'s ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => Node::Ref(reference),
            ReferenceOr::Item(schema) => Node::Inline(schema),
        }
    }
}

impl Node<'_> {
    /// Where the node is in the document, as an identity: the same declaration met
    /// again has the same address.
    pub(super) fn address(self) -> usize {
        match self {
            Node::Ref(reference) => reference.as_ptr() as usize,
            Node::Inline(schema) => std::ptr::from_ref(schema) as usize,
        }
    }
}
