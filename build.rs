//! Regenerates `generated/` from `specs/` when a spec changes.

fn main() {
    println!("cargo::rerun-if-changed=specs");
    println!("cargo::rerun-if-changed=build.rs");
    let result = codegen::Config::new()
        .api("playai", "specs/playai.yaml")
        .api("chatwoot", "specs/chatwoot.yaml")
        .api("origins", "specs/origins.yaml")
        .feature_gates(true)
        .write_library("generated");
    match result {
        Ok(report) => {
            for warning in report.warnings {
                println!("cargo::warning={warning}");
            }
        }
        Err(failure) => {
            eprint!("{failure}");
            std::process::exit(1);
        }
    }
}
