//! Compiling the generated crates in one cargo workspace, and running their samples
//! tests: what the compiler and the tests said, by crate.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cargo_metadata::Message;
use cargo_metadata::diagnostic::DiagnosticLevel;

use crate::report::{Compiler, Decode};

/// What cargo and the tests said of each crate, by its library's name (`spec_box_openapi`).
pub type Results = BTreeMap<String, (Compiler, Option<Decode>)>;

/// Checks (or lints) `members`, documents them with `doc`, and builds and runs their
/// samples tests with `decode`. `clean`: the batch's build output is removed after.
pub fn build_and_test(
    out: &Path,
    members: &[String],
    clippy: bool,
    doc: bool,
    decode: bool,
    clean: bool,
) -> Result<Results, String> {
    write_workspace(out, members)?;
    eprintln!("compiling {} crate(s) with cargo {}", members.len(), if clippy { "clippy" } else { "check" });
    let mut results: Results = BTreeMap::new();
    for (name, compiler) in compile(out, if clippy { Tool::Clippy } else { Tool::Check })? {
        results.entry(name).or_default().0 = compiler;
    }
    if doc {
        eprintln!("documenting {} crate(s)", members.len());
        for (name, found) in compile(out, Tool::Doc)? {
            let compiler = &mut results.entry(name).or_default().0;
            compiler.errors += found.errors;
            compiler.warnings += found.warnings;
            compiler.first = compiler.first.take().or(found.first);
        }
    }
    if decode {
        eprintln!("building and running the samples test of {} crate(s)", members.len());
        for (name, found) in decode_samples(out)? {
            results.entry(name).or_default().1 = Some(found);
        }
    }
    if clean {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command.arg("clean").current_dir(out).env("CARGO_TARGET_DIR", out.join("target"));
        for member in members {
            command.args(["-p", member]);
        }
        let _ = command.stdout(Stdio::null()).stderr(Stdio::null()).status();
    }
    Ok(results)
}

/// A workspace of just these crates, locked to the versions this repository tests.
fn write_workspace(out: &Path, members: &[String]) -> Result<(), String> {
    let mut manifest = String::from("# Written by the corpus command.\n[workspace]\nresolver = \"3\"\nmembers = [\n");
    for member in members {
        let _ = writeln!(manifest, "    \"{member}\",");
    }
    manifest.push_str("]\n\n");
    // The samples tests are built, not only checked: without debug info they link far
    // faster. Each crate is built once, so incremental caches would only fill the disk
    // (2.7 GB for CI's sample).
    manifest.push_str("[profile.dev]\ndebug = false\nincremental = false\n");
    std::fs::write(out.join("Cargo.toml"), manifest).map_err(|err| format!("cannot write the workspace: {err}"))?;
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    if !out.join("Cargo.lock").exists() {
        std::fs::copy(&lock, out.join("Cargo.lock")).map_err(|err| format!("cannot copy {}: {err}", lock.display()))?;
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Tool {
    Check,
    Clippy,
    Doc,
}

fn cargo(out: &Path) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(out).env("CARGO_TARGET_DIR", out.join("target")).stdout(Stdio::piped()).stderr(Stdio::piped());
    command
}

/// Reads a child's stderr on a thread of its own while its stdout is read here: a
/// workspace's worth of "Compiling ..." lines would fill the pipe and stall both.
fn drain_stderr(child: &mut std::process::Child) -> std::thread::JoinHandle<String> {
    let mut stderr = child.stderr.take().expect("stderr is piped");
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    })
}

/// How long one crate's samples test may run.
const TEST_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(300);

/// Runs a test binary with a time limit; its stdout and stderr.
fn run_test(executable: &Path) -> Result<(Vec<u8>, Vec<u8>), String> {
    let mut child = Command::new(executable)
        .args(["samples_decode_and_encode_back", "--nocapture", "--test-threads=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run {}: {err}", executable.display()))?;
    let stderr = drain_stderr(&mut child);
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let stdout = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut bytes);
        bytes
    });
    let start = std::time::Instant::now();
    while child.try_wait().map_err(|err| err.to_string())?.is_none() {
        if start.elapsed() > TEST_TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return Ok((Vec::new(), format!("panicked: ran past {} s", TEST_TIME_LIMIT.as_secs()).into_bytes()));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Ok((stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default().into_bytes()))
}

