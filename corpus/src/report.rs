//! What happened to each spec, and the table (or the summary) printed of it.

use std::fmt::Write as _;
use std::time::Duration;

use serde_json::Value;

/// One spec's journey: generated (or not), then compiled (or not), then its samples.
pub struct Row {
    pub spec: String,
    pub crate_name: String,
    pub generation_time: Duration,
    pub generation: Result<Generation, String>,
    pub compiler: Compiler,
    /// Why the crate was left uncompiled, when it was (too large for the machine).
    pub not_compiled: Option<String>,
    pub decode: Option<Decode>,
}

pub struct Generation {
    pub operations: usize,
    pub types: usize,
    pub lines: usize,
    pub warnings: Vec<String>,
    /// The spec's examples that do not fit their own schemas: its bugs, not ours.
    pub bad_examples: usize,
    /// The members its examples showed absent or `null` against their schemas, relaxed.
    pub evidence_repairs: usize,
    /// The generating process's peak resident memory.
    pub peak_kib: u64,
}

impl Generation {
    /// From the JSON line a generating process prints.
    pub fn from_report(report: &Value, peak_kib: u64) -> Self {
        let count = |key: &str| report[key].as_u64().unwrap_or(0) as usize;
        let warnings = report["warnings"].as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned);
        Generation {
            operations: count("operations"),
            types: count("types"),
            lines: count("lines"),
            warnings: warnings.collect(),
            bad_examples: count("bad_examples"),
            evidence_repairs: count("evidence_repairs"),
            peak_kib,
        }
    }
}

/// What the compiler said about one crate.
#[derive(Default, Clone)]
pub struct Compiler {
    pub errors: usize,
    pub warnings: usize,
    pub first: Option<String>,
}

/// What a crate's samples test found.
#[derive(Default, Clone)]
pub struct Decode {
    pub tried: usize,
    pub decoded: usize,
    pub round_tripped: usize,
    /// Samples that failed, as the test printed them.
    pub failures: Vec<String>,
    /// The test did not run to the end (a panic, a build failure): why.
    pub broken: Option<String>,
}

impl Decode {
    pub fn not_built() -> Self {
        Decode { broken: Some("the test was not built".to_owned()), ..Decode::default() }
    }

    /// What the samples test printed: `samples: 12 tried, 12 decoded, 11 round-tripped`,
    /// then a `samples: failed ...` line each.
    pub fn read(stdout: &[u8], stderr: &[u8]) -> Self {
        let stdout = String::from_utf8_lossy(stdout);
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
        // A spec without a single sample has no test to run.
        if !counted && !stdout.contains("running 0 tests") {
            let stderr = String::from_utf8_lossy(stderr);
            decode.broken = Some(stderr.lines().find(|l| l.contains("panicked")).unwrap_or("no summary").to_owned());
        }
        decode
    }
}

impl Row {
    pub fn passed(&self) -> bool {
        let decoded = self.decode.as_ref().is_none_or(|d| d.failures.is_empty() && d.broken.is_none());
        self.generation.is_ok()
            && self.not_compiled.is_none()
            && self.compiler.errors == 0
            && self.compiler.warnings == 0
            && decoded
    }

