//! `codegen init`: sets up a user's crate to regenerate a client at every `cargo
//! build`, in one step: the spec vendored under `specs/`, a `build.rs` that calls
//! [`Config::build`](crate::Config::build), the dependencies the generated code
//! compiles against, and a module that includes the output from `OUT_DIR`.
//!
//! Nothing is overwritten: what the crate already has is kept (a dependency at another
//! version, an existing build script that calls the generator), and anything in the
//! way (a `build.rs` or `src/api.rs` of the user's own) stops the setup before a file
//! is written. `Cargo.toml` is edited with `toml_edit`, so its comments, order and
//! layout stay as they were.

use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Table};

use crate::diagnostic::Diagnostics;

/// The module the generated library is written to (`OUT_DIR/api`) and mounted at.
const MODULE: &str = "api";

/// Sets up the crate in `crate_dir` for the spec at `spec`, its API module named
/// `api_name` (else after the spec's file name). Returns a line per change made; an
/// `Err` (nothing written) says what is in the way.
pub fn init(spec: &Path, crate_dir: &Path, api_name: Option<&str>) -> Result<Vec<String>, String> {
    let manifest_path = crate_dir.join("Cargo.toml");
    let manifest_text = std::fs::read_to_string(&manifest_path).map_err(|err| {
        format!("{}: {err} (run `codegen init` in a crate, or pass --crate)", manifest_path.display())
    })?;
    let mut manifest: DocumentMut =
        manifest_text.parse().map_err(|err| format!("{}: not a valid manifest: {err}", manifest_path.display()))?;
    let package = manifest.get("package").and_then(Item::as_table_like).ok_or_else(|| {
        format!("{}: no [package]: `codegen init` sets up a crate, not a workspace", manifest_path.display())
    })?;
    let crate_name = package.get("name").and_then(Item::as_str).unwrap_or("crate").replace('-', "_");

    let (spec_in_crate, copy) = vendored_spec(spec, crate_dir)?;
    let stem = spec.file_stem().unwrap_or_default().to_string_lossy();
    let api = crate::naming::snake(api_name.unwrap_or(&stem), "api");
    let library = crate_dir.join("src/lib.rs").exists();
    let root = crate_dir.join(if library { "src/lib.rs" } else { "src/main.rs" });
    let root_text =
        std::fs::read_to_string(&root).map_err(|err| format!("{}: {err}: the crate has no root", root.display()))?;

    // Everything that could be in the way is looked at before anything is written.
    let spec_path = spec_in_crate.to_string_lossy().replace('\\', "/");
    let library_path = if library { format!(".library_path(\"{crate_name}::{MODULE}\")") } else { String::new() };
    let build_call =
        format!("codegen::Config::new(){library_path}.api(\"{api}\", \"{spec_path}\").build(\"{MODULE}\");");
    let build_rs = crate_dir.join("build.rs");
    let write_build = match std::fs::read_to_string(&build_rs) {
        Err(_) => true,
        Ok(text) if text.contains("codegen::") => false,
        Ok(_) => {
            return Err(format!(
                "{} exists and does not call the generator: add `{build_call}` to its `main`, then run `codegen init` again",
                build_rs.display()
            ));
        }
    };
    let module_file = crate_dir.join(format!("src/{MODULE}.rs"));
    let include = format!("include!(concat!(env!(\"OUT_DIR\"), \"/{MODULE}/lib.rs\"));");
    let write_module = match std::fs::read_to_string(&module_file) {
        Err(_) => true,
        Ok(text) if text.contains(&include) => false,
        Ok(_) => return Err(format!("{} exists: the generated client is mounted there", module_file.display())),
    };

    // Generated once in memory: a spec that does not generate is said now, and the
    // crates only some code names are added only if this code names them.
    let generated = crate::Config::new().api(&api, spec).generate_library().map_err(|failure| failure.to_string())?;
    let needed = crate::config::dependencies_of(&generated.files);

    let mut changes = Vec::new();
    if let Some(from) = copy {
        let to = crate_dir.join(&spec_in_crate);
        std::fs::create_dir_all(to.parent().unwrap_or(crate_dir)).map_err(|err| format!("{}: {err}", to.display()))?;
        std::fs::copy(&from, &to).map_err(|err| format!("{}: {err}", to.display()))?;
        changes.push(format!("copied {} to {spec_path}", from.display()));
    }
    if add_dependencies(&mut manifest, &needed, &mut changes) {
        std::fs::write(&manifest_path, manifest.to_string())
            .map_err(|err| format!("{}: {err}", manifest_path.display()))?;
    }
    if write_build {
        let text = format!(
            "//! Regenerates the `{api}` client into `OUT_DIR/{MODULE}` whenever `{spec_path}` changes.\n\n\
             fn main() {{\n    {build_call}\n}}\n"
        );
        std::fs::write(&build_rs, text).map_err(|err| format!("{}: {err}", build_rs.display()))?;
        changes.push("wrote build.rs".to_owned());
    }
    if write_module {
        let text = format!("//! The `{api}` client, generated from `{spec_path}` by `build.rs`.\n\n{include}\n");
        std::fs::write(&module_file, text).map_err(|err| format!("{}: {err}", module_file.display()))?;
        changes.push(format!("wrote src/{MODULE}.rs"));
    }
    if let Some(mounted) = mount(&root_text, library) {
        std::fs::write(&root, mounted).map_err(|err| format!("{}: {err}", root.display()))?;
        let visibility = if library { "pub " } else { "" };
        changes.push(format!(
            "added `{visibility}mod {MODULE};` to {}",
            root.strip_prefix(crate_dir).unwrap_or(&root).display()
        ));
    }
    Ok(changes)
}

