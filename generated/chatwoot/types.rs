use std::fmt;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BadRequestError {
    pub description: Option<String>,
    pub errors: Option<Vec<RequestError>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestError {
    pub field: Option<String>,
    pub message: Option<String>,
    pub code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenericId {
    pub id: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CannedResponse {
    /// ID of the canned response
    pub id: Option<i64>,
    /// Account Id
    pub account_id: Option<i64>,
    /// Short Code for quick access of the canned response
    pub short_code: Option<String>,
    /// Message content for canned response
    pub content: Option<String>,
    /// The date and time when the canned response was created
    pub created_at: Option<String>,
    /// The date and time when the canned response was updated
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomAttribute {
    /// Identifier
    pub id: Option<i64>,
    /// Attribute display name
    pub attribute_display_name: Option<String>,
    /// Attribute display type (text, number, currency, percent, link, date, list, checkbox)
    pub attribute_display_type: Option<String>,
    /// Attribute description
    pub attribute_description: Option<String>,
    /// Attribute unique key value
    pub attribute_key: Option<String>,
    /// Regex pattern
    pub regex_pattern: Option<String>,
    /// Regex cue
    pub regex_cue: Option<String>,
    /// Attribute values
    pub attribute_values: Option<String>,
    /// Attribute type(conversation_attribute/contact_attribute)
    pub attribute_model: Option<String>,
    /// Attribute default value
    pub default_value: Option<String>,
    /// The date and time when the custom attribute was created
    pub created_at: Option<String>,
    /// The date and time when the custom attribute was updated
    pub updated_at: Option<String>,
}

/// Response payload that contains automation rule(s)
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum AutomationRulePayload {
    Object(Box<AutomationRuleItem>),
    AutomationRuleItemList(Vec<AutomationRuleItem>),
}

impl From<AutomationRuleItem> for AutomationRulePayload {
    fn from(value: AutomationRuleItem) -> Self {
        Self::Object(Box::new(value))
    }
}

impl From<Vec<AutomationRuleItem>> for AutomationRulePayload {
    fn from(value: Vec<AutomationRuleItem>) -> Self {
        Self::AutomationRuleItemList(value)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutomationRule {
    /// Response payload that contains automation rule(s)
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for AutomationRuleItemEventName {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for AutomationRuleItemEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutomationRuleItemConditionsItem {
    pub values: Option<Vec<String>>,
    pub attribute_key: Option<String>,
    pub query_operator: Option<String>,
    pub filter_operator: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutomationRuleItemActionsItem {
    pub action_name: Option<String>,
    pub action_params: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutomationRuleItem {
    /// The ID of the automation rule
    pub id: Option<i64>,
    /// Account Id
    pub account_id: Option<i64>,
    /// The name of the rule
    pub name: Option<String>,
    /// Description to give more context about the rule
    pub description: Option<String>,
    /// Automation Rule event, on which we call the actions(conversation_created, conversation_updated, message_created)
    pub event_name: Option<AutomationRuleItemEventName>,
    /// Array of conditions on which conversation/message filter would work
    pub conditions: Option<Vec<AutomationRuleItemConditionsItem>>,
    /// Array of actions which we perform when condition matches
    pub actions: Option<Vec<AutomationRuleItemActionsItem>>,
    /// The timestamp when the rule was created
    pub created_on: Option<i64>,
    /// Enable/disable automation rule
    pub active: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portal {
    pub payload: Option<Vec<PortalItem>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalSingle {
    pub payload: Option<PortalItem>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalConfigAllowedLocalesItem {
    /// The language code
    pub code: Option<String>,
    /// Number of articles in this locale
    pub articles_count: Option<i64>,
    /// Number of categories in this locale
    pub categories_count: Option<i64>,
}

/// Configuration settings for the portal
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalConfig {
    /// List of allowed locales for the portal
    pub allowed_locales: Option<Vec<PortalConfigAllowedLocalesItem>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalLogo {
    /// ID of the logo file
    pub id: Option<i64>,
    /// ID of the portal this logo belongs to
    pub portal_id: Option<i64>,
    /// MIME type of the file
    pub file_type: Option<String>,
    /// ID of the account
    pub account_id: Option<i64>,
    /// URL to access the logo file
    pub file_url: Option<String>,
    /// ID of the blob
    pub blob_id: Option<i64>,
    /// Name of the file
    pub filename: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalMeta {
    /// Total number of articles
    pub all_articles_count: Option<i64>,
    /// Number of archived articles
    pub archived_articles_count: Option<i64>,
    /// Number of published articles
    pub published_count: Option<i64>,
    /// Number of draft articles
    pub draft_articles_count: Option<i64>,
    /// Number of categories
    pub categories_count: Option<i64>,
    /// Default locale for the portal
    pub default_locale: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalItem {
    /// The ID of the portal
    pub id: Option<i64>,
    /// Whether the portal is archived
    pub archived: Option<bool>,
    /// The color code for the portal
    pub color: Option<String>,
    pub config: Option<PortalConfig>,
    /// Custom domain for the portal
    pub custom_domain: Option<String>,
    /// The header text for the portal
    pub header_text: Option<String>,
    /// Homepage link for the portal
    pub homepage_link: Option<String>,
    /// Name of the portal
    pub name: Option<String>,
    /// URL slug for the portal
    pub slug: Option<String>,
    /// Page title for the portal
    pub page_title: Option<String>,
    /// ID of the account the portal belongs to
    pub account_id: Option<i64>,
    pub inbox: Option<Inbox>,
    pub logo: Option<PortalLogo>,
    pub meta: Option<PortalMeta>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Category {
    pub id: Option<i64>,
    /// The text content.
    pub description: Option<String>,
    pub locale: Option<String>,
    pub name: Option<String>,
    pub slug: Option<String>,
    pub position: Option<i64>,
    pub portal_id: Option<i64>,
    pub account_id: Option<i64>,
    /// To associate similar categories to each other, e.g same category of product documentation in different languages
    pub associated_category_id: Option<i64>,
    /// To define parent category, e.g product documentation has multiple level features in sales category or in engineering category.
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ArticleStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ArticleStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Article {
    pub id: Option<i64>,
    /// The text content.
    pub content: Option<String>,
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    pub position: Option<i64>,
    pub status: Option<ArticleStatus>,
    pub title: Option<String>,
    pub slug: Option<String>,
    pub views: Option<i64>,
    pub portal_id: Option<i64>,
    pub account_id: Option<i64>,
    pub author_id: Option<i64>,
    pub category_id: Option<i64>,
    pub folder_id: Option<i64>,
    /// To associate similar articles to each other, e.g to provide the link for the reference.
    pub associated_article_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactPayloadItem {
    /// The object containing additional attributes related to the contact
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The availability status of the contact
    pub availability_status: Option<String>,
    /// The email address of the contact
    pub email: Option<String>,
    /// The ID of the contact
    pub id: Option<i64>,
    /// The name of the contact
    pub name: Option<String>,
    /// The phone number of the contact
    pub phone_number: Option<String>,
    /// Whether the contact is blocked
    pub blocked: Option<bool>,
    /// The identifier of the contact
    pub identifier: Option<String>,
    /// The thumbnail of the contact
    pub thumbnail: Option<String>,
    /// The custom attributes of the contact
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the contact
    pub last_activity_at: Option<i64>,
    /// The created at of the contact
    pub created_at: Option<i64>,
    pub contact_inboxes: Option<Vec<ContactInboxes>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Conversation {
    /// ID of the conversation
    pub id: Option<f64>,
    pub messages: Option<Vec<Message>>,
    /// Account Id
    pub account_id: Option<f64>,
    /// UUID of the conversation
    pub uuid: Option<String>,
    /// The object containing additional attributes related to the conversation
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the agent
    pub agent_last_seen_at: Option<f64>,
    /// The last activity at of the assignee
    pub assignee_last_seen_at: Option<f64>,
    /// Whether the conversation can be replied to
    pub can_reply: Option<bool>,
    /// The last activity at of the contact
    pub contact_last_seen_at: Option<f64>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the inbox
    pub inbox_id: Option<f64>,
    /// The labels of the conversation
    pub labels: Option<Vec<String>>,
    /// Whether the conversation is muted
    pub muted: Option<bool>,
    /// The time at which the conversation will be unmuted
    pub snoozed_until: Option<f64>,
    /// The status of the conversation
    pub status: Option<ConversationStatus>,
    /// The time at which conversation was created
    pub created_at: Option<f64>,
    /// The time at which conversation was updated
    pub updated_at: Option<f64>,
    /// The time at which conversation was created
    pub timestamp: Option<String>,
    /// The time at which the first reply was created
    pub first_reply_created_at: Option<f64>,
    /// The number of unread messages
    pub unread_count: Option<f64>,
    pub last_non_activity_message: Option<Message>,
    /// The last activity at of the conversation
    pub last_activity_at: Option<f64>,
    /// The priority of the conversation
    pub priority: Option<String>,
    /// The time at which the conversation was waiting
    pub waiting_since: Option<f64>,
    /// The ID of the SLA policy
    pub sla_policy_id: Option<f64>,
    /// The applied SLA
    pub applied_sla: Option<serde_json::Map<String, serde_json::Value>>,
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for MessageStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for MessageStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for MessageContentType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for MessageContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for MessageSenderType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for MessageSenderType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Message {
    /// The ID of the message
    pub id: Option<f64>,
    /// The text content of the message
    pub content: Option<String>,
    /// The ID of the account
    pub account_id: Option<f64>,
    /// The ID of the inbox
    pub inbox_id: Option<f64>,
    /// The ID of the conversation
    pub conversation_id: Option<f64>,
    /// The type of the message
    pub message_type: Option<MessageMessageType>,
    /// The time at which message was created
    pub created_at: Option<i64>,
    /// The time at which message was updated
    pub updated_at: Option<i64>,
    /// The flags which shows whether the message is private or not
    pub private: Option<bool>,
    /// The status of the message
    pub status: Option<MessageStatus>,
    /// The source ID of the message
    pub source_id: Option<String>,
    /// The type of the template message
    pub content_type: Option<MessageContentType>,
    /// The content attributes for each content_type
    pub content_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The type of the sender
    pub sender_type: Option<MessageSenderType>,
    /// The ID of the sender
    pub sender_id: Option<f64>,
    /// The external source IDs of the message
    pub external_source_ids: Option<serde_json::Map<String, serde_json::Value>>,
    /// The additional attributes of the message
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The processed message content
    pub processed_message_content: Option<String>,
    /// The sentiment of the message
    pub sentiment: Option<serde_json::Map<String, serde_json::Value>>,
    /// The conversation object
    pub conversation: Option<serde_json::Map<String, serde_json::Value>>,
    /// The file object attached to the image
    pub attachment: Option<serde_json::Map<String, serde_json::Value>>,
    /// User/Agent/AgentBot object
    pub sender: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRole {
    /// `agent`
    Agent,
    /// `administrator`
    Administrator,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for UserRole {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for UserRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserAccountsItemRole {
    /// `administrator`
    Administrator,
    /// `agent`
    Agent,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for UserAccountsItemRole {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for UserAccountsItemRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserAccountsItem {
    pub id: Option<f64>,
    pub name: Option<String>,
    pub status: Option<String>,
    pub active_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub role: Option<UserAccountsItemRole>,
    pub permissions: Option<Vec<String>>,
    pub availability: Option<String>,
    pub availability_status: Option<String>,
    pub auto_offline: Option<bool>,
    pub custom_role_id: Option<f64>,
    pub custom_role: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct User {
    pub id: Option<f64>,
    pub access_token: Option<String>,
    pub account_id: Option<f64>,
    pub available_name: Option<String>,
    pub avatar_url: Option<String>,
    pub confirmed: Option<bool>,
    pub display_name: Option<String>,
    pub message_signature: Option<String>,
    pub email: Option<String>,
    pub hmac_identifier: Option<String>,
    pub inviter_id: Option<f64>,
    pub name: Option<String>,
    pub provider: Option<String>,
    pub pubsub_token: Option<String>,
    pub role: Option<UserRole>,
    pub ui_settings: Option<serde_json::Map<String, serde_json::Value>>,
    pub uid: Option<String>,
    pub r#type: Option<String>,
    /// Available for users who are created through platform APIs and has custom attributes associated.
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for AgentAvailabilityStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for AgentAvailabilityStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The role of the agent
pub type AgentRole = UserRole;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agent {
    pub id: Option<i64>,
    pub account_id: Option<i64>,
    /// The availability status of the agent computed by Chatwoot.
    pub availability_status: Option<AgentAvailabilityStatus>,
    /// Whether the availability status of agent is configured to go offline automatically when away.
    pub auto_offline: Option<bool>,
    /// Whether the agent has confirmed their email address.
    pub confirmed: Option<bool>,
    /// The email of the agent
    pub email: Option<String>,
    /// The available name of the agent
    pub available_name: Option<String>,
    /// The name of the agent
    pub name: Option<String>,
    /// The role of the agent
    pub role: Option<AgentRole>,
    /// The thumbnail of the agent
    pub thumbnail: Option<String>,
    /// The custom role id of the agent
    pub custom_role_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InboxWorkingHoursItem {
    /// Day of the week (0-6, where 0 is Sunday)
    pub day_of_week: Option<f64>,
    /// Whether the inbox is closed for the entire day
    pub closed_all_day: Option<bool>,
    /// Hour when inbox opens (0-23)
    pub open_hour: Option<f64>,
    /// Minutes of the hour when inbox opens (0-59)
    pub open_minutes: Option<f64>,
    /// Hour when inbox closes (0-23)
    pub close_hour: Option<f64>,
    /// Minutes of the hour when inbox closes (0-59)
    pub close_minutes: Option<f64>,
    /// Whether the inbox is open for the entire day
    pub open_all_day: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inbox {
    /// ID of the inbox
    pub id: Option<f64>,
    /// The name of the inbox
    pub name: Option<String>,
    /// Website URL
    pub website_url: Option<String>,
    /// The type of the inbox
    pub channel_type: Option<String>,
    /// The avatar image of the inbox
    pub avatar_url: Option<String>,
    /// Widget Color used for customization of the widget
    pub widget_color: Option<String>,
    /// Website Token
    pub website_token: Option<String>,
    /// The flag which shows whether Auto Assignment is enabled or not
    pub enable_auto_assignment: Option<bool>,
    /// Script used to load the website widget
    pub web_widget_script: Option<String>,
    /// Welcome title to be displayed on the widget
    pub welcome_title: Option<String>,
    /// Welcome tagline to be displayed on the widget
    pub welcome_tagline: Option<String>,
    /// The flag which shows whether greeting is enabled
    pub greeting_enabled: Option<bool>,
    /// A greeting message when the user starts the conversation
    pub greeting_message: Option<String>,
    /// ID of the channel this inbox belongs to
    pub channel_id: Option<f64>,
    /// The flag which shows whether working hours feature is enabled
    pub working_hours_enabled: Option<bool>,
    /// The flag to enable collecting email from contacts
    pub enable_email_collect: Option<bool>,
    /// The flag to enable CSAT survey
    pub csat_survey_enabled: Option<bool>,
    /// Configuration settings for auto assignment
    pub auto_assignment_config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Message to show when agents are out of office
    pub out_of_office_message: Option<String>,
    /// Configuration for working hours of the inbox
    pub working_hours: Option<Vec<InboxWorkingHoursItem>>,
    /// Timezone configuration for the inbox
    pub timezone: Option<String>,
    /// Webhook URL for callbacks
    pub callback_webhook_url: Option<String>,
    /// Whether to allow messages after a conversation is resolved
    pub allow_messages_after_resolved: Option<bool>,
    /// Whether to lock a contact to a single conversation
    pub lock_to_single_conversation: Option<bool>,
    /// Type of sender name to display (e.g., friendly)
    pub sender_name_type: Option<String>,
    /// Business name associated with the inbox
    pub business_name: Option<String>,
    /// Whether HMAC verification is mandatory
    pub hmac_mandatory: Option<bool>,
    /// Selected feature flags for the inbox
    pub selected_feature_flags: Option<serde_json::Map<String, serde_json::Value>>,
    /// Expected reply time
    pub reply_time: Option<String>,
    /// Messaging service SID for SMS providers
    pub messaging_service_sid: Option<String>,
    /// Phone number associated with the inbox
    pub phone_number: Option<String>,
    /// Medium of communication (e.g., sms, email)
    pub medium: Option<String>,
    /// Provider of the channel
    pub provider: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InboxContact {
    /// ID of the inbox
    pub id: Option<f64>,
    /// The avatar image of the inbox
    pub avatar_url: Option<String>,
    /// The ID of the channel
    pub channel_id: Option<f64>,
    /// The name of the inbox
    pub name: Option<String>,
    /// The type of the inbox
    pub channel_type: Option<String>,
    /// The provider of the inbox
    pub provider: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentBot {
    /// ID of the agent bot
    pub id: Option<f64>,
    /// The name of the agent bot
    pub name: Option<String>,
    /// The description about the agent bot
    pub description: Option<String>,
    /// The thumbnail of the agent bot
    pub thumbnail: Option<String>,
    /// The webhook URL for the bot
    pub outgoing_url: Option<String>,
    /// The type of the bot
    pub bot_type: Option<String>,
    /// The configuration of the bot
    pub bot_config: Option<serde_json::Map<String, serde_json::Value>>,
    /// Account ID if it's an account specific bot
    pub account_id: Option<f64>,
    /// The access token for the bot
    pub access_token: Option<String>,
    /// Whether the bot is a system bot
    pub system_bot: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactInboxes {
    /// Contact Inbox Source Id
    pub source_id: Option<String>,
    pub inbox: Option<InboxContact>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactableInboxes {
    /// Contact Inbox Source Id
    pub source_id: Option<String>,
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for CustomFilterType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for CustomFilterType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomFilter {
    /// The ID of the custom filter
    pub id: Option<f64>,
    /// The name of the custom filter
    pub name: Option<String>,
    /// The description about the custom filter
    pub r#type: Option<CustomFilterType>,
    /// A query that needs to be saved as a custom filter
    pub query: Option<serde_json::Map<String, serde_json::Value>>,
    /// The time at which the custom filter was created
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The time at which the custom filter was updated
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for WebhookSubscriptionsItem {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for WebhookSubscriptionsItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Webhook {
    /// The ID of the webhook
    pub id: Option<f64>,
    /// The url to which the events will be send
    pub url: Option<String>,
    /// The name of the webhook
    pub name: Option<String>,
    /// The list of subscribed events
    pub subscriptions: Option<Vec<WebhookSubscriptionsItem>>,
    /// The id of the account which the webhook object belongs to
    pub account_id: Option<f64>,
}

/// The user role in the account
pub type AccountRole = UserAccountsItemRole;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Account {
    /// Account ID
    pub id: Option<f64>,
    /// Name of the account
    pub name: Option<String>,
    /// The user role in the account
    pub role: Option<AccountRole>,
}

/// Account settings
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDetailSettings {
    /// Auto resolve conversations after specified minutes
    pub auto_resolve_after: Option<f64>,
    /// Message to send when auto resolving
    pub auto_resolve_message: Option<String>,
    /// Whether to ignore waiting conversations for auto resolve
    pub auto_resolve_ignore_waiting: Option<bool>,
}

/// Custom attributes of the account
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDetailCustomAttributes {
    /// Subscription plan name
    pub plan_name: Option<String>,
    /// Subscribed quantity
    pub subscribed_quantity: Option<f64>,
    /// Subscription status
    pub subscription_status: Option<String>,
    /// Subscription end date
    pub subscription_ends_on: Option<chrono::NaiveDate>,
    /// Industry type
    pub industry: Option<String>,
    /// Company size
    pub company_size: Option<String>,
    /// Account timezone
    pub timezone: Option<String>,
    /// Account logo URL
    pub logo: Option<String>,
    /// Current onboarding step
    pub onboarding_step: Option<String>,
    /// When account was marked for deletion
    pub marked_for_deletion_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Reason for account deletion
    pub marked_for_deletion_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountDetail {
    /// Account ID
    pub id: Option<f64>,
    /// Name of the account
    pub name: Option<String>,
    /// The locale of the account
    pub locale: Option<String>,
    /// The domain of the account
    pub domain: Option<String>,
    /// The support email of the account
    pub support_email: Option<String>,
    /// The status of the account
    pub status: Option<String>,
    /// The creation date of the account
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Cache keys for the account
    pub cache_keys: Option<serde_json::Map<String, serde_json::Value>>,
    /// Enabled features for the account
    pub features: Option<Vec<String>>,
    /// Account settings
    pub settings: Option<AccountDetailSettings>,
    /// Custom attributes of the account
    pub custom_attributes: Option<AccountDetailCustomAttributes>,
}

/// Account settings
pub type AccountShowResponseSettings = AccountDetailSettings;

/// Custom attributes of the account
pub type AccountShowResponseCustomAttributes = AccountDetailCustomAttributes;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountShowResponse {
    /// Account ID
    pub id: Option<f64>,
    /// Name of the account
    pub name: Option<String>,
    /// The locale of the account
    pub locale: Option<String>,
    /// The domain of the account
    pub domain: Option<String>,
    /// The support email of the account
    pub support_email: Option<String>,
    /// The status of the account
    pub status: Option<String>,
    /// The creation date of the account
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Cache keys for the account
    pub cache_keys: Option<serde_json::Map<String, serde_json::Value>>,
    /// Enabled features for the account
    pub features: Option<Vec<String>>,
    /// Account settings
    pub settings: Option<AccountShowResponseSettings>,
    /// Custom attributes of the account
    pub custom_attributes: Option<AccountShowResponseCustomAttributes>,
    /// Latest version of Chatwoot available
    pub latest_chatwoot_version: Option<String>,
    /// List of subscribed enterprise features (if enterprise edition is enabled)
    pub subscribed_features: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUserItem {
    /// The ID of the account
    pub account_id: Option<i64>,
    /// The ID of the user
    pub user_id: Option<i64>,
    /// whether user is an administrator or agent
    pub role: Option<String>,
}

/// Array of account users
pub type AccountUser = Vec<AccountUserItem>;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlatformAccount {
    /// Account ID
    pub id: Option<f64>,
    /// Name of the account
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Team {
    /// The ID of the team
    pub id: Option<f64>,
    /// The name of the team
    pub name: Option<String>,
    /// The description about the team
    pub description: Option<String>,
    /// If this setting is turned on, the system would automatically assign the conversation to an agent in the team while assigning the conversation to a team
    pub allow_auto_assign: Option<bool>,
    /// The ID of the account with the team is a part of
    pub account_id: Option<f64>,
    /// This field shows whether the current user is a part of the team
    pub is_member: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntegrationsApp {
    /// The ID of the integration
    pub id: Option<String>,
    /// The name of the integration
    pub name: Option<String>,
    /// The description about the team
    pub description: Option<String>,
    /// Whether the integration is an account or inbox integration
    pub hook_type: Option<String>,
    /// Whether the integration is enabled for the account
    pub enabled: Option<bool>,
    /// Whether multiple hooks can be created for the integration
    pub allow_multiple_hooks: Option<bool>,
    /// If there are any hooks created for this integration
    pub hooks: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntegrationsHook {
    /// The ID of the integration hook
    pub id: Option<String>,
    /// The ID of the integration app
    pub app_id: Option<String>,
    /// Inbox ID if its an Inbox integration
    pub inbox_id: Option<String>,
    /// Account ID of the integration
    pub account_id: Option<String>,
    /// Whether the integration hook is enabled for the account
    pub status: Option<bool>,
    /// Whether its an account or inbox integration hook
    pub hook_type: Option<bool>,
    /// The associated settings for the integration
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for AuditLogAction {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for AuditLogAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditLog {
    /// Unique identifier for the audit log entry
    pub id: Option<i64>,
    /// The ID of the audited object
    pub auditable_id: Option<i64>,
    /// The type of the audited object (e.g., Conversation, Contact, User)
    pub auditable_type: Option<String>,
    /// The audited object data
    pub auditable: Option<serde_json::Map<String, serde_json::Value>>,
    /// The ID of the associated object (typically the account ID)
    pub associated_id: Option<i64>,
    /// The type of the associated object
    pub associated_type: Option<String>,
    /// The ID of the user who performed the action
    pub user_id: Option<i64>,
    /// The type of user who performed the action
    pub user_type: Option<String>,
    /// The email/username of the user who performed the action
    pub username: Option<String>,
    /// The action performed on the object
    pub action: Option<AuditLogAction>,
    /// JSON object containing the changes made to the audited object
    pub audited_changes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Version number of the audit log entry
    pub version: Option<i64>,
    /// Optional comment associated with the audit log entry
    pub comment: Option<String>,
    /// UUID to identify the request that generated this audit log
    pub request_uuid: Option<String>,
    /// Unix timestamp when the audit log entry was created
    pub created_at: Option<i64>,
    /// IP address from which the action was performed
    pub remote_address: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicContact {
    /// Id of the contact
    pub id: Option<i64>,
    /// The session identifier of the contact
    pub source_id: Option<String>,
    /// Name of the contact
    pub name: Option<String>,
    /// Email of the contact
    pub email: Option<String>,
    /// The token to be used to connect to chatwoot websocket
    pub pubsub_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicConversation {
    /// Id of the conversation
    pub id: Option<i64>,
    /// The inbox id of the conversation
    pub inbox_id: Option<String>,
    /// Messages in the conversation
    pub messages: Option<Vec<Message>>,
    /// The contact information associated to the conversation
    pub contact: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicMessage {
    /// Id of the message
    pub id: Option<String>,
    /// Text content of the message
    pub content: Option<String>,
    /// Denotes the message type
    pub message_type: Option<String>,
    /// Content type of the message
    pub content_type: Option<String>,
    /// Additional content attributes of the message
    pub content_attributes: Option<String>,
    /// Created at time stamp of the message
    pub created_at: Option<String>,
    /// Conversation Id of the message
    pub conversation_id: Option<String>,
    /// Attachments if any
    pub attachments: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Details of the sender
    pub sender: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicInboxWorkingHoursItem {
    /// Day of the week as a number. Sunday -> 0, Saturday -> 6
    pub day_of_week: Option<i64>,
    /// Whether or not the business is open the whole day
    pub open_all_day: Option<bool>,
    /// Whether or not the business is closed the whole day
    pub closed_all_day: Option<bool>,
    /// Opening hour. Can be null if closed all day
    pub open_hour: Option<i64>,
    /// Opening minute. Can be null if closed all day
    pub open_minutes: Option<i64>,
    /// Closing hour. Can be null if closed all day
    pub close_hour: Option<i64>,
    /// Closing minute. Can be null if closed all day
    pub close_minutes: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicInbox {
    /// Inbox identifier
    pub identifier: Option<String>,
    /// Name of the inbox
    pub name: Option<String>,
    /// The timezone defined on the inbox
    pub timezone: Option<String>,
    /// The working hours defined on the inbox
    pub working_hours: Option<Vec<PublicInboxWorkingHoursItem>>,
    /// Whether of not the working hours are enabled on the inbox
    pub working_hours_enabled: Option<bool>,
    /// Whether of not the Customer Satisfaction survey is enabled on the inbox
    pub csat_survey_enabled: Option<bool>,
    /// Whether of not the Greeting Message is enabled on the inbox
    pub greeting_enabled: Option<bool>,
    /// Whether of not the User Identity Validation is enforced on the inbox
    pub identity_validation_enabled: Option<bool>,
}

/// The status of the account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountCreateUpdatePayloadStatus {
    /// `active`
    Active,
    /// `suspended`
    Suspended,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for AccountCreateUpdatePayloadStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for AccountCreateUpdatePayloadStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountCreateUpdatePayload {
    /// Name of the account
    pub name: Option<String>,
    /// The locale of the account
    pub locale: Option<String>,
    /// The domain of the account
    pub domain: Option<String>,
    /// The support email of the account
    pub support_email: Option<String>,
    /// The status of the account
    pub status: Option<AccountCreateUpdatePayloadStatus>,
    /// The limits of the account
    pub limits: Option<serde_json::Map<String, serde_json::Value>>,
    /// The custom attributes of the account
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUpdatePayload {
    /// Name of the account
    pub name: Option<String>,
    /// The locale of the account
    pub locale: Option<String>,
    /// The domain of the account
    pub domain: Option<String>,
    /// The support email of the account
    pub support_email: Option<String>,
    /// Auto resolve conversations after specified minutes
    pub auto_resolve_after: Option<Option<i64>>,
    /// Message to send when auto resolving
    pub auto_resolve_message: Option<Option<String>>,
    /// Whether to ignore waiting conversations for auto resolve
    pub auto_resolve_ignore_waiting: Option<Option<bool>>,
    /// Industry type
    pub industry: Option<String>,
    /// Company size
    pub company_size: Option<String>,
    /// Account timezone
    pub timezone: Option<String>,
}

impl AccountUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }

    /// Sets `domain`.
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }

    /// Sets `support_email`.
    pub fn support_email(mut self, value: impl Into<String>) -> Self {
        self.support_email = Some(value.into());
        self
    }

    /// Sets `auto_resolve_after`. `None` sends `null`.
    pub fn auto_resolve_after(mut self, value: Option<i64>) -> Self {
        self.auto_resolve_after = Some(value);
        self
    }

    /// Sets `auto_resolve_message`. `None` sends `null`.
    pub fn auto_resolve_message(mut self, value: Option<String>) -> Self {
        self.auto_resolve_message = Some(value);
        self
    }

    /// Sets `auto_resolve_ignore_waiting`. `None` sends `null`.
    pub fn auto_resolve_ignore_waiting(mut self, value: Option<bool>) -> Self {
        self.auto_resolve_ignore_waiting = Some(value);
        self
    }

    /// Sets `industry`.
    pub fn industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(value.into());
        self
    }

    /// Sets `company_size`.
    pub fn company_size(mut self, value: impl Into<String>) -> Self {
        self.company_size = Some(value.into());
        self
    }

    /// Sets `timezone`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AccountUserCreateUpdatePayload {
    /// The ID of the user
    pub user_id: i64,
    /// whether user is an administrator or agent
    pub role: String,
}

impl AccountUserCreateUpdatePayload {
    /// A value with its required members (`user_id`, `role`).
    pub fn new(user_id: impl Into<i64>, role: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            role: role.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlatformAgentBotCreateUpdatePayload {
    /// The name of the agent bot
    pub name: Option<String>,
    /// The description of the agent bot
    pub description: Option<String>,
    /// The webhook URL for the bot
    pub outgoing_url: Option<String>,
    /// The account ID to associate the agent bot with
    pub account_id: Option<i64>,
    /// Send the form data with the avatar image binary or use the avatar_url
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the agent bot avatar
    pub avatar_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentBotCreateUpdatePayload {
    /// The name of the agent bot
    pub name: Option<String>,
    /// The description of the agent bot
    pub description: Option<String>,
    /// The webhook URL for the bot
    pub outgoing_url: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the agent bot avatar
    pub avatar_url: Option<String>,
    /// The type of the bot (0 for webhook)
    pub bot_type: Option<i64>,
    /// The configuration for the bot
    pub bot_config: Option<serde_json::Map<String, serde_json::Value>>,
}

impl AgentBotCreateUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `outgoing_url`.
    pub fn outgoing_url(mut self, value: impl Into<String>) -> Self {
        self.outgoing_url = Some(value.into());
        self
    }

    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }

    /// Sets `avatar_url`.
    pub fn avatar_url(mut self, value: impl Into<String>) -> Self {
        self.avatar_url = Some(value.into());
        self
    }

    /// Sets `bot_type`.
    pub fn bot_type(mut self, value: impl Into<i64>) -> Self {
        self.bot_type = Some(value.into());
        self
    }

    /// Sets `bot_config`.
    pub fn bot_config(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.bot_config = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserCreateUpdatePayload {
    /// Name of the user
    pub name: Option<String>,
    /// Display name of the user
    pub display_name: Option<String>,
    /// Email of the user
    pub email: Option<String>,
    /// Password must contain uppercase, lowercase letters, number and a special character
    pub password: Option<String>,
    /// Custom attributes you want to associate with the user
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CannedResponseCreateUpdatePayload {
    /// Message content for canned response
    pub content: Option<String>,
    /// Short Code for quick access of the canned response
    pub short_code: Option<String>,
}

impl CannedResponseCreateUpdatePayload {
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `short_code`.
    pub fn short_code(mut self, value: impl Into<String>) -> Self {
        self.short_code = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomAttributeCreateUpdatePayload {
    /// Attribute display name
    pub attribute_display_name: Option<String>,
    /// Attribute display type (text- 0, number- 1, currency- 2, percent- 3, link- 4, date- 5, list- 6, checkbox- 7)
    pub attribute_display_type: Option<i64>,
    /// Attribute description
    pub attribute_description: Option<String>,
    /// Attribute unique key value
    pub attribute_key: Option<String>,
    /// Attribute values
    pub attribute_values: Option<Vec<String>>,
    /// Attribute type(conversation_attribute- 0, contact_attribute- 1)
    pub attribute_model: Option<i64>,
    /// Regex pattern (Only applicable for type- text). The regex pattern is used to validate the attribute value(s).
    pub regex_pattern: Option<String>,
    /// Regex cue message (Only applicable for type- text). The cue message is shown when the regex pattern is not matched.
    pub regex_cue: Option<String>,
}

impl CustomAttributeCreateUpdatePayload {
    /// Sets `attribute_display_name`.
    pub fn attribute_display_name(mut self, value: impl Into<String>) -> Self {
        self.attribute_display_name = Some(value.into());
        self
    }

    /// Sets `attribute_display_type`.
    pub fn attribute_display_type(mut self, value: impl Into<i64>) -> Self {
        self.attribute_display_type = Some(value.into());
        self
    }

    /// Sets `attribute_description`.
    pub fn attribute_description(mut self, value: impl Into<String>) -> Self {
        self.attribute_description = Some(value.into());
        self
    }

    /// Sets `attribute_key`.
    pub fn attribute_key(mut self, value: impl Into<String>) -> Self {
        self.attribute_key = Some(value.into());
        self
    }

    /// Sets `attribute_values`.
    pub fn attribute_values(mut self, value: impl Into<Vec<String>>) -> Self {
        self.attribute_values = Some(value.into());
        self
    }

    /// Sets `attribute_model`.
    pub fn attribute_model(mut self, value: impl Into<i64>) -> Self {
        self.attribute_model = Some(value.into());
        self
    }

    /// Sets `regex_pattern`.
    pub fn regex_pattern(mut self, value: impl Into<String>) -> Self {
        self.regex_pattern = Some(value.into());
        self
    }

    /// Sets `regex_cue`.
    pub fn regex_cue(mut self, value: impl Into<String>) -> Self {
        self.regex_cue = Some(value.into());
        self
    }
}

/// Whether its administrator or agent
pub type AgentCreatePayloadRole = UserRole;

/// The availability setting of the agent.
pub type AgentCreatePayloadAvailabilityStatus = AgentAvailabilityStatus;

#[derive(Debug, Clone, PartialEq)]
pub struct AgentCreatePayload {
    /// Full Name of the agent
    pub name: String,
    /// Email of the Agent
    pub email: String,
    /// Whether its administrator or agent
    pub role: AgentCreatePayloadRole,
    /// The availability setting of the agent.
    pub availability_status: Option<AgentCreatePayloadAvailabilityStatus>,
    /// Whether the availability status of agent is configured to go offline automatically when away.
    pub auto_offline: Option<bool>,
}

impl AgentCreatePayload {
    /// A value with its required members (`name`, `email`, `role`); the others are `None`.
    pub fn new(
        name: impl Into<String>,
        email: impl Into<String>,
        role: impl Into<AgentCreatePayloadRole>,
    ) -> Self {
        Self {
            name: name.into(),
            email: email.into(),
            role: role.into(),
            availability_status: None,
            auto_offline: None,
        }
    }

    /// Sets `availability_status`.
    pub fn availability_status(
        mut self,
        value: impl Into<AgentCreatePayloadAvailabilityStatus>,
    ) -> Self {
        self.availability_status = Some(value.into());
        self
    }

    /// Sets `auto_offline`.
    pub fn auto_offline(mut self, value: impl Into<bool>) -> Self {
        self.auto_offline = Some(value.into());
        self
    }
}

/// Whether its administrator or agent
pub type AgentUpdatePayloadRole = UserRole;

/// The availability status of the agent.
pub type AgentUpdatePayloadAvailabilityStatus = AgentAvailabilityStatus;

#[derive(Debug, Clone, PartialEq)]
pub struct AgentUpdatePayload {
    /// Whether its administrator or agent
    pub role: AgentUpdatePayloadRole,
    /// The availability status of the agent.
    pub availability_status: Option<AgentUpdatePayloadAvailabilityStatus>,
    /// Whether the availability status of agent is configured to go offline automatically when away.
    pub auto_offline: Option<bool>,
}

impl AgentUpdatePayload {
    /// A value with its required members (`role`); the others are `None`.
    pub fn new(role: impl Into<AgentUpdatePayloadRole>) -> Self {
        Self {
            role: role.into(),
            availability_status: None,
            auto_offline: None,
        }
    }

    /// Sets `availability_status`.
    pub fn availability_status(
        mut self,
        value: impl Into<AgentUpdatePayloadAvailabilityStatus>,
    ) -> Self {
        self.availability_status = Some(value.into());
        self
    }

    /// Sets `auto_offline`.
    pub fn auto_offline(mut self, value: impl Into<bool>) -> Self {
        self.auto_offline = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactCreatePayload {
    /// ID of the inbox to which the contact belongs
    pub inbox_id: f64,
    /// name of the contact
    pub name: Option<String>,
    /// email of the contact
    pub email: Option<String>,
    /// whether the contact is blocked or not
    pub blocked: Option<bool>,
    /// phone number of the contact
    pub phone_number: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the contact avatar
    pub avatar_url: Option<String>,
    /// A unique identifier for the contact in external system
    pub identifier: Option<String>,
    /// An object where you can store additional attributes for contact. example {"type":"customer", "age":30}
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// An object where you can store custom attributes for contact. example {"type":"customer", "age":30}, this should have a valid custom attribute definition.
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl ContactCreatePayload {
    /// A value with its required members (`inbox_id`); the others are `None`.
    pub fn new(inbox_id: impl Into<f64>) -> Self {
        Self {
            inbox_id: inbox_id.into(),
            name: None,
            email: None,
            blocked: None,
            phone_number: None,
            avatar: None,
            avatar_url: None,
            identifier: None,
            additional_attributes: None,
            custom_attributes: None,
        }
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `blocked`.
    pub fn blocked(mut self, value: impl Into<bool>) -> Self {
        self.blocked = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }

    /// Sets `avatar_url`.
    pub fn avatar_url(mut self, value: impl Into<String>) -> Self {
        self.avatar_url = Some(value.into());
        self
    }

    /// Sets `identifier`.
    pub fn identifier(mut self, value: impl Into<String>) -> Self {
        self.identifier = Some(value.into());
        self
    }

    /// Sets `additional_attributes`.
    pub fn additional_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.additional_attributes = Some(value.into());
        self
    }

    /// Sets `custom_attributes`.
    pub fn custom_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.custom_attributes = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactUpdatePayload {
    /// name of the contact
    pub name: Option<String>,
    /// email of the contact
    pub email: Option<String>,
    /// whether the contact is blocked or not
    pub blocked: Option<bool>,
    /// phone number of the contact
    pub phone_number: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    pub avatar: Option<String>,
    /// The url to a jpeg, png file for the contact avatar
    pub avatar_url: Option<String>,
    /// A unique identifier for the contact in external system
    pub identifier: Option<String>,
    /// An object where you can store additional attributes for contact. example {"type":"customer", "age":30}
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// An object where you can store custom attributes for contact. example {"type":"customer", "age":30}, this should have a valid custom attribute definition.
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

impl ContactUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `blocked`.
    pub fn blocked(mut self, value: impl Into<bool>) -> Self {
        self.blocked = Some(value.into());
        self
    }

    /// Sets `phone_number`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }

    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }

    /// Sets `avatar_url`.
    pub fn avatar_url(mut self, value: impl Into<String>) -> Self {
        self.avatar_url = Some(value.into());
        self
    }

    /// Sets `identifier`.
    pub fn identifier(mut self, value: impl Into<String>) -> Self {
        self.identifier = Some(value.into());
        self
    }

    /// Sets `additional_attributes`.
    pub fn additional_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.additional_attributes = Some(value.into());
        self
    }

    /// Sets `custom_attributes`.
    pub fn custom_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.custom_attributes = Some(value.into());
        self
    }
}

/// Specify the conversation whether it's pending, open, closed
pub type ConversationCreatePayloadStatus = ConversationStatus;

/// The template params for the message in case of whatsapp Channel
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationCreatePayloadMessageTemplateParams {
    /// Name of the template
    pub name: Option<String>,
    /// Category of the template
    pub category: Option<String>,
    /// Language of the template
    pub language: Option<String>,
    /// The processed param values for template variables in template
    pub processed_params: Option<serde_json::Map<String, serde_json::Value>>,
}

impl ConversationCreatePayloadMessageTemplateParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }

    /// Sets `processed_params`.
    pub fn processed_params(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.processed_params = Some(value.into());
        self
    }
}

/// The initial message to be sent to the conversation
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationCreatePayloadMessage {
    /// The content of the message
    pub content: String,
    /// The template params for the message in case of whatsapp Channel
    pub template_params: Option<ConversationCreatePayloadMessageTemplateParams>,
}

impl ConversationCreatePayloadMessage {
    /// A value with its required members (`content`); the others are `None`.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            template_params: None,
        }
    }

    /// Sets `template_params`.
    pub fn template_params(
        mut self,
        value: impl Into<ConversationCreatePayloadMessageTemplateParams>,
    ) -> Self {
        self.template_params = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConversationCreatePayload {
    /// Conversation source id
    pub source_id: String,
    /// Id of inbox in which the conversation is created
    /// Allowed Inbox Types: Website, Phone, Api, Email
    pub inbox_id: i64,
    /// Contact Id for which conversation is created
    pub contact_id: Option<i64>,
    /// Lets you specify attributes like browser information
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Specify the conversation whether it's pending, open, closed
    pub status: Option<ConversationCreatePayloadStatus>,
    /// Agent Id for assigning a conversation to an agent
    pub assignee_id: Option<i64>,
    /// Team Id for assigning a conversation to a team\
    pub team_id: Option<i64>,
    /// Snoozed until date time
    pub snoozed_until: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The initial message to be sent to the conversation
    pub message: Option<ConversationCreatePayloadMessage>,
}

impl ConversationCreatePayload {
    /// A value with its required members (`source_id`, `inbox_id`); the others are `None`.
    pub fn new(source_id: impl Into<String>, inbox_id: impl Into<i64>) -> Self {
        Self {
            source_id: source_id.into(),
            inbox_id: inbox_id.into(),
            contact_id: None,
            additional_attributes: None,
            custom_attributes: None,
            status: None,
            assignee_id: None,
            team_id: None,
            snoozed_until: None,
            message: None,
        }
    }

    /// Sets `contact_id`.
    pub fn contact_id(mut self, value: impl Into<i64>) -> Self {
        self.contact_id = Some(value.into());
        self
    }

    /// Sets `additional_attributes`.
    pub fn additional_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.additional_attributes = Some(value.into());
        self
    }

    /// Sets `custom_attributes`.
    pub fn custom_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.custom_attributes = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<ConversationCreatePayloadStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `assignee_id`.
    pub fn assignee_id(mut self, value: impl Into<i64>) -> Self {
        self.assignee_id = Some(value.into());
        self
    }

    /// Sets `team_id`.
    pub fn team_id(mut self, value: impl Into<i64>) -> Self {
        self.team_id = Some(value.into());
        self
    }

    /// Sets `snoozed_until`.
    pub fn snoozed_until(
        mut self,
        value: impl Into<chrono::DateTime<chrono::FixedOffset>>,
    ) -> Self {
        self.snoozed_until = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn message(
        mut self,
        value: impl Into<ConversationCreatePayloadMessage>,
    ) -> Self {
        self.message = Some(value.into());
        self
    }
}

/// The type of the message
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadMessageType {
    /// `outgoing`
    Outgoing,
    /// `incoming`
    Incoming,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationMessageCreatePayloadMessageType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationMessageCreatePayloadMessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationMessageCreatePayloadContentType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationMessageCreatePayloadContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationMessageCreatePayloadTemplateParamsCategory {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationMessageCreatePayloadTemplateParamsCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Header component parameters for media templates
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader {
    /// Publicly accessible URL for IMAGE, VIDEO, or DOCUMENT headers
    pub media_url: Option<String>,
    /// Type of media for the header
    pub media_type: Option<
        ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType,
    >,
}

impl ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader {
    /// Sets `media_url`.
    pub fn media_url(mut self, value: impl Into<String>) -> Self {
        self.media_url = Some(value.into());
        self
    }

    /// Sets `media_type`.
    pub fn media_type(
        mut self,
        value: impl Into<
            ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeaderMediaType,
        >,
    ) -> Self {
        self.media_type = Some(value.into());
        self
    }
}

/// Type of button parameter
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    /// `url`
    Url,
    /// `copy_code`
    CopyCode,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str>
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem {
    /// Type of button parameter
    pub r#type: Option<
        ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType,
    >,
    /// Dynamic parameter value for the button
    pub parameter: Option<String>,
}

impl ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem {
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<
            ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItemType,
        >,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `parameter`.
    pub fn parameter(mut self, value: impl Into<String>) -> Self {
        self.parameter = Some(value.into());
        self
    }
}

/// Processed template parameters organized by component type
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMessageCreatePayloadTemplateParamsProcessedParams {
    /// Body component parameters with variable placeholders
    pub body: Option<std::collections::BTreeMap<String, String>>,
    /// Header component parameters for media templates
    pub header: Option<
        ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader,
    >,
    /// Button component parameters for interactive templates
    pub buttons: Option<
        Vec<ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem>,
    >,
}

impl ConversationMessageCreatePayloadTemplateParamsProcessedParams {
    /// Sets `body`.
    pub fn body(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.body = Some(value.into());
        self
    }

    /// Sets `header`.
    pub fn header(
        mut self,
        value: impl Into<
            ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader,
        >,
    ) -> Self {
        self.header = Some(value.into());
        self
    }

    /// Sets `buttons`.
    pub fn buttons(
        mut self,
        value: impl Into<
            Vec<ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem>,
        >,
    ) -> Self {
        self.buttons = Some(value.into());
        self
    }
}

/// WhatsApp template parameters for sending structured messages
#[derive(Debug, Clone, PartialEq)]
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

impl ConversationMessageCreatePayloadTemplateParams {
    /// A value with its required members (`name`, `category`, `language`, `processed_params`).
    pub fn new(
        name: impl Into<String>,
        category: impl Into<ConversationMessageCreatePayloadTemplateParamsCategory>,
        language: impl Into<String>,
        processed_params: impl Into<
            ConversationMessageCreatePayloadTemplateParamsProcessedParams,
        >,
    ) -> Self {
        Self {
            name: name.into(),
            category: category.into(),
            language: language.into(),
            processed_params: processed_params.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConversationMessageCreatePayload {
    /// The content of the message
    pub content: String,
    /// The type of the message
    pub message_type: Option<ConversationMessageCreatePayloadMessageType>,
    /// Flag to identify if it is a private note
    pub private: Option<bool>,
    /// Content type of the message
    pub content_type: Option<ConversationMessageCreatePayloadContentType>,
    /// Attributes based on the content type
    pub content_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The campaign id to which the message belongs
    pub campaign_id: Option<i64>,
    /// WhatsApp template parameters for sending structured messages
    pub template_params: Option<ConversationMessageCreatePayloadTemplateParams>,
}

impl ConversationMessageCreatePayload {
    /// A value with its required members (`content`); the others are `None`.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            message_type: None,
            private: None,
            content_type: None,
            content_attributes: None,
            campaign_id: None,
            template_params: None,
        }
    }

    /// Sets `message_type`.
    pub fn message_type(
        mut self,
        value: impl Into<ConversationMessageCreatePayloadMessageType>,
    ) -> Self {
        self.message_type = Some(value.into());
        self
    }

    /// Sets `private`.
    pub fn private(mut self, value: impl Into<bool>) -> Self {
        self.private = Some(value.into());
        self
    }

    /// Sets `content_type`.
    pub fn content_type(
        mut self,
        value: impl Into<ConversationMessageCreatePayloadContentType>,
    ) -> Self {
        self.content_type = Some(value.into());
        self
    }

    /// Sets `content_attributes`.
    pub fn content_attributes(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.content_attributes = Some(value.into());
        self
    }

    /// Sets `campaign_id`.
    pub fn campaign_id(mut self, value: impl Into<i64>) -> Self {
        self.campaign_id = Some(value.into());
        self
    }

    /// Sets `template_params`.
    pub fn template_params(
        mut self,
        value: impl Into<ConversationMessageCreatePayloadTemplateParams>,
    ) -> Self {
        self.template_params = Some(value.into());
        self
    }
}

/// Sender name type for the inbox
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum InboxCreatePayloadSenderNameType {
    /// `friendly`
    Friendly,
    /// `professional`
    Professional,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for InboxCreatePayloadSenderNameType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for InboxCreatePayloadSenderNameType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for InboxCreatePayloadChannelType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for InboxCreatePayloadChannelType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InboxCreatePayloadChannel {
    /// Type of the channel
    pub r#type: Option<InboxCreatePayloadChannelType>,
    /// URL at which the widget will be loaded
    pub website_url: Option<String>,
    /// Welcome title to be displayed on the widget
    pub welcome_title: Option<String>,
    /// Welcome tagline to be displayed on the widget
    pub welcome_tagline: Option<String>,
    /// A Hex-color string used to customize the widget
    pub widget_color: Option<String>,
}

impl InboxCreatePayloadChannel {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<InboxCreatePayloadChannelType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `website_url`.
    pub fn website_url(mut self, value: impl Into<String>) -> Self {
        self.website_url = Some(value.into());
        self
    }

    /// Sets `welcome_title`.
    pub fn welcome_title(mut self, value: impl Into<String>) -> Self {
        self.welcome_title = Some(value.into());
        self
    }

    /// Sets `welcome_tagline`.
    pub fn welcome_tagline(mut self, value: impl Into<String>) -> Self {
        self.welcome_tagline = Some(value.into());
        self
    }

    /// Sets `widget_color`.
    pub fn widget_color(mut self, value: impl Into<String>) -> Self {
        self.widget_color = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InboxCreatePayload {
    /// The name of the inbox
    pub name: Option<String>,
    /// Image file for avatar
    pub avatar: Option<String>,
    /// Enable greeting message
    pub greeting_enabled: Option<bool>,
    /// Greeting message to be displayed on the widget
    pub greeting_message: Option<String>,
    /// Enable email collection
    pub enable_email_collect: Option<bool>,
    /// Enable CSAT survey
    pub csat_survey_enabled: Option<bool>,
    /// Enable Auto Assignment
    pub enable_auto_assignment: Option<bool>,
    /// Enable working hours
    pub working_hours_enabled: Option<bool>,
    /// Out of office message to be displayed on the widget
    pub out_of_office_message: Option<String>,
    /// Timezone of the inbox
    pub timezone: Option<String>,
    /// Allow messages after conversation is resolved
    pub allow_messages_after_resolved: Option<bool>,
    /// Lock to single conversation
    pub lock_to_single_conversation: Option<bool>,
    /// Id of the help center portal to attach to the inbox
    pub portal_id: Option<i64>,
    /// Sender name type for the inbox
    pub sender_name_type: Option<InboxCreatePayloadSenderNameType>,
    /// Business name for the inbox
    pub business_name: Option<String>,
    pub channel: Option<InboxCreatePayloadChannel>,
}

impl InboxCreatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }

    /// Sets `greeting_enabled`.
    pub fn greeting_enabled(mut self, value: impl Into<bool>) -> Self {
        self.greeting_enabled = Some(value.into());
        self
    }

    /// Sets `greeting_message`.
    pub fn greeting_message(mut self, value: impl Into<String>) -> Self {
        self.greeting_message = Some(value.into());
        self
    }

    /// Sets `enable_email_collect`.
    pub fn enable_email_collect(mut self, value: impl Into<bool>) -> Self {
        self.enable_email_collect = Some(value.into());
        self
    }

    /// Sets `csat_survey_enabled`.
    pub fn csat_survey_enabled(mut self, value: impl Into<bool>) -> Self {
        self.csat_survey_enabled = Some(value.into());
        self
    }

    /// Sets `enable_auto_assignment`.
    pub fn enable_auto_assignment(mut self, value: impl Into<bool>) -> Self {
        self.enable_auto_assignment = Some(value.into());
        self
    }

    /// Sets `working_hours_enabled`.
    pub fn working_hours_enabled(mut self, value: impl Into<bool>) -> Self {
        self.working_hours_enabled = Some(value.into());
        self
    }

    /// Sets `out_of_office_message`.
    pub fn out_of_office_message(mut self, value: impl Into<String>) -> Self {
        self.out_of_office_message = Some(value.into());
        self
    }

    /// Sets `timezone`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }

    /// Sets `allow_messages_after_resolved`.
    pub fn allow_messages_after_resolved(mut self, value: impl Into<bool>) -> Self {
        self.allow_messages_after_resolved = Some(value.into());
        self
    }

    /// Sets `lock_to_single_conversation`.
    pub fn lock_to_single_conversation(mut self, value: impl Into<bool>) -> Self {
        self.lock_to_single_conversation = Some(value.into());
        self
    }

    /// Sets `portal_id`.
    pub fn portal_id(mut self, value: impl Into<i64>) -> Self {
        self.portal_id = Some(value.into());
        self
    }

    /// Sets `sender_name_type`.
    pub fn sender_name_type(
        mut self,
        value: impl Into<InboxCreatePayloadSenderNameType>,
    ) -> Self {
        self.sender_name_type = Some(value.into());
        self
    }

    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }

    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<InboxCreatePayloadChannel>) -> Self {
        self.channel = Some(value.into());
        self
    }
}

/// Sender name type for the inbox
pub type InboxUpdatePayloadSenderNameType = InboxCreatePayloadSenderNameType;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InboxUpdatePayloadChannel {
    /// URL at which the widget will be loaded
    pub website_url: Option<String>,
    /// Welcome title to be displayed on the widget
    pub welcome_title: Option<String>,
    /// Welcome tagline to be displayed on the widget
    pub welcome_tagline: Option<String>,
    /// A Hex-color string used to customize the widget
    pub widget_color: Option<String>,
}

impl InboxUpdatePayloadChannel {
    /// Sets `website_url`.
    pub fn website_url(mut self, value: impl Into<String>) -> Self {
        self.website_url = Some(value.into());
        self
    }

    /// Sets `welcome_title`.
    pub fn welcome_title(mut self, value: impl Into<String>) -> Self {
        self.welcome_title = Some(value.into());
        self
    }

    /// Sets `welcome_tagline`.
    pub fn welcome_tagline(mut self, value: impl Into<String>) -> Self {
        self.welcome_tagline = Some(value.into());
        self
    }

    /// Sets `widget_color`.
    pub fn widget_color(mut self, value: impl Into<String>) -> Self {
        self.widget_color = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InboxUpdatePayload {
    /// The name of the inbox
    pub name: Option<String>,
    /// Image file for avatar
    pub avatar: Option<String>,
    /// Enable greeting message
    pub greeting_enabled: Option<bool>,
    /// Greeting message to be displayed on the widget
    pub greeting_message: Option<String>,
    /// Enable email collection
    pub enable_email_collect: Option<bool>,
    /// Enable CSAT survey
    pub csat_survey_enabled: Option<bool>,
    /// Enable Auto Assignment
    pub enable_auto_assignment: Option<bool>,
    /// Enable working hours
    pub working_hours_enabled: Option<bool>,
    /// Out of office message to be displayed on the widget
    pub out_of_office_message: Option<String>,
    /// Timezone of the inbox
    pub timezone: Option<String>,
    /// Allow messages after conversation is resolved
    pub allow_messages_after_resolved: Option<bool>,
    /// Lock to single conversation
    pub lock_to_single_conversation: Option<bool>,
    /// Id of the help center portal to attach to the inbox
    pub portal_id: Option<i64>,
    /// Sender name type for the inbox
    pub sender_name_type: Option<InboxUpdatePayloadSenderNameType>,
    /// Business name for the inbox
    pub business_name: Option<String>,
    pub channel: Option<InboxUpdatePayloadChannel>,
}

impl InboxUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `avatar`.
    pub fn avatar(mut self, value: impl Into<String>) -> Self {
        self.avatar = Some(value.into());
        self
    }

    /// Sets `greeting_enabled`.
    pub fn greeting_enabled(mut self, value: impl Into<bool>) -> Self {
        self.greeting_enabled = Some(value.into());
        self
    }

    /// Sets `greeting_message`.
    pub fn greeting_message(mut self, value: impl Into<String>) -> Self {
        self.greeting_message = Some(value.into());
        self
    }

    /// Sets `enable_email_collect`.
    pub fn enable_email_collect(mut self, value: impl Into<bool>) -> Self {
        self.enable_email_collect = Some(value.into());
        self
    }

    /// Sets `csat_survey_enabled`.
    pub fn csat_survey_enabled(mut self, value: impl Into<bool>) -> Self {
        self.csat_survey_enabled = Some(value.into());
        self
    }

    /// Sets `enable_auto_assignment`.
    pub fn enable_auto_assignment(mut self, value: impl Into<bool>) -> Self {
        self.enable_auto_assignment = Some(value.into());
        self
    }

    /// Sets `working_hours_enabled`.
    pub fn working_hours_enabled(mut self, value: impl Into<bool>) -> Self {
        self.working_hours_enabled = Some(value.into());
        self
    }

    /// Sets `out_of_office_message`.
    pub fn out_of_office_message(mut self, value: impl Into<String>) -> Self {
        self.out_of_office_message = Some(value.into());
        self
    }

    /// Sets `timezone`.
    pub fn timezone(mut self, value: impl Into<String>) -> Self {
        self.timezone = Some(value.into());
        self
    }

    /// Sets `allow_messages_after_resolved`.
    pub fn allow_messages_after_resolved(mut self, value: impl Into<bool>) -> Self {
        self.allow_messages_after_resolved = Some(value.into());
        self
    }

    /// Sets `lock_to_single_conversation`.
    pub fn lock_to_single_conversation(mut self, value: impl Into<bool>) -> Self {
        self.lock_to_single_conversation = Some(value.into());
        self
    }

    /// Sets `portal_id`.
    pub fn portal_id(mut self, value: impl Into<i64>) -> Self {
        self.portal_id = Some(value.into());
        self
    }

    /// Sets `sender_name_type`.
    pub fn sender_name_type(
        mut self,
        value: impl Into<InboxUpdatePayloadSenderNameType>,
    ) -> Self {
        self.sender_name_type = Some(value.into());
        self
    }

    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }

    /// Sets `channel`.
    pub fn channel(mut self, value: impl Into<InboxUpdatePayloadChannel>) -> Self {
        self.channel = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamCreateUpdatePayload {
    /// The name of the team
    pub name: Option<String>,
    /// The description of the team
    pub description: Option<String>,
    /// If this setting is turned on, the system would automatically assign the conversation to an agent in the team while assigning the conversation to a team
    pub allow_auto_assign: Option<bool>,
}

impl TeamCreateUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `allow_auto_assign`.
    pub fn allow_auto_assign(mut self, value: impl Into<bool>) -> Self {
        self.allow_auto_assign = Some(value.into());
        self
    }
}

/// The description about the custom filter
pub type CustomFilterCreateUpdatePayloadType = CustomFilterType;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomFilterCreateUpdatePayload {
    /// The name of the custom filter
    pub name: Option<String>,
    /// The description about the custom filter
    pub r#type: Option<CustomFilterCreateUpdatePayloadType>,
    /// A query that needs to be saved as a custom filter
    pub query: Option<serde_json::Map<String, serde_json::Value>>,
}

impl CustomFilterCreateUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<CustomFilterCreateUpdatePayloadType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `query`.
    pub fn query(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.query = Some(value.into());
        self
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct WebhookCreateUpdatePayload {
    /// The url where the events should be sent
    pub url: Option<String>,
    /// The name of the webhook
    pub name: Option<String>,
    /// The events you want to subscribe to.
    pub subscriptions: Option<Vec<WebhookCreateUpdatePayloadSubscriptionsItem>>,
}

impl WebhookCreateUpdatePayload {
    /// Sets `url`.
    pub fn url(mut self, value: impl Into<String>) -> Self {
        self.url = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `subscriptions`.
    pub fn subscriptions(
        mut self,
        value: impl Into<Vec<WebhookCreateUpdatePayloadSubscriptionsItem>>,
    ) -> Self {
        self.subscriptions = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntegrationsHookCreatePayload {
    /// The ID of app for which integration hook is being created
    pub app_id: Option<i64>,
    /// The inbox ID, if the hook is an inbox hook
    pub inbox_id: Option<i64>,
    /// The status of the integration (0 for inactive, 1 for active)
    pub status: Option<i64>,
    /// The settings required by the integration
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

impl IntegrationsHookCreatePayload {
    /// Sets `app_id`.
    pub fn app_id(mut self, value: impl Into<i64>) -> Self {
        self.app_id = Some(value.into());
        self
    }

    /// Sets `inbox_id`.
    pub fn inbox_id(mut self, value: impl Into<i64>) -> Self {
        self.inbox_id = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `settings`.
    pub fn settings(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.settings = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntegrationsHookUpdatePayload {
    /// The status of the integration (0 for inactive, 1 for active)
    pub status: Option<i64>,
    /// The settings required by the integration
    pub settings: Option<serde_json::Map<String, serde_json::Value>>,
}

impl IntegrationsHookUpdatePayload {
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `settings`.
    pub fn settings(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.settings = Some(value.into());
        self
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for AutomationRuleCreateUpdatePayloadEventName {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for AutomationRuleCreateUpdatePayloadEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutomationRuleCreateUpdatePayload {
    /// Rule name
    pub name: Option<String>,
    /// The description about the automation and actions
    pub description: Option<String>,
    /// The event when you want to execute the automation actions
    pub event_name: Option<AutomationRuleCreateUpdatePayloadEventName>,
    /// Enable/disable automation rule
    pub active: Option<bool>,
    /// Array of actions which you want to perform when condition matches, e.g add label support if message contains content help.
    pub actions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Array of conditions on which conversation filter would work, e.g message content contains text help.
    pub conditions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

impl AutomationRuleCreateUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `event_name`.
    pub fn event_name(
        mut self,
        value: impl Into<AutomationRuleCreateUpdatePayloadEventName>,
    ) -> Self {
        self.event_name = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Sets `actions`.
    pub fn actions(
        mut self,
        value: impl Into<Vec<serde_json::Map<String, serde_json::Value>>>,
    ) -> Self {
        self.actions = Some(value.into());
        self
    }

    /// Sets `conditions`.
    pub fn conditions(
        mut self,
        value: impl Into<Vec<serde_json::Map<String, serde_json::Value>>>,
    ) -> Self {
        self.conditions = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PortalCreateUpdatePayload {
    /// Header color for help-center in hex format
    pub color: Option<String>,
    /// Custom domain to display help center.
    pub custom_domain: Option<String>,
    /// Help center header
    pub header_text: Option<String>,
    /// link to main dashboard
    pub homepage_link: Option<String>,
    /// Name for the portal
    pub name: Option<String>,
    /// Page title for the portal
    pub page_title: Option<String>,
    /// Slug for the portal to display in link
    pub slug: Option<String>,
    /// Status to check if portal is live
    pub archived: Option<bool>,
    /// Configuration about supporting locales
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
}

impl PortalCreateUpdatePayload {
    /// Sets `color`.
    pub fn color(mut self, value: impl Into<String>) -> Self {
        self.color = Some(value.into());
        self
    }

    /// Sets `custom_domain`.
    pub fn custom_domain(mut self, value: impl Into<String>) -> Self {
        self.custom_domain = Some(value.into());
        self
    }

    /// Sets `header_text`.
    pub fn header_text(mut self, value: impl Into<String>) -> Self {
        self.header_text = Some(value.into());
        self
    }

    /// Sets `homepage_link`.
    pub fn homepage_link(mut self, value: impl Into<String>) -> Self {
        self.homepage_link = Some(value.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `page_title`.
    pub fn page_title(mut self, value: impl Into<String>) -> Self {
        self.page_title = Some(value.into());
        self
    }

    /// Sets `slug`.
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// Sets `archived`.
    pub fn archived(mut self, value: impl Into<bool>) -> Self {
        self.archived = Some(value.into());
        self
    }

    /// Sets `config`.
    pub fn config(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.config = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CategoryCreateUpdatePayload {
    /// The name of the category
    pub name: Option<String>,
    /// A description for the category
    pub description: Option<String>,
    /// Category position in the portal list to sort
    pub position: Option<i64>,
    /// The category slug used in the URL
    pub slug: Option<String>,
    /// The locale of the category
    pub locale: Option<String>,
    /// The icon of the category as a string (emoji)
    pub icon: Option<String>,
    /// To define parent category, e.g product documentation has multiple level features in sales category or in engineering category.
    pub parent_category_id: Option<i64>,
    /// To associate similar categories to each other, e.g same category of product documentation in different languages
    pub associated_category_id: Option<i64>,
}

impl CategoryCreateUpdatePayload {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `position`.
    pub fn position(mut self, value: impl Into<i64>) -> Self {
        self.position = Some(value.into());
        self
    }

    /// Sets `slug`.
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }

    /// Sets `icon`.
    pub fn icon(mut self, value: impl Into<String>) -> Self {
        self.icon = Some(value.into());
        self
    }

    /// Sets `parent_category_id`.
    pub fn parent_category_id(mut self, value: impl Into<i64>) -> Self {
        self.parent_category_id = Some(value.into());
        self
    }

    /// Sets `associated_category_id`.
    pub fn associated_category_id(mut self, value: impl Into<i64>) -> Self {
        self.associated_category_id = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleCreateUpdatePayload {
    /// The title of the article
    pub title: Option<String>,
    /// The slug of the article
    pub slug: Option<String>,
    /// article position in category
    pub position: Option<i64>,
    /// The text content.
    pub content: Option<String>,
    /// The description of the article
    pub description: Option<String>,
    /// The category id of the article
    pub category_id: Option<i64>,
    /// The author agent id of the article
    pub author_id: Option<i64>,
    /// To associate similar articles to each other, e.g to provide the link for the reference.
    pub associated_article_id: Option<i64>,
    /// The status of the article. 0 for draft, 1 for published, 2 for archived
    pub status: Option<i64>,
    /// The locale of the article
    pub locale: Option<String>,
    /// Use for search
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}

impl ArticleCreateUpdatePayload {
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }

    /// Sets `slug`.
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.slug = Some(value.into());
        self
    }

    /// Sets `position`.
    pub fn position(mut self, value: impl Into<i64>) -> Self {
        self.position = Some(value.into());
        self
    }

    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `category_id`.
    pub fn category_id(mut self, value: impl Into<i64>) -> Self {
        self.category_id = Some(value.into());
        self
    }

    /// Sets `author_id`.
    pub fn author_id(mut self, value: impl Into<i64>) -> Self {
        self.author_id = Some(value.into());
        self
    }

    /// Sets `associated_article_id`.
    pub fn associated_article_id(mut self, value: impl Into<i64>) -> Self {
        self.associated_article_id = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<i64>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }

    /// Sets `meta`.
    pub fn meta(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.meta = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicContactCreateUpdatePayload {
    /// External identifier of the contact
    pub identifier: Option<String>,
    /// Identifier hash prepared for HMAC authentication
    pub identifier_hash: Option<String>,
    /// Email of the contact
    pub email: Option<String>,
    /// Name of the contact
    pub name: Option<String>,
    /// Phone number of the contact
    pub phone_number: Option<String>,
    /// Send the form data with the avatar image binary or use the avatar_url
    pub avatar: Option<String>,
    /// Custom attributes of the customer
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicMessageCreatePayload {
    /// Content for the message
    pub content: Option<String>,
    /// Temporary identifier which will be passed back via websockets
    pub echo_id: Option<String>,
}

/// The CSAT survey response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse {
    /// The feedback message of the CSAT survey response
    pub feedback_message: Option<String>,
    /// The rating of the CSAT survey response
    pub rating: Option<i64>,
}

/// Replies to the Bot Message Types
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicMessageUpdatePayloadSubmittedValues {
    /// The name of the submiitted value
    pub name: Option<String>,
    /// The title of the submitted value
    pub title: Option<String>,
    /// The value of the submitted value
    pub value: Option<String>,
    /// The CSAT survey response
    pub csat_survey_response: Option<
        PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse,
    >,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicMessageUpdatePayload {
    /// Replies to the Bot Message Types
    pub submitted_values: Option<PublicMessageUpdatePayloadSubmittedValues>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicConversationCreatePayload {
    /// Custom attributes of the conversation
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Availability status of the user
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExtendedContactAvailabilityStatus {
    /// `online`
    Online,
    /// `offline`
    Offline,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ExtendedContactAvailabilityStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ExtendedContactAvailabilityStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExtendedContact {
    pub payload: Option<Vec<ContactPayloadItem>>,
    /// Id of the user
    pub id: Option<f64>,
    /// Availability status of the user
    pub availability_status: Option<ExtendedContactAvailabilityStatus>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactBase {
    pub id: Option<f64>,
    pub payload: Option<Vec<ContactPayloadItem>>,
}

/// array of contacts
pub type ContactList = Vec<Contact>;

/// The status of the conversation
pub type ContactConversationsItemStatus = ConversationStatus;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationsItemMetaSender {
    /// The additional attributes of the sender
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The availability status of the sender
    pub availability_status: Option<String>,
    /// The email of the sender
    pub email: Option<String>,
    /// ID fo the sender
    pub id: Option<f64>,
    /// The name of the sender
    pub name: Option<String>,
    /// The phone number of the sender
    pub phone_number: Option<String>,
    /// Whether the sender is blocked
    pub blocked: Option<bool>,
    /// The identifier of the sender
    pub identifier: Option<String>,
    /// Avatar URL of the contact
    pub thumbnail: Option<String>,
    /// The custom attributes of the sender
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the sender
    pub last_activity_at: Option<f64>,
    /// The created at of the sender
    pub created_at: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationsItemMeta {
    pub sender: Option<ContactConversationsItemMetaSender>,
    /// Channel Type
    pub channel: Option<String>,
    pub assignee: Option<User>,
    /// Whether the hmac is verified
    pub hmac_verified: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationsItem {
    /// ID of the conversation
    pub id: Option<f64>,
    pub messages: Option<Vec<Message>>,
    /// Account Id
    pub account_id: Option<f64>,
    /// UUID of the conversation
    pub uuid: Option<String>,
    /// The object containing additional attributes related to the conversation
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the agent
    pub agent_last_seen_at: Option<f64>,
    /// The last activity at of the assignee
    pub assignee_last_seen_at: Option<f64>,
    /// Whether the conversation can be replied to
    pub can_reply: Option<bool>,
    /// The last activity at of the contact
    pub contact_last_seen_at: Option<f64>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the inbox
    pub inbox_id: Option<f64>,
    /// The labels of the conversation
    pub labels: Option<Vec<String>>,
    /// Whether the conversation is muted
    pub muted: Option<bool>,
    /// The time at which the conversation will be unmuted
    pub snoozed_until: Option<f64>,
    /// The status of the conversation
    pub status: Option<ContactConversationsItemStatus>,
    /// The time at which conversation was created
    pub created_at: Option<f64>,
    /// The time at which conversation was updated
    pub updated_at: Option<f64>,
    /// The time at which conversation was created
    pub timestamp: Option<String>,
    /// The time at which the first reply was created
    pub first_reply_created_at: Option<f64>,
    /// The number of unread messages
    pub unread_count: Option<f64>,
    pub last_non_activity_message: Option<Message>,
    /// The last activity at of the conversation
    pub last_activity_at: Option<f64>,
    /// The priority of the conversation
    pub priority: Option<String>,
    /// The time at which the conversation was waiting
    pub waiting_since: Option<f64>,
    /// The ID of the SLA policy
    pub sla_policy_id: Option<f64>,
    /// The applied SLA
    pub applied_sla: Option<serde_json::Map<String, serde_json::Value>>,
    pub sla_events: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub meta: Option<ContactConversationsItemMeta>,
    pub display_id: Option<f64>,
}

/// array of conversations
pub type ContactConversations = Vec<ContactConversationsItem>;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactLabels {
    /// Array of labels
    pub payload: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationListDataMeta {
    pub mine_count: Option<f64>,
    pub unassigned_count: Option<f64>,
    pub assigned_count: Option<f64>,
    pub all_count: Option<f64>,
}

/// The status of the conversation
pub type ConversationListDataPayloadItemStatus = ConversationStatus;

pub type ConversationListDataPayloadItemMetaSender = ContactConversationsItemMetaSender;

pub type ConversationListDataPayloadItemMeta = ContactConversationsItemMeta;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationListDataPayloadItem {
    /// ID of the conversation
    pub id: Option<f64>,
    pub messages: Option<Vec<Message>>,
    /// Account Id
    pub account_id: Option<f64>,
    /// UUID of the conversation
    pub uuid: Option<String>,
    /// The object containing additional attributes related to the conversation
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last activity at of the agent
    pub agent_last_seen_at: Option<f64>,
    /// The last activity at of the assignee
    pub assignee_last_seen_at: Option<f64>,
    /// Whether the conversation can be replied to
    pub can_reply: Option<bool>,
    /// The last activity at of the contact
    pub contact_last_seen_at: Option<f64>,
    /// The object to save custom attributes for conversation, accepts custom attributes key and value
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the inbox
    pub inbox_id: Option<f64>,
    /// The labels of the conversation
    pub labels: Option<Vec<String>>,
    /// Whether the conversation is muted
    pub muted: Option<bool>,
    /// The time at which the conversation will be unmuted
    pub snoozed_until: Option<f64>,
    /// The status of the conversation
    pub status: Option<ConversationListDataPayloadItemStatus>,
    /// The time at which conversation was created
    pub created_at: Option<f64>,
    /// The time at which conversation was updated
    pub updated_at: Option<f64>,
    /// The time at which conversation was created
    pub timestamp: Option<String>,
    /// The time at which the first reply was created
    pub first_reply_created_at: Option<f64>,
    /// The number of unread messages
    pub unread_count: Option<f64>,
    pub last_non_activity_message: Option<Message>,
    /// The last activity at of the conversation
    pub last_activity_at: Option<f64>,
    /// The priority of the conversation
    pub priority: Option<String>,
    /// The time at which the conversation was waiting
    pub waiting_since: Option<f64>,
    /// The ID of the SLA policy
    pub sla_policy_id: Option<f64>,
    /// The applied SLA
    pub applied_sla: Option<serde_json::Map<String, serde_json::Value>>,
    pub sla_events: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub meta: Option<ConversationListDataPayloadItemMeta>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationListData {
    pub meta: Option<ConversationListDataMeta>,
    /// array of conversations
    pub payload: Option<Vec<ConversationListDataPayloadItem>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationList {
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationStatusTogglePayloadCurrentStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationStatusTogglePayloadCurrentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationStatusTogglePayload {
    pub success: Option<bool>,
    pub current_status: Option<ConversationStatusTogglePayloadCurrentStatus>,
    pub conversation_id: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationStatusToggle {
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    pub payload: Option<ConversationStatusTogglePayload>,
}

pub type ConversationLabels = ContactLabels;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountSummaryPrevious {
    pub avg_first_response_time: Option<String>,
    pub avg_resolution_time: Option<String>,
    pub conversations_count: Option<f64>,
    pub incoming_messages_count: Option<f64>,
    pub outgoing_messages_count: Option<f64>,
    pub resolutions_count: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountSummary {
    pub avg_first_response_time: Option<String>,
    pub avg_resolution_time: Option<String>,
    pub conversations_count: Option<f64>,
    pub incoming_messages_count: Option<f64>,
    pub outgoing_messages_count: Option<f64>,
    pub resolutions_count: Option<f64>,
    pub previous: Option<AccountSummaryPrevious>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentConversationMetricsMetric {
    pub open: Option<f64>,
    pub unattended: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentConversationMetrics {
    pub id: Option<f64>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub thumbnail: Option<String>,
    pub availability: Option<String>,
    pub metric: Option<AgentConversationMetricsMetric>,
}

/// The object containing additional attributes related to the contact
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactDetailAdditionalAttributes {
    /// City of the contact
    pub city: Option<String>,
    /// Country of the contact
    pub country: Option<String>,
    /// Country code of the contact
    pub country_code: Option<String>,
    /// IP address when the contact was created
    pub created_at_ip: Option<String>,
}

/// The type of entity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactDetailType {
    /// `contact`
    Contact,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ContactDetailType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ContactDetailType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactDetail {
    /// The object containing additional attributes related to the contact
    pub additional_attributes: Option<ContactDetailAdditionalAttributes>,
    /// The custom attributes of the contact
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// The email address of the contact
    pub email: Option<String>,
    /// The ID of the contact
    pub id: Option<i64>,
    /// The identifier of the contact
    pub identifier: Option<String>,
    /// The name of the contact
    pub name: Option<String>,
    /// The phone number of the contact
    pub phone_number: Option<String>,
    /// The thumbnail of the contact
    pub thumbnail: Option<String>,
    /// Whether the contact is blocked
    pub blocked: Option<bool>,
    /// The type of entity
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for MessageDetailedContentType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for MessageDetailedContentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The status of the message
pub type MessageDetailedStatus = MessageStatus;

/// The content attributes for each content_type
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDetailedContentAttributes {
    /// ID of the message this is replying to
    pub in_reply_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageDetailed {
    /// The ID of the message
    pub id: Option<f64>,
    /// The text content of the message
    pub content: Option<String>,
    /// The ID of the inbox
    pub inbox_id: Option<f64>,
    /// The ID of the conversation
    pub conversation_id: Option<f64>,
    /// The type of the message (0: incoming, 1: outgoing, 2: activity, 3: template)
    pub message_type: Option<MessageDetailedMessageType>,
    /// The type of the message content
    pub content_type: Option<MessageDetailedContentType>,
    /// The status of the message
    pub status: Option<MessageDetailedStatus>,
    /// The content attributes for each content_type
    pub content_attributes: Option<MessageDetailedContentAttributes>,
    /// The timestamp when message was created
    pub created_at: Option<i64>,
    /// The flag which shows whether the message is private or not
    pub private: Option<bool>,
    /// The source ID of the message
    pub source_id: Option<String>,
    pub sender: Option<ContactDetail>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMetaAdditionalAttributesBrowser {
    /// Name of the device
    pub device_name: Option<String>,
    /// Name of the browser
    pub browser_name: Option<String>,
    /// Name of the platform
    pub platform_name: Option<String>,
    /// Version of the browser
    pub browser_version: Option<String>,
    /// Version of the platform
    pub platform_version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMetaAdditionalAttributesInitiatedAt {
    /// Timestamp when the conversation was initiated
    pub timestamp: Option<String>,
}

/// Additional attributes of the conversation
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMetaAdditionalAttributes {
    pub browser: Option<ConversationMetaAdditionalAttributesBrowser>,
    /// Referrer URL
    pub referer: Option<String>,
    pub initiated_at: Option<ConversationMetaAdditionalAttributesInitiatedAt>,
    /// Browser language setting
    pub browser_language: Option<String>,
    /// Conversation language
    pub conversation_language: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMeta {
    /// Labels associated with the conversation
    pub labels: Option<Vec<String>>,
    /// Additional attributes of the conversation
    pub additional_attributes: Option<ConversationMetaAdditionalAttributes>,
    pub contact: Option<ContactDetail>,
    /// Timestamp when the agent last saw the conversation
    pub agent_last_seen_at: Option<String>,
    /// Timestamp when the assignee last saw the conversation
    pub assignee_last_seen_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationMessages {
    pub meta: Option<ConversationMeta>,
    /// List of messages in the conversation
    pub payload: Option<Vec<MessageDetailed>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactMeta {
    /// Total number of contacts
    pub count: Option<i64>,
    /// Current page number
    pub current_page: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactInboxInbox {
    /// ID of the inbox
    pub id: Option<i64>,
    /// URL for the inbox avatar
    pub avatar_url: Option<String>,
    /// ID of the channel
    pub channel_id: Option<i64>,
    /// Name of the inbox
    pub name: Option<String>,
    /// Type of channel
    pub channel_type: Option<String>,
    /// Provider of the inbox
    pub provider: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactInbox {
    /// Source identifier for the contact inbox
    pub source_id: Option<String>,
    pub inbox: Option<ContactInboxInbox>,
}

/// The object containing additional attributes related to the contact
pub type ContactListItemAdditionalAttributes = ContactDetailAdditionalAttributes;

/// Availability status of the contact
pub type ContactListItemAvailabilityStatus = ExtendedContactAvailabilityStatus;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactListItem {
    /// The object containing additional attributes related to the contact
    pub additional_attributes: Option<ContactListItemAdditionalAttributes>,
    /// Availability status of the contact
    pub availability_status: Option<ContactListItemAvailabilityStatus>,
    /// The email address of the contact
    pub email: Option<String>,
    /// The ID of the contact
    pub id: Option<i64>,
    /// The name of the contact
    pub name: Option<String>,
    /// The phone number of the contact
    pub phone_number: Option<String>,
    /// Whether the contact is blocked
    pub blocked: Option<bool>,
    /// The identifier of the contact
    pub identifier: Option<String>,
    /// The thumbnail of the contact
    pub thumbnail: Option<String>,
    /// The custom attributes of the contact
    pub custom_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Timestamp of last activity
    pub last_activity_at: Option<i64>,
    /// Timestamp when contact was created
    pub created_at: Option<i64>,
    /// List of inboxes associated with this contact
    pub contact_inboxes: Option<Vec<ContactInbox>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactsListResponse {
    pub meta: Option<ContactMeta>,
    /// List of contacts
    pub payload: Option<Vec<ContactListItem>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactShowResponse {
    pub payload: Option<ContactListItem>,
}

/// Contact inbox details
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationMessageConversationContactInbox {
    /// Source ID of the contact inbox
    pub source_id: Option<String>,
}

/// Conversation details
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationMessageConversation {
    /// ID of the assignee
    pub assignee_id: Option<i64>,
    /// Count of unread messages
    pub unread_count: Option<i64>,
    /// Timestamp of last activity
    pub last_activity_at: Option<i64>,
    /// Contact inbox details
    pub contact_inbox: Option<ContactConversationMessageConversationContactInbox>,
}

/// Details of the sender
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationMessageSender {
    /// ID of the sender
    pub id: Option<i64>,
    /// Name of the sender
    pub name: Option<String>,
    /// Available name of the sender
    pub available_name: Option<String>,
    /// URL of the sender's avatar
    pub avatar_url: Option<String>,
    /// Type of the sender
    pub r#type: Option<String>,
    /// Availability status of the sender
    pub availability_status: Option<String>,
    /// Thumbnail URL of the sender
    pub thumbnail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationMessage {
    /// ID of the message
    pub id: Option<i64>,
    /// Content of the message
    pub content: Option<String>,
    /// ID of the account
    pub account_id: Option<i64>,
    /// ID of the inbox
    pub inbox_id: Option<i64>,
    /// ID of the conversation
    pub conversation_id: Option<i64>,
    /// Type of the message
    pub message_type: Option<i64>,
    /// Timestamp when message was created
    pub created_at: Option<i64>,
    /// Formatted datetime when message was updated
    pub updated_at: Option<String>,
    /// Whether the message is private
    pub private: Option<bool>,
    /// Status of the message
    pub status: Option<String>,
    /// Source ID of the message
    pub source_id: Option<String>,
    /// Type of the content
    pub content_type: Option<String>,
    /// Attributes of the content
    pub content_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Type of the sender
    pub sender_type: Option<String>,
    /// ID of the sender
    pub sender_id: Option<i64>,
    /// External source IDs
    pub external_source_ids: Option<serde_json::Map<String, serde_json::Value>>,
    /// Additional attributes of the message
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Processed message content
    pub processed_message_content: Option<String>,
    /// Sentiment analysis of the message
    pub sentiment: Option<serde_json::Map<String, serde_json::Value>>,
    /// Conversation details
    pub conversation: Option<ContactConversationMessageConversation>,
    /// Details of the sender
    pub sender: Option<ContactConversationMessageSender>,
}

/// The status of the conversation
pub type ContactConversationsResponsePayloadItemStatus = ConversationStatus;

pub type ContactConversationsResponsePayloadItemMetaSender = ContactConversationsItemMetaSender;

pub type ContactConversationsResponsePayloadItemMeta = ContactConversationsItemMeta;

pub type ContactConversationsResponsePayloadItem = ConversationListDataPayloadItem;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactConversationsResponse {
    /// List of conversations for the contact
    pub payload: Option<Vec<ContactConversationsResponsePayloadItem>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactableInboxesResponse {
    /// List of contactable inboxes for the contact
    pub payload: Option<Vec<ContactInbox>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingEvent {
    /// ID of the reporting event
    pub id: Option<f64>,
    /// Name of the event (e.g., first_response, resolution, reply_time)
    pub name: Option<String>,
    /// Value of the metric in seconds
    pub value: Option<f64>,
    /// Value of the metric in seconds, calculated only for business hours
    pub value_in_business_hours: Option<f64>,
    /// The timestamp when the event started
    pub event_start_time: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The timestamp when the event ended
    pub event_end_time: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// ID of the account
    pub account_id: Option<f64>,
    /// ID of the conversation
    pub conversation_id: Option<f64>,
    /// ID of the inbox
    pub inbox_id: Option<f64>,
    /// ID of the user/agent
    pub user_id: Option<f64>,
    /// The timestamp when the reporting event was created
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The timestamp when the reporting event was last updated
    pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingEventMeta {
    /// Total number of reporting events
    pub count: Option<i64>,
    /// Current page number
    pub current_page: Option<i64>,
    /// Total number of pages
    pub total_pages: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportingEventsListResponse {
    pub meta: Option<ReportingEventMeta>,
    /// List of reporting events
    pub payload: Option<Vec<ReportingEvent>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountAuditLogsResponse {
    /// Number of items per page
    pub per_page: Option<i64>,
    /// Total number of audit log entries
    pub total_entries: Option<i64>,
    /// Current page number
    pub current_page: Option<i64>,
    /// Array of audit log entries
    pub audit_logs: Option<Vec<AuditLog>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetAccountCustomAttributeAttributeModel {
    /// `0`
    V0,
    /// `1`
    V1,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for GetAccountCustomAttributeAttributeModel {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for GetAccountCustomAttributeAttributeModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ContactListSort {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ContactListSort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactAddLabelsBody {
    /// Array of labels (comma-separated strings)
    pub labels: Vec<String>,
}

impl ContactAddLabelsBody {
    /// A value with its required members (`labels`).
    pub fn new(labels: impl Into<Vec<String>>) -> Self {
        Self { labels: labels.into() }
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ContactFilterBodyPayloadItemFilterOperator {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ContactFilterBodyPayloadItemFilterOperator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// query operator name
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContactFilterBodyPayloadItemQueryOperator {
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ContactFilterBodyPayloadItemQueryOperator {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ContactFilterBodyPayloadItemQueryOperator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactFilterBodyPayloadItem {
    /// filter attribute name
    pub attribute_key: Option<String>,
    /// filter operator name
    pub filter_operator: Option<ContactFilterBodyPayloadItemFilterOperator>,
    /// array of the attribute values to filter
    pub values: Option<Vec<String>>,
    /// query operator name
    pub query_operator: Option<ContactFilterBodyPayloadItemQueryOperator>,
}

impl ContactFilterBodyPayloadItem {
    /// Sets `attribute_key`.
    pub fn attribute_key(mut self, value: impl Into<String>) -> Self {
        self.attribute_key = Some(value.into());
        self
    }

    /// Sets `filter_operator`.
    pub fn filter_operator(
        mut self,
        value: impl Into<ContactFilterBodyPayloadItemFilterOperator>,
    ) -> Self {
        self.filter_operator = Some(value.into());
        self
    }

    /// Sets `values`.
    pub fn values(mut self, value: impl Into<Vec<String>>) -> Self {
        self.values = Some(value.into());
        self
    }

    /// Sets `query_operator`.
    pub fn query_operator(
        mut self,
        value: impl Into<ContactFilterBodyPayloadItemQueryOperator>,
    ) -> Self {
        self.query_operator = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContactFilterBody {
    pub payload: Option<Vec<ContactFilterBodyPayloadItem>>,
}

impl ContactFilterBody {
    /// Sets `payload`.
    pub fn payload(
        mut self,
        value: impl Into<Vec<ContactFilterBodyPayloadItem>>,
    ) -> Self {
        self.payload = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactInboxCreationBody {
    /// The ID of the inbox
    pub inbox_id: f64,
    /// Contact Inbox Source Id
    pub source_id: Option<String>,
}

impl ContactInboxCreationBody {
    /// A value with its required members (`inbox_id`); the others are `None`.
    pub fn new(inbox_id: impl Into<f64>) -> Self {
        Self {
            inbox_id: inbox_id.into(),
            source_id: None,
        }
    }

    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationListMetaStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationListMetaStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub type ConversationListMetaResponseMeta = ConversationListDataMeta;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationListMetaResponse {
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ConversationListAssigneeType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ConversationListAssigneeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub type ConversationListStatus = ConversationListMetaStatus;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewConversationResponse {
    /// ID of the conversation
    pub id: Option<f64>,
    /// Account Id
    pub account_id: Option<f64>,
    /// ID of the inbox
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for UpdateConversationBodyPriority {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for UpdateConversationBodyPriority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateConversationBody {
    /// The priority of the conversation
    pub priority: Option<UpdateConversationBodyPriority>,
    /// The ID of the SLA policy (Available only in Enterprise edition)
    pub sla_policy_id: Option<f64>,
}

impl UpdateConversationBody {
    /// Sets `priority`.
    pub fn priority(mut self, value: impl Into<UpdateConversationBodyPriority>) -> Self {
        self.priority = Some(value.into());
        self
    }

    /// Sets `sla_policy_id`.
    pub fn sla_policy_id(mut self, value: impl Into<f64>) -> Self {
        self.sla_policy_id = Some(value.into());
        self
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ToggleStatusOfAConversationBodyStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ToggleStatusOfAConversationBodyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ToggleStatusOfAConversationBody {
    /// The status of the conversation
    pub status: ToggleStatusOfAConversationBodyStatus,
    /// When status is `snoozed`, schedule the reopen time as a Unix timestamp in seconds. If not provided, the conversation is snoozed until the next customer reply. The conversation always reopens when the customer replies.
    pub snoozed_until: Option<f64>,
}

impl ToggleStatusOfAConversationBody {
    /// A value with its required members (`status`); the others are `None`.
    pub fn new(status: impl Into<ToggleStatusOfAConversationBodyStatus>) -> Self {
        Self {
            status: status.into(),
            snoozed_until: None,
        }
    }

    /// Sets `snoozed_until`.
    pub fn snoozed_until(mut self, value: impl Into<f64>) -> Self {
        self.snoozed_until = Some(value.into());
        self
    }
}

pub type ToggleStatusOfAConversationResponsePayloadCurrentStatus = ToggleStatusOfAConversationBodyStatus;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToggleStatusOfAConversationResponsePayload {
    pub success: Option<bool>,
    pub current_status: Option<ToggleStatusOfAConversationResponsePayloadCurrentStatus>,
    pub conversation_id: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ToggleStatusOfAConversationResponse {
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    pub payload: Option<ToggleStatusOfAConversationResponsePayload>,
}

/// The priority of the conversation
pub type TogglePriorityOfAConversationBodyPriority = UpdateConversationBodyPriority;

#[derive(Debug, Clone, PartialEq)]
pub struct TogglePriorityOfAConversationBody {
    /// The priority of the conversation
    pub priority: TogglePriorityOfAConversationBodyPriority,
}

impl TogglePriorityOfAConversationBody {
    /// A value with its required members (`priority`).
    pub fn new(priority: impl Into<TogglePriorityOfAConversationBodyPriority>) -> Self {
        Self { priority: priority.into() }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomAttributesOfAConversationBody {
    /// The custom attributes to be set for the conversation
    pub custom_attributes: serde_json::Map<String, serde_json::Value>,
}

impl UpdateCustomAttributesOfAConversationBody {
    /// A value with its required members (`custom_attributes`).
    pub fn new(
        custom_attributes: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        Self {
            custom_attributes: custom_attributes.into(),
        }
    }
}

pub type UpdateCustomAttributesOfAConversationResponse = PublicConversationCreatePayload;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssignAConversationBody {
    /// Id of the assignee user
    pub assignee_id: Option<f64>,
    /// Id of the team. If the assignee_id is present, this param would be ignored
    pub team_id: Option<f64>,
}

impl AssignAConversationBody {
    /// Sets `assignee_id`.
    pub fn assignee_id(mut self, value: impl Into<f64>) -> Self {
        self.assignee_id = Some(value.into());
        self
    }

    /// Sets `team_id`.
    pub fn team_id(mut self, value: impl Into<f64>) -> Self {
        self.team_id = Some(value.into());
        self
    }
}

pub type ConversationAddLabelsBody = ContactAddLabelsBody;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAllInboxesResponse {
    /// Array of inboxes
    pub payload: Option<Vec<Inbox>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAgentBotBody {
    /// Agent bot ID
    pub agent_bot: f64,
}

impl UpdateAgentBotBody {
    /// A value with its required members (`agent_bot`).
    pub fn new(agent_bot: impl Into<f64>) -> Self {
        Self {
            agent_bot: agent_bot.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInboxMembersResponse {
    /// Array of all active agents
    pub payload: Option<Vec<Agent>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddNewAgentToInboxBody {
    /// The ID of the inbox
    pub inbox_id: i64,
    /// IDs of users to be added to the inbox
    pub user_ids: Vec<i64>,
}

impl AddNewAgentToInboxBody {
    /// A value with its required members (`inbox_id`, `user_ids`).
    pub fn new(inbox_id: impl Into<i64>, user_ids: impl Into<Vec<i64>>) -> Self {
        Self {
            inbox_id: inbox_id.into(),
            user_ids: user_ids.into(),
        }
    }
}

pub type AddNewAgentToInboxResponse = GetInboxMembersResponse;

#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAgentInInboxBody {
    /// The ID of the inbox
    pub inbox_id: String,
    /// IDs of users to be deleted from the inbox
    pub user_ids: Vec<i64>,
}

impl DeleteAgentInInboxBody {
    /// A value with its required members (`inbox_id`, `user_ids`).
    pub fn new(inbox_id: impl Into<String>, user_ids: impl Into<Vec<i64>>) -> Self {
        Self {
            inbox_id: inbox_id.into(),
            user_ids: user_ids.into(),
        }
    }
}

pub type UpdateAgentsInInboxBody = DeleteAgentInInboxBody;

pub type UpdateAgentsInInboxResponse = GetInboxMembersResponse;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAllMessagesResponseMeta {
    pub labels: Option<Vec<String>>,
    pub additional_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    pub contact: Option<Contact>,
    pub assignee: Option<Agent>,
    pub agent_last_seen_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub assignee_last_seen_at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAllMessagesResponse {
    pub meta: Option<ListAllMessagesResponseMeta>,
    /// Array of messages
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDetailsOfAllIntegrationsResponse {
    /// Array of Integration apps
    pub payload: Option<Vec<IntegrationsApp>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AddNewAgentToTeamBody {
    /// IDs of users to be added to the team
    pub user_ids: Vec<i64>,
}

impl AddNewAgentToTeamBody {
    /// A value with its required members (`user_ids`).
    pub fn new(user_ids: impl Into<Vec<i64>>) -> Self {
        Self { user_ids: user_ids.into() }
    }
}

pub type DeleteAgentInTeamBody = AddNewAgentToTeamBody;

pub type UpdateAgentsInTeamBody = AddNewAgentToTeamBody;

pub type ListAllFiltersFilterType = CustomFilterType;

pub type CreateACustomFilterFilterType = ListAllFiltersFilterType;

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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ListAllConversationStatisticsMetric {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ListAllConversationStatisticsMetric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for ListAllConversationStatisticsType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for ListAllConversationStatisticsType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAllConversationStatisticsResponseItem {
    pub value: Option<String>,
    pub timestamp: Option<f64>,
}

pub type ListAllConversationStatisticsSummaryType = ListAllConversationStatisticsType;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetAccountConversationMetricsType {
    /// `account`
    Account,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for GetAccountConversationMetricsType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for GetAccountConversationMetricsType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Object of account conversation metrics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountConversationMetricsResponse {
    pub open: Option<f64>,
    pub unattended: Option<f64>,
    pub unassigned: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetAgentConversationMetricsType {
    /// `agent`
    Agent,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
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

impl From<&str> for GetAgentConversationMetricsType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for GetAgentConversationMetricsType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
