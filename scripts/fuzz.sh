#!/usr/bin/env bash
# Fuzzes hashwatt's text decoders with cargo-fuzz (libFuzzer + AddressSanitizer):
#   link_decoder   any bytes as a link query: Params::from_query, Scenario::from_params,
#                  economics, projection, and the page's own link read back
#   store_decoder  any bytes as the saved-scenario store and as an import file:
#                  Store::parse, to_json round trip, import, duplicate/rename/delete,
#                  and the merge every write goes through (Change::apply_to)
#   live_decoder   any bytes as each mempool API response, and as all six at once:
#                  hashwatt::live's decoders and combine
#   message_decoder  any bytes as LOCKS\nCURRENT LINK\nSET MESSAGE: apply_query over a
#                  valid scenario leaves it valid, locked keys held, every given key
#                  taken or named
# The invariants are in fuzz/fuzz_targets/*.rs (a panic is a finding); the same ones
# run natively on every `cargo test` in tests/fuzz_decoders/.
#
# Usage:
#   scripts/fuzz.sh                           every target, 60 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh store_decoder
#   FUZZ_ARGS="-fork=2 -ignore_crashes=1" scripts/fuzz.sh   keep going past crashes
# Prints, per target, the executions libFuzzer reports and whether it found a crash;
# exits 1 if any target crashed. A crashing input is kept in fuzz/artifacts/TARGET/;
# replay it with `cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-...`.
# The corpus grows in fuzz/corpus/TARGET/ (git-ignored) and is reused by later runs.
#
# Needs a nightly toolchain (cargo-fuzz builds with -Zsanitizer=address; x86_64 Linux)
# and cargo-fuzz, installed from crates.io if missing. cargo-fuzz 0.13.2, the newest
# release when this was written, builds with the stable 1.95 toolchain; no pin needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(link_decoder store_decoder live_decoder message_decoder)
fi

say() { printf '[fuzz] %s\n' "$*" >&2; }

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "installing the nightly toolchain (cargo-fuzz needs -Zsanitizer)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz from crates.io (about a minute)"
  cargo install cargo-fuzz
fi
say "$(rustup run nightly rustc --version), $(cargo fuzz --version)"

