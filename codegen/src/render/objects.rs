//! The helpers every struct's `Deserialize` calls, emitted into `support.rs`: structs
//! decode member by member through `FromObject` and one generic visitor, instead of
//! serde's derive, which writes far more code for the compiler to check.

use proc_macro2::TokenStream;
use quote::quote;

use std::collections::BTreeSet;

use crate::ir::{Api, Field, TypeDefKind};

/// The helper that reads a declared member's value: a bare value is read into an
/// `Option` and must be there, an `Option` field takes `null` as `None`, and a double
/// option keeps `null` apart from absent. `None` for the map of undeclared members.
pub fn member_reader(field: &Field) -> Option<&'static str> {
    match field {
        _ if field.flatten => None,
        _ if field.is_optional() && !field.is_double_option() => Some("read_option"),
        _ => Some("read_value"),
    }
}

/// `FromObject`, `decode_object`, `Key`, and the readers the API's structs use.
pub fn render_object_support(api: &Api) -> TokenStream {
    let structs = || {
        api.types.iter().filter_map(|t| match &t.kind {
            TypeDefKind::Struct(fields) => Some(fields),
            _ => None,
        })
    };
    let readers: BTreeSet<&str> = structs().flatten().filter_map(member_reader).collect();
    let flattens = structs().any(|fields| fields.iter().any(|f| f.flatten));
    let skips = structs().any(|fields| fields.iter().all(|f| !f.flatten));
    let read_value = readers.contains("read_value").then(|| {
        quote! {
            /// Reads a member's value into its slot.
            pub(crate) fn read_value<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
                object: &mut A,
                slot: &mut Option<T>,
            ) -> Result<(), A::Error> {
                *slot = Some(object.next_value()?);
                Ok(())
            }
        }
    });
    let read_option = readers.contains("read_option").then(|| {
        quote! {
            /// Reads a nullable member's value into its slot: `null` is `None`.
            pub(crate) fn read_option<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
                object: &mut A,
                slot: &mut Option<T>,
            ) -> Result<(), A::Error> {
                *slot = object.next_value()?;
                Ok(())
            }
        }
    });
    let write_option = structs().flatten().any(|f| !f.flatten && !f.required).then(|| {
        quote! {
            /// Writes an optional member when it is there.
            pub(crate) fn write_option<M: serde::ser::SerializeMap, T: serde::Serialize>(
                object: &mut M,
                name: &str,
                value: &Option<T>,
            ) -> Result<(), M::Error> {
                match value {
                    Some(value) => object.serialize_entry(name, value),
                    None => Ok(()),
                }
            }
        }
    });
    let skip_value = skips.then(|| {
        quote! {
            /// Reads the value of a member nobody declared, and drops it.
            pub(crate) fn skip_value<'de, A: serde::de::MapAccess<'de>>(object: &mut A) -> Result<(), A::Error> {
                object.next_value::<serde::de::IgnoredAny>()?;
                Ok(())
            }
        }
    });
    // Members beyond the declared ones are kept under their names.
    let read_member = flattens.then(|| {
        quote! {
            /// Reads an undeclared member into the map kept for them.
            pub(crate) fn read_member<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
                object: &mut A,
                members: &mut impl Extend<(String, T)>,
                key: Key<'de>,
            ) -> Result<(), A::Error> {
                members.extend([(key.0.into_owned(), object.next_value()?)]);
                Ok(())
            }
        }
    });
    quote! {
        /// A struct decoded member by member from a JSON object; see `decode_object`.
        pub(crate) trait FromObject: Sized {
            /// The struct's name, for errors.
            const NAME: &'static str;

            fn from_object<'de, A: serde::de::MapAccess<'de>>(object: A) -> Result<Self, A::Error>;
        }

        /// Every struct's `Deserialize`: one generic visitor calls its `FromObject`.
        pub(crate) fn decode_object<'de, T: FromObject, D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<T, D::Error> {
            struct ObjectVisitor<T>(std::marker::PhantomData<T>);

            impl<'de, T: FromObject> serde::de::Visitor<'de> for ObjectVisitor<T> {
                type Value = T;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    write!(f, "struct {}", T::NAME)
                }

                fn visit_map<A: serde::de::MapAccess<'de>>(self, object: A) -> Result<T, A::Error> {
                    T::from_object(object)
                }
            }

            deserializer.deserialize_map(ObjectVisitor(std::marker::PhantomData))
        }

        /// A member name, borrowed from the input when it has no escapes.
        pub(crate) struct Key<'de>(std::borrow::Cow<'de, str>);

        impl Key<'_> {
            pub(crate) fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl<'de> serde::Deserialize<'de> for Key<'de> {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct KeyVisitor;

                impl<'de> serde::de::Visitor<'de> for KeyVisitor {
                    type Value = Key<'de>;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a member name")
                    }

                    fn visit_borrowed_str<E>(self, name: &'de str) -> Result<Key<'de>, E> {
                        Ok(Key(std::borrow::Cow::Borrowed(name)))
                    }

                    fn visit_str<E>(self, name: &str) -> Result<Key<'de>, E> {
                        Ok(Key(std::borrow::Cow::Owned(name.to_owned())))
                    }

                    fn visit_string<E>(self, name: String) -> Result<Key<'de>, E> {
                        Ok(Key(std::borrow::Cow::Owned(name)))
                    }
                }

                deserializer.deserialize_str(KeyVisitor)
            }
        }

        #read_value
        #read_option
        #write_option
        #skip_value
        #read_member
    }
}
