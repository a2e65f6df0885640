//! The `codegen generate SPEC --out DIR [--name CRATE]` command, as scripts call it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = workspace().join("target/cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn generate(spec: &Path, out: &Path, name: Option<&str>) -> Output {
    generate_with(spec, out, name, &[])
}

fn generate_with(spec: &Path, out: &Path, name: Option<&str>, flags: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_codegen"));
    command.arg("generate").arg(spec).arg("--out").arg(out).args(flags);
    if let Some(name) = name {
        command.args(["--name", name]);
    }
    command.output().unwrap()
}

/// Makes the Rust example of a generated crate's README an example target of the
/// crate, so that the clippy run below compiles it as a user would.
fn compile_readme_example(dir: &Path) {
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    let start = readme.find("```rust\n").expect("the README has a Rust example") + "```rust\n".len();
    let code = &readme[start..start + readme[start..].find("```").unwrap()];
    std::fs::create_dir_all(dir.join("examples")).unwrap();
    std::fs::write(dir.join("examples/readme.rs"), code).unwrap();
    let mut manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    manifest
        .push_str("\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n");
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Generated crates pass `cargo clippy -D warnings`, built together in a workspace of
/// their own with this workspace's lock file, so against the versions tested here.
#[test]
fn generated_crates_build_warning_free() {
    let out = scratch("crates");
    let specs = [
        workspace().join("specs/playai.yaml"),
        workspace().join("specs/chatwoot.yaml"),
        workspace().join("specs/origins.yaml"),
        workspace().join("codegen/tests/fixtures/inventory.yaml"),
        workspace().join("codegen/tests/fixtures/anonymous.yaml"),
        // One kind of stream each, so that the support code of each alone is used whole.
        workspace().join("codegen/tests/fixtures/stream-events.yaml"),
        workspace().join("codegen/tests/fixtures/stream-text.yaml"),
        workspace().join("codegen/tests/fixtures/stream-lines.yaml"),
        workspace().join("codegen/tests/fixtures/stream-sequence.yaml"),
    ];
    let mut members = Vec::new();
    for spec in &specs {
        let name = format!("{}-client", spec.file_stem().unwrap().to_string_lossy());
        let dir = out.join(&name);
        let output = generate(spec, &dir, Some(&name));
        assert!(output.status.success(), "{}", stderr(&output));
        for file in ["Cargo.toml", "README.md", "src/lib.rs", "src/types.rs", "src/client.rs", "src/support.rs"] {
            assert!(dir.join(file).exists(), "{file} missing for {}", spec.display());
        }
        compile_readme_example(&dir);
        members.push(format!("{name:?}"));
    }
    // Chatwoot again, a cargo feature per tag.
    let tagged = out.join("chatwoot-tagged");
    let output = generate_with(&specs[1], &tagged, Some("chatwoot-tagged"), &["--tag-features"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(tagged.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("# The operations tagged \"Reports\".\n\"reports\" = []"), "{manifest}");
    let client = std::fs::read_to_string(tagged.join("src/client.rs")).unwrap();
    let gated = "#[cfg(feature = \"reports\")]\n    /// Agent Conversation Metrics\n";
    assert!(client.contains(gated), "the method is compiled with its tag's feature");
    members.push("\"chatwoot-tagged\"".to_owned());
    let root = format!("[workspace]\nresolver = \"3\"\nmembers = [{}]\n", members.join(", "));
    std::fs::write(out.join("Cargo.toml"), root).unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
    let check = Command::new(env!("CARGO"))
        .args(["clippy", "--quiet", "--workspace", "--all-targets", "--", "-D", "warnings"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(!stderr(&check).contains("warning"), "{}", stderr(&check));

    // One tag alone compiles, warning-free, without the others' operations and types.
    let one_tag = Command::new(env!("CARGO"))
        .args(["clippy", "--quiet", "-p", "chatwoot-tagged", "--no-default-features", "--features", "reports"])
        .args(["--", "-D", "warnings"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .output()
        .unwrap();
    assert!(one_tag.status.success(), "{}", stderr(&one_tag));
}

#[test]
fn an_invalid_crate_name_is_refused() {
    let out = scratch("bad-name");
    let output = generate(&workspace().join("specs/origins.yaml"), &out.join("crate"), Some("my.client"));
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("`my.client` is not a valid crate name"), "{}", stderr(&output));
    assert!(!out.join("crate").exists());
}

#[test]
fn the_crate_name_defaults_to_the_api_title_else_the_file_name() {
    let out = scratch("default-name");
    let output = generate(&workspace().join("specs/origins.yaml"), &out, None);
    assert!(output.status.success(), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"origins-ai-api\""), "{manifest}");
    let readme = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(readme.starts_with("# origins-ai-api\n\nA typed async Rust client for the Origins AI API"), "{readme}");
    assert!(readme.contains("use origins_ai_api::Client;"), "{readme}");

    // A title with nothing to name a crate after: the file name, runs of separators
    // one dash (`my__api` would make rustc warn).
    let dir = scratch("odd-file-name");
    let spec = dir.join("My--API__v2 .yaml");
    let text = std::fs::read_to_string(workspace().join("specs/origins.yaml")).unwrap();
    std::fs::write(&spec, text.replacen("title: Origins AI API", "title: \"Ω\"", 1)).unwrap();
    let output = generate(&spec, &dir.join("out"), None);
    assert!(output.status.success(), "{}", stderr(&output));
    let manifest = std::fs::read_to_string(dir.join("out/Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"my-api-v2\""), "{manifest}");
}

#[test]
fn short_names_drop_the_verbose_parts_of_method_names() {
    let out = scratch("short-names");
    let spec = out.join("spec.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: Music, version: '1'}\npaths:\n  /artists/{id}/top-tracks:\n    get:\n      \
         operationId: get-an-artists-top-tracks\n      summary: Get Artist's Top Tracks\n      \
         parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      \
         responses: {'204': {description: none}}\n",
    )
    .unwrap();
    let output = generate_with(&spec, &out.join("short"), None, &["--short-names"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let client = std::fs::read_to_string(out.join("short/src/client.rs")).unwrap();
    assert!(client.contains("pub fn artist_top_tracks("), "{client}");
    let output = generate(&spec, &out.join("long"), None);
    assert!(output.status.success(), "{}", stderr(&output));
    let client = std::fs::read_to_string(out.join("long/src/client.rs")).unwrap();
    assert!(client.contains("pub fn get_an_artists_top_tracks("), "by default the operationId is kept");
}

fn failing(name: &str, file_name: &str, text: &str) -> String {
    let dir = scratch(name);
    let spec = dir.join(file_name);
    std::fs::write(&spec, text).unwrap();
    let out = dir.join("out");
    let output = generate(&spec, &out, None);
    assert_eq!(output.status.code(), Some(1), "fails cleanly, without a panic: {}", stderr(&output));
    assert!(!out.exists(), "nothing is written when generation fails");
    let message = stderr(&output);
    assert!(message.contains(&spec.display().to_string()), "names the file: {message}");
    message
}

#[test]
fn broken_yaml_is_reported_with_its_line_and_column() {
    let message = failing("broken-yaml", "broken.yaml", "openapi: 3.1.0\ninfo:\n  title: [unclosed\n");
    assert!(message.contains("broken.yaml:4:1: invalid YAML: "), "{message}");
}

#[test]
fn a_document_that_is_not_openapi_is_rejected() {
    let message = failing("not-openapi", "other.json", r#"{"name": "a package.json, not a spec"}"#);
    assert!(message.contains("no `openapi` field"), "{message}");
}

#[test]
fn a_dangling_reference_is_reported_with_its_pointer() {
    let message = failing(
        "dangling",
        "dangling.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Thnig'\ncomponents:\n  schemas:\n    Thing: {type: string}\n",
    );
    // As compilers say it: the file's line and column, then the place, unescaped.
    let place = "dangling.yaml:11:15: /paths/things/get/responses/200/content/application/json/schema: ";
    assert!(message.contains(place), "{message}");
    assert!(
        message.contains("`#/components/schemas/Thnig` does not resolve to a schema; did you mean `Thing`?"),
        "{message}"
    );
}

#[test]
fn a_wrong_pagination_declaration_is_reported_with_its_pointer() {
    let message = failing(
        "x-pagination",
        "paged.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get:\n      x-pagination: {style: cursor, param: after, cursor: meta.next}\n      parameters:\n        - {name: after, in: query, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: array\n                items: {type: string}\n",
    );
    assert!(message.contains("paged.yaml:6:7: /paths/things/get/x-pagination: "), "{message}");
    assert!(message.contains("`meta.next`: the body has no field `meta` there"), "{message}");
}

#[test]
fn a_failed_generation_leaves_the_previous_output_as_it_was() {
    let dir = scratch("keep-previous");
    let spec = dir.join("api.yaml");
    std::fs::copy(workspace().join("specs/origins.yaml"), &spec).unwrap();
    let out = dir.join("out");
    assert!(generate(&spec, &out, None).status.success());
    let before = std::fs::read_to_string(out.join("src/types.rs")).unwrap();

    std::fs::write(&spec, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n").unwrap();
    let output = generate(&spec, &out, None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(out.join("src/types.rs")).unwrap(), before);
}

#[test]
fn a_folder_of_the_users_is_not_written_into_without_force() {
    let out = scratch("users-crate");
    let manifest = "[package]\nname = \"mine\"\nversion = \"0.1.0\"\nedition = \"2024\"\n";
    std::fs::create_dir_all(out.join("src")).unwrap();
    std::fs::write(out.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(out.join("src/main.rs"), "fn main() {}\n").unwrap();
    let spec = workspace().join("specs/origins.yaml");

    let output = generate(&spec, &out, None);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("codegen did not write it") && stderr(&output).contains("--force"));
    assert_eq!(std::fs::read_to_string(out.join("Cargo.toml")).unwrap(), manifest);
    assert!(!out.join("src/lib.rs").exists(), "nothing is written");

    // A crate the command wrote is its own to write again; --force writes anywhere.
    let generated = scratch("generated-twice");
    assert!(generate(&spec, &generated, None).status.success());
    assert!(generate(&spec, &generated, None).status.success(), "the second run writes over the first");
    let forced = generate_with(&spec, &out, None, &["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert!(std::fs::read_to_string(out.join("Cargo.toml")).unwrap().starts_with("# @generated by codegen"));
}
