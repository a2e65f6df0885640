use serde::{Deserialize, Serialize};
use super::support;
use super::types::*;

impl Serialize for BadRequestError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("description", &self.description);
        object.optional("errors", &self.errors);
        object.end()
    }
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

impl Serialize for RequestError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("field", &self.field);
        object.optional("message", &self.message);
        object.optional("code", &self.code);
        object.end()
    }
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

impl Serialize for GenericId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.end()
    }
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

impl Serialize for CannedResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("account_id", &self.account_id);
        object.optional("short_code", &self.short_code);
        object.optional("content", &self.content);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.end()
    }
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

impl Serialize for CustomAttribute {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("attribute_display_name", &self.attribute_display_name);
        object.optional("attribute_display_type", &self.attribute_display_type);
        object.optional("attribute_description", &self.attribute_description);
        object.optional("attribute_key", &self.attribute_key);
        object.optional("regex_pattern", &self.regex_pattern);
        object.optional("regex_cue", &self.regex_cue);
        object.optional("attribute_values", &self.attribute_values);
        object.optional("attribute_model", &self.attribute_model);
        object.optional("default_value", &self.default_value);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.end()
    }
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

impl<'de> Deserialize<'de> for AutomationRulePayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        support::decode_union(
            value,
            "AutomationRulePayload",
            &[
                |value| serde_json::from_value(value).map(Self::Object),
                |value| serde_json::from_value(value).map(Self::AutomationRuleItemList),
            ],
        )
    }
}

impl Serialize for AutomationRule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for AutomationRuleItemEventName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AutomationRuleItemEventName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for AutomationRuleItemConditionsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("values", &self.values);
        object.optional("attribute_key", &self.attribute_key);
        object.optional("query_operator", &self.query_operator);
        object.optional("filter_operator", &self.filter_operator);
        object.end()
    }
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

impl Serialize for AutomationRuleItemActionsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("action_name", &self.action_name);
        object.optional("action_params", &self.action_params);
        object.end()
    }
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

impl Serialize for AutomationRuleItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("account_id", &self.account_id);
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("event_name", &self.event_name);
        object.optional("conditions", &self.conditions);
        object.optional("actions", &self.actions);
        object.optional("created_on", &self.created_on);
        object.optional("active", &self.active);
        object.end()
    }
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

impl Serialize for Portal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for PortalSingle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for PortalConfigAllowedLocalesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("code", &self.code);
        object.optional("articles_count", &self.articles_count);
        object.optional("categories_count", &self.categories_count);
        object.end()
    }
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

impl Serialize for PortalConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("allowed_locales", &self.allowed_locales);
        object.end()
    }
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

impl Serialize for PortalLogo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("portal_id", &self.portal_id);
        object.optional("file_type", &self.file_type);
        object.optional("account_id", &self.account_id);
        object.optional("file_url", &self.file_url);
        object.optional("blob_id", &self.blob_id);
        object.optional("filename", &self.filename);
        object.end()
    }
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

impl Serialize for PortalMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("all_articles_count", &self.all_articles_count);
        object.optional("archived_articles_count", &self.archived_articles_count);
        object.optional("published_count", &self.published_count);
        object.optional("draft_articles_count", &self.draft_articles_count);
        object.optional("categories_count", &self.categories_count);
        object.optional("default_locale", &self.default_locale);
        object.end()
    }
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

impl Serialize for PortalItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("archived", &self.archived);
        object.optional("color", &self.color);
        object.optional("config", &self.config);
        object.optional("custom_domain", &self.custom_domain);
        object.optional("header_text", &self.header_text);
        object.optional("homepage_link", &self.homepage_link);
        object.optional("name", &self.name);
        object.optional("slug", &self.slug);
        object.optional("page_title", &self.page_title);
        object.optional("account_id", &self.account_id);
        object.optional("inbox", &self.inbox);
        object.optional("logo", &self.logo);
        object.optional("meta", &self.meta);
        object.end()
    }
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

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("description", &self.description);
        object.optional("locale", &self.locale);
        object.optional("name", &self.name);
        object.optional("slug", &self.slug);
        object.optional("position", &self.position);
        object.optional("portal_id", &self.portal_id);
        object.optional("account_id", &self.account_id);
        object.optional("associated_category_id", &self.associated_category_id);
        object.optional("parent_category_id", &self.parent_category_id);
        object.end()
    }
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

impl Serialize for ArticleStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ArticleStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for Article {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("content", &self.content);
        object.optional("meta", &self.meta);
        object.optional("position", &self.position);
        object.optional("status", &self.status);
        object.optional("title", &self.title);
        object.optional("slug", &self.slug);
        object.optional("views", &self.views);
        object.optional("portal_id", &self.portal_id);
        object.optional("account_id", &self.account_id);
        object.optional("author_id", &self.author_id);
        object.optional("category_id", &self.category_id);
        object.optional("folder_id", &self.folder_id);
        object.optional("associated_article_id", &self.associated_article_id);
        object.end()
    }
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

impl Serialize for ContactPayloadItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("availability_status", &self.availability_status);
        object.optional("email", &self.email);
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("phone_number", &self.phone_number);
        object.optional("blocked", &self.blocked);
        object.optional("identifier", &self.identifier);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("created_at", &self.created_at);
        object.optional("contact_inboxes", &self.contact_inboxes);
        object.end()
    }
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

