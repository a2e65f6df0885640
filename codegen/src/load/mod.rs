//! Stage 1: bytes to one normalised document.
//!
//! No parser crate reads real-world input as published (3.1 files with 3.0-style
//! `nullable`, type arrays, integer YAML keys, huge integers), so the bytes are read
//! into a `serde_json::Value`, brought to one model by [`normalise`], and only then
//! [`deserialise`]d into `openapiv3` types. Swagger 2.0 is first rewritten as 3.0 by
//! [`swagger2`]. References to the wrong kind of component are read as meant by
//! [`wrong_kind`].

mod deserialise;
mod external;
mod local_refs;
mod normalise;
#[cfg(feature = "overlays")]
mod overlay;
mod repair;
mod swagger2;
mod v3_2;
mod wrong_kind;
mod yaml;

use crate::diagnostic::DiagnosticKind;
use std::path::Path;

use serde_json::Value;

use crate::diagnostic::{Diagnostics, Position, pointer_push};

pub use normalise::{EXAMPLES, TUPLE};
pub use v3_2::{DEFAULT_MAPPING, DEPRECATED, QUERY_STRING, TAG_KEYS};

/// A spec read from disk, in the one model the rest of the pipeline understands.
#[derive(Debug)]
pub struct Document {
    pub spec: openapiv3::OpenAPI,
    /// The operations of methods `spec` has no field for (3.2's `QUERY` and
    /// `additionalOperations`), in the order of their paths.
    pub additional_operations: Vec<AdditionalOperation>,
    /// The `webhooks` section (3.1 and later), by name, in the document's order.
    pub webhooks: Vec<(String, openapiv3::PathItem)>,
    /// The files it was read from: the spec, then each file a reference names.
    pub files: Vec<std::path::PathBuf>,
}

/// An operation of a method the 3.0 model has no field for.
#[derive(Debug)]
pub struct AdditionalOperation {
    /// Its path, a key of `paths`.
    pub path: String,
    /// The method, as sent (`QUERY`).
    pub method: String,
    /// Where the document writes it.
    pub at: String,
    pub operation: openapiv3::Operation,
}

/// Reads, parses and normalises the spec at `path`, `overlays` applied in order to
/// the document as parsed. Problems go to `diags`; `None` means the document could
/// not be read at all.
pub fn load_with_overlays(path: &Path, overlays: &[std::path::PathBuf], diags: &mut Diagnostics) -> Option<Document> {
    match std::fs::read(path) {
        Ok(bytes) => load_bytes(path, &bytes, overlays, diags),
        Err(err) => {
            diags.error(DiagnosticKind::Read, "", format!("cannot read the spec: {err}"));
            None
        }
    }
}

/// As [`load_with_overlays`], for a spec already read; `path` still decides the
/// format (by its extension) and where referenced files are looked for.
pub fn load_bytes(
    path: &Path,
    bytes: &[u8],
    overlays: &[std::path::PathBuf],
    diags: &mut Diagnostics,
) -> Option<Document> {
    let (value, referenced) = prepare(path, bytes, overlays, diags)?;
    let deserialise::Read { spec, additional_operations, webhooks } = deserialise::deserialise(value, diags)?;
    let files = std::iter::once(path.to_path_buf()).chain(overlays.iter().cloned()).chain(referenced).collect();
    Some(Document { spec, additional_operations, webhooks, files })
}

/// The document as `openapiv3` can read it: parsed, its overlays applied, other
/// files' references brought in, Swagger 2.0 converted and 3.1 brought to the 3.0
/// shapes.
fn prepare(
    path: &Path,
    bytes: &[u8],
    overlays: &[std::path::PathBuf],
    diags: &mut Diagnostics,
) -> Option<(Value, Vec<std::path::PathBuf>)> {
    let mut value = parse(path, bytes, diags)?;
    for overlay in overlays {
        apply_overlay(&mut value, overlay, diags)?;
    }
    let version = check_version(&value, diags)?;
    if version == Version::OpenApi3_2 {
        v3_2::self_references(&mut value);
    }
    let referenced = external::resolve_external_refs(&mut value, path, diags);
    // Every later stage walks the document recursively: its depth is bounded here, once.
    if let Some(at) = deeper_than(&value, MAX_DEPTH) {
        diags.error(
            DiagnosticKind::Document,
            at,
            format!("the document nests more than {MAX_DEPTH} levels deep here (files inlined into files?)"),
        );
        return None;
    }
    local_refs::hoist(&mut value, version == Version::Swagger2);
    match version {
        Version::Swagger2 => swagger2::convert(&mut value, diags),
        Version::OpenApi3_2 => v3_2::lift(&mut value, diags),
        Version::OpenApi3 => {}
    }
    wrong_kind::repair(&mut value, diags);
    normalise::normalise(&mut value, diags);
    Some((value, referenced))
}

