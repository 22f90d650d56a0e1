#!/usr/bin/env bash
# tests/smoke/smoke.sh QUIZKIOSK OUTDIR
# The kiosk in a real X window: under xvfb-run (1920x1080), SDL's x11 driver,
# fullscreen, with a temporary station (its own results database and the
# question set smoke_set.cfg). xdotool clicks the attract screen awake, picks
# the round on the start screen and answers the first question; the X server's
# own tool (ImageMagick `import -window root`) takes a screenshot. Asserted:
# the window covers the whole screen (xwininfo, and the screenshot's corners are
# the kiosk's, not the bare root window's), it carries the icon from assets/
# (_NET_WM_ICON, 256x256), the program is still running after
# the clicks, the trainer path (key chord, PIN 1234, Exit) ends it with status 0,
# and the answer given was stored (--export-results).
# Where to click comes from the layout file the kiosk writes after each frame
# when QK_LAYOUT_FILE is set ("screen NAME", then "KIND ID X Y W H" lines with
# KIND a number as in qk_ui_kind).
# Exit 77 (skipped) only when xvfb-run is not installed.
set -uo pipefail
kiosk=$(readlink -f "$1")
outdir=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${QK_SMOKE_IN_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "SKIP: xvfb-run is not installed"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24" env QK_SMOKE_IN_XVFB=1 "$0" "$@"
fi

. "$here/lib.sh"
# require: as check, but what follows makes no sense without it: stop here.
require() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; finish; fi; }
finish() {
  [ "$fails" -eq 0 ] || { echo "--- kiosk log ---" >&2; tail -40 "$log" >&2; }
  [ -n "${pid:-}" ] && kill -0 "$pid" 2>/dev/null && { kill -TERM "$pid"; sleep 1; kill -KILL "$pid" 2>/dev/null; }
  echo "$passes passed, $fails failed"
  [ "$fails" -eq 0 ]
  exit $?
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
qk_smoke_station "$tmp" smoke

layout=$tmp/layout.txt
export SDL_VIDEODRIVER=x11 DBUS_SESSION_BUS_ADDRESS=disabled: QK_LAYOUT_FILE=$layout
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset SDL_RENDER_DRIVER

import -window root "$tmp/bare.png" 2>/dev/null
log=$tmp/kiosk.log
"$kiosk" --config "$tmp/station.cfg" 2> "$log" &
pid=$!

# qk_ui_kind numbers (src/shell/app.h) and qk_button ids used here.
K_BUTTON=3 K_ROUND=4 K_TILE=5 K_KEY=8
B_OK=7 B_MENU_EXIT=12
screen_now() { [ -f "$layout" ] && awk 'NR==1{print $2}' "$layout"; }
wait_screen() { # PATTERN: waits up to 15 s for the current screen to match
  local i
  for i in $(seq 1 150); do
    [[ "$(screen_now)" =~ $1 ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
center_of() { # KIND ID: prints "X Y" of that rect on the current screen
  awk -v k="$1" -v id="$2" 'NR>1 && $1==k && $2==id && !f {f=int($3+$5/2) " " int($4+$6/2)}
    END { print f }' "$layout"
}
click() { # KIND ID
  local xy
  xy=$(center_of "$1" "$2")
  [ -n "$xy" ] || { echo "no $1 $2 on screen $(screen_now)" >&2; return 1; }
  xdotool mousemove $xy click 1
}

wid=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1)
if [ -z "$wid" ]; then
  fail "the kiosk window appears"; finish
fi
ok "the kiosk window appears"
require "attract screen shown" wait_screen '^attract'

geo=$(xwininfo -id "$wid")
x=$(awk '/Absolute upper-left X/{print $NF}' <<<"$geo")
y=$(awk '/Absolute upper-left Y/{print $NF}' <<<"$geo")
w=$(awk '/Width:/{print $NF}' <<<"$geo")
h=$(awk '/Height:/{print $NF}' <<<"$geo")
check "window covers the screen (at $x,$y size ${w}x$h)" test "$x,$y,$w,$h" = "0,0,1920,1080"
icon=$(xprop -id "$wid" -f _NET_WM_ICON 32c -len 16 _NET_WM_ICON 2>/dev/null)
check "the window carries the kiosk's icon, 256x256 from assets/icon.svg ($icon)" \
  grep -q '= 256, 256' <<<"$icon"

xdotool mousemove 960 540 click 1
require "a tap wakes attract into the start screen" wait_screen '^start'
# a set with one round offers its one "Start" (the round's id), not "all rounds"
if [ -n "$(center_of $K_ROUND -1)" ]; then
  require "choosing the round" click $K_ROUND -1
else
  require "choosing the round (the one-round set's Start)" click $K_ROUND 0
fi
if ! [[ "$(screen_now)" =~ ^question ]]; then
  wait_screen '^question' || { xdotool mousemove $(center_of $K_ROUND 0) click 1; }
fi
require "the first question is shown" wait_screen '^question'
require "answering with a click on tile A" click $K_TILE 0
check "feedback follows the answer" wait_screen '^feedback'
sleep 0.3

import -window root "$tmp/shot.png"
cp "$tmp/shot.png" "$outdir/smoke-feedback-1920x1080.png"
check "screenshot is 1920x1080" test "$(identify -format '%wx%h' "$tmp/shot.png")" = 1920x1080
corners_kiosk=1
for p in "0,0" "1919,0" "0,1079" "1919,1079"; do
  a=$(convert "$tmp/shot.png" -format "%[pixel:p{$p}]" info:)
  b=$(convert "$tmp/bare.png" -format "%[pixel:p{$p}]" info:)
  [ "$a" != "$b" ] || corners_kiosk=0
done
check "every screen corner shows the kiosk, not the root window" test "$corners_kiosk" = 1
check "still running after the clicks" kill -0 "$pid"

# The trainer leaves: chord, PIN 1234, Exit.
xdotool key ctrl+alt+shift+t
require "the key chord opens the PIN pad" wait_screen '^pin'
for d in 1 2 3 4; do click $K_KEY "$d"; sleep 0.05; done
[[ "$(screen_now)" =~ ^menu ]] || click $K_BUTTON $B_OK   # OK, when the pad wants it
require "the right PIN opens the trainer menu" wait_screen '^menu'
click $K_BUTTON $B_MENU_EXIT
rc=
for i in $(seq 1 100); do
  kill -0 "$pid" 2>/dev/null || { wait "$pid"; rc=$?; break; }
  sleep 0.1
done
check "Exit in the trainer menu ends the program with status 0 (got '${rc:-still running}')" test "$rc" = 0
pid=

"$kiosk" --config "$tmp/station.cfg" --export-results "$tmp/results.csv" >/dev/null 2>&1
check "the answer given was stored" grep -q 's01' "$tmp/results.csv"
finish
