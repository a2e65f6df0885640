//! A user's own crate that regenerates its client at `cargo build`, both ways of
//! including the generated library: a binary that includes it from `OUT_DIR` (the
//! README's example crate, `examples/build-script`), and a library that writes it into
//! its source tree and includes it from there. Each builds, lints and documents with
//! no warning, offline, against this workspace's generator and lock file.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Runs cargo in `dir` and returns its stderr, failing on a failure or any warning.
fn cargo(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO"))
        .arg(args[0])
        .arg("--offline")
        .args(&args[1..])
        .current_dir(dir)
        // Beside the other generated crates' builds, whose dependencies are the same.
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTDOCFLAGS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "cargo {args:?} in {}:\n{stderr}", dir.display());
    assert!(!stderr.contains("warning"), "cargo {args:?} in {}:\n{stderr}", dir.display());
    stderr
}

#[test]
fn the_readme_shows_the_example_crate_as_it_is() {
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let build = std::fs::read_to_string(workspace().join("examples/build-script/build.rs")).unwrap();
    assert!(readme.contains(&format!("```rust,ignore\n{build}```")), "the README's build.rs is not the example's");
    let main = std::fs::read_to_string(workspace().join("examples/build-script/src/main.rs")).unwrap();
    let mount = "mod api {\n    include!(concat!(env!(\"OUT_DIR\"), \"/api/lib.rs\"));\n}\n";
    assert!(main.contains(mount) && readme.contains(mount), "the README mounts the library as the example does");
}

#[test]
fn a_binary_includes_its_client_from_out_dir() {
    // A copy, so that building it leaves the example as it is, with this workspace's
    // lock file and the generator it depends on found where the copy is.
    let example = workspace().join("examples/build-script");
    let dir = workspace().join("target/cli-tests/build-script");
    let _ = std::fs::remove_dir_all(&dir);
    for file in ["Cargo.toml", "build.rs", "src/main.rs", "specs/playai.yaml"] {
        std::fs::create_dir_all(dir.join(file).parent().unwrap()).unwrap();
        std::fs::copy(example.join(file), dir.join(file)).unwrap();
    }
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let codegen = format!("path = {:?}", workspace().join("codegen").display().to_string());
    std::fs::write(dir.join("Cargo.toml"), manifest.replace("path = \"../../codegen\"", &codegen)).unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    cargo(&dir, &["build"]);
    cargo(&dir, &["clippy", "--", "-D", "warnings"]);
    cargo(&dir, &["doc", "--no-deps"]);
    // Its test, against the generated typed mocks.
    cargo(&dir, &["clippy", "--features", "mock", "--all-targets", "--", "-D", "warnings"]);
    cargo(&dir, &["test", "--features", "mock"]);
}

