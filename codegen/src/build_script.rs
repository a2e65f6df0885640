//! What a careful build script does, done for it: [`Config::build`] checks the
//! crate's manifest before generating (the crates the generated code needs, the cargo
//! features its gates name), writes the library into `OUT_DIR`, reruns when a file it
//! read changes, and says the spec's warnings and any failure in cargo's own terms.

use std::path::Path;

use crate::config::{Config, WEBHOOKS_FEATURE, dependencies_named, dependencies_toml, features_toml};
use crate::diagnostic::{DiagnosticKind, Diagnostics};
use crate::product::{Failure, Report};
use crate::{Dependency, Generated, RUNTIME_DEPENDENCIES};

impl Config {
    /// From a build script: generates the library into `$OUT_DIR/<name>`, for the crate
    /// to include as `mod <name> { include!(concat!(env!("OUT_DIR"), "/<name>/lib.rs")); }`
    /// (the modules' examples then say `crate::<name>::...`, unless
    /// [`Config::library_path`] or [`Config::crate_name`] says otherwise).
    ///
    /// Before anything is written, the crate's `Cargo.toml` must list every crate the
    /// generated code names, and a cargo feature for each gate of
    /// [`Config::feature_gates`]; else the build fails with the lines to add. The
    /// `webhooks` module of a spec that sends webhooks is compiled with the cargo
    /// feature `webhooks`: a crate that declares it lists the crates that check
    /// signatures too (`codegen init` writes both); one that does not goes without. After,
    /// cargo reruns the script when a spec, or a file a spec's references name,
    /// changes, and shows each of the specs' warnings. On failure it prints every
    /// problem, one a line with its file and place, and exits with status 1.
    pub fn build(&self, name: &str) {
        match self.try_build(name) {
            Ok(report) => {
                for warning in &report.warnings {
                    println!("cargo::warning={warning}");
                }
            }
            Err(failure) => {
                eprint!("{failure}");
                std::process::exit(1);
            }
        }
    }

    /// As [`Config::build`], returning what it did, or why it failed, instead of
    /// printing it; the `rerun-if-changed` lines are printed either way.
    pub fn try_build(&self, name: &str) -> Result<Report, Failure> {
        let (Some(manifest_dir), Some(out_dir)) = (std::env::var_os("CARGO_MANIFEST_DIR"), std::env::var_os("OUT_DIR"))
        else {
            return Err(config_failure(
                Path::new(""),
                "`Config::build` runs in a build script, where cargo sets `OUT_DIR`",
            ));
        };
        let manifest_path = Path::new(&manifest_dir).join("Cargo.toml");
        let mut config = self.clone();
        if config.library_path.is_none() && config.crate_name.is_none() {
            config.library_path = Some(format!("crate::{name}"));
        }
        let generated = config.generate_library();
        // Whatever came of it, a change to what was read is worth another try.
        for source in &self.apis {
            println!("cargo::rerun-if-changed={}", source.spec.display());
        }
        let generated = generated?;
        for file in generated.read.iter().filter(|file| !self.apis.iter().any(|api| &&api.spec == file)) {
            println!("cargo::rerun-if-changed={}", file.display());
        }
        let manifest = read_manifest(&manifest_path)?;
        let mut diags = Diagnostics::new(&manifest_path);
        let declared = |feature: &str| {
            let features = manifest.get("features").and_then(toml::Value::as_table);
            features.is_some_and(|features| features.contains_key(feature))
        };
        // Code behind a feature the crate does not declare is left out, quietly.
        let mut missing = missing_dependencies(&manifest, &generated);
        missing.retain(|dependency| dependency.feature.is_none_or(declared));
        let gated =
            generated.files.iter().any(|file| file.contents.contains(&format!("feature = \"{WEBHOOKS_FEATURE}\"")));
        if gated && !declared(WEBHOOKS_FEATURE) {
            println!("cargo::rustc-check-cfg=cfg(feature, values(\"{WEBHOOKS_FEATURE}\"))");
        }
        if !missing.is_empty() {
            let lines = dependencies_toml(&missing).lines().map(|line| format!("\n    {line}")).collect::<String>();
            let message = format!("the generated code needs crates that [dependencies] lacks; add:{lines}");
            diags.error(DiagnosticKind::Config, "", message);
        }
        for (feature, line) in features_toml(&dependencies_named(&generated.files)) {
            let features = manifest.get("features").and_then(toml::Value::as_table);
            let brings = features.and_then(|features| features.get(feature)).and_then(toml::Value::as_array);
            let Some(brings) = brings else { continue };
            let named =
                |dependency: &str| brings.iter().any(|item| item.as_str() == Some(&format!("dep:{dependency}")));
            let optional = |name: &str| {
                let entry = manifest.get("dependencies").and_then(|d| d.get(name));
                entry.and_then(|e| e.get("optional")).and_then(toml::Value::as_bool) == Some(true)
            };
            let lacking = RUNTIME_DEPENDENCIES
                .iter()
                .filter(|d| d.feature == Some(feature))
                .any(|d| optional(d.name) && !named(d.name));
            if lacking {
                let message =
                    format!("the feature `{feature}` must bring in the optional crates its code names: `{line}`");
                diags.error(DiagnosticKind::Config, "", message);
            }
        }
        if self.feature_gates {
            let features = manifest.get("features").and_then(toml::Value::as_table);
            for api in &self.apis {
                if !features.is_some_and(|features| features.contains_key(&api.module)) {
                    let message = format!(
                        "`Config::feature_gates` puts the `{0}` module behind the cargo feature `{0}`, which [features] \
                         lacks; add `{0} = []` (and list it in `default` to build it by default)",
                        api.module
                    );
                    diags.error(DiagnosticKind::Config, "", message);
                }
            }
        }
        if diags.has_errors() {
            return Err(Failure { diagnostics: diags.into_vec() });
        }
        generated.write(Path::new(&out_dir).join(name))
    }
}

/// The crate's manifest, parsed.
fn read_manifest(path: &Path) -> Result<toml::Table, Failure> {
    let text = std::fs::read_to_string(path).map_err(|err| config_failure(path, &format!("cannot read it: {err}")))?;
    text.parse().map_err(|err| config_failure(path, &format!("is not TOML: {err}")))
}

/// The runtime crates the generated files name (`reqwest::...`) that no
/// `[dependencies]` table of the manifest lists, in the order of
/// [`crate::RUNTIME_DEPENDENCIES`].
fn missing_dependencies(manifest: &toml::Table, generated: &Generated) -> Vec<Dependency> {
    let tables = std::iter::once(manifest.get("dependencies")).chain(
        manifest
            .get("target")
            .and_then(toml::Value::as_table)
            .into_iter()
            .flat_map(|targets| targets.values().map(|target| target.get("dependencies"))),
    );
    let listed: Vec<&String> =
        tables.flatten().filter_map(toml::Value::as_table).flat_map(|table| table.keys()).collect();
    let mut named = dependencies_named(&generated.files);
    named.retain(|dependency| !listed.iter().any(|name| *name == dependency.name));
    named
}

fn config_failure(file: &Path, message: &str) -> Failure {
    let mut diags = Diagnostics::new(file);
    diags.error(DiagnosticKind::Config, "", message);
    Failure { diagnostics: diags.into_vec() }
}
