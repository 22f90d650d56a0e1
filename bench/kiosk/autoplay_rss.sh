#!/usr/bin/env bash
# bench/kiosk/autoplay_rss.sh [BUILD_DIR] [SESSIONS]
# Does memory grow over many sessions? Runs `quizkiosk --autoplay SESSIONS
# --seed 1 --windowed --size 1920x1080` (default 2000 sessions) on SDL's dummy
# driver with the software renderer and a temporary station, samples VmRSS
# from /proc every 0.5 s, and prints RSS at the start (first sample after 2 s),
# at the end (last sample), the highest, and the autoplay summary line.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
sessions=${2:-2000}
kiosk=$build/quizkiosk
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'station_id = "bench";\nresults_db = "%s/results.db";\n' "$tmp" > "$tmp/station.cfg"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
start=$(date +%s.%N)
"$kiosk" --config "$tmp/station.cfg" --autoplay "$sessions" --seed 1 --windowed \
  --size 1920x1080 > "$tmp/out.txt" 2> "$tmp/err.txt" &
pid=$!
: > "$tmp/rss"
while kill -0 "$pid" 2>/dev/null; do
  now=$(date +%s.%N)
  rss=$(awk '/^VmRSS:/{print $2}' "/proc/$pid/status" 2>/dev/null || true)
  [ -n "$rss" ] && echo "$now $rss" >> "$tmp/rss"
  sleep 0.5
done
wait "$pid" && rc=0 || rc=$?
end=$(date +%s.%N)
cat "$tmp/out.txt"
awk -v s="$start" -v e="$end" -v n="$sessions" -v rc="$rc" '
  $1 - s >= 2 && !first { first = $2 }
  { last = $2; if ($2 > max) max = $2 }
  END { printf "autoplay %d sessions in %.0f s (exit %d): RSS start %.1f MiB, end %.1f MiB, highest %.1f MiB\n",
        n, e - s, rc, first / 1024, last / 1024, max / 1024 }' "$tmp/rss"
