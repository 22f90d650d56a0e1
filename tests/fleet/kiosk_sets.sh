#!/usr/bin/env bash
# fleet_kiosk_sets: the kiosk itself fetches sets published to it, on its own
# thread (sets_poll_interval), against a real PostgreSQL.
#   A set published --active while the station autoplays is installed, and the
#   station switches to it only between sessions: in the results, the sessions
#   go from the old set to the new one exactly once, every session's answers
#   are questions of its own set (none cut over mid-session), the log says the
#   switch happened on the attract screen, and the server holds "installed".
#   A corrupt publishing (bytes changed on the server) is rejected by the
#   running station, which keeps its set byte for byte and plays on.
# Usage: kiosk_sets.sh PATH/TO/quizkiosk
set -u
QK=$1
. "$(dirname "$0")/pg_lib.sh"
export TZ=Europe/Oslo SDL_VIDEODRIVER=dummy
tmp=$(mktemp -d /tmp/qk-fleet-kiosk.XXXXXX)
fail=0 pass=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
qk_pg_start || exit 1
trap 'qk_pg_cleanup; rm -rf "$tmp"' EXIT
sql() { qk_pg_psql -At -c "$1"; }
"$QK" --server "$QK_PG_URI" --migrate >/dev/null || { echo "FAIL: migrate"; exit 1; }

mkdir -p "$tmp/q" "$tmp/kurs"
cp "$(dirname "$0")/../station_sets/a-god-ledelse.cfg" "$tmp/q/"
cat >"$tmp/station.cfg" <<CFG
station_id = "radhus-1";
quizzes_dir = "$tmp/q";
results_db = "$tmp/results.db";
results_server = "$QK_PG_URI";
sets_poll_interval = 1;
CFG
mkset() { # TITLE
    cat >"$tmp/kurs/ny-leder.cfg" <<CFG
format = 1;
id = "ny-leder";
title = "$1";
language = "nb";
rounds = (
  { id = "n"; title = "Runde én";
    questions = (
      { id = "n1"; type = "truefalse"; text = "Er æ, ø og å bokstaver?"; correct = true;
        explanation = "Ja."; },
      { id = "n2"; type = "single"; text = "Hvor mange?"; answers = ( "Én", "To" );
        correct = 2; explanation = "To."; }
    ); }
);
CFG
}
mkset "Ny leder"
"$QK" --publish "$tmp/kurs/ny-leder.cfg" --server "$QK_PG_URI" --stations radhus-1 --active \
    >/dev/null || { echo "FAIL: publish"; exit 1; }

# The kiosk plays on its own; its first look at the server is half a second after start.
"$QK" --config "$tmp/station.cfg" --autoplay 250 --seed 4 --windowed --size 640x360 \
    >"$tmp/play1" 2>"$tmp/log1"
rc=$?
check "kiosk 1: autoplay finished (exit 0)" test "$rc" -eq 0
check "kiosk 1: the set came from the server" grep -q "question set 'ny-leder' (ny-leder.cfg) came from the server (publishing 1); it becomes active between sessions" "$tmp/log1"
check "kiosk 1: switched on the attract screen, between sessions" grep -q "active set is now 'ny-leder', published as active on the server (was 'god-ledelse'); switched on the attract screen" "$tmp/log1"
check "kiosk 1: installed byte for byte" cmp "$tmp/kurs/ny-leder.cfg" "$tmp/q/ny-leder.cfg"
check "kiosk 1: the server holds installed" test "$(sql "SELECT result FROM published_set_installs WHERE publish_id = 1")" = installed
seq=$(sqlite3 "$tmp/results.db" "SELECT set_id FROM sessions ORDER BY id" | uniq | tr '\n' ' ')
check "kiosk 1: sessions went from the old set to the new one once ($seq)" test "$seq" = "god-ledelse ny-leder "
mixed=$(sqlite3 "$tmp/results.db" "SELECT count(*) FROM answers a JOIN sessions t ON t.id = a.session_id
    WHERE (t.set_id = 'god-ledelse') <> (a.question_id = 'q1')")
check "kiosk 1: every answer is a question of its session's set (mixed: $mixed)" test "$mixed" = 0
n_old=$(sqlite3 "$tmp/results.db" "SELECT count(*) FROM sessions WHERE set_id = 'god-ledelse'")
n_new=$(sqlite3 "$tmp/results.db" "SELECT count(*) FROM sessions WHERE set_id = 'ny-leder'")
check "kiosk 1: sessions on both ($n_old old, $n_new new)" test "$n_old" -gt 0 -a "$n_new" -gt 0
check "kiosk 1: the choice is kept (active-set)" grep -qx "ny-leder" "$tmp/active-set"

# A corrupt publishing while the station runs: rejected, the set kept.
cp "$tmp/q/ny-leder.cfg" "$tmp/good.cfg"
mkset "Ny leder, versjon 2"
"$QK" --publish "$tmp/kurs/ny-leder.cfg" --server "$QK_PG_URI" --stations radhus-1 >/dev/null
qk_pg_psql -c "UPDATE published_sets SET content = overlay(content placing 'XX' from 30) WHERE publish_id = 2" >/dev/null
"$QK" --config "$tmp/station.cfg" --autoplay 150 --seed 5 --windowed --size 640x360 \
    >"$tmp/play2" 2>"$tmp/log2"
rc=$?
check "kiosk 2: played on (exit 0)" test "$rc" -eq 0
check "kiosk 2: logged the rejection" grep -q "question set 'ny-leder' (ny-leder.cfg, publishing 2) from the server was rejected; the station keeps its sets: .*SHA-256" "$tmp/log2"
check "kiosk 2: the set is as it was, byte for byte" cmp "$tmp/good.cfg" "$tmp/q/ny-leder.cfg"
check "kiosk 2: the server holds rejected" test "$(sql "SELECT result FROM published_set_installs WHERE publish_id = 2")" = rejected
check "kiosk 2: still plays the set it had" test "$(sqlite3 "$tmp/results.db" "SELECT set_id FROM sessions ORDER BY id DESC LIMIT 1")" = ny-leder
check "kiosk 2: no staging folder left" test -z "$(ls -A "$tmp/q" | grep '^.incoming')"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
