//! The generated code of every vendored spec, pinned. Read each diff before accepting it.

use std::path::Path;

fn snapshot_library(module: &str, spec: &str) {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs").join(spec);
    let generated = codegen::Config::new().api(module, &spec).generate_library().expect("the vendored spec generates");
    // Where a spec contradicts itself the generator repairs it and says so; the list is pinned.
    let warnings: String =
        generated.warnings.iter().map(|w| format!("{:?} {}: {}\n", w.severity, w.location, w.message)).collect();
    insta::assert_snapshot!(format!("{module}__warnings"), warnings);
    for file in generated.files.iter().filter(|f| f.path.starts_with(module)) {
        let name = format!("{module}__{}", file.path.file_name().unwrap().to_string_lossy().trim_end_matches(".rs"));
        insta::assert_snapshot!(name, file.contents);
    }
}

#[test]
fn playai() {
    snapshot_library("playai", "playai.yaml");
}

#[test]
fn chatwoot() {
    snapshot_library("chatwoot", "chatwoot.yaml");
}

#[test]
fn origins() {
    snapshot_library("origins", "origins.yaml");
}

/// The committed `generated/` folder is what the specs generate today.
#[test]
fn committed_output_is_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = codegen::Config::new()
        .api("playai", root.join("specs/playai.yaml"))
        .api("chatwoot", root.join("specs/chatwoot.yaml"))
        .api("origins", root.join("specs/origins.yaml"))
        .feature_gates(true)
        .generate_library()
        .unwrap();
    for file in &generated.files {
        let on_disk = std::fs::read_to_string(root.join("generated").join(&file.path)).unwrap();
        assert_eq!(on_disk, file.contents, "generated/{} is stale", file.path.display());
    }
}

#[test]
fn generation_is_deterministic() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/origins.yaml");
    let first = codegen::Config::new().api("origins", &spec).generate_library().unwrap().files;
    let second = codegen::Config::new().api("origins", &spec).generate_library().unwrap().files;
    assert_eq!(first, second);
}