impl Serialize for Contact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ConversationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for Conversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("messages", &self.messages);
        object.optional("account_id", &self.account_id);
        object.optional("uuid", &self.uuid);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("agent_last_seen_at", &self.agent_last_seen_at);
        object.optional("assignee_last_seen_at", &self.assignee_last_seen_at);
        object.optional("can_reply", &self.can_reply);
        object.optional("contact_last_seen_at", &self.contact_last_seen_at);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("labels", &self.labels);
        object.optional("muted", &self.muted);
        object.optional("snoozed_until", &self.snoozed_until);
        object.optional("status", &self.status);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.optional("timestamp", &self.timestamp);
        object.optional("first_reply_created_at", &self.first_reply_created_at);
        object.optional("unread_count", &self.unread_count);
        object.optional("last_non_activity_message", &self.last_non_activity_message);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("priority", &self.priority);
        object.optional("waiting_since", &self.waiting_since);
        object.optional("sla_policy_id", &self.sla_policy_id);
        object.optional("applied_sla", &self.applied_sla);
        object.optional("sla_events", &self.sla_events);
        object.end()
    }
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

impl Serialize for MessageMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for MessageMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(i64::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("content", &self.content);
        object.optional("account_id", &self.account_id);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("conversation_id", &self.conversation_id);
        object.optional("message_type", &self.message_type);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.optional("private", &self.private);
        object.optional("status", &self.status);
        object.optional("source_id", &self.source_id);
        object.optional("content_type", &self.content_type);
        object.optional("content_attributes", &self.content_attributes);
        object.optional("sender_type", &self.sender_type);
        object.optional("sender_id", &self.sender_id);
        object.optional("external_source_ids", &self.external_source_ids);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("processed_message_content", &self.processed_message_content);
        object.optional("sentiment", &self.sentiment);
        object.optional("conversation", &self.conversation);
        object.optional("attachment", &self.attachment);
        object.optional("sender", &self.sender);
        object.end()
    }
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

impl Serialize for UserRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UserRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for UserAccountsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("status", &self.status);
        object.optional("active_at", &self.active_at);
        object.optional("role", &self.role);
        object.optional("permissions", &self.permissions);
        object.optional("availability", &self.availability);
        object.optional("availability_status", &self.availability_status);
        object.optional("auto_offline", &self.auto_offline);
        object.optional("custom_role_id", &self.custom_role_id);
        object.optional("custom_role", &self.custom_role);
        object.end()
    }
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

impl Serialize for User {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("access_token", &self.access_token);
        object.optional("account_id", &self.account_id);
        object.optional("available_name", &self.available_name);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("confirmed", &self.confirmed);
        object.optional("display_name", &self.display_name);
        object.optional("message_signature", &self.message_signature);
        object.optional("email", &self.email);
        object.optional("hmac_identifier", &self.hmac_identifier);
        object.optional("inviter_id", &self.inviter_id);
        object.optional("name", &self.name);
        object.optional("provider", &self.provider);
        object.optional("pubsub_token", &self.pubsub_token);
        object.optional("role", &self.role);
        object.optional("ui_settings", &self.ui_settings);
        object.optional("uid", &self.uid);
        object.optional("type", &self.r#type);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("accounts", &self.accounts);
        object.end()
    }
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

impl Serialize for AgentAvailabilityStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AgentAvailabilityStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for Agent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("account_id", &self.account_id);
        object.optional("availability_status", &self.availability_status);
        object.optional("auto_offline", &self.auto_offline);
        object.optional("confirmed", &self.confirmed);
        object.optional("email", &self.email);
        object.optional("available_name", &self.available_name);
        object.optional("name", &self.name);
        object.optional("role", &self.role);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("custom_role_id", &self.custom_role_id);
        object.end()
    }
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

impl Serialize for InboxWorkingHoursItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("day_of_week", &self.day_of_week);
        object.optional("closed_all_day", &self.closed_all_day);
        object.optional("open_hour", &self.open_hour);
        object.optional("open_minutes", &self.open_minutes);
        object.optional("close_hour", &self.close_hour);
        object.optional("close_minutes", &self.close_minutes);
        object.optional("open_all_day", &self.open_all_day);
        object.end()
    }
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

impl Serialize for Inbox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("website_url", &self.website_url);
        object.optional("channel_type", &self.channel_type);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("widget_color", &self.widget_color);
        object.optional("website_token", &self.website_token);
        object.optional("enable_auto_assignment", &self.enable_auto_assignment);
        object.optional("web_widget_script", &self.web_widget_script);
        object.optional("welcome_title", &self.welcome_title);
        object.optional("welcome_tagline", &self.welcome_tagline);
        object.optional("greeting_enabled", &self.greeting_enabled);
        object.optional("greeting_message", &self.greeting_message);
        object.optional("channel_id", &self.channel_id);
        object.optional("working_hours_enabled", &self.working_hours_enabled);
        object.optional("enable_email_collect", &self.enable_email_collect);
        object.optional("csat_survey_enabled", &self.csat_survey_enabled);
        object.optional("auto_assignment_config", &self.auto_assignment_config);
        object.optional("out_of_office_message", &self.out_of_office_message);
        object.optional("working_hours", &self.working_hours);
        object.optional("timezone", &self.timezone);
        object.optional("callback_webhook_url", &self.callback_webhook_url);
        object
            .optional(
                "allow_messages_after_resolved",
                &self.allow_messages_after_resolved,
            );
        object
            .optional("lock_to_single_conversation", &self.lock_to_single_conversation);
        object.optional("sender_name_type", &self.sender_name_type);
        object.optional("business_name", &self.business_name);
        object.optional("hmac_mandatory", &self.hmac_mandatory);
        object.optional("selected_feature_flags", &self.selected_feature_flags);
        object.optional("reply_time", &self.reply_time);
        object.optional("messaging_service_sid", &self.messaging_service_sid);
        object.optional("phone_number", &self.phone_number);
        object.optional("medium", &self.medium);
        object.optional("provider", &self.provider);
        object.end()
    }
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

