/// The unique ID for each agent.
pub type AgentId = String;

#[derive(Debug, Clone, PartialEq)]
pub struct AgentStatsResource {
    pub id: AgentId,
    pub number_of_conversations: f64,
    pub number_of_phone_conversations: f64,
    pub number_of_seconds_talked: Option<f64>,
}

impl AgentStatsResource {
    /// A value with its required members (`id`, `numberOfConversations`, `numberOfPhoneConversations`); the others are `None`.
    pub fn new(
        id: impl Into<AgentId>,
        number_of_conversations: impl Into<f64>,
        number_of_phone_conversations: impl Into<f64>,
    ) -> Self {
        Self {
            id: id.into(),
            number_of_conversations: number_of_conversations.into(),
            number_of_phone_conversations: number_of_phone_conversations.into(),
            number_of_seconds_talked: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConversationResource {
    pub id: Option<String>,
    pub source: Option<String>,
    pub caller_email: Option<String>,
    pub started_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub ended_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub duration_in_seconds: Option<i64>,
}
