#!/usr/bin/env bash
# Runs every check and test of hashwatt, installing what is missing first:
# format, clippy (native and wasm32), the release build and its size, native tests
# (engine, scenario, end to end in Chromium against dist/), and browser component tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --check

step "clippy (native and wasm32)"
cargo clippy -q --all-targets --locked -- -D warnings
cargo clippy -q --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "release build"
scripts/build.sh

step "bundle size"
scripts/size.sh

step "native tests: engine, scenario, end to end"
cargo test --locked

step "browser tests (headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test 'browser_*'
