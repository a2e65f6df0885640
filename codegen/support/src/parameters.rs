/// Characters left as they are in a path segment or cookie value: RFC 3986 unreserved.
#[cfg(needs = "execute")]
pub(crate) const UNRESERVED: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A parameter's value as JSON: every type in its wire form (RFC 3339
/// date-times, enums' wire strings), before its style writes it as text.
#[cfg(any(needs = "params", needs = "form_body", needs = "part_text"))]
fn param_value<T: serde::Serialize>(name: &str, value: &T) -> Result<serde_json::Value> {
    serde_json::to_value(value).map_err(|err| Error::InvalidRequest(format!("cannot encode parameter `{name}`: {err}")))
}

/// A scalar's text; a list or object where a style has no room for one, its JSON text.
#[cfg(any(needs = "params", needs = "form_body", needs = "part_text"))]
fn param_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// How a parameter's value is written: OpenAPI's `style` and `explode`, or its
/// `content` as JSON. Scalars are their text in every style; lists and objects
/// are written as the spec's style table shows. Every API has all the styles,
/// and uses some of them: the others are allowed to go unused.
#[cfg(needs = "params")]
#[derive(Debug, Clone, Copy)]
#[allow(dead_code, reason = "an API writes the styles its parameters have")]
pub(crate) enum Style {
    /// Query and cookie: `id=3&id=4` and `x=1&y=2` exploded; `id=3,4` and `p=x,1,y,2` not.
    Form { explode: bool },
    /// `id=3%204`.
    SpaceDelimited,
    /// `id=3|4`.
    PipeDelimited,
    /// `p[x]=1&p[y][z]=2`.
    DeepObject,
    /// Path and header: `3,4`; `x,1,y,2`, or `x=1,y=2` exploded.
    Simple { explode: bool },
    /// `.3,4`, or `.3.4` exploded.
    Label { explode: bool },
    /// `;id=3,4`, or `;id=3;id=4` exploded.
    Matrix { explode: bool },
    /// The value's JSON text.
    Json,
}

/// A value written as one piece of text in `style`, each name and value passed
/// through `encode`; `null` items and members are left out.
#[cfg(needs = "params")]
fn joined(name: &str, value: &serde_json::Value, style: Style, encode: &dyn Fn(&str) -> String) -> String {
    let (before, between, explode) = match style {
        Style::Label { explode } => (".".to_owned(), if explode { "." } else { "," }.to_owned(), explode),
        Style::Matrix { explode } => {
            let named = format!(";{}=", encode(name));
            (named.clone(), if explode { named } else { ",".to_owned() }, explode)
        }
        Style::Simple { explode } => (String::new(), ",".to_owned(), explode),
        Style::SpaceDelimited => (String::new(), " ".to_owned(), false),
        Style::PipeDelimited => (String::new(), "|".to_owned(), false),
        Style::Form { .. } | Style::DeepObject | Style::Json => (String::new(), ",".to_owned(), false),
    };
    match value {
        serde_json::Value::Array(items) => {
            let items: Vec<String> =
                items.iter().filter(|item| !item.is_null()).map(|item| encode(&param_text(item))).collect();
            format!("{before}{}", items.join(&between))
        }
        serde_json::Value::Object(members) if explode => {
            // `key=value` each; a matrix names each member instead of itself.
            let (before, between) = match style {
                Style::Matrix { .. } => (";", ";"),
                Style::Label { .. } => (".", "."),
                _ => ("", ","),
            };
            let members = members.iter().filter(|(_, value)| !value.is_null());
            let pairs: Vec<String> =
                members.map(|(key, value)| format!("{}={}", encode(key), encode(&param_text(value)))).collect();
            format!("{before}{}", pairs.join(between))
        }
        serde_json::Value::Object(members) => {
            let members = members.iter().filter(|(_, value)| !value.is_null());
            let parts: Vec<String> =
                members.flat_map(|(key, value)| [encode(key), encode(&param_text(value))]).collect();
            format!("{before}{}", parts.join(&between))
        }
        scalar => format!("{before}{}", encode(&param_text(scalar))),
    }
}

/// What a query may not hold as it is (RFC 3986's `query`): a form-encoded string
/// keeps its `&`, `=` and `+`, and has the rest encoded.
#[cfg(needs = "whole_query")]
const NOT_IN_QUERY: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// The whole query string of a parameter `in: querystring` (OpenAPI 3.2), the text
/// after the `?`: the value's text (a string as it is, else its JSON), every
/// character but RFC 3986's unreserved percent-encoded; with `form`, the text is
/// form-encoded pairs already, and only what a query may not hold is.
#[cfg(needs = "whole_query")]
pub(crate) fn query_string<T: serde::Serialize>(name: &str, value: &T, form: bool) -> Result<String> {
    let text = param_text(&param_value(name, value)?);
    let set = if form { NOT_IN_QUERY } else { UNRESERVED };
    Ok(percent_encoding::utf8_percent_encode(&text, set).to_string())
}

