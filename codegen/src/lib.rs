//! Generates typed async Rust clients from OpenAPI 3.0 and 3.1 specs.
//!
//! The pipeline, one stage per module, one data type between each:
//!
//! ```text
//! load     spec file  -> load::Document   (parsed, 3.1 brought to one model)
//! resolve  Document   -> ir::Api          (types, operations, names, diagnostics)
//! features ir::Api    -> ir::Api          (optional: a cargo feature per tag)
//! render   ir::Api    -> token streams    (models, client, support code)
//! write    tokens     -> formatted files  (written only when their bytes change)
//! ```
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

pub use diagnostic::{Diagnostic, Severity};
pub use write::{GeneratedFile, WriteReport};

/// What to generate: one or more APIs, each from one spec.
#[derive(Debug, Clone, Default)]
pub struct Config {
    apis: Vec<ApiSource>,
    feature_gates: bool,
    tag_features: bool,
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

/// Dependencies of the generated code, as `Cargo.toml` lines.
pub const RUNTIME_DEPENDENCIES: &str = r#"bytes = "1.12.2"
chrono = { version = "0.4.45", default-features = false, features = ["serde", "std"] }
futures-util = { version = "0.3.34", default-features = false, features = ["std"] }
percent-encoding = "2.3.2"
reqwest = { version = "0.12", default-features = false, features = ["multipart", "rustls-tls", "stream"] }
serde = { version = "1.0.229", features = ["derive"] }
serde_json = "1.0.154"
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

    /// Generates a library's files in memory: `lib.rs`, and a folder per API.
    pub fn generate_library(&self) -> Result<Generated, Failure> {
        let mut generated = self.generate_apis(|api| PathBuf::from(&api.module), "mod.rs", false)?;
        generated.files.insert(0, GeneratedFile { path: "lib.rs".into(), contents: self.library_root()? });
        Ok(generated)
    }

    /// Generates and writes a library into `out_dir`; see [`Config::generate_library`].
    pub fn write_library(&self, out_dir: impl AsRef<Path>) -> Result<Report, Failure> {
        self.generate_library()?.write(out_dir)
    }

    /// Generates a standalone crate in memory: `Cargo.toml` and `src/`. Takes the one API added.
    pub fn generate_crate(&self, crate_name: &str) -> Result<Generated, Failure> {
        if self.apis.len() != 1 {
            return Err(failure(Path::new(""), "a standalone crate is generated from exactly one spec"));
        }
        let valid_name = crate_name.starts_with(|c: char| c.is_ascii_alphabetic())
            && crate_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_name {
            let message = format!("`{crate_name}` is not a valid crate name: use ASCII letters, digits, `-` and `_`");
            return Err(failure(&self.apis[0].spec, &message));
        }
        let mut generated = self.generate_apis(|_| PathBuf::from("src"), "lib.rs", self.tag_features)?;
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
        let manifest = format!(
            "[package]\nname = \"{crate_name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
             [lib]\n# Descriptions copied from the spec are documentation, not examples to compile.\ndoctest = false\n\n\
             {features}[dependencies]\n{RUNTIME_DEPENDENCIES}"
        );
        generated.files.insert(0, GeneratedFile { path: "Cargo.toml".into(), contents: manifest });
        Ok(generated)
    }

    /// Generates and writes a standalone crate into `out_dir`.
    pub fn write_crate(&self, out_dir: impl AsRef<Path>, crate_name: &str) -> Result<Report, Failure> {
        self.generate_crate(crate_name)?.write(out_dir)
    }

    /// Runs the pipeline for every API, collecting the problems of all of them.
    fn generate_apis(
        &self,
        folder: impl Fn(&ApiSource) -> PathBuf,
        root: &'static str,
        tag_features: bool,
    ) -> Result<Generated, Failure> {
        let mut files = Vec::new();
        let mut diagnostics = Vec::new();
        let mut apis = Vec::new();
        for source in &self.apis {
            match generate_api(source, root, tag_features) {
                Ok((api_files, warnings, summary)) => {
                    let dir = folder(source);
                    files.extend(api_files.into_iter().map(|f| GeneratedFile { path: dir.join(f.path), ..f }));
                    diagnostics.extend(warnings);
                    apis.push(summary);
                }
                Err(problems) => diagnostics.extend(problems),
            }
        }
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            return Err(Failure { diagnostics });
        }
        Ok(Generated { files, warnings: diagnostics, apis })
    }

    fn library_root(&self) -> Result<String, Failure> {
        let modules = self.apis.iter().map(|api| {
            let name = render::module_ident(&api.module);
            let feature = api.module.as_str();
            let gate = self.feature_gates.then(|| quote::quote! { #[cfg(feature = #feature)] });
            // Generated files are laid out by prettyplease; rustfmt would fight it.
            quote::quote! { #gate #[rustfmt::skip] pub mod #name; }
        });
        let tokens = quote::quote! {
            //! Typed clients generated from the specs in `specs/`; regenerated by `build.rs`.
            #(#modules)*
        };
        write::format([tokens]).map_err(|err| failure(Path::new("lib.rs"), &format!("internal error: {err}")))
    }
}

/// load -> resolve -> render -> format, for one spec.
fn generate_api(
    source: &ApiSource,
    root: &'static str,
    tag_features: bool,
) -> Result<(Vec<GeneratedFile>, Vec<Diagnostic>, ApiSummary), Vec<Diagnostic>> {
    // The document is dropped once resolved, and the tokens are laid out as they are
    // made: on a large spec these are most of the memory.
    let loaded = pipeline::load(&source.spec)?;
    let mut resolved = pipeline::resolve(&loaded)?;
    drop(loaded);
    let tags = if tag_features { pipeline::gate_by_tag(&mut resolved) } else { Default::default() };
    let summary = ApiSummary { module: source.module.clone(), tag_features: tags, ..resolved.summary() };
    let (files, warnings) = pipeline::render_and_format(&resolved, root)?;
    Ok((files, warnings, summary))
}

fn failure(file: &Path, message: &str) -> Failure {
    let mut diags = diagnostic::Diagnostics::new(file);
    diags.error("", message);
    Failure { diagnostics: diags.into_vec() }
}