# Seeds and dictionaries: libFuzzer starts from real links and stores, and splices in
# the tokens the decoders compare against.
work=fuzz/target/fuzz-run
mkdir -p "$work"
seed() { # target name text
  mkdir -p "fuzz/corpus/$1"
  printf '%s' "$3" >"fuzz/corpus/$1/seed-$2"
}
seed link_decoder empty ''
seed link_decoder short 'v=1&miner=antminer-s9&n=10&kwh=0.05'
seed link_decoder full 'v=1&miner=avalon-a1246&th=91.5&w=3400&n=10300&kwh=0.05&pool=2.5&payout=pps&up=95&hw=1200&price=46000&diff=24400000000000&height=716600&txfee=0.12&date=2026-03-20&months=36&dg=20&dgper=year&dh=-10&pg=5&fg=0&bt=600&start=2026-04-01&resale=10&off=1&disc=10'
seed link_decoder odd '?v=2&miner=&th=1e-6&w=1E7&n=%2B1&kwh=0&up=100&price=1e9&diff=1&height=20000000&txfee=100&dgper=epoch&dg=-50&months=120'
seed message_decoder cross $'start\nv=1&dgper=epoch&date=2026-03-20\ndg=500&date=2090-01-01&start=2030-01-01'
seed message_decoder money $'kwh\nv=1&fxeur=0.0001\ncur=EUR&kwh=0.05&kwh=0.000006&v=2&v=1'
seed message_decoder line $'\nv=1\nm2=antminer-s21+_200_3500_2_0&miner=+antminer-s9+'
seed store_decoder empty '{"format":"hashwatt-saved","version":1,"scenarios":[]}'
seed store_decoder two '{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"Site A","query":"v=1&n=10","saved":"2026-11-25T10:00:00Z"},{"name":"B","query":"v=1&kwh=0.05"}]}'
seed store_decoder aside '{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"A","query":"v=1"},42,{"name":""},{"name":"A","query":"v=1&n=2"},{"name":" B ","query":"v=1","saved":null},[1.5,-0.0,1e300]]}'
for f in tests/fixtures/mempool/*.json tests/fixtures/mempool/*.txt; do
  seed live_decoder "$(basename "$f")" "$(cat "$f")"
done
seed store_decoder newer '{"format":"hashwatt-saved","version":2,"scenarios":[{"name":"A","query":"v=2&x=1"}]}'
seed store_decoder unknown '{"format":"hashwatt-saved","version":1,"scenarios":[{"name":"A","query":"v=1","saved":"","colour":"red"}],"sync":{"id":7}}'

# The keys, their choices, the date range and the catalog ids come from the key table
# (examples/fuzz_dict.rs), so that every key is in the dictionary; the format's own
# tokens follow.
say "writing the link dictionary from the key table (cargo run --example fuzz_dict)"
cargo run --quiet --example fuzz_dict >"$work/link_decoder.dict"
cat >>"$work/link_decoder.dict" <<'EOF'
"&"
"="
"?"
"+"
"%"
"%2B"
"%20"
"%zz"
"%ff%fe"
"e-"
"e+"
"e-300"
"e308"
"1e-320"
"5e-324"
"inf"
"NaN"
"0."
"000000000"
"99"
"100"
"10000000"
"20000000"
"1000000000000000000"
EOF
# Messages are link queries too, behind a line of locks and a line of the current link.
cp "$work/link_decoder.dict" "$work/message_decoder.dict"
printf '%s\n' '"\x0A"' '"kwh,start,dg"' >>"$work/message_decoder.dict"
cat >"$work/store_decoder.dict" <<'EOF'
"{"
"}"
"["
"]"
","
":"
"\""
"null"
"true"
"-0"
"1e400"
"0.30000000000000004"
"1.7976931348623157e308"
"5e-324"
"\\u0000"
"\\ud800"
"\\u3000"
"{\"format\":\"hashwatt-saved\",\"version\":1,\"scenarios\":["
"\"format\":"
"\"hashwatt-saved\""
"\"version\":"
"\"scenarios\":"
"\"name\":"
"\"query\":"
"\"saved\":"
"{\"name\":\"A\",\"query\":\"v=1\"}"
"                                                                          "
" (copy)"
" (2)"
"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
EOF

cat >"$work/live_decoder.dict" <<'EOF'
"{"
"}"
"["
"]"
":"
","
"-1"
"0"
"1e40"
"null"
"\"currentDifficulty\":"
"\"remainingBlocks\":"
"\"estimatedRetargetDate\":"
"\"difficultyChange\":"
"\"height\":"
"\"timestamp\":"
"\"startBlock\":"
"\"endBlock\":"
"\"totalFee\":"
"\"USD\":"
"\"EUR\":"
"<html>"
EOF

say "building the targets (nightly, AddressSanitizer)"
if ! cargo +nightly fuzz build >"$work/build.log" 2>&1; then
  tail -n 40 "$work/build.log" >&2
  say "build failed: cargo +nightly fuzz build (log: $work/build.log)"
  exit 2
fi

crashed=0
summary=()
for target in "${TARGETS[@]}"; do
  log="$work/$target.log"
  artifacts="fuzz/artifacts/$target"
  mkdir -p "$artifacts"
  before=$(ls "$artifacts")
  say "running $target for ${SECONDS_PER_TARGET} s (log: $log)"
  status=0
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
  cargo +nightly fuzz run "$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 -timeout=20 \
    -dict="$work/$target.dict" ${FUZZ_ARGS:-} >"$log" 2>&1 || status=$?
  # grep finds nothing in some logs: `|| true` keeps pipefail from ending the script.
  execs=$({ grep -o 'stat::number_of_executed_units: [0-9]*' "$log" || true; } | awk '{s += $2} END {print s + 0}')
  rate=$({ grep -o 'stat::average_exec_per_sec: [0-9]*' "$log" || true; } | awk '{s += $2} END {print s + 0}')
  if [ "$execs" -eq 0 ]; then
    # Forked runs (-fork=N) print no final stats: the last status line, "#N: ... exec/s: R".
    last=$({ grep -E '^#[0-9]+' "$log" || true; } | tail -n 1)
    execs=$(printf '%s' "$last" | sed -E 's/^#([0-9]+).*/\1/')
    rate=$(printf '%s' "$last" | sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p')
  fi
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  new=$(comm -13 <(printf '%s\n' "$before" | sort) <(ls "$artifacts" | sort))
  if [ "$status" -eq 0 ] && [ -z "$new" ]; then
    line="$target: ${execs:-?} executions in ${SECONDS_PER_TARGET} s (${rate:-?} exec/s), corpus $corpus inputs: no crash found"
  else
    crashed=1
    count=$(printf '%s\n' "$new" | grep -c . || true)
    line="$target: ${execs:-?} executions, CRASH: $count new input(s) in $artifacts (exit $status); log $log"
    printf '\n== %s: crash\n' "$target" >&2
    if [ -z "$new" ]; then
      { grep -m 1 -A 4 'panicked at' "$log" || grep -m 3 'ERROR' "$log" || true; } >&2
    fi
    # Each new input (the first 5): its text and the panic it causes, replayed.
    for name in $(printf '%s\n' "$new" | head -n 5); do
      artifact="$artifacts/$name"
      {
        printf -- '-- %s (%s bytes):\n' "$artifact" "$(wc -c <"$artifact")"
        head -c 2000 "$artifact" | cat -v
        printf '\n'
        replay=$(cargo +nightly fuzz run "$target" "$artifact" 2>&1 || true)
        printf '%s\n' "$replay" |
          { grep -m 1 -A 3 'panicked at\|ERROR: AddressSanitizer\|ERROR: libFuzzer' || true; }
      } >&2
    done
  fi
  summary+=("$line")
done

printf '\n== fuzz summary (FUZZ_SECONDS=%s)\n' "$SECONDS_PER_TARGET"
printf '%s\n' "${summary[@]}"
exit "$crashed"