impl Serialize for InboxContact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("channel_id", &self.channel_id);
        object.optional("name", &self.name);
        object.optional("channel_type", &self.channel_type);
        object.optional("provider", &self.provider);
        object.end()
    }
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

impl Serialize for AgentBot {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("outgoing_url", &self.outgoing_url);
        object.optional("bot_type", &self.bot_type);
        object.optional("bot_config", &self.bot_config);
        object.optional("account_id", &self.account_id);
        object.optional("access_token", &self.access_token);
        object.optional("system_bot", &self.system_bot);
        object.end()
    }
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

impl Serialize for ContactInboxes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("source_id", &self.source_id);
        object.optional("inbox", &self.inbox);
        object.end()
    }
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

impl Serialize for ContactableInboxes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("source_id", &self.source_id);
        object.optional("inbox", &self.inbox);
        object.end()
    }
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

impl Serialize for CustomFilterType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CustomFilterType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for CustomFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("type", &self.r#type);
        object.optional("query", &self.query);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.end()
    }
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

impl Serialize for WebhookSubscriptionsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WebhookSubscriptionsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for Webhook {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("url", &self.url);
        object.optional("name", &self.name);
        object.optional("subscriptions", &self.subscriptions);
        object.optional("account_id", &self.account_id);
        object.end()
    }
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

impl Serialize for Account {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("role", &self.role);
        object.end()
    }
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

impl Serialize for AccountDetailSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("auto_resolve_after", &self.auto_resolve_after);
        object.optional("auto_resolve_message", &self.auto_resolve_message);
        object
            .optional("auto_resolve_ignore_waiting", &self.auto_resolve_ignore_waiting);
        object.end()
    }
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

impl Serialize for AccountDetailCustomAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("plan_name", &self.plan_name);
        object.optional("subscribed_quantity", &self.subscribed_quantity);
        object.optional("subscription_status", &self.subscription_status);
        object.optional("subscription_ends_on", &self.subscription_ends_on);
        object.optional("industry", &self.industry);
        object.optional("company_size", &self.company_size);
        object.optional("timezone", &self.timezone);
        object.optional("logo", &self.logo);
        object.optional("onboarding_step", &self.onboarding_step);
        object.optional("marked_for_deletion_at", &self.marked_for_deletion_at);
        object.optional("marked_for_deletion_reason", &self.marked_for_deletion_reason);
        object.end()
    }
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

impl Serialize for AccountDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("locale", &self.locale);
        object.optional("domain", &self.domain);
        object.optional("support_email", &self.support_email);
        object.optional("status", &self.status);
        object.optional("created_at", &self.created_at);
        object.optional("cache_keys", &self.cache_keys);
        object.optional("features", &self.features);
        object.optional("settings", &self.settings);
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for AccountShowResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("locale", &self.locale);
        object.optional("domain", &self.domain);
        object.optional("support_email", &self.support_email);
        object.optional("status", &self.status);
        object.optional("created_at", &self.created_at);
        object.optional("cache_keys", &self.cache_keys);
        object.optional("features", &self.features);
        object.optional("settings", &self.settings);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("latest_chatwoot_version", &self.latest_chatwoot_version);
        object.optional("subscribed_features", &self.subscribed_features);
        object.end()
    }
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

impl Serialize for AccountUserItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("account_id", &self.account_id);
        object.optional("user_id", &self.user_id);
        object.optional("role", &self.role);
        object.end()
    }
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

impl Serialize for PlatformAccount {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.end()
    }
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

impl Serialize for Team {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("allow_auto_assign", &self.allow_auto_assign);
        object.optional("account_id", &self.account_id);
        object.optional("is_member", &self.is_member);
        object.end()
    }
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

impl Serialize for IntegrationsApp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("hook_type", &self.hook_type);
        object.optional("enabled", &self.enabled);
        object.optional("allow_multiple_hooks", &self.allow_multiple_hooks);
        object.optional("hooks", &self.hooks);
        object.end()
    }
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

impl Serialize for IntegrationsHook {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("app_id", &self.app_id);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("account_id", &self.account_id);
        object.optional("status", &self.status);
        object.optional("hook_type", &self.hook_type);
        object.optional("settings", &self.settings);
        object.end()
    }
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

impl Serialize for AuditLogAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AuditLogAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for AuditLog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("auditable_id", &self.auditable_id);
        object.optional("auditable_type", &self.auditable_type);
        object.optional("auditable", &self.auditable);
        object.optional("associated_id", &self.associated_id);
        object.optional("associated_type", &self.associated_type);
        object.optional("user_id", &self.user_id);
        object.optional("user_type", &self.user_type);
        object.optional("username", &self.username);
        object.optional("action", &self.action);
        object.optional("audited_changes", &self.audited_changes);
        object.optional("version", &self.version);
        object.optional("comment", &self.comment);
        object.optional("request_uuid", &self.request_uuid);
        object.optional("created_at", &self.created_at);
        object.optional("remote_address", &self.remote_address);
        object.end()
    }
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

impl Serialize for PublicContact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("source_id", &self.source_id);
        object.optional("name", &self.name);
        object.optional("email", &self.email);
        object.optional("pubsub_token", &self.pubsub_token);
        object.end()
    }
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

impl Serialize for PublicConversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("messages", &self.messages);
        object.optional("contact", &self.contact);
        object.end()
    }
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

