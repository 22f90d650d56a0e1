#!/usr/bin/env bash
# Runs one libFuzzer harness over its seed corpus for a fixed number of runs.
#   run.sh FUZZ_BINARY CORPUS_DIR RUNS [extra libFuzzer flags...]
# New inputs go to $QK_FUZZ_NEW when set (kept), else to a temporary folder
# (removed afterwards): never into the corpus in the repo. A crash or leak is
# written to $QK_FUZZ_ARTIFACTS (default: a temporary folder, then kept and
# printed) and makes this exit non-zero. The seed is fixed, so a short run in
# CI does the same work each time. RUNS 0 runs each corpus input once.
# QK_FUZZ_MAX_LEN caps a mutated input (default 65536 bytes); QK_FUZZ_MAX_TIME
# (seconds) stops the run early.
set -euo pipefail
bin=$1 corpus=$2 runs=$3; shift 3
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/qk-fuzz-XXXXXX")
keep=0
cleanup() { if [ $keep -eq 0 ]; then rm -rf "$work"; fi; }
trap cleanup EXIT
new=${QK_FUZZ_NEW:-$work/new}
art=${QK_FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$new" "$art"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:quarantine_size_mb=16}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS="suppressions=$here/../cmake/libconfig.lsan.supp:print_suppressions=0"
export TMPDIR=$work
set +e
"$bin" -runs="$runs" -seed=1 -timeout=10 -rss_limit_mb=2048 -max_len="${QK_FUZZ_MAX_LEN:-65536}" \
       ${QK_FUZZ_MAX_TIME:+-max_total_time="$QK_FUZZ_MAX_TIME"} \
       -artifact_prefix="$art/" -print_final_stats=1 "$@" "$new" "$corpus"
rc=$?
set -e
if [ $rc -ne 0 ]; then
  keep=1
  echo "run.sh: $(basename "$bin") failed (rc $rc); the input that failed is in $art" >&2
fi
exit $rc
