#!/usr/bin/env bash
# tests/station/notify.sh QUIZKIOSK
# The kiosk as a Type=notify service: a small python3 listener plays systemd's
# side of NOTIFY_SOCKET (a datagram unix socket) while the kiosk runs under
# xvfb-run with WATCHDOG_USEC=2000000 and sits idle on the attract screen.
# Asserted: READY=1 comes once, after the first frame was drawn (the layout
# file exists), with a STATUS= line naming station, set, video driver and
# output size; WATCHDOG=1 keeps coming while the kiosk is idle (at least 3 in
# 5 s, never more than 2 s apart: it sleeps in the event wait, so only the
# timer wakes it); stderr, when JOURNAL_STREAM says it is the journal, carries
# sd-daemon priority prefixes (<6> for the status line, <4> for a warning);
# SIGTERM ends it with status 0 after STOPPING=1.
# Exit 77 (skipped) when xvfb-run or python3 is missing.
set -uo pipefail
kiosk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${QK_NOTIFY_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1280x720x24" env QK_NOTIFY_IN_XVFB=1 "$0" "$@"
fi
. "$here/../smoke/lib.sh"

tmp=$(mktemp -d)
cleanup() {
  [ -n "${kpid:-}" ] && kill -KILL "$kpid" 2>/dev/null
  [ -n "${lpid:-}" ] && kill "$lpid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
qk_smoke_station "$tmp" notify-1

# The listener: every datagram as "SECONDS<TAB>field|field..." on its own line.
cat > "$tmp/listen.py" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
with open(sys.argv[2], "a", buffering=1) as out:
    out.write("listening\n")
    while True:
        data = s.recv(4096).decode("utf-8", "replace")
        out.write("%.3f\t%s\n" % (time.monotonic(), data.replace("\n", "|")))
PY
python3 "$tmp/listen.py" "$tmp/notify.sock" "$tmp/notify.log" &
lpid=$!
for _ in $(seq 50); do grep -q listening "$tmp/notify.log" 2>/dev/null && break; sleep 0.1; done

: > "$tmp/kiosk.log"
js=$(stat -c '%d:%i' "$tmp/kiosk.log")
layout=$tmp/layout.txt
env SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled: QK_LAYOUT_FILE="$layout" \
    XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
    NOTIFY_SOCKET="$tmp/notify.sock" WATCHDOG_USEC=2000000 JOURNAL_STREAM="$js" \
    "$kiosk" --config "$tmp/station.cfg" 2>> "$tmp/kiosk.log" &
kpid=$!

for _ in $(seq 200); do grep -q 'READY=1' "$tmp/notify.log" && break; sleep 0.1; done
check "READY=1 was sent" grep -q 'READY=1' "$tmp/notify.log"
check "the first frame was drawn before READY=1" test -s "$layout"
check "READY=1 carries the status line" \
  grep -Eq 'READY=1\|STATUS=quizkiosk [0-9.]+; station notify-1; active set smoke; sets 1 valid, 0 invalid in .*; video x11, renderer software, output 1280x720' "$tmp/notify.log"
ready_at=$(awk -F'\t' '/READY=1/ {print $1; exit}' "$tmp/notify.log")
sleep 5 # idle on the attract screen
check "the kiosk is still running" kill -0 "$kpid"
pings=$(awk -F'\t' -v r="${ready_at:-0}" '$2 == "WATCHDOG=1" && $1 >= r' "$tmp/notify.log" | wc -l)
check "WATCHDOG=1 keeps coming while idle (got $pings in 5 s)" test "$pings" -ge 3
gap=$(awk -F'\t' '$2 == "WATCHDOG=1" { if (p) { g = $1 - p; if (g > m) m = g } p = $1 } END { printf "%.2f", m }' "$tmp/notify.log")
check "WATCHDOG=1 never more than 2 s apart (largest gap $gap s)" awk -v g="$gap" 'BEGIN { exit !(g > 0 && g < 2.0) }'
check "READY=1 only once" test "$(grep -c 'READY=1' "$tmp/notify.log")" -eq 1
check "the status line in the journal, priority info" \
  grep -Eq '^<6>quizkiosk: quizkiosk [0-9.]+; station notify-1; .*results .*results.db; video x11, renderer software, output 1280x720$' "$tmp/kiosk.log"
check "a warning in the journal has priority warning" grep -q '^<4>.*warning: .*trainer_pin_hash' "$tmp/kiosk.log"
check "no line without a priority" bash -c "! grep -qv '^<[0-9]>' '$tmp/kiosk.log'"
kill -TERM "$kpid"
wait "$kpid"; rc=$?
kpid=
check "SIGTERM ends it with status 0 (got $rc)" test "$rc" -eq 0
sleep 0.2
check "STOPPING=1 was sent" grep -q 'STOPPING=1' "$tmp/notify.log"
if [ "$fails" -ne 0 ]; then
  echo "--- notify log ---" >&2; head -30 "$tmp/notify.log" >&2
  echo "--- kiosk log ---" >&2; tail -20 "$tmp/kiosk.log" >&2
fi
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