impl Serialize for PublicMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("content", &self.content);
        object.optional("message_type", &self.message_type);
        object.optional("content_type", &self.content_type);
        object.optional("content_attributes", &self.content_attributes);
        object.optional("created_at", &self.created_at);
        object.optional("conversation_id", &self.conversation_id);
        object.optional("attachments", &self.attachments);
        object.optional("sender", &self.sender);
        object.end()
    }
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

impl Serialize for PublicInboxWorkingHoursItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("day_of_week", &self.day_of_week);
        object.optional("open_all_day", &self.open_all_day);
        object.optional("closed_all_day", &self.closed_all_day);
        object.optional("open_hour", &self.open_hour);
        object.optional("open_minutes", &self.open_minutes);
        object.optional("close_hour", &self.close_hour);
        object.optional("close_minutes", &self.close_minutes);
        object.end()
    }
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

impl Serialize for PublicInbox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("identifier", &self.identifier);
        object.optional("name", &self.name);
        object.optional("timezone", &self.timezone);
        object.optional("working_hours", &self.working_hours);
        object.optional("working_hours_enabled", &self.working_hours_enabled);
        object.optional("csat_survey_enabled", &self.csat_survey_enabled);
        object.optional("greeting_enabled", &self.greeting_enabled);
        object
            .optional("identity_validation_enabled", &self.identity_validation_enabled);
        object.end()
    }
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

impl Serialize for AccountCreateUpdatePayloadStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AccountCreateUpdatePayloadStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for AccountCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("locale", &self.locale);
        object.optional("domain", &self.domain);
        object.optional("support_email", &self.support_email);
        object.optional("status", &self.status);
        object.optional("limits", &self.limits);
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for AccountUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("locale", &self.locale);
        object.optional("domain", &self.domain);
        object.optional("support_email", &self.support_email);
        object.optional("auto_resolve_after", &self.auto_resolve_after);
        object.optional("auto_resolve_message", &self.auto_resolve_message);
        object
            .optional("auto_resolve_ignore_waiting", &self.auto_resolve_ignore_waiting);
        object.optional("industry", &self.industry);
        object.optional("company_size", &self.company_size);
        object.optional("timezone", &self.timezone);
        object.end()
    }
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

impl Serialize for AccountUserCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("user_id", &self.user_id);
        object.member("role", &self.role);
        object.end()
    }
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

impl Serialize for PlatformAgentBotCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("outgoing_url", &self.outgoing_url);
        object.optional("account_id", &self.account_id);
        object.optional("avatar", &self.avatar);
        object.optional("avatar_url", &self.avatar_url);
        object.end()
    }
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

impl Serialize for AgentBotCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("outgoing_url", &self.outgoing_url);
        object.optional("avatar", &self.avatar);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("bot_type", &self.bot_type);
        object.optional("bot_config", &self.bot_config);
        object.end()
    }
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

impl Serialize for UserCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("display_name", &self.display_name);
        object.optional("email", &self.email);
        object.optional("password", &self.password);
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for CannedResponseCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("content", &self.content);
        object.optional("short_code", &self.short_code);
        object.end()
    }
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

impl Serialize for CustomAttributeCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("attribute_display_name", &self.attribute_display_name);
        object.optional("attribute_display_type", &self.attribute_display_type);
        object.optional("attribute_description", &self.attribute_description);
        object.optional("attribute_key", &self.attribute_key);
        object.optional("attribute_values", &self.attribute_values);
        object.optional("attribute_model", &self.attribute_model);
        object.optional("regex_pattern", &self.regex_pattern);
        object.optional("regex_cue", &self.regex_cue);
        object.end()
    }
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

impl Serialize for AgentCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("name", &self.name);
        object.member("email", &self.email);
        object.member("role", &self.role);
        object.optional("availability_status", &self.availability_status);
        object.optional("auto_offline", &self.auto_offline);
        object.end()
    }
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

impl Serialize for AgentUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("role", &self.role);
        object.optional("availability_status", &self.availability_status);
        object.optional("auto_offline", &self.auto_offline);
        object.end()
    }
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

impl Serialize for ContactCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("inbox_id", &self.inbox_id);
        object.optional("name", &self.name);
        object.optional("email", &self.email);
        object.optional("blocked", &self.blocked);
        object.optional("phone_number", &self.phone_number);
        object.optional("avatar", &self.avatar);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("identifier", &self.identifier);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for ContactUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("email", &self.email);
        object.optional("blocked", &self.blocked);
        object.optional("phone_number", &self.phone_number);
        object.optional("avatar", &self.avatar);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("identifier", &self.identifier);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for ConversationCreatePayloadMessageTemplateParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("category", &self.category);
        object.optional("language", &self.language);
        object.optional("processed_params", &self.processed_params);
        object.end()
    }
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

impl Serialize for ConversationCreatePayloadMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("content", &self.content);
        object.optional("template_params", &self.template_params);
        object.end()
    }
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

impl Serialize for ConversationCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("source_id", &self.source_id);
        object.member("inbox_id", &self.inbox_id);
        object.optional("contact_id", &self.contact_id);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("status", &self.status);
        object.optional("assignee_id", &self.assignee_id);
        object.optional("team_id", &self.team_id);
        object.optional("snoozed_until", &self.snoozed_until);
        object.optional("message", &self.message);
        object.end()
    }
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

impl Serialize for ConversationMessageCreatePayloadMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationMessageCreatePayloadMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ConversationMessageCreatePayloadTemplateParamsProcessedParamsHeader {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("media_url", &self.media_url);
        object.optional("media_type", &self.media_type);
        object.end()
    }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize
for ConversationMessageCreatePayloadTemplateParamsProcessedParamsButtonsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("type", &self.r#type);
        object.optional("parameter", &self.parameter);
        object.end()
    }
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

