/// `request` with `body` encoded as JSON, sent as `media_type` (the request body's
/// media type in the spec: `application/json` or one that extends it).
#[cfg(needs = "json_body")]
pub(crate) fn json_body<T: serde::Serialize>(
    request: reqwest::RequestBuilder,
    media_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder> {
    let bytes =
        serde_json::to_vec(body).map_err(|err| Error::InvalidRequest(format!("cannot encode the body: {err}")))?;
    Ok(request.header(reqwest::header::CONTENT_TYPE, media_type).body(bytes))
}

/// `request` with `body` encoded as a form (see `form_encoded`), sent as `media_type`.
#[cfg(needs = "form_body")]
pub(crate) fn form_body<T: serde::Serialize>(
    request: reqwest::RequestBuilder,
    media_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder> {
    Ok(request.header(reqwest::header::CONTENT_TYPE, media_type).body(form_encoded(body)?))
}

/// Encodes a form request body (`a=1&b=two`): a list member as one pair per
/// item, an object member as its JSON text (OpenAPI's defaults for forms).
#[cfg(needs = "form_body")]
fn form_encoded<T: serde::Serialize>(body: &T) -> Result<String> {
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

/// What an upload sends: bytes, a file read as it is sent (never held whole), or a
/// stream of chunks. Bytes and files can be sent again, so a request that carries
/// them is retried like any other (but for an operation read with `send_stream`,
/// which sends a file once); a stream is sent once, and a request with one is never
/// retried. `Debug` shows the size or path, never the contents.
#[cfg(needs = "upload")]
#[derive(Clone)]
pub struct Upload {
    source: UploadSource,
}

#[cfg(needs = "upload")]
#[derive(Clone)]
enum UploadSource {
    Bytes(bytes::Bytes),
    File(std::path::PathBuf),
    /// Taken by the first request that sends it.
    Stream(std::sync::Arc<std::sync::Mutex<Option<reqwest::Body>>>),
}

#[cfg(needs = "upload")]
impl Upload {
    /// The file at `path`, opened when the request is sent (again for each attempt)
    /// and read as it goes out.
    pub fn from_path(path: impl Into<std::path::PathBuf>) -> Self {
        Self { source: UploadSource::File(path.into()) }
    }

    /// The chunks of `stream`, sent as they come, once.
    pub fn from_stream<S>(stream: S) -> Self
    where
        S: futures_util::TryStream + Send + 'static,
        S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
        bytes::Bytes: From<S::Ok>,
    {
        let body = reqwest::Body::wrap_stream(stream);
        Self { source: UploadSource::Stream(std::sync::Arc::new(std::sync::Mutex::new(Some(body)))) }
    }

    /// Whether a request can send it again: bytes and files can, a stream cannot.
    pub fn is_replayable(&self) -> bool {
        !matches!(self.source, UploadSource::Stream(_))
    }

    /// The body to send, and its length when known ahead. A file that cannot be
    /// opened, or a stream already sent, is an `Error::InvalidRequest`.
    pub(crate) fn body(&self) -> Result<(reqwest::Body, Option<u64>)> {
        match &self.source {
            UploadSource::Bytes(bytes) => Ok((reqwest::Body::from(bytes.clone()), Some(bytes.len() as u64))),
            UploadSource::File(path) => {
                let cannot =
                    |err: std::io::Error| Error::InvalidRequest(format!("cannot read {}: {err}", path.display()));
                let file = std::fs::File::open(path).map_err(cannot)?;
                let length = file.metadata().map_err(cannot)?.len();
                // reqwest's `stream` feature, which generated code asks for, brings in tokio's `fs`.
                Ok((reqwest::Body::from(tokio::fs::File::from_std(file)), Some(length)))
            }
            UploadSource::Stream(slot) => {
                let body = slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
                let spent = || Error::InvalidRequest("a body made from a stream can be sent once".to_owned());
                Ok((body.ok_or_else(spent)?, None))
            }
        }
    }

    /// The name of the file it is read from, if any.
    #[cfg(needs = "file_part")]
    fn file_name(&self) -> Option<String> {
        match &self.source {
            UploadSource::File(path) => Some(path.file_name()?.to_string_lossy().into_owned()),
            _ => None,
        }
    }
}

#[cfg(needs = "upload")]
impl From<Vec<u8>> for Upload {
    fn from(bytes: Vec<u8>) -> Self {
        Self { source: UploadSource::Bytes(bytes.into()) }
    }
}

#[cfg(needs = "upload")]
impl From<bytes::Bytes> for Upload {
    fn from(bytes: bytes::Bytes) -> Self {
        Self { source: UploadSource::Bytes(bytes) }
    }
}

#[cfg(needs = "upload")]
impl From<&'static [u8]> for Upload {
    fn from(bytes: &'static [u8]) -> Self {
        Self { source: UploadSource::Bytes(bytes::Bytes::from_static(bytes)) }
    }
}

#[cfg(needs = "upload")]
impl fmt::Debug for Upload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            UploadSource::Bytes(bytes) => write!(f, "Upload({} bytes)", bytes.len()),
            UploadSource::File(path) => write!(f, "Upload({})", path.display()),
            UploadSource::Stream(_) => f.write_str("Upload(stream)"),
        }
    }
}

