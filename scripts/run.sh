#!/usr/bin/env bash
# Builds hashwatt and serves it on http://127.0.0.1:8080, rebuilding on change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
echo "hashwatt: serving on http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --release