impl Serialize for ConversationMessageCreatePayloadTemplateParamsProcessedParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("body", &self.body);
        object.optional("header", &self.header);
        object.optional("buttons", &self.buttons);
        object.end()
    }
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

impl Serialize for ConversationMessageCreatePayloadTemplateParams {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("name", &self.name);
        object.member("category", &self.category);
        object.member("language", &self.language);
        object.member("processed_params", &self.processed_params);
        object.end()
    }
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

impl Serialize for ConversationMessageCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("content", &self.content);
        object.optional("message_type", &self.message_type);
        object.optional("private", &self.private);
        object.optional("content_type", &self.content_type);
        object.optional("content_attributes", &self.content_attributes);
        object.optional("campaign_id", &self.campaign_id);
        object.optional("template_params", &self.template_params);
        object.end()
    }
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

impl Serialize for InboxCreatePayloadSenderNameType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InboxCreatePayloadSenderNameType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for InboxCreatePayloadChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("type", &self.r#type);
        object.optional("website_url", &self.website_url);
        object.optional("welcome_title", &self.welcome_title);
        object.optional("welcome_tagline", &self.welcome_tagline);
        object.optional("widget_color", &self.widget_color);
        object.end()
    }
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

impl Serialize for InboxCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("avatar", &self.avatar);
        object.optional("greeting_enabled", &self.greeting_enabled);
        object.optional("greeting_message", &self.greeting_message);
        object.optional("enable_email_collect", &self.enable_email_collect);
        object.optional("csat_survey_enabled", &self.csat_survey_enabled);
        object.optional("enable_auto_assignment", &self.enable_auto_assignment);
        object.optional("working_hours_enabled", &self.working_hours_enabled);
        object.optional("out_of_office_message", &self.out_of_office_message);
        object.optional("timezone", &self.timezone);
        object
            .optional(
                "allow_messages_after_resolved",
                &self.allow_messages_after_resolved,
            );
        object
            .optional("lock_to_single_conversation", &self.lock_to_single_conversation);
        object.optional("portal_id", &self.portal_id);
        object.optional("sender_name_type", &self.sender_name_type);
        object.optional("business_name", &self.business_name);
        object.optional("channel", &self.channel);
        object.end()
    }
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

impl Serialize for InboxUpdatePayloadChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("website_url", &self.website_url);
        object.optional("welcome_title", &self.welcome_title);
        object.optional("welcome_tagline", &self.welcome_tagline);
        object.optional("widget_color", &self.widget_color);
        object.end()
    }
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

impl Serialize for InboxUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("avatar", &self.avatar);
        object.optional("greeting_enabled", &self.greeting_enabled);
        object.optional("greeting_message", &self.greeting_message);
        object.optional("enable_email_collect", &self.enable_email_collect);
        object.optional("csat_survey_enabled", &self.csat_survey_enabled);
        object.optional("enable_auto_assignment", &self.enable_auto_assignment);
        object.optional("working_hours_enabled", &self.working_hours_enabled);
        object.optional("out_of_office_message", &self.out_of_office_message);
        object.optional("timezone", &self.timezone);
        object
            .optional(
                "allow_messages_after_resolved",
                &self.allow_messages_after_resolved,
            );
        object
            .optional("lock_to_single_conversation", &self.lock_to_single_conversation);
        object.optional("portal_id", &self.portal_id);
        object.optional("sender_name_type", &self.sender_name_type);
        object.optional("business_name", &self.business_name);
        object.optional("channel", &self.channel);
        object.end()
    }
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

impl Serialize for TeamCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("allow_auto_assign", &self.allow_auto_assign);
        object.end()
    }
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

impl Serialize for CustomFilterCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("type", &self.r#type);
        object.optional("query", &self.query);
        object.end()
    }
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

impl Serialize for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WebhookCreateUpdatePayloadSubscriptionsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for WebhookCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("url", &self.url);
        object.optional("name", &self.name);
        object.optional("subscriptions", &self.subscriptions);
        object.end()
    }
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

impl Serialize for IntegrationsHookCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("app_id", &self.app_id);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("status", &self.status);
        object.optional("settings", &self.settings);
        object.end()
    }
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

impl Serialize for IntegrationsHookUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("status", &self.status);
        object.optional("settings", &self.settings);
        object.end()
    }
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

impl Serialize for AutomationRuleCreateUpdatePayloadEventName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AutomationRuleCreateUpdatePayloadEventName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for AutomationRuleCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("event_name", &self.event_name);
        object.optional("active", &self.active);
        object.optional("actions", &self.actions);
        object.optional("conditions", &self.conditions);
        object.end()
    }
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

impl Serialize for PortalCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("color", &self.color);
        object.optional("custom_domain", &self.custom_domain);
        object.optional("header_text", &self.header_text);
        object.optional("homepage_link", &self.homepage_link);
        object.optional("name", &self.name);
        object.optional("page_title", &self.page_title);
        object.optional("slug", &self.slug);
        object.optional("archived", &self.archived);
        object.optional("config", &self.config);
        object.end()
    }
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

impl Serialize for CategoryCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("position", &self.position);
        object.optional("slug", &self.slug);
        object.optional("locale", &self.locale);
        object.optional("icon", &self.icon);
        object.optional("parent_category_id", &self.parent_category_id);
        object.optional("associated_category_id", &self.associated_category_id);
        object.end()
    }
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

impl Serialize for ArticleCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("title", &self.title);
        object.optional("slug", &self.slug);
        object.optional("position", &self.position);
        object.optional("content", &self.content);
        object.optional("description", &self.description);
        object.optional("category_id", &self.category_id);
        object.optional("author_id", &self.author_id);
        object.optional("associated_article_id", &self.associated_article_id);
        object.optional("status", &self.status);
        object.optional("locale", &self.locale);
        object.optional("meta", &self.meta);
        object.end()
    }
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

