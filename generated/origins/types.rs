use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallStatus {
    /// `ANSWERED`
    Answered,
    /// `FAILED`
    Failed,
    /// `INITIATED`
    Initiated,
    /// `QUEUED`
    Queued,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
    Unknown(String),
}

impl CallStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Answered => "ANSWERED",
            Self::Failed => "FAILED",
            Self::Initiated => "INITIATED",
            Self::Queued => "QUEUED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CallStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ANSWERED" => Self::Answered,
            "FAILED" => Self::Failed,
            "INITIATED" => Self::Initiated,
            "QUEUED" => Self::Queued,
            _ => Self::Unknown(value),
        }
    }
}

impl From<&str> for CallStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for CallStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallDirection {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// A value the spec does not list, kept as it is: as the server sent it, or
    /// as it is to be sent.
    Unknown(String),
}

impl CallDirection {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CallDirection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "inbound" => Self::Inbound,
            "outbound" => Self::Outbound,
            _ => Self::Unknown(value),
        }
    }
}

impl From<&str> for CallDirection {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}

impl fmt::Display for CallDirection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallStats {
    pub call_id: Option<uuid::Uuid>,
    pub call_agent_id: Option<i64>,
    pub stt_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub llm_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub tts_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub call_transcription: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub call_recording_url: Option<String>,
    pub from_number: Option<String>,
    pub to_number: Option<String>,
    pub recording_id: Option<String>,
    pub call_context: Option<serde_json::Map<String, serde_json::Value>>,
    pub call_status: Option<CallStatus>,
    pub call_duration: Option<f64>,
    pub billed_duration: Option<f64>,
    pub initiation_time: Option<String>,
    pub answer_time: Option<String>,
    pub end_time: Option<String>,
    pub hangup_cause_name: Option<String>,
    pub hangup_source: Option<String>,
    /// Default: `"inbound"`.
    pub call_direction: Option<CallDirection>,
    pub task_id: Option<i64>,
    pub call_state_changes: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub call_triggered: Option<bool>,
    pub call_quality: Option<serde_json::Map<String, serde_json::Value>>,
    pub call_insights: Option<serde_json::Map<String, serde_json::Value>>,
    pub call_timeline: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub tool_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    pub audio_config: Option<serde_json::Map<String, serde_json::Value>>,
    pub org_id: Option<i64>,
}
