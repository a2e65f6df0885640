//! What to generate, as the user says it: the [`Config`] builder, the options each
//! stage reads (one struct per stage), and the crates the generated code compiles
//! against. Every option is checked against the product it is used for: an option a
//! product cannot honour is an error, never ignored.

mod customise;
mod dependencies;
mod selection;

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use dependencies::{
    Dependency, MOCK_FEATURE, OPTIONAL_FEATURES, RUNTIME_DEPENDENCIES, TRACING_FEATURE, WEBHOOKS_FEATURE,
    dependencies_named, dependencies_of, dependencies_toml, features_toml,
};

pub use customise::{
    KeepUnknown, Renames, STD_DERIVES, StreamDeclaration, TypeSettings, dependency_problems, path_problem,
};
pub use selection::{Candidate, OperationSelection};

use crate::diagnostic::{DiagnosticKind, Diagnostics};

/// What to generate: one or more APIs, each from one spec, as a library of modules
/// ([`Config::generate_library`]) or as a standalone crate ([`Config::generate_crate`]).
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub(crate) apis: Vec<ApiSource>,
    pub(crate) crate_name: Option<String>,
    pub(crate) library_path: Option<String>,
    pub(crate) feature_gates: bool,
    pub(crate) tag_features: bool,
    pub(crate) resolve: ResolveOptions,
    /// Overlays and settings files given before any API, with the option that gave
    /// each: refused, there being no spec to apply them to.
    orphans: Vec<(&'static str, PathBuf)>,
}

/// One API: the module it becomes and the spec it is read from.
#[derive(Debug, Clone)]
pub(crate) struct ApiSource {
    pub(crate) module: String,
    pub(crate) spec: PathBuf,
    /// Its own options, else the configuration's.
    options: Option<ResolveOptions>,
    /// The overlays [`Config::overlay`] gave it, applied after the one named like it.
    overlays: Vec<PathBuf>,
    /// The settings file [`Config::settings`] gave it.
    settings: Option<PathBuf>,
}

impl ApiSource {
    /// The module's name in Rust (`my_api` for `my-api`).
    pub(crate) fn rust_name(&self) -> String {
        crate::naming::snake(&self.module, "api")
    }

    pub(crate) fn options<'c>(&'c self, config: &'c Config) -> &'c ResolveOptions {
        self.options.as_ref().unwrap_or(&config.resolve)
    }

    /// Its settings file: the one [`Config::settings`] gave, else the one named like
    /// the spec beside it (`chatwoot.codegen.toml` for `chatwoot.yaml`), if there is one.
    pub(crate) fn settings_file(&self) -> Option<PathBuf> {
        let stem = self.spec.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
        let beside = self.spec.with_file_name(format!("{stem}.codegen.toml"));
        self.settings.clone().or_else(|| beside.is_file().then_some(beside))
    }

    /// The overlays applied to the spec, in order: the one named like it beside it
    /// (`chatwoot.overlay.yaml` for `chatwoot.yaml`, or `.yml`, `.json`), then those
    /// [`Config::overlay`] gave.
    pub(crate) fn overlays(&self) -> Vec<PathBuf> {
        let stem = self.spec.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_default();
        let beside =
            ["yaml", "yml", "json"].into_iter().map(|ext| self.spec.with_file_name(format!("{stem}.overlay.{ext}")));
        beside.filter(|path| path.is_file()).take(1).chain(self.overlays.iter().cloned()).collect()
    }
}