/// A path parameter as its style writes it, each name and value percent-encoded,
/// so that the whole stays one segment: `/`, `?` and `#` are escaped, and values
/// that would move to another path (`.`, `..`, nothing) are refused.
#[cfg(needs = "path_segment")]
pub(crate) fn path_segment<T: serde::Serialize>(name: &str, value: &T, style: Style) -> Result<String> {
    let value = param_value(name, value)?;
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string();
    let segment = match style {
        Style::Json => encode(&value.to_string()),
        _ => joined(name, &value, style, &encode),
    };
    if matches!(segment.as_str(), "" | "." | "..") {
        return Err(Error::InvalidRequest(format!("path parameter `{name}` may not be {segment:?}")));
    }
    Ok(segment)
}

/// A query parameter's value, whatever its type: [`with_query`] takes a list of them.
#[cfg(needs = "query_params")]
pub(crate) trait QueryValue {
    /// The value as JSON, which its style writes from; an error names the parameter.
    fn query_json(&self, name: &str) -> Result<serde_json::Value>;
}

#[cfg(needs = "query_params")]
impl<T: serde::Serialize> QueryValue for T {
    fn query_json(&self, name: &str) -> Result<serde_json::Value> {
        param_value(name, self)
    }
}

/// `request` with the query parameters `params`, each `(name, value, style)`, added
/// in their order as their styles write them; a `None` or `null` adds nothing. One call
/// with a list, not a call for each parameter: an operation of seventy parameters
/// stays one statement for the compiler to check.
#[cfg(needs = "query_params")]
pub(crate) fn with_query(
    request: reqwest::RequestBuilder,
    params: &[(&str, &dyn QueryValue, Style)],
) -> Result<reqwest::RequestBuilder> {
    let mut query = Vec::new();
    for (name, value, style) in params {
        query_pairs(&mut query, name, &value.query_json(name)?, *style);
    }
    Ok(request.query(&query))
}

/// Adds a query parameter's pairs as its style writes them; nothing for `null`.
#[cfg(needs = "query_params")]
fn query_pairs(query: &mut Vec<(String, String)>, name: &str, value: &serde_json::Value, style: Style) {
    let texts = |items: &[serde_json::Value]| -> Vec<(String, String)> {
        items.iter().filter(|item| !item.is_null()).map(|item| (name.to_owned(), param_text(item))).collect()
    };
    match (value, style) {
        (serde_json::Value::Null, _) => {}
        (_, Style::Json) => query.push((name.to_owned(), value.to_string())),
        (serde_json::Value::Array(items), Style::Form { explode: true } | Style::DeepObject) => {
            query.extend(texts(items));
        }
        // As a form body writes its members (`application/x-www-form-urlencoded`, which
        // a 3.2 query string of an object is): a list member a pair per item.
        (serde_json::Value::Object(members), Style::Form { explode: true }) => {
            for (key, value) in members {
                let items = match value {
                    serde_json::Value::Array(items) => items.as_slice(),
                    single => std::slice::from_ref(single),
                };
                let items = items.iter().filter(|item| !item.is_null());
                query.extend(items.map(|item| (key.clone(), param_text(item))));
            }
        }
        (serde_json::Value::Object(members), Style::DeepObject) => {
            // Depth first; list items repeat their key.
            let mut pending: Vec<(String, &serde_json::Value)> =
                members.iter().rev().map(|(key, value)| (format!("{name}[{key}]"), value)).collect();
            while let Some((key, value)) = pending.pop() {
                match value {
                    serde_json::Value::Null => {}
                    serde_json::Value::Object(inner) => {
                        pending.extend(inner.iter().rev().map(|(k, v)| (format!("{key}[{k}]"), v)));
                    }
                    serde_json::Value::Array(items) => {
                        pending.extend(items.iter().rev().map(|item| (key.clone(), item)));
                    }
                    other => query.push((key, param_text(other))),
                }
            }
        }
        _ => query.push((name.to_owned(), joined(name, value, style, &str::to_owned))),
    }
}

/// A header parameter's value as its style writes it; `None` for `None` or `null`.
#[cfg(needs = "header_params")]
pub(crate) fn header_param<T: serde::Serialize>(
    name: &str,
    value: &T,
    style: Style,
) -> Result<Option<reqwest::header::HeaderValue>> {
    let value = param_value(name, value)?;
    let text = match (&value, style) {
        (serde_json::Value::Null, _) => return Ok(None),
        (_, Style::Json) => value.to_string(),
        _ => joined(name, &value, style, &str::to_owned),
    };
    header_value(name, &text).map(Some)
}

