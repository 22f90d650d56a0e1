#!/usr/bin/env bash
# tests/smoke/valgrind.sh QUIZKIOSK SUPPRESSIONS
# `quizkiosk --autoplay 20 --seed 1 --windowed --size 640x360` under valgrind
# (QUIZKIOSK: quizkiosk-station, the kiosk itself; valgrind on the front would
# check only the front, which execs it, without --trace-children=yes)
# on SDL's dummy video driver with the software renderer, results in a
# temporary folder. Fails on any memory error and on any definite or indirect leak;
# suppressions (system libraries only) come from tests/valgrind.supp.
# Exit 77 (skipped) when valgrind is not installed.
set -uo pipefail
command -v valgrind >/dev/null || { echo "SKIP: valgrind is not installed"; exit 77; }
kiosk=$1 supp=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'station_id = "valgrind";\nresults_db = "%s/results.db";\nfullscreen = false;\n' "$tmp" \
  > "$tmp/station.cfg"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1 \
  --suppressions="$supp" --num-callers=40 --gen-suppressions=all \
  "$kiosk" --config "$tmp/station.cfg" --autoplay 20 --seed 1 --windowed --size 640x360 \
  > "$tmp/out.txt" 2> "$tmp/valgrind.txt"
rc=$?
cat "$tmp/out.txt"
grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable|suppressed:" \
  "$tmp/valgrind.txt"
if [ "$rc" -ne 0 ]; then
  echo "--- valgrind said (exit $rc) ---"
  tail -150 "$tmp/valgrind.txt"
  echo "FAIL: valgrind found errors or definite leaks"
  echo "0 passed, 1 failed"
  exit 1
fi
grep -q "ERROR SUMMARY: 0 errors" "$tmp/valgrind.txt" || { echo "0 passed, 1 failed"; exit 1; }
echo "1 passed, 0 failed"
