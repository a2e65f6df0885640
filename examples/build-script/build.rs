//! Regenerates the PlayAI client into `OUT_DIR/api` whenever the vendored spec changes:
//! `Config::build` checks `Cargo.toml` first, reruns on a change to what it read, and
//! shows the spec's warnings.

fn main() {
    codegen::Config::new().api("playai", "specs/playai.yaml").build("api");
}
