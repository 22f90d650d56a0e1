#!/usr/bin/env bash
# test_screens_xvfb.sh QUIZKIOSK OUTDIR: the kiosk in a real X window under
# Xvfb, with no window manager, driven by xdotool like a person with a mouse.
#
# It starts the kiosk fullscreen, checks that the window really covers the
# screen (a capture of the X root window, made with the X server's own tools,
# shows the page colour in its corners), clicks through a question to its
# feedback, checks that Escape, Alt+F4 and Ctrl+Q do not end the program, and
# leaves through the trainer chord, the PIN pad and the menu. Where to click
# comes from the layout the kiosk writes when QK_LAYOUT_FILE is set.
# Exits 77 (skipped) when Xvfb or xdotool are missing.
set -euo pipefail
bin=$1
out=$2
for t in xvfb-run xdotool import convert; do
  command -v "$t" >/dev/null || { echo "skip: $t is not installed"; exit 77; }
done
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/inner.sh" <<'INNER'
set -euo pipefail
bin=$1; out=$2; work=$3
layout=$work/layout.txt
export QK_LAYOUT_FILE=$layout
"$bin" >"$work/kiosk.log" 2>&1 &
pid=$!
fail() { echo "FAIL: $*"; cat "$work/kiosk.log"; kill "$pid" 2>/dev/null || true; exit 1; }
screen_is() { [ -f "$layout" ] && head -n1 "$layout" | grep -q "^screen $1"; }
wait_screen() {
  for _ in $(seq 1 100); do screen_is "$1" && return 0; sleep 0.1; done
  fail "waited for screen '$1', have '$(head -n1 "$layout" 2>/dev/null)'"
}
# centre of the first rectangle of KIND with ID
centre() { awk -v k="$1" -v i="$2" '$1==k && $2==i {print int($3+$5/2), int($4+$6/2); exit}' "$layout"; }
click() {
  local xy; xy=$(centre "$1" "$2")
  [ -n "$xy" ] || fail "nothing of kind $1 id $2 on $(head -n1 "$layout")"
  xdotool mousemove $xy click 1
  sleep 0.2
}
pixel() { convert "$1" -format "%[pixel:p{$2,$3}]" info:; }

wid=$(timeout 15 xdotool search --sync --onlyvisible --name quizkiosk | head -n1) || fail "no window"
wait_screen attract
import -window root "$out/xvfb-attract.png"
# the window fills the screen: the page colour in all four corners
for xy in "3 700" "1276 700" "1276 30" "3 30"; do
  p=$(pixel "$out/xvfb-attract.png" $xy)
  case "$p" in
    "srgb(245,242,235)"|"srgb(11,98,94)") ;;
    *) fail "corner $xy of the root window is $p: the kiosk does not fill the screen" ;;
  esac
done
echo "ok   fills the screen"

xdotool mousemove 640 360 click 1
wait_screen start
click 4 -1                          # all rounds
# a round with an intro opens with it: "Start runden" (button 19)
for _ in $(seq 1 30); do screen_is question && break; screen_is round-intro && break; sleep 0.1; done
if screen_is round-intro; then
  import -window root "$out/xvfb-round-intro.png"
  click 3 19
fi
wait_screen question
q=$(head -n1 "$layout" | cut -d' ' -f2)
ntiles=$(awk '$1==5' "$layout" | wc -l)
case "$q" in
  question-single|question-truefalse) click 5 0 ;;
  question-multiple) click 5 0; click 3 1 ;;
  question-order) for i in $(seq 0 $((ntiles - 1))); do click 5 "$i"; done; click 3 1 ;;
  question-categorize) for i in $(seq 0 $((ntiles - 1))); do click 5 "$i"; click 7 0; done; click 3 1 ;;
esac
wait_screen feedback
import -window root "$out/xvfb-feedback.png"
echo "ok   answered a $q by mouse"

# no way out for a participant
xdotool key Escape; xdotool key alt+F4; xdotool key ctrl+q; xdotool key ctrl+w
sleep 0.5
kill -0 "$pid" 2>/dev/null || fail "the kiosk ended on Escape/Alt+F4/Ctrl+Q"
wait_screen feedback
echo "ok   Escape, Alt+F4, Ctrl+Q do nothing"

# the trainer's way out
xdotool key ctrl+alt+shift+t
wait_screen pin
xdotool type --delay 50 1234
xdotool key Return
wait_screen menu
click 3 12
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the kiosk did not quit from the trainer menu"
wait "$pid" || fail "the kiosk exited with status $?"
echo "ok   the trainer chord, PIN and menu end the program"
INNER

export XDG_CONFIG_HOME=$work/home XDG_DATA_HOME=$work/home SDL_VIDEODRIVER=x11
export DBUS_SESSION_BUS_ADDRESS=disabled: SDL_AUDIODRIVER=dummy
# In a sanitizer build: Mesa's GL driver leaks a little on the x11 path and
# LeakSanitizer cannot suppress it; this test is about behaviour, not leaks
# (valgrind on the dummy driver checks those).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
timeout 120 xvfb-run -a -s "-screen 0 1280x720x24" bash "$work/inner.sh" "$bin" "$out" "$work"
echo "1 passed, 0 failed"
