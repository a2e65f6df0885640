//! Structure-aware: specs built by `spec_builder.rs` from arbitrary input.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "../spec_builder.rs"]
mod spec_builder;

fuzz_target!(|spec: spec_builder::Spec| {
    let text = serde_json::to_vec(&spec_builder::document(&spec)).expect("a JSON value serialises");
    let mut diags = codegen::pipeline::Diagnostics::default();
    let _ = codegen::pipeline::run_bytes(Path::new("spec.json"), &text, &mut diags);
    let internal: Vec<_> = diags.iter().filter(|d| d.kind == codegen::DiagnosticKind::Internal).collect();
    assert!(internal.is_empty(), "the generator failed on its own: {internal:?}");
});
