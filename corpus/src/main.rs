//! `corpus PATH... [--out target/corpus] [--clippy] [--doc] [--decode]`: generates a crate
//! from every spec given (a folder stands for the specs in it and its subfolders),
//! compiles them in one workspace, and prints a table of what happened. With
//! `--decode`, each crate's test decodes the spec's examples and instances made from
//! every named schema through the generated types and encodes them back.
//!
//! Each spec is generated in a process of its own, with a time limit, so that a crash
//! or a hang is a result in the table and not the end of the run. `--batch N` compiles
//! N crates at a time and cleans up after each batch, for runs over thousands of specs;
//! `--resume` goes on from where such a run stopped.
//!
//! Exits non-zero if any spec fails to generate, its crate does not compile
//! warning-free, or (with `--decode`) a sample fails to decode or round-trip.

mod cargo;
mod generate;
mod journal;
mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;

use report::Row;

#[derive(Parser)]
#[command(about = "Generates and compiles a crate from every OpenAPI spec in a folder")]
struct Cli {
    /// Specs (`.yaml`, `.yml`, `.json`), or folders of them (read with their subfolders).
    #[arg(required_unless_present = "generate_one")]
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
    /// Decodes the spec's examples and instances of every named schema through the
    /// generated types, encodes them back and compares (builds and runs each crate's test).
    #[arg(long)]
    decode: bool,
    /// Generates only: no compiling (how the whole public directory is swept for crashes).
    #[arg(long)]
    generate_only: bool,
    /// Compiles (and decodes) this many crates at a time, removing each batch's build
    /// output after it; all at once by default.
    #[arg(long)]
    batch: Option<usize>,
    /// Leaves uncompiled a crate of more generated lines than this, whose check would
    /// need more memory than the machine has (rustc held 18 GB seven minutes into
    /// Microsoft Graph beta's 5.4 million lines, and growing): named in the results,
    /// not counted as passed.
    #[arg(long)]
    max_compile_lines: Option<usize>,
    /// Goes on from an earlier run into the same `--out`: a crate compiled then, from
    /// the same generated sources, is not compiled again and keeps what was found.
    #[arg(long)]
    resume: bool,
    /// Generations run side by side.
    #[arg(long, default_value_t = 1)]
    jobs: usize,
    /// Seconds one spec's generation may take before it is stopped and counted as a hang.
    #[arg(long, default_value_t = 60)]
    timeout: u64,
    /// Prints the figures and the specs that did not pass, not a row for every spec.
    #[arg(long)]
    summary: bool,
    /// Prints every diagnostic of the generator, not just their count.
    #[arg(long)]
    verbose: bool,
    /// Internal: generates one spec into `--out` and prints what it came to as JSON.
    #[arg(long, hide = true)]
    generate_one: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(spec) = &cli.generate_one {
        generate::generate_one(spec, &cli.out, cli.decode);
        return ExitCode::SUCCESS;
    }
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

    // Paths that differ only in punctuation make the same name: the later ones are numbered.
    let mut names = std::collections::HashSet::new();
    for (name, _) in &mut specs {
        let base = name.clone();
        *name = (1..)
            .map(|i| if i == 1 { base.clone() } else { format!("{base}-{i}") })
            .find(|n| names.insert(n.clone()))
            .expect("an unbounded list has a free name");
    }
    let limits = generate::Limits { timeout: Duration::from_secs(cli.timeout), jobs: cli.jobs.max(1) };
    let mut rows: Vec<Row> = generate::generate_all(&specs, &out, cli.decode, limits)?;
    if !cli.generate_only {
        let mut journal = journal::Journal::open(&out, cli.resume)?;
        let mut members = Vec::new();
        for row in rows.iter_mut().filter(|row| row.generation.is_ok()) {
            let lines = row.generation.as_ref().map_or(0, |generation| generation.lines);
            if let Some(limit) = cli.max_compile_lines.filter(|&limit| lines > limit) {
                row.not_compiled = Some(format!("{lines} lines, over --max-compile-lines {limit}"));
                continue;
            }
            match journal.recall(&out, &row.crate_name) {
                Some((compiler, decode)) => (row.compiler, row.decode) = (compiler, decode.filter(|_| cli.decode)),
                None => members.push(row.crate_name.clone()),
            }
        }
        if cli.resume {
            eprintln!("{} crate(s) left to compile", members.len());
        }
        let batch = cli.batch.unwrap_or(members.len()).max(1);
        let batches = members.len().div_ceil(batch);
        for (k, chunk) in members.chunks(batch).enumerate() {
            let results = cargo::build_and_test(&out, chunk, cli.clippy, cli.doc, cli.decode, cli.batch.is_some())?;
            for row in rows.iter_mut().filter(|row| chunk.contains(&row.crate_name)) {
                let (compiler, decode) = results.get(&row.crate_name.replace('-', "_")).cloned().unwrap_or_default();
                row.compiler = compiler;
                if cli.decode {
                    row.decode = Some(decode.unwrap_or_else(report::Decode::not_built));
                }
                journal.record(&out, &row.crate_name, &row.compiler, row.decode.as_ref());
                // A run of hours says what it found as it goes, not only at the end.
                if batches > 1 && !row.passed() {
                    eprintln!("not passed: {}: {}", row.crate_name, row.result());
                }
            }
            if batches > 1 {
                eprintln!("batch {} of {batches} compiled", k + 1);
            }
        }
    }
    if cli.summary {
        print!("{}", report::summary(&rows, cli.generate_only, cli.decode));
    } else {
        print!("{}", report::table(&rows, cli.decode));
    }
    let detail = if cli.verbose { usize::MAX } else { 5 };
    for row in &rows {
        for failure in row.decode.iter().flat_map(|d| &d.failures).take(detail) {
            println!("{}: {failure}", row.spec);
        }
        if cli.verbose {
            for warning in row.generation.iter().flat_map(|g| &g.warnings) {
                println!("{}: {warning}", row.spec);
            }
        }
    }
    Ok(rows.iter().all(Row::passed))
}

/// The spec files at `path`, each with the crate name it makes: the file itself, or
/// the files in the folder and its subfolders, named by their path inside it.
fn spec_files(path: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    if path.is_file() {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        return Ok(vec![(crate_name(&stem), path.to_path_buf())]);
    }
    let mut specs = Vec::new();
    let mut pending = vec![path.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder).map_err(|err| format!("cannot read {}: {err}", folder.display()))?;
        for entry in entries.filter_map(Result::ok).map(|entry| entry.path()) {
            if entry.is_dir() {
                pending.push(entry);
            } else if entry.extension().is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json") {
                let inside = entry.strip_prefix(path).unwrap_or(&entry).with_extension("");
                specs.push((crate_name(&inside.to_string_lossy()), entry));
            }
        }
    }
    if specs.is_empty() {
        return Err(format!("no .yaml, .yml or .json files in {}", path.display()));
    }
    specs.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(specs)
}

/// `oai-v3.1-mega` -> `spec-oai-v3-1-mega`: prefixed so no spec is named like a
/// dependency; runs of other characters are one dash.
fn crate_name(stem: &str) -> String {
    let words: Vec<String> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    format!("spec-{}", words.join("-"))
}