/// Where the spec is inside the crate, and the file to copy there if it is not in
/// the crate yet (to `specs/`). A spec that refers to other files is not copied alone:
/// its references would point nowhere.
fn vendored_spec(spec: &Path, crate_dir: &Path) -> Result<(PathBuf, Option<PathBuf>), String> {
    let absolute = spec.canonicalize().map_err(|err| format!("{}: {err}", spec.display()))?;
    let crate_dir = crate_dir.canonicalize().map_err(|err| format!("{}: {err}", crate_dir.display()))?;
    if let Ok(inside) = absolute.strip_prefix(&crate_dir) {
        return Ok((inside.to_path_buf(), None));
    }
    let mut diags = Diagnostics::new(&absolute);
    let loaded = crate::pipeline::load(&absolute, &mut diags)
        .map_err(|_| diags.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    if loaded.files().len() > 1 {
        return Err(format!(
            "{} refers to other files ({}): copy them into the crate together, keeping their places \
             relative to each other, and run `codegen init` on the copy",
            spec.display(),
            loaded.files().iter().skip(1).map(|f| f.display().to_string()).collect::<Vec<_>>().join(", ")
        ));
    }
    let file_name = absolute.file_name().ok_or_else(|| format!("{}: not a file", spec.display()))?;
    let target = Path::new("specs").join(file_name);
    if crate_dir.join(&target).exists() {
        return Err(format!("{} exists: pass that copy, or remove it", crate_dir.join(&target).display()));
    }
    Ok((target, Some(absolute)))
}

/// Adds to `[dependencies]` each crate the generated code needs that the manifest
/// lacks, and the generator to `[build-dependencies]`; keeps what is there. Whether
/// something was added.
fn add_dependencies(manifest: &mut DocumentMut, needed: &[crate::Dependency], changes: &mut Vec<String>) -> bool {
    let before = changes.len();
    let dependencies = table(manifest, "dependencies");
    for dependency in needed {
        if !dependencies.contains_key(dependency.name) {
            let line: DocumentMut = dependency.toml_line().parse().expect("a dependency line is TOML");
            if let Some((key, item)) = line.iter().next() {
                dependencies.insert(key, item.clone());
                changes.push(format!("added {} to [dependencies]", dependency.name));
            }
        }
    }
    // Optional crates come with the feature that brings them in, off by default: it
    // names those the manifest lists as optional (one the user lists plainly is on
    // anyway, and `dep:` may not name it).
    let mut features: Vec<&str> = needed.iter().filter_map(|dependency| dependency.feature).collect();
    features.sort_unstable();
    features.dedup();
    for feature in features {
        let optional = |name: &str| {
            let entry = manifest.get("dependencies").and_then(|table| table.get(name));
            entry.and_then(|entry| entry.get("optional")).and_then(|optional| optional.as_bool()) == Some(true)
        };
        let brings: Vec<String> = needed
            .iter()
            .filter(|dependency| dependency.feature == Some(feature) && optional(dependency.name))
            .map(|dependency| format!("dep:{}", dependency.name))
            .collect();
        let table = table(manifest, "features");
        if !table.contains_key(feature) {
            table.insert(feature, toml_edit::value(toml_edit::Array::from_iter(brings)));
            changes.push(format!("added the feature {feature} to [features]"));
        }
    }
    let build_dependencies = table(manifest, "build-dependencies");
    if !build_dependencies.contains_key("codegen") {
        // This generator, where it was built from: it is not published.
        let codegen = env!("CARGO_MANIFEST_DIR").replace('\\', "/");
        let line: DocumentMut = format!("codegen = {{ path = {codegen:?}, default-features = false }}")
            .parse()
            .expect("a dependency line is TOML");
        if let Some((key, item)) = line.iter().next() {
            build_dependencies.insert(key, item.clone());
        }
        changes.push("added codegen to [build-dependencies]".to_owned());
    }
    changes.len() > before
}

/// The table `name`, made (after the others) if the manifest has none.
fn table<'m>(manifest: &'m mut DocumentMut, name: &str) -> &'m mut Table {
    let item = manifest.entry(name).or_insert_with(|| Item::Table(Table::new()));
    if !item.is_table() {
        // An inline `dependencies = { ... }` becomes a table of its own.
        let inline = item.as_inline_table().cloned().unwrap_or_default();
        *item = Item::Table(inline.into_table());
    }
    item.as_table_mut().expect("made a table above")
}

