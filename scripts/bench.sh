#!/usr/bin/env bash
# Measures hashwatt against its speed and size budgets and prints the figures:
#   1. bundle size         scripts/size.sh: what the page downloads, gzip -9 (budget in scripts/size.sh)
#   2. engine, native      examples/bench_engine.rs: economics, projection (36 and 120
#                          months, 60 s blocks), link parse + codec (projection 2 ms)
#   3. engine, browser     tests/bench_wasm.rs: the same in headless Chromium (2 ms)
#   4. page                tests/bench_page/ against dist/: time to first result
#                          (1000 ms), live figures from their arrival to the page (16 ms,
#                          one frame; a fake mempool on loopback answers) and keystroke to
#                          painted results (8 ms on the default page; 16 ms, one frame,
#                          with 8 models, 120 months, schedule open)
# then a summary of every budgeted figure. Nothing here is a test: the figures are
# printed, never asserted in `cargo test` (the bench targets need `--features bench`).
#
# Exit status: 0 when every figure is within its budget, 1 when one is over, 2 when a
# benchmark could not run. Logs: target/bench/*.log. Installs what is missing first
# (scripts/setup.sh), then builds the release site into dist/. Takes a few minutes
# (more on a cold target/: the release builds of the benchmarks).
#
# Timing needs a quiet machine: other builds or tests running at the same time inflate
# every figure. The load average is printed before each benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

logs=target/bench
mkdir -p "$logs"
failed=()
busy_runs=()

step() { printf '\n======== %s\n' "$*"; }
# Before a benchmark: the load average and how busy the CPUs are over one second
# (nothing of ours runs then); warns, naming the busiest processes, when others are
# using more than a quarter of the machine.
load() {
  local a b busy
  a=$(head -n 1 /proc/stat)
  sleep 1
  b=$(head -n 1 /proc/stat)
  busy=$(awk -v a="$a" -v b="$b" 'BEGIN {
    split(a, x); split(b, y); total = 0; idle = 0
    for (i = 2; i <= 11; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6])
    printf "%d", (total > 0 ? 100 * (total - idle) / total : 0) }')
  printf '(load average: %s; CPU busy before the run: %s%%)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$busy"
  if [ "$busy" -gt 25 ]; then
    printf 'warning: other processes are using the CPUs: the figures below are inflated\n'
    busy_runs+=("$1 ($busy% busy)")
    if command -v ps >/dev/null; then
      ps -eo pid,pcpu,comm --sort=-pcpu | head -n 4
    fi
  fi
}
# run NAME COMMAND...: runs a benchmark, its output shown and kept in $logs/NAME.log;
# a failure is noted and the next benchmark runs.
run() {
  local name=$1
  shift
  local status=0
  "$@" 2>&1 | tee "$logs/$name.log" || status=$?
  if [ "$status" -ne 0 ]; then
    failed+=("$name (exit $status, log $logs/$name.log)")
  fi
}

step "machine"
printf '%s cores, %s\n' "$(nproc)" "$(uname -srm)"
rustc --version
chromium --version 2>/dev/null | grep -v '^\s*$' | tail -n 1 || true

step "release build (scripts/build.sh)"
scripts/build.sh

step "1. bundle size (scripts/size.sh)"
size_status=0
scripts/size.sh | tee "$logs/size.log" || size_status=$?

# Each benchmark is compiled first, so that the CPU check just before it times nothing
# of ours and the figures do not wait on a compiler.
wasm_bench=(--locked --release --target wasm32-unknown-unknown --features bench --test bench_wasm)
page_bench=(--locked --features bench --test bench_page)

step "2. engine, native (cargo run --release --example bench_engine)"
if cargo build --locked --release --example bench_engine; then
  load engine-native
  run engine-native cargo run -q --locked --release --example bench_engine
else
  failed+=("engine-native (build)")
fi

step "3. engine, WebAssembly in headless Chromium (tests/bench_wasm.rs, release)"
# The runner's default 20 s per test is close to what the timings take.
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-180}
if cargo test "${wasm_bench[@]}" --no-run; then
  load engine-browser
  run engine-browser cargo test "${wasm_bench[@]}" -- --nocapture
else
  failed+=("engine-browser (build)")
fi

step "4. page in headless Chromium against dist/ (tests/bench_page/)"
if cargo test "${page_bench[@]}" --no-run; then
  load page
  run page cargo test -q "${page_bench[@]}" -- --nocapture --test-threads=1
else
  failed+=("page (build)")
fi

step "summary: every budgeted figure"
summary=()
total=$(grep -o 'total gzip-9: [0-9]* bytes ([0-9.]* KB); budget [0-9]* KB' "$logs/size.log" || true)
if [ -n "$total" ]; then
  size_kb=$(sed 's/.*(\([0-9.]*\) KB).*/\1/' <<<"$total")
  budget_kb=$(sed 's/.*budget \([0-9]*\) KB/\1/' <<<"$total")
  if [ "$size_status" -eq 0 ]; then verdict=PASS; else verdict=OVER; fi
  summary+=("budget: bundle size, gzip -9 total: $size_kb KB vs $budget_kb KB: $verdict")
else
  failed+=("size (no total in $logs/size.log)")
fi
for name in engine-native engine-browser page; do
  if [ -f "$logs/$name.log" ]; then
    while IFS= read -r line; do
      summary+=("$line")
    done < <(grep -o 'budget: .*' "$logs/$name.log" || true)
  fi
done
printf '%s\n' "${summary[@]}" | sed 's/^budget: //'

over=$(printf '%s\n' "${summary[@]}" | grep -c ': OVER$' || true)
pass=$(printf '%s\n' "${summary[@]}" | grep -c ': PASS$' || true)
printf '\n%s within budget, %s over budget.\n' "$pass" "$over"
printf 'Chromium is headless (no GPU, timer-driven frames): page frame timings are approximate.\n'
if [ ${#busy_runs[@]} -gt 0 ]; then
  printf 'warning: other processes were using the CPUs before: %s; run again on a quiet machine\n' "${busy_runs[*]}"
fi
if [ ${#failed[@]} -gt 0 ]; then
  printf 'benchmarks that did not run to the end:\n' >&2
  printf '  %s\n' "${failed[@]}" >&2
  exit 2
fi
[ "$over" -eq 0 ] || exit 1
