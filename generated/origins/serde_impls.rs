use serde::{Deserialize, Serialize};
use super::support;
use super::types::*;

impl Serialize for CallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for CallStats {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("call_id", &self.call_id);
        object.optional("call_agent_id", &self.call_agent_id);
        object.optional("stt_data", &self.stt_data);
        object.optional("llm_data", &self.llm_data);
        object.optional("tts_data", &self.tts_data);
        object.optional("call_transcription", &self.call_transcription);
        object.optional("call_recording_url", &self.call_recording_url);
        object.optional("from_number", &self.from_number);
        object.optional("to_number", &self.to_number);
        object.optional("recording_id", &self.recording_id);
        object.optional("call_context", &self.call_context);
        object.optional("call_status", &self.call_status);
        object.optional("call_duration", &self.call_duration);
        object.optional("billed_duration", &self.billed_duration);
        object.optional("initiation_time", &self.initiation_time);
        object.optional("answer_time", &self.answer_time);
        object.optional("end_time", &self.end_time);
        object.optional("hangup_cause_name", &self.hangup_cause_name);
        object.optional("hangup_source", &self.hangup_source);
        object.optional("call_direction", &self.call_direction);
        object.optional("task_id", &self.task_id);
        object.optional("call_state_changes", &self.call_state_changes);
        object.optional("call_triggered", &self.call_triggered);
        object.optional("call_quality", &self.call_quality);
        object.optional("call_insights", &self.call_insights);
        object.optional("call_timeline", &self.call_timeline);
        object.optional("tool_data", &self.tool_data);
        object.optional("audio_config", &self.audio_config);
        object.optional("org_id", &self.org_id);
        object.end()
    }
}

impl<'de> Deserialize<'de> for CallStats {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        support::decode_object(deserializer)
    }
}

impl support::FromObject for CallStats {
    const NAME: &'static str = "CallStats";

    fn from_object<'de, A: serde::de::MapAccess<'de>>(
        mut object: A,
    ) -> Result<Self, A::Error> {
        let mut call_id_field: Option<uuid::Uuid> = None;
        let mut call_agent_id_field: Option<i64> = None;
        let mut stt_data_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut llm_data_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut tts_data_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut call_transcription_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut call_recording_url_field: Option<String> = None;
        let mut from_number_field: Option<String> = None;
        let mut to_number_field: Option<String> = None;
        let mut recording_id_field: Option<String> = None;
        let mut call_context_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut call_status_field: Option<CallStatus> = None;
        let mut call_duration_field: Option<f64> = None;
        let mut billed_duration_field: Option<f64> = None;
        let mut initiation_time_field: Option<String> = None;
        let mut answer_time_field: Option<String> = None;
        let mut end_time_field: Option<String> = None;
        let mut hangup_cause_name_field: Option<String> = None;
        let mut hangup_source_field: Option<String> = None;
        let mut call_direction_field: Option<CallDirection> = None;
        let mut task_id_field: Option<i64> = None;
        let mut call_state_changes_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut call_triggered_field: Option<bool> = None;
        let mut call_quality_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut call_insights_field: Option<
            serde_json::Map<String, serde_json::Value>,
        > = None;
        let mut call_timeline_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut tool_data_field: Option<
            Vec<serde_json::Map<String, serde_json::Value>>,
        > = None;
        let mut audio_config_field: Option<serde_json::Map<String, serde_json::Value>> = None;
        let mut org_id_field: Option<i64> = None;
        while let Some(key) = object.next_key::<support::Key<'de>>()? {
            match key.as_str() {
                "call_id" => support::read_option(&mut object, &mut call_id_field),
                "call_agent_id" => {
                    support::read_option(&mut object, &mut call_agent_id_field)
                }
                "stt_data" => support::read_option(&mut object, &mut stt_data_field),
                "llm_data" => support::read_option(&mut object, &mut llm_data_field),
                "tts_data" => support::read_option(&mut object, &mut tts_data_field),
                "call_transcription" => {
                    support::read_option(&mut object, &mut call_transcription_field)
                }
                "call_recording_url" => {
                    support::read_option(&mut object, &mut call_recording_url_field)
                }
                "from_number" => {
                    support::read_option(&mut object, &mut from_number_field)
                }
                "to_number" => support::read_option(&mut object, &mut to_number_field),
                "recording_id" => {
                    support::read_option(&mut object, &mut recording_id_field)
                }
                "call_context" => {
                    support::read_option(&mut object, &mut call_context_field)
                }
                "call_status" => {
                    support::read_option(&mut object, &mut call_status_field)
                }
                "call_duration" => {
                    support::read_option(&mut object, &mut call_duration_field)
                }
                "billed_duration" => {
                    support::read_option(&mut object, &mut billed_duration_field)
                }
                "initiation_time" => {
                    support::read_option(&mut object, &mut initiation_time_field)
                }
                "answer_time" => {
                    support::read_option(&mut object, &mut answer_time_field)
                }
                "end_time" => support::read_option(&mut object, &mut end_time_field),
                "hangup_cause_name" => {
                    support::read_option(&mut object, &mut hangup_cause_name_field)
                }
                "hangup_source" => {
                    support::read_option(&mut object, &mut hangup_source_field)
                }
                "call_direction" => {
                    support::read_option(&mut object, &mut call_direction_field)
                }
                "task_id" => support::read_option(&mut object, &mut task_id_field),
                "call_state_changes" => {
                    support::read_option(&mut object, &mut call_state_changes_field)
                }
                "call_triggered" => {
                    support::read_option(&mut object, &mut call_triggered_field)
                }
                "call_quality" => {
                    support::read_option(&mut object, &mut call_quality_field)
                }
                "call_insights" => {
                    support::read_option(&mut object, &mut call_insights_field)
                }
                "call_timeline" => {
                    support::read_option(&mut object, &mut call_timeline_field)
                }
                "tool_data" => support::read_option(&mut object, &mut tool_data_field),
                "audio_config" => {
                    support::read_option(&mut object, &mut audio_config_field)
                }
                "org_id" => support::read_option(&mut object, &mut org_id_field),
                _ => support::skip_value(&mut object),
            }?;
        }
        Ok(Self {
            call_id: call_id_field,
            call_agent_id: call_agent_id_field,
            stt_data: stt_data_field,
            llm_data: llm_data_field,
            tts_data: tts_data_field,
            call_transcription: call_transcription_field,
            call_recording_url: call_recording_url_field,
            from_number: from_number_field,
            to_number: to_number_field,
            recording_id: recording_id_field,
            call_context: call_context_field,
            call_status: call_status_field,
            call_duration: call_duration_field,
            billed_duration: billed_duration_field,
            initiation_time: initiation_time_field,
            answer_time: answer_time_field,
            end_time: end_time_field,
            hangup_cause_name: hangup_cause_name_field,
            hangup_source: hangup_source_field,
            call_direction: call_direction_field,
            task_id: task_id_field,
            call_state_changes: call_state_changes_field,
            call_triggered: call_triggered_field,
            call_quality: call_quality_field,
            call_insights: call_insights_field,
            call_timeline: call_timeline_field,
            tool_data: tool_data_field,
            audio_config: audio_config_field,
            org_id: org_id_field,
        })
    }
}
