/// A struct decoded member by member from a JSON object; see `decode_object`.
#[cfg(needs = "objects")]
pub(crate) trait FromObject: Sized {
    /// The struct's name, for errors.
    const NAME: &'static str;

    fn from_object<'de, A: serde::de::MapAccess<'de>>(object: A) -> Result<Self, A::Error>;
}

/// Every struct's `Deserialize`: one generic visitor calls its `FromObject`.
#[cfg(needs = "objects")]
pub(crate) fn decode_object<'de, T: FromObject, D: serde::Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
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
#[cfg(needs = "objects")]
pub(crate) struct Key<'de>(std::borrow::Cow<'de, str>);

#[cfg(needs = "objects")]
impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(needs = "objects")]
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

/// Reads a member's value into its slot.
#[cfg(needs = "read_value")]
pub(crate) fn read_value<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
    object: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = Some(object.next_value()?);
    Ok(())
}

/// Reads a nullable member's value into its slot: `null` is `None`.
#[cfg(needs = "read_option")]
pub(crate) fn read_option<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
    object: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    *slot = object.next_value()?;
    Ok(())
}

/// Every struct's `Serialize`: its members written one call each, an error kept
/// (the calls after it write nothing) and returned by `end`. No `?` after each member:
/// a struct of sixty members stays sixty calls for the compiler to check, not sixty
/// branches.
#[cfg(needs = "objects")]
pub(crate) struct ObjectWriter<M: serde::ser::SerializeMap>(Result<M, M::Error>);

#[cfg(needs = "objects")]
impl<M: serde::ser::SerializeMap> ObjectWriter<M> {
    /// Writes into the map a serializer started, or keeps the error it failed with.
    pub(crate) fn new(map: Result<M, M::Error>) -> Self {
        Self(map)
    }

    /// Writes a member.
    #[cfg(any(needs = "write_member", needs = "write_option", needs = "read_member"))]
    pub(crate) fn member<K: serde::Serialize + ?Sized, T: serde::Serialize + ?Sized>(&mut self, name: &K, value: &T) {
        // Not a let chain, which needs Rust 1.88: edition 2024 alone asks for 1.85.
        let written = match &mut self.0 {
            Ok(map) => map.serialize_entry(name, value),
            Err(_) => return,
        };
        if let Err(err) = written {
            self.0 = Err(err);
        }
    }

    /// Writes an optional member when it is there.
    #[cfg(needs = "write_option")]
    pub(crate) fn optional<T: serde::Serialize>(&mut self, name: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.member(name, value);
        }
    }

    /// Writes the undeclared members kept in `members`, whatever type their names have.
    #[cfg(needs = "read_member")]
    pub(crate) fn members<'a, K, T>(&mut self, members: impl IntoIterator<Item = (&'a K, &'a T)>)
    where
        K: serde::Serialize + 'a,
        T: serde::Serialize + 'a,
    {
        for (name, value) in members {
            self.member(name, value);
        }
    }

    /// Ends the object, or returns the first error.
    pub(crate) fn end(self) -> Result<M::Ok, M::Error> {
        self.0?.end()
    }
}

/// Reads the value of a member nobody declared, and drops it.
#[cfg(needs = "skip_value")]
pub(crate) fn skip_value<'de, A: serde::de::MapAccess<'de>>(object: &mut A) -> Result<(), A::Error> {
    object.next_value::<serde::de::IgnoredAny>()?;
    Ok(())
}

/// Reads an undeclared member into the map kept for them.
#[cfg(needs = "read_member")]
pub(crate) fn read_member<'de, A: serde::de::MapAccess<'de>, T: serde::Deserialize<'de>>(
    object: &mut A,
    members: &mut impl Extend<(String, T)>,
    key: Key<'de>,
) -> Result<(), A::Error> {
    members.extend([(key.0.into_owned(), object.next_value()?)]);
    Ok(())
}

#[cfg(test)]
mod objects_tests {
    use super::*;

    /// A struct as `codegen` writes one: required `id`, optional `note`, nullable and
    /// optional `parent` (absent and `null` told apart), undeclared members kept.
    #[derive(Debug, PartialEq)]
    struct Call {
        id: u32,
        note: Option<String>,
        parent: Option<Option<u32>>,
        others: std::collections::BTreeMap<String, serde_json::Value>,
    }

    impl FromObject for Call {
        const NAME: &'static str = "Call";

        fn from_object<'de, A: serde::de::MapAccess<'de>>(mut object: A) -> Result<Self, A::Error> {
            let (mut id, mut note, mut parent, mut others) = (None, None, None, std::collections::BTreeMap::new());
            while let Some(key) = object.next_key::<Key<'de>>()? {
                match key.as_str() {
                    "id" => read_value(&mut object, &mut id),
                    "note" => read_option(&mut object, &mut note),
                    "parent" => read_value(&mut object, &mut parent),
                    _ => read_member(&mut object, &mut others, key),
                }?;
            }
            let id = id.ok_or_else(|| serde::de::Error::missing_field("id"))?;
            Ok(Call { id, note: note.flatten(), parent, others })
        }
    }

    impl<'de> serde::Deserialize<'de> for Call {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    impl serde::Serialize for Call {
        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut object = ObjectWriter::new(serializer.serialize_map(None));
            object.member("id", &self.id);
            object.optional("note", &self.note);
            object.optional("parent", &self.parent);
            object.members(&self.others);
            object.end()
        }
    }

    #[test]
    fn members_are_read_into_their_slots() {
        let call: Call = serde_json::from_str(r#"{"id": 3, "note": null, "parent": null, "x": [1]}"#).unwrap();
        let others = [("x".to_owned(), serde_json::json!([1]))].into();
        assert_eq!(call, Call { id: 3, note: None, parent: Some(None), others });
        let call: Call = serde_json::from_str(r#"{"id": 4, "note": "hi", "p\u0061rent": 7}"#).unwrap();
        assert_eq!((call.note.as_deref(), call.parent), (Some("hi"), Some(Some(7))));
        let written = serde_json::to_value(&call).unwrap();
        assert_eq!(written, serde_json::json!({ "id": 4, "note": "hi", "parent": 7 }));
    }

    #[test]
    fn a_missing_or_mistyped_member_is_an_error_naming_the_struct() {
        let err = serde_json::from_str::<Call>(r#"{"note": "x"}"#).unwrap_err();
        assert_eq!(err.to_string(), "missing field `id` at line 1 column 13");
        let err = serde_json::from_str::<Call>("[1]").unwrap_err();
        assert!(err.to_string().starts_with("invalid type: sequence, expected struct Call"), "{err}");
    }

    #[test]
    fn an_error_while_writing_is_returned_and_nothing_written_after_it() {
        struct Refused;
        impl serde::Serialize for Refused {
            fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
                Err(serde::ser::Error::custom("refused"))
            }
        }
        let mut written = Vec::new();
        let mut serializer = serde_json::Serializer::new(&mut written);
        let mut object = ObjectWriter::new(serde::Serializer::serialize_map(&mut serializer, None));
        object.member("a", &1);
        object.member("b", &Refused);
        object.optional("c", &Some(3));
        assert_eq!(object.end().unwrap_err().to_string(), "refused");
        assert_eq!(String::from_utf8(written).unwrap(), r#"{"a":1,"b":"#);
    }
}
