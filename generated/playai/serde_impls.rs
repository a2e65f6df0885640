use serde::{Deserialize, Serialize};
use super::support;
use super::types::*;

impl Serialize for AgentStatsResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("id", &self.id);
        object.member("numberOfConversations", &self.number_of_conversations);
        object.member("numberOfPhoneConversations", &self.number_of_phone_conversations);
        object.member("numberOfSecondsTalked", &self.number_of_seconds_talked);
        object.end()
    }
}

impl<'de> Deserialize<'de> for AgentStatsResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentStatsResource {
    const NAME: &'static str = "AgentStatsResource";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<AgentId> = None;
        let mut number_of_conversations_field: Option<f64> = None;
        let mut number_of_phone_conversations_field: Option<f64> = None;
        let mut number_of_seconds_talked_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_value(&mut object, &mut id_field),
                "numberOfConversations" => {
                    support::read_value(&mut object, &mut number_of_conversations_field)
                }
                "numberOfPhoneConversations" => {
                    support::read_value(
                        &mut object,
                        &mut number_of_phone_conversations_field,
                    )
                }
                "numberOfSecondsTalked" => {
                    support::read_option(
                        &mut object,
                        &mut number_of_seconds_talked_field,
                    )
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(id_field) = id_field else {
            return Err(serde::de::Error::missing_field("id"))
        };
        let Some(number_of_conversations_field) = number_of_conversations_field else {
            return Err(serde::de::Error::missing_field("numberOfConversations"))
        };
        let Some(number_of_phone_conversations_field) = number_of_phone_conversations_field
        else {
            return Err(serde::de::Error::missing_field("numberOfPhoneConversations"))
        };
        Ok(Self {
            id: id_field,
            number_of_conversations: number_of_conversations_field,
            number_of_phone_conversations: number_of_phone_conversations_field,
            number_of_seconds_talked: number_of_seconds_talked_field,
        })
    }
}

impl Serialize for ConversationResource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("source", &self.source);
        object.optional("callerEmail", &self.caller_email);
        object.optional("startedAt", &self.started_at);
        object.optional("endedAt", &self.ended_at);
        object.optional("durationInSeconds", &self.duration_in_seconds);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ConversationResource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationResource {
    const NAME: &'static str = "ConversationResource";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<String> = None;
        let mut source_field: Option<String> = None;
        let mut caller_email_field: Option<String> = None;
        let mut started_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut ended_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut duration_in_seconds_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "source" => support::read_option(&mut object, &mut source_field),
                "callerEmail" => {
                    support::read_option(&mut object, &mut caller_email_field)
                }
                "startedAt" => support::read_option(&mut object, &mut started_at_field),
                "endedAt" => support::read_option(&mut object, &mut ended_at_field),
                "durationInSeconds" => {
                    support::read_option(&mut object, &mut duration_in_seconds_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            source: source_field,
            caller_email: caller_email_field,
            started_at: started_at_field,
            ended_at: ended_at_field,
            duration_in_seconds: duration_in_seconds_field,
        })
    }
}
