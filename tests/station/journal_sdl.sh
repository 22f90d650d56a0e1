#!/usr/bin/env bash
# tests/station/journal_sdl.sh QUIZKIOSK: the gfx layer's own log lines (sent
# through SDL_Log/SDL_LogWarn) reach the journal with their priority, like the
# kiosk's. A set whose picture is not an image makes the gfx layer warn
# ("picture ... cannot be shown; showing a placeholder") when the question comes
# up in autoplay; stderr is a file named as the journal by JOURNAL_STREAM.
# Asserted: that warning is there with <4>, and no line is without a priority.
# Runs on SDL's dummy driver with the software renderer: no display needed.
set -uo pipefail
kiosk=$(readlink -f "$1")
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passes=0 fails=0
check() { local what=$1; shift; if "$@"; then echo "ok   $what"; passes=$((passes + 1)); else echo "FAIL $what"; fails=$((fails + 1)); fi; }

mkdir -p "$tmp/q/bilder"
cp "$src/good_sets/doc_example.cfg" "$tmp/q/"
pic=$(sed -n 's/^ *picture = "\([^"]*\)".*/\1/p' "$src/good_sets/doc_example.cfg" | head -1)
echo "this is not a picture" > "$tmp/q/$pic"
printf 'quizzes_dir = "%s";\nresults_db = "%s";\ntrainer_pin_hash = "%s";\n' "$tmp/q" "$tmp/r.db" \
  "$(echo 582913 | "$kiosk" --hash-pin 2>/dev/null | sed -n 's/^trainer_pin_hash = "\(.*\)";$/\1/p')" > "$tmp/st.cfg"
: > "$tmp/log"
js=$(stat -c '%d:%i' "$tmp/log")
(cd "$tmp" && JOURNAL_STREAM=$js SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy \
   timeout 120 "$kiosk" --config "$tmp/st.cfg" --autoplay 4 --seed 3 >/dev/null 2>>"$tmp/log")
rc=$?
check "autoplay ran (status $rc)" test "$rc" -eq 0
check "the gfx layer's warning about the picture is in the journal with priority warning" \
  grep -q '^<4>quizkiosk: warning: picture .* cannot be shown' "$tmp/log"
check "\"quizkiosk: \" is not said twice" bash -c "! grep -q 'quizkiosk: quizkiosk:' '$tmp/log'"
check "no line without a priority" bash -c "! grep -qv '^<[0-9]>' '$tmp/log'"
[ "$fails" -eq 0 ] || sed 's/^/    /' "$tmp/log" | head -20
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