#[cfg(feature = "overlays")]
fn apply_overlay(doc: &mut Value, overlay: &Path, diags: &mut Diagnostics) -> Option<()> {
    overlay::apply(doc, overlay, diags)
}

/// Without the JSONPath engine, an overlay cannot be applied: said, not skipped.
#[cfg(not(feature = "overlays"))]
fn apply_overlay(_: &mut Value, overlay: &Path, diags: &mut Diagnostics) -> Option<()> {
    let message = "overlays are applied with the generator's cargo feature `overlays`: \
                   `codegen = { ..., default-features = false, features = [\"overlays\"] }`";
    diags.in_file(overlay, |diags| diags.error(DiagnosticKind::Config, "", message));
    None
}

/// How deep the loaded document may nest: twice what the parsers take from one file,
/// room for referenced files inlined into it.
const MAX_DEPTH: usize = 256;

/// The pointer to a value nested deeper than `limit`, if there is one. Depth first
/// with a stack of its own, since the value may be too deep to recurse into; the
/// pointer is made only when one is found.
fn deeper_than(value: &Value, limit: usize) -> Option<String> {
    type Children<'v> = Box<dyn Iterator<Item = (Token<'v>, &'v Value)> + 'v>;
    fn children(value: &Value) -> Children<'_> {
        match value {
            Value::Object(members) => Box::new(members.iter().map(|(key, v)| (Token::Key(key), v))),
            Value::Array(items) => Box::new(items.iter().enumerate().map(|(i, v)| (Token::Index(i), v))),
            _ => Box::new(std::iter::empty()),
        }
    }
    // Per level: the member that led there, and the children still to visit.
    let mut path: Vec<(Token, Children)> = vec![(Token::Index(0), children(value))];
    while let Some((_, next)) = path.last_mut() {
        match next.next() {
            Some((token, _)) if path.len() > limit => {
                let tokens = path.iter().skip(1).map(|(token, _)| *token).chain([token]);
                return Some(tokens.fold(String::new(), |at, token| match token {
                    Token::Key(key) => pointer_push(&at, key),
                    Token::Index(i) => pointer_push(&at, &i.to_string()),
                }));
            }
            Some((token, child)) => path.push((token, children(child))),
            None => {
                path.pop();
            }
        }
    }
    None
}

/// One step of a JSON pointer.
#[derive(Clone, Copy)]
enum Token<'v> {
    Key(&'v str),
    Index(usize),
}

fn parse(path: &Path, bytes: &[u8], diags: &mut Diagnostics) -> Option<Value> {
    let is_json = path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json"))
        || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    if is_json {
        return serde_json::from_slice(bytes)
            .map_err(|err| {
                let at = Position { line: err.line(), column: err.column() };
                diags.syntax_error(Some(at), format!("invalid JSON: {}", without_position(&err.to_string())))
            })
            .ok();
    }
    match yaml::from_slice(bytes) {
        Ok(value) => Some(value),
        Err(err) => {
            let at = err.location().map(|at| Position { line: at.line(), column: at.column() });
            diags.syntax_error(at, format!("invalid YAML: {}", without_position(&err.to_string())));
            None
        }
    }
}