/// What a user may choose about an API's types, operations and samples: read by the
/// resolve and samples stages. It is what a settings file holds (`chatwoot.codegen.toml`
/// beside `chatwoot.yaml`, or [`Config::settings`]), its keys in kebab case
/// (`short-method-names = true`, `[operations]`); an unknown key is an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct ResolveOptions {
    /// Method names without the verbose parts of operation ids and summaries: a
    /// leading `get`, articles, possessives (`Get an Artist's Top Tracks` is
    /// `artist_top_tracks`).
    pub short_method_names: bool,
    /// The samples the crate's test decodes.
    pub samples: SampleKinds,
    /// The operations generated (all by default), and with them the types they need.
    pub operations: OperationSelection,
    /// New names for types, methods, fields and variants.
    pub rename: Renames,
    /// Types replaced by Rust paths, extra derives, undeclared members kept.
    pub types: TypeSettings,
    /// The crates the paths of `types` name, with their version requirements
    /// (`rust_decimal = "1.36"`): written into a standalone crate's manifest.
    pub dependencies: std::collections::BTreeMap<String, String>,
    /// Pagination the spec does not declare, by `operationId`: what the operation's
    /// `x-pagination` would say (`listAgents = { style = "cursor", ... }`).
    pub pagination: std::collections::BTreeMap<String, serde_json::Value>,
    /// What the spec does not say of an operation's stream, by `operationId`.
    pub streams: std::collections::BTreeMap<String, StreamDeclaration>,
    /// What the spec's examples say of its schemas: by default, a member an example
    /// leaves out, or sends as `null`, where its schema says it cannot be, is read as
    /// optional or nullable, with a warning (`example-evidence = "ignore"`: as the
    /// schema says).
    pub example_evidence: ExampleEvidence,
    /// The settings file the options were read from, where the problems of what
    /// they name in the spec are said; none for options given in code.
    #[serde(skip)]
    pub file: Option<PathBuf>,
}

impl ResolveOptions {
    /// Whether the options change the types or names the spec gives.
    pub(crate) fn customises(&self) -> bool {
        self.rename != Renames::default()
            || self.types.replace != Default::default()
            || self.types.derive != Default::default()
            || self.types.keep_unknown_members != KeepUnknown::default()
    }
}

/// Whether the spec's examples may relax its schemas (`example-evidence`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleEvidence {
    /// A member an example leaves out or sends as `null` is optional or nullable.
    #[default]
    Relax,
    /// The schemas are read as they are; such examples are left out of the samples.
    Ignore,
}

/// Which samples an API's generated test decodes and encodes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SampleKinds {
    /// The spec's own examples.
    #[default]
    Examples,
    /// Those, and instances made from every named schema.
    All,
}

/// What the render stage needs besides the IR: where the files go and how users
/// reach them.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub layout: Layout,
    /// The spec's file name, named in the docs as what the code is generated from.
    pub spec_name: String,
    /// Where users reach the API, for the example its docs open with; none: no example.
    pub usage: Option<UsagePath>,
    /// The API's module in a library (`playai`), which its root file declares.
    pub module: String,
}

impl RenderOptions {
    /// Files laid out as `layout` says, from the spec at `spec`, with no example.
    pub fn new(layout: Layout, spec: &Path) -> Self {
        let spec_name = spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Self { layout, spec_name, usage: None, module: "api".to_owned() }
    }
}

/// Where an API's files go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A crate of its own: `lib.rs` with the support code inline in `support.rs`.
    Crate,
    /// A module of a library of several APIs, which share the library's one
    /// `support.rs`. Its root file, `mod.rs`, declares the module and includes its
    /// files with `include!`, as the library's `lib.rs` includes it: the library can
    /// be included anywhere, from `OUT_DIR` or a folder of the user's crate.
    Module,
}

/// Where users reach an API's module (`agent_analytics::playai`), for the example its
/// docs open with; `tested` when that example compiles with a crate's doctests (else
/// it is marked `ignore`).
#[derive(Debug, Clone)]
pub struct UsagePath {
    pub path: String,
    pub tested: bool,
}

/// The two things the generator makes, each honouring some of the options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Product {
    Library,
    Crate,
}

impl Config {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an API: the spec at `spec` becomes the module `module`.
    pub fn api(mut self, module: impl Into<String>, spec: impl Into<PathBuf>) -> Self {
        let (module, spec) = (module.into(), spec.into());
        self.apis.push(ApiSource { module, spec, options: None, overlays: Vec::new(), settings: None });
        self
    }

    /// Adds an API with options of its own, in place of the configuration's.
    pub fn api_with(mut self, module: impl Into<String>, spec: impl Into<PathBuf>, options: ResolveOptions) -> Self {
        let (module, spec) = (module.into(), spec.into());
        self.apis.push(ApiSource { module, spec, options: Some(options), overlays: Vec::new(), settings: None });
        self
    }

