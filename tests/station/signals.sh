#!/usr/bin/env bash
# tests/station/signals.sh QUIZKIOSK
# The kiosk idle on its attract screen, under xvfb-run (SDL's x11 driver):
#   1. it sleeps in the event wait: its main thread does not wake by itself
#      (voluntary context switches over 4 s, from /proc; the old loop woke
#      once a second to look at its signal flags);
#   2. SIGHUP wakes it at once: the sets are read again (its log says so) while
#      it stays on the attract screen, with the same pid;
#   3. SIGTERM ends it with status 0.
# Counts wakes, never times them (the machine is shared). Exit 77 (skipped)
# when xvfb-run is missing.
set -uo pipefail
kiosk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${QK_SIGNALS_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1280x720x24" env QK_SIGNALS_IN_XVFB=1 bash "$0" "$@"
fi
. "$here/../smoke/lib.sh"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy DBUS_SESSION_BUS_ADDRESS=disabled:
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data

qk_smoke_station "$tmp/s" signals 'language = "nb";' 'speech = "off";'
layout=$tmp/s/layout.txt
QK_LAYOUT_FILE=$layout "$kiosk" --config "$tmp/s/station.cfg" 2> "$tmp/s/kiosk.log" &
pid=$!
for _ in $(seq 1 200); do
  [ -f "$layout" ] && [ "$(awk 'NR==1{print $2}' "$layout")" = attract ] && break
  sleep 0.1
done
check "the attract screen is up" test "$(awk 'NR==1{print $2}' "$layout" 2>/dev/null)" = attract
wakes() { awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$pid/task/$pid/status"; }
sleep 1 # the first frames and the window manager's events settle
w0=$(wakes); sleep 4; w1=$(wakes)
echo "    (main thread: $((w1 - w0)) wakes in 4 s idle)"
check "idle: the main thread sleeps (at most 1 wake in 4 s, got $((w1 - w0)))" \
  test $((w1 - w0)) -le 1

n=$(grep -c "question sets read again" "$tmp/s/kiosk.log")
kill -HUP "$pid"
for _ in $(seq 1 50); do
  [ "$(grep -c "question sets read again" "$tmp/s/kiosk.log")" -gt "$n" ] && break
  sleep 0.1
done
check "SIGHUP: the sets are read again" \
  test "$(grep -c "question sets read again" "$tmp/s/kiosk.log")" -gt "$n"
check "SIGHUP: still running, the same process" kill -0 "$pid"
# The switch is counted when the thread blocks again, after the log line and
# the frame it draws: on a loaded machine that can be later than the line.
for _ in $(seq 1 50); do
  w2=$(wakes); [ "$w2" -gt "$w1" ] && break
  sleep 0.1
done
check "SIGHUP woke the main thread (and it slept again)" test "$w2" -gt "$w1"

kill -TERM "$pid"; wait "$pid"; rc=$?; pid=
check "SIGTERM ends it with status 0 (got $rc)" test "$rc" -eq 0
if [ "$fails" -ne 0 ]; then
  echo "--- kiosk log ---" >&2; tail -n 8 "$tmp/s/kiosk.log" >&2
fi
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
