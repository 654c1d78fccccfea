#!/usr/bin/env bash
# Prints the size of each file the page downloads from dist/, raw and gzip -9, and
# checks the total against the budget. Run scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
# 200 KB was the budget of the first page (it measured 128 KB); saved scenarios, the
# projection and its chart brought it to about 205 KB. Fleets, sites and regions
# brought it to 239.7 KB and embedding (embed mode, its messages, the builder panel)
# to 266.1 KB. Issue 11 asks for 240 KB; the redesign that redraws only what changed
# (a component per field, section and picker, one table of keys and of hooks,
# structured messages) measured 272.0 KB, and twiggy puts most of the code in Yew's
# code instantiated per component (see docs/toolchain.md, "Size"). Then, measured at
# each merge: the corrected conventions (every IRR, the exact payback day, notes for old
# links) 278.3; the first-visit defaults and currency without drift 274.1 after trims;
# live network figures (decoders, fetch, source line) +16.6; saved scenarios under Web
# Locks with the merge (+10.6); embed checks against the current scenario and the
# framing rule: together 309.9 KB. That is over the issues' targets (240 KB, then 250);
# the budget holds the figure so that a growth shows, while the targets are worked on
# (the largest parts: Yew's per-component code, 105 KB raw of string data, serde_json).
# Issue 15's page (results first, collapsed sections, typed numbers, formatting, tables
# that scroll in named regions, the chart's areas and readout, the story card, compare
# with today, the embed's locks, contrast and network option) brought it to 351.5 KB:
# a known defect against the 250 KB the issues ask for. Minifying the release build's HTML
# and CSS (Trunk.toml) took 3.2 KB off, the JS glue (scripts/minify-glue.mjs) 2.0 KB, and
# four leaf components made plain functions (headline, notes, reset all, summary bar)
# 2.4 KB: 343.9 KB. Saved scenarios and the embed builder then moved to the on-demand
# module, loaded when one of them is opened (src/app/on_demand/; issue 11 counts code
# loaded only when a feature is opened out of the first visit): 306.8 KB, held here at
# 307 KB. The service worker's registration (scripts/sw.mjs) added 0.1 KB to index.html;
# the worker itself is not the first visit's (issue 11 leaves it out). One live region
# (the chart's readout live only while the chart has focus, warnings named in the
# announcement) added 0.6 KB: 307.5 KB. Reading every f64 with lexical-parse-float's
# compact parser (src/decimal.rs) instead of core's took 10.0 KB off: 297.5 KB. Reading
# the API's answers with src/live/json.rs instead of serde_json took 14.6 KB off: 282.9
# KB. talc as the allocator instead of dlmalloc (src/lib.rs) took 2.2 KB off: 280.7 KB.
# An insertion sort for the few short lists sorted (src/small_sort.rs) and a slot per
# key instead of BTreeMaps (src/scenario/key_map.rs) took 13.6 KB off: 267.1 KB; a
# query's repeated keys found without a HashSet, 1.2 KB: 265.9 KB. Then more of what is
# opened on demand moved to the on-demand module (src/app/on_demand/): the four collapsed
# input sections (8.8 KB), the schedule's table (3.4), the story's figures and then and
# now (3.8), the comparison with today's network (2.5): 247.4 KB; one hook for the
# details drawn once opened (src/app/hooks/details.rs): 247.3 KB, held at 248, within
# issues 14 and 15's 250 KB (issue 11's 240 is not reached). docs/toolchain.md ("Where the bytes go") says what the rest is.
BUDGET_KB=${BUDGET_KB:-248}
[ -f dist/index.html ] || { echo "size: dist/ is not built: run scripts/build.sh" >&2; exit 1; }
total=0
printf '%-10s %-44s %10s %10s\n' kind file raw gzip-9
for f in dist/index.html dist/*.js dist/snippets/*/*.js dist/*_bg.wasm dist/*.css; do
  [ -f "$f" ] || continue
  # embed.js is the partner's download, not the page's: checked on its own below.
  [ "$f" = dist/embed.js ] && continue
  # The on-demand module is loaded only when one of its parts is opened (saved
  # scenarios, the builder, a collapsed input section, the schedule's table, the story's
  # figures, then and now, the comparison; src/app/on_demand/): not the first visit's.
  # Printed below.
  case "$f" in dist/on-demand*) continue ;; esac
  # The service worker is fetched after the first results, once: printed below.
  [ "$f" = dist/sw.js ] && continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total=$((total + gz))
  printf '%-10s %-44s %10d %10d\n' "${f##*.}" "${f#dist/}" "$raw" "$gz"
done
printf "total gzip-9: %d bytes (%s KB); budget %d KB\n" "$total" "$(awk "BEGIN { printf \"%.1f\", $total / 1024 }")" "$BUDGET_KB"
if [ "$total" -gt $((BUDGET_KB * 1024)) ]; then
  echo "size: over budget" >&2
  exit 1
fi

# Core's float parser stays out of both modules: every f64 is read by src/decimal.rs
# (lexical-parse-float, compact), 10.3 KB gzipped smaller than `str::parse::<f64>`, whose
# table of powers of five begins with the pair (5^-342) looked for here. Found, some code
# calls `str::parse::<f64>` instead of `decimal::parse_f64`.
for f in dist/hashwatt-*_bg.wasm dist/on-demand_bg.wasm; do
  if LC_ALL=C grep -qaP '\x5a\xd6\x3b\x92\xd6\x53\xf4\xee\x3f\x3b\xa1\x06\x29\xaa\x3f\x11' "$f"; then
    echo "size: $f holds core's float parser (its powers-of-five table): read every f64 with hashwatt::decimal::parse_f64" >&2
    exit 1
  fi
done

# The on-demand module, for the record (no budget: downloaded once, when a visitor
# first opens one of its parts, or by the service worker after the first results).
ondemand=0
for f in dist/on-demand.js dist/on-demand_bg.wasm; do
  [ -f "$f" ] || { echo "size: $f is missing: the on-demand module was not built" >&2; exit 1; }
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  ondemand=$((ondemand + gz))
  printf '%-10s %-44s %10d %10d\n' on-demand "${f#dist/}" "$raw" "$gz"
done
printf "on demand, gzip-9: %d bytes (%s KB)\n" "$ondemand" "$(awk "BEGIN { printf \"%.1f\", $ondemand / 1024 }")"

# The service worker, for the record (registered once the app has started).
[ -f dist/sw.js ] || { echo "size: dist/sw.js is missing: run scripts/build.sh" >&2; exit 1; }
printf 'sw.js: %d bytes gzip-9\n' "$(gzip -9c dist/sw.js | wc -c)"

# The partner script: small, since it loads on every partner page (budget 3 KB gzip -9).
EMBED_BUDGET=3072
embed=$(gzip -9c dist/embed.js | wc -c)
printf 'embed.js: %d bytes gzip-9 (budget %d)\n' "$embed" "$EMBED_BUDGET"
if [ "$embed" -gt "$EMBED_BUDGET" ]; then
  echo "size: embed.js over budget" >&2
  exit 1
fi
