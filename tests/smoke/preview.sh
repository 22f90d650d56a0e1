#!/usr/bin/env bash
# preview.sh QUIZKIOSK SOURCE_DIR OUTDIR: `quizkiosk --preview` in a real X
# window under Xvfb, driven by xdotool, watched through its "preview:" log
# lines (stderr) and its frames (QK_PREVIEW_SCREENSHOT, checked with
# ImageMagick):
#   - it opens on --question p01 and shows the line of its group;
#   - a saved change of the question's text appears, and how long it took is
#     printed (it must be under 2 s here; the watch polls every 0.2 s);
#   - a saved error appears with its FILE:LINE while the last good version
#     stays on show (the error panel's colour in the frame), and goes when the
#     file is fixed;
#   - PageDown, the on-screen arrow and PageUp move in file order, across
#     rounds and with no pool; Enter shows the feedback;
#   - SIGTERM ends it with status 0, and it leaves no file in its HOME and XDG
#     folders (nothing is stored).
# Also without a display: a --question that is not in the set is exit 1, and
# --preview with no file is exit 2. Exits 77 (skipped) without Xvfb, xdotool
# or ImageMagick.
set -euo pipefail
bin=$1
src=$2
out=$3
for t in xvfb-run xdotool convert; do
  command -v "$t" >/dev/null || { echo "skip: $t is not installed"; exit 77; }
done
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/tests/smoke/preview_set.cfg" "$work/set.cfg"

rc=0; "$bin" --lang nb --preview "$work/set.cfg" --question nope >/dev/null 2>"$work/err" || rc=$?
[ $rc = 1 ] && grep -q "har ikke noe spørsmål med id 'nope'" "$work/err" ||
  { echo "FAIL: --question nope gave $rc"; cat "$work/err"; exit 1; }
rc=0; "$bin" --lang en --preview "$work/set.cfg" --question nope >/dev/null 2>"$work/err" || rc=$?
[ $rc = 1 ] && grep -q "has no question with id 'nope'" "$work/err" ||
  { echo "FAIL: --lang en --question nope gave $rc"; cat "$work/err"; exit 1; }
rc=0; "$bin" --preview >/dev/null 2>&1 || rc=$?
[ $rc = 2 ] || { echo "FAIL: --preview with no file gave $rc, expected 2"; exit 1; }
echo "ok   --question not in the set: 1; no file: 2"

# The error list speaks the trainer's language (--lang en), not the set's (nb),
# also after the set has loaded and switched the screens' words to bokmål.
# SDL's dummy driver: no display needed for this part.
cp "$work/set.cfg" "$work/en.cfg"
SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software \
  "$bin" --lang en --preview "$work/en.cfg" --size 1280x720 2>"$work/en.log" &
epid=$!
en_wait() {
  for _ in $(seq 1 200); do grep -Eq -- "$1" "$work/en.log" && return 0; sleep 0.05; done
  echo "FAIL: no line /$1/ with --lang en"; cat "$work/en.log"; kill "$epid"; exit 1
}
en_wait '^preview: loaded '
sed -i '18s/"Lytter", "Bestemmer"/"Lytter" "Bestemmer"/' "$work/en.cfg"
en_wait '^preview: error .*en\.cfg:18: .*(comma|komma)'
grep -q '^preview: error .*en\.cfg:18: .*comma' "$work/en.log" ||
  { echo "FAIL: --lang en, but the error is not English:"; cat "$work/en.log"; kill "$epid"; exit 1; }
kill -TERM "$epid"; wait "$epid" || true
echo "ok   --lang en: the error list is English on a bokmål set"

cat >"$work/inner.sh" <<'INNER'
set -euo pipefail
bin=$1; out=$2; work=$3
log=$work/preview.log
shot=$work/frame.png
mkdir -p "$work/home/config" "$work/home/data"
HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data \
  QK_PREVIEW_SCREENSHOT=$shot "$bin" --preview "$work/set.cfg" --question p01 --size 1280x720 \
  2>"$log" &
