#!/usr/bin/env bash
# tests/station/lockdown.sh QUIZKIOSK OUTDIR
# The fullscreen kiosk under real X window managers from Debian (openbox and
# fluxbox), each in its own xvfb-run (1920x1080), driven with xdotool as an
# intruder at the keyboard would, and as scripts can:
#   - openbox's window menu by keyboard (alt+space, Down x6, Return: what once
#     iconified the kiosk), fluxbox's (alt+F1 and alt+space);
#   - iconify (xdotool windowminimize), move (windowmove), resize (windowsize);
#   - windowclose (XDestroyWindow from outside): the program must not end with
#     an X error; the window is made again.
# After each, asserted: the kiosk's window is viewable, at 0,0, 1920x1080, and
# the kiosk still runs; at the end the trainer's chord still opens the PIN pad
# and SIGTERM ends it with status 0. A screenshot after the attempts goes to
# OUTDIR. A window manager that is not installed is skipped (77 when none is).
set -uo pipefail
kiosk=$(readlink -f "$1")
outdir=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${QK_LOCK_WM:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  command -v xdotool >/dev/null || { echo "SKIP: xdotool is not installed"; exit 77; }
  ran=0 rc=0
  for wm in openbox fluxbox; do
    if ! command -v "$wm" >/dev/null; then echo "(skipped: $wm is not installed)"; continue; fi
    ran=$((ran + 1))
    xvfb-run -a -s "-screen 0 1920x1080x24" env QK_LOCK_WM="$wm" "$0" "$@" || rc=1
  done
  [ "$ran" -gt 0 ] || { echo "SKIP: neither openbox nor fluxbox is installed"; exit 77; }
  exit $rc
fi

. "$here/../smoke/lib.sh"
wm=$QK_LOCK_WM
tmp=$(mktemp -d)
pid= wmpid=
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  [ -n "$wmpid" ] && { kill "$wmpid" 2>/dev/null; wait "$wmpid" 2>/dev/null; }
  rm -rf "$tmp"
}
trap cleanup EXIT
export SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled: HOME=$tmp
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
qk_smoke_station "$tmp" "lock-$wm"

case $wm in
  openbox) openbox --sm-disable >"$tmp/wm.log" 2>&1 & ;;
  fluxbox) fluxbox >"$tmp/wm.log" 2>&1 & ;;
esac
wmpid=$!
sleep 2
check "[$wm] the window manager runs" kill -0 "$wmpid"

layout=$tmp/layout.txt
QK_LAYOUT_FILE=$layout "$kiosk" --config "$tmp/station.cfg" 2> "$tmp/kiosk.log" &
pid=$!
screen_now() { [ -f "$layout" ] && awk 'NR==1{print $2}' "$layout"; }
kiosk_wid() { xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -1; }
wid=
for _ in $(seq 1 300); do # up to 30 s: the machine may be busy
  wid=$(kiosk_wid)
  [ -n "$wid" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$wid" ]; then
  fail "[$wm] the kiosk window appears (kiosk $(kill -0 "$pid" 2>/dev/null && echo running || echo gone))"
  tail "$tmp/kiosk.log" "$tmp/wm.log" >&2; echo "$passes passed, $fails failed"; exit 1
fi
sleep 1

# Viewable, at 0,0, the size of the screen (after up to 3 s to put itself back).
in_place() {
  local i w info
  for i in $(seq 1 30); do
    w=$(kiosk_wid)
    if [ -n "$w" ]; then
      info=$(xwininfo -id "$w" 2>/dev/null)
      if grep -q 'Map State: IsViewable' <<<"$info" &&
         grep -q 'Absolute upper-left X:  0$' <<<"$info" &&
         grep -q 'Absolute upper-left Y:  0$' <<<"$info" &&
         grep -q 'Width: 1920$' <<<"$info" && grep -q 'Height: 1080$' <<<"$info"; then
        return 0
      fi
    fi
    sleep 0.1
  done
  echo "    (window ${w:-none}: $(grep -E 'Map State|upper-left|Width|Height' <<<"${info:-}" | tr -s ' ' | tr '\n' ';'))" >&2
  return 1
}
alive() { kill -0 "$pid" 2>/dev/null; }
check "[$wm] fullscreen at start" in_place

# The window manager's menu by keyboard.
if [ "$wm" = openbox ]; then
  xdotool key alt+space; sleep 0.3
  for _ in 1 2 3 4 5 6; do xdotool key Down; sleep 0.1; done
  xdotool key Return; sleep 1
else
  xdotool key alt+F1; sleep 0.5; xdotool key Escape
  xdotool key alt+space; sleep 0.3; xdotool key Down Down Return; sleep 1
fi
check "[$wm] window menu by keyboard: still running" alive
check "[$wm] window menu by keyboard: still fullscreen" in_place

wid=$(kiosk_wid)
xdotool windowminimize "$wid" 2>/dev/null; sleep 1
check "[$wm] iconified: back at once" in_place
wid=$(kiosk_wid)
xdotool windowmove "$wid" 300 200 2>/dev/null; sleep 1
check "[$wm] moved: back in place" in_place
wid=$(kiosk_wid)
xdotool windowsize "$wid" 800 600 2>/dev/null; sleep 1
check "[$wm] resized: back to full size" in_place
check "[$wm] still running after iconify, move, resize" alive

wid=$(kiosk_wid)
xdotool windowclose "$wid" 2>/dev/null; sleep 2
check "[$wm] windowclose: the program did not end" alive
check "[$wm] windowclose: no fatal X error" bash -c "! grep -q 'X Error of failed request' '$tmp/kiosk.log'"
check "[$wm] windowclose: a new window, fullscreen" in_place
check "[$wm] windowclose: the log says the window was made again" grep -q 'made again' "$tmp/kiosk.log"
import -window root "$outdir/lockdown-$wm-1920x1080.png" 2>/dev/null

xdotool key ctrl+alt+shift+t
ok_pin=0
for _ in $(seq 1 50); do [ "$(screen_now)" = pin ] && { ok_pin=1; break; }; sleep 0.1; done
check "[$wm] the trainer's chord still opens the PIN pad" test "$ok_pin" = 1
kill -TERM "$pid"; for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then rc=hung; else wait "$pid"; rc=$?; fi; pid=
check "[$wm] SIGTERM ends it with status 0 (got $rc)" test "$rc" -eq 0
if [ "$fails" -ne 0 ]; then echo "--- kiosk log ---" >&2; tail -20 "$tmp/kiosk.log" >&2; fi
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
