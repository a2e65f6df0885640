//! The stages run one after the other and the threaded path the generator takes write
//! the same bytes.

use std::path::Path;

use codegen::pipeline;

#[test]
fn threaded_rendering_writes_what_the_stages_write_in_turn() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/chatwoot.yaml");
    let mut diags = pipeline::Diagnostics::default();
    let options = pipeline::ResolveOptions::default();
    let loaded = pipeline::load(&spec, &mut diags).expect("the spec loads");
    let mut resolved = pipeline::resolve(&loaded, &options, &mut diags).expect("the spec resolves");
    let samples = pipeline::samples(&loaded, &resolved, &options, &mut diags);
    assert!(!samples.is_empty(), "the spec has examples");
    assert!(!pipeline::gate_by_tag(&mut resolved).is_empty(), "the spec has tags to gate by");
    let render = pipeline::RenderOptions::new(pipeline::Layout::Crate, &spec);
    let in_turn =
        pipeline::format(pipeline::render(&resolved, &samples, &render), &mut diags).expect("the stages succeed");
    let threaded =
        pipeline::render_and_format(&resolved, &samples, &render, &mut diags).expect("the threaded path succeeds");
    assert!(!diags.has_errors());
    // The root, models and their serde impls, client, support, the typed mocks, and the
    // examples test with its samples. The threaded path lays out the client's 97
    // operations and the models in shares of 48 items, and joins their text.
    assert_eq!(in_turn.len(), 8);
    assert_eq!(in_turn, threaded);
}

/// An OpenAPI 3.2 example's `dataValue` is a sample, also of a `QUERY` operation's response.
#[test]
fn a_data_value_of_a_query_operation_is_a_sample() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/specs/openapi-3-2.yaml");
    let generated = codegen::Config::new().api("api", &spec).generate_crate().expect("the spec generates");
    let examples = generated.files.iter().find(|file| file.path == Path::new("src/examples.json")).unwrap();
    let samples: serde_json::Value = serde_json::from_str(&examples.contents).unwrap();
    let at = "/paths/~1feed/query/responses/200/content/application~1json/examples/two/value";
    let sample = samples.as_array().unwrap().iter().find(|sample| sample["at"] == at).expect("the dataValue sample");
    assert_eq!(sample["value"], serde_json::json!([{"title": "a"}, {"title": "ab"}]));
    // Without a `dataValue`, a `serializedValue` of JSON text is the value.
    let at = at.replace("/two/", "/one/");
    let sample =
        samples.as_array().unwrap().iter().find(|sample| sample["at"] == at).expect("the serializedValue sample");
    assert_eq!(sample["value"], serde_json::json!([{"title": "abc"}]));
}