#[test]
fn a_library_includes_its_client_from_its_source_tree() {
    let dir: PathBuf = workspace().join("target/cli-tests/user-library");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let codegen = workspace().join("codegen");
    let spec = workspace().join("specs/chatwoot.yaml");
    // The features that bring in the optional crates (`mock`, `tracing`, `webhooks`),
    // which the generated code is gated by.
    let features: String =
        codegen::features_toml(codegen::RUNTIME_DEPENDENCIES).into_iter().map(|(_, line)| line + "\n").collect();
    let manifest = format!(
        "[package]\nname = \"user-library\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n\n\
         [dependencies]\n{}\n[features]\n{features}\n\
         [dev-dependencies]\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\n\
         [build-dependencies]\ncodegen = {{ path = {:?}, default-features = false }}\n",
        codegen::dependencies_toml(codegen::RUNTIME_DEPENDENCIES),
        codegen.display().to_string(),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    let build = format!(
        "fn main() {{\n    println!(\"cargo::rerun-if-changed={spec}\");\n    \
         let config = codegen::Config::new().library_path(\"user_library::api\").api(\"chatwoot\", {spec:?});\n    \
         if let Err(failure) = config.write_library(\"src/api\") {{\n        eprintln!(\"{{failure}}\");\n        \
         std::process::exit(1);\n    }}\n}}\n",
        spec = spec.display().to_string(),
    );
    std::fs::write(dir.join("build.rs"), build).unwrap();
    std::fs::write(
        dir.join("src/lib.rs"),
        "//! A client, checked in.\n\npub mod api {\n    include!(\"api/lib.rs\");\n}\n",
    )
    .unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    cargo(&dir, &["build"]);
    assert!(dir.join("src/api/chatwoot/client.rs").exists(), "written into the source tree");
    cargo(&dir, &["clippy", "--", "-D", "warnings"]);
    cargo(&dir, &["doc", "--no-deps"]);
    // The page a method's return type leads to shows that operation's own methods
    // (before the trait implementations), and links to what every request takes.
    let docs = workspace().join("target/cli-tests/target/doc/user_library/api/chatwoot");
    let page = std::fs::read_to_string(docs.join("struct.ContactListRequest.html")).unwrap();
    let own = page.split("id=\"trait-implementations\"").next().unwrap();
    let mut methods: Vec<&str> = own.split("id=\"method.").skip(1).filter_map(|rest| rest.split('"').next()).collect();
    methods.sort_unstable();
    assert_eq!(methods, ["credentials", "page", "send", "sort", "stream"], "the operation's own methods");
    assert!(page.contains("trait.RequestOptionsExt.html"));
    // The module's "Start here" example, at the path the crate gives it, compiles.
    let output = Command::new(env!("CARGO"))
        .args(["test", "--offline", "--doc"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("api::chatwoot") && stdout.contains("1 passed"), "{stdout}");
}

#[test]
fn the_build_helper_names_what_the_manifest_lacks_before_writing_anything() {
    let dir: PathBuf = workspace().join("target/cli-tests/user-lacking");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    // Every runtime dependency but reqwest, and no [features] for the gate.
    let dependencies: String = codegen::RUNTIME_DEPENDENCIES
        .iter()
        .filter(|dependency| dependency.name != "reqwest")
        .map(|dependency| dependency.toml_line() + "\n")
        .collect();
    let manifest = format!(
        "[package]\nname = \"user-lacking\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n\n\
         [dependencies]\n{dependencies}\n[build-dependencies]\ncodegen = {{ path = {:?}, default-features = false }}\n",
        workspace().join("codegen").display().to_string(),
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    let spec = workspace().join("specs/playai.yaml").display().to_string();
    let build = format!(
        "fn main() {{\n    codegen::Config::new().api(\"playai\", {spec:?}).feature_gates(true).build(\"api\");\n}}\n"
    );
    std::fs::write(dir.join("build.rs"), build).unwrap();
    std::fs::write(
        dir.join("src/lib.rs"),
        "mod api {\n    include!(concat!(env!(\"OUT_DIR\"), \"/api/lib.rs\"));\n}\n",
    )
    .unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", workspace().join("target/cli-tests/target"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    let reqwest = codegen::RUNTIME_DEPENDENCIES.iter().find(|d| d.name == "reqwest").unwrap().toml_line();
    assert!(stderr.contains("[dependencies] lacks; add:"), "{stderr}");
    assert!(stderr.lines().any(|line| line.trim() == reqwest), "the line to paste: {stderr}");
    assert!(stderr.contains("add `playai = []`"), "{stderr}");
    assert!(!stderr.contains("uuid = "), "only what is missing: {stderr}");
}

/// `codegen init` run as a new user would, in a crate of their own.
fn init(dir: &Path, spec: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_codegen")).arg("init").arg(spec).arg("--crate").arg(dir).output().unwrap()
}

#[test]
fn init_sets_up_a_crate_that_builds_warning_free_and_keeps_the_users_manifest() {
    let dir = workspace().join("target/cli-tests/init-binary");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let users_part = "# The user's own comment.\n[dependencies]\n\
                      serde = { version = \"1.0.229\", features = [\"derive\"] } # theirs, as written\n";
    let manifest = format!(
        "[package]\nname = \"init-binary\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n\n{users_part}"
    );
    std::fs::write(dir.join("Cargo.toml"), &manifest).unwrap();
    let main = "//! A tool.\n\nfn main() {\n    println!(\"{}\", api::playai::DEFAULT_BASE_URL);\n}\n";
    std::fs::write(dir.join("src/main.rs"), main).unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();

    let output = init(&dir, &workspace().join("specs/playai.yaml"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains(users_part), "the user's lines are kept as written:\n{manifest}");
    for dependency in codegen::RUNTIME_DEPENDENCIES.iter().filter(|d| d.name != "serde") {
        // A crate only some code names (server-sent events) is added only if this code
        // does; every client's code names `tracing` and `wiremock`, optional behind
        // their features.
        let added = manifest.contains(&dependency.toml_line());
        let named = dependency.only_for.is_none() || ["tracing", "wiremock"].contains(&dependency.name);
        assert_eq!(added, named, "{} is added or not:\n{manifest}", dependency.name);
    }
    assert!(manifest.contains("[build-dependencies]\ncodegen = { path = "), "{manifest}");
    assert!(dir.join("specs/playai.yaml").exists());
    assert_eq!(
        std::fs::read_to_string(dir.join("src/main.rs")).unwrap(),
        "//! A tool.\n\nmod api;\n\nfn main() {\n    println!(\"{}\", api::playai::DEFAULT_BASE_URL);\n}\n"
    );
    cargo(&dir, &["build"]);
    cargo(&dir, &["clippy", "--", "-D", "warnings"]);
    cargo(&dir, &["doc", "--no-deps"]);

    // Once set up, a second run changes nothing.
    let before = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let output = init(&dir, &dir.join("specs/playai.yaml"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("nothing to do"), "{output:?}");
    assert_eq!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap(), before);
}

#[test]
fn init_writes_nothing_when_a_build_script_of_the_users_is_in_the_way() {
    let dir = workspace().join("target/cli-tests/init-in-the-way");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = "[package]\nname = \"in-the-way\"\nversion = \"0.1.0\"\nedition = \"2024\"\n";
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/main.rs"), "fn main() {}\n").unwrap();
    std::fs::write(dir.join("build.rs"), "fn main() {}\n").unwrap();
    let output = init(&dir, &workspace().join("specs/playai.yaml"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("build.rs exists") && stderr.contains(".build(\"api\");"), "{stderr}");
    assert_eq!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap(), manifest);
    assert!(!dir.join("specs").exists() && !dir.join("src/api.rs").exists());
}

#[test]
fn init_mounts_a_librarys_client_publicly_with_its_path_for_the_docs_examples() {
    let dir = workspace().join("target/cli-tests/init-library");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let manifest = "[package]\nname = \"my-lib\"\nversion = \"0.1.0\"\nedition = \"2024\"\n";
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "//! My library.\n").unwrap();
    let output = init(&dir, &workspace().join("specs/chatwoot.yaml"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let build = std::fs::read_to_string(dir.join("build.rs")).unwrap();
    let call = "codegen::Config::new().library_path(\"my_lib::api\").api(\"chatwoot\", \"specs/chatwoot.yaml\").build(\"api\");";
    assert!(build.contains(call), "{build}");
    assert_eq!(std::fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "//! My library.\n\npub mod api;\n");
}

#[test]
fn webhooks_compile_with_their_feature_and_are_left_out_quietly_without_it() {
    let dir = workspace().join("target/cli-tests/init-webhooks");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).unwrap();
    // The user's own `base64`, not optional: on anyway, so the feature does not name it.
    let manifest = "[package]\nname = \"receiver\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[workspace]\n\n\
                    [dependencies]\nbase64 = \"0.22.1\"\n";
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/lib.rs"), "//! Receives a job service's events.\n").unwrap();
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();

    let output = init(&dir, &workspace().join("tests/fixtures/specs/webhooks.yaml"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let feature = "webhooks = [\"dep:hmac-sha256\", \"dep:standardwebhooks\"]";
    let others = "mock = [\"dep:wiremock\"]\ntracing = [\"dep:tracing\"]";
    assert!(manifest.contains(&format!("[features]\n{others}\n{feature}\n")), "{manifest}");
    assert!(manifest.contains("standardwebhooks = { version = \"1.0.1\", optional = true }"), "{manifest}");
    let receiver = "pub fn receive(headers: &reqwest::header::HeaderMap, body: &[u8]) -> bool {\n    \
                    use api::webhooks::webhooks::{Verify, WebhookEvent, verifier};\n    \
                    let verifier = verifier([\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"]).unwrap();\n    \
                    verifier.verify(headers, body).and_then(WebhookEvent::decode).is_ok()\n}\n";
    let lib = std::fs::read_to_string(dir.join("src/lib.rs")).unwrap();
    std::fs::write(dir.join("src/lib.rs"), format!("{lib}\n#[cfg(feature = \"webhooks\")]\n{receiver}")).unwrap();
    cargo(&dir, &["build"]);
    cargo(&dir, &["clippy", "--features", "webhooks", "--", "-D", "warnings"]);
    cargo(&dir, &["doc", "--features", "webhooks", "--no-deps"]);

    // A crate that declares no such feature, nor the crates it brings in, goes without
    // the module (and the spans): no failure, and no warning of an unknown feature.
    let declares = |line: &str| ["webhooks = ", "tracing = ", "mock = "].iter().any(|start| line.starts_with(start));
    let bare: String = manifest
        .lines()
        .filter(|line| *line != "[features]" && !declares(line) && !line.contains("optional = true"))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(dir.join("Cargo.toml"), bare).unwrap();
    std::fs::write(dir.join("src/lib.rs"), lib).unwrap();
    cargo(&dir, &["clippy", "--", "-D", "warnings"]);
}