    pub fn result(&self) -> String {
        let generation = match &self.generation {
            Err(first) => return format!("generation failed: {first}"),
            Ok(generation) => generation,
        };
        let Compiler { errors, warnings, first } = &self.compiler;
        let first = first.as_deref().unwrap_or("");
        if let Some(why) = &self.not_compiled {
            format!("not compiled: {why}")
        } else if *errors > 0 {
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

/// A row per spec.
pub fn table(rows: &[Row], decode: bool) -> String {
    let mut table = String::from("| spec | operations | types | lines | generation |");
    if decode {
        table.push_str(" samples | decoded | round-tripped | spec's bad examples | relaxed by examples |");
    }
    table.push_str(" result |\n|---|--:|--:|--:|--:|");
    if decode {
        table.push_str("--:|--:|--:|--:|--:|");
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
            let relaxed = row.generation.as_ref().map_or("-".to_owned(), |g| g.evidence_repairs.to_string());
            match &row.decode {
                Some(d) => {
                    let _ = write!(table, " {} | {} | {} | {bad} | {relaxed} |", d.tried, d.decoded, d.round_tripped);
                }
                None => {
                    let _ = write!(table, " - | - | - | {bad} | {relaxed} |");
                }
            }
        }
        let _ = writeln!(table, " {} |", row.result().replace('|', "\\|"));
    }
    let passed = rows.iter().filter(|row| row.passed()).count();
    let _ = writeln!(table, "\n{passed} of {} specs passed", rows.len());
    table
}

/// The figures of a large run, and a line for each spec that did not pass.
pub fn summary(rows: &[Row], generate_only: bool, decode: bool) -> String {
    let mut text = String::new();
    let generated: Vec<&Generation> = rows.iter().filter_map(|row| row.generation.as_ref().ok()).collect();
    let failed =
        |needle: &str| rows.iter().filter(|r| r.generation.as_ref().err().is_some_and(|e| e.contains(needle))).count();
    let crashed = failed("the generator crashed");
    let hung = failed("and was stopped");
    let slowest = rows.iter().max_by_key(|r| r.generation_time);
    let hungriest =
        rows.iter().filter_map(|r| Some((r, r.generation.as_ref().ok()?.peak_kib))).max_by_key(|(_, kib)| *kib);
    let _ = writeln!(text, "specs: {}", rows.len());
    let _ = writeln!(
        text,
        "generated: {}; refused with an error: {}; crashed: {crashed}; stopped after the time limit: {hung}",
        generated.len(),
        rows.len() - generated.len() - crashed - hung
    );
    if let Some(row) = slowest {
        let _ = writeln!(text, "slowest generation: {:.2} s ({})", row.generation_time.as_secs_f64(), row.spec);
    }
    if let Some((row, kib)) = hungriest {
        let _ = writeln!(text, "largest peak memory: {} MiB ({})", kib / 1024, row.spec);
    }
    let warnings: usize = generated.iter().map(|g| g.warnings.len()).sum();
    let bad_examples: usize = generated.iter().map(|g| g.bad_examples).sum();
    let evidence: usize = generated.iter().map(|g| g.evidence_repairs).sum();
    let relaxed_specs = generated.iter().filter(|g| g.evidence_repairs > 0).count();
    let _ = writeln!(
        text,
        "generator warnings: {warnings}, of which examples that do not fit their schema: {bad_examples}, and \
         members relaxed because an example shows them absent or null: {evidence} (in {relaxed_specs} specs)"
    );
    if !generate_only {
        let built = |r: &&Row| r.generation.is_ok() && r.not_compiled.is_none() && r.compiler.errors == 0;
        let compiled = rows.iter().filter(built).count();
        let clean = rows.iter().filter(built).filter(|r| r.compiler.warnings == 0).count();
        let too_large = rows.iter().filter(|r| r.not_compiled.is_some()).count();
        let _ =
            writeln!(text, "compiled: {compiled}; without a warning: {clean}; too large to compile here: {too_large}");
    }
    if decode {
        let decodes: Vec<&Decode> = rows.iter().filter_map(|r| r.decode.as_ref()).collect();
        let sum = |f: fn(&Decode) -> usize| decodes.iter().map(|d| f(d)).sum::<usize>();
        let broken = decodes.iter().filter(|d| d.broken.is_some()).count();
        let _ = writeln!(
            text,
            "samples: {} tried, {} decoded, {} round-tripped; tests broken: {broken}",
            sum(|d| d.tried),
            sum(|d| d.decoded),
            sum(|d| d.round_tripped)
        );
    }
    let _ = writeln!(text, "\nnot passed:");
    for row in rows.iter().filter(|row| !row.passed()) {
        let _ = writeln!(text, "{}: {}", row.crate_name, row.result());
    }
    text
}