    /// Reads the options of the API added last from the settings file at `path`, in
    /// place of the one named like its spec (`chatwoot.codegen.toml` beside
    /// `chatwoot.yaml`, read without being asked). The file holds [`ResolveOptions`]'
    /// keys in kebab case; an unknown key, or a value of the wrong kind, is an error
    /// with its line. A settings file's options take the place of the configuration's.
    pub fn settings(mut self, path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        match self.apis.last_mut() {
            Some(api) => api.settings = Some(path),
            None => self.orphans.push(("settings", path)),
        }
        self
    }

    /// Applies the overlay at `path` (the OpenAPI Initiative's Overlay Specification,
    /// 1.0, 1.1 or 1.2) to the spec of the API added last, after the overlay named
    /// like the spec (`chatwoot.overlay.yaml` beside `chatwoot.yaml`), which is applied
    /// without being asked, and after those given before; so that fixes to a vendored
    /// spec live beside it, and the spec stays as the vendor wrote it. An action whose
    /// target selects nothing is a warning (the spec changed under it?); an invalid
    /// overlay is an error in its own file. Needs the generator's cargo feature
    /// `overlays` (on with its default features).
    pub fn overlay(mut self, path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        match self.apis.last_mut() {
            Some(api) => api.overlays.push(path),
            None => self.orphans.push(("overlay", path)),
        }
        self
    }

