//! Generates typed async Rust clients from OpenAPI specs (Swagger 2.0, OpenAPI 3.0
//! and 3.1).
//!
//! The pipeline, one stage per module, one data type between each:
//!
//! ```text
//! load     spec file  -> load::Document   (parsed, Swagger 2.0 and 3.1 brought to one model)
//! resolve  Document   -> ir::Api          (every decision: types, names, wire formats, samples)
//! features ir::Api    -> ir::Api          (optional: a cargo feature per tag)
//! render   ir::Api    -> token streams    (prints what the IR says; no policy of its own)
//! write    tokens     -> formatted files  (written only when their bytes change)
//! ```
//!
//! Where each concern lives:
//!
//! - `load/`: parsing (`yaml`, `deserialise`), other files (`external`), references
//!   into the document (`local_refs`), Swagger 2.0 (`swagger2`), 3.1 to one model
//!   (`normalise`) and the repairs of self-contradicting schemas (`repair`).
//! - `resolve/`: schemas (`node`) to types (`schema`, `keywords`, `composition` for `allOf`,
//!   `alternatives` for `oneOf`/`anyOf` and their tags, `unions`, `inheritance`),
//!   operations (`operation`, `parameters`, `bodies`, `responses`, `pagination`,
//!   `security`, `servers`; `fields` finds paths down a body), recursion (`cycles`),
//!   the samples the generated tests decode (`samples/`).
//! - `ir/`: the API (`mod`), its types (`types`) and operations (`operation`).
//! - `naming`: the one vocabulary of generated names, and the words render's fixed
//!   items take.
//! - `render/` mirrors the generated files: `types/` prints `types.rs` (`structs`,
//!   `enums`, `unions`), `client/` prints `client.rs` by part (`shell`, `auth`,
//!   `request`, `params`, `bodies`, `response`, `pagination`), `support` chooses the
//!   support code, `library` prints a library's `lib.rs`, `start` the "Start here"
//!   example that an API's docs and a crate's README open with, `examples` the
//!   samples test.
//! - The support code every client calls (retries, transport, parameter styles, error
//!   types, redaction) is plain Rust in the `client-support` crate beside this one,
//!   compiled and unit-tested there with every helper on; render prints the items an
//!   API needs, chosen by their `#[cfg(needs = "...")]` attributes.
//!
//! Render and write run per file, each file on a thread of its own, a few items at a
//! time: a large file is never held as tokens all at once.
//!
//! From a build script:
//!
//! ```no_run
//! codegen::Config::new()
//!     .api("playai", "specs/playai.yaml")
//!     .feature_gates(true)
//!     .write_library("generated")
//!     .unwrap();
//! ```

mod diagnostic;
mod features;
mod ir;
mod load;
mod naming;
pub mod pipeline;
mod render;
mod resolve;
mod thread;
mod write;

use std::fmt;
use std::path::{Path, PathBuf};

use pipeline::Layout;

pub use diagnostic::{Diagnostic, Severity};
pub use write::{GeneratedFile, WriteReport};

/// What to generate: one or more APIs, each from one spec.
#[derive(Debug, Clone, Default)]
pub struct Config {
    apis: Vec<ApiSource>,
    crate_name: Option<String>,
    feature_gates: bool,
    tag_features: bool,
    synthesised_samples: bool,
    short_method_names: bool,
}

#[derive(Debug, Clone)]
struct ApiSource {
    module: String,
    spec: PathBuf,
}

/// Generated files, in memory, and the warnings met on the way.
#[derive(Debug)]
pub struct Generated {
    pub files: Vec<GeneratedFile>,
    pub warnings: Vec<Diagnostic>,
    /// What each API came to, in the order the APIs were added.
    pub apis: Vec<ApiSummary>,
}

/// The size of one generated API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiSummary {
    pub module: String,
    /// The spec's `info.title`.
    pub title: String,
    pub operations: usize,
    pub types: usize,
    /// With [`Config::tag_features`]: each feature, with the tag it stands for.
    pub tag_features: std::collections::BTreeMap<String, String>,
}

