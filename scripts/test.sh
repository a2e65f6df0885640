#!/usr/bin/env bash
# Installs what the tests need, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Stoplight Prism, pinned by tests/prism/package-lock.json, for the end-to-end tests.
npm ci --prefix tests/prism --no-audit --no-fund --loglevel=error

cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
# Each vendor module builds on its own, behind its feature.
for feature in playai chatwoot origins; do
  cargo clippy --locked --no-default-features --features "$feature" -- -D warnings
done
cargo test --workspace --locked
