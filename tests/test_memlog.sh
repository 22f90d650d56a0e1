#!/usr/bin/env bash
# tests/test_memlog.sh QUIZKIOSK
# The kiosk's memory log (QK_MEMLOG, src/shell/memwatch.h) over 60 autoplayed
# sessions on SDL's dummy driver (software renderer, 800x600): a header line
# naming the columns, then one line per session end with the count of
# sessions ended going up by one, every figure a number, the text cache
# holding something. And the results store's page cache stays within
# QK_STORE_CACHE_KIB (256 KiB of pages, qk_store.h; SQLite counts ~5 % more
# for its page headers, so 320 KiB is allowed): with SQLite's default of
# 2000 KiB it holds ~330 KiB at 50 sessions and goes on growing to ~2 MiB.
set -uo pipefail
kiosk=$(readlink -f "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'station_id = "memlog";\nresults_db = "%s/results.db";\n' "$tmp" > "$tmp/station.cfg"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data QK_MEMLOG=$tmp/memlog
sessions=60
if ! "$kiosk" --config "$tmp/station.cfg" --autoplay $sessions --seed 1 --windowed \
     --size 800x600 > "$tmp/out.txt" 2> "$tmp/err.txt"; then
  echo "FAIL: autoplay exited non-zero"; tail -20 "$tmp/err.txt"; exit 1
fi
[ -f "$tmp/memlog" ] || { echo "FAIL: QK_MEMLOG=$tmp/memlog was not written"; exit 1; }
head -1 "$tmp/memlog"
tail -2 "$tmp/memlog"
awk -F'\t' -v want=$sessions -v cache_max=$((320 * 1024)) '
  NR == 1 {
    n = split("ended rss_kb arena uordblks fordblks hblkhd text_bytes image_bytes fonts sqlite_all sqlite_cache", names, " ")
    if (NF != n) { print "FAIL: header has " NF " columns, not " n; bad = 1; exit }
    for (i = 1; i <= n; i++)
      if ($i != names[i]) { print "FAIL: column " i " is " $i ", not " names[i]; bad = 1 }
    next }
  {
    lines++
    for (i = 1; i <= NF; i++) if ($i !~ /^[0-9]+$/) { print "FAIL: line " NR " column " i ": " $i; bad = 1 }
    if ($1 != prev + 1) { print "FAIL: line " NR " says " $1 " sessions ended after " prev; bad = 1 }
    prev = $1
    if ($2 < 1024 || $7 <= 0) { print "FAIL: line " NR ": RSS " $2 " kB, text cache " $7; bad = 1 }
    if ($11 > cache_max) { print "FAIL: the store page cache holds " $11 " bytes at session " $1 " (at most " cache_max ")"; bad = 1 }
    if ($11 > cache) cache = $11 }
  END {
    if (bad) exit 1
    # the last session ends as the program quits, before an attract screen
    if (lines < want - 1) { print "FAIL: " lines " lines for " want " sessions"; exit 1 }
    if (cache <= 0) { print "FAIL: the store page cache is never seen"; exit 1 }
    print "ok: " lines " session ends logged, store page cache at most " cache " bytes" }' "$tmp/memlog"
