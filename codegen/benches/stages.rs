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
        let loaded = pipeline::load(&spec).expect("the spec loads");
        let resolved = pipeline::resolve(&loaded).expect("the spec resolves");
        let rendered = pipeline::render(&resolved, pipeline::Layout::Crate);
        group.bench_function("load", |b| b.iter(|| pipeline::load(&spec).is_ok()));
        group.bench_function("resolve", |b| b.iter(|| pipeline::resolve(&loaded).is_ok()));
        group.bench_function("render", |b| b.iter(|| pipeline::render(&resolved, pipeline::Layout::Crate)));
        group.bench_function("format", |b| b.iter(|| pipeline::format(rendered.clone()).is_ok()));
        group.bench_function("total", |b| {
            b.iter(|| {
                let resolved = pipeline::resolve(&pipeline::load(&spec).unwrap()).unwrap();
                pipeline::render_and_format(&resolved, pipeline::Layout::Crate).is_ok()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
