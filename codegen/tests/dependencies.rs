//! The dependencies generated code compiles against are said in two places: the
//! generator's list, written into standalone crates, and this repository's workspace
//! manifest, from which every crate here that compiles generated code takes them.
//! They must agree, entry for entry.

use std::collections::BTreeMap;
use std::path::Path;

use toml::Value;

fn manifest(path: &str) -> toml::Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    text.parse().unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// An entry as `(version, default features, features)`, however it is written.
fn entry(value: &Value) -> (String, bool, Vec<String>) {
    match value {
        Value::String(version) => (version.clone(), true, Vec::new()),
        Value::Table(table) => {
            let version = table.get("version").and_then(Value::as_str).unwrap_or_default().to_owned();
            let defaults = table.get("default-features").and_then(Value::as_bool).unwrap_or(true);
            let features = table.get("features").and_then(Value::as_array).into_iter().flatten();
            (version, defaults, features.filter_map(Value::as_str).map(str::to_owned).collect())
        }
        other => panic!("a dependency is a string or a table, not {other:?}"),
    }
}

#[test]
fn the_workspace_manifest_declares_what_the_generator_writes() {
    let workspace = manifest("../Cargo.toml");
    let declared: BTreeMap<&String, &Value> =
        workspace["workspace"]["dependencies"].as_table().expect("[workspace.dependencies]").iter().collect();
    for dependency in codegen::RUNTIME_DEPENDENCIES {
        let value = declared.get(&dependency.name.to_owned()).unwrap_or_else(|| {
            panic!("[workspace.dependencies] lacks `{}`: add `{}`", dependency.name, dependency.toml_line())
        });
        let expected = (dependency.version.to_owned(), dependency.default_features, {
            dependency.features.iter().map(|f| (*f).to_owned()).collect::<Vec<_>>()
        });
        assert_eq!(entry(value), expected, "`{}` differs from `{}`", dependency.name, dependency.toml_line());
    }
    let written: Vec<&str> = codegen::RUNTIME_DEPENDENCIES.iter().map(|d| d.name).collect();
    for name in declared.keys() {
        assert!(written.contains(&name.as_str()), "`{name}` is declared here but not written into generated crates");
    }
}

/// Each crate that compiles generated code takes the workspace's entries, never one
/// of its own.
#[test]
fn crates_that_compile_generated_code_take_the_workspace_entries() {
    let names: Vec<&str> = codegen::RUNTIME_DEPENDENCIES.iter().map(|d| d.name).collect();
    for path in ["../Cargo.toml", "support/Cargo.toml", "../tests/fixtures/Cargo.toml"] {
        let manifest = manifest(path);
        let dependencies = manifest["dependencies"].as_table().expect("[dependencies]");
        for (name, value) in dependencies.iter().filter(|(name, _)| names.contains(&name.as_str())) {
            let inherited = value.as_table().and_then(|t| t.get("workspace")).and_then(Value::as_bool);
            assert_eq!(inherited, Some(true), "{path}: `{name}` should be `{name}.workspace = true`");
        }
    }
}

/// The README's example of a user's crate lists the generated code's dependencies as
/// the generator writes them (tokio with the features its `main` needs besides), but
/// for those only some code needs, which its spec's code does not.
#[test]
fn the_example_crate_lists_what_the_generator_writes() {
    let manifest = manifest("../examples/build-script/Cargo.toml");
    let dependencies = manifest["dependencies"].as_table().expect("[dependencies]");
    for dependency in codegen::RUNTIME_DEPENDENCIES.iter().filter(|d| d.only_for.is_none()) {
        let value = dependencies.get(dependency.name).unwrap_or_else(|| panic!("`{}` is missing", dependency.name));
        let (version, defaults, features) = entry(value);
        assert_eq!(
            (version.as_str(), defaults),
            (dependency.version, dependency.default_features),
            "{}",
            dependency.name
        );
        for feature in dependency.features {
            assert!(features.iter().any(|f| f == feature), "`{}` lacks feature `{feature}`", dependency.name);
        }
    }
}
