//! Structure-aware: specs built by `spec_builder.rs` from arbitrary input.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "../spec_builder.rs"]
mod spec_builder;

fuzz_target!(|spec: spec_builder::Spec| {
    let text = serde_json::to_vec(&spec_builder::document(&spec)).expect("a JSON value serialises");
    let Ok(loaded) = codegen::pipeline::load_bytes(Path::new("spec.json"), &text) else { return };
    let Ok(resolved) = codegen::pipeline::resolve(&loaded) else { return };
    if let Err(diagnostics) = codegen::pipeline::render_and_format(&resolved, codegen::pipeline::Layout::Crate) {
        panic!("generated code does not parse: {diagnostics:?}");
    }
});