impl Serialize for PublicContactCreateUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("identifier", &self.identifier);
        object.optional("identifier_hash", &self.identifier_hash);
        object.optional("email", &self.email);
        object.optional("name", &self.name);
        object.optional("phone_number", &self.phone_number);
        object.optional("avatar", &self.avatar);
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for PublicMessageCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("content", &self.content);
        object.optional("echo_id", &self.echo_id);
        object.end()
    }
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

impl Serialize for PublicMessageUpdatePayloadSubmittedValuesCsatSurveyResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("feedback_message", &self.feedback_message);
        object.optional("rating", &self.rating);
        object.end()
    }
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

impl Serialize for PublicMessageUpdatePayloadSubmittedValues {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("name", &self.name);
        object.optional("title", &self.title);
        object.optional("value", &self.value);
        object.optional("csat_survey_response", &self.csat_survey_response);
        object.end()
    }
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

impl Serialize for PublicMessageUpdatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("submitted_values", &self.submitted_values);
        object.end()
    }
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

impl Serialize for PublicConversationCreatePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for ExtendedContactAvailabilityStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ExtendedContactAvailabilityStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ExtendedContact {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.optional("id", &self.id);
        object.optional("availability_status", &self.availability_status);
        object.end()
    }
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
        let mut payload_field: Option<Vec<ContactPayloadItem>> = None;
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

impl Serialize for ContactBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("payload", &self.payload);
        object.end()
    }
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
        let mut payload_field: Option<Vec<ContactPayloadItem>> = None;
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

impl Serialize for ContactConversationsItemMetaSender {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("availability_status", &self.availability_status);
        object.optional("email", &self.email);
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("phone_number", &self.phone_number);
        object.optional("blocked", &self.blocked);
        object.optional("identifier", &self.identifier);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("created_at", &self.created_at);
        object.end()
    }
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

impl Serialize for ContactConversationsItemMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("sender", &self.sender);
        object.optional("channel", &self.channel);
        object.optional("assignee", &self.assignee);
        object.optional("hmac_verified", &self.hmac_verified);
        object.end()
    }
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

impl Serialize for ContactConversationsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("messages", &self.messages);
        object.optional("account_id", &self.account_id);
        object.optional("uuid", &self.uuid);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("agent_last_seen_at", &self.agent_last_seen_at);
        object.optional("assignee_last_seen_at", &self.assignee_last_seen_at);
        object.optional("can_reply", &self.can_reply);
        object.optional("contact_last_seen_at", &self.contact_last_seen_at);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("labels", &self.labels);
        object.optional("muted", &self.muted);
        object.optional("snoozed_until", &self.snoozed_until);
        object.optional("status", &self.status);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.optional("timestamp", &self.timestamp);
        object.optional("first_reply_created_at", &self.first_reply_created_at);
        object.optional("unread_count", &self.unread_count);
        object.optional("last_non_activity_message", &self.last_non_activity_message);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("priority", &self.priority);
        object.optional("waiting_since", &self.waiting_since);
        object.optional("sla_policy_id", &self.sla_policy_id);
        object.optional("applied_sla", &self.applied_sla);
        object.optional("sla_events", &self.sla_events);
        object.optional("meta", &self.meta);
        object.optional("display_id", &self.display_id);
        object.end()
    }
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

impl Serialize for ContactLabels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ConversationListDataMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("mine_count", &self.mine_count);
        object.optional("unassigned_count", &self.unassigned_count);
        object.optional("assigned_count", &self.assigned_count);
        object.optional("all_count", &self.all_count);
        object.end()
    }
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

impl Serialize for ConversationListDataPayloadItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("messages", &self.messages);
        object.optional("account_id", &self.account_id);
        object.optional("uuid", &self.uuid);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("agent_last_seen_at", &self.agent_last_seen_at);
        object.optional("assignee_last_seen_at", &self.assignee_last_seen_at);
        object.optional("can_reply", &self.can_reply);
        object.optional("contact_last_seen_at", &self.contact_last_seen_at);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("labels", &self.labels);
        object.optional("muted", &self.muted);
        object.optional("snoozed_until", &self.snoozed_until);
        object.optional("status", &self.status);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.optional("timestamp", &self.timestamp);
        object.optional("first_reply_created_at", &self.first_reply_created_at);
        object.optional("unread_count", &self.unread_count);
        object.optional("last_non_activity_message", &self.last_non_activity_message);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("priority", &self.priority);
        object.optional("waiting_since", &self.waiting_since);
        object.optional("sla_policy_id", &self.sla_policy_id);
        object.optional("applied_sla", &self.applied_sla);
        object.optional("sla_events", &self.sla_events);
        object.optional("meta", &self.meta);
        object.end()
    }
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

impl Serialize for ConversationListData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ConversationList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("data", &self.data);
        object.end()
    }
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

impl Serialize for ConversationStatusTogglePayloadCurrentStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationStatusTogglePayloadCurrentStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ConversationStatusTogglePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("success", &self.success);
        object.optional("current_status", &self.current_status);
        object.optional("conversation_id", &self.conversation_id);
        object.end()
    }
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

