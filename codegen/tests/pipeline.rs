//! The stages run one after the other and the threaded path the generator takes write
//! the same bytes.

use std::path::Path;

use codegen::pipeline;

#[test]
fn threaded_rendering_writes_what_the_stages_write_in_turn() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/chatwoot.yaml");
    let loaded = pipeline::load(&spec).expect("the spec loads");
    let mut resolved = pipeline::resolve(&loaded).expect("the spec resolves");
    assert!(!pipeline::gate_by_tag(&mut resolved).is_empty(), "the spec has tags to gate by");
    let (in_turn, _) =
        pipeline::format(pipeline::render(&resolved, pipeline::Layout::Crate)).expect("the stages succeed");
    let (threaded, _) =
        pipeline::render_and_format(&resolved, pipeline::Layout::Crate).expect("the threaded path succeeds");
    // The root, models, client, support, and the examples test with its samples.
    assert_eq!(in_turn.len(), 6);
    assert_eq!(in_turn, threaded);
}