/// Adds a cookie parameter's `name=value`, the value percent-encoded so that `;`,
/// `,` and spaces cannot start another cookie; nothing for `None` or `null`.
#[cfg(needs = "cookie_params")]
pub(crate) fn cookie_pair<T: serde::Serialize>(
    cookies: &mut Vec<String>,
    name: &str,
    value: &T,
    style: Style,
) -> Result<()> {
    let value = param_value(name, value)?;
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, UNRESERVED).to_string();
    let text = match (&value, style) {
        (serde_json::Value::Null, _) => return Ok(()),
        (_, Style::Json) => encode(&value.to_string()),
        _ => joined(name, &value, style, &encode),
    };
    cookies.push(format!("{name}={text}"));
    Ok(())
}

/// A request header value; CR, LF and other control characters are refused, not sent.
#[cfg(any(needs = "sensitive_header", needs = "header_params", needs = "cookie_params"))]
pub(crate) fn header_value(name: &str, value: &str) -> Result<reqwest::header::HeaderValue> {
    reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(format!("the value for header `{name}` is not a valid header value")))
}

/// A header value carrying a credential, marked sensitive so that it is not logged.
#[cfg(needs = "sensitive_header")]
pub(crate) fn sensitive_header(name: &str, value: &str) -> Result<reqwest::header::HeaderValue> {
    let mut value = header_value(name, value)?;
    value.set_sensitive(true);
    Ok(value)
}

#[cfg(test)]
mod parameters_tests {
    use super::*;
    use serde_json::json;

    fn colors() -> serde_json::Value {
        json!(["blue", "black", "brown"])
    }

    fn rgb() -> serde_json::Value {
        json!({ "R": 100, "G": 200, "B": 150 })
    }

    fn path(value: &serde_json::Value, style: Style) -> String {
        path_segment("color", value, style).unwrap()
    }

