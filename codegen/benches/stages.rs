//! Each pipeline stage timed on its own, for Chatwoot's spec (vendored) and GitHub's
//! REST description (from `BENCH_GITHUB_SPEC`, else the copy the test script fetches
//! from npm): `cargo bench -p codegen --bench stages`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use codegen::pipeline;
use criterion::{Criterion, criterion_group, criterion_main};

fn specs() -> Vec<(&'static str, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let github = std::env::var_os("BENCH_GITHUB_SPEC")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("tests/corpus/node_modules/@octokit/openapi/generated/api.github.com.json"));
    let mut specs = vec![("chatwoot", root.join("specs/chatwoot.yaml"))];
    if github.exists() {
        specs.push(("github", github));
    } else {
        eprintln!(
            "no GitHub spec at {}: set BENCH_GITHUB_SPEC, or run `npm ci --prefix tests/corpus`",
            github.display()
        );
    }
    specs
}

fn stages(c: &mut Criterion) {
    for (name, spec) in specs() {
        let mut group = c.benchmark_group(name);
        group.sample_size(10).measurement_time(Duration::from_secs(10));
        // Each stage reports to a sink of its own, so that none grows over the runs.
        let diags = pipeline::Diagnostics::default;
        let options = pipeline::ResolveOptions::default();
        let render_options = pipeline::RenderOptions::new(pipeline::Layout::Crate, &spec);
        let loaded = pipeline::load(&spec, &mut diags()).expect("the spec loads");
        let resolved = pipeline::resolve(&loaded, &options, &mut diags()).expect("the spec resolves");
        let samples = pipeline::samples(&loaded, &resolved, &options, &mut diags());
        let rendered = pipeline::render(&resolved, &samples, &render_options);
        group.bench_function("load", |b| b.iter(|| pipeline::load(&spec, &mut diags()).is_ok()));
        group.bench_function("resolve", |b| b.iter(|| pipeline::resolve(&loaded, &options, &mut diags()).is_ok()));
        group.bench_function("samples", |b| {
            b.iter(|| pipeline::samples(&loaded, &resolved, &options, &mut diags()).len())
        });
        group.bench_function("render", |b| b.iter(|| pipeline::render(&resolved, &samples, &render_options)));
        group.bench_function("format", |b| b.iter(|| pipeline::format(rendered.clone(), &mut diags()).is_ok()));
        group.bench_function("total", |b| {
            b.iter(|| {
                let mut diags = diags();
                let loaded = pipeline::load(&spec, &mut diags).unwrap();
                let resolved = pipeline::resolve(&loaded, &options, &mut diags).unwrap();
                let samples = pipeline::samples(&loaded, &resolved, &options, &mut diags);
                pipeline::render_and_format(&resolved, &samples, &render_options, &mut diags).is_ok()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