impl Generated {
    /// Writes the files into `out_dir`, each atomically and only if its bytes changed.
    pub fn write(self, out_dir: impl AsRef<Path>) -> Result<Report, Failure> {
        let out_dir = out_dir.as_ref();
        match write::write_files(out_dir, &self.files) {
            Ok(write) => Ok(Report { write, warnings: self.warnings }),
            Err(err) => Err(failure(out_dir, &format!("cannot write the generated files: {err}"))),
        }
    }
}

/// What a successful write did.
#[derive(Debug)]
pub struct Report {
    pub write: WriteReport,
    pub warnings: Vec<Diagnostic>,
}

/// Generation failed; nothing was written. Holds every problem found, not just the first.
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        writeln!(f, "code generation failed with {errors} error(s):")?;
        for diagnostic in &self.diagnostics {
            writeln!(f, "  {diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

/// How the warning about an example that does not fit its own schema begins: the
/// spec's bug, which tools count apart from the generator's.
pub const BAD_EXAMPLE: &str = "the example does not fit its schema";

/// The first words of a standalone crate's `Cargo.toml`: what marks a folder as the
/// generator's own, which it may write over.
pub const GENERATED_MARKER: &str = "# @generated by codegen";

/// Dependencies of the generated code, as `Cargo.toml` lines.
pub const RUNTIME_DEPENDENCIES: &str = r#"bytes = "1.12.2"
chrono = { version = "0.4.45", default-features = false, features = ["serde", "std"] }
futures-util = { version = "0.3.34", default-features = false, features = ["std"] }
percent-encoding = "2.3.2"
reqwest = { version = "0.12", default-features = false, features = ["multipart", "rustls-tls", "stream"] }
serde = { version = "1.0.229", features = ["derive"] }
serde_json = { version = "1.0.154", features = ["preserve_order"] }
serde_path_to_error = "0.1.20"
serde_urlencoded = "0.7.1"
tokio = { version = "1.54.1", features = ["time"] }
uuid = { version = "1.29.3", features = ["serde"] }
"#;

impl Config {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an API: the spec at `spec` becomes the module `module`.
    pub fn api(mut self, module: impl Into<String>, spec: impl Into<PathBuf>) -> Self {
        self.apis.push(ApiSource { module: module.into(), spec: spec.into() });
        self
    }

    /// The name of the crate a library is compiled in (`agent-analytics`): each API
    /// module's docs open with an example that starts `use agent_analytics::playai::...`,
    /// compiled with the crate's doctests. Without it the example says `your_crate` and
    /// is marked `ignore`. A standalone crate knows its name.
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// Puts each API module of a library behind the cargo feature of the same name.
    pub fn feature_gates(mut self, on: bool) -> Self {
        self.feature_gates = on;
        self
    }

    /// In a standalone crate, puts each tag's operations (and the types only they use)
    /// behind a cargo feature named after the tag; all are on by default.
    pub fn tag_features(mut self, on: bool) -> Self {
        self.tag_features = on;
        self
    }

    /// Adds to each API's samples (the JSON its generated test decodes and encodes
    /// back, by default the spec's examples) instances made from every named schema:
    /// each alternative of a union, optional members present and absent, nullable ones
    /// `null`. For measuring the generator (`corpus --decode`), not for a user's crate.
    pub fn synthesised_samples(mut self, on: bool) -> Self {
        self.synthesised_samples = on;
        self
    }

    /// Names methods without the verbose parts of operation ids and summaries: a
    /// leading `get`, articles and possessives go (`Get an Artist's Top Tracks` is
    /// `artist_top_tracks`, not `get_an_artists_top_tracks`). Off by default: names
    /// then follow the spec's `operationId` exactly.
    pub fn short_method_names(mut self, on: bool) -> Self {
        self.short_method_names = on;
        self
    }

    /// Generates a library's files in memory: `lib.rs`, the `support.rs` its APIs share,
    /// and a folder per API.
    pub fn generate_library(&self) -> Result<Generated, Failure> {
        let crate_path = self.crate_name.as_deref().map(|name| name.replace('-', "_"));
        let path = |api: &ApiSource, _: &str| match &crate_path {
            Some(name) => pipeline::UsagePath { path: format!("{name}::{}", api.module), tested: true },
            None => pipeline::UsagePath { path: format!("your_crate::{}", api.module), tested: false },
        };
        let (mut generated, needs) =
            self.generate_apis(|api| PathBuf::from(&api.module), path, Layout::Module, false)?;
        let modules: Vec<render::LibraryModule> = self
            .apis
            .iter()
            .map(|api| render::LibraryModule {
                module: &api.module,
                feature: self.feature_gates.then_some(api.module.as_str()),
            })
            .collect();
        let needs = needs.iter().fold(render::Helpers::default(), |all, api| all.union(&api.needs));
        let root = [render::render_library_root(&modules, &needs)];
        let lib = write::format(root).map_err(|err| failure(Path::new("lib.rs"), &format!("internal error: {err}")))?;
        let support = write::format([render::render_support(&needs)])
            .map_err(|err| failure(Path::new("support.rs"), &format!("internal error: {err}")))?;
        generated.files.insert(0, GeneratedFile { path: "lib.rs".into(), contents: lib });
        generated.files.insert(1, GeneratedFile { path: "support.rs".into(), contents: support });
        Ok(generated)
    }

    /// Generates and writes a library into `out_dir`; see [`Config::generate_library`].
    pub fn write_library(&self, out_dir: impl AsRef<Path>) -> Result<Report, Failure> {
        self.generate_library()?.write(out_dir)
    }

    /// Generates a standalone crate in memory: `Cargo.toml`, `README.md` and `src/`.
    /// Takes the one API added. Without `crate_name`, the crate is named after the
    /// API's title (`Spotify Web API` is `spotify-web-api`), else the spec's file name.
    pub fn generate_crate(&self, crate_name: Option<&str>) -> Result<Generated, Failure> {
        let [source] = self.apis.as_slice() else {
            return Err(failure(Path::new(""), "a standalone crate is generated from exactly one spec"));
        };
        if let Some(name) = crate_name {
            let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                let message = format!("`{name}` is not a valid crate name: use ASCII letters, digits, `-` and `_`");
                return Err(failure(&source.spec, &message));
            }
        }
        let name_for = |title: &str| match crate_name {
            Some(name) => name.to_owned(),
            None => naming::crate_name_of_title(title)
                .or_else(|| naming::crate_name(&source.spec.file_stem().unwrap_or_default().to_string_lossy()))
                .unwrap_or_else(|| "api-client".to_owned()),
        };
        // The docs' example is marked `no_run`; the crate's doctests are off (spec text is
        // not Rust), so it is checked where this generator is tested.
        let path =
            |_: &ApiSource, title: &str| pipeline::UsagePath { path: name_for(title).replace('-', "_"), tested: true };
        let (mut generated, mut rest) =
            self.generate_apis(|_| PathBuf::from("src"), path, Layout::Crate, self.tag_features)?;
        let crate_name = name_for(&generated.apis[0].title);
        let mut features = String::new();
        let tags = &generated.apis[0].tag_features;
        if !tags.is_empty() {
            let all: Vec<String> = tags.keys().map(|f| format!("{f:?}")).collect();
            features = format!("[features]\ndefault = [{}]\n", all.join(", "));
            for (feature, tag) in tags {
                features.push_str(&format!("# The operations tagged {tag:?}.\n{feature:?} = []\n"));
            }
            features.push('\n');
        }
        let spec_name = source.spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let manifest = format!(
            "{GENERATED_MARKER} from {spec_name:?}: regenerate it rather than edit it.\n\
             [package]\nname = \"{crate_name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [lib]\n# Descriptions copied from the spec are documentation, not examples to compile.\ndoctest = false\n\n\
             {features}[dependencies]\n{RUNTIME_DEPENDENCIES}"
        );
        generated.files.insert(0, GeneratedFile { path: "Cargo.toml".into(), contents: manifest });
        if let Some(readme) = rest.pop().and_then(|api| api.readme) {
            generated.files.insert(1, GeneratedFile { path: "README.md".into(), contents: readme });
        }
        Ok(generated)
    }

    /// Generates and writes a standalone crate into `out_dir`; see [`Config::generate_crate`].
    pub fn write_crate(&self, out_dir: impl AsRef<Path>, crate_name: Option<&str>) -> Result<Report, Failure> {
        self.generate_crate(crate_name)?.write(out_dir)
    }

    /// Runs the pipeline for every API, collecting the problems of all of them; with
    /// the files, what else each API came to. `path` says where users reach an API,
    /// given its title.
    fn generate_apis(
        &self,
        folder: impl Fn(&ApiSource) -> PathBuf,
        path: impl Fn(&ApiSource, &str) -> pipeline::UsagePath,
        layout: Layout,
        tag_features: bool,
    ) -> Result<(Generated, Vec<ApiRest>), Failure> {
        let mut files = Vec::new();
        let mut diagnostics = Vec::new();
        let mut apis = Vec::new();
        let mut needs = Vec::new();
        for source in &self.apis {
            match self.generate_api(source, |title| path(source, title), layout, tag_features) {
                Ok(api) => {
                    let dir = folder(source);
                    files.extend(api.files.into_iter().map(|f| GeneratedFile { path: dir.join(f.path), ..f }));
                    diagnostics.extend(api.warnings);
                    apis.push(api.summary);
                    needs.push(api.rest);
                }
                Err(problems) => diagnostics.extend(problems),
            }
        }
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Err(Failure { diagnostics });
        }
        Ok((Generated { files, warnings: diagnostics, apis }, needs))
    }
}

