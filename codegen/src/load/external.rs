//! `$ref`s to other files next to the spec, brought into the one document.
//!
//! A reference to a component of another file (`pet.yaml#/components/schemas/Pet`,
//! or `#/definitions/Pet` in Swagger 2.0) imports that component under its own name,
//! so it stays one named type however often it is used; any other reference (a whole
//! file, or some other pointer) is replaced by the value it points at. References
//! inside imported text are read relative to the file they were written in.
//! Only local files are read: nothing is fetched from the network.

use crate::diagnostic::DiagnosticKind;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::diagnostic::{Diagnostics, pointer_push, pointer_unescape};

/// How deep inlined files may nest.
const MAX_DEPTH: usize = 32;

/// How many references may be inlined in all: files that refer to each other many
/// times over would otherwise multiply without end.
const MAX_INLINED: usize = 10_000;

pub fn resolve_external_refs(doc: &mut Value, spec_path: &Path, diags: &mut Diagnostics) -> Vec<PathBuf> {
    if !has_external_ref(doc, false) {
        return Vec::new();
    }
    let mut imports = Imports {
        read: Vec::new(),
        files: HashMap::new(),
        imported: Vec::new(),
        keys: HashMap::new(),
        taken: component_names(doc),
        inlining: Vec::new(),
        inlined: 0,
        spec_dir: folder_of(spec_path),
    };
    imports.rewrite_in(doc, None, "", false, diags);
    // Imported components may refer to more components; import until none is new.
    let mut done = 0;
    while done < imports.imported.len() {
        let Import { section, name, mut value, file } = imports.imported[done].clone();
        let at = format!("{} (imported as /{section}/{name})", file.display());
        imports.rewrite_in(&mut value, Some(&file), &at, false, diags);
        imports.imported[done].value = value;
        done += 1;
    }
    for Import { section, name, value, .. } in imports.imported {
        let mut target = &mut *doc;
        for key in section.split('/') {
            target = ensure_object(target).entry(key).or_insert_with(|| Value::Object(Map::new()));
        }
        ensure_object(target).insert(name, value);
    }
    imports.read
}

/// Whether any `$ref` names another file.
fn has_external_ref(value: &Value, keys_are_names: bool) -> bool {
    match value {
        Value::Object(object) => {
            let external =
                !keys_are_names && object.get("$ref").and_then(Value::as_str).is_some_and(|r| !r.starts_with('#'));
            external
                || object
                    .iter()
                    .filter(|(key, _)| keys_are_names || !is_data(key))
                    .any(|(key, child)| has_external_ref(child, !keys_are_names && holds_names(key)))
        }
        Value::Array(items) => items.iter().any(|item| has_external_ref(item, false)),
        _ => false,
    }
}

/// Keywords whose values are example or literal data, where a `$ref` key is just data.
pub(super) fn is_data(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const" | "value") || key.starts_with("x-")
}

/// Keywords whose values are maps keyed by names the spec chose (a property may be
/// called `example`), not by keywords.
pub(super) fn holds_names(key: &str) -> bool {
    matches!(
        key,
        "properties"
            | "patternProperties"
            | "definitions"
            | "schemas"
            | "parameters"
            | "responses"
            | "requestBodies"
            | "headers"
            | "securitySchemes"
            | "links"
            | "callbacks"
            | "pathItems"
            | "paths"
            | "content"
            | "encoding"
            | "webhooks"
    )
}

/// The names already used in each component section of the main document.
fn component_names(doc: &Value) -> HashMap<String, Vec<String>> {
    let mut taken = HashMap::new();
    let sections = doc
        .get("components")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(kind, entries)| (format!("components/{kind}"), entries));
    let swagger =
        ["definitions", "parameters", "responses"].into_iter().filter_map(|s| Some((s.to_owned(), doc.get(s)?)));
    for (section, entries) in sections.chain(swagger) {
        let names = entries.as_object().into_iter().flatten().map(|(name, _)| name.clone()).collect();
        taken.insert(section, names);
    }
    taken
}

