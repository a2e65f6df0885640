//! The stages of the pipeline one at a time, for benchmarks and tools that time them;
//! [`Config`](crate::Config) runs them all. What a stage returns is opaque: it is only
//! good for the next stage. Every stage reports to one [`Diagnostics`] sink, and a
//! stage that found errors returns [`Stopped`]: its problems are in the sink.
//!
//! Each stage but the last takes its input by reference, so it can be run again on
//! the same input (the sink says each problem once); `format` consumes the tokens as
//! it lays them out, so that they are not held twice (clone a [`Rendered`] to format
//! it again). The generator itself runs the last two as one, [`render_and_format`].

use std::path::{Path, PathBuf};

pub use crate::config::{ExampleEvidence, Layout, RenderOptions, ResolveOptions, SampleKinds, UsagePath};
use crate::diagnostic::DiagnosticKind;
pub use crate::diagnostic::Diagnostics;
use crate::render::{Chunk, File, Helpers, Input, Share};
use crate::{ApiSummary, GeneratedFile, ir, load};

/// A stage found errors, and they are in the [`Diagnostics`] it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

/// A parsed, normalised spec.
pub struct Loaded {
    document: load::Document,
}

impl Loaded {
    /// Writes the declarations a settings file makes for operations into them, as
    /// the extensions they stand for (`[pagination]` as `x-pagination`, `[streams]` as
    /// `x-stream-end-marker` and `x-stream-flag`); returns each `operationId` that names
    /// no operation, with its table.
    pub(crate) fn declare(&mut self, options: &ResolveOptions) -> Vec<(&'static str, String)> {
        let mut declared: std::collections::HashMap<&str, Vec<(&str, serde_json::Value)>> = Default::default();
        for (id, pagination) in &options.pagination {
            declared.entry(id).or_default().push((crate::resolve::PAGINATION, pagination.clone()));
        }
        for (id, stream) in &options.streams {
            // `false` is none, as `null` is in the spec.
            let value = |v: &serde_json::Value| {
                if *v == serde_json::Value::Bool(false) { serde_json::Value::Null } else { v.clone() }
            };
            let entries = declared.entry(id).or_default();
            entries.extend(stream.end_marker.as_ref().map(|v| ("x-stream-end-marker", value(v))));
            entries.extend(stream.flag.as_ref().map(|v| ("x-stream-flag", value(v))));
        }
        if declared.is_empty() {
            return Vec::new();
        }
        let spec = &mut self.document.spec;
        let items = spec.paths.paths.values_mut().filter_map(|item| match item {
            openapiv3::ReferenceOr::Item(item) => Some(item),
            openapiv3::ReferenceOr::Reference { .. } => None,
        });
        let fixed = items.flat_map(|item| {
            [&mut item.get, &mut item.put, &mut item.post, &mut item.delete]
                .into_iter()
                .chain([&mut item.options, &mut item.head, &mut item.patch, &mut item.trace])
                .flatten()
        });
        let others = self.document.additional_operations.iter_mut().map(|other| &mut other.operation);
        let mut found = std::collections::HashSet::new();
        for op in fixed.chain(others) {
            let Some(entries) = op.operation_id.as_deref().and_then(|id| declared.get(id)) else { continue };
            found.insert(op.operation_id.clone().unwrap_or_default());
            for (key, value) in entries {
                op.extensions.insert((*key).to_owned(), value.clone());
            }
        }
        let tables = options
            .pagination
            .keys()
            .map(|id| ("pagination", id))
            .chain(options.streams.keys().map(|id| ("streams", id)));
        tables.filter(|(_, id)| !found.contains(*id)).map(|(table, id)| (table, id.clone())).collect()
    }

    /// Every operation of the spec, as a selection of operations sees it.
    pub(crate) fn operations(&self) -> Vec<crate::config::Candidate<'_>> {
        let spec = &self.document.spec;
        let fixed = spec.paths.paths.iter().filter_map(|(path, item)| Some((path, item.as_item()?)));
        let fixed = fixed.flat_map(|(path, item)| item.iter().map(move |(_, op)| (path.as_str(), op)));
        let others = self.document.additional_operations.iter().map(|other| (other.path.as_str(), &other.operation));
        let operations = fixed.chain(others);
        operations
            .map(|(path, op)| crate::config::Candidate { path, id: op.operation_id.as_deref(), tags: &op.tags })
            .collect()
    }
}

/// An API's types and operations, named and checked.
pub struct Resolved {
    api: ir::Api,
    /// The support helpers its code calls.
    needs: Helpers,
}