/// What the pipeline made of one spec.
struct GeneratedApi {
    files: Vec<GeneratedFile>,
    warnings: Vec<Diagnostic>,
    summary: ApiSummary,
    rest: ApiRest,
}

/// What else an API came to, for the files around it.
struct ApiRest {
    /// The support helpers its code calls.
    needs: render::Helpers,
    /// A standalone crate's `README.md`.
    readme: Option<String>,
}

impl Config {
    /// load -> resolve -> render -> format, for one spec; `path` says where users
    /// reach the API, given its title.
    fn generate_api(
        &self,
        source: &ApiSource,
        path: impl Fn(&str) -> pipeline::UsagePath,
        layout: Layout,
        tag_features: bool,
    ) -> Result<GeneratedApi, Vec<Diagnostic>> {
        // The document is dropped once resolved, and the tokens are laid out as they
        // are made: on a large spec these are most of the memory.
        let loaded = pipeline::load(&source.spec)?;
        let samples =
            if self.synthesised_samples { pipeline::SampleKinds::All } else { pipeline::SampleKinds::Examples };
        let options = pipeline::Options { samples, short_method_names: self.short_method_names };
        let resolved = pipeline::resolve_with(&loaded, options)?;
        drop(loaded);
        let path = path(&resolved.summary().title);
        let mut resolved = resolved.with_usage_path(path);
        let tags = if tag_features { pipeline::gate_by_tag(&mut resolved) } else { Default::default() };
        let summary = ApiSummary { module: source.module.clone(), tag_features: tags, ..resolved.summary() };
        let readme = (layout == Layout::Crate).then(|| resolved.readme());
        let rest = ApiRest { needs: resolved.helpers(), readme };
        let (files, warnings) = pipeline::render_and_format(&resolved, layout)?;
        Ok(GeneratedApi { files, warnings, summary, rest })
    }
}

fn failure(file: &Path, message: &str) -> Failure {
    let mut diags = diagnostic::Diagnostics::new(file);
    diags.error("", message);
    Failure { diagnostics: diags.into_vec() }
}