impl Serialize for ConversationStatusToggle {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for AccountSummaryPrevious {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("avg_first_response_time", &self.avg_first_response_time);
        object.optional("avg_resolution_time", &self.avg_resolution_time);
        object.optional("conversations_count", &self.conversations_count);
        object.optional("incoming_messages_count", &self.incoming_messages_count);
        object.optional("outgoing_messages_count", &self.outgoing_messages_count);
        object.optional("resolutions_count", &self.resolutions_count);
        object.end()
    }
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

impl Serialize for AccountSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("avg_first_response_time", &self.avg_first_response_time);
        object.optional("avg_resolution_time", &self.avg_resolution_time);
        object.optional("conversations_count", &self.conversations_count);
        object.optional("incoming_messages_count", &self.incoming_messages_count);
        object.optional("outgoing_messages_count", &self.outgoing_messages_count);
        object.optional("resolutions_count", &self.resolutions_count);
        object.optional("previous", &self.previous);
        object.end()
    }
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

impl Serialize for AgentConversationMetricsMetric {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("open", &self.open);
        object.optional("unattended", &self.unattended);
        object.end()
    }
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

impl Serialize for AgentConversationMetrics {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("email", &self.email);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("availability", &self.availability);
        object.optional("metric", &self.metric);
        object.end()
    }
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

impl Serialize for ContactDetailAdditionalAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("city", &self.city);
        object.optional("country", &self.country);
        object.optional("country_code", &self.country_code);
        object.optional("created_at_ip", &self.created_at_ip);
        object.end()
    }
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

impl Serialize for ContactDetailType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactDetailType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ContactDetail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("email", &self.email);
        object.optional("id", &self.id);
        object.optional("identifier", &self.identifier);
        object.optional("name", &self.name);
        object.optional("phone_number", &self.phone_number);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("blocked", &self.blocked);
        object.optional("type", &self.r#type);
        object.end()
    }
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

impl Serialize for MessageDetailedMessageType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for MessageDetailedMessageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(i64::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for MessageDetailedContentAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("in_reply_to", &self.in_reply_to);
        object.end()
    }
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

impl Serialize for MessageDetailed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("content", &self.content);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("conversation_id", &self.conversation_id);
        object.optional("message_type", &self.message_type);
        object.optional("content_type", &self.content_type);
        object.optional("status", &self.status);
        object.optional("content_attributes", &self.content_attributes);
        object.optional("created_at", &self.created_at);
        object.optional("private", &self.private);
        object.optional("source_id", &self.source_id);
        object.optional("sender", &self.sender);
        object.end()
    }
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

impl Serialize for ConversationMetaAdditionalAttributesBrowser {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("device_name", &self.device_name);
        object.optional("browser_name", &self.browser_name);
        object.optional("platform_name", &self.platform_name);
        object.optional("browser_version", &self.browser_version);
        object.optional("platform_version", &self.platform_version);
        object.end()
    }
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

impl Serialize for ConversationMetaAdditionalAttributesInitiatedAt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("timestamp", &self.timestamp);
        object.end()
    }
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

impl Serialize for ConversationMetaAdditionalAttributes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("browser", &self.browser);
        object.optional("referer", &self.referer);
        object.optional("initiated_at", &self.initiated_at);
        object.optional("browser_language", &self.browser_language);
        object.optional("conversation_language", &self.conversation_language);
        object.end()
    }
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

impl Serialize for ConversationMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("labels", &self.labels);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("contact", &self.contact);
        object.optional("agent_last_seen_at", &self.agent_last_seen_at);
        object.optional("assignee_last_seen_at", &self.assignee_last_seen_at);
        object.end()
    }
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

impl Serialize for ConversationMessages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ContactMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("count", &self.count);
        object.optional("current_page", &self.current_page);
        object.end()
    }
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

impl Serialize for ContactInboxInbox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("channel_id", &self.channel_id);
        object.optional("name", &self.name);
        object.optional("channel_type", &self.channel_type);
        object.optional("provider", &self.provider);
        object.end()
    }
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

impl Serialize for ContactInbox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("source_id", &self.source_id);
        object.optional("inbox", &self.inbox);
        object.end()
    }
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

impl Serialize for ContactListItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("availability_status", &self.availability_status);
        object.optional("email", &self.email);
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("phone_number", &self.phone_number);
        object.optional("blocked", &self.blocked);
        object.optional("identifier", &self.identifier);
        object.optional("thumbnail", &self.thumbnail);
        object.optional("custom_attributes", &self.custom_attributes);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("created_at", &self.created_at);
        object.optional("contact_inboxes", &self.contact_inboxes);
        object.end()
    }
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

impl Serialize for ContactsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ContactShowResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ContactConversationMessageConversationContactInbox {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("source_id", &self.source_id);
        object.end()
    }
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

impl Serialize for ContactConversationMessageConversation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("assignee_id", &self.assignee_id);
        object.optional("unread_count", &self.unread_count);
        object.optional("last_activity_at", &self.last_activity_at);
        object.optional("contact_inbox", &self.contact_inbox);
        object.end()
    }
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

impl Serialize for ContactConversationMessageSender {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("available_name", &self.available_name);
        object.optional("avatar_url", &self.avatar_url);
        object.optional("type", &self.r#type);
        object.optional("availability_status", &self.availability_status);
        object.optional("thumbnail", &self.thumbnail);
        object.end()
    }
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

impl Serialize for ContactConversationMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("content", &self.content);
        object.optional("account_id", &self.account_id);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("conversation_id", &self.conversation_id);
        object.optional("message_type", &self.message_type);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.optional("private", &self.private);
        object.optional("status", &self.status);
        object.optional("source_id", &self.source_id);
        object.optional("content_type", &self.content_type);
        object.optional("content_attributes", &self.content_attributes);
        object.optional("sender_type", &self.sender_type);
        object.optional("sender_id", &self.sender_id);
        object.optional("external_source_ids", &self.external_source_ids);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("processed_message_content", &self.processed_message_content);
        object.optional("sentiment", &self.sentiment);
        object.optional("conversation", &self.conversation);
        object.optional("sender", &self.sender);
        object.end()
    }
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

