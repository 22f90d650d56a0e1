#!/usr/bin/env bash
# bench/loader/run.sh [RUNS] [QUESTIONS]: the question-set loader benchmark.
#
# Builds the benchmark programs (Release, in build-bench/), generates a set of
# QUESTIONS questions (default 10000, about 11 MB), and reports
#  - the median of RUNS (default 11) bare libconfig parses of the file (the
#    floor) and of RUNS qk_set_load calls (read, hash, decode, pre-scan, parse,
#    validate, build the model), and their ratio;
#  - the peak memory (maximum resident set) of one of each, from /usr/bin/time -v;
#  - the machine it ran on.
# Record the figures in bench/README.md, "Loading question sets".
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-11}
questions=${2:-10000}
build=${QK_BENCH_BUILD:-build-bench}

if [ ! -x /usr/bin/time ]; then
  echo "run.sh: /usr/bin/time is missing: run scripts/deps.sh (Debian package 'time')" >&2
  exit 2
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target qk_bench_gen qk_bench_load quizkiosk >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
set_file=$tmp/bench.cfg
"$build/qk_bench_gen" "$set_file" "$questions"
echo "set: $questions questions, $(stat -c %s "$set_file") bytes"
"$build/quizkiosk" --check "$set_file"

"$build/qk_bench_load" "$set_file" "$runs"

for mode in floor load; do
  /usr/bin/time -v "$build/qk_bench_load" "$set_file" --once "$mode" 2>"$tmp/time.txt" >/dev/null
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time.txt")
  printf 'peak memory, %-5s: %6.1f MB (max RSS %s kB; one run, wall %s)\n' "$mode" \
    "$(awk -v k="$rss" 'BEGIN {print k / 1024}')" "$rss" "$wall"
done

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores," \
     "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "software: $(gcc --version | head -1), libconfig $(pkg-config --modversion libconfig)," \
     "libsodium $(pkg-config --modversion libsodium)"
