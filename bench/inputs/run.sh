#!/usr/bin/env bash
# bench/inputs/run.sh [BUILD_DIR]: times `quizkiosk --check` (sets) and
# `--check-config` (the station file) on the inputs of issue 15's table "Inputs
# that must not stall a station", made by gen.py in a temporary folder: wall
# time, CPU time and peak memory (maximum resident set) from /usr/bin/time, and
# the first line the program printed. Not a test: nothing is asserted
# (tests/test_fmt_guard.c checks the refusals and their lines).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/inputs/gen.py "$tmp" > /dev/null
printf '| input | bytes | wall | CPU | peak RSS | RSS / size | first message |\n|---|---:|---:|---:|---:|---:|---|\n'
for f in "$tmp"/*.cfg; do
  name=$(basename "$f" .cfg)
  opt=--check
  case $name in station-*) opt=--check-config ;; esac
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" timeout 120 "$build/quizkiosk" "$opt" "$f" \
    > "$tmp/out" 2>&1 || true
  read -r wall user sys rss < <(tail -1 "$tmp/time")
  size=$(stat -c %s "$f")
  msg=$(head -1 "$tmp/out" | sed "s|$tmp/||" | cut -c1-110)
  awk -v n="$name" -v s="$size" -v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" -v m="$msg" \
    'BEGIN { printf "| %s | %d | %.2f s | %.2f s | %.0f MiB | %.1f | %s |\n", n, s, w, u + y, r / 1024, r * 1024 / s, m }'
done