/// The JSON an API's generated test decodes and encodes back, typed by its IR.
pub struct Samples {
    samples: Vec<ir::Sample>,
}

/// An API's files, not yet laid out.
#[derive(Clone)]
pub struct Rendered {
    files: Vec<(&'static str, Vec<Chunk>)>,
    /// Files that are not Rust: the samples the examples test reads.
    data: Vec<GeneratedFile>,
}

impl Resolved {
    /// What the API came to; `module` is empty (it belongs to the configuration).
    pub fn summary(&self) -> ApiSummary {
        ApiSummary {
            module: String::new(),
            title: self.api.title.clone(),
            operations: self.api.operations.len(),
            types: self.api.types.len(),
            tag_features: Default::default(),
            dependencies: self.api.dependencies.clone(),
        }
    }

    pub(crate) fn api(&self) -> &ir::Api {
        &self.api
    }

    pub(crate) fn into_api(self) -> ir::Api {
        self.api
    }

    pub(crate) fn needs(&self) -> &Helpers {
        &self.needs
    }

    /// What render reads of the API.
    fn input<'a>(&'a self, samples: &'a Samples, options: &'a RenderOptions) -> Input<'a> {
        Input { api: &self.api, samples: &samples.samples, needs: &self.needs, options }
    }
}

impl Loaded {
    /// The files the spec was read from: the spec, then each file a reference names.
    pub fn files(&self) -> &[std::path::PathBuf] {
        &self.document.files
    }
}

impl Samples {
    /// How many samples there are.
    pub fn len(&self) -> usize {
        self.samples.len()
    }

    pub fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }
}

/// Reads and parses a spec, converts Swagger 2.0 and brings 3.1 to one model. Its
/// problems are tied to `spec`.
pub fn load(spec: &Path, diags: &mut Diagnostics) -> Result<Loaded, Stopped> {
    load_with_overlays(spec, &[], diags)
}

/// As [`load`], with `overlays` (the Overlay Specification's documents) applied in
/// order to the spec as parsed; each one's problems are tied to it.
pub fn load_with_overlays(spec: &Path, overlays: &[PathBuf], diags: &mut Diagnostics) -> Result<Loaded, Stopped> {
    diags.reading(spec);
    load::load_with_overlays(spec, overlays, diags).map(|document| Loaded { document }).ok_or(Stopped)
}

/// As [`load`], for a spec in memory; `name` decides the format by its extension
/// (`.json`, else YAML) and where referenced files are looked for.
pub fn load_bytes(name: &Path, bytes: &[u8], diags: &mut Diagnostics) -> Result<Loaded, Stopped> {
    diags.reading(name);
    load::load_bytes(name, bytes, &[], diags).map(|document| Loaded { document }).ok_or(Stopped)
}

/// Turns the document into the IR: every schema a type, every path an operation.
pub fn resolve(loaded: &Loaded, options: &ResolveOptions, diags: &mut Diagnostics) -> Result<Resolved, Stopped> {
    // The sink may hold other specs' errors: only this stage's stop it.
    let before = diags.error_count();
    let api = crate::resolve::resolve(&loaded.document, options, diags);
    if diags.error_count() > before {
        return Err(Stopped);
    }
    let needs = Helpers::of(&api);
    Ok(Resolved { api, needs })
}

/// The samples of the API: the spec's examples (each checked against its schema) and,
/// as `options` asks, instances made from its schemas.
pub fn samples(loaded: &Loaded, resolved: &Resolved, options: &ResolveOptions, diags: &mut Diagnostics) -> Samples {
    samples_of_examples(loaded, resolved, examples(loaded), options, diags)
}

/// The spec's examples, each checked against its schema: the part of [`samples`] that
/// needs the document alone, to be worked out while [`resolve`] runs.
pub struct Examples(crate::samples::Checked);

/// The examples of a loaded spec, checked.
pub fn examples(loaded: &Loaded) -> Examples {
    Examples(crate::samples::check_examples(&loaded.document))
}

/// [`samples`], with the examples checked already.
pub fn samples_of_examples(
    loaded: &Loaded,
    resolved: &Resolved,
    examples: Examples,
    options: &ResolveOptions,
    diags: &mut Diagnostics,
) -> Samples {
    let samples = crate::samples::samples(&loaded.document, &resolved.api, examples.0, options.samples, diags);
    Samples { samples }
}

/// Gates operations and types by tag (a cargo feature each); returns the features,
/// with the tag each stands for.
pub fn gate_by_tag(resolved: &mut Resolved) -> std::collections::BTreeMap<String, crate::features::TagFeature> {
    crate::features::gate_by_tag(&mut resolved.api)
}

