#!/usr/bin/env bash
# Refreshes the network snapshot hashwatt ships (data/snapshot.csv) from a mempool
# instance, with one command before a release:
#   scripts/snapshot.sh https://mempool.space            rewrites data/snapshot.csv
#   scripts/snapshot.sh http://127.0.0.1:8999 out.csv    writes elsewhere
# Sends the six GETs the page itself sends (src/live/endpoint.rs) with curl, then reads
# them with the page's own decoders and limits (examples/snapshot.rs): figures that
# the page would refuse are refused here too, and nothing is written.
#
# A new snapshot changes the figures of every golden link that follows the snapshot
# (README, "Links"): re-baseline those in the same commit, with a CHANGELOG entry.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: scripts/snapshot.sh URL [OUT]   (OUT defaults to data/snapshot.csv)" >&2
  exit 2
fi
base=${1%/}
out=${2:-data/snapshot.csv}
command -v curl >/dev/null || { echo "snapshot: needs curl" >&2; exit 2; }
source scripts/env.sh

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build -q --locked --example snapshot
# "path file" lines: the endpoints, as src/live/endpoint.rs names them.
paths=$(cargo run -q --locked --example snapshot -- --paths)
while read -r path file; do
  # A failed request leaves no file: the decoder then names the endpoint.
  curl -fsS --max-time 10 -o "$dir/$file" "$base$path" \
    || { echo "snapshot: GET $base$path failed" >&2; rm -f "$dir/$file"; }
done <<<"$paths"

tmp=$(mktemp)
if ! cargo run -q --locked --example snapshot -- "$dir" "$base" >"$tmp"; then
  rm -f "$tmp"
  exit 1
fi
mv "$tmp" "$out"
echo "snapshot: wrote $out:" >&2
cat "$out" >&2
