//! What a careful build script does, done for it: [`Config::build`] checks the
//! crate's manifest before generating (the crates the generated code needs, the cargo
//! features its gates name), writes the library into `OUT_DIR`, reruns when a file it
//! read changes, and says the spec's warnings and any failure in cargo's own terms.

use std::path::Path;

use crate::config::{Config, OPTIONAL_FEATURES, dependencies_named, dependencies_toml, features_toml};
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
    /// changes, and shows each of the specs' warnings, and, for a spec that changed
    /// since the last build, one line saying what the change does to the generated
    /// Rust API (`2 breaking and 3 compatible changes`) with the `codegen diff` command
    /// that lists them. On failure it prints every problem, one a line with its file
    /// and place, and exits with status 1.
    pub fn build(&self, name: &str) {
        match self.try_build(name) {
            Ok(report) => {
                for warning in &report.warnings {
                    println!("cargo::warning={warning}");
                }
                if let Some(out_dir) = std::env::var_os("OUT_DIR") {
                    for line in self.spec_changes(&Path::new(&out_dir).join(name).join(".previous")) {
                        println!("cargo::warning={line}");
                    }
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
        // A feature the code is gated by but the crate does not declare is known to
        // the compiler all the same, so that `cfg(feature = ...)` is no warning.
        for feature in OPTIONAL_FEATURES {
            let gated = generated.files.iter().any(|file| file.contents.contains(&format!("feature = \"{feature}\"")));
            if gated && !declared(feature) {
                println!("cargo::rustc-check-cfg=cfg(feature, values(\"{feature}\"))");
            }
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

impl Config {
    /// For each spec that differs from its copy in `previous` (the version the last
    /// build generated from), what that changes in its Rust API, in one line; then
    /// the copies are brought up to date. A first build has no copies and says nothing.
    /// The copy is of the spec's own file: a file its references name is read as it
    /// is now, and a change to that file alone is not summed up.
    pub(crate) fn spec_changes(&self, previous: &Path) -> Vec<String> {
        let mut lines = Vec::new();
        for source in &self.apis {
            let Ok(bytes) = std::fs::read(&source.spec) else { continue };
            let name = source.spec.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let copy = previous.join(format!("{}.{name}", source.module));
            match std::fs::read(&copy) {
                Ok(old) if old == bytes => continue,
                Ok(_) => {
                    let mut one = self.clone();
                    one.apis = vec![source.clone()];
                    let (spec, module) = (source.spec.display(), &source.module);
                    let line = match one.diff(&copy) {
                        Ok(diff) => format!(
                            "{module}: {spec} changed: {} (`codegen diff {} {spec}` lists them)",
                            diff.summary(),
                            copy.display()
                        ),
                        Err(failure) => format!(
                            "{module}: {spec} changed, and its previous version cannot be compared: {}",
                            failure.diagnostics.first().map(ToString::to_string).unwrap_or_default()
                        ),
                    };
                    lines.push(line);
                }
                Err(_) => {}
            }
            // A copy that cannot be written only costs the next build its summary.
            let _ = std::fs::create_dir_all(previous).and_then(|()| std::fs::write(&copy, &bytes));
        }
        lines
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spec_changed_since_the_last_build_is_summed_up_in_one_line() {
        let dir = std::env::temp_dir().join(format!("codegen-spec-changes-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let spec = dir.join("shop.yaml");
        let version = |status: &str| {
            format!(
                "openapi: 3.0.3\ninfo: {{title: Shop, version: '1'}}\npaths:\n  /orders:\n    get:\n      responses: \
                 {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Order'}}}}}}}}}}\n\
                 components:\n  schemas:\n    Order: {{type: object, properties: {{status: {{type: string, enum: [{status}]}}}}}}\n"
            )
        };
        std::fs::write(&spec, version("open, shut")).unwrap();
        let config = Config::new().api("shop", &spec);
        let previous = dir.join("out/.previous");
        assert_eq!(config.spec_changes(&previous), Vec::<String>::new(), "a first build says nothing");
        assert_eq!(config.spec_changes(&previous), Vec::<String>::new(), "nor does an unchanged spec");
        std::fs::write(&spec, version("open")).unwrap();
        let lines = config.spec_changes(&previous);
        assert_eq!(lines.len(), 1);
        assert!(
            lines[0].starts_with(&format!(
                "shop: {} changed: 1 breaking and 0 compatible changes (a major version) (`codegen diff ",
                spec.display()
            )),
            "{}",
            lines[0]
        );
        assert_eq!(config.spec_changes(&previous), Vec::<String>::new(), "the copy follows the spec");
    }
}
