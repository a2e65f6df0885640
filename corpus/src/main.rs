//! `corpus PATH... [--out target/corpus] [--clippy] [--doc] [--decode]`: generates a crate
//! from every spec given (a folder stands for the specs in it), compiles them all in one
//! workspace, and prints a table of what happened. With `--decode`, each crate's test
//! decodes the spec's examples and instances made from every named schema through the
//! generated types and encodes them back.
//!
//! Exits non-zero if any spec fails to generate, its crate does not compile
//! warning-free, or (with `--decode`) a sample fails to decode or round-trip.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use cargo_metadata::Message;
use cargo_metadata::diagnostic::DiagnosticLevel;
use clap::Parser;

#[derive(Parser)]
#[command(about = "Generates and compiles a crate from every OpenAPI spec in a folder")]
struct Cli {
    /// Specs (`.yaml`, `.yml`, `.json`), or folders of them.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The workspace the crates are written into.
    #[arg(long, default_value = "target/corpus")]
    out: PathBuf,
    /// Runs `cargo clippy -- -D warnings` instead of `cargo check`.
    #[arg(long)]
    clippy: bool,
    /// Also documents every crate (`cargo doc`, rustdoc's lints denied): spec text
    /// in docs must not become HTML or links to missing items.
    #[arg(long)]
    doc: bool,
    /// Prints every diagnostic of the generator, not just their count.
    #[arg(long)]
    verbose: bool,
    /// Decodes the spec's examples and instances of every named schema through the
    /// generated types, encodes them back and compares (builds and runs each crate's test).
    #[arg(long)]
    decode: bool,
}

/// One spec's journey: generated (or not), then compiled (or not).
struct Row {
    spec: String,
    crate_name: String,
    generation_time: Duration,
    generation: Result<Generation, String>,
    compiler: Compiler,
    decode: Option<Decode>,
}

/// What a crate's samples test found.
#[derive(Default)]
struct Decode {
    tried: usize,
    decoded: usize,
    round_tripped: usize,
    /// Samples that failed, as the test printed them.
    failures: Vec<String>,
    /// The test did not run to the end (a panic, a build failure): why.
    broken: Option<String>,
}

struct Generation {
    operations: usize,
    types: usize,
    lines: usize,
    warnings: Vec<String>,
    /// The spec's examples that do not fit their own schemas: its bugs, not ours.
    bad_examples: usize,
}

/// What the compiler said about one crate.
#[derive(Default)]
struct Compiler {
    errors: usize,
    warnings: usize,
    first: Option<String>,
}

impl Row {
    fn passed(&self) -> bool {
        let decoded = self.decode.as_ref().is_none_or(|d| d.failures.is_empty() && d.broken.is_none());
        self.generation.is_ok() && self.compiler.errors == 0 && self.compiler.warnings == 0 && decoded
    }

