#!/usr/bin/env bash
# Installs what hashwatt needs to build and test, and nothing that is already there.
# Sources: crates.io, npm, Debian only (see docs/toolchain.md for why each pin).
# Safe to run again: every step checks first, and a warm run takes about a second.
set -euo pipefail
cd "$(dirname "$0")/.."
# Tools cargo installs land here: find them on the next run.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

say() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Rust: the wasm target and the lint/format components.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# Chromium and chromedriver (Debian's), for browser and end-to-end tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  apt_install chromium chromium-driver
fi

# curl, for scripts/snapshot.sh (and its test against the fake mempool server).
if ! command -v curl >/dev/null; then
  say "installing curl from Debian"
  apt_install curl
fi

# Node and npm, for wasm-opt (npm package binaryen; Debian's binaryen is too old), esbuild
# (minifies the JS glue: scripts/minify-glue.mjs), axe-core (the accessibility tests
# inject it into the page) and playwright-core (screenshots.sh).
if ! command -v npm >/dev/null; then
  say "installing nodejs and npm from Debian"
  apt_install nodejs npm
fi
if [ ! -x node_modules/.bin/wasm-opt ] || ! node_modules/.bin/wasm-opt --version | grep -q "version 132" \
  || [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/playwright-core/package.json ] \
  || [ ! -x node_modules/.bin/esbuild ]; then
  say "installing binaryen (wasm-opt), esbuild, axe-core and playwright-core from npm"
  npm ci --no-audit --no-fund --silent
fi

# wasm-bindgen-cli at Cargo.lock's version (its own lockfile cannot be used here, so no
# --locked: docs/toolchain.md).
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install -q --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Trunk: 0.22 needs a newer rustc than these machines have. LTO off halves the build.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 4 minutes)"
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install -q --force --locked trunk --version "$TRUNK_VERSION"
fi

# Crates for the offline Trunk build.
cargo fetch --locked -q
