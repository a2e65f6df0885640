//! The stages of the pipeline one at a time, for benchmarks and tools that time them;
//! [`Config`](crate::Config) runs them all. What a stage returns is opaque: it is only
//! good for the next stage. Each stage but the last takes its input by reference, so
//! it can be run again on the same input; `format` consumes the tokens as it lays them
//! out, so that they are not held twice (clone a [`Rendered`] to format it again).
//! The generator itself runs the last two as one, [`render_and_format`].

use std::path::Path;

use proc_macro2::TokenStream;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::render::File;
pub use crate::render::{Layout, UsagePath};
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
    usage: Option<UsagePath>,
}

/// The token streams of an API's files, not yet laid out.
#[derive(Clone)]
pub struct Rendered {
    files: Vec<(&'static str, Vec<TokenStream>)>,
    /// Files that are not Rust: the samples the examples test reads.
    data: Vec<GeneratedFile>,
    diags: Diagnostics,
}

impl Resolved {
    /// Opens the API's docs with an example that reaches it at `usage`.
    pub fn with_usage_path(mut self, usage: UsagePath) -> Self {
        self.usage = Some(usage);
        self
    }

    /// What the API came to; `module` is empty (it belongs to the configuration).
    pub fn summary(&self) -> ApiSummary {
        ApiSummary {
            module: String::new(),
            title: self.api.title.clone(),
            operations: self.api.operations.len(),
            types: self.api.types.len(),
            tag_features: Default::default(),
        }
    }

    /// A standalone crate's `README.md`: what the crate is, and how to start.
    pub(crate) fn readme(&self) -> String {
        crate::render::crate_readme(&self.api, &self.spec_name, self.usage.as_ref())
    }

    /// The support helpers the API's code calls: a library's shared `support.rs` has
    /// those of all of its APIs.
    pub(crate) fn helpers(&self) -> crate::render::Helpers {
        crate::render::Helpers::of(&self.api)
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

pub use crate::resolve::{Options, SampleKinds};

/// Turns the document into the IR: every schema a type, every path an operation, and
/// the spec's examples as samples for the crate's test.
pub fn resolve(loaded: &Loaded) -> Result<Resolved, Vec<Diagnostic>> {
    resolve_with(loaded, Options::default())
}

/// As [`resolve`], with the user's `options`.
pub fn resolve_with(loaded: &Loaded, options: Options) -> Result<Resolved, Vec<Diagnostic>> {
    let mut diags = loaded.diags.clone();
    let api = crate::resolve::resolve(&loaded.document, options, &mut diags);
    if diags.has_errors() {
        return Err(diags.into_vec());
    }
    let spec_name = diags.file().file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Resolved { api, diags, spec_name, usage: None })
}

/// Gates operations and types by tag (a cargo feature each); returns the features,
/// with the tag each stands for.
pub fn gate_by_tag(resolved: &mut Resolved) -> std::collections::BTreeMap<String, String> {
    crate::features::gate_by_tag(&mut resolved.api)
}

/// Renders the API's files as tokens, laid out as `layout` says.
pub fn render(resolved: &Resolved, layout: Layout) -> Rendered {
    let files = File::all(layout, &resolved.api)
        .into_iter()
        .map(|file| {
            (
                file.name(),
                crate::render::render_file(&resolved.api, file, &resolved.spec_name, resolved.usage.as_ref()).collect(),
            )
        })
        .collect();
    Rendered { files, data: data_files(&resolved.api), diags: resolved.diags.clone() }
}

/// Lays the tokens out as source files, with the warnings of every stage.
pub fn format(rendered: Rendered) -> Result<(Vec<GeneratedFile>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let files = rendered.files.into_iter().map(|(name, tokens)| (name, crate::write::format(tokens))).collect();
    let (mut files, warnings) = finish(files, rendered.diags)?;
    files.extend(rendered.data);
    Ok((files, warnings))
}

/// [`render`] then [`format()`], each file on a thread of its own (the two large files,
/// models and client, take about as long each), and each laid out a few items at a time
/// as they are rendered, so that its tokens are never all held at once. Tokens cannot
/// cross threads: a file is laid out where it is rendered.
pub fn render_and_format(
    resolved: &Resolved,
    layout: Layout,
) -> Result<(Vec<GeneratedFile>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let api = &resolved.api;
    let files = std::thread::scope(|scope| {
        let waits: Vec<_> = File::all(layout, &resolved.api)
            .into_iter()
            .map(|file| {
                let work = move || {
                    crate::write::format(crate::render::render_file(
                        api,
                        file,
                        &resolved.spec_name,
                        resolved.usage.as_ref(),
                    ))
                };
                (file.name(), crate::thread::start(scope, work))
            })
            .collect();
        waits.into_iter().map(|(name, wait)| (name, wait())).collect()
    });
    let (mut files, warnings) = finish(files, resolved.diags.clone())?;
    files.extend(data_files(api));
    Ok((files, warnings))
}

/// The files that are not Rust: `examples.json`, when the API has samples.
fn data_files(api: &ir::Api) -> Vec<GeneratedFile> {
    if api.samples.is_empty() {
        return Vec::new();
    }
    vec![GeneratedFile { path: "examples.json".into(), contents: crate::render::samples_json(api) }]
}

/// The files, or every error if any file did not lay out.
fn finish(
    formatted: Vec<(&'static str, Result<String, syn::Error>)>,
    mut diags: Diagnostics,
) -> Result<(Vec<GeneratedFile>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut files = Vec::new();
    for (name, contents) in formatted {
        match contents {
            Ok(contents) => files.push(GeneratedFile { path: name.into(), contents }),
            Err(err) => diags.error("", format!("internal error: generated {name} does not parse: {err}")),
        }
    }
    if diags.has_errors() {
        return Err(diags.into_vec());
    }
    Ok((files, diags.into_vec()))
}

/// The IR of a spec given as YAML text, and its warnings: for the unit tests of
/// resolve and render. Panics on a spec with errors.
#[cfg(test)]
pub(crate) fn api_of(yaml: &str) -> (ir::Api, Vec<Diagnostic>) {
    let loaded = load_bytes(Path::new("spec.yaml"), yaml.as_bytes()).expect("the spec loads");
    let resolved = resolve(&loaded).expect("the spec resolves");
    (resolved.api, resolved.diags.into_vec())
}
