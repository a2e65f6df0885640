//! Specs built to hurt: bounded work and a clear error, never a panic or a hang.

use std::path::{Path, PathBuf};

use codegen::pipeline;

fn spec(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Every problem in the sink, one a line.
fn all(diags: &pipeline::Diagnostics) -> String {
    diags.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
}

fn generated(path: &Path) -> Result<usize, String> {
    let mut diags = pipeline::Diagnostics::default();
    let bytes = std::fs::read(path).unwrap();
    let files = pipeline::run_bytes(path, &bytes, &mut diags).map_err(|_| all(&diags))?;
    Ok(files.iter().map(|f| f.contents.len()).sum())
}

/// A JSON spec with no paths whose `components/schemas` members are `schemas`.
fn json_spec(schemas: &str) -> String {
    format!(
        r#"{{"openapi": "3.0.0", "info": {{"title": "t", "version": "1"}}, "paths": {{}},
            "components": {{"schemas": {{{schemas}}}}}}}"#
    )
}

/// An object schema `depth` levels deep, as JSON.
fn nested_object(depth: usize) -> String {
    let mut schema = String::from(r#"{"type": "string"}"#);
    for _ in 0..depth {
        schema = format!(r#"{{"type": "object", "properties": {{"a": {schema}}}}}"#);
    }
    schema
}

#[test]
fn billion_laughs_aliases_are_refused() {
    let mut text = String::from("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\nx-bomb:\n");
    text.push_str("  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..10 {
        let previous = format!("*a{}", level - 1);
        text.push_str(&format!("  a{level}: &a{level} [{}]\n", vec![previous; 10].join(", ")));
    }
    let err = generated(&spec("laughs.yaml", &text)).unwrap_err();
    assert!(err.contains("repetition limit exceeded"), "{err}");
}

#[test]
fn nesting_deeper_than_the_parser_allows_is_an_error() {
    let text = json_spec(&format!(r#""Deep": {}"#, nested_object(200)));
    let err = generated(&spec("deep.json", &text)).unwrap_err();
    assert!(err.contains("recursion limit exceeded"), "{err}");

    let mut yaml = String::from("type: string");
    for _ in 0..200 {
        yaml = format!("{{type: object, properties: {{a: {yaml}}}}}");
    }
    let text = format!(
        "openapi: 3.0.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Deep: {yaml}\n"
    );
    let err = generated(&spec("deep.yaml", &text)).unwrap_err();
    assert!(err.contains("recursion limit exceeded"), "{err}");
}

#[test]
fn deep_nesting_within_the_limit_and_long_ref_chains_generate() {
    let chain: Vec<String> =
        (0..1000).map(|i| format!(r##""A{i}": {{"$ref": "#/components/schemas/A{}"}}"##, i + 1)).collect();
    let schemas = format!(r#""Deep": {}, {}, "A1000": {{"type": "string"}}"#, nested_object(40), chain.join(", "));
    let text = json_spec(&schemas);
    assert!(generated(&spec("chain.json", &text)).unwrap() > 0);
}

#[test]
fn a_huge_enum_generates() {
    let values: Vec<String> = (0..20_000).map(|i| format!("\"v{i}\"")).collect();
    let text = json_spec(&format!(r#""Big": {{"type": "string", "enum": [{}]}}"#, values.join(", ")));
    let bytes = generated(&spec("enum.json", &text)).unwrap();
    assert!(bytes > 20_000 * 10, "every value has its variant: {bytes} bytes");
}

/// The number of types the spec at `path` resolves to.
fn type_count(path: &Path) -> Result<usize, String> {
    let mut diags = pipeline::Diagnostics::default();
    let loaded = pipeline::load(path, &mut diags).map_err(|_| all(&diags))?;
    let resolved = pipeline::resolve(&loaded, &Default::default(), &mut diags).map_err(|_| all(&diags))?;
    Ok(resolved.summary().types)
}

/// `count` components, each with a member `next` that is the next one plus a member
/// of its own, through `allOf`: merging each means merging the rest of the chain.
fn allof_chain(count: usize) -> String {
    let links: Vec<String> = (0..count)
        .map(|i| {
            format!(
                r##""C{i}": {{"type": "object", "properties": {{"next": {{"allOf": [
                    {{"$ref": "#/components/schemas/C{}"}},
                    {{"type": "object", "properties": {{"extra{i}": {{"type": "string"}}}}}}]}}}}}}"##,
                i + 1
            )
        })
        .collect();
    json_spec(&format!(r#"{}, "C{count}": {{"type": "object"}}"#, links.join(", ")))
}

#[test]
fn a_schema_reached_through_allof_wrappers_of_itself_is_one_recursive_type() {
    // How the public directory's AWS specs describe every member: this overflowed the stack.
    let text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Expression:\n      type: object\n      properties:\n        Not:\n          allOf: [{$ref: '#/components/schemas/Expression'}, {description: Negation.}]\n        And:\n          allOf: [{$ref: '#/components/schemas/Expressions'}, {description: All of these.}]\n    Expressions: {type: array, items: {$ref: '#/components/schemas/Expression'}}\n";
    let path = spec("wrapped.yaml", text);
    assert_eq!(type_count(&path).unwrap(), 2);
    let files = pipeline::run_bytes(&path, text.as_bytes(), &mut pipeline::Diagnostics::default()).unwrap();
    let types = &files.iter().find(|f| f.path.ends_with("types.rs")).unwrap().contents;
    assert!(types.contains("/// Negation.\n    pub not: Option<Box<Expression>>,"), "{types}");
}

#[test]
fn recursion_through_an_allof_that_adds_members_is_recognised() {
    let text = json_spec(
        r##""Node": {"type": "object", "properties": {"child": {"allOf": [
            {"$ref": "#/components/schemas/Node"},
            {"type": "object", "properties": {"depth": {"type": "integer"}}}]}}}"##,
    );
    // `Node`, and `NodeChild` (a node with a depth, whose own child is a `NodeChild`).
    assert_eq!(type_count(&spec("self-merge.json", &text)).unwrap(), 2);
}

#[test]
fn merging_allof_members_costs_one_definition_per_schema() {
    // Each inline schema is resolved once, wherever merging reaches it from: the types
    // grow with the spec, not with the square of it.
    let types = type_count(&spec("chain.json", &allof_chain(80))).unwrap();
    assert!(types < 5 * 80, "{types} types for 80 links");
}

#[test]
fn merges_nested_deeper_than_the_limit_are_an_error_not_a_crash() {
    // Run on a test thread, whose stack (2 MiB) is a quarter of a build script's.
    let err = type_count(&spec("long-chain.json", &allof_chain(150))).unwrap_err();
    assert!(err.contains("schemas nest more than 100 deep here"), "{err}");
}
