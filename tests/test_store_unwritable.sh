#!/usr/bin/env bash
# tests/test_store_unwritable.sh QUIZKIOSK
# A station whose results database cannot be made (a file stands where its
# folder should be) still plays: --autoplay finishes with exit 0, and the log
# says that sessions were not stored and why, naming the file.
set -uo pipefail
kiosk=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/blocker"
printf 'station_id = "t";\nresults_db = "%s/blocker/results.db";\nfullscreen = false;\n' "$tmp" \
  > "$tmp/station.cfg"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1"; fi; }
"$kiosk" --config "$tmp/station.cfg" --autoplay 2 --seed 3 --windowed --size 640x360 \
  > "$tmp/out" 2> "$tmp/err"
rc=$?
check "the kiosk plays on (exit 0)" '[ "$rc" -eq 0 ]'
check "both sessions were played" 'grep -q "autoplay: 2 sessions" "$tmp/out"'
check "the log says a session was not stored" 'grep -q "was not stored" "$tmp/err"'
check "the log names the database" 'grep -q "blocker/results.db" "$tmp/err"'
check "logged once per run of failures, not per answer" \
  '[ "$(grep -c "was not stored" "$tmp/err")" -le 2 ]'
[ "$fail" -eq 0 ] || cat "$tmp/err"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
