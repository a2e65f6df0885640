//! The normalised document into `openapiv3`'s types.
//!
//! `openapiv3` flattens extension maps into the document, its paths and its
//! components, and serde reads a flattened struct by first copying all of its input
//! (and loses the path of an error there). So the two large maps are read entry by
//! entry: nothing is copied whole, each error names its entry, and the paths are read
//! in runs by two cores, one of which reads the components first.

use crate::diagnostic::DiagnosticKind;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, PathItem, Paths, ReferenceOr};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::AdditionalOperation;
use crate::diagnostic::{Diagnostics, pointer_push};

/// Where an entry is, and what is wrong with it.
type Errors = Vec<(String, String)>;

/// What `deserialise` reads: the document as `openapiv3` types, and what they lack.
pub struct Read {
    pub spec: OpenAPI,
    pub additional_operations: Vec<AdditionalOperation>,
    pub webhooks: Vec<(String, PathItem)>,
}

/// The document as `openapiv3` types, or `None` with every entry at fault reported.
pub fn deserialise(doc: Value, diags: &mut Diagnostics) -> Option<Read> {
    let Value::Object(mut root) = doc else {
        diags.error(DiagnosticKind::Document, "", "not an OpenAPI document: the top level is not a mapping");
        return None;
    };
    // A map that is not an object stays in place, for the whole-document read to report.
    let paths = take_object(&mut root, "paths", Value::Object(Map::new()));
    let components = take_object(&mut root, "components", Value::Null);
    // 3.1's `webhooks`, which `openapiv3` would drop: path items, each one's
    // references to shared ones already followed by `normalise`.
    let webhooks = take_object(&mut root, "webhooks", Value::Null);
    if root.get("webhooks").is_some_and(|webhooks| !webhooks.is_null()) {
        let message = "not a valid OpenAPI document: `webhooks` is a mapping of names to path items";
        diags.error(DiagnosticKind::Document, "/webhooks", message);
        return None;
    }
    // The paths in runs, each taken by whichever core is free: another from the start,
    // this one once it has read the components. The runs wait in mutexes, not in the
    // job, which must be `Copy` (see `thread::start`).
    let had_paths = paths.is_some();
    let runs: Vec<Mutex<Map<String, Value>>> = runs_of(paths.unwrap_or_default()).into_iter().map(Mutex::new).collect();
    let next = AtomicUsize::new(0);
    let read_runs = || {
        let mut read = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(run) = runs.get(i) else { break read };
            let mut errors = Errors::new();
            let run = std::mem::take(&mut *run.lock().unwrap_or_else(PoisonError::into_inner));
            read.push((i, read_paths(run, &mut errors), errors));
        }
    };
    let ((spec, webhooks, mut errors), (paths, path_errors), (components, component_errors)) =
        std::thread::scope(|scope| {
            let other_runs = crate::thread::start(scope, read_runs);
            let mut component_errors = Errors::new();
            let components = components.map(|components| read_components(components, &mut component_errors));
            let mut errors = Errors::new();
            let spec = read_entry::<OpenAPI>(Value::Object(root), "", &mut errors);
            let webhooks: Vec<(String, PathItem)> = webhooks
                .into_iter()
                .flatten()
                .filter_map(|(name, item)| {
                    let item = read_entry(item, &pointer_push("/webhooks", &name), &mut errors)?;
                    Some((name, item))
                })
                .collect();
            let mut runs = read_runs();
            runs.extend(other_runs());
            runs.sort_by_key(|(i, _, _)| *i);
            let mut paths = Paths::default();
            let mut path_errors = Errors::new();
            for (_, run, errors) in runs {
                paths.paths.extend(run.paths);
                paths.extensions.extend(run.extensions);
                path_errors.extend(errors);
            }
            ((spec, webhooks, errors), (had_paths.then_some(paths), path_errors), (components, component_errors))
        });
    // In the order of a document: the top level, the paths, the components.
    errors.extend(path_errors);
    errors.extend(component_errors);
    if !errors.is_empty() {
        for (pointer, message) in errors {
            diags.error(DiagnosticKind::Document, pointer, format!("not a valid OpenAPI document: {message}"));
        }
        return None;
    }
    let mut spec = spec?;
    if let Some(paths) = paths {
        spec.paths = paths;
    }
    if let Some(components) = components {
        spec.components = Some(components);
    }
    let additional_operations = additional_operations(&mut spec.paths, diags)?;
    Some(Read { spec, additional_operations, webhooks })
}

