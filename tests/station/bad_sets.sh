#!/usr/bin/env bash
# tests/station/bad_sets.sh QUIZKIOSK
# Issue 15's stall inputs in a station's quizzes folder: the shipped sets
# (quizzes/*.cfg and their pictures) beside every input of
# bench/inputs/gen.py (made here, at test time: 69 MB that are not kept in
# the repository). On SDL's dummy driver, with the software renderer:
#   1. the station starts: its first frame is the attract screen, and it is
#      still running;
#   2. every "sets offered" line of its log (at the start, after the whole
#      folder is read, after a SIGHUP) lists exactly the shipped sets, each
#      with its file: no stall input is offered, no good set is dropped;
#   3. the log names each bad file, once, with its line and its problem;
#   4. SIGTERM ends it with status 0.
# Nothing here is timed (bench/startup/bad_sets.sh measures the delay).
# Exit 77 (skipped) when python3 is missing.
set -uo pipefail
kiosk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }
. "$here/../smoke/lib.sh"
tmp=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
export DBUS_SESSION_BUS_ADDRESS=disabled: XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data

q=$tmp/quizzes
mkdir -p "$q"
cp "$root"/quizzes/*.cfg "$q/"
cp -r "$root/quizzes/bilder" "$q/"
# The good sets as the log names them, "ID (FILE)", in file order.
good=$(for f in "$root"/quizzes/*.cfg; do
  printf '%s (%s)\n' "$(sed -n 's/^id = "\([^"]*\)";.*/\1/p' "$f" | head -1)" "$(basename "$f")"
done | paste -sd '|' | sed 's/|/, /g')
python3 "$root/bench/inputs/gen.py" "$tmp/inputs" > /dev/null || { echo "FAIL gen.py"; exit 1; }
n_bad=$(ls "$tmp/inputs" | wc -l)
mv "$tmp/inputs"/* "$q/"
printf 'station_id = "bad-sets";\nquizzes_dir = "%s";\nresults_db = "%s/results.db";\n' \
  "$q" "$tmp" > "$tmp/station.cfg"
printf 'language = "en";\nspeech = "off";\n' >> "$tmp/station.cfg"

log=$tmp/kiosk.log layout=$tmp/layout.txt
QK_LAYOUT_FILE=$layout "$kiosk" --config "$tmp/station.cfg" --windowed --size 1280x720 \
  2> "$log" &
pid=$!
screen_now() { [ -f "$layout" ] && awk 'NR==1{print $2}' "$layout"; }
for _ in $(seq 1 600); do
  [ "$(screen_now)" = attract ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
check "the station starts: its first frame is the attract screen" test "$(screen_now)" = attract
check "the station is running" kill -0 "$pid"

# Each bad file with the line and the problem its first error names.
expect=(
  "answers-1000x320.cfg:217: error: question \"q0\" has too many answers (1000): at most 9"
  "answers-60000.cfg:3: error: 'answers' has more than 1000 entries"
  "categories-60000.cfg:3: error: 'categories' has more than 1000 entries"
  "long-name.cfg:2: error: a name or value of more than 256 characters starts on this line"
  "long-string.cfg:3: error: a text longer than 8016 bytes starts on this line"
  "nesting-short-lists.cfg:51: error: more than [0-9]* names, values and brackets by this line"
  "nesting.cfg:2: error: 'x' has more than 1000 entries"
  "station-rounds-100000.cfg:2: error: 'rounds' has more than 1000 entries"
)
check "gen.py made the ${#expect[@]} inputs this test knows (made $n_bad)" test "$n_bad" -eq "${#expect[@]}"
named() { grep -c "^$q/$1" "$log"; }
all_named() {
  local e
  for e in "${expect[@]}"; do [ "$(named "$e")" -ge 1 ] || return 1; done
}
# The whole folder is read by now or soon (every bad file named); up to 60 s.
for _ in $(seq 1 600); do all_named && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
for e in "${expect[@]}"; do
  check "the log names ${e%%:*} once, with its line and problem ($(named "$e") times)" \
    test "$(named "$e")" -eq 1
done
# A SIGHUP reads the folder again (after the whole folder, when it is still
# being read): the sets offered are the same.
kill -HUP "$pid"
for _ in $(seq 1 600); do
  grep -q "question sets read again" "$log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
check "SIGHUP: the sets are read again" grep -q "question sets read again" "$log"
check "still on the attract screen" test "$(screen_now)" = attract
offered=$(sed -n 's/^quizkiosk: sets offered: //p' "$log")
check "the sets are offered at least twice (start, SIGHUP): $(grep -c . <<< "$offered") times" \
  test "$(grep -c . <<< "$offered")" -ge 2
bad_lines=$(grep -vxF -- "$good" <<< "$offered")
check "every 'sets offered' line is exactly the shipped sets: $good" test -z "$bad_lines"
[ -z "$bad_lines" ] || sed 's/^/    offered instead: /' <<< "$bad_lines" | cut -c1-300 >&2
kill -TERM "$pid"; wait "$pid"; rc=$?; pid=
check "SIGTERM ends it with status 0 (got $rc)" test "$rc" -eq 0

if [ "$fails" -ne 0 ]; then
  echo "--- kiosk log (without the 320 answers-1000x320 lines) ---" >&2
  grep -v 'answers-1000x320.cfg:[0-9]*: error: question "q[1-9]' "$log" | cut -c1-300 | tail -n 30 >&2
fi
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