/// The crate root with `mod api;` (`pub mod` in a library) after its inner docs and
/// attributes, or `None` when it has the module already.
fn mount(root: &str, library: bool) -> Option<String> {
    let declared = root.lines().any(|line| {
        let line = line.trim_start().trim_start_matches("pub ").trim_start_matches("pub(crate) ");
        line.starts_with(&format!("mod {MODULE};")) || line.starts_with(&format!("mod {MODULE} {{"))
    });
    if declared {
        return None;
    }
    let header = root
        .lines()
        .take_while(|line| {
            let line = line.trim_start();
            line.starts_with("//!") || line.starts_with("#![") || line.is_empty()
        })
        .count();
    let mut lines: Vec<&str> = root.lines().collect();
    let declaration = if library { format!("pub mod {MODULE};") } else { format!("mod {MODULE};") };
    let blank_before = header > 0 && !lines[header - 1].trim().is_empty();
    let mut insert = Vec::new();
    if blank_before {
        insert.push(String::new());
    }
    insert.push(declaration);
    if lines.get(header).is_some_and(|line| !line.trim().is_empty()) {
        insert.push(String::new());
    }
    let tail = lines.split_off(header);
    let mut out: Vec<String> = lines.into_iter().map(str::to_owned).collect();
    out.extend(insert);
    out.extend(tail.into_iter().map(str::to_owned));
    Some(out.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::mount;

    #[test]
    fn the_module_goes_after_inner_docs_and_attributes() {
        let root = "//! My tool.\n#![forbid(unsafe_code)]\n\nfn main() {}\n";
        assert_eq!(mount(root, false).unwrap(), "//! My tool.\n#![forbid(unsafe_code)]\n\nmod api;\n\nfn main() {}\n");
        assert_eq!(mount("fn main() {}\n", false).unwrap(), "mod api;\n\nfn main() {}\n");
        assert_eq!(mount("pub fn f() {}\n", true).unwrap(), "pub mod api;\n\npub fn f() {}\n");
        assert_eq!(mount("mod api;\nfn main() {}\n", false), None);
    }
}