/// Renders the API's files as tokens, laid out as `options` says.
pub fn render(resolved: &Resolved, samples: &Samples, options: &RenderOptions) -> Rendered {
    let input = resolved.input(samples, options);
    let files = File::all(options.layout, input.api, input.samples)
        .into_iter()
        .map(|file| (file.name(), crate::render::render_file(input, file, file.whole(input.api)).collect()))
        .collect();
    Rendered { files, data: data_files(input.samples) }
}

/// Lays the tokens out as source files.
pub fn format(rendered: Rendered, diags: &mut Diagnostics) -> Result<Vec<GeneratedFile>, Stopped> {
    let files = rendered.files.into_iter().map(|(name, tokens)| (name, crate::write::format(tokens))).collect();
    let mut files = finish(files, diags)?;
    files.extend(rendered.data);
    Ok(files)
}

/// [`render`] then [`format()`], on a thread for each core: each file in shares of its
/// items (48 operations or types each), each share laid out a few items at a time as it is
/// rendered, so that its tokens are never all held at once, and the shares' text joined
/// in order. Tokens cannot cross threads: a share is formatted where it is rendered.
pub fn render_and_format(
    resolved: &Resolved,
    samples: &Samples,
    options: &RenderOptions,
    diags: &mut Diagnostics,
) -> Result<Vec<GeneratedFile>, Stopped> {
    let input = resolved.input(samples, options);
    let files = File::all(options.layout, input.api, input.samples);
    // The files of fixed parts first, as they are the longest shares; each file's
    // shares in order.
    let shares_of: Vec<Vec<Share>> = files.iter().map(|file| file.shares(input.api)).collect();
    let (whole, split): (Vec<_>, Vec<_>) = shares_of.iter().enumerate().partition(|(_, shares)| shares.len() == 1);
    let shares: Vec<(usize, Share)> = whole
        .into_iter()
        .chain(split)
        .flat_map(|(file, shares)| shares.iter().map(move |&share| (file, share)))
        .collect();
    // `examples.json` is written meanwhile, on a thread of its own.
    let (laid_out, data) = std::thread::scope(|scope| {
        let data = crate::thread::start(scope, || data_files(input.samples));
        (lay_out_shares(input, &files, &shares), data())
    });
    let mut texts: Vec<Vec<Result<String, syn::Error>>> = files.iter().map(|_| Vec::new()).collect();
    for ((file, _), text) in shares.iter().zip(laid_out) {
        texts[*file].push(text);
    }
    let join = |texts: Vec<Result<String, syn::Error>>| {
        texts.into_iter().try_fold(String::new(), |mut all, text| {
            crate::write::join_separated(&mut all, &text?);
            Ok(all)
        })
    };
    let formatted = files.iter().zip(texts).map(|(file, texts)| (file.name(), join(texts))).collect();
    let mut files = finish(formatted, diags)?;
    files.extend(data);
    Ok(files)
}

/// Each share rendered and laid out, by as many threads as the machine has cores, each
/// taking the next share not yet taken; the texts in the order of `shares`.
fn lay_out_shares(input: Input<'_>, files: &[File], shares: &[(usize, Share)]) -> Vec<Result<String, syn::Error>> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let next = &next;
    let work = move || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(&(file, share)) = shares.get(i) else { break done };
            done.push((i, crate::write::format(crate::render::render_file(input, files[file], share))));
        }
    };
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(shares.len());
    let mut texts: Vec<(usize, Result<String, syn::Error>)> = std::thread::scope(|scope| {
        let waits: Vec<_> = (0..threads).map(|_| crate::thread::start(scope, work)).collect();
        waits.into_iter().flat_map(|wait| wait()).collect()
    });
    texts.sort_by_key(|(i, _)| *i);
    texts.into_iter().map(|(_, text)| text).collect()
}

/// The document a spec was loaded into.
pub(crate) fn document(loaded: &Loaded) -> &load::Document {
    &loaded.document
}

/// Relaxes the members that the spec's own examples show absent or `null` against
/// their schemas (see [`ExampleEvidence`]), unless `options` say to ignore them: a
/// step of loading, between parsing and resolving.
pub fn relax_to_examples(loaded: &mut Loaded, options: &ResolveOptions, diags: &mut Diagnostics) {
    if options.example_evidence == ExampleEvidence::Relax {
        crate::samples::relax_to_examples(&mut loaded.document, diags);
    }
}

