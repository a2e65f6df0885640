#!/usr/bin/env bash
# Installs what the tests need, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Stoplight Prism for the end-to-end tests, and GitHub's REST description for the
# corpus run, each pinned by its package-lock.json.
npm ci --prefix tests/prism --no-audit --no-fund --loglevel=error
npm ci --prefix tests/corpus --no-audit --no-fund --loglevel=error

cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# Each vendor module builds on its own, behind its feature.
for feature in playai chatwoot origins; do
  cargo clippy --locked --no-default-features --features "$feature" -- -D warnings
done
cargo test --workspace --locked
# Docs from spec text must be inert: no HTML, no links to items that are not there.
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --locked --quiet

# Real-world specs: each generated crate must pass clippy -D warnings on its own.
cargo run --release --locked -p corpus -- --clippy \
  specs tests/fixtures/specs tests/corpus/node_modules/@octokit/openapi/generated/api.github.com.json
