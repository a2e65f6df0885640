//! The data types of the API's requests and responses.

use std::fmt;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct BadRequestError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<RequestError>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RequestError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GenericId {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Response payload that contains automation rule(s)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AutomationRulePayload {
    AutomationRuleItemList(Vec<AutomationRuleItem>),
    AutomationRuleItem(Box<AutomationRuleItem>),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AutomationRule {
    /// Response payload that contains automation rule(s)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<AutomationRulePayload>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AutomationRuleItemActionsItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_params: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Portal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<PortalItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PortalSingle {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<PortalItem>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Configuration settings for the portal
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PortalConfig {
    /// List of allowed locales for the portal
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_locales: Option<Vec<PortalConfigAllowedLocalesItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Contact {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactPayloadItem>>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactInboxes {
    /// Contact Inbox Source Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<InboxContact>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactableInboxes {
    /// Contact Inbox Source Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<Inbox>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// The user role in the account
pub type AccountRole = UserAccountsItemRole;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Account settings
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Custom attributes of the account
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Account settings
pub type AccountShowResponseSettings = AccountDetailSettings;

/// Custom attributes of the account
pub type AccountShowResponseCustomAttributes = AccountDetailCustomAttributes;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Array of account users
pub type AccountUser = Vec<AccountUserItem>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PlatformAccount {
    /// Account ID
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    /// Name of the account
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::support::double_option"
    )]
    pub auto_resolve_after: Option<Option<i64>>,
    /// Message to send when auto resolving
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::support::double_option"
    )]
    pub auto_resolve_message: Option<Option<String>>,
    /// Whether to ignore waiting conversations for auto resolve
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::support::double_option"
    )]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountUserCreateUpdatePayload {
    /// The ID of the user
    pub user_id: i64,
    /// whether user is an administrator or agent
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CannedResponseCreateUpdatePayload {
    /// Message content for canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Short Code for quick access of the canned response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Whether its administrator or agent
pub type AgentCreatePayloadRole = UserRole;

/// The availability setting of the agent.
pub type AgentCreatePayloadAvailabilityStatus = AgentAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// Whether its administrator or agent
pub type AgentUpdatePayloadRole = UserRole;

/// The availability status of the agent.
pub type AgentUpdatePayloadAvailabilityStatus = AgentAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Specify the conversation whether it's pending, open, closed
pub type ConversationCreatePayloadStatus = ConversationStatus;

/// The template params for the message in case of whatsapp Channel
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// The initial message to be sent to the conversation
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConversationCreatePayloadMessage {
    /// The content of the message
    pub content: String,
    /// The template params for the message in case of whatsapp Channel
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_params: Option<ConversationCreatePayloadMessageTemplateParams>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Processed template parameters organized by component type
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// WhatsApp template parameters for sending structured messages
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Sender name type for the inbox
pub type InboxUpdatePayloadSenderNameType = InboxCreatePayloadSenderNameType;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// The description about the custom filter
pub type CustomFilterCreateUpdatePayloadType = CustomFilterType;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IntegrationsHookUpdatePayload {
    /// The status of the integration (0 for inactive, 1 for active)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// The settings required by the integration
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PublicMessageCreatePayload {
    /// Content for the message
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Temporary identifier which will be passed back via websockets
    #[serde(skip_serializing_if = "Option::is_none")]
    pub echo_id: Option<String>,
}

/// The CSAT survey response
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse {
    /// The feedback message of the CSAT survey response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feedback_message: Option<String>,
    /// The rating of the CSAT survey response
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<i64>,
}

/// Replies to the Bot Message Types
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PublicMessageUpdatePayload {
    /// Replies to the Bot Message Types
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_values: Option<PublicMessageUpdatePayloadSubmittedValues>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PublicConversationCreatePayload {
    /// Custom attributes of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

pub type ContactBasePayloadItem = ContactPayloadItem;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactBase {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactBasePayloadItem>>,
}

/// array of contacts
pub type ContactList = Vec<Contact>;

/// The status of the conversation
pub type ContactConversationsItemStatus = ConversationStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// array of conversations
pub type ContactConversations = Vec<ContactConversationsItem>;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactLabels {
    /// Array of labels
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// The status of the conversation
pub type ConversationListDataPayloadItemStatus = ConversationStatus;

pub type ConversationListDataPayloadItemMetaSender = ContactConversationsItemMetaSender;

pub type ConversationListDataPayloadItemMeta = ContactConversationsItemMeta;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationListData {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationListDataMeta>,
    /// array of conversations
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ConversationListDataPayloadItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationList {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<ConversationListData>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationStatusTogglePayload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<ConversationStatusTogglePayloadCurrentStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationStatusToggle {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<ConversationStatusTogglePayload>,
}

pub type ConversationLabels = ContactLabels;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AgentConversationMetricsMetric {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unattended: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// The object containing additional attributes related to the contact
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct MessageDetailedContentAttributes {
    /// ID of the message this is replying to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_reply_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationMetaAdditionalAttributesInitiatedAt {
    /// Timestamp when the conversation was initiated
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

/// Additional attributes of the conversation
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationMessages {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationMeta>,
    /// List of messages in the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<MessageDetailed>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactMeta {
    /// Total number of contacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Current page number
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_page: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactInbox {
    /// Source identifier for the contact inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inbox: Option<ContactInboxInbox>,
}

/// The object containing additional attributes related to the contact
pub type ContactListItemAdditionalAttributes = ContactDetailAdditionalAttributes;

/// Availability status of the contact
pub type ContactListItemAvailabilityStatus = ExtendedContactAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactsListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ContactMeta>,
    /// List of contacts
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactListItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactShowResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<ContactListItem>,
}

/// Contact inbox details
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactConversationMessageConversationContactInbox {
    /// Source ID of the contact inbox
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
}

/// Conversation details
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// Details of the sender
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

/// The status of the conversation
pub type ContactConversationsResponsePayloadItemStatus = ConversationStatus;

pub type ContactConversationsResponsePayloadItemMetaSender = ContactConversationsItemMetaSender;

pub type ContactConversationsResponsePayloadItemMeta = ContactConversationsItemMeta;

pub type ContactConversationsResponsePayloadItem = ConversationListDataPayloadItem;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactConversationsResponse {
    /// List of conversations for the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactConversationsResponsePayloadItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactableInboxesResponse {
    /// List of contactable inboxes for the contact
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactInbox>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ReportingEventsListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ReportingEventMeta>,
    /// List of reporting events
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ReportingEvent>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactAddLabelsBody {
    /// Array of labels (comma-separated strings)
    pub labels: Vec<String>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ContactFilterBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<ContactFilterBodyPayloadItem>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactInboxCreationBody {
    /// The ID of the inbox
    pub inbox_id: f64,
    /// Contact Inbox Source Id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ConversationListMetaResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationListMetaResponseMeta>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UpdateConversationBody {
    /// The priority of the conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<UpdateConversationBodyPriority>,
    /// The ID of the SLA policy (Available only in Enterprise edition)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sla_policy_id: Option<f64>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToggleStatusOfAConversationBody {
    /// The status of the conversation
    pub status: ToggleStatusOfAConversationBodyStatus,
    /// When status is `snoozed`, schedule the reopen time as a Unix timestamp in seconds. If not provided, the conversation is snoozed until the next customer reply. The conversation always reopens when the customer replies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<f64>,
}

pub type ToggleStatusOfAConversationResponsePayloadCurrentStatus = ToggleStatusOfAConversationBodyStatus;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ToggleStatusOfAConversationResponsePayload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_status: Option<ToggleStatusOfAConversationResponsePayloadCurrentStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ToggleStatusOfAConversationResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<ToggleStatusOfAConversationResponsePayload>,
}

/// The priority of the conversation
pub type TogglePriorityOfAConversationBodyPriority = UpdateConversationBodyPriority;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TogglePriorityOfAConversationBody {
    /// The priority of the conversation
    pub priority: TogglePriorityOfAConversationBodyPriority,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateCustomAttributesOfAConversationBody {
    /// The custom attributes to be set for the conversation
    pub custom_attributes: serde_json::Map<String, serde_json::Value>,
}

pub type UpdateCustomAttributesOfAConversationResponse = PublicConversationCreatePayload;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct AssignAConversationBody {
    /// Id of the assignee user
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<f64>,
    /// Id of the team. If the assignee_id is present, this param would be ignored
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<f64>,
}

pub type ConversationAddLabelsBody = ContactAddLabelsBody;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListAllInboxesResponse {
    /// Array of inboxes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<Inbox>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateAgentBotBody {
    /// Agent bot ID
    pub agent_bot: f64,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetInboxMembersResponse {
    /// Array of all active agents
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<Agent>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddNewAgentToInboxBody {
    /// The ID of the inbox
    pub inbox_id: i64,
    /// IDs of users to be added to the inbox
    pub user_ids: Vec<i64>,
}

pub type AddNewAgentToInboxResponse = GetInboxMembersResponse;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteAgentInInboxBody {
    /// The ID of the inbox
    pub inbox_id: String,
    /// IDs of users to be deleted from the inbox
    pub user_ids: Vec<i64>,
}

pub type UpdateAgentsInInboxBody = DeleteAgentInInboxBody;

pub type UpdateAgentsInInboxResponse = GetInboxMembersResponse;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListAllMessagesResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListAllMessagesResponseMeta>,
    /// Array of messages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<Message>>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetDetailsOfAllIntegrationsResponse {
    /// Array of Integration apps
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload: Option<Vec<IntegrationsApp>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AddNewAgentToTeamBody {
    /// IDs of users to be added to the team
    pub user_ids: Vec<i64>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ListAllConversationStatisticsResponseItem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<f64>,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct GetAccountConversationMetricsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unattended: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unassigned: Option<f64>,
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