/// Every stage with the default options, on a spec in memory (`name` as for
/// [`load_bytes`]): a standalone crate's source files. For fuzzing and tests, which
/// tell the spec's problems from the generator's by their kind
/// ([`DiagnosticKind::Internal`]).
pub fn run_bytes(name: &Path, bytes: &[u8], diags: &mut Diagnostics) -> Result<Vec<GeneratedFile>, Stopped> {
    let options = ResolveOptions::default();
    let mut loaded = load_bytes(name, bytes, diags)?;
    relax_to_examples(&mut loaded, &options, diags);
    let resolved = resolve(&loaded, &options, diags)?;
    let samples = samples(&loaded, &resolved, &options, diags);
    render_and_format(&resolved, &samples, &RenderOptions::new(Layout::Crate, name), diags)
}

/// The files that are not Rust: `examples.json`, when the API has samples.
fn data_files(samples: &[ir::Sample]) -> Vec<GeneratedFile> {
    if samples.is_empty() {
        return Vec::new();
    }
    vec![GeneratedFile { path: "examples.json".into(), contents: crate::render::samples_json(samples) }]
}

/// The files, or every error if any file did not lay out.
fn finish(
    formatted: Vec<(&'static str, Result<String, syn::Error>)>,
    diags: &mut Diagnostics,
) -> Result<Vec<GeneratedFile>, Stopped> {
    let mut files = Vec::new();
    let mut stopped = false;
    for (name, contents) in formatted {
        match contents {
            Ok(contents) => files.push(GeneratedFile { path: name.into(), contents }),
            Err(err) => {
                let message = format!("internal error: generated {name} does not parse: {err}");
                diags.error(DiagnosticKind::Internal, "", message);
                stopped = true;
            }
        }
    }
    if stopped { Err(Stopped) } else { Ok(files) }
}

/// The IR of a spec given as YAML text, and its warnings: for the unit tests of
/// resolve and render. Panics on a spec with errors.
#[cfg(test)]
pub(crate) fn api_of(yaml: &str) -> (ir::Api, Vec<crate::Diagnostic>) {
    let mut diags = Diagnostics::default();
    let mut loaded = load_bytes(Path::new("spec.yaml"), yaml.as_bytes(), &mut diags).expect("the spec loads");
    relax_to_examples(&mut loaded, &ResolveOptions::default(), &mut diags);
    let resolved = resolve(&loaded, &ResolveOptions::default(), &mut diags).expect("the spec resolves");
    (resolved.api, diags.into_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::layout::tests::PRETTYPLEASE_ONLY;

    /// The files of a spec, rendered and laid out on this thread.
    fn laid_out(path: &Path) -> Vec<GeneratedFile> {
        let mut diags = Diagnostics::default();
        let bytes = std::fs::read(path).expect("the spec is read");
        let options = ResolveOptions::default();
        let mut loaded = load_bytes(path, &bytes, &mut diags).expect("the spec loads");
        relax_to_examples(&mut loaded, &options, &mut diags);
        let resolved = resolve(&loaded, &options, &mut diags).expect("the spec resolves");
        let samples = samples(&loaded, &resolved, &options, &mut diags);
        let rendered = render(&resolved, &samples, &RenderOptions::new(Layout::Crate, path));
        format(rendered, &mut diags).expect("the files lay out")
    }

    /// Every line the generator prints as source itself (`render::layout`) is laid out
    /// as prettyplease lays out the same source: each fixture and seed spec generated
    /// both ways is the same, byte for byte.
    #[test]
    fn source_printed_as_laid_out_is_what_prettyplease_lays_out() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut specs: Vec<PathBuf> = ["tests/fixtures/specs", "specs"]
            .iter()
            .flat_map(|dir| std::fs::read_dir(root.join(dir)).expect("the folder is read"))
            .map(|entry| entry.expect("the folder is read").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "yaml" || ext == "json"))
            .collect();
        specs.sort();
        assert!(specs.len() > 25, "{specs:?}");
        for spec in specs {
            let ours = laid_out(&spec);
            PRETTYPLEASE_ONLY.set(true);
            let theirs = laid_out(&spec);
            PRETTYPLEASE_ONLY.set(false);
            assert_eq!(ours.len(), theirs.len(), "{}", spec.display());
            for (ours, theirs) in ours.iter().zip(&theirs) {
                let first = ours.contents.lines().zip(theirs.contents.lines()).position(|(a, b)| a != b);
                let at = first.map(|i| ours.contents.lines().skip(i.saturating_sub(3)).take(8).collect::<Vec<_>>());
                assert!(
                    ours.contents == theirs.contents,
                    "{} {}: our lines differ from prettyplease's at line {first:?}:\n{}",
                    spec.display(),
                    ours.path.display(),
                    at.unwrap_or_default().join("\n")
                );
            }
        }
    }
}
