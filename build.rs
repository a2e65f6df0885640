//! Regenerates `generated/` from `specs/` when a spec changes, in this repository
//! (where `.cargo/config.toml` sets `cfg(regenerate)`); elsewhere the committed code is
//! what compiles, and this script does nothing.

#[cfg(regenerate)]
use std::path::Path;

/// Each API: its module, and the spec it is generated from.
#[cfg(regenerate)]
const APIS: [(&str, &str); 3] =
    [("playai", "specs/playai.yaml"), ("chatwoot", "specs/chatwoot.yaml"), ("origins", "specs/origins.yaml")];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(regenerate)]
    regenerate();
}

#[cfg(regenerate)]
fn regenerate() {
    println!("cargo::rerun-if-changed=specs");
    let mut config = codegen::Config::new().crate_name(env!("CARGO_PKG_NAME"));
    for (module, spec) in APIS {
        config = config.api(module, spec);
    }
    match config.feature_gates(true).write_library("generated") {
        Ok(report) => {
            // A spec's warnings are for whoever edits it: shown when the code made from
            // it changes, not on every fresh build of a crate that depends on this one.
            for (module, spec) in APIS {
                let mut changed = report.write.written.iter().chain(&report.write.removed);
                if changed.any(|path| path.starts_with(module)) {
                    for warning in report.warnings.iter().filter(|w| w.file == Path::new(spec)) {
                        println!("cargo::warning={warning}");
                    }
                }
            }
        }
        Err(failure) => {
            eprint!("{failure}");
            std::process::exit(1);
        }
    }
}
