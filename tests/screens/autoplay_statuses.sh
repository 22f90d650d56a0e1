#!/usr/bin/env bash
# autoplay_statuses.sh: issue 9's "done when" on a set of our own.
#
# Autoplays tests/screens/feedback.cfg (round intros, partial credit, all five
# question types) with --screenshots and checks what a trainer and a learner
# would see afterwards:
#   - a PNG of the round intro, of partial-credit feedback, of the review on
#     the summary, of the stop confirm and of the walk-away screen was saved;
#   - the results database holds all three session statuses (completed,
#     stopped, abandoned), none left in_progress, and the stopped sessions
#     kept the answers given before "Avslutt" (seed 9 stops each of its three
#     after one to three answers).
# Usage: autoplay_statuses.sh QUIZKIOSK TESTS_DIR OUTDIR
set -euo pipefail
qk=$1 tests=$2 out=$3
rm -rf "$out" && mkdir -p "$out/q" "$out/png"
cp "$tests/screens/feedback.cfg" "$tests/screens/bilde.png" "$out/q/"
cat >"$out/station.cfg" <<CFG
station_id = "autoplay-statuses";
quizzes_dir = "q";
results_db = "results.db";
CFG
cd "$out"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
"$qk" --config station.cfg --autoplay 20 --seed 9 --size 1280x720 --screenshots png \
    >autoplay.log 2>&1 || { cat autoplay.log; echo "FAIL: autoplay exited $?"; exit 1; }

fails=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then echo "ok: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi
}
shot() { compgen -G "png/[0-9][0-9]-$1.png" >/dev/null; }
for s in round-intro feedback-partial summary-review confirm-stop walkaway round; do
    check "a screenshot named $s" shot "$s"
done
q() { sqlite3 results.db "$1"; }
for st in completed stopped abandoned; do
    n=$(q "SELECT count(*) FROM sessions WHERE status = '$st'")
    check "sessions with status $st in the database ($n)" test "$n" -gt 0
done
n=$(q "SELECT count(*) FROM sessions WHERE status = 'in_progress'")
check "no session left in_progress ($n)" test "$n" -eq 0
n=$(q "SELECT count(*) FROM answers a JOIN sessions s ON a.session_id = s.id
       WHERE s.status = 'stopped'")
check "the stopped sessions kept their answers ($n)" test "$n" -gt 0
# The log's tally is the database's tally.
for st in completed stopped abandoned; do
    logn=$(sed -n "s/.* \([0-9]*\) $st.*/\1/p" autoplay.log | head -1)
    dbn=$(q "SELECT count(*) FROM sessions WHERE status = '$st'")
    check "autoplay's count of $st ($logn) is the database's ($dbn)" test "$logn" = "$dbn"
done
echo "autoplay_statuses: $fails failed"
[ "$fails" -eq 0 ]