/// Sends `upload` as a request's body, as `media_type`.
#[cfg(needs = "binary_body")]
pub(crate) fn upload_body(
    request: reqwest::RequestBuilder,
    media_type: &str,
    upload: &Upload,
) -> Result<reqwest::RequestBuilder> {
    let (body, length) = upload.body()?;
    let request = request.header(reqwest::header::CONTENT_TYPE, media_type);
    Ok(match length {
        Some(length) => request.header(reqwest::header::CONTENT_LENGTH, length).body(body),
        None => request.body(body),
    })
}

/// A file sent as a part of a `multipart/form-data` body: bytes, a file read as it
/// is sent, or a stream (see [`Upload`]).
#[cfg(needs = "file_part")]
#[derive(Clone)]
pub struct FilePart {
    upload: Upload,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[cfg(needs = "file_part")]
impl FilePart {
    /// A file with these contents, named after its field unless [`Self::file_name`] says otherwise.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Self { upload: Upload::from(bytes.into()), file_name: None, content_type: None }
    }

    /// The file at `path`, read as it is sent (opened again for each attempt), named
    /// as the file is unless [`Self::file_name`] says otherwise.
    pub fn from_path(path: impl Into<std::path::PathBuf>) -> Self {
        Self { upload: Upload::from_path(path), file_name: None, content_type: None }
    }

    /// Whatever an [`Upload`] holds: a stream, sent once.
    pub fn from_upload(upload: Upload) -> Self {
        Self { upload, file_name: None, content_type: None }
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
        let file_name = self.file_name.clone().or_else(|| self.upload.file_name()).unwrap_or_else(|| field.to_owned());
        let (body, length) = self.upload.body()?;
        let part = match length {
            Some(length) => reqwest::multipart::Part::stream_with_length(body, length),
            None => reqwest::multipart::Part::stream(body),
        };
        let part = part.file_name(file_name);
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
            .field("upload", &self.upload)
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
    #[test]
    fn an_upload_is_sent_again_unless_it_is_a_stream() {
        let bytes = Upload::from(b"abc".to_vec());
        assert!(bytes.is_replayable());
        assert_eq!(bytes.body().unwrap().1, Some(3));
        assert_eq!(bytes.body().unwrap().1, Some(3));
        let path = std::env::temp_dir().join(format!("upload-{}.txt", std::process::id()));
        std::fs::write(&path, "hello").unwrap();
        let file = Upload::from_path(&path);
        assert!(file.is_replayable() && file.file_name().as_deref() == path.file_name().and_then(|name| name.to_str()));
        assert_eq!(file.body().unwrap().1, Some(5));
        std::fs::remove_file(&path).unwrap();
        let err = file.body().unwrap_err().to_string();
        assert!(err.starts_with("invalid request: cannot read "), "{err}");
        let chunks = futures_util::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from_static(b"x"))]);
        let stream = Upload::from_stream(chunks);
        assert!(!stream.is_replayable());
        assert_eq!(format!("{stream:?}"), "Upload(stream)");
        assert!(stream.body().is_ok());
        assert_eq!(
            stream.body().unwrap_err().to_string(),
            "invalid request: a body made from a stream can be sent once"
        );
    }

    use super::*;
    use serde_json::json;

    #[test]
    fn a_form_body_repeats_list_members_and_writes_objects_as_json() {
        let body = json!({ "name": "a b&c", "tags": ["x", null, "y"], "meta": { "k": 1 }, "gone": null, "n": 2.5 });
        let request = reqwest::Client::new().post("http://127.0.0.1/forms");
        let request = form_body(request, "application/x-www-form-urlencoded", &body).unwrap().build().unwrap();
        assert_eq!(request.headers()[reqwest::header::CONTENT_TYPE], "application/x-www-form-urlencoded");
        let form = request.body().and_then(reqwest::Body::as_bytes).unwrap();
        assert_eq!(form, b"name=a+b%26c&tags=x&tags=y&meta=%7B%22k%22%3A1%7D&n=2.5");
        assert!(matches!(form_encoded(&json!([1])), Err(Error::InvalidRequest(_))));
    }

    #[test]
    fn a_file_part_prints_its_size_not_its_bytes() {
        let part = FilePart::new(b"secret bytes".to_vec()).file_name("a.txt");
        let printed = format!("{part:?}");
        assert!(printed.contains("Upload(12 bytes)") && !printed.contains("secret"), "{printed}");
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
