//! The data types of the API's requests and responses.

use std::fmt;
use serde::{Deserialize, Serialize};

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
    /// A value the spec does not list, as the server sent it.
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

impl fmt::Display for CallStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallDirection {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// A value the spec does not list, as the server sent it.
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

impl fmt::Display for CallDirection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallDirection {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CallStats {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_id: Option<uuid::Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_agent_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stt_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llm_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tts_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_transcription: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_recording_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recording_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_context: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_status: Option<CallStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_duration: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billed_duration: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initiation_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hangup_cause_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hangup_source: Option<String>,
    /// Default: `"inbound"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_direction: Option<CallDirection>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_state_changes: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_triggered: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_quality: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_insights: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_timeline: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_data: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_config: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<i64>,
}
