//! The data types of the API's requests and responses.

use std::fmt;
use serde::{Deserialize, Serialize};
use super::support;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct BadRequestError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<RequestError>>,
}

impl<'de> Deserialize<'de> for BadRequestError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for BadRequestError {
    const NAME: &'static str = "BadRequestError";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut description_field: Option<String> = None;
        let mut errors_field: Option<Vec<RequestError>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "errors" => support::read_option(&mut object, &mut errors_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            description: description_field,
            errors: errors_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RequestError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl<'de> Deserialize<'de> for RequestError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for RequestError {
    const NAME: &'static str = "RequestError";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut field_field: Option<String> = None;
        let mut message_field: Option<String> = None;
        let mut code_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "field" => support::read_option(&mut object, &mut field_field),
                "message" => support::read_option(&mut object, &mut message_field),
                "code" => support::read_option(&mut object, &mut code_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            field: field_field,
            message: message_field,
            code: code_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GenericId {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
}

impl<'de> Deserialize<'de> for GenericId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for GenericId {
    const NAME: &'static str = "GenericId";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { id: id_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CannedResponse {
    /// ID of the canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Account Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// Short Code for quick access of the canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_code: Option<String>,
    /// Message content for canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The date and time when the canned response was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The date and time when the canned response was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for CannedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CannedResponse {
    const NAME: &'static str = "CannedResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut account_id_field: Option<i64> = None;
        let mut short_code_field: Option<String> = None;
        let mut content_field: Option<String> = None;
        let mut created_at_field: Option<String> = None;
        let mut updated_at_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "short_code" => support::read_option(&mut object, &mut short_code_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            account_id: account_id_field,
            short_code: short_code_field,
            content: content_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomAttribute {
    /// Identifier
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Attribute display name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_display_name: Option<String>,
    /// Attribute display type (text, number, currency, percent, link, date, list, checkbox)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_display_type: Option<String>,
    /// Attribute description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_description: Option<String>,
    /// Attribute unique key value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    /// Regex pattern
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regex_pattern: Option<String>,
    /// Regex cue
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regex_cue: Option<String>,
    /// Attribute values
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_values: Option<String>,
    /// Attribute type(conversation_attribute/contact_attribute)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_model: Option<String>,
    /// Attribute default value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// The date and time when the custom attribute was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The date and time when the custom attribute was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

impl<'de> Deserialize<'de> for CustomAttribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CustomAttribute {
    const NAME: &'static str = "CustomAttribute";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut attribute_display_name_field: Option<String> = None;
        let mut attribute_display_type_field: Option<String> = None;
        let mut attribute_description_field: Option<String> = None;
        let mut attribute_key_field: Option<String> = None;
        let mut regex_pattern_field: Option<String> = None;
        let mut regex_cue_field: Option<String> = None;
        let mut attribute_values_field: Option<String> = None;
        let mut attribute_model_field: Option<String> = None;
        let mut default_value_field: Option<String> = None;
        let mut created_at_field: Option<String> = None;
        let mut updated_at_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "attribute_display_name" => {
                    support::read_option(&mut object, &mut attribute_display_name_field)
                }
                "attribute_display_type" => {
                    support::read_option(&mut object, &mut attribute_display_type_field)
                }
                "attribute_description" => {
                    support::read_option(&mut object, &mut attribute_description_field)
                }
                "attribute_key" => {
                    support::read_option(&mut object, &mut attribute_key_field)
                }
                "regex_pattern" => {
                    support::read_option(&mut object, &mut regex_pattern_field)
                }
                "regex_cue" => support::read_option(&mut object, &mut regex_cue_field),
                "attribute_values" => {
                    support::read_option(&mut object, &mut attribute_values_field)
                }
                "attribute_model" => {
                    support::read_option(&mut object, &mut attribute_model_field)
                }
                "default_value" => {
                    support::read_option(&mut object, &mut default_value_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            attribute_display_name: attribute_display_name_field,
            attribute_display_type: attribute_display_type_field,
            attribute_description: attribute_description_field,
            attribute_key: attribute_key_field,
            regex_pattern: regex_pattern_field,
            regex_cue: regex_cue_field,
            attribute_values: attribute_values_field,
            attribute_model: attribute_model_field,
            default_value: default_value_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
        })
    }
}

/// Response payload that contains automation rule(s)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AutomationRulePayload {
    AutomationRuleItemList(Vec<AutomationRuleItem>),
    AutomationRuleItem(Box<AutomationRuleItem>),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutomationRule {
    /// Response payload that contains automation rule(s)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<AutomationRulePayload>,
}

impl<'de> Deserialize<'de> for AutomationRule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AutomationRule {
    const NAME: &'static str = "AutomationRule";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<AutomationRulePayload> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

/// Automation Rule event, on which we call the actions(conversation_created, conversation_updated, message_created)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AutomationRuleItemEventName {
    /// `conversation_created`
    ConversationCreated,
    /// `conversation_updated`
    ConversationUpdated,
    /// `message_created`
    MessageCreated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AutomationRuleItemEventName {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConversationCreated => "conversation_created",
            Self::ConversationUpdated => "conversation_updated",
            Self::MessageCreated => "message_created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AutomationRuleItemEventName {
    fn from(value: String) -> Self {
        match value.as_str() {
            "conversation_created" => Self::ConversationCreated,
            "conversation_updated" => Self::ConversationUpdated,
            "message_created" => Self::MessageCreated,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for AutomationRuleItemEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AutomationRuleItemEventName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AutomationRuleItemEventName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutomationRuleItemConditionsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_operator: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_operator: Option<String>,
}

impl<'de> Deserialize<'de> for AutomationRuleItemConditionsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AutomationRuleItemConditionsItem {
    const NAME: &'static str = "AutomationRuleItemConditionsItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut values_field: Option<Vec<String>> = None;
        let mut attribute_key_field: Option<String> = None;
        let mut query_operator_field: Option<String> = None;
        let mut filter_operator_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "values" => support::read_option(&mut object, &mut values_field),
                "attribute_key" => {
                    support::read_option(&mut object, &mut attribute_key_field)
                }
                "query_operator" => {
                    support::read_option(&mut object, &mut query_operator_field)
                }
                "filter_operator" => {
                    support::read_option(&mut object, &mut filter_operator_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            values: values_field,
            attribute_key: attribute_key_field,
            query_operator: query_operator_field,
            filter_operator: filter_operator_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutomationRuleItemActionsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_params: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for AutomationRuleItemActionsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AutomationRuleItemActionsItem {
    const NAME: &'static str = "AutomationRuleItemActionsItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut action_name_field: Option<String> = None;
        let mut action_params_field: Option<Vec<String>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "action_name" => {
                    support::read_option(&mut object, &mut action_name_field)
                }
                "action_params" => {
                    support::read_option(&mut object, &mut action_params_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            action_name: action_name_field,
            action_params: action_params_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutomationRuleItem {
    /// The ID of the automation rule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Account Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// The name of the rule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Description to give more context about the rule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Automation Rule event, on which we call the actions(conversation_created, conversation_updated, message_created)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_name: Option<AutomationRuleItemEventName>,
    /// Array of conditions on which conversation/message filter would work
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<AutomationRuleItemConditionsItem>>,
    /// Array of actions which we perform when condition matches
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<AutomationRuleItemActionsItem>>,
    /// The timestamp when the rule was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_on: Option<i64>,
    /// Enable/disable automation rule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

impl<'de> Deserialize<'de> for AutomationRuleItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AutomationRuleItem {
    const NAME: &'static str = "AutomationRuleItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut account_id_field: Option<i64> = None;
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut event_name_field: Option<AutomationRuleItemEventName> = None;
        let mut conditions_field: Option<Vec<AutomationRuleItemConditionsItem>> = None;
        let mut actions_field: Option<Vec<AutomationRuleItemActionsItem>> = None;
        let mut created_on_field: Option<i64> = None;
        let mut active_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "event_name" => support::read_option(&mut object, &mut event_name_field),
                "conditions" => support::read_option(&mut object, &mut conditions_field),
                "actions" => support::read_option(&mut object, &mut actions_field),
                "created_on" => support::read_option(&mut object, &mut created_on_field),
                "active" => support::read_option(&mut object, &mut active_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            account_id: account_id_field,
            name: name_field,
            description: description_field,
            event_name: event_name_field,
            conditions: conditions_field,
            actions: actions_field,
            created_on: created_on_field,
            active: active_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Portal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<PortalItem>>,
}

impl<'de> Deserialize<'de> for Portal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Portal {
    const NAME: &'static str = "Portal";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<PortalItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalSingle {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<PortalItem>,
}

impl<'de> Deserialize<'de> for PortalSingle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalSingle {
    const NAME: &'static str = "PortalSingle";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<PortalItem> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalConfigAllowedLocalesItem {
    /// The language code
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Number of articles in this locale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub articles_count: Option<i64>,
    /// Number of categories in this locale
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories_count: Option<i64>,
}

impl<'de> Deserialize<'de> for PortalConfigAllowedLocalesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalConfigAllowedLocalesItem {
    const NAME: &'static str = "PortalConfigAllowedLocalesItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut code_field: Option<String> = None;
        let mut articles_count_field: Option<i64> = None;
        let mut categories_count_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "code" => support::read_option(&mut object, &mut code_field),
                "articles_count" => {
                    support::read_option(&mut object, &mut articles_count_field)
                }
                "categories_count" => {
                    support::read_option(&mut object, &mut categories_count_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            code: code_field,
            articles_count: articles_count_field,
            categories_count: categories_count_field,
        })
    }
}

/// Configuration settings for the portal
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalConfig {
    /// List of allowed locales for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_locales: Option<Vec<PortalConfigAllowedLocalesItem>>,
}

impl<'de> Deserialize<'de> for PortalConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalConfig {
    const NAME: &'static str = "PortalConfig";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut allowed_locales_field: Option<Vec<PortalConfigAllowedLocalesItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "allowed_locales" => {
                    support::read_option(&mut object, &mut allowed_locales_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            allowed_locales: allowed_locales_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalLogo {
    /// ID of the logo file
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// ID of the portal this logo belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_id: Option<i64>,
    /// MIME type of the file
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// ID of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// URL to access the logo file
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    /// ID of the blob
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_id: Option<i64>,
    /// Name of the file
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
}

impl<'de> Deserialize<'de> for PortalLogo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalLogo {
    const NAME: &'static str = "PortalLogo";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut portal_id_field: Option<i64> = None;
        let mut file_type_field: Option<String> = None;
        let mut account_id_field: Option<i64> = None;
        let mut file_url_field: Option<String> = None;
        let mut blob_id_field: Option<i64> = None;
        let mut filename_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "portal_id" => support::read_option(&mut object, &mut portal_id_field),
                "file_type" => support::read_option(&mut object, &mut file_type_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "file_url" => support::read_option(&mut object, &mut file_url_field),
                "blob_id" => support::read_option(&mut object, &mut blob_id_field),
                "filename" => support::read_option(&mut object, &mut filename_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            portal_id: portal_id_field,
            file_type: file_type_field,
            account_id: account_id_field,
            file_url: file_url_field,
            blob_id: blob_id_field,
            filename: filename_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalMeta {
    /// Total number of articles
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_articles_count: Option<i64>,
    /// Number of archived articles
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived_articles_count: Option<i64>,
    /// Number of published articles
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_count: Option<i64>,
    /// Number of draft articles
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_articles_count: Option<i64>,
    /// Number of categories
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories_count: Option<i64>,
    /// Default locale for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_locale: Option<String>,
}

impl<'de> Deserialize<'de> for PortalMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalMeta {
    const NAME: &'static str = "PortalMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut all_articles_count_field: Option<i64> = None;
        let mut archived_articles_count_field: Option<i64> = None;
        let mut published_count_field: Option<i64> = None;
        let mut draft_articles_count_field: Option<i64> = None;
        let mut categories_count_field: Option<i64> = None;
        let mut default_locale_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "all_articles_count" => {
                    support::read_option(&mut object, &mut all_articles_count_field)
                }
                "archived_articles_count" => {
                    support::read_option(&mut object, &mut archived_articles_count_field)
                }
                "published_count" => {
                    support::read_option(&mut object, &mut published_count_field)
                }
                "draft_articles_count" => {
                    support::read_option(&mut object, &mut draft_articles_count_field)
                }
                "categories_count" => {
                    support::read_option(&mut object, &mut categories_count_field)
                }
                "default_locale" => {
                    support::read_option(&mut object, &mut default_locale_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            all_articles_count: all_articles_count_field,
            archived_articles_count: archived_articles_count_field,
            published_count: published_count_field,
            draft_articles_count: draft_articles_count_field,
            categories_count: categories_count_field,
            default_locale: default_locale_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalItem {
    /// The ID of the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Whether the portal is archived
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// The color code for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<PortalConfig>,
    /// Custom domain for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    /// The header text for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_text: Option<String>,
    /// Homepage link for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage_link: Option<String>,
    /// Name of the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// URL slug for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Page title for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_title: Option<String>,
    /// ID of the account the portal belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<Inbox>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<PortalLogo>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<PortalMeta>,
}

impl<'de> Deserialize<'de> for PortalItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalItem {
    const NAME: &'static str = "PortalItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut archived_field: Option<bool> = None;
        let mut color_field: Option<String> = None;
        let mut config_field: Option<PortalConfig> = None;
        let mut custom_domain_field: Option<String> = None;
        let mut header_text_field: Option<String> = None;
        let mut homepage_link_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut slug_field: Option<String> = None;
        let mut page_title_field: Option<String> = None;
        let mut account_id_field: Option<i64> = None;
        let mut inbox_field: Option<Inbox> = None;
        let mut logo_field: Option<PortalLogo> = None;
        let mut meta_field: Option<PortalMeta> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "archived" => support::read_option(&mut object, &mut archived_field),
                "color" => support::read_option(&mut object, &mut color_field),
                "config" => support::read_option(&mut object, &mut config_field),
                "custom_domain" => {
                    support::read_option(&mut object, &mut custom_domain_field)
                }
                "header_text" => {
                    support::read_option(&mut object, &mut header_text_field)
                }
                "homepage_link" => {
                    support::read_option(&mut object, &mut homepage_link_field)
                }
                "name" => support::read_option(&mut object, &mut name_field),
                "slug" => support::read_option(&mut object, &mut slug_field),
                "page_title" => support::read_option(&mut object, &mut page_title_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "inbox" => support::read_option(&mut object, &mut inbox_field),
                "logo" => support::read_option(&mut object, &mut logo_field),
                "meta" => support::read_option(&mut object, &mut meta_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            archived: archived_field,
            color: color_field,
            config: config_field,
            custom_domain: custom_domain_field,
            header_text: header_text_field,
            homepage_link: homepage_link_field,
            name: name_field,
            slug: slug_field,
            page_title: page_title_field,
            account_id: account_id_field,
            inbox: inbox_field,
            logo: logo_field,
            meta: meta_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Category {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// To associate similar categories to each other, e.g same category of product documentation in different languages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_category_id: Option<i64>,
    /// To define parent category, e.g product documentation has multiple level features in sales category or in engineering category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_category_id: Option<i64>,
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Category {
    const NAME: &'static str = "Category";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut description_field: Option<String> = None;
        let mut locale_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut slug_field: Option<String> = None;
        let mut position_field: Option<i64> = None;
        let mut portal_id_field: Option<i64> = None;
        let mut account_id_field: Option<i64> = None;
        let mut associated_category_id_field: Option<i64> = None;
        let mut parent_category_id_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "locale" => support::read_option(&mut object, &mut locale_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "slug" => support::read_option(&mut object, &mut slug_field),
                "position" => support::read_option(&mut object, &mut position_field),
                "portal_id" => support::read_option(&mut object, &mut portal_id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "associated_category_id" => {
                    support::read_option(&mut object, &mut associated_category_id_field)
                }
                "parent_category_id" => {
                    support::read_option(&mut object, &mut parent_category_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            description: description_field,
            locale: locale_field,
            name: name_field,
            slug: slug_field,
            position: position_field,
            portal_id: portal_id_field,
            account_id: account_id_field,
            associated_category_id: associated_category_id_field,
            parent_category_id: parent_category_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ArticleStatus {
    /// `draft`
    Draft,
    /// `published`
    Published,
    /// `archived`
    Archived,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ArticleStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Archived => "archived",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ArticleStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "published" => Self::Published,
            "archived" => Self::Archived,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ArticleStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ArticleStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ArticleStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Article {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ArticleStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub views: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub folder_id: Option<i64>,
    /// To associate similar articles to each other, e.g to provide the link for the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_article_id: Option<i64>,
}

impl<'de> Deserialize<'de> for Article {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Article {
    const NAME: &'static str = "Article";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut content_field: Option<String> = None;
        let mut meta_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut position_field: Option<i64> = None;
        let mut status_field: Option<ArticleStatus> = None;
        let mut title_field: Option<String> = None;
        let mut slug_field: Option<String> = None;
        let mut views_field: Option<i64> = None;
        let mut portal_id_field: Option<i64> = None;
        let mut account_id_field: Option<i64> = None;
        let mut author_id_field: Option<i64> = None;
        let mut category_id_field: Option<i64> = None;
        let mut folder_id_field: Option<i64> = None;
        let mut associated_article_id_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "meta" => support::read_option(&mut object, &mut meta_field),
                "position" => support::read_option(&mut object, &mut position_field),
                "status" => support::read_option(&mut object, &mut status_field),
                "title" => support::read_option(&mut object, &mut title_field),
                "slug" => support::read_option(&mut object, &mut slug_field),
                "views" => support::read_option(&mut object, &mut views_field),
                "portal_id" => support::read_option(&mut object, &mut portal_id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "author_id" => support::read_option(&mut object, &mut author_id_field),
                "category_id" => {
                    support::read_option(&mut object, &mut category_id_field)
                }
                "folder_id" => support::read_option(&mut object, &mut folder_id_field),
                "associated_article_id" => {
                    support::read_option(&mut object, &mut associated_article_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            content: content_field,
            meta: meta_field,
            position: position_field,
            status: status_field,
            title: title_field,
            slug: slug_field,
            views: views_field,
            portal_id: portal_id_field,
            account_id: account_id_field,
            author_id: author_id_field,
            category_id: category_id_field,
            folder_id: folder_id_field,
            associated_article_id: associated_article_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactPayloadItem {
    /// The object containing additional attributes related to the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The availability status of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<String>,
    /// The email address of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The ID of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The phone number of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether the contact is blocked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// The identifier of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The thumbnail of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// The custom attributes of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<i64>,
    /// The created at of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_inboxes: Option<Vec<ContactInboxes>>,
}

impl<'de> Deserialize<'de> for ContactPayloadItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactPayloadItem {
    const NAME: &'static str = "ContactPayloadItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut availability_status_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut id_field: Option<i64> = None;
        let mut name_field: Option<String> = None;
        let mut phone_number_field: Option<String> = None;
        let mut blocked_field: Option<bool> = None;
        let mut identifier_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut last_activity_at_field: Option<i64> = None;
        let mut created_at_field: Option<i64> = None;
        let mut contact_inboxes_field: Option<Vec<ContactInboxes>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "blocked" => support::read_option(&mut object, &mut blocked_field),
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "contact_inboxes" => {
                    support::read_option(&mut object, &mut contact_inboxes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            additional_attributes: additional_attributes_field,
            availability_status: availability_status_field,
            email: email_field,
            id: id_field,
            name: name_field,
            phone_number: phone_number_field,
            blocked: blocked_field,
            identifier: identifier_field,
            thumbnail: thumbnail_field,
            custom_attributes: custom_attributes_field,
            last_activity_at: last_activity_at_field,
            created_at: created_at_field,
            contact_inboxes: contact_inboxes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactPayloadItem>>,
}

impl<'de> Deserialize<'de> for Contact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Contact {
    const NAME: &'static str = "Contact";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<ContactPayloadItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

/// The status of the conversation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationStatus {
    /// `open`
    Open,
    /// `resolved`
    Resolved,
    /// `pending`
    Pending,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Resolved => "resolved",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "resolved" => Self::Resolved,
            "pending" => Self::Pending,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Conversation {
    /// ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Message>>,
    /// Account Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// UUID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The object containing additional attributes related to the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_last_seen_at: Option<f64>,
    /// The last activity at of the assignee
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_last_seen_at: Option<f64>,
    /// Whether the conversation can be replied to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_reply: Option<bool>,
    /// The last activity at of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_last_seen_at: Option<f64>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
    /// The labels of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Whether the conversation is muted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub muted: Option<bool>,
    /// The time at which the conversation will be unmuted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<f64>,
    /// The status of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ConversationStatus>,
    /// The time at which conversation was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<f64>,
    /// The time at which conversation was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<f64>,
    /// The time at which conversation was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// The time at which the first reply was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reply_created_at: Option<f64>,
    /// The number of unread messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unread_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_non_activity_message: Option<Message>,
    /// The last activity at of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<f64>,
    /// The priority of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// The time at which the conversation was waiting
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting_since: Option<f64>,
    /// The ID of the SLA policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_policy_id: Option<f64>,
    /// The applied SLA
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_sla: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_events: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

impl<'de> Deserialize<'de> for Conversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Conversation {
    const NAME: &'static str = "Conversation";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut messages_field: Option<Vec<Message>> = None;
        let mut account_id_field: Option<f64> = None;
        let mut uuid_field: Option<String> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut agent_last_seen_at_field: Option<f64> = None;
        let mut assignee_last_seen_at_field: Option<f64> = None;
        let mut can_reply_field: Option<bool> = None;
        let mut contact_last_seen_at_field: Option<f64> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut inbox_id_field: Option<f64> = None;
        let mut labels_field: Option<Vec<String>> = None;
        let mut muted_field: Option<bool> = None;
        let mut snoozed_until_field: Option<f64> = None;
        let mut status_field: Option<ConversationStatus> = None;
        let mut created_at_field: Option<f64> = None;
        let mut updated_at_field: Option<f64> = None;
        let mut timestamp_field: Option<String> = None;
        let mut first_reply_created_at_field: Option<f64> = None;
        let mut unread_count_field: Option<f64> = None;
        let mut last_non_activity_message_field: Option<Message> = None;
        let mut last_activity_at_field: Option<f64> = None;
        let mut priority_field: Option<String> = None;
        let mut waiting_since_field: Option<f64> = None;
        let mut sla_policy_id_field: Option<f64> = None;
        let mut applied_sla_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut sla_events_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "messages" => support::read_option(&mut object, &mut messages_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "uuid" => support::read_option(&mut object, &mut uuid_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "agent_last_seen_at" => {
                    support::read_option(&mut object, &mut agent_last_seen_at_field)
                }
                "assignee_last_seen_at" => {
                    support::read_option(&mut object, &mut assignee_last_seen_at_field)
                }
                "can_reply" => support::read_option(&mut object, &mut can_reply_field),
                "contact_last_seen_at" => {
                    support::read_option(&mut object, &mut contact_last_seen_at_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "labels" => support::read_option(&mut object, &mut labels_field),
                "muted" => support::read_option(&mut object, &mut muted_field),
                "snoozed_until" => {
                    support::read_option(&mut object, &mut snoozed_until_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                "timestamp" => support::read_option(&mut object, &mut timestamp_field),
                "first_reply_created_at" => {
                    support::read_option(&mut object, &mut first_reply_created_at_field)
                }
                "unread_count" => {
                    support::read_option(&mut object, &mut unread_count_field)
                }
                "last_non_activity_message" => {
                    support::read_option(
                        &mut object,
                        &mut last_non_activity_message_field,
                    )
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "priority" => support::read_option(&mut object, &mut priority_field),
                "waiting_since" => {
                    support::read_option(&mut object, &mut waiting_since_field)
                }
                "sla_policy_id" => {
                    support::read_option(&mut object, &mut sla_policy_id_field)
                }
                "applied_sla" => {
                    support::read_option(&mut object, &mut applied_sla_field)
                }
                "sla_events" => support::read_option(&mut object, &mut sla_events_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            messages: messages_field,
            account_id: account_id_field,
            uuid: uuid_field,
            additional_attributes: additional_attributes_field,
            agent_last_seen_at: agent_last_seen_at_field,
            assignee_last_seen_at: assignee_last_seen_at_field,
            can_reply: can_reply_field,
            contact_last_seen_at: contact_last_seen_at_field,
            custom_attributes: custom_attributes_field,
            inbox_id: inbox_id_field,
            labels: labels_field,
            muted: muted_field,
            snoozed_until: snoozed_until_field,
            status: status_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
            timestamp: timestamp_field,
            first_reply_created_at: first_reply_created_at_field,
            unread_count: unread_count_field,
            last_non_activity_message: last_non_activity_message_field,
            last_activity_at: last_activity_at_field,
            priority: priority_field,
            waiting_since: waiting_since_field,
            sla_policy_id: sla_policy_id_field,
            applied_sla: applied_sla_field,
            sla_events: sla_events_field,
        })
    }
}

/// The type of the message
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageMessageType {
    /// `0`
    V0,
    /// `1`
    V1,
    /// `2`
    V2,
    /// A value the spec does not list, as the server sent it.
    Unknown(i64),
}

impl MessageMessageType {
    /// The value as it appears on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::V0 => 0,
            Self::V1 => 1,
            Self::V2 => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for MessageMessageType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::V0,
            1 => Self::V1,
            2 => Self::V2,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for MessageMessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for MessageMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for MessageMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// The status of the message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageStatus {
    /// `sent`
    Sent,
    /// `delivered`
    Delivered,
    /// `read`
    Read,
    /// `failed`
    Failed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MessageStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sent => "sent",
            Self::Delivered => "delivered",
            Self::Read => "read",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MessageStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "sent" => Self::Sent,
            "delivered" => Self::Delivered,
            "read" => Self::Read,
            "failed" => Self::Failed,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for MessageStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MessageStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MessageStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The type of the template message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageContentType {
    /// `text`
    Text,
    /// `input_select`
    InputSelect,
    /// `cards`
    Cards,
    /// `form`
    Form,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MessageContentType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::InputSelect => "input_select",
            Self::Cards => "cards",
            Self::Form => "form",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MessageContentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "text" => Self::Text,
            "input_select" => Self::InputSelect,
            "cards" => Self::Cards,
            "form" => Self::Form,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for MessageContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MessageContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MessageContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The type of the sender
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageSenderType {
    /// `contact`
    Contact,
    /// `agent`
    Agent,
    /// `agent_bot`
    AgentBot,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MessageSenderType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contact => "contact",
            Self::Agent => "agent",
            Self::AgentBot => "agent_bot",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MessageSenderType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "contact" => Self::Contact,
            "agent" => Self::Agent,
            "agent_bot" => Self::AgentBot,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for MessageSenderType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MessageSenderType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MessageSenderType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Message {
    /// The ID of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The text content of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The ID of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// The ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
    /// The ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
    /// The type of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<MessageMessageType>,
    /// The time at which message was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// The time at which message was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// The flags which shows whether the message is private or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// The status of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageStatus>,
    /// The source ID of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The type of the template message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<MessageContentType>,
    /// The content attributes for each content_type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The type of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_type: Option<MessageSenderType>,
    /// The ID of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_id: Option<f64>,
    /// The external source IDs of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_source_ids: Option<serde_json::Map<String, serde_json::Value>>,
    /// The additional attributes of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The processed message content
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processed_message_content: Option<String>,
    /// The sentiment of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<serde_json::Map<String, serde_json::Value>>,
    /// The conversation object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<serde_json::Map<String, serde_json::Value>>,
    /// The file object attached to the image
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachment: Option<serde_json::Map<String, serde_json::Value>>,
    /// User/Agent/AgentBot object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Message {
    const NAME: &'static str = "Message";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut content_field: Option<String> = None;
        let mut account_id_field: Option<f64> = None;
        let mut inbox_id_field: Option<f64> = None;
        let mut conversation_id_field: Option<f64> = None;
        let mut message_type_field: Option<MessageMessageType> = None;
        let mut created_at_field: Option<i64> = None;
        let mut updated_at_field: Option<i64> = None;
        let mut private_field: Option<bool> = None;
        let mut status_field: Option<MessageStatus> = None;
        let mut source_id_field: Option<String> = None;
        let mut content_type_field: Option<MessageContentType> = None;
        let mut content_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut sender_type_field: Option<MessageSenderType> = None;
        let mut sender_id_field: Option<f64> = None;
        let mut external_source_ids_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut processed_message_content_field: Option<String> = None;
        let mut sentiment_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut conversation_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut attachment_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut sender_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                "message_type" => {
                    support::read_option(&mut object, &mut message_type_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                "private" => support::read_option(&mut object, &mut private_field),
                "status" => support::read_option(&mut object, &mut status_field),
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "content_type" => {
                    support::read_option(&mut object, &mut content_type_field)
                }
                "content_attributes" => {
                    support::read_option(&mut object, &mut content_attributes_field)
                }
                "sender_type" => {
                    support::read_option(&mut object, &mut sender_type_field)
                }
                "sender_id" => support::read_option(&mut object, &mut sender_id_field),
                "external_source_ids" => {
                    support::read_option(&mut object, &mut external_source_ids_field)
                }
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "processed_message_content" => {
                    support::read_option(
                        &mut object,
                        &mut processed_message_content_field,
                    )
                }
                "sentiment" => support::read_option(&mut object, &mut sentiment_field),
                "conversation" => {
                    support::read_option(&mut object, &mut conversation_field)
                }
                "attachment" => support::read_option(&mut object, &mut attachment_field),
                "sender" => support::read_option(&mut object, &mut sender_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            content: content_field,
            account_id: account_id_field,
            inbox_id: inbox_id_field,
            conversation_id: conversation_id_field,
            message_type: message_type_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
            private: private_field,
            status: status_field,
            source_id: source_id_field,
            content_type: content_type_field,
            content_attributes: content_attributes_field,
            sender_type: sender_type_field,
            sender_id: sender_id_field,
            external_source_ids: external_source_ids_field,
            additional_attributes: additional_attributes_field,
            processed_message_content: processed_message_content_field,
            sentiment: sentiment_field,
            conversation: conversation_field,
            attachment: attachment_field,
            sender: sender_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRole {
    /// `agent`
    Agent,
    /// `administrator`
    Administrator,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UserRole {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::Administrator => "administrator",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UserRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "agent" => Self::Agent,
            "administrator" => Self::Administrator,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for UserRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UserRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UserRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserAccountsItemRole {
    /// `administrator`
    Administrator,
    /// `agent`
    Agent,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UserAccountsItemRole {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Administrator => "administrator",
            Self::Agent => "agent",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UserAccountsItemRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "administrator" => Self::Administrator,
            "agent" => Self::Agent,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for UserAccountsItemRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UserAccountsItemRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UserAccountsItemRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UserAccountsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<UserAccountsItemRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_offline: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_role_id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_role: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for UserAccountsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for UserAccountsItem {
    const NAME: &'static str = "UserAccountsItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut status_field: Option<String> = None;
        let mut active_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut role_field: Option<UserAccountsItemRole> = None;
        let mut permissions_field: Option<Vec<String>> = None;
        let mut availability_field: Option<String> = None;
        let mut availability_status_field: Option<String> = None;
        let mut auto_offline_field: Option<bool> = None;
        let mut custom_role_id_field: Option<f64> = None;
        let mut custom_role_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "status" => support::read_option(&mut object, &mut status_field),
                "active_at" => support::read_option(&mut object, &mut active_at_field),
                "role" => support::read_option(&mut object, &mut role_field),
                "permissions" => {
                    support::read_option(&mut object, &mut permissions_field)
                }
                "availability" => {
                    support::read_option(&mut object, &mut availability_field)
                }
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "auto_offline" => {
                    support::read_option(&mut object, &mut auto_offline_field)
                }
                "custom_role_id" => {
                    support::read_option(&mut object, &mut custom_role_id_field)
                }
                "custom_role" => {
                    support::read_option(&mut object, &mut custom_role_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            status: status_field,
            active_at: active_at_field,
            role: role_field,
            permissions: permissions_field,
            availability: availability_field,
            availability_status: availability_status_field,
            auto_offline: auto_offline_field,
            custom_role_id: custom_role_id_field,
            custom_role: custom_role_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct User {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_signature: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hmac_identifier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inviter_id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pubsub_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<UserRole>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ui_settings: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Available for users who are created through platform APIs and has custom attributes associated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<UserAccountsItem>>,
}

impl<'de> Deserialize<'de> for User {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for User {
    const NAME: &'static str = "User";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut access_token_field: Option<String> = None;
        let mut account_id_field: Option<f64> = None;
        let mut available_name_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut confirmed_field: Option<bool> = None;
        let mut display_name_field: Option<String> = None;
        let mut message_signature_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut hmac_identifier_field: Option<String> = None;
        let mut inviter_id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut provider_field: Option<String> = None;
        let mut pubsub_token_field: Option<String> = None;
        let mut role_field: Option<UserRole> = None;
        let mut ui_settings_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut uid_field: Option<String> = None;
        let mut type_field: Option<String> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut accounts_field: Option<Vec<UserAccountsItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "access_token" => {
                    support::read_option(&mut object, &mut access_token_field)
                }
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "available_name" => {
                    support::read_option(&mut object, &mut available_name_field)
                }
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "confirmed" => support::read_option(&mut object, &mut confirmed_field),
                "display_name" => {
                    support::read_option(&mut object, &mut display_name_field)
                }
                "message_signature" => {
                    support::read_option(&mut object, &mut message_signature_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "hmac_identifier" => {
                    support::read_option(&mut object, &mut hmac_identifier_field)
                }
                "inviter_id" => support::read_option(&mut object, &mut inviter_id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "provider" => support::read_option(&mut object, &mut provider_field),
                "pubsub_token" => {
                    support::read_option(&mut object, &mut pubsub_token_field)
                }
                "role" => support::read_option(&mut object, &mut role_field),
                "ui_settings" => {
                    support::read_option(&mut object, &mut ui_settings_field)
                }
                "uid" => support::read_option(&mut object, &mut uid_field),
                "type" => support::read_option(&mut object, &mut type_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "accounts" => support::read_option(&mut object, &mut accounts_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            access_token: access_token_field,
            account_id: account_id_field,
            available_name: available_name_field,
            avatar_url: avatar_url_field,
            confirmed: confirmed_field,
            display_name: display_name_field,
            message_signature: message_signature_field,
            email: email_field,
            hmac_identifier: hmac_identifier_field,
            inviter_id: inviter_id_field,
            name: name_field,
            provider: provider_field,
            pubsub_token: pubsub_token_field,
            role: role_field,
            ui_settings: ui_settings_field,
            uid: uid_field,
            r#type: type_field,
            custom_attributes: custom_attributes_field,
            accounts: accounts_field,
        })
    }
}

/// The availability status of the agent computed by Chatwoot.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AgentAvailabilityStatus {
    /// `available`
    Available,
    /// `busy`
    Busy,
    /// `offline`
    Offline,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AgentAvailabilityStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Busy => "busy",
            Self::Offline => "offline",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AgentAvailabilityStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "available" => Self::Available,
            "busy" => Self::Busy,
            "offline" => Self::Offline,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for AgentAvailabilityStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AgentAvailabilityStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AgentAvailabilityStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The role of the agent
pub type AgentRole = UserRole;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Agent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// The availability status of the agent computed by Chatwoot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<AgentAvailabilityStatus>,
    /// Whether the availability status of agent is configured to go offline automatically when away.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_offline: Option<bool>,
    /// Whether the agent has confirmed their email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<bool>,
    /// The email of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The available name of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_name: Option<String>,
    /// The name of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The role of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<AgentRole>,
    /// The thumbnail of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// The custom role id of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_role_id: Option<i64>,
}

impl<'de> Deserialize<'de> for Agent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Agent {
    const NAME: &'static str = "Agent";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut account_id_field: Option<i64> = None;
        let mut availability_status_field: Option<AgentAvailabilityStatus> = None;
        let mut auto_offline_field: Option<bool> = None;
        let mut confirmed_field: Option<bool> = None;
        let mut email_field: Option<String> = None;
        let mut available_name_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut role_field: Option<AgentRole> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut custom_role_id_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "auto_offline" => {
                    support::read_option(&mut object, &mut auto_offline_field)
                }
                "confirmed" => support::read_option(&mut object, &mut confirmed_field),
                "email" => support::read_option(&mut object, &mut email_field),
                "available_name" => {
                    support::read_option(&mut object, &mut available_name_field)
                }
                "name" => support::read_option(&mut object, &mut name_field),
                "role" => support::read_option(&mut object, &mut role_field),
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "custom_role_id" => {
                    support::read_option(&mut object, &mut custom_role_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            account_id: account_id_field,
            availability_status: availability_status_field,
            auto_offline: auto_offline_field,
            confirmed: confirmed_field,
            email: email_field,
            available_name: available_name_field,
            name: name_field,
            role: role_field,
            thumbnail: thumbnail_field,
            custom_role_id: custom_role_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InboxWorkingHoursItem {
    /// Day of the week (0-6, where 0 is Sunday)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_of_week: Option<f64>,
    /// Whether the inbox is closed for the entire day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_all_day: Option<bool>,
    /// Hour when inbox opens (0-23)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_hour: Option<f64>,
    /// Minutes of the hour when inbox opens (0-59)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_minutes: Option<f64>,
    /// Hour when inbox closes (0-23)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_hour: Option<f64>,
    /// Minutes of the hour when inbox closes (0-59)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_minutes: Option<f64>,
    /// Whether the inbox is open for the entire day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_all_day: Option<bool>,
}

impl<'de> Deserialize<'de> for InboxWorkingHoursItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for InboxWorkingHoursItem {
    const NAME: &'static str = "InboxWorkingHoursItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut day_of_week_field: Option<f64> = None;
        let mut closed_all_day_field: Option<bool> = None;
        let mut open_hour_field: Option<f64> = None;
        let mut open_minutes_field: Option<f64> = None;
        let mut close_hour_field: Option<f64> = None;
        let mut close_minutes_field: Option<f64> = None;
        let mut open_all_day_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "day_of_week" => {
                    support::read_option(&mut object, &mut day_of_week_field)
                }
                "closed_all_day" => {
                    support::read_option(&mut object, &mut closed_all_day_field)
                }
                "open_hour" => support::read_option(&mut object, &mut open_hour_field),
                "open_minutes" => {
                    support::read_option(&mut object, &mut open_minutes_field)
                }
                "close_hour" => support::read_option(&mut object, &mut close_hour_field),
                "close_minutes" => {
                    support::read_option(&mut object, &mut close_minutes_field)
                }
                "open_all_day" => {
                    support::read_option(&mut object, &mut open_all_day_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            day_of_week: day_of_week_field,
            closed_all_day: closed_all_day_field,
            open_hour: open_hour_field,
            open_minutes: open_minutes_field,
            close_hour: close_hour_field,
            close_minutes: close_minutes_field,
            open_all_day: open_all_day_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Inbox {
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The name of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Website URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// The type of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_type: Option<String>,
    /// The avatar image of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Widget Color used for customization of the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub widget_color: Option<String>,
    /// Website Token
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_token: Option<String>,
    /// The flag which shows whether Auto Assignment is enabled or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_auto_assignment: Option<bool>,
    /// Script used to load the website widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_widget_script: Option<String>,
    /// Welcome title to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome_title: Option<String>,
    /// Welcome tagline to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome_tagline: Option<String>,
    /// The flag which shows whether greeting is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_enabled: Option<bool>,
    /// A greeting message when the user starts the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_message: Option<String>,
    /// ID of the channel this inbox belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<f64>,
    /// The flag which shows whether working hours feature is enabled
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours_enabled: Option<bool>,
    /// The flag to enable collecting email from contacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_email_collect: Option<bool>,
    /// The flag to enable CSAT survey
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csat_survey_enabled: Option<bool>,
    /// Configuration settings for auto assignment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_assignment_config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Message to show when agents are out of office
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_office_message: Option<String>,
    /// Configuration for working hours of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours: Option<Vec<InboxWorkingHoursItem>>,
    /// Timezone configuration for the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Webhook URL for callbacks
    #[serde(skip_serializing_if = "Option::is_none")]
    pub callback_webhook_url: Option<String>,
    /// Whether to allow messages after a conversation is resolved
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_messages_after_resolved: Option<bool>,
    /// Whether to lock a contact to a single conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_to_single_conversation: Option<bool>,
    /// Type of sender name to display (e.g., friendly)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_name_type: Option<String>,
    /// Business name associated with the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    /// Whether HMAC verification is mandatory
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hmac_mandatory: Option<bool>,
    /// Selected feature flags for the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected_feature_flags: Option<serde_json::Map<String, serde_json::Value>>,
    /// Expected reply time
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reply_time: Option<String>,
    /// Messaging service SID for SMS providers
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messaging_service_sid: Option<String>,
    /// Phone number associated with the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Medium of communication (e.g., sms, email)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// Provider of the channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

impl<'de> Deserialize<'de> for Inbox {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Inbox {
    const NAME: &'static str = "Inbox";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut website_url_field: Option<String> = None;
        let mut channel_type_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut widget_color_field: Option<String> = None;
        let mut website_token_field: Option<String> = None;
        let mut enable_auto_assignment_field: Option<bool> = None;
        let mut web_widget_script_field: Option<String> = None;
        let mut welcome_title_field: Option<String> = None;
        let mut welcome_tagline_field: Option<String> = None;
        let mut greeting_enabled_field: Option<bool> = None;
        let mut greeting_message_field: Option<String> = None;
        let mut channel_id_field: Option<f64> = None;
        let mut working_hours_enabled_field: Option<bool> = None;
        let mut enable_email_collect_field: Option<bool> = None;
        let mut csat_survey_enabled_field: Option<bool> = None;
        let mut auto_assignment_config_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut out_of_office_message_field: Option<String> = None;
        let mut working_hours_field: Option<Vec<InboxWorkingHoursItem>> = None;
        let mut timezone_field: Option<String> = None;
        let mut callback_webhook_url_field: Option<String> = None;
        let mut allow_messages_after_resolved_field: Option<bool> = None;
        let mut lock_to_single_conversation_field: Option<bool> = None;
        let mut sender_name_type_field: Option<String> = None;
        let mut business_name_field: Option<String> = None;
        let mut hmac_mandatory_field: Option<bool> = None;
        let mut selected_feature_flags_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut reply_time_field: Option<String> = None;
        let mut messaging_service_sid_field: Option<String> = None;
        let mut phone_number_field: Option<String> = None;
        let mut medium_field: Option<String> = None;
        let mut provider_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "website_url" => {
                    support::read_option(&mut object, &mut website_url_field)
                }
                "channel_type" => {
                    support::read_option(&mut object, &mut channel_type_field)
                }
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "widget_color" => {
                    support::read_option(&mut object, &mut widget_color_field)
                }
                "website_token" => {
                    support::read_option(&mut object, &mut website_token_field)
                }
                "enable_auto_assignment" => {
                    support::read_option(&mut object, &mut enable_auto_assignment_field)
                }
                "web_widget_script" => {
                    support::read_option(&mut object, &mut web_widget_script_field)
                }
                "welcome_title" => {
                    support::read_option(&mut object, &mut welcome_title_field)
                }
                "welcome_tagline" => {
                    support::read_option(&mut object, &mut welcome_tagline_field)
                }
                "greeting_enabled" => {
                    support::read_option(&mut object, &mut greeting_enabled_field)
                }
                "greeting_message" => {
                    support::read_option(&mut object, &mut greeting_message_field)
                }
                "channel_id" => support::read_option(&mut object, &mut channel_id_field),
                "working_hours_enabled" => {
                    support::read_option(&mut object, &mut working_hours_enabled_field)
                }
                "enable_email_collect" => {
                    support::read_option(&mut object, &mut enable_email_collect_field)
                }
                "csat_survey_enabled" => {
                    support::read_option(&mut object, &mut csat_survey_enabled_field)
                }
                "auto_assignment_config" => {
                    support::read_option(&mut object, &mut auto_assignment_config_field)
                }
                "out_of_office_message" => {
                    support::read_option(&mut object, &mut out_of_office_message_field)
                }
                "working_hours" => {
                    support::read_option(&mut object, &mut working_hours_field)
                }
                "timezone" => support::read_option(&mut object, &mut timezone_field),
                "callback_webhook_url" => {
                    support::read_option(&mut object, &mut callback_webhook_url_field)
                }
                "allow_messages_after_resolved" => {
                    support::read_option(
                        &mut object,
                        &mut allow_messages_after_resolved_field,
                    )
                }
                "lock_to_single_conversation" => {
                    support::read_option(
                        &mut object,
                        &mut lock_to_single_conversation_field,
                    )
                }
                "sender_name_type" => {
                    support::read_option(&mut object, &mut sender_name_type_field)
                }
                "business_name" => {
                    support::read_option(&mut object, &mut business_name_field)
                }
                "hmac_mandatory" => {
                    support::read_option(&mut object, &mut hmac_mandatory_field)
                }
                "selected_feature_flags" => {
                    support::read_option(&mut object, &mut selected_feature_flags_field)
                }
                "reply_time" => support::read_option(&mut object, &mut reply_time_field),
                "messaging_service_sid" => {
                    support::read_option(&mut object, &mut messaging_service_sid_field)
                }
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "medium" => support::read_option(&mut object, &mut medium_field),
                "provider" => support::read_option(&mut object, &mut provider_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            website_url: website_url_field,
            channel_type: channel_type_field,
            avatar_url: avatar_url_field,
            widget_color: widget_color_field,
            website_token: website_token_field,
            enable_auto_assignment: enable_auto_assignment_field,
            web_widget_script: web_widget_script_field,
            welcome_title: welcome_title_field,
            welcome_tagline: welcome_tagline_field,
            greeting_enabled: greeting_enabled_field,
            greeting_message: greeting_message_field,
            channel_id: channel_id_field,
            working_hours_enabled: working_hours_enabled_field,
            enable_email_collect: enable_email_collect_field,
            csat_survey_enabled: csat_survey_enabled_field,
            auto_assignment_config: auto_assignment_config_field,
            out_of_office_message: out_of_office_message_field,
            working_hours: working_hours_field,
            timezone: timezone_field,
            callback_webhook_url: callback_webhook_url_field,
            allow_messages_after_resolved: allow_messages_after_resolved_field,
            lock_to_single_conversation: lock_to_single_conversation_field,
            sender_name_type: sender_name_type_field,
            business_name: business_name_field,
            hmac_mandatory: hmac_mandatory_field,
            selected_feature_flags: selected_feature_flags_field,
            reply_time: reply_time_field,
            messaging_service_sid: messaging_service_sid_field,
            phone_number: phone_number_field,
            medium: medium_field,
            provider: provider_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InboxContact {
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The avatar image of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// The ID of the channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<f64>,
    /// The name of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_type: Option<String>,
    /// The provider of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

impl<'de> Deserialize<'de> for InboxContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for InboxContact {
    const NAME: &'static str = "InboxContact";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut channel_id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut channel_type_field: Option<String> = None;
        let mut provider_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "channel_id" => support::read_option(&mut object, &mut channel_id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "channel_type" => {
                    support::read_option(&mut object, &mut channel_type_field)
                }
                "provider" => support::read_option(&mut object, &mut provider_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            avatar_url: avatar_url_field,
            channel_id: channel_id_field,
            name: name_field,
            channel_type: channel_type_field,
            provider: provider_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AgentBot {
    /// ID of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The name of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description about the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The thumbnail of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// The webhook URL for the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_url: Option<String>,
    /// The type of the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bot_type: Option<String>,
    /// The configuration of the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bot_config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Account ID if it's an account specific bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// The access token for the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Whether the bot is a system bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub system_bot: Option<bool>,
}

impl<'de> Deserialize<'de> for AgentBot {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentBot {
    const NAME: &'static str = "AgentBot";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut outgoing_url_field: Option<String> = None;
        let mut bot_type_field: Option<String> = None;
        let mut bot_config_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut account_id_field: Option<f64> = None;
        let mut access_token_field: Option<String> = None;
        let mut system_bot_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "outgoing_url" => {
                    support::read_option(&mut object, &mut outgoing_url_field)
                }
                "bot_type" => support::read_option(&mut object, &mut bot_type_field),
                "bot_config" => support::read_option(&mut object, &mut bot_config_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "access_token" => {
                    support::read_option(&mut object, &mut access_token_field)
                }
                "system_bot" => support::read_option(&mut object, &mut system_bot_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            description: description_field,
            thumbnail: thumbnail_field,
            outgoing_url: outgoing_url_field,
            bot_type: bot_type_field,
            bot_config: bot_config_field,
            account_id: account_id_field,
            access_token: access_token_field,
            system_bot: system_bot_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactInboxes {
    /// Contact Inbox Source Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<InboxContact>,
}

impl<'de> Deserialize<'de> for ContactInboxes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactInboxes {
    const NAME: &'static str = "ContactInboxes";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut source_id_field: Option<String> = None;
        let mut inbox_field: Option<InboxContact> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "inbox" => support::read_option(&mut object, &mut inbox_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            source_id: source_id_field,
            inbox: inbox_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactableInboxes {
    /// Contact Inbox Source Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<Inbox>,
}

impl<'de> Deserialize<'de> for ContactableInboxes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactableInboxes {
    const NAME: &'static str = "ContactableInboxes";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut source_id_field: Option<String> = None;
        let mut inbox_field: Option<Inbox> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "inbox" => support::read_option(&mut object, &mut inbox_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            source_id: source_id_field,
            inbox: inbox_field,
        })
    }
}

/// The description about the custom filter
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CustomFilterType {
    /// `conversation`
    Conversation,
    /// `contact`
    Contact,
    /// `report`
    Report,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CustomFilterType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Conversation => "conversation",
            Self::Contact => "contact",
            Self::Report => "report",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CustomFilterType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "conversation" => Self::Conversation,
            "contact" => Self::Contact,
            "report" => Self::Report,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for CustomFilterType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CustomFilterType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CustomFilterType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomFilter {
    /// The ID of the custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The name of the custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description about the custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CustomFilterType>,
    /// A query that needs to be saved as a custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<serde_json::Map<String, serde_json::Value>>,
    /// The time at which the custom filter was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The time at which the custom filter was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl<'de> Deserialize<'de> for CustomFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CustomFilter {
    const NAME: &'static str = "CustomFilter";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut type_field: Option<CustomFilterType> = None;
        let mut query_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut created_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut updated_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "type" => support::read_option(&mut object, &mut type_field),
                "query" => support::read_option(&mut object, &mut query_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            r#type: type_field,
            query: query_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebhookSubscriptionsItem {
    /// `conversation_created`
    ConversationCreated,
    /// `conversation_status_changed`
    ConversationStatusChanged,
    /// `conversation_updated`
    ConversationUpdated,
    /// `contact_created`
    ContactCreated,
    /// `contact_updated`
    ContactUpdated,
    /// `message_created`
    MessageCreated,
    /// `message_updated`
    MessageUpdated,
    /// `webwidget_triggered`
    WebwidgetTriggered,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WebhookSubscriptionsItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConversationCreated => "conversation_created",
            Self::ConversationStatusChanged => "conversation_status_changed",
            Self::ConversationUpdated => "conversation_updated",
            Self::ContactCreated => "contact_created",
            Self::ContactUpdated => "contact_updated",
            Self::MessageCreated => "message_created",
            Self::MessageUpdated => "message_updated",
            Self::WebwidgetTriggered => "webwidget_triggered",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for WebhookSubscriptionsItem {
    fn from(value: String) -> Self {
        match value.as_str() {
            "conversation_created" => Self::ConversationCreated,
            "conversation_status_changed" => Self::ConversationStatusChanged,
            "conversation_updated" => Self::ConversationUpdated,
            "contact_created" => Self::ContactCreated,
            "contact_updated" => Self::ContactUpdated,
            "message_created" => Self::MessageCreated,
            "message_updated" => Self::MessageUpdated,
            "webwidget_triggered" => Self::WebwidgetTriggered,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for WebhookSubscriptionsItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WebhookSubscriptionsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WebhookSubscriptionsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Webhook {
    /// The ID of the webhook
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The url to which the events will be send
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The name of the webhook
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of subscribed events
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<WebhookSubscriptionsItem>>,
    /// The id of the account which the webhook object belongs to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
}

impl<'de> Deserialize<'de> for Webhook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Webhook {
    const NAME: &'static str = "Webhook";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut url_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut subscriptions_field: Option<Vec<WebhookSubscriptionsItem>> = None;
        let mut account_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "url" => support::read_option(&mut object, &mut url_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "subscriptions" => {
                    support::read_option(&mut object, &mut subscriptions_field)
                }
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            url: url_field,
            name: name_field,
            subscriptions: subscriptions_field,
            account_id: account_id_field,
        })
    }
}

/// The user role in the account
pub type AccountRole = UserAccountsItemRole;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Account {
    /// Account ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The user role in the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<AccountRole>,
}

impl<'de> Deserialize<'de> for Account {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Account {
    const NAME: &'static str = "Account";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut role_field: Option<AccountRole> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "role" => support::read_option(&mut object, &mut role_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            role: role_field,
        })
    }
}

/// Account settings
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountDetailSettings {
    /// Auto resolve conversations after specified minutes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_resolve_after: Option<f64>,
    /// Message to send when auto resolving
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_resolve_message: Option<String>,
    /// Whether to ignore waiting conversations for auto resolve
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_resolve_ignore_waiting: Option<bool>,
}

impl<'de> Deserialize<'de> for AccountDetailSettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountDetailSettings {
    const NAME: &'static str = "AccountDetailSettings";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut auto_resolve_after_field: Option<f64> = None;
        let mut auto_resolve_message_field: Option<String> = None;
        let mut auto_resolve_ignore_waiting_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "auto_resolve_after" => {
                    support::read_option(&mut object, &mut auto_resolve_after_field)
                }
                "auto_resolve_message" => {
                    support::read_option(&mut object, &mut auto_resolve_message_field)
                }
                "auto_resolve_ignore_waiting" => {
                    support::read_option(
                        &mut object,
                        &mut auto_resolve_ignore_waiting_field,
                    )
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            auto_resolve_after: auto_resolve_after_field,
            auto_resolve_message: auto_resolve_message_field,
            auto_resolve_ignore_waiting: auto_resolve_ignore_waiting_field,
        })
    }
}

/// Custom attributes of the account
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountDetailCustomAttributes {
    /// Subscription plan name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_name: Option<String>,
    /// Subscribed quantity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscribed_quantity: Option<f64>,
    /// Subscription status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_status: Option<String>,
    /// Subscription end date
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_ends_on: Option<chrono::NaiveDate>,
    /// Industry type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// Company size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_size: Option<String>,
    /// Account timezone
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Account logo URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// Current onboarding step
    #[serde(skip_serializing_if = "Option::is_none")]
    pub onboarding_step: Option<String>,
    /// When account was marked for deletion
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marked_for_deletion_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Reason for account deletion
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marked_for_deletion_reason: Option<String>,
}

impl<'de> Deserialize<'de> for AccountDetailCustomAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountDetailCustomAttributes {
    const NAME: &'static str = "AccountDetailCustomAttributes";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut plan_name_field: Option<String> = None;
        let mut subscribed_quantity_field: Option<f64> = None;
        let mut subscription_status_field: Option<String> = None;
        let mut subscription_ends_on_field: Option<chrono::NaiveDate> = None;
        let mut industry_field: Option<String> = None;
        let mut company_size_field: Option<String> = None;
        let mut timezone_field: Option<String> = None;
        let mut logo_field: Option<String> = None;
        let mut onboarding_step_field: Option<String> = None;
        let mut marked_for_deletion_at_field: Option<
            chrono::DateTime<chrono::FixedOffset>,
        > = None;
        let mut marked_for_deletion_reason_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "plan_name" => support::read_option(&mut object, &mut plan_name_field),
                "subscribed_quantity" => {
                    support::read_option(&mut object, &mut subscribed_quantity_field)
                }
                "subscription_status" => {
                    support::read_option(&mut object, &mut subscription_status_field)
                }
                "subscription_ends_on" => {
                    support::read_option(&mut object, &mut subscription_ends_on_field)
                }
                "industry" => support::read_option(&mut object, &mut industry_field),
                "company_size" => {
                    support::read_option(&mut object, &mut company_size_field)
                }
                "timezone" => support::read_option(&mut object, &mut timezone_field),
                "logo" => support::read_option(&mut object, &mut logo_field),
                "onboarding_step" => {
                    support::read_option(&mut object, &mut onboarding_step_field)
                }
                "marked_for_deletion_at" => {
                    support::read_option(&mut object, &mut marked_for_deletion_at_field)
                }
                "marked_for_deletion_reason" => {
                    support::read_option(
                        &mut object,
                        &mut marked_for_deletion_reason_field,
                    )
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            plan_name: plan_name_field,
            subscribed_quantity: subscribed_quantity_field,
            subscription_status: subscription_status_field,
            subscription_ends_on: subscription_ends_on_field,
            industry: industry_field,
            company_size: company_size_field,
            timezone: timezone_field,
            logo: logo_field,
            onboarding_step: onboarding_step_field,
            marked_for_deletion_at: marked_for_deletion_at_field,
            marked_for_deletion_reason: marked_for_deletion_reason_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountDetail {
    /// Account ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The locale of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The domain of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The support email of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// The status of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The creation date of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Cache keys for the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_keys: Option<serde_json::Map<String, serde_json::Value>>,
    /// Enabled features for the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Account settings
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<AccountDetailSettings>,
    /// Custom attributes of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<AccountDetailCustomAttributes>,
}

impl<'de> Deserialize<'de> for AccountDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountDetail {
    const NAME: &'static str = "AccountDetail";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut locale_field: Option<String> = None;
        let mut domain_field: Option<String> = None;
        let mut support_email_field: Option<String> = None;
        let mut status_field: Option<String> = None;
        let mut created_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut cache_keys_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut features_field: Option<Vec<String>> = None;
        let mut settings_field: Option<AccountDetailSettings> = None;
        let mut custom_attributes_field: Option<AccountDetailCustomAttributes> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "locale" => support::read_option(&mut object, &mut locale_field),
                "domain" => support::read_option(&mut object, &mut domain_field),
                "support_email" => {
                    support::read_option(&mut object, &mut support_email_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "cache_keys" => support::read_option(&mut object, &mut cache_keys_field),
                "features" => support::read_option(&mut object, &mut features_field),
                "settings" => support::read_option(&mut object, &mut settings_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            locale: locale_field,
            domain: domain_field,
            support_email: support_email_field,
            status: status_field,
            created_at: created_at_field,
            cache_keys: cache_keys_field,
            features: features_field,
            settings: settings_field,
            custom_attributes: custom_attributes_field,
        })
    }
}

/// Account settings
pub type AccountShowResponseSettings = AccountDetailSettings;

/// Custom attributes of the account
pub type AccountShowResponseCustomAttributes = AccountDetailCustomAttributes;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountShowResponse {
    /// Account ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The locale of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The domain of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The support email of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// The status of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The creation date of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Cache keys for the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_keys: Option<serde_json::Map<String, serde_json::Value>>,
    /// Enabled features for the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<String>>,
    /// Account settings
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<AccountShowResponseSettings>,
    /// Custom attributes of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<AccountShowResponseCustomAttributes>,
    /// Latest version of Chatwoot available
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_chatwoot_version: Option<String>,
    /// List of subscribed enterprise features (if enterprise edition is enabled)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscribed_features: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for AccountShowResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountShowResponse {
    const NAME: &'static str = "AccountShowResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut locale_field: Option<String> = None;
        let mut domain_field: Option<String> = None;
        let mut support_email_field: Option<String> = None;
        let mut status_field: Option<String> = None;
        let mut created_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut cache_keys_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut features_field: Option<Vec<String>> = None;
        let mut settings_field: Option<AccountShowResponseSettings> = None;
        let mut custom_attributes_field: Option<AccountShowResponseCustomAttributes> = None;
        let mut latest_chatwoot_version_field: Option<String> = None;
        let mut subscribed_features_field: Option<Vec<String>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "locale" => support::read_option(&mut object, &mut locale_field),
                "domain" => support::read_option(&mut object, &mut domain_field),
                "support_email" => {
                    support::read_option(&mut object, &mut support_email_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "cache_keys" => support::read_option(&mut object, &mut cache_keys_field),
                "features" => support::read_option(&mut object, &mut features_field),
                "settings" => support::read_option(&mut object, &mut settings_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "latest_chatwoot_version" => {
                    support::read_option(&mut object, &mut latest_chatwoot_version_field)
                }
                "subscribed_features" => {
                    support::read_option(&mut object, &mut subscribed_features_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            locale: locale_field,
            domain: domain_field,
            support_email: support_email_field,
            status: status_field,
            created_at: created_at_field,
            cache_keys: cache_keys_field,
            features: features_field,
            settings: settings_field,
            custom_attributes: custom_attributes_field,
            latest_chatwoot_version: latest_chatwoot_version_field,
            subscribed_features: subscribed_features_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountUserItem {
    /// The ID of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// The ID of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// whether user is an administrator or agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl<'de> Deserialize<'de> for AccountUserItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountUserItem {
    const NAME: &'static str = "AccountUserItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut account_id_field: Option<i64> = None;
        let mut user_id_field: Option<i64> = None;
        let mut role_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "user_id" => support::read_option(&mut object, &mut user_id_field),
                "role" => support::read_option(&mut object, &mut role_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            account_id: account_id_field,
            user_id: user_id_field,
            role: role_field,
        })
    }
}

/// Array of account users
pub type AccountUser = Vec<AccountUserItem>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PlatformAccount {
    /// Account ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl<'de> Deserialize<'de> for PlatformAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PlatformAccount {
    const NAME: &'static str = "PlatformAccount";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Team {
    /// The ID of the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The name of the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description about the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If this setting is turned on, the system would automatically assign the conversation to an agent in the team while assigning the conversation to a team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_auto_assign: Option<bool>,
    /// The ID of the account with the team is a part of
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// This field shows whether the current user is a part of the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_member: Option<bool>,
}

impl<'de> Deserialize<'de> for Team {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for Team {
    const NAME: &'static str = "Team";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut allow_auto_assign_field: Option<bool> = None;
        let mut account_id_field: Option<f64> = None;
        let mut is_member_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "allow_auto_assign" => {
                    support::read_option(&mut object, &mut allow_auto_assign_field)
                }
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "is_member" => support::read_option(&mut object, &mut is_member_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            description: description_field,
            allow_auto_assign: allow_auto_assign_field,
            account_id: account_id_field,
            is_member: is_member_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IntegrationsApp {
    /// The ID of the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description about the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the integration is an account or inbox integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hook_type: Option<String>,
    /// Whether the integration is enabled for the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Whether multiple hooks can be created for the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_multiple_hooks: Option<bool>,
    /// If there are any hooks created for this integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hooks: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

impl<'de> Deserialize<'de> for IntegrationsApp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for IntegrationsApp {
    const NAME: &'static str = "IntegrationsApp";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut hook_type_field: Option<String> = None;
        let mut enabled_field: Option<bool> = None;
        let mut allow_multiple_hooks_field: Option<bool> = None;
        let mut hooks_field: Option<Vec<serde_json::Map<String, serde_json::Value>>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "hook_type" => support::read_option(&mut object, &mut hook_type_field),
                "enabled" => support::read_option(&mut object, &mut enabled_field),
                "allow_multiple_hooks" => {
                    support::read_option(&mut object, &mut allow_multiple_hooks_field)
                }
                "hooks" => support::read_option(&mut object, &mut hooks_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            description: description_field,
            hook_type: hook_type_field,
            enabled: enabled_field,
            allow_multiple_hooks: allow_multiple_hooks_field,
            hooks: hooks_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IntegrationsHook {
    /// The ID of the integration hook
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The ID of the integration app
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Inbox ID if its an Inbox integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<String>,
    /// Account ID of the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Whether the integration hook is enabled for the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<bool>,
    /// Whether its an account or inbox integration hook
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hook_type: Option<bool>,
    /// The associated settings for the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for IntegrationsHook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for IntegrationsHook {
    const NAME: &'static str = "IntegrationsHook";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<String> = None;
        let mut app_id_field: Option<String> = None;
        let mut inbox_id_field: Option<String> = None;
        let mut account_id_field: Option<String> = None;
        let mut status_field: Option<bool> = None;
        let mut hook_type_field: Option<bool> = None;
        let mut settings_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "app_id" => support::read_option(&mut object, &mut app_id_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "status" => support::read_option(&mut object, &mut status_field),
                "hook_type" => support::read_option(&mut object, &mut hook_type_field),
                "settings" => support::read_option(&mut object, &mut settings_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            app_id: app_id_field,
            inbox_id: inbox_id_field,
            account_id: account_id_field,
            status: status_field,
            hook_type: hook_type_field,
            settings: settings_field,
        })
    }
}

/// The action performed on the object
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AuditLogAction {
    /// `create`
    Create,
    /// `update`
    Update,
    /// `destroy`
    Destroy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AuditLogAction {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Destroy => "destroy",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuditLogAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "create" => Self::Create,
            "update" => Self::Update,
            "destroy" => Self::Destroy,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for AuditLogAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AuditLogAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuditLogAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AuditLog {
    /// Unique identifier for the audit log entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The ID of the audited object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auditable_id: Option<i64>,
    /// The type of the audited object (e.g., Conversation, Contact, User)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auditable_type: Option<String>,
    /// The audited object data
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auditable: Option<serde_json::Map<String, serde_json::Value>>,
    /// The ID of the associated object (typically the account ID)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_id: Option<i64>,
    /// The type of the associated object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_type: Option<String>,
    /// The ID of the user who performed the action
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// The type of user who performed the action
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    /// The email/username of the user who performed the action
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The action performed on the object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<AuditLogAction>,
    /// JSON object containing the changes made to the audited object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audited_changes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Version number of the audit log entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Optional comment associated with the audit log entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// UUID to identify the request that generated this audit log
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_uuid: Option<String>,
    /// Unix timestamp when the audit log entry was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// IP address from which the action was performed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_address: Option<String>,
}

impl<'de> Deserialize<'de> for AuditLog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AuditLog {
    const NAME: &'static str = "AuditLog";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut auditable_id_field: Option<i64> = None;
        let mut auditable_type_field: Option<String> = None;
        let mut auditable_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut associated_id_field: Option<i64> = None;
        let mut associated_type_field: Option<String> = None;
        let mut user_id_field: Option<i64> = None;
        let mut user_type_field: Option<String> = None;
        let mut username_field: Option<String> = None;
        let mut action_field: Option<AuditLogAction> = None;
        let mut audited_changes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut version_field: Option<i64> = None;
        let mut comment_field: Option<String> = None;
        let mut request_uuid_field: Option<String> = None;
        let mut created_at_field: Option<i64> = None;
        let mut remote_address_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "auditable_id" => {
                    support::read_option(&mut object, &mut auditable_id_field)
                }
                "auditable_type" => {
                    support::read_option(&mut object, &mut auditable_type_field)
                }
                "auditable" => support::read_option(&mut object, &mut auditable_field),
                "associated_id" => {
                    support::read_option(&mut object, &mut associated_id_field)
                }
                "associated_type" => {
                    support::read_option(&mut object, &mut associated_type_field)
                }
                "user_id" => support::read_option(&mut object, &mut user_id_field),
                "user_type" => support::read_option(&mut object, &mut user_type_field),
                "username" => support::read_option(&mut object, &mut username_field),
                "action" => support::read_option(&mut object, &mut action_field),
                "audited_changes" => {
                    support::read_option(&mut object, &mut audited_changes_field)
                }
                "version" => support::read_option(&mut object, &mut version_field),
                "comment" => support::read_option(&mut object, &mut comment_field),
                "request_uuid" => {
                    support::read_option(&mut object, &mut request_uuid_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "remote_address" => {
                    support::read_option(&mut object, &mut remote_address_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            auditable_id: auditable_id_field,
            auditable_type: auditable_type_field,
            auditable: auditable_field,
            associated_id: associated_id_field,
            associated_type: associated_type_field,
            user_id: user_id_field,
            user_type: user_type_field,
            username: username_field,
            action: action_field,
            audited_changes: audited_changes_field,
            version: version_field,
            comment: comment_field,
            request_uuid: request_uuid_field,
            created_at: created_at_field,
            remote_address: remote_address_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicContact {
    /// Id of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The session identifier of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The token to be used to connect to chatwoot websocket
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pubsub_token: Option<String>,
}

impl<'de> Deserialize<'de> for PublicContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicContact {
    const NAME: &'static str = "PublicContact";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut source_id_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut pubsub_token_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "email" => support::read_option(&mut object, &mut email_field),
                "pubsub_token" => {
                    support::read_option(&mut object, &mut pubsub_token_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            source_id: source_id_field,
            name: name_field,
            email: email_field,
            pubsub_token: pubsub_token_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicConversation {
    /// Id of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The inbox id of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<String>,
    /// Messages in the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Message>>,
    /// The contact information associated to the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for PublicConversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicConversation {
    const NAME: &'static str = "PublicConversation";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut inbox_id_field: Option<String> = None;
        let mut messages_field: Option<Vec<Message>> = None;
        let mut contact_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "messages" => support::read_option(&mut object, &mut messages_field),
                "contact" => support::read_option(&mut object, &mut contact_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            inbox_id: inbox_id_field,
            messages: messages_field,
            contact: contact_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicMessage {
    /// Id of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Text content of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Denotes the message type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<String>,
    /// Content type of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Additional content attributes of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_attributes: Option<String>,
    /// Created at time stamp of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Conversation Id of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<String>,
    /// Attachments if any
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Details of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for PublicMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicMessage {
    const NAME: &'static str = "PublicMessage";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<String> = None;
        let mut content_field: Option<String> = None;
        let mut message_type_field: Option<String> = None;
        let mut content_type_field: Option<String> = None;
        let mut content_attributes_field: Option<String> = None;
        let mut created_at_field: Option<String> = None;
        let mut conversation_id_field: Option<String> = None;
        let mut attachments_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut sender_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "message_type" => {
                    support::read_option(&mut object, &mut message_type_field)
                }
                "content_type" => {
                    support::read_option(&mut object, &mut content_type_field)
                }
                "content_attributes" => {
                    support::read_option(&mut object, &mut content_attributes_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                "attachments" => {
                    support::read_option(&mut object, &mut attachments_field)
                }
                "sender" => support::read_option(&mut object, &mut sender_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            content: content_field,
            message_type: message_type_field,
            content_type: content_type_field,
            content_attributes: content_attributes_field,
            created_at: created_at_field,
            conversation_id: conversation_id_field,
            attachments: attachments_field,
            sender: sender_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicInboxWorkingHoursItem {
    /// Day of the week as a number. Sunday -> 0, Saturday -> 6
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day_of_week: Option<i64>,
    /// Whether or not the business is open the whole day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_all_day: Option<bool>,
    /// Whether or not the business is closed the whole day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_all_day: Option<bool>,
    /// Opening hour. Can be null if closed all day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_hour: Option<i64>,
    /// Opening minute. Can be null if closed all day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_minutes: Option<i64>,
    /// Closing hour. Can be null if closed all day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_hour: Option<i64>,
    /// Closing minute. Can be null if closed all day
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_minutes: Option<i64>,
}

impl<'de> Deserialize<'de> for PublicInboxWorkingHoursItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicInboxWorkingHoursItem {
    const NAME: &'static str = "PublicInboxWorkingHoursItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut day_of_week_field: Option<i64> = None;
        let mut open_all_day_field: Option<bool> = None;
        let mut closed_all_day_field: Option<bool> = None;
        let mut open_hour_field: Option<i64> = None;
        let mut open_minutes_field: Option<i64> = None;
        let mut close_hour_field: Option<i64> = None;
        let mut close_minutes_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "day_of_week" => {
                    support::read_option(&mut object, &mut day_of_week_field)
                }
                "open_all_day" => {
                    support::read_option(&mut object, &mut open_all_day_field)
                }
                "closed_all_day" => {
                    support::read_option(&mut object, &mut closed_all_day_field)
                }
                "open_hour" => support::read_option(&mut object, &mut open_hour_field),
                "open_minutes" => {
                    support::read_option(&mut object, &mut open_minutes_field)
                }
                "close_hour" => support::read_option(&mut object, &mut close_hour_field),
                "close_minutes" => {
                    support::read_option(&mut object, &mut close_minutes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            day_of_week: day_of_week_field,
            open_all_day: open_all_day_field,
            closed_all_day: closed_all_day_field,
            open_hour: open_hour_field,
            open_minutes: open_minutes_field,
            close_hour: close_hour_field,
            close_minutes: close_minutes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicInbox {
    /// Inbox identifier
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Name of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The timezone defined on the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The working hours defined on the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours: Option<Vec<PublicInboxWorkingHoursItem>>,
    /// Whether of not the working hours are enabled on the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours_enabled: Option<bool>,
    /// Whether of not the Customer Satisfaction survey is enabled on the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csat_survey_enabled: Option<bool>,
    /// Whether of not the Greeting Message is enabled on the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_enabled: Option<bool>,
    /// Whether of not the User Identity Validation is enforced on the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity_validation_enabled: Option<bool>,
}

impl<'de> Deserialize<'de> for PublicInbox {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicInbox {
    const NAME: &'static str = "PublicInbox";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut identifier_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut timezone_field: Option<String> = None;
        let mut working_hours_field: Option<Vec<PublicInboxWorkingHoursItem>> = None;
        let mut working_hours_enabled_field: Option<bool> = None;
        let mut csat_survey_enabled_field: Option<bool> = None;
        let mut greeting_enabled_field: Option<bool> = None;
        let mut identity_validation_enabled_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "timezone" => support::read_option(&mut object, &mut timezone_field),
                "working_hours" => {
                    support::read_option(&mut object, &mut working_hours_field)
                }
                "working_hours_enabled" => {
                    support::read_option(&mut object, &mut working_hours_enabled_field)
                }
                "csat_survey_enabled" => {
                    support::read_option(&mut object, &mut csat_survey_enabled_field)
                }
                "greeting_enabled" => {
                    support::read_option(&mut object, &mut greeting_enabled_field)
                }
                "identity_validation_enabled" => {
                    support::read_option(
                        &mut object,
                        &mut identity_validation_enabled_field,
                    )
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            identifier: identifier_field,
            name: name_field,
            timezone: timezone_field,
            working_hours: working_hours_field,
            working_hours_enabled: working_hours_enabled_field,
            csat_survey_enabled: csat_survey_enabled_field,
            greeting_enabled: greeting_enabled_field,
            identity_validation_enabled: identity_validation_enabled_field,
        })
    }
}

/// The status of the account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountCreateUpdatePayloadStatus {
    /// `active`
    Active,
    /// `suspended`
    Suspended,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccountCreateUpdatePayloadStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AccountCreateUpdatePayloadStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "suspended" => Self::Suspended,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for AccountCreateUpdatePayloadStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AccountCreateUpdatePayloadStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AccountCreateUpdatePayloadStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountCreateUpdatePayload {
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The locale of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The domain of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The support email of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// The status of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<AccountCreateUpdatePayloadStatus>,
    /// The limits of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<serde_json::Map<String, serde_json::Value>>,
    /// The custom attributes of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for AccountCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountCreateUpdatePayload {
    const NAME: &'static str = "AccountCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut locale_field: Option<String> = None;
        let mut domain_field: Option<String> = None;
        let mut support_email_field: Option<String> = None;
        let mut status_field: Option<AccountCreateUpdatePayloadStatus> = None;
        let mut limits_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "locale" => support::read_option(&mut object, &mut locale_field),
                "domain" => support::read_option(&mut object, &mut domain_field),
                "support_email" => {
                    support::read_option(&mut object, &mut support_email_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "limits" => support::read_option(&mut object, &mut limits_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            locale: locale_field,
            domain: domain_field,
            support_email: support_email_field,
            status: status_field,
            limits: limits_field,
            custom_attributes: custom_attributes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountUpdatePayload {
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The locale of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The domain of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The support email of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    /// Auto resolve conversations after specified minutes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_resolve_after: Option<Option<i64>>,
    /// Message to send when auto resolving
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_resolve_message: Option<Option<String>>,
    /// Whether to ignore waiting conversations for auto resolve
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_resolve_ignore_waiting: Option<Option<bool>>,
    /// Industry type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    /// Company size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_size: Option<String>,
    /// Account timezone
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

impl<'de> Deserialize<'de> for AccountUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountUpdatePayload {
    const NAME: &'static str = "AccountUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut locale_field: Option<String> = None;
        let mut domain_field: Option<String> = None;
        let mut support_email_field: Option<String> = None;
        let mut auto_resolve_after_field: Option<Option<i64>> = None;
        let mut auto_resolve_message_field: Option<Option<String>> = None;
        let mut auto_resolve_ignore_waiting_field: Option<Option<bool>> = None;
        let mut industry_field: Option<String> = None;
        let mut company_size_field: Option<String> = None;
        let mut timezone_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "locale" => support::read_option(&mut object, &mut locale_field),
                "domain" => support::read_option(&mut object, &mut domain_field),
                "support_email" => {
                    support::read_option(&mut object, &mut support_email_field)
                }
                "auto_resolve_after" => {
                    support::read_value(&mut object, &mut auto_resolve_after_field)
                }
                "auto_resolve_message" => {
                    support::read_value(&mut object, &mut auto_resolve_message_field)
                }
                "auto_resolve_ignore_waiting" => {
                    support::read_value(
                        &mut object,
                        &mut auto_resolve_ignore_waiting_field,
                    )
                }
                "industry" => support::read_option(&mut object, &mut industry_field),
                "company_size" => {
                    support::read_option(&mut object, &mut company_size_field)
                }
                "timezone" => support::read_option(&mut object, &mut timezone_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            locale: locale_field,
            domain: domain_field,
            support_email: support_email_field,
            auto_resolve_after: auto_resolve_after_field,
            auto_resolve_message: auto_resolve_message_field,
            auto_resolve_ignore_waiting: auto_resolve_ignore_waiting_field,
            industry: industry_field,
            company_size: company_size_field,
            timezone: timezone_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountUserCreateUpdatePayload {
    /// The ID of the user
    pub user_id: i64,
    /// whether user is an administrator or agent
    pub role: String,
}

impl<'de> Deserialize<'de> for AccountUserCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountUserCreateUpdatePayload {
    const NAME: &'static str = "AccountUserCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut user_id_field: Option<i64> = None;
        let mut role_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "user_id" => support::read_value(&mut object, &mut user_id_field),
                "role" => support::read_value(&mut object, &mut role_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(user_id_field) = user_id_field else {
            return Err(serde::de::Error::missing_field("user_id"))
        };
        let Some(role_field) = role_field else {
            return Err(serde::de::Error::missing_field("role"))
        };
        Ok(Self {
            user_id: user_id_field,
            role: role_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PlatformAgentBotCreateUpdatePayload {
    /// The name of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The webhook URL for the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_url: Option<String>,
    /// The account ID to associate the agent bot with
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// Send the form data with the avatar image binary or use the avatar_url
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the agent bot avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}

impl<'de> Deserialize<'de> for PlatformAgentBotCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PlatformAgentBotCreateUpdatePayload {
    const NAME: &'static str = "PlatformAgentBotCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut outgoing_url_field: Option<String> = None;
        let mut account_id_field: Option<i64> = None;
        let mut avatar_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "outgoing_url" => {
                    support::read_option(&mut object, &mut outgoing_url_field)
                }
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            description: description_field,
            outgoing_url: outgoing_url_field,
            account_id: account_id_field,
            avatar: avatar_field,
            avatar_url: avatar_url_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AgentBotCreateUpdatePayload {
    /// The name of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the agent bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The webhook URL for the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_url: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the agent bot avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// The type of the bot (0 for webhook)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bot_type: Option<i64>,
    /// The configuration for the bot
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bot_config: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for AgentBotCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentBotCreateUpdatePayload {
    const NAME: &'static str = "AgentBotCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut outgoing_url_field: Option<String> = None;
        let mut avatar_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut bot_type_field: Option<i64> = None;
        let mut bot_config_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "outgoing_url" => {
                    support::read_option(&mut object, &mut outgoing_url_field)
                }
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "bot_type" => support::read_option(&mut object, &mut bot_type_field),
                "bot_config" => support::read_option(&mut object, &mut bot_config_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            description: description_field,
            outgoing_url: outgoing_url_field,
            avatar: avatar_field,
            avatar_url: avatar_url_field,
            bot_type: bot_type_field,
            bot_config: bot_config_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UserCreateUpdatePayload {
    /// Name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display name of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Email of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Password must contain uppercase, lowercase letters, number and a special character
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Custom attributes you want to associate with the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for UserCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for UserCreateUpdatePayload {
    const NAME: &'static str = "UserCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut display_name_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut password_field: Option<String> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "display_name" => {
                    support::read_option(&mut object, &mut display_name_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "password" => support::read_option(&mut object, &mut password_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            display_name: display_name_field,
            email: email_field,
            password: password_field,
            custom_attributes: custom_attributes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CannedResponseCreateUpdatePayload {
    /// Message content for canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Short Code for quick access of the canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_code: Option<String>,
}

impl<'de> Deserialize<'de> for CannedResponseCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CannedResponseCreateUpdatePayload {
    const NAME: &'static str = "CannedResponseCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut content_field: Option<String> = None;
        let mut short_code_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "content" => support::read_option(&mut object, &mut content_field),
                "short_code" => support::read_option(&mut object, &mut short_code_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            content: content_field,
            short_code: short_code_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomAttributeCreateUpdatePayload {
    /// Attribute display name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_display_name: Option<String>,
    /// Attribute display type (text- 0, number- 1, currency- 2, percent- 3, link- 4, date- 5, list- 6, checkbox- 7)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_display_type: Option<i64>,
    /// Attribute description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_description: Option<String>,
    /// Attribute unique key value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    /// Attribute values
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_values: Option<Vec<String>>,
    /// Attribute type(conversation_attribute- 0, contact_attribute- 1)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_model: Option<i64>,
    /// Regex pattern (Only applicable for type- text). The regex pattern is used to validate the attribute value(s).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regex_pattern: Option<String>,
    /// Regex cue message (Only applicable for type- text). The cue message is shown when the regex pattern is not matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regex_cue: Option<String>,
}

impl<'de> Deserialize<'de> for CustomAttributeCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CustomAttributeCreateUpdatePayload {
    const NAME: &'static str = "CustomAttributeCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut attribute_display_name_field: Option<String> = None;
        let mut attribute_display_type_field: Option<i64> = None;
        let mut attribute_description_field: Option<String> = None;
        let mut attribute_key_field: Option<String> = None;
        let mut attribute_values_field: Option<Vec<String>> = None;
        let mut attribute_model_field: Option<i64> = None;
        let mut regex_pattern_field: Option<String> = None;
        let mut regex_cue_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "attribute_display_name" => {
                    support::read_option(&mut object, &mut attribute_display_name_field)
                }
                "attribute_display_type" => {
                    support::read_option(&mut object, &mut attribute_display_type_field)
                }
                "attribute_description" => {
                    support::read_option(&mut object, &mut attribute_description_field)
                }
                "attribute_key" => {
                    support::read_option(&mut object, &mut attribute_key_field)
                }
                "attribute_values" => {
                    support::read_option(&mut object, &mut attribute_values_field)
                }
                "attribute_model" => {
                    support::read_option(&mut object, &mut attribute_model_field)
                }
                "regex_pattern" => {
                    support::read_option(&mut object, &mut regex_pattern_field)
                }
                "regex_cue" => support::read_option(&mut object, &mut regex_cue_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            attribute_display_name: attribute_display_name_field,
            attribute_display_type: attribute_display_type_field,
            attribute_description: attribute_description_field,
            attribute_key: attribute_key_field,
            attribute_values: attribute_values_field,
            attribute_model: attribute_model_field,
            regex_pattern: regex_pattern_field,
            regex_cue: regex_cue_field,
        })
    }
}

/// Whether its administrator or agent
pub type AgentCreatePayloadRole = UserRole;

/// The availability setting of the agent.
pub type AgentCreatePayloadAvailabilityStatus = AgentAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentCreatePayload {
    /// Full Name of the agent
    pub name: String,
    /// Email of the Agent
    pub email: String,
    /// Whether its administrator or agent
    pub role: AgentCreatePayloadRole,
    /// The availability setting of the agent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<AgentCreatePayloadAvailabilityStatus>,
    /// Whether the availability status of agent is configured to go offline automatically when away.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_offline: Option<bool>,
}

impl<'de> Deserialize<'de> for AgentCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentCreatePayload {
    const NAME: &'static str = "AgentCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut role_field: Option<AgentCreatePayloadRole> = None;
        let mut availability_status_field: Option<
            AgentCreatePayloadAvailabilityStatus,
        > = None;
        let mut auto_offline_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_value(&mut object, &mut name_field),
                "email" => support::read_value(&mut object, &mut email_field),
                "role" => support::read_value(&mut object, &mut role_field),
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "auto_offline" => {
                    support::read_option(&mut object, &mut auto_offline_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(name_field) = name_field else {
            return Err(serde::de::Error::missing_field("name"))
        };
        let Some(email_field) = email_field else {
            return Err(serde::de::Error::missing_field("email"))
        };
        let Some(role_field) = role_field else {
            return Err(serde::de::Error::missing_field("role"))
        };
        Ok(Self {
            name: name_field,
            email: email_field,
            role: role_field,
            availability_status: availability_status_field,
            auto_offline: auto_offline_field,
        })
    }
}

/// Whether its administrator or agent
pub type AgentUpdatePayloadRole = UserRole;

/// The availability status of the agent.
pub type AgentUpdatePayloadAvailabilityStatus = AgentAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgentUpdatePayload {
    /// Whether its administrator or agent
    pub role: AgentUpdatePayloadRole,
    /// The availability status of the agent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<AgentUpdatePayloadAvailabilityStatus>,
    /// Whether the availability status of agent is configured to go offline automatically when away.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_offline: Option<bool>,
}

impl<'de> Deserialize<'de> for AgentUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentUpdatePayload {
    const NAME: &'static str = "AgentUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut role_field: Option<AgentUpdatePayloadRole> = None;
        let mut availability_status_field: Option<
            AgentUpdatePayloadAvailabilityStatus,
        > = None;
        let mut auto_offline_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "role" => support::read_value(&mut object, &mut role_field),
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "auto_offline" => {
                    support::read_option(&mut object, &mut auto_offline_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(role_field) = role_field else {
            return Err(serde::de::Error::missing_field("role"))
        };
        Ok(Self {
            role: role_field,
            availability_status: availability_status_field,
            auto_offline: auto_offline_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactCreatePayload {
    /// ID of the inbox to which the contact belongs
    pub inbox_id: f64,
    /// name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// email of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// whether the contact is blocked or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// phone number of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the contact avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// A unique identifier for the contact in external system
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// An object where you can store additional attributes for contact. example {"type":"customer", "age":30}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// An object where you can store custom attributes for contact. example {"type":"customer", "age":30}, this should have a valid custom attribute definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for ContactCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactCreatePayload {
    const NAME: &'static str = "ContactCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut inbox_id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut blocked_field: Option<bool> = None;
        let mut phone_number_field: Option<String> = None;
        let mut avatar_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut identifier_field: Option<String> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "inbox_id" => support::read_value(&mut object, &mut inbox_id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "email" => support::read_option(&mut object, &mut email_field),
                "blocked" => support::read_option(&mut object, &mut blocked_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(inbox_id_field) = inbox_id_field else {
            return Err(serde::de::Error::missing_field("inbox_id"))
        };
        Ok(Self {
            inbox_id: inbox_id_field,
            name: name_field,
            email: email_field,
            blocked: blocked_field,
            phone_number: phone_number_field,
            avatar: avatar_field,
            avatar_url: avatar_url_field,
            identifier: identifier_field,
            additional_attributes: additional_attributes_field,
            custom_attributes: custom_attributes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactUpdatePayload {
    /// name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// email of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// whether the contact is blocked or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// phone number of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the contact avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// A unique identifier for the contact in external system
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// An object where you can store additional attributes for contact. example {"type":"customer", "age":30}
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// An object where you can store custom attributes for contact. example {"type":"customer", "age":30}, this should have a valid custom attribute definition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for ContactUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactUpdatePayload {
    const NAME: &'static str = "ContactUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut blocked_field: Option<bool> = None;
        let mut phone_number_field: Option<String> = None;
        let mut avatar_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut identifier_field: Option<String> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "email" => support::read_option(&mut object, &mut email_field),
                "blocked" => support::read_option(&mut object, &mut blocked_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            email: email_field,
            blocked: blocked_field,
            phone_number: phone_number_field,
            avatar: avatar_field,
            avatar_url: avatar_url_field,
            identifier: identifier_field,
            additional_attributes: additional_attributes_field,
            custom_attributes: custom_attributes_field,
        })
    }
}

/// Specify the conversation whether it's pending, open, closed
pub type ConversationCreatePayloadStatus = ConversationStatus;

/// The template params for the message in case of whatsapp Channel
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationCreatePayloadMessageTemplateParams {
    /// Name of the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Category of the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Language of the template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The processed param values for template variables in template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processed_params: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for ConversationCreatePayloadMessageTemplateParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationCreatePayloadMessageTemplateParams {
    const NAME: &'static str = "ConversationCreatePayloadMessageTemplateParams";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut category_field: Option<String> = None;
        let mut language_field: Option<String> = None;
        let mut processed_params_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "category" => support::read_option(&mut object, &mut category_field),
                "language" => support::read_option(&mut object, &mut language_field),
                "processed_params" => {
                    support::read_option(&mut object, &mut processed_params_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            category: category_field,
            language: language_field,
            processed_params: processed_params_field,
        })
    }
}

/// The initial message to be sent to the conversation
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationCreatePayloadMessage {
    /// The content of the message
    pub content: String,
    /// The template params for the message in case of whatsapp Channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_params: Option<ConversationCreatePayloadMessageTemplateParams>,
}

impl<'de> Deserialize<'de> for ConversationCreatePayloadMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationCreatePayloadMessage {
    const NAME: &'static str = "ConversationCreatePayloadMessage";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut content_field: Option<String> = None;
        let mut template_params_field: Option<
            ConversationCreatePayloadMessageTemplateParams,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "content" => support::read_value(&mut object, &mut content_field),
                "template_params" => {
                    support::read_option(&mut object, &mut template_params_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(content_field) = content_field else {
            return Err(serde::de::Error::missing_field("content"))
        };
        Ok(Self {
            content: content_field,
            template_params: template_params_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationCreatePayload {
    /// Conversation source id
    pub source_id: String,
    /// Id of inbox in which the conversation is created &lt;br/> Allowed Inbox Types: Website, Phone, Api, Email
    pub inbox_id: i64,
    /// Contact Id for which conversation is created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<i64>,
    /// Lets you specify attributes like browser information
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Specify the conversation whether it's pending, open, closed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ConversationCreatePayloadStatus>,
    /// Agent Id for assigning a conversation to an agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i64>,
    /// Team Id for assigning a conversation to a team\
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<i64>,
    /// Snoozed until date time
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The initial message to be sent to the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<ConversationCreatePayloadMessage>,
}

impl<'de> Deserialize<'de> for ConversationCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationCreatePayload {
    const NAME: &'static str = "ConversationCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut source_id_field: Option<String> = None;
        let mut inbox_id_field: Option<i64> = None;
        let mut contact_id_field: Option<i64> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut status_field: Option<ConversationCreatePayloadStatus> = None;
        let mut assignee_id_field: Option<i64> = None;
        let mut team_id_field: Option<i64> = None;
        let mut snoozed_until_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut message_field: Option<ConversationCreatePayloadMessage> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "source_id" => support::read_value(&mut object, &mut source_id_field),
                "inbox_id" => support::read_value(&mut object, &mut inbox_id_field),
                "contact_id" => support::read_option(&mut object, &mut contact_id_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "assignee_id" => {
                    support::read_option(&mut object, &mut assignee_id_field)
                }
                "team_id" => support::read_option(&mut object, &mut team_id_field),
                "snoozed_until" => {
                    support::read_option(&mut object, &mut snoozed_until_field)
                }
                "message" => support::read_option(&mut object, &mut message_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(source_id_field) = source_id_field else {
            return Err(serde::de::Error::missing_field("source_id"))
        };
        let Some(inbox_id_field) = inbox_id_field else {
            return Err(serde::de::Error::missing_field("inbox_id"))
        };
        Ok(Self {
            source_id: source_id_field,
            inbox_id: inbox_id_field,
            contact_id: contact_id_field,
            additional_attributes: additional_attributes_field,
            custom_attributes: custom_attributes_field,
            status: status_field,
            assignee_id: assignee_id_field,
            team_id: team_id_field,
            snoozed_until: snoozed_until_field,
            message: message_field,
        })
    }
}

/// The type of the message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadMessageType {
    /// `outgoing`
    Outgoing,
    /// `incoming`
    Incoming,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationMessageCreatePayloadMessageType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Outgoing => "outgoing",
            Self::Incoming => "incoming",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationMessageCreatePayloadMessageType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "outgoing" => Self::Outgoing,
            "incoming" => Self::Incoming,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationMessageCreatePayloadMessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationMessageCreatePayloadMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationMessageCreatePayloadMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Content type of the message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadContentType {
    /// `text`
    Text,
    /// `input_email`
    InputEmail,
    /// `cards`
    Cards,
    /// `input_select`
    InputSelect,
    /// `form`
    Form,
    /// `article`
    Article,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationMessageCreatePayloadContentType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::InputEmail => "input_email",
            Self::Cards => "cards",
            Self::InputSelect => "input_select",
            Self::Form => "form",
            Self::Article => "article",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationMessageCreatePayloadContentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "text" => Self::Text,
            "input_email" => Self::InputEmail,
            "cards" => Self::Cards,
            "input_select" => Self::InputSelect,
            "form" => Self::Form,
            "article" => Self::Article,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationMessageCreatePayloadContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationMessageCreatePayloadContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationMessageCreatePayloadContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Category of the template
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadTemplateParamsCategory {
    /// `UTILITY`
    Utility,
    /// `MARKETING`
    Marketing,
    /// `SHIPPING_UPDATE`
    ShippingUpdate,
    /// `TICKET_UPDATE`
    TicketUpdate,
    /// `ISSUE_RESOLUTION`
    IssueResolution,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationMessageCreatePayloadTemplateParamsCategory {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Utility => "UTILITY",
            Self::Marketing => "MARKETING",
            Self::ShippingUpdate => "SHIPPING_UPDATE",
            Self::TicketUpdate => "TICKET_UPDATE",
            Self::IssueResolution => "ISSUE_RESOLUTION",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationMessageCreatePayloadTemplateParamsCategory {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UTILITY" => Self::Utility,
            "MARKETING" => Self::Marketing,
            "SHIPPING_UPDATE" => Self::ShippingUpdate,
            "TICKET_UPDATE" => Self::TicketUpdate,
            "ISSUE_RESOLUTION" => Self::IssueResolution,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationMessageCreatePayloadTemplateParamsCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationMessageCreatePayloadTemplateParamsCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationMessageCreatePayloadTemplateParamsCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Type of media for the header
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    /// `image`
    Image,
    /// `video`
    Video,
    /// `document`
    Document,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Video => "video",
            Self::Document => "document",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "image" => Self::Image,
            "video" => Self::Video,
            "document" => Self::Document,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Header component parameters for media templates
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader {
    /// Publicly accessible URL for IMAGE, VIDEO, or DOCUMENT headers
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_url: Option<String>,
    /// Type of media for the header
    #[serde(skip_serializing_if = "Option::is_none")]
    pub media_type: Option<
        ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType,
    >,
}

impl<'de> Deserialize<'de>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader {
    const NAME: &'static str = "ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut media_url_field: Option<String> = None;
        let mut media_type_field: Option<
            ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "media_url" => support::read_option(&mut object, &mut media_url_field),
                "media_type" => support::read_option(&mut object, &mut media_type_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            media_url: media_url_field,
            media_type: media_type_field,
        })
    }
}

/// Type of button parameter
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    /// `url`
    Url,
    /// `copy_code`
    CopyCode,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Url => "url",
            Self::CopyCode => "copy_code",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "url" => Self::Url,
            "copy_code" => Self::CopyCode,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem {
    /// Type of button parameter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<
        ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType,
    >,
    /// Dynamic parameter value for the button
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
}

impl<'de> Deserialize<'de>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem {
    const NAME: &'static str = "ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut type_field: Option<
            ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType,
        > = None;
        let mut parameter_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "type" => support::read_option(&mut object, &mut type_field),
                "parameter" => support::read_option(&mut object, &mut parameter_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            r#type: type_field,
            parameter: parameter_field,
        })
    }
}

/// Processed template parameters organized by component type
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMessageCreatePayloadTemplateParamsProcessedParams {
    /// Body component parameters with variable placeholders
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<std::collections::BTreeMap<String, String>>,
    /// Header component parameters for media templates
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<
        ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader,
    >,
    /// Button component parameters for interactive templates
    #[serde(skip_serializing_if = "Option::is_none")]
    pub buttons: Option<
        Vec<ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem>,
    >,
}

impl<'de> Deserialize<'de>
for ConversationMessageCreatePayloadTemplateParamsProcessedParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject
for ConversationMessageCreatePayloadTemplateParamsProcessedParams {
    const NAME: &'static str = "ConversationMessageCreatePayloadTemplateParamsProcessedParams";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut body_field: Option<std::collections::BTreeMap<String, String>> = None;
        let mut header_field: Option<
            ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader,
        > = None;
        let mut buttons_field: Option<
            Vec<ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "body" => support::read_option(&mut object, &mut body_field),
                "header" => support::read_option(&mut object, &mut header_field),
                "buttons" => support::read_option(&mut object, &mut buttons_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            body: body_field,
            header: header_field,
            buttons: buttons_field,
        })
    }
}

/// WhatsApp template parameters for sending structured messages
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationMessageCreatePayloadTemplateParams {
    /// Name of the WhatsApp template (must be approved in WhatsApp Business Manager)
    pub name: String,
    /// Category of the template
    pub category: ConversationMessageCreatePayloadTemplateParamsCategory,
    /// Language code of the template (BCP 47 format)
    pub language: String,
    /// Processed template parameters organized by component type
    pub processed_params: ConversationMessageCreatePayloadTemplateParamsProcessedParams,
}

impl<'de> Deserialize<'de> for ConversationMessageCreatePayloadTemplateParams {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMessageCreatePayloadTemplateParams {
    const NAME: &'static str = "ConversationMessageCreatePayloadTemplateParams";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut category_field: Option<
            ConversationMessageCreatePayloadTemplateParamsCategory,
        > = None;
        let mut language_field: Option<String> = None;
        let mut processed_params_field: Option<
            ConversationMessageCreatePayloadTemplateParamsProcessedParams,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_value(&mut object, &mut name_field),
                "category" => support::read_value(&mut object, &mut category_field),
                "language" => support::read_value(&mut object, &mut language_field),
                "processed_params" => {
                    support::read_value(&mut object, &mut processed_params_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(name_field) = name_field else {
            return Err(serde::de::Error::missing_field("name"))
        };
        let Some(category_field) = category_field else {
            return Err(serde::de::Error::missing_field("category"))
        };
        let Some(language_field) = language_field else {
            return Err(serde::de::Error::missing_field("language"))
        };
        let Some(processed_params_field) = processed_params_field else {
            return Err(serde::de::Error::missing_field("processed_params"))
        };
        Ok(Self {
            name: name_field,
            category: category_field,
            language: language_field,
            processed_params: processed_params_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConversationMessageCreatePayload {
    /// The content of the message
    pub content: String,
    /// The type of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<ConversationMessageCreatePayloadMessageType>,
    /// Flag to identify if it is a private note
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// Content type of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<ConversationMessageCreatePayloadContentType>,
    /// Attributes based on the content type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The campaign id to which the message belongs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<i64>,
    /// WhatsApp template parameters for sending structured messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_params: Option<ConversationMessageCreatePayloadTemplateParams>,
}

impl<'de> Deserialize<'de> for ConversationMessageCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMessageCreatePayload {
    const NAME: &'static str = "ConversationMessageCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut content_field: Option<String> = None;
        let mut message_type_field: Option<
            ConversationMessageCreatePayloadMessageType,
        > = None;
        let mut private_field: Option<bool> = None;
        let mut content_type_field: Option<
            ConversationMessageCreatePayloadContentType,
        > = None;
        let mut content_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut campaign_id_field: Option<i64> = None;
        let mut template_params_field: Option<
            ConversationMessageCreatePayloadTemplateParams,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "content" => support::read_value(&mut object, &mut content_field),
                "message_type" => {
                    support::read_option(&mut object, &mut message_type_field)
                }
                "private" => support::read_option(&mut object, &mut private_field),
                "content_type" => {
                    support::read_option(&mut object, &mut content_type_field)
                }
                "content_attributes" => {
                    support::read_option(&mut object, &mut content_attributes_field)
                }
                "campaign_id" => {
                    support::read_option(&mut object, &mut campaign_id_field)
                }
                "template_params" => {
                    support::read_option(&mut object, &mut template_params_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(content_field) = content_field else {
            return Err(serde::de::Error::missing_field("content"))
        };
        Ok(Self {
            content: content_field,
            message_type: message_type_field,
            private: private_field,
            content_type: content_type_field,
            content_attributes: content_attributes_field,
            campaign_id: campaign_id_field,
            template_params: template_params_field,
        })
    }
}

/// Sender name type for the inbox
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InboxCreatePayloadSenderNameType {
    /// `friendly`
    Friendly,
    /// `professional`
    Professional,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl InboxCreatePayloadSenderNameType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Friendly => "friendly",
            Self::Professional => "professional",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InboxCreatePayloadSenderNameType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "friendly" => Self::Friendly,
            "professional" => Self::Professional,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for InboxCreatePayloadSenderNameType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for InboxCreatePayloadSenderNameType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InboxCreatePayloadSenderNameType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Type of the channel
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InboxCreatePayloadChannelType {
    /// `web_widget`
    WebWidget,
    /// `api`
    Api,
    /// `email`
    Email,
    /// `line`
    Line,
    /// `telegram`
    Telegram,
    /// `whatsapp`
    Whatsapp,
    /// `sms`
    Sms,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl InboxCreatePayloadChannelType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WebWidget => "web_widget",
            Self::Api => "api",
            Self::Email => "email",
            Self::Line => "line",
            Self::Telegram => "telegram",
            Self::Whatsapp => "whatsapp",
            Self::Sms => "sms",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InboxCreatePayloadChannelType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "web_widget" => Self::WebWidget,
            "api" => Self::Api,
            "email" => Self::Email,
            "line" => Self::Line,
            "telegram" => Self::Telegram,
            "whatsapp" => Self::Whatsapp,
            "sms" => Self::Sms,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for InboxCreatePayloadChannelType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for InboxCreatePayloadChannelType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InboxCreatePayloadChannelType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InboxCreatePayloadChannel {
    /// Type of the channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<InboxCreatePayloadChannelType>,
    /// URL at which the widget will be loaded
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// Welcome title to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome_title: Option<String>,
    /// Welcome tagline to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome_tagline: Option<String>,
    /// A Hex-color string used to customize the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub widget_color: Option<String>,
}

impl<'de> Deserialize<'de> for InboxCreatePayloadChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for InboxCreatePayloadChannel {
    const NAME: &'static str = "InboxCreatePayloadChannel";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut type_field: Option<InboxCreatePayloadChannelType> = None;
        let mut website_url_field: Option<String> = None;
        let mut welcome_title_field: Option<String> = None;
        let mut welcome_tagline_field: Option<String> = None;
        let mut widget_color_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "type" => support::read_option(&mut object, &mut type_field),
                "website_url" => {
                    support::read_option(&mut object, &mut website_url_field)
                }
                "welcome_title" => {
                    support::read_option(&mut object, &mut welcome_title_field)
                }
                "welcome_tagline" => {
                    support::read_option(&mut object, &mut welcome_tagline_field)
                }
                "widget_color" => {
                    support::read_option(&mut object, &mut widget_color_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            r#type: type_field,
            website_url: website_url_field,
            welcome_title: welcome_title_field,
            welcome_tagline: welcome_tagline_field,
            widget_color: widget_color_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InboxCreatePayload {
    /// The name of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Image file for avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Enable greeting message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_enabled: Option<bool>,
    /// Greeting message to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_message: Option<String>,
    /// Enable email collection
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_email_collect: Option<bool>,
    /// Enable CSAT survey
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csat_survey_enabled: Option<bool>,
    /// Enable Auto Assignment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_auto_assignment: Option<bool>,
    /// Enable working hours
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours_enabled: Option<bool>,
    /// Out of office message to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_office_message: Option<String>,
    /// Timezone of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Allow messages after conversation is resolved
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_messages_after_resolved: Option<bool>,
    /// Lock to single conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_to_single_conversation: Option<bool>,
    /// Id of the help center portal to attach to the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_id: Option<i64>,
    /// Sender name type for the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_name_type: Option<InboxCreatePayloadSenderNameType>,
    /// Business name for the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<InboxCreatePayloadChannel>,
}

impl<'de> Deserialize<'de> for InboxCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for InboxCreatePayload {
    const NAME: &'static str = "InboxCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut avatar_field: Option<String> = None;
        let mut greeting_enabled_field: Option<bool> = None;
        let mut greeting_message_field: Option<String> = None;
        let mut enable_email_collect_field: Option<bool> = None;
        let mut csat_survey_enabled_field: Option<bool> = None;
        let mut enable_auto_assignment_field: Option<bool> = None;
        let mut working_hours_enabled_field: Option<bool> = None;
        let mut out_of_office_message_field: Option<String> = None;
        let mut timezone_field: Option<String> = None;
        let mut allow_messages_after_resolved_field: Option<bool> = None;
        let mut lock_to_single_conversation_field: Option<bool> = None;
        let mut portal_id_field: Option<i64> = None;
        let mut sender_name_type_field: Option<InboxCreatePayloadSenderNameType> = None;
        let mut business_name_field: Option<String> = None;
        let mut channel_field: Option<InboxCreatePayloadChannel> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "greeting_enabled" => {
                    support::read_option(&mut object, &mut greeting_enabled_field)
                }
                "greeting_message" => {
                    support::read_option(&mut object, &mut greeting_message_field)
                }
                "enable_email_collect" => {
                    support::read_option(&mut object, &mut enable_email_collect_field)
                }
                "csat_survey_enabled" => {
                    support::read_option(&mut object, &mut csat_survey_enabled_field)
                }
                "enable_auto_assignment" => {
                    support::read_option(&mut object, &mut enable_auto_assignment_field)
                }
                "working_hours_enabled" => {
                    support::read_option(&mut object, &mut working_hours_enabled_field)
                }
                "out_of_office_message" => {
                    support::read_option(&mut object, &mut out_of_office_message_field)
                }
                "timezone" => support::read_option(&mut object, &mut timezone_field),
                "allow_messages_after_resolved" => {
                    support::read_option(
                        &mut object,
                        &mut allow_messages_after_resolved_field,
                    )
                }
                "lock_to_single_conversation" => {
                    support::read_option(
                        &mut object,
                        &mut lock_to_single_conversation_field,
                    )
                }
                "portal_id" => support::read_option(&mut object, &mut portal_id_field),
                "sender_name_type" => {
                    support::read_option(&mut object, &mut sender_name_type_field)
                }
                "business_name" => {
                    support::read_option(&mut object, &mut business_name_field)
                }
                "channel" => support::read_option(&mut object, &mut channel_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            avatar: avatar_field,
            greeting_enabled: greeting_enabled_field,
            greeting_message: greeting_message_field,
            enable_email_collect: enable_email_collect_field,
            csat_survey_enabled: csat_survey_enabled_field,
            enable_auto_assignment: enable_auto_assignment_field,
            working_hours_enabled: working_hours_enabled_field,
            out_of_office_message: out_of_office_message_field,
            timezone: timezone_field,
            allow_messages_after_resolved: allow_messages_after_resolved_field,
            lock_to_single_conversation: lock_to_single_conversation_field,
            portal_id: portal_id_field,
            sender_name_type: sender_name_type_field,
            business_name: business_name_field,
            channel: channel_field,
        })
    }
}

/// Sender name type for the inbox
pub type InboxUpdatePayloadSenderNameType = InboxCreatePayloadSenderNameType;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InboxUpdatePayloadChannel {
    /// URL at which the widget will be loaded
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
    /// Welcome title to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome_title: Option<String>,
    /// Welcome tagline to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome_tagline: Option<String>,
    /// A Hex-color string used to customize the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub widget_color: Option<String>,
}

impl<'de> Deserialize<'de> for InboxUpdatePayloadChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for InboxUpdatePayloadChannel {
    const NAME: &'static str = "InboxUpdatePayloadChannel";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut website_url_field: Option<String> = None;
        let mut welcome_title_field: Option<String> = None;
        let mut welcome_tagline_field: Option<String> = None;
        let mut widget_color_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "website_url" => {
                    support::read_option(&mut object, &mut website_url_field)
                }
                "welcome_title" => {
                    support::read_option(&mut object, &mut welcome_title_field)
                }
                "welcome_tagline" => {
                    support::read_option(&mut object, &mut welcome_tagline_field)
                }
                "widget_color" => {
                    support::read_option(&mut object, &mut widget_color_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            website_url: website_url_field,
            welcome_title: welcome_title_field,
            welcome_tagline: welcome_tagline_field,
            widget_color: widget_color_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct InboxUpdatePayload {
    /// The name of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Image file for avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Enable greeting message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_enabled: Option<bool>,
    /// Greeting message to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub greeting_message: Option<String>,
    /// Enable email collection
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_email_collect: Option<bool>,
    /// Enable CSAT survey
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csat_survey_enabled: Option<bool>,
    /// Enable Auto Assignment
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_auto_assignment: Option<bool>,
    /// Enable working hours
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours_enabled: Option<bool>,
    /// Out of office message to be displayed on the widget
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_office_message: Option<String>,
    /// Timezone of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// Allow messages after conversation is resolved
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_messages_after_resolved: Option<bool>,
    /// Lock to single conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lock_to_single_conversation: Option<bool>,
    /// Id of the help center portal to attach to the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub portal_id: Option<i64>,
    /// Sender name type for the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_name_type: Option<InboxUpdatePayloadSenderNameType>,
    /// Business name for the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<InboxUpdatePayloadChannel>,
}

impl<'de> Deserialize<'de> for InboxUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for InboxUpdatePayload {
    const NAME: &'static str = "InboxUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut avatar_field: Option<String> = None;
        let mut greeting_enabled_field: Option<bool> = None;
        let mut greeting_message_field: Option<String> = None;
        let mut enable_email_collect_field: Option<bool> = None;
        let mut csat_survey_enabled_field: Option<bool> = None;
        let mut enable_auto_assignment_field: Option<bool> = None;
        let mut working_hours_enabled_field: Option<bool> = None;
        let mut out_of_office_message_field: Option<String> = None;
        let mut timezone_field: Option<String> = None;
        let mut allow_messages_after_resolved_field: Option<bool> = None;
        let mut lock_to_single_conversation_field: Option<bool> = None;
        let mut portal_id_field: Option<i64> = None;
        let mut sender_name_type_field: Option<InboxUpdatePayloadSenderNameType> = None;
        let mut business_name_field: Option<String> = None;
        let mut channel_field: Option<InboxUpdatePayloadChannel> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "greeting_enabled" => {
                    support::read_option(&mut object, &mut greeting_enabled_field)
                }
                "greeting_message" => {
                    support::read_option(&mut object, &mut greeting_message_field)
                }
                "enable_email_collect" => {
                    support::read_option(&mut object, &mut enable_email_collect_field)
                }
                "csat_survey_enabled" => {
                    support::read_option(&mut object, &mut csat_survey_enabled_field)
                }
                "enable_auto_assignment" => {
                    support::read_option(&mut object, &mut enable_auto_assignment_field)
                }
                "working_hours_enabled" => {
                    support::read_option(&mut object, &mut working_hours_enabled_field)
                }
                "out_of_office_message" => {
                    support::read_option(&mut object, &mut out_of_office_message_field)
                }
                "timezone" => support::read_option(&mut object, &mut timezone_field),
                "allow_messages_after_resolved" => {
                    support::read_option(
                        &mut object,
                        &mut allow_messages_after_resolved_field,
                    )
                }
                "lock_to_single_conversation" => {
                    support::read_option(
                        &mut object,
                        &mut lock_to_single_conversation_field,
                    )
                }
                "portal_id" => support::read_option(&mut object, &mut portal_id_field),
                "sender_name_type" => {
                    support::read_option(&mut object, &mut sender_name_type_field)
                }
                "business_name" => {
                    support::read_option(&mut object, &mut business_name_field)
                }
                "channel" => support::read_option(&mut object, &mut channel_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            avatar: avatar_field,
            greeting_enabled: greeting_enabled_field,
            greeting_message: greeting_message_field,
            enable_email_collect: enable_email_collect_field,
            csat_survey_enabled: csat_survey_enabled_field,
            enable_auto_assignment: enable_auto_assignment_field,
            working_hours_enabled: working_hours_enabled_field,
            out_of_office_message: out_of_office_message_field,
            timezone: timezone_field,
            allow_messages_after_resolved: allow_messages_after_resolved_field,
            lock_to_single_conversation: lock_to_single_conversation_field,
            portal_id: portal_id_field,
            sender_name_type: sender_name_type_field,
            business_name: business_name_field,
            channel: channel_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct TeamCreateUpdatePayload {
    /// The name of the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// If this setting is turned on, the system would automatically assign the conversation to an agent in the team while assigning the conversation to a team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_auto_assign: Option<bool>,
}

impl<'de> Deserialize<'de> for TeamCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for TeamCreateUpdatePayload {
    const NAME: &'static str = "TeamCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut allow_auto_assign_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "allow_auto_assign" => {
                    support::read_option(&mut object, &mut allow_auto_assign_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            description: description_field,
            allow_auto_assign: allow_auto_assign_field,
        })
    }
}

/// The description about the custom filter
pub type CustomFilterCreateUpdatePayloadType = CustomFilterType;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CustomFilterCreateUpdatePayload {
    /// The name of the custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description about the custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CustomFilterCreateUpdatePayloadType>,
    /// A query that needs to be saved as a custom filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for CustomFilterCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CustomFilterCreateUpdatePayload {
    const NAME: &'static str = "CustomFilterCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut type_field: Option<CustomFilterCreateUpdatePayloadType> = None;
        let mut query_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "type" => support::read_option(&mut object, &mut type_field),
                "query" => support::read_option(&mut object, &mut query_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            r#type: type_field,
            query: query_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebhookCreateUpdatePayloadSubscriptionsItem {
    /// `conversation_created`
    ConversationCreated,
    /// `conversation_status_changed`
    ConversationStatusChanged,
    /// `conversation_updated`
    ConversationUpdated,
    /// `message_created`
    MessageCreated,
    /// `message_updated`
    MessageUpdated,
    /// `contact_created`
    ContactCreated,
    /// `contact_updated`
    ContactUpdated,
    /// `webwidget_triggered`
    WebwidgetTriggered,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl WebhookCreateUpdatePayloadSubscriptionsItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConversationCreated => "conversation_created",
            Self::ConversationStatusChanged => "conversation_status_changed",
            Self::ConversationUpdated => "conversation_updated",
            Self::MessageCreated => "message_created",
            Self::MessageUpdated => "message_updated",
            Self::ContactCreated => "contact_created",
            Self::ContactUpdated => "contact_updated",
            Self::WebwidgetTriggered => "webwidget_triggered",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn from(value: String) -> Self {
        match value.as_str() {
            "conversation_created" => Self::ConversationCreated,
            "conversation_status_changed" => Self::ConversationStatusChanged,
            "conversation_updated" => Self::ConversationUpdated,
            "message_created" => Self::MessageCreated,
            "message_updated" => Self::MessageUpdated,
            "contact_created" => Self::ContactCreated,
            "contact_updated" => Self::ContactUpdated,
            "webwidget_triggered" => Self::WebwidgetTriggered,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct WebhookCreateUpdatePayload {
    /// The url where the events should be sent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The name of the webhook
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The events you want to subscribe to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<WebhookCreateUpdatePayloadSubscriptionsItem>>,
}

impl<'de> Deserialize<'de> for WebhookCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for WebhookCreateUpdatePayload {
    const NAME: &'static str = "WebhookCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut url_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut subscriptions_field: Option<
            Vec<WebhookCreateUpdatePayloadSubscriptionsItem>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "url" => support::read_option(&mut object, &mut url_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "subscriptions" => {
                    support::read_option(&mut object, &mut subscriptions_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            url: url_field,
            name: name_field,
            subscriptions: subscriptions_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IntegrationsHookCreatePayload {
    /// The ID of app for which integration hook is being created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<i64>,
    /// The inbox ID, if the hook is an inbox hook
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<i64>,
    /// The status of the integration (0 for inactive, 1 for active)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The settings required by the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for IntegrationsHookCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for IntegrationsHookCreatePayload {
    const NAME: &'static str = "IntegrationsHookCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut app_id_field: Option<i64> = None;
        let mut inbox_id_field: Option<i64> = None;
        let mut status_field: Option<i64> = None;
        let mut settings_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "app_id" => support::read_option(&mut object, &mut app_id_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "status" => support::read_option(&mut object, &mut status_field),
                "settings" => support::read_option(&mut object, &mut settings_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            app_id: app_id_field,
            inbox_id: inbox_id_field,
            status: status_field,
            settings: settings_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct IntegrationsHookUpdatePayload {
    /// The status of the integration (0 for inactive, 1 for active)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The settings required by the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for IntegrationsHookUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for IntegrationsHookUpdatePayload {
    const NAME: &'static str = "IntegrationsHookUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut status_field: Option<i64> = None;
        let mut settings_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "status" => support::read_option(&mut object, &mut status_field),
                "settings" => support::read_option(&mut object, &mut settings_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            status: status_field,
            settings: settings_field,
        })
    }
}

/// The event when you want to execute the automation actions
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AutomationRuleCreateUpdatePayloadEventName {
    /// `conversation_created`
    ConversationCreated,
    /// `conversation_updated`
    ConversationUpdated,
    /// `conversation_resolved`
    ConversationResolved,
    /// `message_created`
    MessageCreated,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AutomationRuleCreateUpdatePayloadEventName {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConversationCreated => "conversation_created",
            Self::ConversationUpdated => "conversation_updated",
            Self::ConversationResolved => "conversation_resolved",
            Self::MessageCreated => "message_created",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AutomationRuleCreateUpdatePayloadEventName {
    fn from(value: String) -> Self {
        match value.as_str() {
            "conversation_created" => Self::ConversationCreated,
            "conversation_updated" => Self::ConversationUpdated,
            "conversation_resolved" => Self::ConversationResolved,
            "message_created" => Self::MessageCreated,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for AutomationRuleCreateUpdatePayloadEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AutomationRuleCreateUpdatePayloadEventName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AutomationRuleCreateUpdatePayloadEventName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AutomationRuleCreateUpdatePayload {
    /// Rule name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description about the automation and actions
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The event when you want to execute the automation actions
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_name: Option<AutomationRuleCreateUpdatePayloadEventName>,
    /// Enable/disable automation rule
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Array of actions which you want to perform when condition matches, e.g add label support if message contains content help.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Array of conditions on which conversation filter would work, e.g message content contains text help.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

impl<'de> Deserialize<'de> for AutomationRuleCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AutomationRuleCreateUpdatePayload {
    const NAME: &'static str = "AutomationRuleCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut event_name_field: Option<AutomationRuleCreateUpdatePayloadEventName> = None;
        let mut active_field: Option<bool> = None;
        let mut actions_field: Option<Vec<serde_json::Map<String, serde_json::Value>>> = None;
        let mut conditions_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "event_name" => support::read_option(&mut object, &mut event_name_field),
                "active" => support::read_option(&mut object, &mut active_field),
                "actions" => support::read_option(&mut object, &mut actions_field),
                "conditions" => support::read_option(&mut object, &mut conditions_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            description: description_field,
            event_name: event_name_field,
            active: active_field,
            actions: actions_field,
            conditions: conditions_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PortalCreateUpdatePayload {
    /// Header color for help-center in hex format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Custom domain to display help center.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_domain: Option<String>,
    /// Help center header
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_text: Option<String>,
    /// link to main dashboard
    #[serde(skip_serializing_if = "Option::is_none")]
    pub homepage_link: Option<String>,
    /// Name for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Page title for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_title: Option<String>,
    /// Slug for the portal to display in link
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Status to check if portal is live
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// Configuration about supporting locales
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for PortalCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PortalCreateUpdatePayload {
    const NAME: &'static str = "PortalCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut color_field: Option<String> = None;
        let mut custom_domain_field: Option<String> = None;
        let mut header_text_field: Option<String> = None;
        let mut homepage_link_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut page_title_field: Option<String> = None;
        let mut slug_field: Option<String> = None;
        let mut archived_field: Option<bool> = None;
        let mut config_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "color" => support::read_option(&mut object, &mut color_field),
                "custom_domain" => {
                    support::read_option(&mut object, &mut custom_domain_field)
                }
                "header_text" => {
                    support::read_option(&mut object, &mut header_text_field)
                }
                "homepage_link" => {
                    support::read_option(&mut object, &mut homepage_link_field)
                }
                "name" => support::read_option(&mut object, &mut name_field),
                "page_title" => support::read_option(&mut object, &mut page_title_field),
                "slug" => support::read_option(&mut object, &mut slug_field),
                "archived" => support::read_option(&mut object, &mut archived_field),
                "config" => support::read_option(&mut object, &mut config_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            color: color_field,
            custom_domain: custom_domain_field,
            header_text: header_text_field,
            homepage_link: homepage_link_field,
            name: name_field,
            page_title: page_title_field,
            slug: slug_field,
            archived: archived_field,
            config: config_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct CategoryCreateUpdatePayload {
    /// The name of the category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A description for the category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Category position in the portal list to sort
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// The category slug used in the URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The locale of the category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The icon of the category as a string (emoji)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// To define parent category, e.g product documentation has multiple level features in sales category or in engineering category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_category_id: Option<i64>,
    /// To associate similar categories to each other, e.g same category of product documentation in different languages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_category_id: Option<i64>,
}

impl<'de> Deserialize<'de> for CategoryCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CategoryCreateUpdatePayload {
    const NAME: &'static str = "CategoryCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut position_field: Option<i64> = None;
        let mut slug_field: Option<String> = None;
        let mut locale_field: Option<String> = None;
        let mut icon_field: Option<String> = None;
        let mut parent_category_id_field: Option<i64> = None;
        let mut associated_category_id_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "position" => support::read_option(&mut object, &mut position_field),
                "slug" => support::read_option(&mut object, &mut slug_field),
                "locale" => support::read_option(&mut object, &mut locale_field),
                "icon" => support::read_option(&mut object, &mut icon_field),
                "parent_category_id" => {
                    support::read_option(&mut object, &mut parent_category_id_field)
                }
                "associated_category_id" => {
                    support::read_option(&mut object, &mut associated_category_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            description: description_field,
            position: position_field,
            slug: slug_field,
            locale: locale_field,
            icon: icon_field,
            parent_category_id: parent_category_id_field,
            associated_category_id: associated_category_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ArticleCreateUpdatePayload {
    /// The title of the article
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The slug of the article
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// article position in category
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// The text content.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The description of the article
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The category id of the article
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_id: Option<i64>,
    /// The author agent id of the article
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<i64>,
    /// To associate similar articles to each other, e.g to provide the link for the reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_article_id: Option<i64>,
    /// The status of the article. 0 for draft, 1 for published, 2 for archived
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The locale of the article
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Use for search
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for ArticleCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ArticleCreateUpdatePayload {
    const NAME: &'static str = "ArticleCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut title_field: Option<String> = None;
        let mut slug_field: Option<String> = None;
        let mut position_field: Option<i64> = None;
        let mut content_field: Option<String> = None;
        let mut description_field: Option<String> = None;
        let mut category_id_field: Option<i64> = None;
        let mut author_id_field: Option<i64> = None;
        let mut associated_article_id_field: Option<i64> = None;
        let mut status_field: Option<i64> = None;
        let mut locale_field: Option<String> = None;
        let mut meta_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "title" => support::read_option(&mut object, &mut title_field),
                "slug" => support::read_option(&mut object, &mut slug_field),
                "position" => support::read_option(&mut object, &mut position_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "description" => {
                    support::read_option(&mut object, &mut description_field)
                }
                "category_id" => {
                    support::read_option(&mut object, &mut category_id_field)
                }
                "author_id" => support::read_option(&mut object, &mut author_id_field),
                "associated_article_id" => {
                    support::read_option(&mut object, &mut associated_article_id_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "locale" => support::read_option(&mut object, &mut locale_field),
                "meta" => support::read_option(&mut object, &mut meta_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            title: title_field,
            slug: slug_field,
            position: position_field,
            content: content_field,
            description: description_field,
            category_id: category_id_field,
            author_id: author_id_field,
            associated_article_id: associated_article_id_field,
            status: status_field,
            locale: locale_field,
            meta: meta_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicContactCreateUpdatePayload {
    /// External identifier of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Identifier hash prepared for HMAC authentication
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier_hash: Option<String>,
    /// Email of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Custom attributes of the customer
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for PublicContactCreateUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicContactCreateUpdatePayload {
    const NAME: &'static str = "PublicContactCreateUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut identifier_field: Option<String> = None;
        let mut identifier_hash_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut phone_number_field: Option<String> = None;
        let mut avatar_field: Option<String> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "identifier_hash" => {
                    support::read_option(&mut object, &mut identifier_hash_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "avatar" => support::read_option(&mut object, &mut avatar_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            identifier: identifier_field,
            identifier_hash: identifier_hash_field,
            email: email_field,
            name: name_field,
            phone_number: phone_number_field,
            avatar: avatar_field,
            custom_attributes: custom_attributes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicMessageCreatePayload {
    /// Content for the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Temporary identifier which will be passed back via websockets
    #[serde(skip_serializing_if = "Option::is_none")]
    pub echo_id: Option<String>,
}

impl<'de> Deserialize<'de> for PublicMessageCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicMessageCreatePayload {
    const NAME: &'static str = "PublicMessageCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut content_field: Option<String> = None;
        let mut echo_id_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "content" => support::read_option(&mut object, &mut content_field),
                "echo_id" => support::read_option(&mut object, &mut echo_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            content: content_field,
            echo_id: echo_id_field,
        })
    }
}

/// The CSAT survey response
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse {
    /// The feedback message of the CSAT survey response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback_message: Option<String>,
    /// The rating of the CSAT survey response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<i64>,
}

impl<'de> Deserialize<'de>
for PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject
for PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse {
    const NAME: &'static str = "PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut feedback_message_field: Option<String> = None;
        let mut rating_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "feedback_message" => {
                    support::read_option(&mut object, &mut feedback_message_field)
                }
                "rating" => support::read_option(&mut object, &mut rating_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            feedback_message: feedback_message_field,
            rating: rating_field,
        })
    }
}

/// Replies to the Bot Message Types
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicMessageUpdatePayloadSubmittedValues {
    /// The name of the submiitted value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The title of the submitted value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The value of the submitted value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The CSAT survey response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csat_survey_response: Option<
        PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse,
    >,
}

impl<'de> Deserialize<'de> for PublicMessageUpdatePayloadSubmittedValues {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicMessageUpdatePayloadSubmittedValues {
    const NAME: &'static str = "PublicMessageUpdatePayloadSubmittedValues";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut name_field: Option<String> = None;
        let mut title_field: Option<String> = None;
        let mut value_field: Option<String> = None;
        let mut csat_survey_response_field: Option<
            PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "name" => support::read_option(&mut object, &mut name_field),
                "title" => support::read_option(&mut object, &mut title_field),
                "value" => support::read_option(&mut object, &mut value_field),
                "csat_survey_response" => {
                    support::read_option(&mut object, &mut csat_survey_response_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            name: name_field,
            title: title_field,
            value: value_field,
            csat_survey_response: csat_survey_response_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicMessageUpdatePayload {
    /// Replies to the Bot Message Types
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_values: Option<PublicMessageUpdatePayloadSubmittedValues>,
}

impl<'de> Deserialize<'de> for PublicMessageUpdatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicMessageUpdatePayload {
    const NAME: &'static str = "PublicMessageUpdatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut submitted_values_field: Option<
            PublicMessageUpdatePayloadSubmittedValues,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "submitted_values" => {
                    support::read_option(&mut object, &mut submitted_values_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            submitted_values: submitted_values_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct PublicConversationCreatePayload {
    /// Custom attributes of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for PublicConversationCreatePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for PublicConversationCreatePayload {
    const NAME: &'static str = "PublicConversationCreatePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            custom_attributes: custom_attributes_field,
        })
    }
}

pub type ExtendedContactPayloadItem = ContactPayloadItem;

/// Availability status of the user
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExtendedContactAvailabilityStatus {
    /// `online`
    Online,
    /// `offline`
    Offline,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ExtendedContactAvailabilityStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "online",
            Self::Offline => "offline",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ExtendedContactAvailabilityStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "online" => Self::Online,
            "offline" => Self::Offline,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ExtendedContactAvailabilityStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ExtendedContactAvailabilityStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ExtendedContactAvailabilityStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ExtendedContact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ExtendedContactPayloadItem>>,
    /// Id of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Availability status of the user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<ExtendedContactAvailabilityStatus>,
}

impl<'de> Deserialize<'de> for ExtendedContact {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ExtendedContact {
    const NAME: &'static str = "ExtendedContact";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<ExtendedContactPayloadItem>> = None;
        let mut id_field: Option<f64> = None;
        let mut availability_status_field: Option<ExtendedContactAvailabilityStatus> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                "id" => support::read_option(&mut object, &mut id_field),
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            payload: payload_field,
            id: id_field,
            availability_status: availability_status_field,
        })
    }
}

pub type ContactBasePayloadItem = ContactPayloadItem;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactBase {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactBasePayloadItem>>,
}

impl<'de> Deserialize<'de> for ContactBase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactBase {
    const NAME: &'static str = "ContactBase";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut payload_field: Option<Vec<ContactBasePayloadItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            payload: payload_field,
        })
    }
}

/// array of contacts
pub type ContactList = Vec<Contact>;

/// The status of the conversation
pub type ContactConversationsItemStatus = ConversationStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationsItemMetaSender {
    /// The additional attributes of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The availability status of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<String>,
    /// The email of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// ID fo the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The name of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The phone number of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether the sender is blocked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// The identifier of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Avatar URL of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// The custom attributes of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<f64>,
    /// The created at of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<f64>,
}

impl<'de> Deserialize<'de> for ContactConversationsItemMetaSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationsItemMetaSender {
    const NAME: &'static str = "ContactConversationsItemMetaSender";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut availability_status_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut phone_number_field: Option<String> = None;
        let mut blocked_field: Option<bool> = None;
        let mut identifier_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut last_activity_at_field: Option<f64> = None;
        let mut created_at_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "blocked" => support::read_option(&mut object, &mut blocked_field),
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            additional_attributes: additional_attributes_field,
            availability_status: availability_status_field,
            email: email_field,
            id: id_field,
            name: name_field,
            phone_number: phone_number_field,
            blocked: blocked_field,
            identifier: identifier_field,
            thumbnail: thumbnail_field,
            custom_attributes: custom_attributes_field,
            last_activity_at: last_activity_at_field,
            created_at: created_at_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationsItemMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<ContactConversationsItemMetaSender>,
    /// Channel Type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<User>,
    /// Whether the hmac is verified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hmac_verified: Option<bool>,
}

impl<'de> Deserialize<'de> for ContactConversationsItemMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationsItemMeta {
    const NAME: &'static str = "ContactConversationsItemMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut sender_field: Option<ContactConversationsItemMetaSender> = None;
        let mut channel_field: Option<String> = None;
        let mut assignee_field: Option<User> = None;
        let mut hmac_verified_field: Option<bool> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "sender" => support::read_option(&mut object, &mut sender_field),
                "channel" => support::read_option(&mut object, &mut channel_field),
                "assignee" => support::read_option(&mut object, &mut assignee_field),
                "hmac_verified" => {
                    support::read_option(&mut object, &mut hmac_verified_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            sender: sender_field,
            channel: channel_field,
            assignee: assignee_field,
            hmac_verified: hmac_verified_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationsItem {
    /// ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Message>>,
    /// Account Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// UUID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The object containing additional attributes related to the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_last_seen_at: Option<f64>,
    /// The last activity at of the assignee
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_last_seen_at: Option<f64>,
    /// Whether the conversation can be replied to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_reply: Option<bool>,
    /// The last activity at of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_last_seen_at: Option<f64>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
    /// The labels of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Whether the conversation is muted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub muted: Option<bool>,
    /// The time at which the conversation will be unmuted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<f64>,
    /// The status of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ContactConversationsItemStatus>,
    /// The time at which conversation was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<f64>,
    /// The time at which conversation was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<f64>,
    /// The time at which conversation was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// The time at which the first reply was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reply_created_at: Option<f64>,
    /// The number of unread messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unread_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_non_activity_message: Option<Message>,
    /// The last activity at of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<f64>,
    /// The priority of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// The time at which the conversation was waiting
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting_since: Option<f64>,
    /// The ID of the SLA policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_policy_id: Option<f64>,
    /// The applied SLA
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_sla: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_events: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ContactConversationsItemMeta>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_id: Option<f64>,
}

impl<'de> Deserialize<'de> for ContactConversationsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationsItem {
    const NAME: &'static str = "ContactConversationsItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut messages_field: Option<Vec<Message>> = None;
        let mut account_id_field: Option<f64> = None;
        let mut uuid_field: Option<String> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut agent_last_seen_at_field: Option<f64> = None;
        let mut assignee_last_seen_at_field: Option<f64> = None;
        let mut can_reply_field: Option<bool> = None;
        let mut contact_last_seen_at_field: Option<f64> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut inbox_id_field: Option<f64> = None;
        let mut labels_field: Option<Vec<String>> = None;
        let mut muted_field: Option<bool> = None;
        let mut snoozed_until_field: Option<f64> = None;
        let mut status_field: Option<ContactConversationsItemStatus> = None;
        let mut created_at_field: Option<f64> = None;
        let mut updated_at_field: Option<f64> = None;
        let mut timestamp_field: Option<String> = None;
        let mut first_reply_created_at_field: Option<f64> = None;
        let mut unread_count_field: Option<f64> = None;
        let mut last_non_activity_message_field: Option<Message> = None;
        let mut last_activity_at_field: Option<f64> = None;
        let mut priority_field: Option<String> = None;
        let mut waiting_since_field: Option<f64> = None;
        let mut sla_policy_id_field: Option<f64> = None;
        let mut applied_sla_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut sla_events_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut meta_field: Option<ContactConversationsItemMeta> = None;
        let mut display_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "messages" => support::read_option(&mut object, &mut messages_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "uuid" => support::read_option(&mut object, &mut uuid_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "agent_last_seen_at" => {
                    support::read_option(&mut object, &mut agent_last_seen_at_field)
                }
                "assignee_last_seen_at" => {
                    support::read_option(&mut object, &mut assignee_last_seen_at_field)
                }
                "can_reply" => support::read_option(&mut object, &mut can_reply_field),
                "contact_last_seen_at" => {
                    support::read_option(&mut object, &mut contact_last_seen_at_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "labels" => support::read_option(&mut object, &mut labels_field),
                "muted" => support::read_option(&mut object, &mut muted_field),
                "snoozed_until" => {
                    support::read_option(&mut object, &mut snoozed_until_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                "timestamp" => support::read_option(&mut object, &mut timestamp_field),
                "first_reply_created_at" => {
                    support::read_option(&mut object, &mut first_reply_created_at_field)
                }
                "unread_count" => {
                    support::read_option(&mut object, &mut unread_count_field)
                }
                "last_non_activity_message" => {
                    support::read_option(
                        &mut object,
                        &mut last_non_activity_message_field,
                    )
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "priority" => support::read_option(&mut object, &mut priority_field),
                "waiting_since" => {
                    support::read_option(&mut object, &mut waiting_since_field)
                }
                "sla_policy_id" => {
                    support::read_option(&mut object, &mut sla_policy_id_field)
                }
                "applied_sla" => {
                    support::read_option(&mut object, &mut applied_sla_field)
                }
                "sla_events" => support::read_option(&mut object, &mut sla_events_field),
                "meta" => support::read_option(&mut object, &mut meta_field),
                "display_id" => support::read_option(&mut object, &mut display_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            messages: messages_field,
            account_id: account_id_field,
            uuid: uuid_field,
            additional_attributes: additional_attributes_field,
            agent_last_seen_at: agent_last_seen_at_field,
            assignee_last_seen_at: assignee_last_seen_at_field,
            can_reply: can_reply_field,
            contact_last_seen_at: contact_last_seen_at_field,
            custom_attributes: custom_attributes_field,
            inbox_id: inbox_id_field,
            labels: labels_field,
            muted: muted_field,
            snoozed_until: snoozed_until_field,
            status: status_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
            timestamp: timestamp_field,
            first_reply_created_at: first_reply_created_at_field,
            unread_count: unread_count_field,
            last_non_activity_message: last_non_activity_message_field,
            last_activity_at: last_activity_at_field,
            priority: priority_field,
            waiting_since: waiting_since_field,
            sla_policy_id: sla_policy_id_field,
            applied_sla: applied_sla_field,
            sla_events: sla_events_field,
            meta: meta_field,
            display_id: display_id_field,
        })
    }
}

/// array of conversations
pub type ContactConversations = Vec<ContactConversationsItem>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactLabels {
    /// Array of labels
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for ContactLabels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactLabels {
    const NAME: &'static str = "ContactLabels";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<String>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationListDataMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mine_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unassigned_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub all_count: Option<f64>,
}

impl<'de> Deserialize<'de> for ConversationListDataMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationListDataMeta {
    const NAME: &'static str = "ConversationListDataMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut mine_count_field: Option<f64> = None;
        let mut unassigned_count_field: Option<f64> = None;
        let mut assigned_count_field: Option<f64> = None;
        let mut all_count_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "mine_count" => support::read_option(&mut object, &mut mine_count_field),
                "unassigned_count" => {
                    support::read_option(&mut object, &mut unassigned_count_field)
                }
                "assigned_count" => {
                    support::read_option(&mut object, &mut assigned_count_field)
                }
                "all_count" => support::read_option(&mut object, &mut all_count_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            mine_count: mine_count_field,
            unassigned_count: unassigned_count_field,
            assigned_count: assigned_count_field,
            all_count: all_count_field,
        })
    }
}

/// The status of the conversation
pub type ConversationListDataPayloadItemStatus = ConversationStatus;

pub type ConversationListDataPayloadItemMetaSender = ContactConversationsItemMetaSender;

pub type ConversationListDataPayloadItemMeta = ContactConversationsItemMeta;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationListDataPayloadItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<Message>>,
    /// Account Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// UUID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The object containing additional attributes related to the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_last_seen_at: Option<f64>,
    /// The last activity at of the assignee
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_last_seen_at: Option<f64>,
    /// Whether the conversation can be replied to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub can_reply: Option<bool>,
    /// The last activity at of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_last_seen_at: Option<f64>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
    /// The labels of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Whether the conversation is muted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub muted: Option<bool>,
    /// The time at which the conversation will be unmuted
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<f64>,
    /// The status of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ConversationListDataPayloadItemStatus>,
    /// The time at which conversation was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<f64>,
    /// The time at which conversation was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<f64>,
    /// The time at which conversation was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// The time at which the first reply was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_reply_created_at: Option<f64>,
    /// The number of unread messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unread_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_non_activity_message: Option<Message>,
    /// The last activity at of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<f64>,
    /// The priority of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<String>,
    /// The time at which the conversation was waiting
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting_since: Option<f64>,
    /// The ID of the SLA policy
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_policy_id: Option<f64>,
    /// The applied SLA
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_sla: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_events: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationListDataPayloadItemMeta>,
}

impl<'de> Deserialize<'de> for ConversationListDataPayloadItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationListDataPayloadItem {
    const NAME: &'static str = "ConversationListDataPayloadItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut messages_field: Option<Vec<Message>> = None;
        let mut account_id_field: Option<f64> = None;
        let mut uuid_field: Option<String> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut agent_last_seen_at_field: Option<f64> = None;
        let mut assignee_last_seen_at_field: Option<f64> = None;
        let mut can_reply_field: Option<bool> = None;
        let mut contact_last_seen_at_field: Option<f64> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut inbox_id_field: Option<f64> = None;
        let mut labels_field: Option<Vec<String>> = None;
        let mut muted_field: Option<bool> = None;
        let mut snoozed_until_field: Option<f64> = None;
        let mut status_field: Option<ConversationListDataPayloadItemStatus> = None;
        let mut created_at_field: Option<f64> = None;
        let mut updated_at_field: Option<f64> = None;
        let mut timestamp_field: Option<String> = None;
        let mut first_reply_created_at_field: Option<f64> = None;
        let mut unread_count_field: Option<f64> = None;
        let mut last_non_activity_message_field: Option<Message> = None;
        let mut last_activity_at_field: Option<f64> = None;
        let mut priority_field: Option<String> = None;
        let mut waiting_since_field: Option<f64> = None;
        let mut sla_policy_id_field: Option<f64> = None;
        let mut applied_sla_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut sla_events_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut meta_field: Option<ConversationListDataPayloadItemMeta> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "messages" => support::read_option(&mut object, &mut messages_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "uuid" => support::read_option(&mut object, &mut uuid_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "agent_last_seen_at" => {
                    support::read_option(&mut object, &mut agent_last_seen_at_field)
                }
                "assignee_last_seen_at" => {
                    support::read_option(&mut object, &mut assignee_last_seen_at_field)
                }
                "can_reply" => support::read_option(&mut object, &mut can_reply_field),
                "contact_last_seen_at" => {
                    support::read_option(&mut object, &mut contact_last_seen_at_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "labels" => support::read_option(&mut object, &mut labels_field),
                "muted" => support::read_option(&mut object, &mut muted_field),
                "snoozed_until" => {
                    support::read_option(&mut object, &mut snoozed_until_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                "timestamp" => support::read_option(&mut object, &mut timestamp_field),
                "first_reply_created_at" => {
                    support::read_option(&mut object, &mut first_reply_created_at_field)
                }
                "unread_count" => {
                    support::read_option(&mut object, &mut unread_count_field)
                }
                "last_non_activity_message" => {
                    support::read_option(
                        &mut object,
                        &mut last_non_activity_message_field,
                    )
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "priority" => support::read_option(&mut object, &mut priority_field),
                "waiting_since" => {
                    support::read_option(&mut object, &mut waiting_since_field)
                }
                "sla_policy_id" => {
                    support::read_option(&mut object, &mut sla_policy_id_field)
                }
                "applied_sla" => {
                    support::read_option(&mut object, &mut applied_sla_field)
                }
                "sla_events" => support::read_option(&mut object, &mut sla_events_field),
                "meta" => support::read_option(&mut object, &mut meta_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            messages: messages_field,
            account_id: account_id_field,
            uuid: uuid_field,
            additional_attributes: additional_attributes_field,
            agent_last_seen_at: agent_last_seen_at_field,
            assignee_last_seen_at: assignee_last_seen_at_field,
            can_reply: can_reply_field,
            contact_last_seen_at: contact_last_seen_at_field,
            custom_attributes: custom_attributes_field,
            inbox_id: inbox_id_field,
            labels: labels_field,
            muted: muted_field,
            snoozed_until: snoozed_until_field,
            status: status_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
            timestamp: timestamp_field,
            first_reply_created_at: first_reply_created_at_field,
            unread_count: unread_count_field,
            last_non_activity_message: last_non_activity_message_field,
            last_activity_at: last_activity_at_field,
            priority: priority_field,
            waiting_since: waiting_since_field,
            sla_policy_id: sla_policy_id_field,
            applied_sla: applied_sla_field,
            sla_events: sla_events_field,
            meta: meta_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationListData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationListDataMeta>,
    /// array of conversations
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ConversationListDataPayloadItem>>,
}

impl<'de> Deserialize<'de> for ConversationListData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationListData {
    const NAME: &'static str = "ConversationListData";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<ConversationListDataMeta> = None;
        let mut payload_field: Option<Vec<ConversationListDataPayloadItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationList {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<ConversationListData>,
}

impl<'de> Deserialize<'de> for ConversationList {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationList {
    const NAME: &'static str = "ConversationList";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut data_field: Option<ConversationListData> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "data" => support::read_option(&mut object, &mut data_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { data: data_field })
    }
}

/// The status of the conversation
pub type ConversationShowStatus = ConversationStatus;

pub type ConversationShowMetaSender = ContactConversationsItemMetaSender;

pub type ConversationShowMeta = ContactConversationsItemMeta;

pub type ConversationShow = ConversationListDataPayloadItem;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationStatusTogglePayloadCurrentStatus {
    /// `open`
    Open,
    /// `resolved`
    Resolved,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationStatusTogglePayloadCurrentStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Resolved => "resolved",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationStatusTogglePayloadCurrentStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "resolved" => Self::Resolved,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationStatusTogglePayloadCurrentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationStatusTogglePayloadCurrentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationStatusTogglePayloadCurrentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationStatusTogglePayload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<ConversationStatusTogglePayloadCurrentStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
}

impl<'de> Deserialize<'de> for ConversationStatusTogglePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationStatusTogglePayload {
    const NAME: &'static str = "ConversationStatusTogglePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut success_field: Option<bool> = None;
        let mut current_status_field: Option<
            ConversationStatusTogglePayloadCurrentStatus,
        > = None;
        let mut conversation_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "success" => support::read_option(&mut object, &mut success_field),
                "current_status" => {
                    support::read_option(&mut object, &mut current_status_field)
                }
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            success: success_field,
            current_status: current_status_field,
            conversation_id: conversation_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationStatusToggle {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<ConversationStatusTogglePayload>,
}

impl<'de> Deserialize<'de> for ConversationStatusToggle {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationStatusToggle {
    const NAME: &'static str = "ConversationStatusToggle";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut payload_field: Option<ConversationStatusTogglePayload> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

pub type ConversationLabels = ContactLabels;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountSummaryPrevious {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avg_first_response_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avg_resolution_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversations_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoming_messages_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_messages_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolutions_count: Option<f64>,
}

impl<'de> Deserialize<'de> for AccountSummaryPrevious {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountSummaryPrevious {
    const NAME: &'static str = "AccountSummaryPrevious";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut avg_first_response_time_field: Option<String> = None;
        let mut avg_resolution_time_field: Option<String> = None;
        let mut conversations_count_field: Option<f64> = None;
        let mut incoming_messages_count_field: Option<f64> = None;
        let mut outgoing_messages_count_field: Option<f64> = None;
        let mut resolutions_count_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "avg_first_response_time" => {
                    support::read_option(&mut object, &mut avg_first_response_time_field)
                }
                "avg_resolution_time" => {
                    support::read_option(&mut object, &mut avg_resolution_time_field)
                }
                "conversations_count" => {
                    support::read_option(&mut object, &mut conversations_count_field)
                }
                "incoming_messages_count" => {
                    support::read_option(&mut object, &mut incoming_messages_count_field)
                }
                "outgoing_messages_count" => {
                    support::read_option(&mut object, &mut outgoing_messages_count_field)
                }
                "resolutions_count" => {
                    support::read_option(&mut object, &mut resolutions_count_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            avg_first_response_time: avg_first_response_time_field,
            avg_resolution_time: avg_resolution_time_field,
            conversations_count: conversations_count_field,
            incoming_messages_count: incoming_messages_count_field,
            outgoing_messages_count: outgoing_messages_count_field,
            resolutions_count: resolutions_count_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccountSummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avg_first_response_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avg_resolution_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversations_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incoming_messages_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgoing_messages_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolutions_count: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<AccountSummaryPrevious>,
}

impl<'de> Deserialize<'de> for AccountSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AccountSummary {
    const NAME: &'static str = "AccountSummary";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut avg_first_response_time_field: Option<String> = None;
        let mut avg_resolution_time_field: Option<String> = None;
        let mut conversations_count_field: Option<f64> = None;
        let mut incoming_messages_count_field: Option<f64> = None;
        let mut outgoing_messages_count_field: Option<f64> = None;
        let mut resolutions_count_field: Option<f64> = None;
        let mut previous_field: Option<AccountSummaryPrevious> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "avg_first_response_time" => {
                    support::read_option(&mut object, &mut avg_first_response_time_field)
                }
                "avg_resolution_time" => {
                    support::read_option(&mut object, &mut avg_resolution_time_field)
                }
                "conversations_count" => {
                    support::read_option(&mut object, &mut conversations_count_field)
                }
                "incoming_messages_count" => {
                    support::read_option(&mut object, &mut incoming_messages_count_field)
                }
                "outgoing_messages_count" => {
                    support::read_option(&mut object, &mut outgoing_messages_count_field)
                }
                "resolutions_count" => {
                    support::read_option(&mut object, &mut resolutions_count_field)
                }
                "previous" => support::read_option(&mut object, &mut previous_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            avg_first_response_time: avg_first_response_time_field,
            avg_resolution_time: avg_resolution_time_field,
            conversations_count: conversations_count_field,
            incoming_messages_count: incoming_messages_count_field,
            outgoing_messages_count: outgoing_messages_count_field,
            resolutions_count: resolutions_count_field,
            previous: previous_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AgentConversationMetricsMetric {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unattended: Option<f64>,
}

impl<'de> Deserialize<'de> for AgentConversationMetricsMetric {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentConversationMetricsMetric {
    const NAME: &'static str = "AgentConversationMetricsMetric";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut open_field: Option<f64> = None;
        let mut unattended_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "open" => support::read_option(&mut object, &mut open_field),
                "unattended" => support::read_option(&mut object, &mut unattended_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            open: open_field,
            unattended: unattended_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AgentConversationMetrics {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metric: Option<AgentConversationMetricsMetric>,
}

impl<'de> Deserialize<'de> for AgentConversationMetrics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AgentConversationMetrics {
    const NAME: &'static str = "AgentConversationMetrics";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut email_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut availability_field: Option<String> = None;
        let mut metric_field: Option<AgentConversationMetricsMetric> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "email" => support::read_option(&mut object, &mut email_field),
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "availability" => {
                    support::read_option(&mut object, &mut availability_field)
                }
                "metric" => support::read_option(&mut object, &mut metric_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            email: email_field,
            thumbnail: thumbnail_field,
            availability: availability_field,
            metric: metric_field,
        })
    }
}

/// The object containing additional attributes related to the contact
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactDetailAdditionalAttributes {
    /// City of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Country code of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
    /// IP address when the contact was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at_ip: Option<String>,
}

impl<'de> Deserialize<'de> for ContactDetailAdditionalAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactDetailAdditionalAttributes {
    const NAME: &'static str = "ContactDetailAdditionalAttributes";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut city_field: Option<String> = None;
        let mut country_field: Option<String> = None;
        let mut country_code_field: Option<String> = None;
        let mut created_at_ip_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "city" => support::read_option(&mut object, &mut city_field),
                "country" => support::read_option(&mut object, &mut country_field),
                "country_code" => {
                    support::read_option(&mut object, &mut country_code_field)
                }
                "created_at_ip" => {
                    support::read_option(&mut object, &mut created_at_ip_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            city: city_field,
            country: country_field,
            country_code: country_code_field,
            created_at_ip: created_at_ip_field,
        })
    }
}

/// The type of entity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactDetailType {
    /// `contact`
    Contact,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ContactDetailType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Contact => "contact",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactDetailType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "contact" => Self::Contact,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ContactDetailType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContactDetailType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactDetailType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactDetail {
    /// The object containing additional attributes related to the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<ContactDetailAdditionalAttributes>,
    /// The custom attributes of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The email address of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The ID of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The identifier of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The phone number of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The thumbnail of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// Whether the contact is blocked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// The type of entity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ContactDetailType>,
}

impl<'de> Deserialize<'de> for ContactDetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactDetail {
    const NAME: &'static str = "ContactDetail";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut additional_attributes_field: Option<ContactDetailAdditionalAttributes> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut email_field: Option<String> = None;
        let mut id_field: Option<i64> = None;
        let mut identifier_field: Option<String> = None;
        let mut name_field: Option<String> = None;
        let mut phone_number_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut blocked_field: Option<bool> = None;
        let mut type_field: Option<ContactDetailType> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "id" => support::read_option(&mut object, &mut id_field),
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "blocked" => support::read_option(&mut object, &mut blocked_field),
                "type" => support::read_option(&mut object, &mut type_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            additional_attributes: additional_attributes_field,
            custom_attributes: custom_attributes_field,
            email: email_field,
            id: id_field,
            identifier: identifier_field,
            name: name_field,
            phone_number: phone_number_field,
            thumbnail: thumbnail_field,
            blocked: blocked_field,
            r#type: type_field,
        })
    }
}

/// The type of the message (0: incoming, 1: outgoing, 2: activity, 3: template)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageDetailedMessageType {
    /// `0`
    V0,
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// A value the spec does not list, as the server sent it.
    Unknown(i64),
}

impl MessageDetailedMessageType {
    /// The value as it appears on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::V0 => 0,
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for MessageDetailedMessageType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::V0,
            1 => Self::V1,
            2 => Self::V2,
            3 => Self::V3,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for MessageDetailedMessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for MessageDetailedMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for MessageDetailedMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

/// The type of the message content
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MessageDetailedContentType {
    /// `text`
    Text,
    /// `input_select`
    InputSelect,
    /// `cards`
    Cards,
    /// `form`
    Form,
    /// `input_csat`
    InputCsat,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MessageDetailedContentType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::InputSelect => "input_select",
            Self::Cards => "cards",
            Self::Form => "form",
            Self::InputCsat => "input_csat",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MessageDetailedContentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "text" => Self::Text,
            "input_select" => Self::InputSelect,
            "cards" => Self::Cards,
            "form" => Self::Form,
            "input_csat" => Self::InputCsat,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for MessageDetailedContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for MessageDetailedContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MessageDetailedContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// The status of the message
pub type MessageDetailedStatus = MessageStatus;

/// The content attributes for each content_type
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDetailedContentAttributes {
    /// ID of the message this is replying to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_reply_to: Option<String>,
}

impl<'de> Deserialize<'de> for MessageDetailedContentAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for MessageDetailedContentAttributes {
    const NAME: &'static str = "MessageDetailedContentAttributes";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut in_reply_to_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "in_reply_to" => {
                    support::read_option(&mut object, &mut in_reply_to_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            in_reply_to: in_reply_to_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MessageDetailed {
    /// The ID of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// The text content of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
    /// The ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
    /// The type of the message (0: incoming, 1: outgoing, 2: activity, 3: template)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<MessageDetailedMessageType>,
    /// The type of the message content
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<MessageDetailedContentType>,
    /// The status of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<MessageDetailedStatus>,
    /// The content attributes for each content_type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_attributes: Option<MessageDetailedContentAttributes>,
    /// The timestamp when message was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// The flag which shows whether the message is private or not
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// The source ID of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<ContactDetail>,
}

impl<'de> Deserialize<'de> for MessageDetailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for MessageDetailed {
    const NAME: &'static str = "MessageDetailed";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut content_field: Option<String> = None;
        let mut inbox_id_field: Option<f64> = None;
        let mut conversation_id_field: Option<f64> = None;
        let mut message_type_field: Option<MessageDetailedMessageType> = None;
        let mut content_type_field: Option<MessageDetailedContentType> = None;
        let mut status_field: Option<MessageDetailedStatus> = None;
        let mut content_attributes_field: Option<MessageDetailedContentAttributes> = None;
        let mut created_at_field: Option<i64> = None;
        let mut private_field: Option<bool> = None;
        let mut source_id_field: Option<String> = None;
        let mut sender_field: Option<ContactDetail> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                "message_type" => {
                    support::read_option(&mut object, &mut message_type_field)
                }
                "content_type" => {
                    support::read_option(&mut object, &mut content_type_field)
                }
                "status" => support::read_option(&mut object, &mut status_field),
                "content_attributes" => {
                    support::read_option(&mut object, &mut content_attributes_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "private" => support::read_option(&mut object, &mut private_field),
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "sender" => support::read_option(&mut object, &mut sender_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            content: content_field,
            inbox_id: inbox_id_field,
            conversation_id: conversation_id_field,
            message_type: message_type_field,
            content_type: content_type_field,
            status: status_field,
            content_attributes: content_attributes_field,
            created_at: created_at_field,
            private: private_field,
            source_id: source_id_field,
            sender: sender_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMetaAdditionalAttributesBrowser {
    /// Name of the device
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// Name of the browser
    #[serde(skip_serializing_if = "Option::is_none")]
    pub browser_name: Option<String>,
    /// Name of the platform
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_name: Option<String>,
    /// Version of the browser
    #[serde(skip_serializing_if = "Option::is_none")]
    pub browser_version: Option<String>,
    /// Version of the platform
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform_version: Option<String>,
}

impl<'de> Deserialize<'de> for ConversationMetaAdditionalAttributesBrowser {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMetaAdditionalAttributesBrowser {
    const NAME: &'static str = "ConversationMetaAdditionalAttributesBrowser";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut device_name_field: Option<String> = None;
        let mut browser_name_field: Option<String> = None;
        let mut platform_name_field: Option<String> = None;
        let mut browser_version_field: Option<String> = None;
        let mut platform_version_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "device_name" => {
                    support::read_option(&mut object, &mut device_name_field)
                }
                "browser_name" => {
                    support::read_option(&mut object, &mut browser_name_field)
                }
                "platform_name" => {
                    support::read_option(&mut object, &mut platform_name_field)
                }
                "browser_version" => {
                    support::read_option(&mut object, &mut browser_version_field)
                }
                "platform_version" => {
                    support::read_option(&mut object, &mut platform_version_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            device_name: device_name_field,
            browser_name: browser_name_field,
            platform_name: platform_name_field,
            browser_version: browser_version_field,
            platform_version: platform_version_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMetaAdditionalAttributesInitiatedAt {
    /// Timestamp when the conversation was initiated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

impl<'de> Deserialize<'de> for ConversationMetaAdditionalAttributesInitiatedAt {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMetaAdditionalAttributesInitiatedAt {
    const NAME: &'static str = "ConversationMetaAdditionalAttributesInitiatedAt";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut timestamp_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "timestamp" => support::read_option(&mut object, &mut timestamp_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { timestamp: timestamp_field })
    }
}

/// Additional attributes of the conversation
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMetaAdditionalAttributes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub browser: Option<ConversationMetaAdditionalAttributesBrowser>,
    /// Referrer URL
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiated_at: Option<ConversationMetaAdditionalAttributesInitiatedAt>,
    /// Browser language setting
    #[serde(skip_serializing_if = "Option::is_none")]
    pub browser_language: Option<String>,
    /// Conversation language
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_language: Option<String>,
}

impl<'de> Deserialize<'de> for ConversationMetaAdditionalAttributes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMetaAdditionalAttributes {
    const NAME: &'static str = "ConversationMetaAdditionalAttributes";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut browser_field: Option<ConversationMetaAdditionalAttributesBrowser> = None;
        let mut referer_field: Option<String> = None;
        let mut initiated_at_field: Option<
            ConversationMetaAdditionalAttributesInitiatedAt,
        > = None;
        let mut browser_language_field: Option<String> = None;
        let mut conversation_language_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "browser" => support::read_option(&mut object, &mut browser_field),
                "referer" => support::read_option(&mut object, &mut referer_field),
                "initiated_at" => {
                    support::read_option(&mut object, &mut initiated_at_field)
                }
                "browser_language" => {
                    support::read_option(&mut object, &mut browser_language_field)
                }
                "conversation_language" => {
                    support::read_option(&mut object, &mut conversation_language_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            browser: browser_field,
            referer: referer_field,
            initiated_at: initiated_at_field,
            browser_language: browser_language_field,
            conversation_language: conversation_language_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMeta {
    /// Labels associated with the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// Additional attributes of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<ConversationMetaAdditionalAttributes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<ContactDetail>,
    /// Timestamp when the agent last saw the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_last_seen_at: Option<String>,
    /// Timestamp when the assignee last saw the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_last_seen_at: Option<String>,
}

impl<'de> Deserialize<'de> for ConversationMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMeta {
    const NAME: &'static str = "ConversationMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut labels_field: Option<Vec<String>> = None;
        let mut additional_attributes_field: Option<
            ConversationMetaAdditionalAttributes,
        > = None;
        let mut contact_field: Option<ContactDetail> = None;
        let mut agent_last_seen_at_field: Option<String> = None;
        let mut assignee_last_seen_at_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "labels" => support::read_option(&mut object, &mut labels_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "contact" => support::read_option(&mut object, &mut contact_field),
                "agent_last_seen_at" => {
                    support::read_option(&mut object, &mut agent_last_seen_at_field)
                }
                "assignee_last_seen_at" => {
                    support::read_option(&mut object, &mut assignee_last_seen_at_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            labels: labels_field,
            additional_attributes: additional_attributes_field,
            contact: contact_field,
            agent_last_seen_at: agent_last_seen_at_field,
            assignee_last_seen_at: assignee_last_seen_at_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationMessages {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationMeta>,
    /// List of messages in the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<MessageDetailed>>,
}

impl<'de> Deserialize<'de> for ConversationMessages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationMessages {
    const NAME: &'static str = "ConversationMessages";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<ConversationMeta> = None;
        let mut payload_field: Option<Vec<MessageDetailed>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactMeta {
    /// Total number of contacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Current page number
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_page: Option<String>,
}

impl<'de> Deserialize<'de> for ContactMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactMeta {
    const NAME: &'static str = "ContactMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut count_field: Option<i64> = None;
        let mut current_page_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "count" => support::read_option(&mut object, &mut count_field),
                "current_page" => {
                    support::read_option(&mut object, &mut current_page_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            count: count_field,
            current_page: current_page_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactInboxInbox {
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// URL for the inbox avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// ID of the channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_id: Option<i64>,
    /// Name of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Type of channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel_type: Option<String>,
    /// Provider of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

impl<'de> Deserialize<'de> for ContactInboxInbox {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactInboxInbox {
    const NAME: &'static str = "ContactInboxInbox";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut channel_id_field: Option<i64> = None;
        let mut name_field: Option<String> = None;
        let mut channel_type_field: Option<String> = None;
        let mut provider_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "channel_id" => support::read_option(&mut object, &mut channel_id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "channel_type" => {
                    support::read_option(&mut object, &mut channel_type_field)
                }
                "provider" => support::read_option(&mut object, &mut provider_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            avatar_url: avatar_url_field,
            channel_id: channel_id_field,
            name: name_field,
            channel_type: channel_type_field,
            provider: provider_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactInbox {
    /// Source identifier for the contact inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<ContactInboxInbox>,
}

impl<'de> Deserialize<'de> for ContactInbox {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactInbox {
    const NAME: &'static str = "ContactInbox";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut source_id_field: Option<String> = None;
        let mut inbox_field: Option<ContactInboxInbox> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "inbox" => support::read_option(&mut object, &mut inbox_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            source_id: source_id_field,
            inbox: inbox_field,
        })
    }
}

/// The object containing additional attributes related to the contact
pub type ContactListItemAdditionalAttributes = ContactDetailAdditionalAttributes;

/// Availability status of the contact
pub type ContactListItemAvailabilityStatus = ExtendedContactAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactListItem {
    /// The object containing additional attributes related to the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<ContactListItemAdditionalAttributes>,
    /// Availability status of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<ContactListItemAvailabilityStatus>,
    /// The email address of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The ID of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The name of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The phone number of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Whether the contact is blocked
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
    /// The identifier of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The thumbnail of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// The custom attributes of the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Timestamp of last activity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<i64>,
    /// Timestamp when contact was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// List of inboxes associated with this contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_inboxes: Option<Vec<ContactInbox>>,
}

impl<'de> Deserialize<'de> for ContactListItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactListItem {
    const NAME: &'static str = "ContactListItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut additional_attributes_field: Option<
            ContactListItemAdditionalAttributes,
        > = None;
        let mut availability_status_field: Option<ContactListItemAvailabilityStatus> = None;
        let mut email_field: Option<String> = None;
        let mut id_field: Option<i64> = None;
        let mut name_field: Option<String> = None;
        let mut phone_number_field: Option<String> = None;
        let mut blocked_field: Option<bool> = None;
        let mut identifier_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut last_activity_at_field: Option<i64> = None;
        let mut created_at_field: Option<i64> = None;
        let mut contact_inboxes_field: Option<Vec<ContactInbox>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "email" => support::read_option(&mut object, &mut email_field),
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "phone_number" => {
                    support::read_option(&mut object, &mut phone_number_field)
                }
                "blocked" => support::read_option(&mut object, &mut blocked_field),
                "identifier" => support::read_option(&mut object, &mut identifier_field),
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                "custom_attributes" => {
                    support::read_option(&mut object, &mut custom_attributes_field)
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "contact_inboxes" => {
                    support::read_option(&mut object, &mut contact_inboxes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            additional_attributes: additional_attributes_field,
            availability_status: availability_status_field,
            email: email_field,
            id: id_field,
            name: name_field,
            phone_number: phone_number_field,
            blocked: blocked_field,
            identifier: identifier_field,
            thumbnail: thumbnail_field,
            custom_attributes: custom_attributes_field,
            last_activity_at: last_activity_at_field,
            created_at: created_at_field,
            contact_inboxes: contact_inboxes_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactsListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ContactMeta>,
    /// List of contacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactListItem>>,
}

impl<'de> Deserialize<'de> for ContactsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactsListResponse {
    const NAME: &'static str = "ContactsListResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<ContactMeta> = None;
        let mut payload_field: Option<Vec<ContactListItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactShowResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<ContactListItem>,
}

impl<'de> Deserialize<'de> for ContactShowResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactShowResponse {
    const NAME: &'static str = "ContactShowResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<ContactListItem> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

/// Contact inbox details
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationMessageConversationContactInbox {
    /// Source ID of the contact inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
}

impl<'de> Deserialize<'de> for ContactConversationMessageConversationContactInbox {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationMessageConversationContactInbox {
    const NAME: &'static str = "ContactConversationMessageConversationContactInbox";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut source_id_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { source_id: source_id_field })
    }
}

/// Conversation details
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationMessageConversation {
    /// ID of the assignee
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i64>,
    /// Count of unread messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unread_count: Option<i64>,
    /// Timestamp of last activity
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_activity_at: Option<i64>,
    /// Contact inbox details
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_inbox: Option<ContactConversationMessageConversationContactInbox>,
}

impl<'de> Deserialize<'de> for ContactConversationMessageConversation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationMessageConversation {
    const NAME: &'static str = "ContactConversationMessageConversation";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut assignee_id_field: Option<i64> = None;
        let mut unread_count_field: Option<i64> = None;
        let mut last_activity_at_field: Option<i64> = None;
        let mut contact_inbox_field: Option<
            ContactConversationMessageConversationContactInbox,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "assignee_id" => {
                    support::read_option(&mut object, &mut assignee_id_field)
                }
                "unread_count" => {
                    support::read_option(&mut object, &mut unread_count_field)
                }
                "last_activity_at" => {
                    support::read_option(&mut object, &mut last_activity_at_field)
                }
                "contact_inbox" => {
                    support::read_option(&mut object, &mut contact_inbox_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            assignee_id: assignee_id_field,
            unread_count: unread_count_field,
            last_activity_at: last_activity_at_field,
            contact_inbox: contact_inbox_field,
        })
    }
}

/// Details of the sender
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationMessageSender {
    /// ID of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Name of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Available name of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available_name: Option<String>,
    /// URL of the sender's avatar
    #[serde(skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Type of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Availability status of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub availability_status: Option<String>,
    /// Thumbnail URL of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
}

impl<'de> Deserialize<'de> for ContactConversationMessageSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationMessageSender {
    const NAME: &'static str = "ContactConversationMessageSender";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut name_field: Option<String> = None;
        let mut available_name_field: Option<String> = None;
        let mut avatar_url_field: Option<String> = None;
        let mut type_field: Option<String> = None;
        let mut availability_status_field: Option<String> = None;
        let mut thumbnail_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "available_name" => {
                    support::read_option(&mut object, &mut available_name_field)
                }
                "avatar_url" => support::read_option(&mut object, &mut avatar_url_field),
                "type" => support::read_option(&mut object, &mut type_field),
                "availability_status" => {
                    support::read_option(&mut object, &mut availability_status_field)
                }
                "thumbnail" => support::read_option(&mut object, &mut thumbnail_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            available_name: available_name_field,
            avatar_url: avatar_url_field,
            r#type: type_field,
            availability_status: availability_status_field,
            thumbnail: thumbnail_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationMessage {
    /// ID of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Content of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// ID of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<i64>,
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<i64>,
    /// ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<i64>,
    /// Type of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_type: Option<i64>,
    /// Timestamp when message was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Formatted datetime when message was updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Whether the message is private
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private: Option<bool>,
    /// Status of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Source ID of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Type of the content
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// Attributes of the content
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Type of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_type: Option<String>,
    /// ID of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender_id: Option<i64>,
    /// External source IDs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_source_ids: Option<serde_json::Map<String, serde_json::Value>>,
    /// Additional attributes of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Processed message content
    #[serde(skip_serializing_if = "Option::is_none")]
    pub processed_message_content: Option<String>,
    /// Sentiment analysis of the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<serde_json::Map<String, serde_json::Value>>,
    /// Conversation details
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation: Option<ContactConversationMessageConversation>,
    /// Details of the sender
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sender: Option<ContactConversationMessageSender>,
}

impl<'de> Deserialize<'de> for ContactConversationMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationMessage {
    const NAME: &'static str = "ContactConversationMessage";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<i64> = None;
        let mut content_field: Option<String> = None;
        let mut account_id_field: Option<i64> = None;
        let mut inbox_id_field: Option<i64> = None;
        let mut conversation_id_field: Option<i64> = None;
        let mut message_type_field: Option<i64> = None;
        let mut created_at_field: Option<i64> = None;
        let mut updated_at_field: Option<String> = None;
        let mut private_field: Option<bool> = None;
        let mut status_field: Option<String> = None;
        let mut source_id_field: Option<String> = None;
        let mut content_type_field: Option<String> = None;
        let mut content_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut sender_type_field: Option<String> = None;
        let mut sender_id_field: Option<i64> = None;
        let mut external_source_ids_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut processed_message_content_field: Option<String> = None;
        let mut sentiment_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut conversation_field: Option<ContactConversationMessageConversation> = None;
        let mut sender_field: Option<ContactConversationMessageSender> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "content" => support::read_option(&mut object, &mut content_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                "message_type" => {
                    support::read_option(&mut object, &mut message_type_field)
                }
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                "private" => support::read_option(&mut object, &mut private_field),
                "status" => support::read_option(&mut object, &mut status_field),
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                "content_type" => {
                    support::read_option(&mut object, &mut content_type_field)
                }
                "content_attributes" => {
                    support::read_option(&mut object, &mut content_attributes_field)
                }
                "sender_type" => {
                    support::read_option(&mut object, &mut sender_type_field)
                }
                "sender_id" => support::read_option(&mut object, &mut sender_id_field),
                "external_source_ids" => {
                    support::read_option(&mut object, &mut external_source_ids_field)
                }
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "processed_message_content" => {
                    support::read_option(
                        &mut object,
                        &mut processed_message_content_field,
                    )
                }
                "sentiment" => support::read_option(&mut object, &mut sentiment_field),
                "conversation" => {
                    support::read_option(&mut object, &mut conversation_field)
                }
                "sender" => support::read_option(&mut object, &mut sender_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            content: content_field,
            account_id: account_id_field,
            inbox_id: inbox_id_field,
            conversation_id: conversation_id_field,
            message_type: message_type_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
            private: private_field,
            status: status_field,
            source_id: source_id_field,
            content_type: content_type_field,
            content_attributes: content_attributes_field,
            sender_type: sender_type_field,
            sender_id: sender_id_field,
            external_source_ids: external_source_ids_field,
            additional_attributes: additional_attributes_field,
            processed_message_content: processed_message_content_field,
            sentiment: sentiment_field,
            conversation: conversation_field,
            sender: sender_field,
        })
    }
}

/// The status of the conversation
pub type ContactConversationsResponsePayloadItemStatus = ConversationStatus;

pub type ContactConversationsResponsePayloadItemMetaSender = ContactConversationsItemMetaSender;

pub type ContactConversationsResponsePayloadItemMeta = ContactConversationsItemMeta;

pub type ContactConversationsResponsePayloadItem = ConversationListDataPayloadItem;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactConversationsResponse {
    /// List of conversations for the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactConversationsResponsePayloadItem>>,
}

impl<'de> Deserialize<'de> for ContactConversationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactConversationsResponse {
    const NAME: &'static str = "ContactConversationsResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<ContactConversationsResponsePayloadItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactableInboxesResponse {
    /// List of contactable inboxes for the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactInbox>>,
}

impl<'de> Deserialize<'de> for ContactableInboxesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactableInboxesResponse {
    const NAME: &'static str = "ContactableInboxesResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<ContactInbox>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReportingEvent {
    /// ID of the reporting event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Name of the event (e.g., first_response, resolution, reply_time)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Value of the metric in seconds
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Value of the metric in seconds, calculated only for business hours
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_in_business_hours: Option<f64>,
    /// The timestamp when the event started
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_start_time: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The timestamp when the event ended
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_end_time: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// ID of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
    /// ID of the user/agent
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<f64>,
    /// The timestamp when the reporting event was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The timestamp when the reporting event was last updated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl<'de> Deserialize<'de> for ReportingEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ReportingEvent {
    const NAME: &'static str = "ReportingEvent";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut name_field: Option<String> = None;
        let mut value_field: Option<f64> = None;
        let mut value_in_business_hours_field: Option<f64> = None;
        let mut event_start_time_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut event_end_time_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut account_id_field: Option<f64> = None;
        let mut conversation_id_field: Option<f64> = None;
        let mut inbox_id_field: Option<f64> = None;
        let mut user_id_field: Option<f64> = None;
        let mut created_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        let mut updated_at_field: Option<chrono::DateTime<chrono::FixedOffset>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "name" => support::read_option(&mut object, &mut name_field),
                "value" => support::read_option(&mut object, &mut value_field),
                "value_in_business_hours" => {
                    support::read_option(&mut object, &mut value_in_business_hours_field)
                }
                "event_start_time" => {
                    support::read_option(&mut object, &mut event_start_time_field)
                }
                "event_end_time" => {
                    support::read_option(&mut object, &mut event_end_time_field)
                }
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                "user_id" => support::read_option(&mut object, &mut user_id_field),
                "created_at" => support::read_option(&mut object, &mut created_at_field),
                "updated_at" => support::read_option(&mut object, &mut updated_at_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            name: name_field,
            value: value_field,
            value_in_business_hours: value_in_business_hours_field,
            event_start_time: event_start_time_field,
            event_end_time: event_end_time_field,
            account_id: account_id_field,
            conversation_id: conversation_id_field,
            inbox_id: inbox_id_field,
            user_id: user_id_field,
            created_at: created_at_field,
            updated_at: updated_at_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReportingEventMeta {
    /// Total number of reporting events
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Current page number
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
    /// Total number of pages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
}

impl<'de> Deserialize<'de> for ReportingEventMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ReportingEventMeta {
    const NAME: &'static str = "ReportingEventMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut count_field: Option<i64> = None;
        let mut current_page_field: Option<i64> = None;
        let mut total_pages_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "count" => support::read_option(&mut object, &mut count_field),
                "current_page" => {
                    support::read_option(&mut object, &mut current_page_field)
                }
                "total_pages" => {
                    support::read_option(&mut object, &mut total_pages_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            count: count_field,
            current_page: current_page_field,
            total_pages: total_pages_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ReportingEventsListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ReportingEventMeta>,
    /// List of reporting events
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ReportingEvent>>,
}

impl<'de> Deserialize<'de> for ReportingEventsListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ReportingEventsListResponse {
    const NAME: &'static str = "ReportingEventsListResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<ReportingEventMeta> = None;
        let mut payload_field: Option<Vec<ReportingEvent>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetAccountAuditLogsResponse {
    /// Number of items per page
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// Total number of audit log entries
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total_entries: Option<i64>,
    /// Current page number
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
    /// Array of audit log entries
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit_logs: Option<Vec<AuditLog>>,
}

impl<'de> Deserialize<'de> for GetAccountAuditLogsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for GetAccountAuditLogsResponse {
    const NAME: &'static str = "GetAccountAuditLogsResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut per_page_field: Option<i64> = None;
        let mut total_entries_field: Option<i64> = None;
        let mut current_page_field: Option<i64> = None;
        let mut audit_logs_field: Option<Vec<AuditLog>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "per_page" => support::read_option(&mut object, &mut per_page_field),
                "total_entries" => {
                    support::read_option(&mut object, &mut total_entries_field)
                }
                "current_page" => {
                    support::read_option(&mut object, &mut current_page_field)
                }
                "audit_logs" => support::read_option(&mut object, &mut audit_logs_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            per_page: per_page_field,
            total_entries: total_entries_field,
            current_page: current_page_field,
            audit_logs: audit_logs_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetAccountCustomAttributeAttributeModel {
    /// `0`
    V0,
    /// `1`
    V1,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetAccountCustomAttributeAttributeModel {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V0 => "0",
            Self::V1 => "1",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for GetAccountCustomAttributeAttributeModel {
    fn from(value: String) -> Self {
        match value.as_str() {
            "0" => Self::V0,
            "1" => Self::V1,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for GetAccountCustomAttributeAttributeModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetAccountCustomAttributeAttributeModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAccountCustomAttributeAttributeModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactListSort {
    /// `name`
    Name,
    /// `email`
    Email,
    /// `phone_number`
    PhoneNumber,
    /// `last_activity_at`
    LastActivityAt,
    /// `-name`
    Name2,
    /// `-email`
    Email2,
    /// `-phone_number`
    PhoneNumber2,
    /// `-last_activity_at`
    LastActivityAt2,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ContactListSort {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Email => "email",
            Self::PhoneNumber => "phone_number",
            Self::LastActivityAt => "last_activity_at",
            Self::Name2 => "-name",
            Self::Email2 => "-email",
            Self::PhoneNumber2 => "-phone_number",
            Self::LastActivityAt2 => "-last_activity_at",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactListSort {
    fn from(value: String) -> Self {
        match value.as_str() {
            "name" => Self::Name,
            "email" => Self::Email,
            "phone_number" => Self::PhoneNumber,
            "last_activity_at" => Self::LastActivityAt,
            "-name" => Self::Name2,
            "-email" => Self::Email2,
            "-phone_number" => Self::PhoneNumber2,
            "-last_activity_at" => Self::LastActivityAt2,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ContactListSort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContactListSort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactListSort {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactAddLabelsBody {
    /// Array of labels (comma-separated strings)
    pub labels: Vec<String>,
}

impl<'de> Deserialize<'de> for ContactAddLabelsBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactAddLabelsBody {
    const NAME: &'static str = "ContactAddLabelsBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut labels_field: Option<Vec<String>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "labels" => support::read_value(&mut object, &mut labels_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(labels_field) = labels_field else {
            return Err(serde::de::Error::missing_field("labels"))
        };
        Ok(Self { labels: labels_field })
    }
}

pub type ContactSearchSort = ContactListSort;

/// filter operator name
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactFilterBodyPayloadItemFilterOperator {
    /// `equal_to`
    EqualTo,
    /// `not_equal_to`
    NotEqualTo,
    /// `contains`
    Contains,
    /// `does_not_contain`
    DoesNotContain,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ContactFilterBodyPayloadItemFilterOperator {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EqualTo => "equal_to",
            Self::NotEqualTo => "not_equal_to",
            Self::Contains => "contains",
            Self::DoesNotContain => "does_not_contain",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactFilterBodyPayloadItemFilterOperator {
    fn from(value: String) -> Self {
        match value.as_str() {
            "equal_to" => Self::EqualTo,
            "not_equal_to" => Self::NotEqualTo,
            "contains" => Self::Contains,
            "does_not_contain" => Self::DoesNotContain,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ContactFilterBodyPayloadItemFilterOperator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContactFilterBodyPayloadItemFilterOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactFilterBodyPayloadItemFilterOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// query operator name
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactFilterBodyPayloadItemQueryOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ContactFilterBodyPayloadItemQueryOperator {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ContactFilterBodyPayloadItemQueryOperator {
    fn from(value: String) -> Self {
        match value.as_str() {
            "AND" => Self::And,
            "OR" => Self::Or,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ContactFilterBodyPayloadItemQueryOperator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ContactFilterBodyPayloadItemQueryOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactFilterBodyPayloadItemQueryOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactFilterBodyPayloadItem {
    /// filter attribute name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    /// filter operator name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter_operator: Option<ContactFilterBodyPayloadItemFilterOperator>,
    /// array of the attribute values to filter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// query operator name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query_operator: Option<ContactFilterBodyPayloadItemQueryOperator>,
}

impl<'de> Deserialize<'de> for ContactFilterBodyPayloadItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactFilterBodyPayloadItem {
    const NAME: &'static str = "ContactFilterBodyPayloadItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut attribute_key_field: Option<String> = None;
        let mut filter_operator_field: Option<
            ContactFilterBodyPayloadItemFilterOperator,
        > = None;
        let mut values_field: Option<Vec<String>> = None;
        let mut query_operator_field: Option<
            ContactFilterBodyPayloadItemQueryOperator,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "attribute_key" => {
                    support::read_option(&mut object, &mut attribute_key_field)
                }
                "filter_operator" => {
                    support::read_option(&mut object, &mut filter_operator_field)
                }
                "values" => support::read_option(&mut object, &mut values_field),
                "query_operator" => {
                    support::read_option(&mut object, &mut query_operator_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            attribute_key: attribute_key_field,
            filter_operator: filter_operator_field,
            values: values_field,
            query_operator: query_operator_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ContactFilterBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactFilterBodyPayloadItem>>,
}

impl<'de> Deserialize<'de> for ContactFilterBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactFilterBody {
    const NAME: &'static str = "ContactFilterBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<ContactFilterBodyPayloadItem>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactInboxCreationBody {
    /// The ID of the inbox
    pub inbox_id: f64,
    /// Contact Inbox Source Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
}

impl<'de> Deserialize<'de> for ContactInboxCreationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ContactInboxCreationBody {
    const NAME: &'static str = "ContactInboxCreationBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut inbox_id_field: Option<f64> = None;
        let mut source_id_field: Option<String> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "inbox_id" => support::read_value(&mut object, &mut inbox_id_field),
                "source_id" => support::read_option(&mut object, &mut source_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(inbox_id_field) = inbox_id_field else {
            return Err(serde::de::Error::missing_field("inbox_id"))
        };
        Ok(Self {
            inbox_id: inbox_id_field,
            source_id: source_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationListMetaStatus {
    /// `all`
    All,
    /// `open`
    Open,
    /// `resolved`
    Resolved,
    /// `pending`
    Pending,
    /// `snoozed`
    Snoozed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationListMetaStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Open => "open",
            Self::Resolved => "resolved",
            Self::Pending => "pending",
            Self::Snoozed => "snoozed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationListMetaStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "all" => Self::All,
            "open" => Self::Open,
            "resolved" => Self::Resolved,
            "pending" => Self::Pending,
            "snoozed" => Self::Snoozed,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationListMetaStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationListMetaStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationListMetaStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

pub type ConversationListMetaResponseMeta = ConversationListDataMeta;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ConversationListMetaResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationListMetaResponseMeta>,
}

impl<'de> Deserialize<'de> for ConversationListMetaResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ConversationListMetaResponse {
    const NAME: &'static str = "ConversationListMetaResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<ConversationListMetaResponseMeta> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { meta: meta_field })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationListAssigneeType {
    /// `me`
    Me,
    /// `unassigned`
    Unassigned,
    /// `all`
    All,
    /// `assigned`
    Assigned,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ConversationListAssigneeType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Me => "me",
            Self::Unassigned => "unassigned",
            Self::All => "all",
            Self::Assigned => "assigned",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ConversationListAssigneeType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "me" => Self::Me,
            "unassigned" => Self::Unassigned,
            "all" => Self::All,
            "assigned" => Self::Assigned,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ConversationListAssigneeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ConversationListAssigneeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationListAssigneeType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

pub type ConversationListStatus = ConversationListMetaStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct NewConversationResponse {
    /// ID of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Account Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<f64>,
    /// ID of the inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<f64>,
}

impl<'de> Deserialize<'de> for NewConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for NewConversationResponse {
    const NAME: &'static str = "NewConversationResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut id_field: Option<f64> = None;
        let mut account_id_field: Option<f64> = None;
        let mut inbox_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "id" => support::read_option(&mut object, &mut id_field),
                "account_id" => support::read_option(&mut object, &mut account_id_field),
                "inbox_id" => support::read_option(&mut object, &mut inbox_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            id: id_field,
            account_id: account_id_field,
            inbox_id: inbox_id_field,
        })
    }
}

/// filter operator name
pub type ConversationFilterBodyPayloadItemFilterOperator = ContactFilterBodyPayloadItemFilterOperator;

/// query operator name
pub type ConversationFilterBodyPayloadItemQueryOperator = ContactFilterBodyPayloadItemQueryOperator;

pub type ConversationFilterBodyPayloadItem = ContactFilterBodyPayloadItem;

pub type ConversationFilterBody = ContactFilterBody;

/// The priority of the conversation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateConversationBodyPriority {
    /// `urgent`
    Urgent,
    /// `high`
    High,
    /// `medium`
    Medium,
    /// `low`
    Low,
    /// `none`
    None,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl UpdateConversationBodyPriority {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Urgent => "urgent",
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
            Self::None => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UpdateConversationBodyPriority {
    fn from(value: String) -> Self {
        match value.as_str() {
            "urgent" => Self::Urgent,
            "high" => Self::High,
            "medium" => Self::Medium,
            "low" => Self::Low,
            "none" => Self::None,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for UpdateConversationBodyPriority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UpdateConversationBodyPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateConversationBodyPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct UpdateConversationBody {
    /// The priority of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<UpdateConversationBodyPriority>,
    /// The ID of the SLA policy (Available only in Enterprise edition)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_policy_id: Option<f64>,
}

impl<'de> Deserialize<'de> for UpdateConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for UpdateConversationBody {
    const NAME: &'static str = "UpdateConversationBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut priority_field: Option<UpdateConversationBodyPriority> = None;
        let mut sla_policy_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "priority" => support::read_option(&mut object, &mut priority_field),
                "sla_policy_id" => {
                    support::read_option(&mut object, &mut sla_policy_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            priority: priority_field,
            sla_policy_id: sla_policy_id_field,
        })
    }
}

/// The status of the conversation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ToggleStatusOfAConversationBodyStatus {
    /// `open`
    Open,
    /// `resolved`
    Resolved,
    /// `pending`
    Pending,
    /// `snoozed`
    Snoozed,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ToggleStatusOfAConversationBodyStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Resolved => "resolved",
            Self::Pending => "pending",
            Self::Snoozed => "snoozed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ToggleStatusOfAConversationBodyStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "open" => Self::Open,
            "resolved" => Self::Resolved,
            "pending" => Self::Pending,
            "snoozed" => Self::Snoozed,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ToggleStatusOfAConversationBodyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ToggleStatusOfAConversationBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ToggleStatusOfAConversationBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ToggleStatusOfAConversationBody {
    /// The status of the conversation
    pub status: ToggleStatusOfAConversationBodyStatus,
    /// When status is `snoozed`, schedule the reopen time as a Unix timestamp in seconds. If not provided, the conversation is snoozed until the next customer reply. The conversation always reopens when the customer replies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<f64>,
}

impl<'de> Deserialize<'de> for ToggleStatusOfAConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ToggleStatusOfAConversationBody {
    const NAME: &'static str = "ToggleStatusOfAConversationBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut status_field: Option<ToggleStatusOfAConversationBodyStatus> = None;
        let mut snoozed_until_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "status" => support::read_value(&mut object, &mut status_field),
                "snoozed_until" => {
                    support::read_option(&mut object, &mut snoozed_until_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(status_field) = status_field else {
            return Err(serde::de::Error::missing_field("status"))
        };
        Ok(Self {
            status: status_field,
            snoozed_until: snoozed_until_field,
        })
    }
}

pub type ToggleStatusOfAConversationResponsePayloadCurrentStatus = ToggleStatusOfAConversationBodyStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToggleStatusOfAConversationResponsePayload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<ToggleStatusOfAConversationResponsePayloadCurrentStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
}

impl<'de> Deserialize<'de> for ToggleStatusOfAConversationResponsePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ToggleStatusOfAConversationResponsePayload {
    const NAME: &'static str = "ToggleStatusOfAConversationResponsePayload";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut success_field: Option<bool> = None;
        let mut current_status_field: Option<
            ToggleStatusOfAConversationResponsePayloadCurrentStatus,
        > = None;
        let mut conversation_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "success" => support::read_option(&mut object, &mut success_field),
                "current_status" => {
                    support::read_option(&mut object, &mut current_status_field)
                }
                "conversation_id" => {
                    support::read_option(&mut object, &mut conversation_id_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            success: success_field,
            current_status: current_status_field,
            conversation_id: conversation_id_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ToggleStatusOfAConversationResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<ToggleStatusOfAConversationResponsePayload>,
}

impl<'de> Deserialize<'de> for ToggleStatusOfAConversationResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ToggleStatusOfAConversationResponse {
    const NAME: &'static str = "ToggleStatusOfAConversationResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut payload_field: Option<ToggleStatusOfAConversationResponsePayload> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

/// The priority of the conversation
pub type TogglePriorityOfAConversationBodyPriority = UpdateConversationBodyPriority;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TogglePriorityOfAConversationBody {
    /// The priority of the conversation
    pub priority: TogglePriorityOfAConversationBodyPriority,
}

impl<'de> Deserialize<'de> for TogglePriorityOfAConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for TogglePriorityOfAConversationBody {
    const NAME: &'static str = "TogglePriorityOfAConversationBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut priority_field: Option<TogglePriorityOfAConversationBodyPriority> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "priority" => support::read_value(&mut object, &mut priority_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(priority_field) = priority_field else {
            return Err(serde::de::Error::missing_field("priority"))
        };
        Ok(Self { priority: priority_field })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomAttributesOfAConversationBody {
    /// The custom attributes to be set for the conversation
    pub custom_attributes: serde_json::Map<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for UpdateCustomAttributesOfAConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for UpdateCustomAttributesOfAConversationBody {
    const NAME: &'static str = "UpdateCustomAttributesOfAConversationBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut custom_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "custom_attributes" => {
                    support::read_value(&mut object, &mut custom_attributes_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(custom_attributes_field) = custom_attributes_field else {
            return Err(serde::de::Error::missing_field("custom_attributes"))
        };
        Ok(Self {
            custom_attributes: custom_attributes_field,
        })
    }
}

pub type UpdateCustomAttributesOfAConversationResponse = PublicConversationCreatePayload;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AssignAConversationBody {
    /// Id of the assignee user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<f64>,
    /// Id of the team. If the assignee_id is present, this param would be ignored
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<f64>,
}

impl<'de> Deserialize<'de> for AssignAConversationBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AssignAConversationBody {
    const NAME: &'static str = "AssignAConversationBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut assignee_id_field: Option<f64> = None;
        let mut team_id_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "assignee_id" => {
                    support::read_option(&mut object, &mut assignee_id_field)
                }
                "team_id" => support::read_option(&mut object, &mut team_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            assignee_id: assignee_id_field,
            team_id: team_id_field,
        })
    }
}

pub type ConversationAddLabelsBody = ContactAddLabelsBody;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAllInboxesResponse {
    /// Array of inboxes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<Inbox>>,
}

impl<'de> Deserialize<'de> for ListAllInboxesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ListAllInboxesResponse {
    const NAME: &'static str = "ListAllInboxesResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<Inbox>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateAgentBotBody {
    /// Agent bot ID
    pub agent_bot: f64,
}

impl<'de> Deserialize<'de> for UpdateAgentBotBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for UpdateAgentBotBody {
    const NAME: &'static str = "UpdateAgentBotBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut agent_bot_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "agent_bot" => support::read_value(&mut object, &mut agent_bot_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(agent_bot_field) = agent_bot_field else {
            return Err(serde::de::Error::missing_field("agent_bot"))
        };
        Ok(Self { agent_bot: agent_bot_field })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetInboxMembersResponse {
    /// Array of all active agents
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<Agent>>,
}

impl<'de> Deserialize<'de> for GetInboxMembersResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for GetInboxMembersResponse {
    const NAME: &'static str = "GetInboxMembersResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<Agent>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AddNewAgentToInboxBody {
    /// The ID of the inbox
    pub inbox_id: i64,
    /// IDs of users to be added to the inbox
    pub user_ids: Vec<i64>,
}

impl<'de> Deserialize<'de> for AddNewAgentToInboxBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AddNewAgentToInboxBody {
    const NAME: &'static str = "AddNewAgentToInboxBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut inbox_id_field: Option<i64> = None;
        let mut user_ids_field: Option<Vec<i64>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "inbox_id" => support::read_value(&mut object, &mut inbox_id_field),
                "user_ids" => support::read_value(&mut object, &mut user_ids_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(inbox_id_field) = inbox_id_field else {
            return Err(serde::de::Error::missing_field("inbox_id"))
        };
        let Some(user_ids_field) = user_ids_field else {
            return Err(serde::de::Error::missing_field("user_ids"))
        };
        Ok(Self {
            inbox_id: inbox_id_field,
            user_ids: user_ids_field,
        })
    }
}

pub type AddNewAgentToInboxResponse = GetInboxMembersResponse;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeleteAgentInInboxBody {
    /// The ID of the inbox
    pub inbox_id: String,
    /// IDs of users to be deleted from the inbox
    pub user_ids: Vec<i64>,
}

impl<'de> Deserialize<'de> for DeleteAgentInInboxBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for DeleteAgentInInboxBody {
    const NAME: &'static str = "DeleteAgentInInboxBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut inbox_id_field: Option<String> = None;
        let mut user_ids_field: Option<Vec<i64>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "inbox_id" => support::read_value(&mut object, &mut inbox_id_field),
                "user_ids" => support::read_value(&mut object, &mut user_ids_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(inbox_id_field) = inbox_id_field else {
            return Err(serde::de::Error::missing_field("inbox_id"))
        };
        let Some(user_ids_field) = user_ids_field else {
            return Err(serde::de::Error::missing_field("user_ids"))
        };
        Ok(Self {
            inbox_id: inbox_id_field,
            user_ids: user_ids_field,
        })
    }
}

pub type UpdateAgentsInInboxBody = DeleteAgentInInboxBody;

pub type UpdateAgentsInInboxResponse = GetInboxMembersResponse;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAllMessagesResponseMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<Agent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_last_seen_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_last_seen_at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl<'de> Deserialize<'de> for ListAllMessagesResponseMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ListAllMessagesResponseMeta {
    const NAME: &'static str = "ListAllMessagesResponseMeta";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut labels_field: Option<Vec<String>> = None;
        let mut additional_attributes_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut contact_field: Option<Contact> = None;
        let mut assignee_field: Option<Agent> = None;
        let mut agent_last_seen_at_field: Option<
            chrono::DateTime<chrono::FixedOffset>,
        > = None;
        let mut assignee_last_seen_at_field: Option<
            chrono::DateTime<chrono::FixedOffset>,
        > = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "labels" => support::read_option(&mut object, &mut labels_field),
                "additional_attributes" => {
                    support::read_option(&mut object, &mut additional_attributes_field)
                }
                "contact" => support::read_option(&mut object, &mut contact_field),
                "assignee" => support::read_option(&mut object, &mut assignee_field),
                "agent_last_seen_at" => {
                    support::read_option(&mut object, &mut agent_last_seen_at_field)
                }
                "assignee_last_seen_at" => {
                    support::read_option(&mut object, &mut assignee_last_seen_at_field)
                }
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            labels: labels_field,
            additional_attributes: additional_attributes_field,
            contact: contact_field,
            assignee: assignee_field,
            agent_last_seen_at: agent_last_seen_at_field,
            assignee_last_seen_at: assignee_last_seen_at_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAllMessagesResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListAllMessagesResponseMeta>,
    /// Array of messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<Message>>,
}

impl<'de> Deserialize<'de> for ListAllMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ListAllMessagesResponse {
    const NAME: &'static str = "ListAllMessagesResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut meta_field: Option<ListAllMessagesResponseMeta> = None;
        let mut payload_field: Option<Vec<Message>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "meta" => support::read_option(&mut object, &mut meta_field),
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            meta: meta_field,
            payload: payload_field,
        })
    }
}

/// The type of the message
pub type CreateANewMessageInAConversationResponseMessageType = MessageMessageType;

/// The status of the message
pub type CreateANewMessageInAConversationResponseStatus = MessageStatus;

/// The type of the template message
pub type CreateANewMessageInAConversationResponseContentType = MessageContentType;

/// The type of the sender
pub type CreateANewMessageInAConversationResponseSenderType = MessageSenderType;

pub type CreateANewMessageInAConversationResponse = Message;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetDetailsOfAllIntegrationsResponse {
    /// Array of Integration apps
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<IntegrationsApp>>,
}

impl<'de> Deserialize<'de> for GetDetailsOfAllIntegrationsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for GetDetailsOfAllIntegrationsResponse {
    const NAME: &'static str = "GetDetailsOfAllIntegrationsResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut payload_field: Option<Vec<IntegrationsApp>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "payload" => support::read_option(&mut object, &mut payload_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self { payload: payload_field })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AddNewAgentToTeamBody {
    /// IDs of users to be added to the team
    pub user_ids: Vec<i64>,
}

impl<'de> Deserialize<'de> for AddNewAgentToTeamBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for AddNewAgentToTeamBody {
    const NAME: &'static str = "AddNewAgentToTeamBody";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut user_ids_field: Option<Vec<i64>> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "user_ids" => support::read_value(&mut object, &mut user_ids_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        let Some(user_ids_field) = user_ids_field else {
            return Err(serde::de::Error::missing_field("user_ids"))
        };
        Ok(Self { user_ids: user_ids_field })
    }
}

pub type DeleteAgentInTeamBody = AddNewAgentToTeamBody;

pub type UpdateAgentsInTeamBody = AddNewAgentToTeamBody;

pub type ListAllFiltersFilterType = CustomFilterType;

pub type CreateACustomFilterFilterType = CustomFilterType;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListAllConversationStatisticsMetric {
    /// `conversations_count`
    ConversationsCount,
    /// `incoming_messages_count`
    IncomingMessagesCount,
    /// `outgoing_messages_count`
    OutgoingMessagesCount,
    /// `avg_first_response_time`
    AvgFirstResponseTime,
    /// `avg_resolution_time`
    AvgResolutionTime,
    /// `resolutions_count`
    ResolutionsCount,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListAllConversationStatisticsMetric {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConversationsCount => "conversations_count",
            Self::IncomingMessagesCount => "incoming_messages_count",
            Self::OutgoingMessagesCount => "outgoing_messages_count",
            Self::AvgFirstResponseTime => "avg_first_response_time",
            Self::AvgResolutionTime => "avg_resolution_time",
            Self::ResolutionsCount => "resolutions_count",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ListAllConversationStatisticsMetric {
    fn from(value: String) -> Self {
        match value.as_str() {
            "conversations_count" => Self::ConversationsCount,
            "incoming_messages_count" => Self::IncomingMessagesCount,
            "outgoing_messages_count" => Self::OutgoingMessagesCount,
            "avg_first_response_time" => Self::AvgFirstResponseTime,
            "avg_resolution_time" => Self::AvgResolutionTime,
            "resolutions_count" => Self::ResolutionsCount,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ListAllConversationStatisticsMetric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListAllConversationStatisticsMetric {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListAllConversationStatisticsMetric {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListAllConversationStatisticsType {
    /// `account`
    Account,
    /// `agent`
    Agent,
    /// `inbox`
    Inbox,
    /// `label`
    Label,
    /// `team`
    Team,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ListAllConversationStatisticsType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "account",
            Self::Agent => "agent",
            Self::Inbox => "inbox",
            Self::Label => "label",
            Self::Team => "team",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ListAllConversationStatisticsType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "account" => Self::Account,
            "agent" => Self::Agent,
            "inbox" => Self::Inbox,
            "label" => Self::Label,
            "team" => Self::Team,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for ListAllConversationStatisticsType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListAllConversationStatisticsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListAllConversationStatisticsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ListAllConversationStatisticsResponseItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<f64>,
}

impl<'de> Deserialize<'de> for ListAllConversationStatisticsResponseItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for ListAllConversationStatisticsResponseItem {
    const NAME: &'static str = "ListAllConversationStatisticsResponseItem";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut value_field: Option<String> = None;
        let mut timestamp_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "value" => support::read_option(&mut object, &mut value_field),
                "timestamp" => support::read_option(&mut object, &mut timestamp_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            value: value_field,
            timestamp: timestamp_field,
        })
    }
}

pub type ListAllConversationStatisticsSummaryType = ListAllConversationStatisticsType;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetAccountConversationMetricsType {
    /// `account`
    Account,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetAccountConversationMetricsType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "account",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for GetAccountConversationMetricsType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "account" => Self::Account,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for GetAccountConversationMetricsType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetAccountConversationMetricsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAccountConversationMetricsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Object of account conversation metrics
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GetAccountConversationMetricsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unattended: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unassigned: Option<f64>,
}

impl<'de> Deserialize<'de> for GetAccountConversationMetricsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for GetAccountConversationMetricsResponse {
    const NAME: &'static str = "GetAccountConversationMetricsResponse";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut open_field: Option<f64> = None;
        let mut unattended_field: Option<f64> = None;
        let mut unassigned_field: Option<f64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "open" => support::read_option(&mut object, &mut open_field),
                "unattended" => support::read_option(&mut object, &mut unattended_field),
                "unassigned" => support::read_option(&mut object, &mut unassigned_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            open: open_field,
            unattended: unattended_field,
            unassigned: unassigned_field,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetAgentConversationMetricsType {
    /// `agent`
    Agent,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl GetAgentConversationMetricsType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for GetAgentConversationMetricsType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "agent" => Self::Agent,
            _ => Self::Unknown(value),
        }
    }
}

impl fmt::Display for GetAgentConversationMetricsType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetAgentConversationMetricsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAgentConversationMetricsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
