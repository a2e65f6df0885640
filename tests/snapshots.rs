//! The vendored specs' generated code is pinned by `generated/` itself, committed and
//! read in review as a diff (`scripts/test.sh` fails when a build changes it); the
//! fixtures' code is pinned by insta, in `tests/fixtures`. Here: the generator's
//! warnings about the vendored specs, and that `generated/` is what they generate.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where a spec contradicts itself the generator repairs it and says so; the list is pinned.
fn snapshot_warnings(module: &str, spec: &str) {
    let generated = codegen::Config::new()
        .api(module, root().join("specs").join(spec))
        .generate_library()
        .expect("the spec generates");
    let warnings: String =
        generated.warnings.iter().map(|w| format!("{:?} {}: {}\n", w.severity, w.location, w.message)).collect();
    insta::assert_snapshot!(format!("{module}__warnings"), warnings);
}

#[test]
fn playai() {
    snapshot_warnings("playai", "playai.yaml");
}

#[test]
fn chatwoot() {
    snapshot_warnings("chatwoot", "chatwoot.yaml");
}

#[test]
fn origins() {
    snapshot_warnings("origins", "origins.yaml");
}

/// The committed `generated/` folder is what the specs generate today, even when it
/// was edited by hand (which `build.rs` does not notice, as no spec changed).
#[test]
fn committed_output_is_current() {
    let generated = codegen::Config::new()
        .crate_name("agent-analytics")
        .api("playai", root().join("specs/playai.yaml"))
        .api("chatwoot", root().join("specs/chatwoot.yaml"))
        .api("origins", root().join("specs/origins.yaml"))
        .feature_gates(true)
        .generate_library()
        .unwrap();
    for file in &generated.files {
        let on_disk = std::fs::read_to_string(root().join("generated").join(&file.path)).unwrap();
        assert_eq!(on_disk, file.contents, "generated/{} is stale", file.path.display());
    }
}

#[test]
fn generation_is_deterministic() {
    let spec = root().join("specs/origins.yaml");
    let first = codegen::Config::new().api("origins", &spec).generate_library().unwrap().files;
    let second = codegen::Config::new().api("origins", &spec).generate_library().unwrap().files;
    assert_eq!(first, second);
}
