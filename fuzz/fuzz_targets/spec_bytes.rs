//! Any bytes, read as a spec (JSON when they start with `{`, else YAML): the
//! generator returns files or diagnostics. A panic, a hang, or output that does not
//! parse is a bug. Seed it with real specs, such as `tests/fixtures/specs`.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let name = if data.first() == Some(&b'{') { "spec.json" } else { "spec.yaml" };
    let Ok(loaded) = codegen::pipeline::load_bytes(Path::new(name), data) else { return };
    let Ok(resolved) = codegen::pipeline::resolve(&loaded) else { return };
    if let Err(diagnostics) = codegen::pipeline::render_and_format(&resolved, codegen::pipeline::Layout::Crate) {
        panic!("generated code does not parse: {diagnostics:?}");
    }
});
