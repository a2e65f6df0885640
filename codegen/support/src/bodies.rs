/// Encodes a JSON request body.
#[cfg(needs = "json_body")]
pub(crate) fn json_body<T: serde::Serialize>(body: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(body).map_err(|err| Error::InvalidRequest(format!("cannot encode the body: {err}")))
}

/// Encodes a form request body (`a=1&b=two`): a list member as one pair per
/// item, an object member as its JSON text (OpenAPI's defaults for forms).
#[cfg(needs = "form_body")]
pub(crate) fn form_body<T: serde::Serialize>(body: &T) -> Result<String> {
    let serde_json::Value::Object(members) = param_value("body", body)? else {
        return Err(Error::InvalidRequest("a form body must be an object".to_owned()));
    };
    let mut pairs = Vec::new();
    for (name, value) in members {
        match value {
            serde_json::Value::Null => {}
            serde_json::Value::Array(items) => {
                pairs.extend(items.iter().filter(|item| !item.is_null()).map(|item| (name.clone(), param_text(item))));
            }
            other => pairs.push((name, param_text(&other))),
        }
    }
    serde_urlencoded::to_string(&pairs)
        .map_err(|err| Error::InvalidRequest(format!("cannot encode the form body: {err}")))
}

/// A file sent as a part of a `multipart/form-data` body.
#[cfg(needs = "file_part")]
#[derive(Clone)]
pub struct FilePart {
    bytes: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[cfg(needs = "file_part")]
impl FilePart {
    /// A file with these contents, named after its field unless [`Self::file_name`] says otherwise.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Self { bytes: bytes.into(), file_name: None, content_type: None }
    }

    /// The file name the part carries.
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.file_name = Some(file_name.into());
        self
    }

    /// The part's `Content-Type` (`application/octet-stream` unless set).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    pub(crate) fn to_part(&self, field: &str) -> Result<reqwest::multipart::Part> {
        let file_name = self.file_name.clone().unwrap_or_else(|| field.to_owned());
        let part = reqwest::multipart::Part::bytes(self.bytes.clone()).file_name(file_name);
        match &self.content_type {
            Some(media_type) => part
                .mime_str(media_type)
                .map_err(|_| Error::InvalidRequest(format!("the content type of part `{field}` is not a media type"))),
            None => Ok(part),
        }
    }
}

#[cfg(needs = "file_part")]
impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("bytes", &self.bytes.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

/// The text of a multipart part that is a value: a scalar's text, else its JSON text.
#[cfg(needs = "part_text")]
pub(crate) fn part_text<T: serde::Serialize>(name: &str, value: &T) -> Result<String> {
    param_value(name, value).map(|value| param_text(&value))
}

#[cfg(test)]
mod bodies_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_form_body_repeats_list_members_and_writes_objects_as_json() {
        let body = json!({ "name": "a b&c", "tags": ["x", null, "y"], "meta": { "k": 1 }, "gone": null, "n": 2.5 });
        let form = form_body(&body).unwrap();
        assert_eq!(form, "name=a+b%26c&tags=x&tags=y&meta=%7B%22k%22%3A1%7D&n=2.5");
        assert!(matches!(form_body(&json!([1])), Err(Error::InvalidRequest(_))));
    }

    #[test]
    fn a_file_part_prints_its_size_not_its_bytes() {
        let part = FilePart::new(b"secret bytes".to_vec()).file_name("a.txt");
        let printed = format!("{part:?}");
        assert!(printed.contains("bytes: 12") && !printed.contains("secret"), "{printed}");
        assert!(part.clone().content_type("not a media type").to_part("file").is_err());
        assert!(part.content_type("text/plain").to_part("file").is_ok());
    }

    #[test]
    fn a_value_part_is_its_text() {
        assert_eq!(part_text("n", &3).unwrap(), "3");
        assert_eq!(part_text("s", &"x").unwrap(), "x");
        assert_eq!(part_text("o", &json!({ "a": [1] })).unwrap(), r#"{"a":[1]}"#);
    }
}