    /// The crate's name (`agent-analytics`). In a library, each API module's docs open
    /// with an example that starts `use agent_analytics::playai::...`, compiled with the
    /// crate's doctests; without it the example says `your_crate` and is marked
    /// `ignore`. A standalone crate is named so; without it, after the API's title
    /// (`Spotify Web API` is `spotify-web-api`), else the spec's file name.
    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.crate_name = Some(name.into());
        self
    }

    /// Where users reach a library that a crate includes in a module of its own
    /// (`my_crate::api`, for `pub mod api { include!(...); }` in `my_crate`): each API
    /// module's docs open with an example that starts `use my_crate::api::playai::...`,
    /// compiled with the crate's doctests. A path from `crate::` (a binary's module)
    /// is shown, not compiled. Libraries only; it takes the place of
    /// [`Config::crate_name`] in the examples.
    pub fn library_path(mut self, path: impl Into<String>) -> Self {
        self.library_path = Some(path.into());
        self
    }

    /// Puts each API module of a library behind the cargo feature of the same name.
    /// Libraries only.
    pub fn feature_gates(mut self, on: bool) -> Self {
        self.feature_gates = on;
        self
    }

    /// In a standalone crate, puts each tag's operations (and the types only they use)
    /// behind a cargo feature named after the tag; all are on by default. Standalone
    /// crates only: a library's features are its own to name.
    pub fn tag_features(mut self, on: bool) -> Self {
        self.tag_features = on;
        self
    }

    /// Adds to each API's samples (the JSON its generated test decodes and encodes
    /// back, by default the spec's examples) instances made from every named schema:
    /// each alternative of a union, optional members present and absent, nullable ones
    /// `null`. For measuring the generator (`corpus --decode`), not for a user's crate.
    pub fn synthesised_samples(mut self, on: bool) -> Self {
        self.resolve.samples = if on { SampleKinds::All } else { SampleKinds::Examples };
        self
    }

    /// Names methods without the verbose parts of operation ids and summaries: a
    /// leading `get`, articles and possessives go (`Get an Artist's Top Tracks` is
    /// `artist_top_tracks`, not `get_an_artists_top_tracks`). Off by default: names
    /// then follow the spec's `operationId` exactly.
    pub fn short_method_names(mut self, on: bool) -> Self {
        self.resolve.short_method_names = on;
        self
    }

    /// Says, as errors, each option that `product` cannot honour.
    pub(crate) fn check(&self, product: Product, diags: &mut Diagnostics) {
        let mut refuse = |option: &str, why: &str| {
            diags.error(DiagnosticKind::Config, "", format!("`Config::{option}` {why}"));
        };
        match product {
            Product::Library => {
                if self.tag_features {
                    refuse("tag_features", "applies to standalone crates; a library's cargo features are its own");
                }
            }
            Product::Crate => {
                if self.library_path.is_some() {
                    refuse("library_path", "applies to libraries; a standalone crate is reached by its name");
                }
                if self.apis.len() != 1 {
                    let count = self.apis.len();
                    refuse("api", &format!("was given {count} times: a standalone crate is made of exactly one spec"));
                }
                if self.feature_gates {
                    refuse("feature_gates", "applies to the modules of a library; a standalone crate has one API");
                }
            }
        }
        for (option, path) in &self.orphans {
            let given = format!("{option}({})", path.display());
            refuse(&given, "comes before any `Config::api`: it applies to the API added last");
        }
        if let Some(path) = &self.library_path {
            let segments: Vec<&str> = path.split("::").collect();
            let valid = segments.iter().all(|segment| {
                segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && segment.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
            if !valid {
                refuse("library_path", &format!("`{path}` is not a Rust path such as `my_crate::api`"));
            }
        }
        if let Some(name) = &self.crate_name {
            let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !valid {
                refuse(
                    "crate_name",
                    &format!("`{name}` is not a valid crate name: use ASCII letters, digits, `-` and `_`"),
                );
            }
        }
    }
}

/// The options a settings file holds, or its problems said in it (a TOML error, an
/// unknown key or a value of the wrong kind, with its line and column; a glob that is
/// none).
pub(crate) fn read_settings(path: &Path, diags: &mut Diagnostics) -> Option<ResolveOptions> {
    diags.in_file(path, |diags| {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) => {
                diags.error(DiagnosticKind::Read, "", format!("cannot read the settings file: {err}"));
                return None;
            }
        };
        let options: ResolveOptions = match toml::from_str(&text) {
            Ok(options) => options,
            Err(err) => {
                let position = err.span().map(|span| {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before[before.rfind('\n').map_or(0, |at| at + 1)..].chars().count() + 1;
                    crate::diagnostic::Position { line, column }
                });
                diags.syntax_error(position, format!("not valid settings: {}", err.message()));
                return None;
            }
        };
        let mut options = options;
        options.file = Some(path.to_owned());
        let mut problems: Vec<String> = options
            .operations
            .invalid_globs()
            .into_iter()
            .map(|(glob, why)| format!("[operations]: `{glob}` is not a path glob: {why}"))
            .collect();
        problems.extend(options.rename.problems());
        problems.extend(options.types.problems());
        problems.extend(customise::dependency_problems(&options.dependencies));
        for problem in &problems {
            diags.error(DiagnosticKind::Config, "", problem.clone());
        }
        problems.is_empty().then_some(options)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusals(config: &Config, product: Product) -> Vec<String> {
        let mut diags = Diagnostics::default();
        config.check(product, &mut diags);
        diags.into_vec().into_iter().map(|d| d.message).collect()
    }

    #[test]
    fn options_a_product_cannot_honour_are_errors() {
        let library = Config::new().api("a", "a.yaml").tag_features(true);
        assert_eq!(refusals(&library, Product::Library).len(), 1);
        assert!(refusals(&library, Product::Crate).is_empty());

        let gated = Config::new().api("a", "a.yaml").feature_gates(true);
        assert!(refusals(&gated, Product::Library).is_empty());
        assert!(refusals(&gated, Product::Crate)[0].contains("feature_gates"));

        let two = Config::new().api("a", "a.yaml").api("b", "b.yaml");
        assert!(refusals(&two, Product::Crate)[0].contains("exactly one spec"));

        let badly_named = Config::new().api("a", "a.yaml").crate_name("my crate");
        assert!(refusals(&badly_named, Product::Library)[0].contains("not a valid crate name"));
    }

    #[test]
    fn resolve_options_read_from_a_settings_table_and_refuse_unknown_keys() {
        let options: ResolveOptions = serde_json::from_value(serde_json::json!({
            "short-method-names": true,
            "samples": "all",
        }))
        .unwrap();
        assert_eq!(
            options,
            ResolveOptions { short_method_names: true, samples: SampleKinds::All, ..Default::default() }
        );
        let unknown = serde_json::from_value::<ResolveOptions>(serde_json::json!({ "short-names": true }));
        assert!(unknown.unwrap_err().to_string().contains("unknown field `short-names`"));
    }
}
