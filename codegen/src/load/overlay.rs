//! Overlays: the OpenAPI Initiative's Overlay Specification, 1.0, 1.1 and 1.2. An
//! overlay is an ordered list of actions, each an RFC 9535 JSONPath `target` and what
//! to do to the nodes it selects: `update` (merged in), `remove`, or (1.1) `copy` (a
//! node of the document merged in as an update would be). 1.2 adds reusable actions,
//! `components/actions`, which an action names by `$ref` and gives its own `target`.
//!
//! Overlays are applied to the document as parsed, before anything else reads it, so
//! they work alike on YAML and JSON, Swagger 2.0 and every OpenAPI 3 version: a
//! vendored spec stays as the vendor wrote it, and its fixes live beside it. The
//! JSONPath queries are `serde_json_path`'s, which implements RFC 9535 whole.

use std::path::Path;

use serde_json::{Map, Value};
use serde_json_path::JsonPath;

use crate::diagnostic::{DiagnosticKind, Diagnostics, pointer_push};

/// The Overlay versions read: their minor numbers (1.0, 1.1, 1.2).
const MINORS: [u64; 3] = [0, 1, 2];

/// Applies the overlay at `overlay` to `doc`. Its problems are said in its own file;
/// `None` when it cannot be applied (then `doc` may hold the actions before the one
/// at fault, and the load fails).
pub fn apply(doc: &mut Value, overlay: &Path, diags: &mut Diagnostics) -> Option<()> {
    let bytes = match std::fs::read(overlay) {
        Ok(bytes) => bytes,
        Err(err) => {
            diags.in_file(overlay, |diags| {
                diags.error(DiagnosticKind::Read, "", format!("cannot read the overlay: {err}"))
            });
            return None;
        }
    };
    let document = diags.in_file(overlay, |diags| super::parse(overlay, &bytes, diags))?;
    let actions = diags.in_file(overlay, |diags| actions(&document, diags))?;
    for action in actions {
        let written = diags.in_file(overlay, |diags| perform(doc, &action, diags))?;
        // A place the overlay added is written in the overlay: a problem there is said there.
        for (at, pointer) in written {
            diags.written_at(&at, overlay, &pointer);
        }
    }
    Some(())
}

/// One action, its reusable action (1.2) filled in, with where it is in the overlay.
struct Action {
    /// The overlay's pointer to it (`/actions/3`).
    at: String,
    /// Its `description`, for messages.
    description: Option<String>,
    target: String,
    kind: ActionKind,
}

enum ActionKind {
    /// The value to merge in, and the overlay's pointer to it.
    Update(Value, String),
    Remove,
    /// The JSONPath of the node to merge in.
    Copy(String),
    /// Neither: an action that changes nothing.
    Nothing,
}

/// The overlay's actions, checked: its version, `info`, and each action's fields.
fn actions(overlay: &Value, diags: &mut Diagnostics) -> Option<Vec<Action>> {
    let Some(root) = overlay.as_object() else {
        diags.error(DiagnosticKind::Document, "", "not an overlay: the top level is not a mapping");
        return None;
    };
    let version = root.get("overlay").and_then(Value::as_str);
    let minor = version.and_then(|version| {
        let mut parts = version.split('.');
        let (major, minor, patch) = (parts.next()?, parts.next()?, parts.next()?);
        let number = |part: &str| part.parse::<u64>().ok();
        (major == "1" && number(patch).is_some() && parts.next().is_none()).then_some(number(minor)?)
    });
    let Some(minor) = minor.filter(|minor| MINORS.contains(minor)) else {
        let found = version.map_or_else(|| "no `overlay` version".to_owned(), |v| format!("`overlay: {v}`"));
        let message = format!("{found}: the overlays read are of versions 1.0, 1.1 and 1.2 (`overlay: 1.2.0`)");
        diags.error(DiagnosticKind::Document, "/overlay", message);
        return None;
    };
    let info = root.get("info").and_then(Value::as_object);
    let titled = info.is_some_and(|info| info.get("title").is_some_and(Value::is_string));
    if !titled || !info.is_some_and(|info| info.get("version").is_some_and(Value::is_string)) {
        diags.error(DiagnosticKind::Document, "/info", "an overlay's `info` has a `title` and a `version`, strings");
        return None;
    }
    let Some(list) = root.get("actions").and_then(Value::as_array).filter(|list| !list.is_empty()) else {
        diags.error(DiagnosticKind::Document, "/actions", "an overlay has a list of one action or more");
        return None;
    };
    let reusable = root.get("components").and_then(|c| c.get("actions")).and_then(Value::as_object);
    if minor < 2 && root.contains_key("components") {
        let message = "`components` (reusable actions) are of Overlay 1.2: this overlay says 1.";
        diags.error(DiagnosticKind::Document, "/components", format!("{message}{minor}"));
        return None;
    }
    let mut actions = Vec::new();
    let mut valid = true;
    for (i, value) in list.iter().enumerate() {
        let at = pointer_push("/actions", &i.to_string());
        match action(value, &at, minor, reusable, diags) {
            Some(action) => actions.push(action),
            None => valid = false,
        }
    }
    valid.then_some(actions)
}

