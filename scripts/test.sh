#!/usr/bin/env bash
# Installs what the tests need, then runs every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Stoplight Prism, pinned by tests/prism/package-lock.json, for the end-to-end tests.
npm ci --prefix tests/prism --no-audit --no-fund --loglevel=error

cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
