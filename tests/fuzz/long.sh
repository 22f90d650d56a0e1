#!/usr/bin/env bash
# Runs every harness long, one after another, on one core:
#   tests/fuzz/long.sh [BUILD_DIR] [RUNS] [NAME...]
# BUILD_DIR is the clang build of tests/fuzz (default build/fuzz, configured
# here if missing); RUNS per harness (default 10,000,000); NAMEs (loader,
# gift, ...) pick harnesses, all by default (two runs with different NAMEs can
# share BUILD_DIR, one per core).
#
# Two passes per harness:
#  1. RUNS mutations with ASan+UBSan, leak checks off. libconfig 1.5 leaks on
#     many syntax errors; with leak checks on, libFuzzer stops the world and
#     scans the heap after every such input (suppressed or not), which made the
#     station harness ~15x slower. Mutated inputs up to QK_FUZZ_MAX_LEN bytes
#     (default 4096 here: the corpus's inputs grew to 8-17 KB and the rate fell
#     with them), ASan's quarantine at 16 MB and no allocation stacks (a
#     finding is reproduced with run.sh, which records them); QK_FUZZ_MAX_TIME
#     (seconds) ends a harness's pass 1 early.
#  2. Every input pass 1 kept (each one new coverage) and the seed corpus run
#     once more with leak checks on (suppressions: tests/cmake/libconfig.lsan.supp).
# Prints the final figures of each pass (execs, exec/s, new inputs, peak RSS)
# and keeps the logs in BUILD_DIR/long-NAME/. Findings stop the run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/fuzz}
runs=${2:-10000000}
shift $(( $# < 2 ? $# : 2 ))
only=" $* "
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root/tests/fuzz" -B "$build" -DCMAKE_C_COMPILER=clang >/dev/null
fi
cmake --build "$build" -j1 >/dev/null
figures() {
  grep -E 'stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$1" \
    | sed 's/stat:://; s/number_of_executed_units/execs/; s/average_exec_per_sec/exec_per_s/' \
    | tr -s ' \t' ' ' | tr '\n' ' '
}
for src in "$root"/tests/fuzz/fuzz_*.c; do
  name=$(basename "$src" .c); short=${name#fuzz_}
  [ "$only" = "  " ] || [[ "$only" == *" $short "* ]] || continue
  out=$build/long-$short; mkdir -p "$out/new"
  start=$(date +%s)
  QK_FUZZ_NEW=$out/new QK_FUZZ_ARTIFACTS=$out/artifacts QK_FUZZ_MAX_LEN=${QK_FUZZ_MAX_LEN:-4096} \
    ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=16:malloc_context_size=0 \
    bash "$root/tests/fuzz/run.sh" "$build/$name" "$root/tests/fuzz/corpus/$short" "$runs" \
    >"$out/pass1.log" 2>&1 || { echo "$name: FAILED in pass 1, see $out"; tail -40 "$out/pass1.log"; exit 1; }
  mid=$(date +%s)
  QK_FUZZ_NEW=$out/new QK_FUZZ_ARTIFACTS=$out/artifacts QK_FUZZ_MAX_TIME= \
    bash "$root/tests/fuzz/run.sh" "$build/$name" "$root/tests/fuzz/corpus/$short" 0 \
    >"$out/pass2.log" 2>&1 || { echo "$name: FAILED in pass 2 (leaks), see $out"; tail -40 "$out/pass2.log"; exit 1; }
  end=$(date +%s)
  echo "$name pass 1 ($((mid - start)) s): $(figures "$out/pass1.log")"
  echo "$name pass 2, leaks on ($((end - mid)) s): $(figures "$out/pass2.log")"
done