/// One action as its fields say, or its problems said.
fn action(
    value: &Value,
    at: &str,
    minor: u64,
    reusable: Option<&Map<String, Value>>,
    diags: &mut Diagnostics,
) -> Option<Action> {
    let Some(own) = value.as_object() else {
        diags.error(DiagnosticKind::Document, at, "an action is a mapping");
        return None;
    };
    // A reference to a reusable action (1.2): its fields, with this target and description.
    let (fields, fields_at) = match own.get("$ref") {
        None => (own, at.to_owned()),
        Some(reference) => {
            let at_ref = pointer_push(at, "$ref");
            if minor < 2 {
                let message =
                    format!("an action by `$ref` is a reusable action of Overlay 1.2: this overlay says 1.{minor}");
                diags.error(DiagnosticKind::Document, at_ref, message);
                return None;
            }
            let name = reference.as_str().and_then(|r| r.strip_prefix("#/components/actions/"));
            let name = name.map(crate::diagnostic::pointer_unescape);
            let found = name.as_ref().and_then(|name| Some((name, reusable?.get(name)?)));
            let Some((name, reused)) = found else {
                let keys = reusable.into_iter().flat_map(|actions| actions.keys());
                let hint = crate::resolve::did_you_mean(&reference.to_string(), "actions", keys);
                let message = format!("`$ref: {reference}` names no action of `components/actions`{hint}");
                diags.error(DiagnosticKind::Reference, at_ref, message);
                return None;
            };
            let fields_at = pointer_push(&pointer_push("/components/actions", name), "fields");
            match reused.get("fields").and_then(Value::as_object) {
                Some(fields) => (fields, fields_at),
                None => {
                    diags.error(DiagnosticKind::Document, fields_at, "a reusable action has its `fields`, a mapping");
                    return None;
                }
            }
        }
    };
    let field = |key: &str| own.get(key).or_else(|| fields.get(key));
    let target = match field("target").and_then(Value::as_str) {
        Some(target) if target.starts_with('$') => target.to_owned(),
        _ => {
            diags.error(
                DiagnosticKind::Document,
                pointer_push(at, "target"),
                "an action's `target` is a JSONPath, `$...`",
            );
            return None;
        }
    };
    let description = field("description").and_then(Value::as_str).map(str::to_owned);
    let remove = match fields.get("remove") {
        None => false,
        Some(Value::Bool(remove)) => *remove,
        Some(_) => {
            diags.error(DiagnosticKind::Document, pointer_push(&fields_at, "remove"), "`remove` is `true` or `false`");
            return None;
        }
    };
    let copy = fields.get("copy");
    if copy.is_some() && minor < 1 {
        let message = "`copy` is an action of Overlay 1.1 and later: this overlay says 1.0";
        diags.error(DiagnosticKind::Document, pointer_push(&fields_at, "copy"), message);
        return None;
    }
    // As the specification ranks them: a removal, else a copy, else an update.
    let kind = match (remove, copy, fields.get("update")) {
        (true, _, _) => ActionKind::Remove,
        (false, Some(Value::String(source)), _) => ActionKind::Copy(source.clone()),
        (false, Some(_), _) => {
            diags.error(DiagnosticKind::Document, pointer_push(&fields_at, "copy"), "`copy` is a JSONPath, a string");
            return None;
        }
        (false, None, Some(update)) => ActionKind::Update(update.clone(), pointer_push(&fields_at, "update")),
        (false, None, None) => ActionKind::Nothing,
    };
    Some(Action { at: at.to_owned(), description, target, kind })
}

/// One step of a node's place in the document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Index(usize),
    Key(String),
}