/// The operations `v3_2` moved aside, read from where it left them.
fn additional_operations(paths: &mut Paths, diags: &mut Diagnostics) -> Option<Vec<AdditionalOperation>> {
    let mut errors = Errors::new();
    let mut additional = Vec::new();
    for (path, item) in paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        let Some(Value::Object(operations)) = item.extensions.shift_remove(super::v3_2::ADDITIONAL_OPERATIONS) else {
            continue;
        };
        for (method, operation) in operations {
            let at = super::v3_2::operation_pointer(&pointer_push("/paths", path), &method);
            if let Some(operation) = read_entry(operation, &at, &mut errors) {
                additional.push(AdditionalOperation { path: path.clone(), method, at, operation });
            }
        }
    }
    for (pointer, message) in &errors {
        diags.error(DiagnosticKind::Document, pointer, format!("not a valid OpenAPI document: {message}"));
    }
    errors.is_empty().then_some(additional)
}

/// Takes `root[key]` out if it is an object, leaving `placeholder` (or nothing, if null).
fn take_object(root: &mut Map<String, Value>, key: &str, placeholder: Value) -> Option<Map<String, Value>> {
    if !root.get(key).is_some_and(Value::is_object) {
        return None;
    }
    let taken = match placeholder {
        Value::Null => root.shift_remove(key),
        placeholder => root.insert(key.to_owned(), placeholder),
    };
    match taken {
        Some(Value::Object(map)) => Some(map),
        _ => None,
    }
}

/// The paths in runs of about a sixteenth each, in order.
fn runs_of(paths: Map<String, Value>) -> Vec<Map<String, Value>> {
    let size = paths.len().div_ceil(16).max(1);
    let mut runs = Vec::new();
    let mut run = Map::new();
    for (key, value) in paths {
        run.insert(key, value);
        if run.len() == size {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// As `openapiv3` reads them: keys starting with `/` are paths, `x-` keys are
/// extensions, other keys are ignored.
fn read_paths(map: Map<String, Value>, errors: &mut Errors) -> Paths {
    let mut paths = Paths::default();
    for (key, value) in map {
        if key.starts_with('/') {
            if let Some(item) = read_reference_or(value, &pointer_push("/paths", &key), errors) {
                paths.paths.insert(key, item);
            }
        } else if key.starts_with("x-") {
            paths.extensions.insert(key, value);
        }
    }
    paths
}

fn read_components(map: Map<String, Value>, errors: &mut Errors) -> Components {
    let mut components = Components::default();
    for (key, value) in map {
        let at = pointer_push("/components", &key);
        match key.as_str() {
            "schemas" => components.schemas = read_map(value, &at, errors),
            "responses" => components.responses = read_map(value, &at, errors),
            "parameters" => components.parameters = read_map(value, &at, errors),
            "examples" => components.examples = read_map(value, &at, errors),
            "requestBodies" => components.request_bodies = read_map(value, &at, errors),
            "headers" => components.headers = read_map(value, &at, errors),
            "securitySchemes" => components.security_schemes = read_map(value, &at, errors),
            "links" => components.links = read_map(value, &at, errors),
            "callbacks" => components.callbacks = read_map(value, &at, errors),
            _ if key.starts_with("x-") => {
                components.extensions.insert(key, value);
            }
            _ => {}
        }
    }
    components
}

/// A map of named entries, each read on its own.
fn read_map<T: DeserializeOwned>(value: Value, at: &str, errors: &mut Errors) -> IndexMap<String, ReferenceOr<T>> {
    match value {
        Value::Object(map) => map
            .into_iter()
            .filter_map(|(key, value)| {
                let entry = read_reference_or(value, &pointer_push(at, &key), errors)?;
                Some((key, entry))
            })
            .collect(),
        Value::Null => IndexMap::new(),
        other => {
            errors.push((at.to_owned(), format!("expected a mapping, found {}", kind(&other))));
            IndexMap::new()
        }
    }
}

/// A reference, or else the thing itself. `openapiv3` reads these as an untagged enum,
/// which would copy the entry and lose the path of an error in it.
fn read_reference_or<T: DeserializeOwned>(value: Value, at: &str, errors: &mut Errors) -> Option<ReferenceOr<T>> {
    if let Some(Value::String(reference)) = value.get("$ref") {
        return Some(ReferenceOr::Reference { reference: reference.clone() });
    }
    read_entry(value, at, errors).map(ReferenceOr::Item)
}

fn read_entry<T: DeserializeOwned>(value: Value, at: &str, errors: &mut Errors) -> Option<T> {
    serde_path_to_error::deserialize(value)
        .map_err(|err| errors.push((format!("{at}{}", json_pointer(err.path())), err.into_inner().to_string())))
        .ok()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a sequence",
        Value::Object(_) => "a mapping",
    }
}

fn json_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter().fold(String::new(), |pointer, segment| match segment {
        Segment::Seq { index } => pointer_push(&pointer, &index.to_string()),
        Segment::Map { key } => pointer_push(&pointer, key),
        Segment::Enum { .. } | Segment::Unknown => pointer,
    })
}
