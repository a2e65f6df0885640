//! Regenerates the PlayAI client into `OUT_DIR` whenever the vendored spec changes.

fn main() {
    let spec = "specs/playai.yaml";
    println!("cargo::rerun-if-changed={spec}");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("api");
    match codegen::Config::new().library_path("crate::api").api("playai", spec).write_library(&out) {
        Ok(report) => {
            for warning in &report.warnings {
                println!("cargo::warning={warning}");
            }
        }
        Err(failure) => {
            eprintln!("{failure}");
            std::process::exit(1);
        }
    }
}