fn ensure_object(value: &mut Value) -> &mut Map<String, Value> {
    if !value.is_object() {
        *value = Value::Object(Map::new());
    }
    value.as_object_mut().expect("made an object above")
}

enum Followed {
    /// The reference now points at this local component.
    Import(String),
    /// The reference is replaced by this value.
    Inline(Value),
}

#[derive(Clone)]
struct Import {
    /// `components/schemas`, or a Swagger 2.0 section such as `definitions`.
    section: String,
    name: String,
    value: Value,
    file: PathBuf,
}

struct Imports {
    /// Every file a reference names, read or not (one that is missing may be made).
    read: Vec<PathBuf>,
    /// Parsed files, by canonical path.
    files: HashMap<PathBuf, Value>,
    imported: Vec<Import>,
    /// `file#section/name` to the local name it was imported as.
    keys: HashMap<String, String>,
    /// Names in each section, the main document's and the imported ones.
    taken: HashMap<String, Vec<String>>,
    /// The file and pointer of each inlining under way, to catch one that contains
    /// itself; its length is how deep inlined files nest.
    inlining: Vec<(PathBuf, String)>,
    inlined: usize,
    /// The folder of the main document, which its references are read from.
    spec_dir: PathBuf,
}

fn folder_of(file: &Path) -> PathBuf {
    file.parent().unwrap_or(Path::new(".")).to_path_buf()
}

impl Imports {
    /// Rewrites every `$ref` in `value`: file ones are imported or inlined. `local_file`
    /// is the file `value` was written in, when it is not the main document (whose own
    /// `#/...` references stay as they are); relative paths are read from its folder.
    /// `keys_are_names`: `value`'s keys are names (of properties, schemas, ...), so none
    /// of them is a keyword; else keywords holding example data are not looked into.
    fn rewrite_in(
        &mut self,
        value: &mut Value,
        local_file: Option<&Path>,
        at: &str,
        keys_are_names: bool,
        diags: &mut Diagnostics,
    ) {
        match value {
            Value::Object(object) => {
                if let (false, Some(Value::String(reference))) = (keys_are_names, object.get("$ref")) {
                    let reference = reference.clone();
                    let (file, pointer) = reference.split_once('#').unwrap_or((&reference, ""));
                    let file = match (file.is_empty(), local_file) {
                        (false, Some(local)) => Some(folder_of(local).join(file)),
                        (false, None) => Some(self.spec_dir.join(file)),
                        (true, Some(local)) => Some(local.to_path_buf()),
                        (true, None) => None,
                    };
                    if let Some(file) = file {
                        let at = pointer_push(at, "$ref");
                        match self.follow(&file, pointer, &at, diags) {
                            Some(Followed::Import(local)) => {
                                object.insert("$ref".into(), Value::String(local));
                            }
                            Some(Followed::Inline(inlined)) => *value = inlined,
                            None => {}
                        }
                        return;
                    }
                }
                for (key, child) in object.iter_mut().filter(|(key, _)| keys_are_names || !is_data(key)) {
                    let names = !keys_are_names && holds_names(key);
                    self.rewrite_in(child, local_file, &pointer_push(at, key), names, diags);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    let at = pointer_push(at, &i.to_string());
                    self.rewrite_in(item, local_file, &at, false, diags);
                }
            }
            _ => {}
        }
    }

