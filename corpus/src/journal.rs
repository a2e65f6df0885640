//! What earlier runs found, kept so that a run over thousands of specs survives being
//! stopped: `--resume` reads it and compiles only the crates whose generated sources
//! differ from what was compiled then.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::report::{Compiler, Decode};

/// One line of JSON per compiled crate, appended as each batch ends.
pub struct Journal {
    path: PathBuf,
    /// By crate name: the fingerprint of its sources when compiled, and what was found.
    found: HashMap<String, (u64, Compiler, Option<Decode>)>,
}

impl Journal {
    /// The journal in `out`; with `resume`, what it already holds, else emptied.
    pub fn open(out: &Path, resume: bool) -> Result<Self, String> {
        let path = out.join("compiled.jsonl");
        let mut found = HashMap::new();
        if resume && let Ok(text) = std::fs::read_to_string(&path) {
            for line in text.lines() {
                let Ok(entry) = serde_json::from_str::<Value>(line) else { continue };
                if let Some((name, fingerprint, found_then)) = read_entry(&entry) {
                    found.insert(name, (fingerprint, found_then.0, found_then.1));
                }
            }
        } else {
            std::fs::write(&path, "").map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        }
        Ok(Journal { path, found })
    }

    /// What was found when `crate_name` was compiled with the same sources as now.
    pub fn recall(&self, out: &Path, crate_name: &str) -> Option<(Compiler, Option<Decode>)> {
        let (fingerprint, compiler, decode) = self.found.get(crate_name)?;
        (*fingerprint == fingerprint_of(&out.join(crate_name))).then(|| (compiler.clone(), decode.clone()))
    }

    pub fn record(&mut self, out: &Path, crate_name: &str, compiler: &Compiler, decode: Option<&Decode>) {
        let fingerprint = fingerprint_of(&out.join(crate_name));
        let decode = decode.map(|d| {
            json!({"tried": d.tried, "decoded": d.decoded, "round_tripped": d.round_tripped,
                   "failures": d.failures, "broken": d.broken})
        });
        let entry = json!({
            "crate": crate_name, "fingerprint": fingerprint.to_string(),
            "errors": compiler.errors, "warnings": compiler.warnings, "first": compiler.first,
            "decode": decode,
        });
        // A journal that cannot be written costs a resumed run time, not results.
        if let Ok(mut file) = std::fs::OpenOptions::new().append(true).open(&self.path) {
            let _ = writeln!(file, "{entry}");
        }
    }
}

type Found = (Compiler, Option<Decode>);

fn read_entry(entry: &Value) -> Option<(String, u64, Found)> {
    let count = |value: &Value, key: &str| value[key].as_u64().unwrap_or(0) as usize;
    let text = |value: &Value| value.as_str().map(str::to_owned);
    let compiler =
        Compiler { errors: count(entry, "errors"), warnings: count(entry, "warnings"), first: text(&entry["first"]) };
    let decode = entry["decode"].as_object().map(|_| {
        let d = &entry["decode"];
        Decode {
            tried: count(d, "tried"),
            decoded: count(d, "decoded"),
            round_tripped: count(d, "round_tripped"),
            failures: d["failures"].as_array().into_iter().flatten().filter_map(text).collect(),
            broken: text(&d["broken"]),
        }
    });
    Some((text(&entry["crate"])?, entry["fingerprint"].as_str()?.parse().ok()?, (compiler, decode)))
}

/// A hash of a generated crate's manifest and sources, in name order.
fn fingerprint_of(crate_dir: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
    let mut files = vec![crate_dir.join("Cargo.toml")];
    if let Ok(entries) = std::fs::read_dir(crate_dir.join("src")) {
        files.extend(entries.filter_map(Result::ok).map(|entry| entry.path()));
    }
    files.sort();
    for file in files {
        file.file_name().hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}