    fn query(value: &serde_json::Value, style: Style) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        query_pairs(&mut pairs, "color", value, style);
        pairs
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected.iter().map(|(name, value)| (name.to_string(), value.to_string())).collect()
    }

    // The examples are OpenAPI 3.1's "Style Examples" table.
    #[test]
    fn path_styles_write_the_spec_examples() {
        assert_eq!(path(&json!("blue"), Style::Simple { explode: false }), "blue");
        assert_eq!(path(&colors(), Style::Simple { explode: false }), "blue,black,brown");
        assert_eq!(path(&rgb(), Style::Simple { explode: false }), "R,100,G,200,B,150");
        assert_eq!(path(&rgb(), Style::Simple { explode: true }), "R=100,G=200,B=150");
        assert_eq!(path(&json!("blue"), Style::Label { explode: false }), ".blue");
        assert_eq!(path(&colors(), Style::Label { explode: false }), ".blue,black,brown");
        assert_eq!(path(&colors(), Style::Label { explode: true }), ".blue.black.brown");
        assert_eq!(path(&rgb(), Style::Label { explode: false }), ".R,100,G,200,B,150");
        assert_eq!(path(&rgb(), Style::Label { explode: true }), ".R=100.G=200.B=150");
        assert_eq!(path(&json!("blue"), Style::Matrix { explode: false }), ";color=blue");
        assert_eq!(path(&colors(), Style::Matrix { explode: false }), ";color=blue,black,brown");
        assert_eq!(path(&colors(), Style::Matrix { explode: true }), ";color=blue;color=black;color=brown");
        assert_eq!(path(&rgb(), Style::Matrix { explode: false }), ";color=R,100,G,200,B,150");
        assert_eq!(path(&rgb(), Style::Matrix { explode: true }), ";R=100;G=200;B=150");
        assert_eq!(path(&json!({ "a": [1] }), Style::Json), "%7B%22a%22%3A%5B1%5D%7D");
    }

    #[test]
    fn a_path_value_stays_one_segment() {
        assert_eq!(path(&json!("a/b?c#d e"), Style::Simple { explode: false }), "a%2Fb%3Fc%23d%20e");
        assert_eq!(path(&json!(["x,y", "z"]), Style::Simple { explode: false }), "x%2Cy,z");
        assert_eq!(path(&json!("ünï"), Style::Simple { explode: false }), "%C3%BCn%C3%AF");
        for value in ["", ".", ".."] {
            let Err(Error::InvalidRequest(message)) = path_segment("id", &value, Style::Simple { explode: false })
            else {
                panic!("{value:?} was written into a path");
            };
            assert!(message.contains("path parameter `id` may not be"), "{message}");
        }
    }

    #[test]
    fn query_styles_write_the_spec_examples() {
        let form = Style::Form { explode: false };
        let exploded = Style::Form { explode: true };
        assert_eq!(query(&json!("blue"), form), pairs(&[("color", "blue")]));
        assert_eq!(query(&colors(), form), pairs(&[("color", "blue,black,brown")]));
        assert_eq!(query(&colors(), exploded), pairs(&[("color", "blue"), ("color", "black"), ("color", "brown")]));
        assert_eq!(query(&rgb(), form), pairs(&[("color", "R,100,G,200,B,150")]));
        assert_eq!(query(&rgb(), exploded), pairs(&[("R", "100"), ("G", "200"), ("B", "150")]));
        assert_eq!(query(&colors(), Style::SpaceDelimited), pairs(&[("color", "blue black brown")]));
        assert_eq!(query(&colors(), Style::PipeDelimited), pairs(&[("color", "blue|black|brown")]));
        let deep = query(&rgb(), Style::DeepObject);
        assert_eq!(deep, pairs(&[("color[R]", "100"), ("color[G]", "200"), ("color[B]", "150")]));
        assert_eq!(query(&json!({ "a": 1 }), Style::Json), pairs(&[("color", r#"{"a":1}"#)]));
    }

    #[test]
    fn deep_objects_nest_depth_first_and_lists_repeat_their_key() {
        let value = json!({ "a": { "b": [1, 2], "c": null }, "d": "x" });
        let written = query(&value, Style::DeepObject);
        assert_eq!(written, pairs(&[("color[a][b]", "1"), ("color[a][b]", "2"), ("color[d]", "x")]));
    }

    #[test]
    fn absent_values_write_nothing() {
        assert_eq!(query(&json!(null), Style::Form { explode: true }), pairs(&[]));
        assert_eq!(query(&json!([null, "a"]), Style::Form { explode: true }), pairs(&[("color", "a")]));
        assert_eq!(query(&json!({ "x": null, "y": 1 }), Style::Form { explode: true }), pairs(&[("y", "1")]));
        // A list member is a pair per item, as in a form body; an object member its JSON.
        let nested = json!({ "tags": ["a", null, "b"], "at": {"x": 1} });
        assert_eq!(
            query(&nested, Style::Form { explode: true }),
            pairs(&[("tags", "a"), ("tags", "b"), ("at", "{\"x\":1}")])
        );
        let none: Option<u32> = None;
        assert_eq!(header_param("X-Id", &none, Style::Simple { explode: false }).unwrap(), None);
        let mut cookies = Vec::new();
        cookie_pair(&mut cookies, "session", &none, Style::Form { explode: false }).unwrap();
        assert!(cookies.is_empty());
    }

    #[test]
    fn a_whole_query_string_is_its_values_text_encoded() {
        let json = query_string("filter", &json!({"tags": [1, 2]}), false).unwrap();
        assert_eq!(json, "%7B%22tags%22%3A%5B1%2C2%5D%7D");
        let path = query_string("select", &"$.items[?@.price < 10]", false).unwrap();
        assert_eq!(path, "%24.items%5B%3F%40.price%20%3C%2010%5D");
        assert_eq!(query_string("terms", &"a=1&b=x y#z", true).unwrap(), "a=1&b=x%20y%23z");
    }

    #[test]
    fn headers_refuse_line_breaks() {
        let header = header_param("X-Tags", &["a", "b"], Style::Simple { explode: false }).unwrap().unwrap();
        assert_eq!(header, "a,b");
        let Err(Error::InvalidRequest(message)) =
            header_param("X-Id", &"a\r\nSet-Cookie: x", Style::Simple { explode: false })
        else {
            panic!("a line break was sent in a header");
        };
        assert!(message.contains("`X-Id`"), "{message}");
        assert!(sensitive_header("Authorization", "Bearer t").unwrap().is_sensitive());
    }

    #[test]
    fn a_cookie_value_cannot_start_another_cookie() {
        let mut cookies = Vec::new();
        cookie_pair(&mut cookies, "session", &"a; admin=1, b", Style::Form { explode: false }).unwrap();
        cookie_pair(&mut cookies, "ids", &[3, 4], Style::Form { explode: false }).unwrap();
        assert_eq!(cookies, ["session=a%3B%20admin%3D1%2C%20b", "ids=3,4"]);
    }

    #[test]
    fn values_are_written_in_their_wire_form() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        enum Order {
            NewestFirst,
        }
        assert_eq!(query(&json!(true), Style::Form { explode: true }), pairs(&[("color", "true")]));
        let request = reqwest::Client::new().get("http://127.0.0.1/items?kept=1");
        let params: [(&str, &dyn QueryValue, Style); 3] = [
            ("order", &Order::NewestFirst, Style::Form { explode: true }),
            ("page", &None::<i64>, Style::Form { explode: true }),
            ("ids", &[3, 4], Style::Form { explode: false }),
        ];
        let request = with_query(request, &params).unwrap().build().unwrap();
        assert_eq!(request.url().query(), Some("kept=1&order=NEWEST_FIRST&ids=3%2C4"));
    }
}