/// Checks (or lints, or documents) every crate in one cargo run and sorts the
/// compiler's messages by crate.
fn compile(out: &Path, tool: Tool) -> Result<BTreeMap<String, Compiler>, String> {
    let mut command = cargo(out);
    command.arg(match tool {
        Tool::Check => "check",
        Tool::Clippy => "clippy",
        Tool::Doc => "doc",
    });
    // Every feature: the modules behind one (`webhooks`) are checked too.
    command.args(["--workspace", "--all-features", "--keep-going", "--message-format=json"]);
    match tool {
        Tool::Clippy => {
            command.args(["--", "-D", "warnings"]);
        }
        Tool::Doc => {
            command.arg("--no-deps").env("RUSTDOCFLAGS", "-D warnings");
        }
        Tool::Check => {}
    }
    let mut child = command.spawn().map_err(|err| format!("cannot run cargo: {err}"))?;
    let stderr = drain_stderr(&mut child);
    let mut compiled: BTreeMap<String, Compiler> = BTreeMap::new();
    let stdout = child.stdout.take().expect("stdout is piped");
    for message in Message::parse_stream(BufReader::new(stdout)) {
        let Ok(Message::CompilerMessage(message)) = message else { continue };
        let diagnostic = message.message;
        // Summaries such as "aborting due to 2 previous errors" point at no code.
        if diagnostic.spans.is_empty() {
            continue;
        }
        let compiler = compiled.entry(message.target.name.clone()).or_default();
        match diagnostic.level {
            DiagnosticLevel::Error | DiagnosticLevel::Ice => compiler.errors += 1,
            DiagnosticLevel::Warning => compiler.warnings += 1,
            _ => continue,
        }
        if compiler.first.is_none() || (diagnostic.level != DiagnosticLevel::Warning && compiler.errors == 1) {
            let span = &diagnostic.spans[0];
            compiler.first = Some(format!("{}:{}: {}", span.file_name, span.line_start, diagnostic.message));
        }
    }
    let status = child.wait().map_err(|err| format!("cargo did not finish: {err}"))?;
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() && compiled.values().all(|c| c.errors == 0) {
        return Err(format!("cargo failed before compiling:\n{stderr}"));
    }
    Ok(compiled)
}

/// A compiler error in one line; a linker's, which says only "linking with `cc` failed",
/// with what the linker itself said last (`ld: ... No space left on device`, say).
fn cause(diagnostic: &cargo_metadata::diagnostic::Diagnostic) -> String {
    if !diagnostic.message.starts_with("linking with") {
        return diagnostic.message.clone();
    }
    let lines: Vec<&str> = diagnostic.children.iter().flat_map(|note| note.message.lines()).map(str::trim).collect();
    let linker = lines.iter().rev().find(|line| line.contains("ld:") && !line.starts_with("collect2"));
    match linker {
        Some(line) => format!("{}: {}", diagnostic.message, line.chars().take(160).collect::<String>()),
        None => diagnostic.message.clone(),
    }
}

/// Builds every crate's test, runs each crate's samples test, and reads what it printed.
fn decode_samples(out: &Path) -> Result<BTreeMap<String, Decode>, String> {
    let mut command = cargo(out);
    // `build --tests` makes the same test executables as `test --no-run`, and unlike it
    // keeps going past a crate that does not build: one broken crate is one failure.
    command.args(["build", "--workspace", "--tests", "--keep-going", "--message-format=json"]);
    let mut child = command.spawn().map_err(|err| format!("cannot run cargo: {err}"))?;
    let stderr = drain_stderr(&mut child);
    let mut tests: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut results: BTreeMap<String, Decode> = BTreeMap::new();
    let stdout = child.stdout.take().expect("stdout is piped");
    for message in Message::parse_stream(BufReader::new(stdout)) {
        match message {
            Ok(Message::CompilerArtifact(artifact)) if artifact.profile.test => {
                if let Some(executable) = artifact.executable {
                    tests.insert(artifact.target.name.clone(), executable.into_std_path_buf());
                }
            }
            Ok(Message::CompilerMessage(message)) if message.message.level == DiagnosticLevel::Error => {
                let broken = results.entry(message.target.name.clone()).or_default();
                broken.broken.get_or_insert_with(|| cause(&message.message));
            }
            _ => {}
        }
    }
    let status = child.wait().map_err(|err| format!("cargo did not finish: {err}"))?;
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() && results.is_empty() {
        return Err(format!("cargo failed before building the tests:\n{stderr}"));
    }
    if !status.success() {
        // The table says only which tests were not built; cargo's own words say why.
        let lines: Vec<&str> = stderr.lines().filter(|line| !line.trim_start().starts_with("Compiling")).collect();
        eprintln!("cargo could not build every samples test; the end of what it said:");
        for line in &lines[lines.len().saturating_sub(20)..] {
            eprintln!("  {line}");
        }
    }
    for (name, executable) in tests {
        let (stdout, stderr) = run_test(&executable)?;
        results.insert(name, Decode::read(&stdout, &stderr));
    }
    Ok(results)
}

#[cfg(test)]
mod tests {
    use super::cause;

    fn diagnostic(message: &str, note: &str) -> cargo_metadata::diagnostic::Diagnostic {
        serde_json::from_value(serde_json::json!({
            "message": message, "code": null, "level": "error", "spans": [], "rendered": null,
            "children": [{ "message": note, "code": null, "level": "note", "spans": [], "children": [], "rendered": null }],
        }))
        .expect("a diagnostic")
    }

    #[test]
    fn a_linker_failure_says_what_the_linker_said() {
        let failed = diagnostic(
            "linking with `cc` failed: exit status: 1",
            "\"cc\" \"-m64\" ...\n  = note: some arguments are omitted\n/usr/bin/ld: final link failed: No space left on device\ncollect2: error: ld returned 1 exit status\n",
        );
        assert_eq!(
            cause(&failed),
            "linking with `cc` failed: exit status: 1: /usr/bin/ld: final link failed: No space left on device"
        );
    }

    #[test]
    fn a_compiler_error_is_its_message() {
        assert_eq!(cause(&diagnostic("mismatched types", "expected `u8`")), "mismatched types");
    }
}
