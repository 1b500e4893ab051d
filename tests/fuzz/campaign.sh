#!/usr/bin/env bash
# Long fuzzing campaign (not part of CI): runs every libFuzzer harness of the optimised
# sanitizer build (preset fuzz: clang -O2, ASan + UBSan) for a fixed number of
# executions, growing the kept corpus in tests/fuzz/corpus/<harness>, and writes a summary line per harness.
#
#   tests/fuzz/campaign.sh [RUNS] [HARNESS...]
#
# RUNS defaults to 10,000,000. Runs at nice ${FUZZ_NICE:-19} so that it only takes idle
# cycles; the timeout is wall-clock time, so it is long enough for a starved process.
# FUZZ_MAX_LEN caps the input length (libFuzzer -max_len) for harnesses whose inputs are
# whole captures or sessions. Allocation stacks are not recorded (malloc_context_size=0:
# twice the executions per second); rerun a crash input to get them.
# Crashes are written to build/fuzz/fuzz-campaign/<harness>/ and stop that harness.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10000000}
shift || true
cmake --preset fuzz >/dev/null
mapfile -t all < <(grep -rhoE 'NAME fuzz_[a-z0-9_]+' tests/fuzz/*/CMakeLists.txt | cut -d' ' -f2 | sort)
harnesses=("${@:-${all[@]}}")
cmake --build --preset fuzz -j2 --target "${harnesses[@]}" >/dev/null
out=build/fuzz/fuzz-campaign
mkdir -p "$out"
summary=$out/summary.txt
for h in "${harnesses[@]}"; do
    bin=$(find build/fuzz/tests/fuzz -maxdepth 2 -type f -name "$h" | head -1)
    corpus=tests/fuzz/corpus/$h
    mkdir -p "$corpus" "$out/$h"
    scratch=$(mktemp -d)
    start=$(date +%s)
    set +e
    maxlen=()
    [[ -n ${FUZZ_MAX_LEN:-} ]] && maxlen=(-max_len="$FUZZ_MAX_LEN")
    ASAN_OPTIONS=malloc_context_size=0 nice -n "${FUZZ_NICE:-19}" \
        "$bin" -runs="$runs" -timeout=600 -rss_limit_mb=2048 "${maxlen[@]}" \
        -artifact_prefix="$out/$h/" -print_final_stats=1 "$scratch" "$corpus" \
        >"$out/$h/log.txt" 2>&1
    rc=$?
    set -e
    secs=$(( $(date +%s) - start ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$h/log.txt" | grep -o '[0-9]*$' || echo 0)
    cov=$(grep -o 'cov: [0-9]*' "$out/$h/log.txt" | tail -1 | grep -o '[0-9]*' || echo 0)
    # Keep only the inputs that add coverage: merge the new ones into the kept corpus.
    nice -n 19 "$bin" -merge=1 "$corpus" "$scratch" >/dev/null 2>&1 || true
    rm -rf "$scratch"
    line="$h executions=$execs seconds=$secs coverage=$cov max_len=${FUZZ_MAX_LEN:-auto} exit=$rc corpus=$(ls "$corpus" | wc -l)"
    echo "$line" | tee -a "$summary"
done