/// A parser's message without its first ` at line L column C` (a later one, where a
/// flow began, stays): the diagnostic says where,
/// as every other does.
fn without_position(message: &str) -> String {
    let Some(at) = message.find(" at line ") else { return message.to_owned() };
    let rest = &message[at + " at line ".len()..];
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let after_line = &rest[digits(rest)..];
    match after_line.strip_prefix(" column ") {
        Some(column) => format!("{}{}", &message[..at], &column[digits(column)..]),
        None => message.to_owned(),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Version {
    Swagger2,
    /// 3.0 and 3.1.
    OpenApi3,
    OpenApi3_2,
}

fn check_version(value: &Value, diags: &mut Diagnostics) -> Option<Version> {
    let Some(root) = value.as_object() else {
        diags.error(DiagnosticKind::Document, "", "not an OpenAPI document: the top level is not a mapping");
        return None;
    };
    match (root.get("openapi"), root.get("swagger")) {
        (Some(Value::String(v)), _) if v.starts_with("3.0") || v.starts_with("3.1") => Some(Version::OpenApi3),
        (Some(Value::String(v)), _) if v.starts_with("3.2") => Some(Version::OpenApi3_2),
        (Some(other), _) => {
            diags.error(
                DiagnosticKind::Document,
                "/openapi",
                format!("unsupported OpenAPI version {other}; 3.0, 3.1 and 3.2 are read"),
            );
            None
        }
        (None, Some(Value::String(v))) if v == "2.0" => Some(Version::Swagger2),
        (None, Some(other)) => {
            diags.error(
                DiagnosticKind::Document,
                "/swagger",
                format!("unsupported Swagger version {other}; 2.0 is read"),
            );
            None
        }
        (None, None) => {
            diags.error(DiagnosticKind::Document, "", "not an OpenAPI document: it has no `openapi` field");
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(name: &str, text: &str) -> (Option<Document>, Vec<crate::Diagnostic>) {
        load_files(name, text, &[])
    }

    /// Loads `name` with `others` written next to it.
    fn load_files(name: &str, text: &str, others: &[(&str, &str)]) -> (Option<Document>, Vec<crate::Diagnostic>) {
        let dir = std::env::temp_dir().join(format!("codegen-load-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (other, other_text) in others {
            std::fs::write(dir.join(other), other_text).unwrap();
        }
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let mut diags = Diagnostics::new(&path);
        let doc = load_with_overlays(&path, &[], &mut diags);
        (doc, diags.into_vec())
    }

    #[test]
    fn yaml_integer_keys_and_huge_numbers_are_read() {
        let (doc, diags) = load_str(
            "huge.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\ncomponents:\n  schemas:\n    Big:\n      type: integer\n      minimum: -9223372036854776000\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let doc = doc.unwrap();
        assert_eq!(doc.spec.paths.paths.len(), 1);
    }

    #[test]
    fn a_document_nested_deeper_than_the_limit_is_found_with_its_pointer() {
        let nested =
            |depth: usize| (0..depth).fold(serde_json::json!(1), |inner, _| serde_json::json!({ "a": [inner] }));
        assert_eq!(deeper_than(&nested(100), MAX_DEPTH), None);
        let at = deeper_than(&nested(200), MAX_DEPTH).expect("400 levels is too deep");
        assert_eq!(at.matches('/').count(), MAX_DEPTH + 1, "{at}");
        assert!(at.starts_with("/a/0/a/0/"), "{at}");
    }

    #[test]
    fn broken_yaml_and_json_name_the_line_and_column_once() {
        let (doc, diags) = load_str("broken.yaml", "openapi: 3.1.0\ninfo: [unclosed\n");
        assert!(doc.is_none());
        assert_eq!(diags[0].position.map(|at| at.line), Some(3), "{diags:?}");
        assert!(diags[0].message.starts_with("invalid YAML: "), "{diags:?}");
        assert!(!diags[0].message.contains("line 3"), "said once, by the position: {diags:?}");
        let (_, diags) = load_str("broken.json", "{\"openapi\": \"3.1.0\",\n  \"info\": x}");
        assert_eq!(diags[0].position, Some(Position { line: 2, column: 11 }), "{diags:?}");
        assert_eq!(diags[0].location, "", "{diags:?}");
        assert!(diags[0].to_string().contains("broken.json:2:11: invalid JSON: expected value"), "{}", diags[0]);
    }

    #[test]
    fn a_document_without_openapi_field_is_rejected() {
        let (doc, diags) = load_str("none.json", r#"{"info": {}}"#);
        assert!(doc.is_none());
        assert!(diags[0].message.contains("no `openapi` field"), "{diags:?}");
    }

    #[test]
    fn openapi_3_2_is_read_and_a_later_version_refused() {
        let (doc, diags) = load_str("v32.yaml", "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert!(doc.is_some() && diags.is_empty(), "{diags:?}");
        let (doc, diags) = load_str("v33.yaml", "openapi: 3.3.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert!(doc.is_none());
        assert!(diags[0].message.contains("3.0, 3.1 and 3.2 are read"), "{diags:?}");
    }

    #[test]
    fn openapi_3_2_methods_without_a_field_are_read_and_fixed_ones_refused_there() {
        let text = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    query: {responses: {}}\n    \
                    additionalOperations:\n      COPY: {responses: {}}\n      POST: {responses: {}}\n      'BAD METHOD': {responses: {}}\n";
        let (doc, diags) = load_str("methods.yaml", text);
        let methods: Vec<(&str, &str)> =
            doc.as_ref().unwrap().additional_operations.iter().map(|o| (o.method.as_str(), o.at.as_str())).collect();
        assert_eq!(methods, [("QUERY", "/paths/~1a/query"), ("COPY", "/paths/~1a/additionalOperations/COPY")]);
        let refused: Vec<&str> = diags.iter().map(|d| d.location.as_str()).collect();
        assert_eq!(refused, ["/paths/~1a/additionalOperations/POST", "/paths/~1a/additionalOperations/BAD METHOD"]);
    }

    #[test]
    fn a_cookie_of_style_cookie_is_read_as_style_form_with_a_warning() {
        let text = "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      \
                    parameters: [{name: s, in: cookie, style: cookie, schema: {type: string}}]\n      responses: {}\n";
        let (doc, diags) = load_str("cookie.yaml", text);
        let op = doc.unwrap().spec.paths.paths["/a"].as_item().unwrap().get.clone().unwrap();
        let openapiv3::ReferenceOr::Item(openapiv3::Parameter::Cookie { style, .. }) = &op.parameters[0] else {
            panic!("{op:?}")
        };
        assert_eq!(*style, openapiv3::CookieStyle::Form);
        assert_eq!(diags[0].location, "/paths/~1a/get/parameters/0/style", "{diags:?}");
    }

    #[test]
    fn an_unknown_swagger_version_is_rejected() {
        let (doc, diags) = load_str("old.yaml", "swagger: '1.2'\ninfo: {title: t, version: '1'}\n");
        assert!(doc.is_none());
        assert!(diags[0].message.contains("unsupported Swagger version"), "{diags:?}");
    }

    #[test]
    fn a_top_level_list_is_not_a_document() {
        let (doc, diags) = load_str("list.json", "[1, 2]");
        assert!(doc.is_none());
        assert!(diags[0].message.contains("not an OpenAPI document"), "{diags:?}");
    }

    #[test]
    fn a_missing_external_file_is_reported_where_it_is_referred_to() {
        let (doc, diags) = load_str(
            "missing-ref.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'nowhere.yaml#/components/schemas/B'}\n",
        );
        assert!(doc.is_some());
        assert_eq!(diags[0].location, "/components/schemas/A/$ref", "{diags:?}");
        assert!(diags[0].message.contains("cannot read the referenced file"), "{diags:?}");
    }

    #[test]
    fn a_referenced_file_that_does_not_parse_is_named_as_where_the_error_is() {
        let (doc, diags) = load_files(
            "broken-ref.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'broken.yaml#/B'}\n",
            &[("broken.yaml", "B: {type: [string\n")],
        );
        assert!(doc.is_some());
        let [syntax, reference] = diags.as_slice() else { panic!("{diags:?}") };
        assert!(syntax.file.ends_with("broken.yaml"), "{diags:?}");
        assert_eq!(syntax.kind, DiagnosticKind::Read, "{diags:?}");
        assert_eq!(syntax.position.map(|at| at.line), Some(2), "{diags:?}");
        assert!(reference.file.ends_with("broken-ref.yaml"), "{diags:?}");
        assert_eq!(reference.location, "/components/schemas/A/$ref", "{diags:?}");
        assert_eq!(reference.kind, DiagnosticKind::Reference);
    }

    #[test]
    fn a_problem_in_an_imported_component_is_said_in_its_own_file() {
        let (doc, diags) = load_files(
            "imports.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'parts.yaml#/components/schemas/Status'}\n",
            &[("parts.yaml", "components:\n  schemas:\n    Status: {type: integer, enum: [open, closed]}\n")],
        );
        assert!(doc.is_some());
        let [repaired] = diags.as_slice() else { panic!("{diags:?}") };
        assert!(repaired.file.ends_with("parts.yaml"), "{repaired:?}");
        assert_eq!(repaired.location, "/components/schemas/Status", "{repaired:?}");
        assert_eq!(repaired.kind, DiagnosticKind::Repair);
    }

    #[test]
    fn references_in_example_data_are_data() {
        let (doc, diags) = load_files(
            "example-ref.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      example: {$ref: 'https://example.com/x'}\n      properties:\n        value: {$ref: 'b.yaml'}\n",
            &[("b.yaml", "type: string\n")],
        );
        assert!(diags.is_empty(), "{diags:?}");
        let schema = serde_json::to_value(&doc.unwrap().spec.components.unwrap().schemas["A"]).unwrap();
        assert_eq!(schema["properties"]["value"]["type"], "string", "{schema}");
        assert_eq!(schema["example"]["$ref"], "https://example.com/x");
    }

    #[test]
    fn remote_references_are_not_fetched() {
        let (_, diags) = load_str(
            "remote-ref.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'https://example.com/s.yaml'}\n",
        );
        assert!(diags[0].message.contains("only files next to the spec are read"), "{diags:?}");
    }

    #[test]
    fn a_file_that_inlines_itself_stops_with_an_error() {
        let (_, diags) = load_files(
            "self-ref.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'loop.yaml'}\n",
            &[("loop.yaml", "type: object\nproperties:\n  a: {$ref: 'loop.yaml'}\n  b: {$ref: 'loop.yaml'}\n")],
        );
        assert!(diags.iter().any(|d| d.message.contains("contains itself")), "{diags:?}");
    }

    #[test]
    fn a_bad_field_is_reported_with_its_pointer() {
        let (doc, diags) = load_str(
            "bad.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a/{b}:\n    get:\n      parameters: 7\n      responses: {}\n",
        );
        assert!(doc.is_none());
        assert_eq!(diags[0].location, "/paths/~1a~1{b}/get/parameters", "{diags:?}");
    }

    #[test]
    fn every_bad_entry_is_reported_not_only_the_first() {
        let (doc, diags) = load_str(
            "two.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: 7\n      responses: {}\ncomponents:\n  schemas:\n    B: {type: object, required: 5}\n",
        );
        assert!(doc.is_none());
        let locations: Vec<&str> = diags.iter().map(|d| d.location.as_str()).collect();
        // A schema is read through `#[serde(flatten)]`, where serde loses the path: the
        // entry is named, not the field.
        assert_eq!(locations, ["/paths/~1a/get/parameters", "/components/schemas/B"], "{diags:?}");
    }

    #[test]
    fn a_component_map_that_is_not_a_mapping_is_an_error() {
        let (doc, diags) = load_str(
            "list.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas: [1]\n",
        );
        assert!(doc.is_none());
        assert_eq!(diags[0].location, "/components/schemas", "{diags:?}");
        assert!(diags[0].message.contains("expected a mapping, found a sequence"), "{diags:?}");
    }

    #[test]
    fn references_and_extensions_are_kept_when_entries_are_read_one_by_one() {
        let (doc, diags) = load_str(
            "refs.yaml",
            "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  x-note: kept\n  /a:\n    get:\n      responses: {}\ncomponents:\n  x-owner: me\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {type: string}\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let spec = doc.unwrap().spec;
        assert_eq!(spec.paths.paths.len(), 1);
        assert_eq!(spec.paths.extensions["x-note"], "kept");
        let components = spec.components.unwrap();
        assert_eq!(components.extensions["x-owner"], "me");
        assert!(
            matches!(&components.schemas["A"], openapiv3::ReferenceOr::Reference { reference } if reference == "#/components/schemas/B")
        );
        assert!(matches!(components.schemas["B"], openapiv3::ReferenceOr::Item(_)));
    }
}
