//! The stages of the pipeline one at a time, for benchmarks and tools that time them;
//! [`Config`](crate::Config) runs them all. What a stage returns is opaque: it is only
//! good for the next stage. Each stage but the last takes its input by reference, so
//! it can be run again on the same input; `format` consumes the tokens as it lays them
//! out, so that they are not held twice (clone a [`Rendered`] to format it again).

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::render::RenderedFile;
use crate::{ApiSummary, GeneratedFile, ir, load};

/// A parsed, normalised spec.
pub struct Loaded {
    document: load::Document,
    diags: Diagnostics,
}

/// An API's types and operations, named and checked.
pub struct Resolved {
    api: ir::Api,
    diags: Diagnostics,
    spec_name: String,
}

/// The token streams of an API's files, not yet laid out.
#[derive(Clone)]
pub struct Rendered {
    files: Vec<RenderedFile>,
    diags: Diagnostics,
    summary: ApiSummary,
}

impl Rendered {
    /// What the API came to; `module` is empty (it belongs to the configuration).
    pub fn summary(&self) -> ApiSummary {
        self.summary.clone()
    }
}

/// Reads and parses a spec, converts Swagger 2.0 and brings 3.1 to one model.
pub fn load(spec: &Path) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new(spec);
    match load::load(spec, &mut diags) {
        Some(document) => Ok(Loaded { document, diags }),
        None => Err(diags.into_vec()),
    }
}

/// As [`load`], for a spec in memory; `name` decides the format by its extension
/// (`.json`, else YAML) and where referenced files are looked for.
pub fn load_bytes(name: &Path, bytes: &[u8]) -> Result<Loaded, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new(name);
    match load::load_bytes(name, bytes, &mut diags) {
        Some(document) => Ok(Loaded { document, diags }),
        None => Err(diags.into_vec()),
    }
}

/// Turns the document into the IR: every schema a type, every path an operation.
pub fn resolve(loaded: &Loaded) -> Result<Resolved, Vec<Diagnostic>> {
    let mut diags = loaded.diags.clone();
    let api = crate::resolve::resolve(&loaded.document, &mut diags);
    if diags.has_errors() {
        return Err(diags.into_vec());
    }
    let spec_name = diags.file().file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Resolved { api, diags, spec_name })
}

/// Gates operations and types by tag (a cargo feature each); returns the features,
/// with the tag each stands for.
pub fn gate_by_tag(resolved: &mut Resolved) -> std::collections::BTreeMap<String, String> {
    crate::features::gate_by_tag(&mut resolved.api)
}

/// Renders the API's files as tokens; `root` names the file that mounts them
/// (`mod.rs` in a library, `lib.rs` in a crate).
pub fn render(resolved: &Resolved, root: &'static str) -> Rendered {
    let api = &resolved.api;
    let summary = ApiSummary {
        module: String::new(),
        operations: api.operations.len(),
        types: api.types.len(),
        tag_features: Default::default(),
    };
    let files = crate::render::render_api(api, root, &resolved.spec_name);
    Rendered { files, diags: resolved.diags.clone(), summary }
}

/// Lays the tokens out as source files, with the warnings of every stage.
pub fn format(rendered: Rendered) -> Result<(Vec<GeneratedFile>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut diags = rendered.diags;
    let mut files = Vec::new();
    for file in rendered.files {
        match crate::write::format(file.tokens) {
            Ok(contents) => files.push(GeneratedFile { path: file.name.into(), contents }),
            Err(err) => diags.error("", format!("internal error: generated {} does not parse: {err}", file.name)),
        }
    }
    if diags.has_errors() {
        return Err(diags.into_vec());
    }
    Ok((files, diags.into_vec()))
}