pid=$!
fail() { echo "FAIL: $*"; cat "$log"; kill "$pid" 2>/dev/null || true; exit 1; }
# wait_log REGEX [FROM_LINE]: waits up to 10 s for a log line after FROM_LINE
wait_log() {
  local from=${2:-0}
  for _ in $(seq 1 200); do
    tail -n +"$((from + 1))" "$log" | grep -Eq -- "$1" && return 0
    sleep 0.05
  done
  fail "no log line /$1/ after line $from"
}
lines() { wc -l <"$log"; }
# frame_after REGEX NAME: the first frame saved after the last log line that
# matches REGEX (frames are drawn after what they show is logged), copied to
# OUT/NAME.png
frame_after() {
  local at
  at=$(grep -nE -- "$1" "$log" | tail -n1 | cut -d: -f1)
  [ -n "$at" ] || fail "no log line /$1/"
  wait_log "^preview: saved " "$at"
  cp "$shot" "$out/$2.png"
}
# the colour at X Y as R,G,B (0-255), whether or not the PNG has alpha
pixel() { convert "$1" -format "%[fx:int(255*p{$2,$3}.r+0.5)],%[fx:int(255*p{$2,$3}.g+0.5)],%[fx:int(255*p{$2,$3}.b+0.5)]" info:; }
now_ms() { date +%s%3N; }

wait_log '^preview: showing p01 \(.*set\.cfg:14\), question 1 of 3: Hva gjør en god leder'
timeout 15 xdotool search --sync --onlyvisible --name "set.cfg" >/dev/null || fail "no window"
echo "ok   opens on p01 with its line (14)"

# a saved change appears
n=$(lines); t0=$(now_ms)
sed -i 's/Hva gjør en god leder først?/Hva gjør en god leder aller først?/' "$work/set.cfg"
wait_log '^preview: showing p01 .*: Hva gjør en god leder aller' "$n"
t1=$(now_ms)
echo "ok   a saved change appeared after $((t1 - t0)) ms"
[ $((t1 - t0)) -lt 2000 ] || fail "the change took $((t1 - t0)) ms"
frame_after "^preview: showing p01 " preview-changed

# a saved error appears with its line; the last good version stays
n=$(lines)
sed -i '18s/"Lytter", "Bestemmer"/"Lytter" "Bestemmer"/' "$work/set.cfg"
wait_log "^preview: error .*set\.cfg:18: to tekster i en liste uten komma" "$n"
wait_log "^preview: .*set\.cfg has 1 error; showing the last version that loaded" "$n"
frame_after "has 1 error; showing the last version" preview-error
p=$(pixel "$out/preview-error.png" 1100 650)
[ "$p" = "251,229,225" ] || fail "no error panel in the frame (pixel $p)"
p=$(pixel "$out/preview-error.png" 20 650)
[ "$p" = "245,242,235" ] || fail "the last good version is not beside the errors ($p)"
echo "ok   the error appears with its line (18) beside the last good version"

n=$(lines)
sed -i '18s/"Lytter" "Bestemmer"/"Lytter", "Bestemmer"/' "$work/set.cfg"
wait_log '^preview: loaded .*set\.cfg: 3 questions' "$n"
frame_after "^preview: loaded " preview-fixed
p=$(pixel "$out/preview-fixed.png" 1100 650)
[ "$p" != "251,229,225" ] || fail "the error panel stayed after the fix"
echo "ok   fixed: the errors go"

# file order, across rounds and pools
n=$(lines); xdotool key Next
wait_log '^preview: showing p02 .*question 2 of 3' "$n"
n=$(lines); xdotool mousemove 1200 38 click 1
wait_log '^preview: showing p03 .*question 3 of 3' "$n"
n=$(lines); xdotool key Prior
wait_log '^preview: showing p02 ' "$n"
echo "ok   PageDown, the arrow and PageUp go through the file in order"
n=$(lines); xdotool key Return
wait_log '^preview: feedback for p02' "$n"
frame_after "^preview: feedback for p02" preview-feedback
echo "ok   Enter shows the feedback"

kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?
[ $rc = 0 ] || fail "exit status $rc on SIGTERM"
left=$(find "$work/home" -type f | wc -l)
[ "$left" = 0 ] || fail "the preview left files: $(find "$work/home" -type f)"
echo "ok   ends on SIGTERM with 0 and stores nothing"
INNER
xvfb-run -a -s "-screen 0 1280x720x24" bash "$work/inner.sh" "$bin" "$out" "$work"