/// Performs one action on `doc`: the places it added (each with the overlay's pointer
/// to what it wrote there), or `None` when it cannot be done.
fn perform(doc: &mut Value, action: &Action, diags: &mut Diagnostics) -> Option<Vec<(String, String)>> {
    let what = match &action.description {
        Some(description) => format!("the action `{}`", description.trim()),
        None => "the action".to_owned(),
    };
    let places = select(doc, &action.target, &pointer_push(&action.at, "target"), diags)?;
    if places.is_empty() {
        let message =
            format!("{what} selects nothing in the spec (`{}`): did the spec change? It is skipped", action.target);
        diags.warn(DiagnosticKind::Overlay, pointer_push(&action.at, "target"), message);
        return Some(Vec::new());
    }
    let (value, value_at) = match &action.kind {
        ActionKind::Nothing => {
            let message = format!("{what} has no `update`, `copy` or `remove: true`: it changes nothing");
            diags.warn(DiagnosticKind::Overlay, &action.at, message);
            return Some(Vec::new());
        }
        ActionKind::Remove => {
            remove(doc, places, &action.at, diags)?;
            return Some(Vec::new());
        }
        ActionKind::Update(value, at) => (value.clone(), Some(at.clone())),
        ActionKind::Copy(source) => {
            let at = pointer_push(&action.at, "copy");
            let sources = select(doc, source, &at, diags)?;
            let [source] = sources.as_slice() else {
                let message = format!("`copy: {source}` selects {} nodes: it must select exactly one", sources.len());
                diags.error(DiagnosticKind::Overlay, at, message);
                return None;
            };
            (node(doc, source).cloned()?, None)
        }
    };
    let mut written = Vec::new();
    for place in places {
        let pointer = pointer_of(&place);
        let Some(node) = node_mut(doc, &place) else { continue };
        if let Err(why) = merge(node, &value, &pointer, value_at.as_deref(), &mut written) {
            diags.error(DiagnosticKind::Overlay, &action.at, format!("{what} cannot change `{pointer}`: {why}"));
            return None;
        }
    }
    Some(written)
}

/// The places `path` selects in `doc`, in document order, duplicates once.
fn select(doc: &Value, path: &str, at: &str, diags: &mut Diagnostics) -> Option<Vec<Vec<Step>>> {
    let query = match JsonPath::parse(path) {
        Ok(query) => query,
        Err(err) => {
            diags.error(DiagnosticKind::Overlay, at, format!("`{path}` is not an RFC 9535 JSONPath: {err}"));
            return None;
        }
    };
    let mut places: Vec<Vec<Step>> = Vec::new();
    for located in query.query_located(doc).iter() {
        let place: Vec<Step> = located
            .location()
            .iter()
            .map(|element| match element.as_index() {
                Some(index) => Step::Index(index),
                None => Step::Key(element.as_name().unwrap_or_default().to_owned()),
            })
            .collect();
        if !places.contains(&place) {
            places.push(place);
        }
    }
    Some(places)
}

fn node<'d>(doc: &'d Value, place: &[Step]) -> Option<&'d Value> {
    place.iter().try_fold(doc, |node, step| match step {
        Step::Index(i) => node.get(*i),
        Step::Key(key) => node.get(key),
    })
}

fn node_mut<'d>(doc: &'d mut Value, place: &[Step]) -> Option<&'d mut Value> {
    place.iter().try_fold(doc, |node, step| match step {
        Step::Index(i) => node.get_mut(*i),
        Step::Key(key) => node.get_mut(key),
    })
}

fn pointer_of(place: &[Step]) -> String {
    place.iter().fold(String::new(), |pointer, step| match step {
        Step::Index(i) => pointer_push(&pointer, &i.to_string()),
        Step::Key(key) => pointer_push(&pointer, key),
    })
}

/// Removes the selected nodes, the last first, so that removing an item of a list
/// leaves the places of those before it as they were.
fn remove(doc: &mut Value, mut places: Vec<Vec<Step>>, at: &str, diags: &mut Diagnostics) -> Option<()> {
    if places.iter().any(Vec::is_empty) {
        diags.error(DiagnosticKind::Overlay, pointer_push(at, "target"), "the whole document cannot be removed");
        return None;
    }
    places.sort();
    for mut place in places.into_iter().rev() {
        let last = place.pop()?;
        match (node_mut(doc, &place), last) {
            (Some(Value::Object(members)), Step::Key(key)) => {
                members.shift_remove(&key);
            }
            (Some(Value::Array(items)), Step::Index(i)) if i < items.len() => {
                items.remove(i);
            }
            // Inside a node already removed.
            _ => {}
        }
    }
    Some(())
}

