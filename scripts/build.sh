#!/usr/bin/env bash
# Builds the release site into dist/ (what a host serves as static files).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release
# The JS glue, minified (Trunk's minifier cannot parse it), with its integrity hash.
node scripts/minify-glue.mjs dist
# Offline after one visit: dist/sw.js and its registration in index.html.
node scripts/sw.mjs dist
# The Content-Security-Policy: a meta tag with the loader script's hash, and _headers.
node scripts/csp.mjs dist
