#!/usr/bin/env bash
# bench/kiosk/autoplay_rss.sh [BUILD_DIR] [SESSIONS] [SIZE]
# Does memory grow over many sessions? Runs `quizkiosk --autoplay SESSIONS
# --seed 1 --windowed --size SIZE` (default 2000 sessions at 1920x1080) on
# SDL's dummy driver with the software renderer and a temporary station,
# samples VmRSS from /proc every second and, every 5 s, how many sessions the
# results database holds (sqlite3), and prints:
#   - RSS at the start (first sample after 2 s), at the end, the highest;
#   - RSS when the database first held 100, 500, 1000, 2000, ... sessions;
#   - the band of RSS after the first 100 sessions (issue 15: within +-2 MiB
#     of the RSS at 100), and the autoplay summary line.
#   - from the kiosk's own log at each session's end (QK_MEMLOG, see
#     src/shell/memwatch.h), after the first 100 sessions: the lowest and
#     highest VmRSS then, glibc's heap (arena) and its free part (fordblks),
#     the text and picture caches and SQLite's memory, to see which moves.
# QK_BENCH_KEEP=DIR keeps the samples (DIR/rss: seconds, kB, sessions) and the
# kiosk's log (DIR/memlog).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
sessions=${2:-2000}
size=${3:-1920x1080}
kiosk=$build/quizkiosk
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'station_id = "bench";\nresults_db = "%s/results.db";\n' "$tmp" > "$tmp/station.cfg"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data QK_MEMLOG=$tmp/memlog
start=$(date +%s.%N)
"$kiosk" --config "$tmp/station.cfg" --autoplay "$sessions" --seed 1 --windowed \
  --size "$size" > "$tmp/out.txt" 2> "$tmp/err.txt" &
pid=$!
: > "$tmp/rss"
n=0 done_sessions=0
while kill -0 "$pid" 2>/dev/null; do
  now=$(date +%s.%N)
  rss=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
  if [ $((n % 5)) -eq 0 ] && [ -f "$tmp/results.db" ]; then
    done_sessions=$(sqlite3 -readonly "$tmp/results.db" 'select count(*) from sessions' 2>/dev/null \
                    || echo "$done_sessions")
  fi
  [ -n "$rss" ] && echo "$now $rss $done_sessions" >> "$tmp/rss"
  [ -n "${QK_BENCH_KEEP:-}" ] && cp "$tmp/rss" "$QK_BENCH_KEEP/rss" &&
    { [ ! -f "$tmp/memlog" ] || cp "$tmp/memlog" "$QK_BENCH_KEEP/memlog"; }
  n=$((n + 1))
  sleep 1
done
wait "$pid" && rc=0 || rc=$?
end=$(date +%s.%N)
cat "$tmp/out.txt"
awk -v s="$start" -v e="$end" -v n="$sessions" -v rc="$rc" -v size="$size" '
  $1 - s >= 2 && !first { first = $2 }
  { last = $2; if ($2 > max) max = $2 }
  $3 >= 100 && !at100 { at100 = $2 }
  at100 { if (!lo || $2 < lo) lo = $2; if ($2 > hi) hi = $2 }
  { for (k = 0; k < 12; k++) { m = k == 0 ? 100 : k == 1 ? 500 : (k - 1) * 1000
      if ($3 >= m && !(m in seen)) { seen[m] = $2; order[++no] = m } } }
  END {
    printf "autoplay %d sessions at %s in %.0f s (exit %d): RSS start %.1f MiB, end %.1f MiB, highest %.1f MiB\n",
        n, size, e - s, rc, first / 1024, last / 1024, max / 1024
    for (i = 1; i <= no; i++) printf "  sessions %5d: RSS %.1f MiB\n", order[i], seen[order[i]] / 1024
    if (at100) printf "after the first 100 sessions: RSS %.1f to %.1f MiB (%+.1f / %+.1f MiB from %.1f at 100)\n",
        lo / 1024, hi / 1024, (lo - at100) / 1024, (hi - at100) / 1024, at100 / 1024 }' "$tmp/rss"
[ -f "$tmp/memlog" ] && awk -F'\t' '
  NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 < 100 { next }
  { n++; for (k in col) { v = $col[k]; if (!(k in lo) || v < lo[k]) lo[k] = v; if (v > hi[k]) hi[k] = v } }
  END {
    if (!n) exit
    printf "at %d session ends after the first 100 (MiB, lowest-highest):\n", n
    printf "  RSS %.1f-%.1f, heap %.1f-%.1f (free in it %.1f-%.1f), mmapped %.1f-%.1f,\n",
        lo["rss_kb"] / 1024, hi["rss_kb"] / 1024, lo["arena"] / 1048576, hi["arena"] / 1048576,
        lo["fordblks"] / 1048576, hi["fordblks"] / 1048576, lo["hblkhd"] / 1048576, hi["hblkhd"] / 1048576
    printf "  text cache %.1f-%.1f, pictures %.1f-%.1f, SQLite %.2f-%.2f (store page cache %.2f-%.2f)\n",
        lo["text_bytes"] / 1048576, hi["text_bytes"] / 1048576, lo["image_bytes"] / 1048576,
        hi["image_bytes"] / 1048576, lo["sqlite_all"] / 1048576, hi["sqlite_all"] / 1048576,
        lo["sqlite_cache"] / 1048576, hi["sqlite_cache"] / 1048576 }' "$tmp/memlog"