    fn result(&self) -> String {
        let generation = match &self.generation {
            Err(first) => return format!("generation failed: {first}"),
            Ok(generation) => generation,
        };
        let Compiler { errors, warnings, first } = &self.compiler;
        let first = first.as_deref().unwrap_or("");
        if *errors > 0 {
            format!("{errors} compile error(s): {first}")
        } else if *warnings > 0 {
            format!("{warnings} compiler warning(s): {first}")
        } else if let Some(broken) = self.decode.as_ref().and_then(|d| d.broken.as_ref()) {
            format!("samples test broken: {broken}")
        } else if let Some(decode) = self.decode.as_ref().filter(|d| !d.failures.is_empty()) {
            format!("{} sample(s) failed: {}", decode.failures.len(), decode.failures[0])
        } else if generation.warnings.is_empty() {
            "ok".to_owned()
        } else {
            format!("ok, {} generator warning(s)", generation.warnings.len())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("corpus: {err}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> Result<bool, String> {
    let mut specs = Vec::new();
    for path in &cli.paths {
        specs.extend(spec_files(path)?);
    }
    std::fs::create_dir_all(&cli.out).map_err(|err| format!("cannot create {}: {err}", cli.out.display()))?;
    // Absolute, because cargo runs inside it and reads CARGO_TARGET_DIR from there.
    let out = cli.out.canonicalize().map_err(|err| format!("cannot find {}: {err}", cli.out.display()))?;

    let mut names = std::collections::HashSet::new();
    if let Some(twice) = specs.iter().find(|spec| !names.insert(crate_name(&stem(spec)))) {
        return Err(format!("two specs would make the crate {}: rename one", crate_name(&stem(twice))));
    }
    // Progress goes to stderr, the table to stdout.
    let mut rows: Vec<Row> = specs
        .iter()
        .map(|spec| {
            let row = generate(spec, &out, cli.decode);
            eprintln!("generated {} in {:.3} s", row.spec, row.generation_time.as_secs_f64());
            row
        })
        .collect();
    let members: Vec<&str> =
        rows.iter().filter(|row| row.generation.is_ok()).map(|row| row.crate_name.as_str()).collect();
    if !members.is_empty() {
        write_workspace(&out, &members)?;
        eprintln!("compiling {} crate(s) with cargo {}", members.len(), if cli.clippy { "clippy" } else { "check" });
        let mut compiled = compile(&out, if cli.clippy { Tool::Clippy } else { Tool::Check })?;
        if cli.doc {
            eprintln!("documenting {} crate(s)", members.len());
            for (name, doc) in compile(&out, Tool::Doc)? {
                let compiler = compiled.entry(name).or_default();
                compiler.errors += doc.errors;
                compiler.warnings += doc.warnings;
                compiler.first = compiler.first.take().or(doc.first);
            }
        }
        for row in &mut rows {
            if row.generation.is_ok() {
                row.compiler = compiled.remove(&row.crate_name.replace('-', "_")).unwrap_or_default();
            }
        }
        if cli.decode {
            eprintln!("building and running the samples test of every crate");
            let mut decoded = decode_samples(&out)?;
            for row in rows.iter_mut().filter(|row| row.generation.is_ok()) {
                let found = decoded.remove(&row.crate_name.replace('-', "_"));
                row.decode = Some(found.unwrap_or_else(|| Decode {
                    broken: Some("the test was not built".to_owned()),
                    ..Decode::default()
                }));
            }
        }
    }

    print!("{}", table(&rows, cli.decode));
    if cli.decode {
        for row in &rows {
            for failure in row.decode.iter().flat_map(|d| &d.failures).take(if cli.verbose { usize::MAX } else { 5 }) {
                println!("{}: {failure}", row.spec);
            }
        }
    }
    if cli.verbose {
        for row in &rows {
            for warning in row.generation.iter().flat_map(|g| &g.warnings) {
                println!("{}: {warning}", row.spec);
            }
        }
    }
    Ok(rows.iter().all(Row::passed))
}

/// The path itself if it is a file, else the spec files directly inside the folder.
fn spec_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let mut specs: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json"))
        .collect();
    if specs.is_empty() {
        return Err(format!("no .yaml, .yml or .json files in {}", path.display()));
    }
    specs.sort();
    Ok(specs)
}

fn stem(spec: &Path) -> String {
    spec.file_stem().unwrap_or_default().to_string_lossy().into_owned()
}

fn generate(spec: &Path, out: &Path, decode: bool) -> Row {
    let crate_name = crate_name(&stem(spec));
    let start = Instant::now();
    let config = codegen::Config::new().api(crate_name.replace('-', "_"), spec).synthesised_samples(decode);
    let generated = config.generate_crate(&crate_name);
    let generation_time = start.elapsed();
    let generation = generated
        .and_then(|generated| {
            let summary = generated.apis[0].clone();
            let lines = generated
                .files
                .iter()
                .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
                .map(|f| f.contents.lines().count())
                .sum();
            let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
            let bad_examples =
                generated.warnings.iter().filter(|w| w.message.starts_with(codegen::BAD_EXAMPLE)).count();
            generated.write(out.join(&crate_name))?;
            Ok(Generation { operations: summary.operations, types: summary.types, lines, warnings, bad_examples })
        })
        .map_err(|failure| failure.diagnostics.first().map(ToString::to_string).unwrap_or_default());
    let spec = spec.file_name().unwrap_or_default().to_string_lossy().into_owned();
    Row { spec, crate_name, generation_time, generation, compiler: Compiler::default(), decode: None }
}

/// `oai-v3.1-mega` -> `spec-oai-v3-1-mega`: prefixed so no spec is named like a dependency.
fn crate_name(stem: &str) -> String {
    let name: String =
        stem.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    format!("spec-{}", name.trim_matches('-'))
}

/// A workspace of just this run's crates, locked to the versions this repository tests.
fn write_workspace(out: &Path, members: &[&str]) -> Result<(), String> {
    let mut manifest = String::from("# Written by the corpus command.\n[workspace]\nresolver = \"3\"\nmembers = [\n");
    for member in members {
        let _ = writeln!(manifest, "    \"{member}\",");
    }
    manifest.push_str("]\n\n");
    // The samples tests are built, not only checked: without debug info they link far faster.
    manifest.push_str("[profile.dev]\ndebug = false\n");
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

/// Checks (or lints, or documents) every crate in one cargo run and sorts the
/// compiler's messages by crate.
fn compile(out: &Path, tool: Tool) -> Result<BTreeMap<String, Compiler>, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.arg(match tool {
        Tool::Check => "check",
        Tool::Clippy => "clippy",
        Tool::Doc => "doc",
    });
    command.args(["--workspace", "--keep-going", "--message-format=json"]);
    match tool {
        Tool::Clippy => {
            command.args(["--", "-D", "warnings"]);
        }
        Tool::Doc => {
            command.arg("--no-deps").env("RUSTDOCFLAGS", "-D warnings");
        }
        Tool::Check => {}
    }
    let mut child = command
        .current_dir(out)
        .env("CARGO_TARGET_DIR", out.join("target"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run cargo: {err}"))?;

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
    let output = child.wait_with_output().map_err(|err| format!("cargo did not finish: {err}"))?;
    if !output.status.success() && compiled.values().all(|c| c.errors == 0) {
        return Err(format!("cargo failed before compiling:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(compiled)
}

/// Builds every crate's test, runs each crate's samples test, and reads what it printed.
fn decode_samples(out: &Path) -> Result<BTreeMap<String, Decode>, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut child = Command::new(cargo)
        .args(["test", "--workspace", "--lib", "--no-run", "--no-fail-fast", "--message-format=json"])
        .current_dir(out)
        .env("CARGO_TARGET_DIR", out.join("target"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("cannot run cargo: {err}"))?;
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
                broken.broken.get_or_insert_with(|| message.message.message.clone());
            }
            _ => {}
        }
    }
    let output = child.wait_with_output().map_err(|err| format!("cargo did not finish: {err}"))?;
    if !output.status.success() && results.is_empty() {
        return Err(format!("cargo failed before building the tests:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    for (name, executable) in tests {
        let output = Command::new(&executable)
            .args(["samples_decode_and_encode_back", "--nocapture", "--test-threads=1"])
            .output()
            .map_err(|err| format!("cannot run {}: {err}", executable.display()))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut decode = Decode::default();
        let mut counted = false;
        for line in stdout.lines() {
            // The test harness may print its own words first on the line.
            let Some(said) = line.find("samples: ").map(|at| &line[at + "samples: ".len()..]) else { continue };
            if let Some(failure) = said.strip_prefix("failed ") {
                decode.failures.push(failure.to_owned());
            } else {
                let numbers: Vec<usize> =
                    said.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
                if let [tried, decoded, round_tripped] = numbers[..] {
                    (decode.tried, decode.decoded, decode.round_tripped) = (tried, decoded, round_tripped);
                    counted = true;
                }
            }
        }
        if !counted && stdout.contains("running 0 tests") {
            // A spec with no samples at all has no test.
        } else if !counted {
            let stderr = String::from_utf8_lossy(&output.stderr);
            decode.broken = Some(stderr.lines().find(|l| l.contains("panicked")).unwrap_or("no summary").to_owned());
        }
        results.insert(name, decode);
    }
    Ok(results)
}

fn table(rows: &[Row], decode: bool) -> String {
    let mut table = String::from("| spec | operations | types | lines | generation |");
    if decode {
        table.push_str(" samples | decoded | round-tripped | spec's bad examples |");
    }
    table.push_str(" result |\n|---|--:|--:|--:|--:|");
    if decode {
        table.push_str("--:|--:|--:|--:|");
    }
    table.push_str("---|\n");
    for row in rows {
        let (operations, types, lines) = match &row.generation {
            Ok(g) => (g.operations.to_string(), g.types.to_string(), g.lines.to_string()),
            Err(_) => ("-".into(), "-".into(), "-".into()),
        };
        let time = format!("{:.3} s", row.generation_time.as_secs_f64());
        let _ = write!(table, "| {} | {operations} | {types} | {lines} | {time} |", row.spec);
        if decode {
            let bad = row.generation.as_ref().map_or("-".to_owned(), |g| g.bad_examples.to_string());
            match &row.decode {
                Some(d) => {
                    let _ = write!(table, " {} | {} | {} | {bad} |", d.tried, d.decoded, d.round_tripped);
                }
                None => {
                    let _ = write!(table, " - | - | - | {bad} |");
                }
            }
        }
        let _ = writeln!(table, " {} |", row.result().replace('|', "\\|"));
    }
    let passed = rows.iter().filter(|row| row.passed()).count();
    let _ = writeln!(table, "\n{passed} of {} specs passed", rows.len());
    table
}