/// Merges `value` into `node` as the specification says: an object's members into
/// an object (recursively), a list's items after a list's, any other value after a
/// list's items, a value in place of a scalar. Each member added is noted with the
/// overlay's pointer to it, when the value is written in the overlay.
fn merge(
    node: &mut Value,
    value: &Value,
    pointer: &str,
    written_at: Option<&str>,
    written: &mut Vec<(String, String)>,
) -> Result<(), String> {
    match (node, value) {
        (Value::Object(members), Value::Object(update)) => {
            for (key, value) in update {
                let here = pointer_push(pointer, key);
                let there = written_at.map(|at| pointer_push(at, key));
                match members.get_mut(key) {
                    Some(existing) => merge(existing, value, &here, there.as_deref(), written)?,
                    None => {
                        written.extend(there.map(|there| (here, there)));
                        members.insert(key.clone(), value.clone());
                    }
                }
            }
            Ok(())
        }
        (Value::Object(_), other) => Err(format!("an object is updated by an object, not {}", kind(other))),
        (Value::Array(items), Value::Array(more)) => {
            items.extend(more.iter().cloned());
            Ok(())
        }
        (Value::Array(items), one) => {
            items.push(one.clone());
            Ok(())
        }
        (scalar, Value::Object(_) | Value::Array(_)) => {
            Err(format!("{} is updated by a scalar, not {}", kind(scalar), kind(value)))
        }
        (scalar, value) => {
            *scalar = value.clone();
            Ok(())
        }
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// `doc` with the overlay `text` (YAML) applied, and what was said.
    fn overlaid(doc: Value, text: &str) -> (Option<Value>, Vec<String>) {
        let dir = std::env::temp_dir().join(format!("codegen-overlay-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let name = format!("{:x}.overlay.yaml", text.len() * 31 + text.bytes().map(usize::from).sum::<usize>());
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        let mut doc = doc;
        let mut diags = Diagnostics::new(Path::new("spec.yaml"));
        let applied = apply(&mut doc, &path, &mut diags);
        let said = diags
            .iter()
            .map(|d| format!("{}: {}: {}", d.file.file_name().unwrap().to_string_lossy(), d.location, d.message));
        let said = said.map(|line| line.replace(path.file_name().unwrap().to_str().unwrap(), "overlay")).collect();
        (applied.map(|()| doc), said)
    }

    fn petstore() -> Value {
        json!({
            "openapi": "3.1.0",
            "info": {"title": "Pets", "version": "1"},
            "tags": [{"name": "pets"}],
            "paths": {
                "/pets": {
                    "get": {"tags": ["pets"], "parameters": [{"name": "limit", "in": "query"}], "responses": {}},
                    "post": {"tags": ["pets"], "x-internal": true, "responses": {}},
                },
                "/items": {"get": {"summary": "Items", "responses": {}}},
            },
        })
    }

    #[test]
    fn an_update_merges_objects_concatenates_lists_and_replaces_scalars() {
        let overlay = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
                       - target: $.info\n  update: {title: Pets fixed, x-logo: {url: a.png}}\n\
                       - target: $.tags\n  update: {name: dogs}\n\
                       - target: $.paths['/pets'].get.parameters\n  update: [{name: offset, in: query}]\n";
        let (doc, said) = overlaid(petstore(), overlay);
        let doc = doc.unwrap();
        assert!(said.is_empty(), "{said:?}");
        assert_eq!(doc["info"], json!({"title": "Pets fixed", "version": "1", "x-logo": {"url": "a.png"}}));
        assert_eq!(doc["tags"], json!([{"name": "pets"}, {"name": "dogs"}]), "an object is appended to a list");
        assert_eq!(doc["paths"]["/pets"]["get"]["parameters"][1]["name"], "offset", "a list is concatenated");
    }

    #[test]
    fn a_filter_selects_and_remove_takes_out_in_any_order() {
        let overlay = "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions:\n\
                       - target: $.paths.*[?@['x-internal'] == true]\n  remove: true\n\
                       - target: $.paths.*.*.tags[?@ == 'pets']\n  remove: true\n";
        let (doc, said) = overlaid(petstore(), overlay);
        let doc = doc.unwrap();
        assert!(said.is_empty(), "{said:?}");
        assert!(doc["paths"]["/pets"].get("post").is_none(), "{doc}");
        assert_eq!(doc["paths"]["/pets"]["get"]["tags"], json!([]));
    }

    #[test]
    fn a_copy_merges_a_node_of_the_document_and_with_a_remove_moves_it() {
        let overlay = "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions:\n\
                       - target: $.paths\n  update: {/goods: {}}\n\
                       - target: $.paths['/goods']\n  copy: $.paths['/items']\n\
                       - target: $.paths['/items']\n  remove: true\n";
        let (doc, said) = overlaid(petstore(), overlay);
        let doc = doc.unwrap();
        assert!(said.is_empty(), "{said:?}");
        assert_eq!(doc["paths"]["/goods"]["get"]["summary"], "Items");
        assert!(doc["paths"].get("/items").is_none());
    }

    #[test]
    fn a_reusable_action_of_1_2_takes_the_target_of_its_reference() {
        let overlay = "overlay: 1.2.0\n$self: https://example.com/pets.overlay.yaml\ninfo: {title: t, version: '1'}\n\
                       components:\n  actions:\n    paged:\n      fields:\n        description: Adds paging\n\
                       \x20       update: {x-paged: true}\n\
                       actions:\n- $ref: '#/components/actions/paged'\n  target: $.paths['/pets'].get\n\
                       - $ref: '#/components/actions/paged'\n  target: $.paths['/items'].get\n";
        let (doc, said) = overlaid(petstore(), overlay);
        let doc = doc.unwrap();
        assert!(said.is_empty(), "{said:?}");
        assert_eq!(doc["paths"]["/pets"]["get"]["x-paged"], true);
        assert_eq!(doc["paths"]["/items"]["get"]["x-paged"], true);
    }

    #[test]
    fn a_target_that_selects_nothing_is_a_warning_naming_the_action() {
        let overlay = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
                       - target: $.paths['/orders']\n  description: Fix orders\n  update: {x-a: 1}\n";
        let (doc, said) = overlaid(petstore(), overlay);
        assert_eq!(doc.unwrap(), petstore());
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].starts_with("overlay: /actions/0/target: the action `Fix orders` selects nothing"), "{said:?}");
    }

    #[test]
    fn an_invalid_overlay_is_an_error_in_its_own_file_with_its_place() {
        let cases = [
            (
                "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, update: {}}]\n",
                "/overlay",
                "versions 1.0, 1.1 and 1.2",
            ),
            (
                "overlay: 1.0.0\ninfo: {title: t}\nactions: [{target: $, update: {}}]\n",
                "/info",
                "`title` and a `version`",
            ),
            ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n", "/actions", "one action or more"),
            (
                "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$.paths[', update: {}}]\n",
                "/actions/0/target",
                "not an RFC 9535 JSONPath",
            ),
            (
                "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, copy: $.tags}]\n",
                "/actions/0/copy",
                "Overlay 1.1 and later",
            ),
            (
                "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, copy: $.paths.*}]\n",
                "/actions/0/copy",
                "selects 2 nodes",
            ),
            (
                "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info, update: [1]}]\n",
                "/actions/0",
                "updated by an object, not a list",
            ),
            (
                "overlay: 1.2.0\ninfo: {title: t, version: '1'}\nactions: [{$ref: '#/components/actions/none', target: $}]\n",
                "/actions/0/$ref",
                "names no action",
            ),
            (
                "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]\n",
                "/actions/0/target",
                "whole document",
            ),
        ];
        for (overlay, at, message) in cases {
            let (doc, said) = overlaid(petstore(), overlay);
            assert!(doc.is_none(), "{overlay}");
            let expected = format!("overlay: {at}: ");
            assert!(
                said.iter().any(|line| line.starts_with(&expected) && line.contains(message)),
                "{overlay}: {said:?}"
            );
        }
    }

    #[test]
    fn a_member_an_overlay_adds_is_written_in_the_overlay() {
        let dir = std::env::temp_dir().join(format!("codegen-overlay-written-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("fix.overlay.yaml");
        let overlay =
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n- target: $.info\n  update: {x-new: {a: 1}}\n";
        std::fs::write(&path, overlay).unwrap();
        let mut doc = petstore();
        let mut diags = Diagnostics::new(Path::new("spec.yaml"));
        apply(&mut doc, &path, &mut diags).unwrap();
        diags.warn(DiagnosticKind::Unsupported, "/info/x-new/a", "odd");
        diags.warn(DiagnosticKind::Unsupported, "/info/title", "odd");
        let places: Vec<(String, String)> =
            diags.iter().map(|d| (d.file.to_string_lossy().into_owned(), d.location.clone())).collect();
        assert_eq!(places[0], (path.to_string_lossy().into_owned(), "/actions/0/update/x-new/a".to_owned()));
        assert_eq!(places[1], ("spec.yaml".to_owned(), "/info/title".to_owned()), "the spec's own place stays");
    }
}