impl Serialize for ContactConversationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ContactableInboxesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ReportingEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("name", &self.name);
        object.optional("value", &self.value);
        object.optional("value_in_business_hours", &self.value_in_business_hours);
        object.optional("event_start_time", &self.event_start_time);
        object.optional("event_end_time", &self.event_end_time);
        object.optional("account_id", &self.account_id);
        object.optional("conversation_id", &self.conversation_id);
        object.optional("inbox_id", &self.inbox_id);
        object.optional("user_id", &self.user_id);
        object.optional("created_at", &self.created_at);
        object.optional("updated_at", &self.updated_at);
        object.end()
    }
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

impl Serialize for ReportingEventMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("count", &self.count);
        object.optional("current_page", &self.current_page);
        object.optional("total_pages", &self.total_pages);
        object.end()
    }
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

impl Serialize for ReportingEventsListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for GetAccountAuditLogsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("per_page", &self.per_page);
        object.optional("total_entries", &self.total_entries);
        object.optional("current_page", &self.current_page);
        object.optional("audit_logs", &self.audit_logs);
        object.end()
    }
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

impl Serialize for GetAccountCustomAttributeAttributeModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAccountCustomAttributeAttributeModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ContactAddLabelsBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("labels", &self.labels);
        object.end()
    }
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

impl Serialize for ContactFilterBodyPayloadItemFilterOperator {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ContactFilterBodyPayloadItemFilterOperator {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ContactFilterBodyPayloadItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("attribute_key", &self.attribute_key);
        object.optional("filter_operator", &self.filter_operator);
        object.optional("values", &self.values);
        object.optional("query_operator", &self.query_operator);
        object.end()
    }
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

impl Serialize for ContactFilterBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for ContactInboxCreationBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("inbox_id", &self.inbox_id);
        object.optional("source_id", &self.source_id);
        object.end()
    }
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

impl Serialize for ConversationListMetaStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationListMetaStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ConversationListMetaResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.end()
    }
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

impl Serialize for ConversationListAssigneeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ConversationListAssigneeType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for NewConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("id", &self.id);
        object.optional("account_id", &self.account_id);
        object.optional("inbox_id", &self.inbox_id);
        object.end()
    }
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

impl Serialize for UpdateConversationBodyPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UpdateConversationBodyPriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for UpdateConversationBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("priority", &self.priority);
        object.optional("sla_policy_id", &self.sla_policy_id);
        object.end()
    }
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

impl Serialize for ToggleStatusOfAConversationBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ToggleStatusOfAConversationBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ToggleStatusOfAConversationBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("status", &self.status);
        object.optional("snoozed_until", &self.snoozed_until);
        object.end()
    }
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

impl Serialize for ToggleStatusOfAConversationResponsePayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("success", &self.success);
        object.optional("current_status", &self.current_status);
        object.optional("conversation_id", &self.conversation_id);
        object.end()
    }
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

impl Serialize for ToggleStatusOfAConversationResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for TogglePriorityOfAConversationBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("priority", &self.priority);
        object.end()
    }
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

impl Serialize for UpdateCustomAttributesOfAConversationBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("custom_attributes", &self.custom_attributes);
        object.end()
    }
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

impl Serialize for AssignAConversationBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("assignee_id", &self.assignee_id);
        object.optional("team_id", &self.team_id);
        object.end()
    }
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

impl Serialize for ListAllInboxesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for UpdateAgentBotBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("agent_bot", &self.agent_bot);
        object.end()
    }
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

impl Serialize for GetInboxMembersResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for AddNewAgentToInboxBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("inbox_id", &self.inbox_id);
        object.member("user_ids", &self.user_ids);
        object.end()
    }
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

impl Serialize for DeleteAgentInInboxBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("inbox_id", &self.inbox_id);
        object.member("user_ids", &self.user_ids);
        object.end()
    }
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

impl Serialize for ListAllMessagesResponseMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("labels", &self.labels);
        object.optional("additional_attributes", &self.additional_attributes);
        object.optional("contact", &self.contact);
        object.optional("assignee", &self.assignee);
        object.optional("agent_last_seen_at", &self.agent_last_seen_at);
        object.optional("assignee_last_seen_at", &self.assignee_last_seen_at);
        object.end()
    }
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

impl Serialize for ListAllMessagesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("meta", &self.meta);
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for GetDetailsOfAllIntegrationsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("payload", &self.payload);
        object.end()
    }
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

impl Serialize for AddNewAgentToTeamBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.member("user_ids", &self.user_ids);
        object.end()
    }
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

impl Serialize for ListAllConversationStatisticsMetric {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListAllConversationStatisticsMetric {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
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
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for ListAllConversationStatisticsResponseItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("value", &self.value);
        object.optional("timestamp", &self.timestamp);
        object.end()
    }
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

impl Serialize for GetAccountConversationMetricsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAccountConversationMetricsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}

impl Serialize for GetAccountConversationMetricsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = support::ObjectWriter::new(serializer.serialize_map(None));
        object.optional("open", &self.open);
        object.optional("unattended", &self.unattended);
        object.optional("unassigned", &self.unassigned);
        object.end()
    }
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

impl Serialize for GetAgentConversationMetricsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetAgentConversationMetricsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        match Self::from(String::deserialize(deserializer)?) {
            Self::Unknown(value) => support::unlisted(value).map(Self::Unknown),
            listed => Ok(listed),
        }
    }
}
