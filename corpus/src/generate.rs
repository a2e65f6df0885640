//! Generating each spec's crate in a process of its own: a crash or a hang of the
//! generator is then a result for that spec, with the time and peak memory it took.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::report::{Compiler, Generation, Row};

/// What one generation may take, and how many run side by side.
#[derive(Clone, Copy)]
pub struct Limits {
    pub timeout: Duration,
    pub jobs: usize,
}

/// Generates every spec, `limits.jobs` at a time, each in a child process.
pub fn generate_all(specs: &[(String, PathBuf)], out: &Path, decode: bool, limits: Limits) -> Result<Vec<Row>, String> {
    let me = std::env::current_exe().map_err(|err| format!("cannot find this program: {err}"))?;
    let next = std::sync::atomic::AtomicUsize::new(0);
    let rows = std::sync::Mutex::new(Vec::with_capacity(specs.len()));
    std::thread::scope(|scope| {
        for _ in 0..limits.jobs {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((name, spec)) = specs.get(i) else { break };
                    let row = generate_isolated(&me, spec, name, out, decode, limits.timeout);
                    eprintln!("generated {} in {:.3} s", row.spec, row.generation_time.as_secs_f64());
                    rows.lock().expect("no thread panics holding it").push((i, row));
                }
            });
        }
    });
    let mut rows = rows.into_inner().expect("no thread panics holding it");
    rows.sort_by_key(|(i, _)| *i);
    Ok(rows.into_iter().map(|(_, row)| row).collect())
}

fn generate_isolated(me: &Path, spec: &Path, crate_name: &str, out: &Path, decode: bool, timeout: Duration) -> Row {
    let mut command = Command::new(me);
    command.arg("--generate-one").arg(spec).arg("--out").arg(out.join(crate_name));
    if decode {
        command.arg("--decode");
    }
    let start = Instant::now();
    let finished = run_with_limit(command, timeout);
    let generation_time = start.elapsed();
    let generation = match finished {
        Finished::Exited { stdout, peak_kib, .. } => match serde_json::from_str::<Value>(stdout.trim()) {
            Ok(report) if report.get("error").is_some() => Err(report["error"].as_str().unwrap_or_default().to_owned()),
            Ok(report) => Ok(Generation::from_report(&report, peak_kib)),
            Err(_) => Err("the generator exited without a report".to_owned()),
        },
        Finished::Crashed(how) => Err(format!("the generator crashed: {how}")),
        Finished::TimedOut => Err(format!("the generator ran past {} s and was stopped", timeout.as_secs())),
        Finished::NotStarted(err) => Err(format!("cannot start the generator: {err}")),
    };
    let spec = spec.file_name().unwrap_or_default().to_string_lossy().into_owned();
    Row {
        spec,
        crate_name: crate_name.to_owned(),
        generation_time,
        generation,
        compiler: Compiler::default(),
        not_compiled: None,
        decode: None,
    }
}

enum Finished {
    Exited { stdout: String, peak_kib: u64 },
    Crashed(String),
    TimedOut,
    NotStarted(std::io::Error),
}

/// Runs `command`, stopping it after `timeout`; its peak memory comes from `wait4`.
fn run_with_limit(mut command: Command, timeout: Duration) -> Finished {
    let mut child = match command.stdout(Stdio::piped()).stderr(Stdio::null()).spawn() {
        Ok(child) => child,
        Err(err) => return Finished::NotStarted(err),
    };
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let pid = child.id() as libc::pid_t;
    let start = Instant::now();
    let mut status = 0;
    // SAFETY: an all-zero `rusage` is a valid value for `wait4` to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut timed_out = false;
    loop {
        // SAFETY: `pid` is this process's child, not yet waited for; the pointers are to live locals.
        let waited = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if waited == pid {
            break;
        }
        if waited < 0 {
            return Finished::Crashed("it could not be waited for".to_owned());
        }
        if start.elapsed() > timeout && !timed_out {
            let _ = child.kill();
            timed_out = true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let stdout = reader.join().unwrap_or_default();
    if timed_out {
        return Finished::TimedOut;
    }
    if libc::WIFSIGNALED(status) {
        return Finished::Crashed(format!("signal {}", libc::WTERMSIG(status)));
    }
    if libc::WEXITSTATUS(status) != 0 {
        return Finished::Crashed(format!("exit status {}", libc::WEXITSTATUS(status)));
    }
    Finished::Exited { stdout, peak_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0) }
}

/// The first error of a failure (warnings may come before it).
fn first_error(failure: &codegen::Failure) -> String {
    let errors = failure.diagnostics.iter().filter(|d| d.severity == codegen::Severity::Error);
    errors.chain(&failure.diagnostics).next().map(ToString::to_string).unwrap_or_default()
}

/// The child's side: generates the spec into `out` and prints what it came to as one
/// JSON line (or the first problem, as `{"error": ...}`).
pub fn generate_one(spec: &Path, out: &Path, decode: bool) {
    let crate_name = out.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let config = codegen::Config::new()
        .api(crate_name.replace('-', "_"), spec)
        .crate_name(&crate_name)
        .synthesised_samples(decode);
    let report = match config.generate_crate() {
        Ok(generated) => {
            let summary = generated.apis[0].clone();
            let rust = generated.files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "rs"));
            let lines: usize = rust.map(|f| f.contents.lines().count()).sum();
            let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
            let kind = |kind| generated.warnings.iter().filter(|w| w.kind == kind).count();
            let bad_examples = kind(codegen::DiagnosticKind::BadExample);
            let evidence_repairs = kind(codegen::DiagnosticKind::Evidence);
            match generated.write(out) {
                Ok(_) => json!({
                    "operations": summary.operations,
                    "types": summary.types,
                    "lines": lines,
                    "warnings": warnings,
                    "bad_examples": bad_examples,
                    "evidence_repairs": evidence_repairs,
                }),
                Err(failure) => {
                    json!({ "error": first_error(&failure) })
                }
            }
        }
        Err(failure) => json!({ "error": first_error(&failure) }),
    };
    println!("{report}");
}