    fn follow(&mut self, file: &Path, pointer: &str, at: &str, diags: &mut Diagnostics) -> Option<Followed> {
        if file.to_string_lossy().contains("://") {
            diags.error(
                DiagnosticKind::Reference,
                at,
                format!("`{}` is remote; only files next to the spec are read", file.display()),
            );
            return None;
        }
        if self.inlining.len() >= MAX_DEPTH {
            diags.error(
                DiagnosticKind::Reference,
                at,
                format!("references nest deeper than {MAX_DEPTH} files (a cycle through `{}`?)", file.display()),
            );
            return None;
        }
        if !self.read.iter().any(|read| read == file) {
            self.read.push(file.to_path_buf());
        }
        let canonical = match file.canonicalize() {
            Ok(path) => path,
            Err(err) => {
                diags.error(
                    DiagnosticKind::Reference,
                    at,
                    format!("cannot read the referenced file `{}`: {err}", file.display()),
                );
                return None;
            }
        };
        let document = self.load(&canonical, at, diags)?;
        let Some(target) = document.pointer(pointer).cloned() else {
            diags.error(DiagnosticKind::Reference, at, format!("`{pointer}` is not in `{}`", file.display()));
            return None;
        };
        let segments: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
        let section = match segments.as_slice() {
            ["components", kind, _] => Some(format!("components/{kind}")),
            ["definitions" | "parameters" | "responses", _] => Some(segments[0].to_owned()),
            _ => None,
        };
        match section {
            Some(section) => {
                let name = segments.last().map(|s| pointer_unescape(s)).unwrap_or_default();
                let local = self.import(section.clone(), name, target, &canonical);
                // A problem found in the component later is said where it is written.
                let here = pointer_push(&format!("/{section}"), &local);
                diags.written_at(&here, file, pointer);
                // Swagger 2.0's sections become components when the document is converted.
                let converted = match section.as_str() {
                    "definitions" => Some("/components/schemas"),
                    "parameters" => Some("/components/parameters"),
                    "responses" => Some("/components/responses"),
                    _ => None,
                };
                if let Some(converted) = converted {
                    diags.written_at(&pointer_push(converted, &local), file, pointer);
                }
                Some(Followed::Import(pointer_push(&format!("#/{section}"), &local)))
            }
            None => {
                let place = (canonical.clone(), pointer.to_owned());
                if self.inlining.contains(&place) {
                    let message = format!(
                        "`{}#{pointer}` contains itself, so it cannot be inlined; define it under `components` instead",
                        file.display()
                    );
                    diags.error(DiagnosticKind::Reference, at, message);
                    return None;
                }
                self.inlined += 1;
                if self.inlined > MAX_INLINED {
                    diags.error(
                        DiagnosticKind::Reference,
                        at,
                        format!("more than {MAX_INLINED} references to other files are inlined; stopping"),
                    );
                    return None;
                }
                self.inlining.push(place);
                let mut inlined = target;
                self.rewrite_in(&mut inlined, Some(&canonical), at, false, diags);
                self.inlining.pop();
                Some(Followed::Inline(inlined))
            }
        }
    }

    fn load(&mut self, path: &Path, at: &str, diags: &mut Diagnostics) -> Option<Value> {
        if let Some(document) = self.files.get(path) {
            return Some(document.clone());
        }
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(err) => {
                diags.error(
                    DiagnosticKind::Reference,
                    at,
                    format!("cannot read the referenced file `{}`: {err}", path.display()),
                );
                return None;
            }
        };
        // The parser's problem is said where it is, in the referenced file; the
        // reference that led there is said too.
        let Some(document) = diags.in_file(path, |diags| super::parse(path, &bytes, diags)) else {
            let message = format!("the referenced file `{}` is not YAML or JSON", path.display());
            diags.error(DiagnosticKind::Reference, at, message);
            return None;
        };
        self.files.insert(path.to_path_buf(), document.clone());
        Some(document)
    }

    /// The local name of a component from `file`, imported on first use. A name the
    /// document already uses for something else gets a number.
    fn import(&mut self, section: String, name: String, value: Value, file: &Path) -> String {
        let key = format!("{}#{section}/{name}", file.display());
        if let Some(local) = self.keys.get(&key) {
            return local.clone();
        }
        let taken = self.taken.entry(section.clone()).or_default();
        let local = (1..)
            .map(|i| if i == 1 { name.clone() } else { format!("{name}{i}") })
            .find(|candidate| !taken.contains(candidate))
            .expect("an unbounded list has a free name");
        taken.push(local.clone());
        self.imported.push(Import { section, name: local.clone(), value, file: file.to_path_buf() });
        self.keys.insert(key, local.clone());
        local
    }
}
