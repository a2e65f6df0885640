//! Any bytes, read as a spec (JSON when they start with `{`, else YAML): the
//! generator returns files or diagnostics. A panic, a hang, or output that does not
//! parse is a bug. Seed it with real specs, such as `tests/fixtures/specs`.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = if data.first() == Some(&b'{') { "spec.json" } else { "spec.yaml" };
    let mut diags = codegen::pipeline::Diagnostics::default();
    let _ = codegen::pipeline::run_bytes(Path::new(name), data, &mut diags);
    let internal: Vec<_> = diags.iter().filter(|d| d.kind == codegen::DiagnosticKind::Internal).collect();
    assert!(internal.is_empty(), "the generator failed on its own: {internal:?}");
});
