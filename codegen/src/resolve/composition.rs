//! Composition: `allOf` (every member at once), and properties that several merged
//! members declare.

use crate::diagnostic::DiagnosticKind;
use openapiv3::{ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;

use super::Resolver;
use super::schema::{MAX_NESTING, Node, ObjectParts, Resolved};
use crate::diagnostic::pointer_push;
use crate::ir::{Scalar, TypeRef};
use crate::naming;
use crate::spec::{UnionOf, is_annotation, typed_members, union_of};

impl<'a> Resolver<'a> {
    /// The type of a property declared once or more (by several merged members), as
    /// `allOf` of the declarations: declarations that only annotate add nothing; objects
    /// merge into one struct; others meet in the most specific (an enum whose values
    /// the other's include); `null` only where every declaration allows it.
    pub(super) fn property(&mut self, nodes: &[Node<'a>], hint: &str, at: &str) -> Resolved {
        let mut typed: Vec<Node<'a>> =
            nodes.iter().copied().filter(|node| !matches!(node, Node::Inline(s) if is_annotation(s))).collect();
        // One declaration reached twice (a base merged again through a child) is one.
        let mut seen = Vec::new();
        typed.retain(|node| {
            !seen.contains(&node.address()) && {
                seen.push(node.address());
                true
            }
        });
        let nodes = match typed.as_slice() {
            [] => &nodes[..1],
            typed => typed,
        };
        let hint_for = |node: Node<'_>| match node {
            Node::Inline(_) => hint,
            Node::Ref(_) => "",
        };
        if let [single] = nodes {
            return self.resolve(*single, hint_for(*single), at);
        }
        // The same declarations met again inside their own merge: a recursive type.
        let key: Vec<usize> = nodes.iter().map(|node| node.address()).collect();
        if let Some((_, name, recursive)) = self.merging.iter_mut().find(|(merging, ..)| *merging == key) {
            *recursive = true;
            return TypeRef::Named(name.clone()).into();
        }
        if self.merging.len() >= MAX_NESTING {
            let message = "merged declarations nest too deep to merge; the last one is kept";
            self.diags.warn(DiagnosticKind::Unsupported, at, message);
            let last = nodes[nodes.len() - 1];
            return self.resolve(last, hint_for(last), at);
        }
        let mut merged = ObjectParts::default();
        if nodes.iter().all(|node| self.collect_object(*node, &mut merged, &mut Vec::new())) {
            let name = self.type_names.claim(naming::type_name(hint));
            self.merging.push((key, name.clone(), false));
            let ty = self.object(merged, &name, None, at);
            let recursive = self.merging.pop().is_some_and(|(.., recursive)| recursive);
            if ty != TypeRef::Named(name.clone()) && !recursive {
                self.type_names.release(&name);
            }
            return ty.into();
        }
        if let Some(resolved) = self.narrowed_union(nodes, hint, at) {
            return resolved;
        }
        // Lists meet item by item: `allOf` of the declarations' items.
        let lists: Option<Vec<(Node<'a>, bool)>> = nodes.iter().map(|node| self.list_items(*node)).collect();
        if let Some(lists) = lists {
            let items: Vec<Node<'a>> = lists.iter().map(|(items, _)| *items).collect();
            let item = self.property(&items, &format!("{hint}Item"), &pointer_push(at, "items")).with_null();
            let nullable = lists.iter().all(|(_, nullable)| *nullable);
            return Resolved { ty: TypeRef::List(Box::new(item)), nullable };
        }
        let mut met: Option<(Resolved, Option<Vec<Value>>)> = None;
        for &node in nodes {
            let resolved = self.resolve(node, hint_for(node), at);
            let values = self.enum_values(node);
            met = Some(match met {
                None => (resolved, values),
                Some((before, before_values)) => {
                    let nullable = before.nullable && resolved.nullable;
                    // An enum whose values the other's include is the narrower.
                    let subset = |a: &Option<Vec<Value>>, b: &Option<Vec<Value>>| matches!((a, b), (Some(a), Some(b)) if a.iter().all(|v| b.contains(v)));
                    if subset(&values, &before_values) {
                        (Resolved { ty: resolved.ty, nullable }, values)
                    } else if subset(&before_values, &values) {
                        (Resolved { ty: before.ty, nullable }, before_values)
                    } else if let Some(ty) = narrower(&before.ty, &resolved.ty) {
                        (Resolved { ty, nullable }, values)
                    } else if let Some(common) = common_strings(&before_values, &values) {
                        // Two string enums that overlap: the values both allow.
                        let name = self.type_names.claim(naming::type_name(hint));
                        let ty = self.define_enum(&name, None, common.iter().collect());
                        (Resolved { ty, nullable }, Some(common.into_iter().map(Value::String).collect()))
                    } else {
                        let message =
                            "merged members declare this property with different types; the later declaration is kept";
                        self.diags.warn(DiagnosticKind::Repair, at, message);
                        (Resolved { ty: resolved.ty, nullable }, values)
                    }
                }
            });
        }
        met.map_or_else(|| TypeRef::Json.into(), |(resolved, _)| resolved)
    }

    /// A property that one declaration makes a union and the others narrow with objects
    /// (Retell's edges: the base's `transition_condition` is a prompt or an equation
    /// condition, and each kind of edge fixes its prompt): the union distributed, each
    /// alternative merged with the objects, the ones they contradict left out.
    fn narrowed_union(&mut self, nodes: &[Node<'a>], hint: &str, at: &str) -> Option<Resolved> {
        let mut union = None;
        let mut common = ObjectParts::default();
        let mut nullable = true;
        for &node in nodes {
            match self.union_member(node) {
                Some(_) if union.is_some() => return None,
                Some(found) => union = Some(found),
                None if self.collect_object(node, &mut common, &mut Vec::new()) => {
                    nullable &= self.follow(node).is_some_and(|schema| schema.schema_data.nullable);
                }
                None => return None,
            }
        }
        let union = union?;
        let name = self.type_names.claim(naming::type_name(hint));
        let resolved = self.union(union, common, &name, None, at);
        if resolved.ty != TypeRef::Named(name.clone()) {
            self.type_names.release(&name);
        }
        Some(Resolved { ty: resolved.ty, nullable: nullable && resolved.nullable })
    }

    /// The `items` of a list schema, through references, and whether the list may be
    /// `null`; `None` for anything else (a tuple included).
    fn list_items(&self, node: Node<'a>) -> Option<(Node<'a>, bool)> {
        let schema = self.follow(node)?;
        let items = match &schema.schema_kind {
            SchemaKind::Type(Type::Array(array)) => array.items.as_ref()?,
            // `items` with no `type` says a list too.
            SchemaKind::Any(any) if matches!(any.typ.as_deref(), None | Some("array")) => any.items.as_ref()?,
            _ => return None,
        };
        if matches!(items, ReferenceOr::Item(items) if items.schema_data.extensions.contains_key(crate::load::TUPLE)) {
            return None;
        }
        Some((Node::from(items), schema.schema_data.nullable))
    }

    /// The schema a node stands for, through chains of references.
    pub(super) fn follow(&self, mut node: Node<'a>) -> Option<&'a Schema> {
        for _ in 0..MAX_NESTING {
            match node {
                Node::Ref(reference) => match self.component(reference)?.1 {
                    ReferenceOr::Item(schema) => return Some(schema),
                    ReferenceOr::Reference { reference } => node = Node::Ref(reference),
                },
                Node::Inline(schema) => return Some(schema),
            }
        }
        None
    }

    /// The values of the `enum` a schema is, through references and `allOf` wrappers.
    pub(super) fn enum_values(&self, node: Node<'a>) -> Option<Vec<Value>> {
        let mut node = node;
        let typed =
            |members: &'a [ReferenceOr<Schema>]| -> Vec<&'a ReferenceOr<Schema>> { typed_members(members).collect() };
        for _ in 0..MAX_NESTING {
            let schema = self.follow(node)?;
            // A one-member union is that member (`anyOf: [{enum}, {type: null}]`, its
            // `null` made `nullable`).
            let typed = match &schema.schema_kind {
                SchemaKind::AllOf { all_of } => typed(all_of),
                SchemaKind::Any(any) if any.enumeration.is_empty() && !any.all_of.is_empty() => typed(&any.all_of),
                _ => match union_of(schema) {
                    Some(union) if union.members.len() == 1 => typed(union.members),
                    _ => return enum_json(schema),
                },
            };
            match typed.as_slice() {
                [single] => node = Node::from(*single),
                _ => return None,
            }
        }
        None
    }

    /// `allOf`: a value that is every member at once. Members that only annotate
    /// (`description`, `nullable`, `xml`, ...) add nothing but their `nullable`; one
    /// member left is that member's type; objects merge into one struct with the
    /// properties of every member, in order; scalars meet in the most specific of them.
    /// A union among the members (or `beside` them: a `oneOf` next to the `allOf`)
    /// is distributed: every variant is that variant and the other members at once.
    pub(super) fn all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        own: ObjectParts<'a>,
        beside: Option<UnionOf<'a>>,
        name: &str,
        docs: Option<String>,
        at: &str,
    ) -> Resolved {
        let at_all = pointer_push(at, "allOf");
        let member_at = |i: usize| pointer_push(&at_all, &i.to_string());
        let mut nullable = false;
        let mut typed = Vec::with_capacity(members.len());
        for (i, member) in members.iter().enumerate() {
            match member {
                ReferenceOr::Item(schema) if is_annotation(schema) => nullable |= schema.schema_data.nullable,
                _ => typed.push((i, member)),
            }
        }
        // One union among the members: its variants each take the rest. A union with
        // nothing else to take is just itself (`allOf: [$ref Pet, {nullable: true}]`).
        let unions: Vec<usize> = typed
            .iter()
            .enumerate()
            .filter(|(_, (_, m))| self.union_member(Node::from(*m)).is_some())
            .map(|(i, _)| i)
            .collect();
        let others = typed.len() > 1 || !own.is_empty();
        let distributed = match (beside, unions.as_slice()) {
            (Some(union), []) => Some(union),
            (None, [one]) if others => {
                let (_, member) = typed.remove(*one);
                self.union_member(Node::from(member))
            }
            _ => None,
        };
        if distributed.is_none() && own.is_empty() {
            match typed.as_slice() {
                [] => return Resolved { ty: TypeRef::Json, nullable },
                [(i, single)] => {
                    let resolved = self.resolve_named(Node::from(*single), name, &member_at(*i));
                    return Resolved { ty: resolved.ty, nullable: nullable || resolved.nullable };
                }
                _ => {}
            }
        }
        let mut merged = ObjectParts::default();
        let mut seen = Vec::new();
        let mut scalars = Vec::new();
        for &(i, member) in &typed {
            if !self.collect_object(Node::from(member), &mut merged, &mut seen) {
                scalars.push((i, member));
            }
        }
        merged.properties.extend(own.properties);
        merged.required.extend(own.required);
        merged.additional = merged.additional.or(own.additional);
        if let Some(union) = distributed {
            let resolved = self.union(union, merged, name, docs, at);
            return Resolved { ty: resolved.ty, nullable: nullable || resolved.nullable };
        }
        if scalars.len() == typed.len() && merged.is_empty() {
            let ty = self.meet(&scalars, name, &at_all);
            return Resolved { ty, nullable };
        }
        for (i, _) in scalars {
            let message = "`allOf` member is not an object, but other members are: no value can be both, so it is left out of the merged type";
            self.diags.warn(DiagnosticKind::Repair, member_at(i), message);
        }
        Resolved { ty: self.object(merged, name, docs, at), nullable }
    }

    /// The type of a value that is each of several non-object schemas at once: the
    /// most specific one when the others allow it (`string` and a `date-time` string:
    /// the date-time; an enum and a string: the enum).
    fn meet(&mut self, members: &[(usize, &'a ReferenceOr<Schema>)], name: &str, at: &str) -> TypeRef {
        let mut met: Option<TypeRef> = None;
        for &(i, member) in members {
            let at = pointer_push(at, &i.to_string());
            let ty = self.resolve(Node::from(member), &format!("{name}Part{}", i + 1), &at).ty;
            met = match met {
                None => Some(ty),
                Some(before) => match narrower(&before, &ty) {
                    Some(narrow) => Some(narrow),
                    None => {
                        let message = "`allOf` members no value can satisfy together; the first of them is kept";
                        self.diags.warn(DiagnosticKind::Repair, at, message);
                        Some(before)
                    }
                },
            };
        }
        met.unwrap_or(TypeRef::Json)
    }

    /// Adds the properties of an object-like schema (following refs and nested
    /// `allOf`) to `into`; false if it is not object-like.
    pub(super) fn collect_object(&self, node: Node<'a>, into: &mut ObjectParts<'a>, seen: &mut Vec<&'a str>) -> bool {
        let schema = match node {
            Node::Ref(reference) => {
                if seen.contains(&reference) {
                    return true;
                }
                seen.push(reference);
                match self.component(reference) {
                    Some((_, target)) => {
                        return self.collect_object(Node::from(target), into, seen);
                    }
                    None => return false,
                }
            }
            Node::Inline(schema) => schema,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                into.properties.extend(o.properties.iter().map(|(k, v)| (k, Node::from(v))));
                into.required.extend(o.required.iter());
                into.additional = into.additional.or(o.additional_properties.as_ref());
                true
            }
            SchemaKind::AllOf { all_of } => all_of.iter().all(|m| self.collect_object(Node::from(m), into, seen)),
            SchemaKind::Any(any) => {
                into.properties.extend(any.properties.iter().map(|(k, v)| (k, Node::from(v))));
                into.required.extend(any.required.iter());
                into.additional = into.additional.or(any.additional_properties.as_ref());
                any.all_of.iter().all(|m| self.collect_object(Node::from(m), into, seen))
            }
            _ => false,
        }
    }
}

/// The strings two enums both list, in the first's order; `None` unless both are
/// string enums that share one.
fn common_strings(a: &Option<Vec<Value>>, b: &Option<Vec<Value>>) -> Option<Vec<String>> {
    let (Some(a), Some(b)) = (a, b) else { return None };
    let common: Vec<String> = a
        .iter()
        .filter(|value| b.contains(value))
        .map(|value| value.as_str().map(str::to_owned))
        .collect::<Option<_>>()?;
    let strings = a.iter().chain(b).all(Value::is_string);
    (strings && !common.is_empty()).then_some(common)
}

/// A schema's `enum` values, as JSON, if it has any.
fn enum_json(schema: &Schema) -> Option<Vec<Value>> {
    let values: Vec<Value> = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().map(|v| Value::from(v.clone())).collect(),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().map(|v| Value::from(*v)).collect(),
        SchemaKind::Any(any) => any.enumeration.clone(),
        _ => Vec::new(),
    };
    (!values.is_empty()).then_some(values)
}

/// Of two types a value must have at once, the one that says more, when the other
/// allows all its values; `None` when they contradict each other.
fn narrower(a: &TypeRef, b: &TypeRef) -> Option<TypeRef> {
    use Scalar::*;
    let string_like = |ty: &TypeRef| matches!(ty, TypeRef::Named(_) | TypeRef::Scalar(String | Uuid | Date | DateTime));
    match (a, b) {
        _ if a == b => Some(a.clone()),
        (TypeRef::Json, other) | (other, TypeRef::Json) => Some(other.clone()),
        (TypeRef::Scalar(String), other) | (other, TypeRef::Scalar(String)) if string_like(other) => {
            Some(other.clone())
        }
        (TypeRef::Scalar(I32 | I64 | U64), TypeRef::Scalar(F64)) => Some(a.clone()),
        (TypeRef::Scalar(F64), TypeRef::Scalar(I32 | I64 | U64)) => Some(b.clone()),
        (TypeRef::Scalar(I32), TypeRef::Scalar(I64 | U64)) | (TypeRef::Scalar(U64), TypeRef::Scalar(I64)) => {
            Some(a.clone())
        }
        (TypeRef::Scalar(I64 | U64), TypeRef::Scalar(I32)) | (TypeRef::Scalar(I64), TypeRef::Scalar(U64)) => {
            Some(b.clone())
        }
        (TypeRef::List(x), TypeRef::List(y)) => narrower(x, y).map(|item| TypeRef::List(Box::new(item))),
        _ => None,
    }
}
