#!/usr/bin/env bash
# fleet_server_stats: the trainer tools with --server on a real PostgreSQL.
# Two stations autoplay into their own SQLite stores (some sessions marked as
# played by people, so that they count), their rows are loaded into the server
# with SQL, and then:
#   --stats --server           equals the two stations' --stats added up
#                              (sessions by status, answers, every most-missed
#                              question's wrong/asked), the average of the union;
#   --stats --server --station is that station's own --stats, line for line;
#   --export-results --server  is the two stations' CSV rows together, row for
#                              row; with --station it is the station's CSV byte
#                              for byte; the workbook has every answer;
#   --report --server          counts both stations' sessions and names them;
# and the errors: --station without --server (2), a server that cannot be
# reached (1, says so), a database without the schema (1, says to --migrate).
# Usage: server_stats.sh PATH/TO/quizkiosk
set -u
QK=$1
. "$(dirname "$0")/pg_lib.sh"
export TZ=Europe/Oslo SDL_VIDEODRIVER=dummy
tmp=$(mktemp -d /tmp/qk-fleet-stats.XXXXXX)
fail=0 pass=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
qk_pg_start || exit 1
trap 'qk_pg_cleanup; rm -rf "$tmp"' EXIT
"$QK" --server "$QK_PG_URI" --migrate >/dev/null || { echo "FAIL: migrate"; exit 1; }

mkdir -p "$tmp/q"
cp -r "$(dirname "$0")/../good_sets/every_type.cfg" "$(dirname "$0")/../good_sets/bilder" "$tmp/q/"

# A station: its settings, N autoplayed sessions, two in three then counted as
# people's (autoplay = 0), and its rows copied to the server with SQL.
station() { # ID SESSIONS SEED
    local id=$1 db=$tmp/$1.db
    printf 'station_id = "%s";\nquizzes_dir = "%s";\nresults_db = "%s";\nlanguage = "nb";\n' \
        "$id" "$tmp/q" "$db" >"$tmp/$id.cfg"
    "$QK" --config "$tmp/$id.cfg" --autoplay "$2" --seed "$3" --windowed --size 640x360 \
        >"$tmp/$id.play" 2>&1 || { bad "autoplay $id"; return 1; }
    sqlite3 "$db" "UPDATE sessions SET autoplay = 0 WHERE id % 3 <> 0"
    local g="printf('%!.17g', "
    sqlite3 -csv "$db" "SELECT uuid, station_id, id, set_id, set_hash, set_title, started,
        ended, status, ${g}score), CASE WHEN max_score IS NULL THEN NULL ELSE ${g}max_score) END,
        autoplay FROM sessions" | qk_pg_psql -c "\copy sessions(session_uuid, station_id,
        local_id, set_id, set_hash, set_title, started, ended, status, score, max_score,
        autoplay) FROM STDIN CSV" || { bad "loading $id's sessions"; return 1; }
    sqlite3 -csv "$db" "SELECT a.uuid, t.uuid, t.station_id, a.seq, a.round_id, a.question_id,
        a.question_type, a.answer, a.correct, ${g}a.credit), a.time_ms, ${g}a.points),
        a.answered_at, a.timed_out, ${g}a.streak_bonus)
        FROM answers a JOIN sessions t ON t.id = a.session_id" |
        qk_pg_psql -c "\copy answers(answer_uuid, session_uuid, station_id, seq, round_id,
        question_id, question_type, answer, correct, credit, time_ms, points, answered_at,
        timed_out, streak_bonus) FROM STDIN CSV" || { bad "loading $id's answers"; return 1; }
}
station radhus-1 9 3 || exit 1
station sjukeheim-2 7 11 || exit 1
n_srv=$(qk_pg_psql -At -c "SELECT (SELECT count(*) FROM sessions) || ' ' || (SELECT count(*) FROM answers)")
n_loc=$(( $(sqlite3 "$tmp/radhus-1.db" "SELECT count(*) FROM sessions") + $(sqlite3 "$tmp/sjukeheim-2.db" "SELECT count(*) FROM sessions") ))
n_ans=$(( $(sqlite3 "$tmp/radhus-1.db" "SELECT count(*) FROM answers") + $(sqlite3 "$tmp/sjukeheim-2.db" "SELECT count(*) FROM answers") ))
check "the server holds both stations' rows ($n_srv)" test "$n_srv" = "$n_loc $n_ans"

run() { # OUTFILE ARGS...: runs the binary; sets rc
    local o=$1; shift
    "$QK" "$@" >"$o" 2>"$o.err"; rc=$?
}
S="--server $QK_PG_URI"

# --stats: the summary line of each, added up.
run "$tmp/s1" --config "$tmp/radhus-1.cfg" --stats
run "$tmp/s2" --config "$tmp/sjukeheim-2.cfg" --stats
run "$tmp/sa" --config "$tmp/radhus-1.cfg" --stats $S
check "--stats --server: exit 0" test "$rc" -eq 0
summary() { # FILE -> "sessions completed stopped abandoned in_progress answers"
    sed -n 's/^Sessions today ([0-9-]*): \([0-9]*\) sessions\? (\([0-9]*\) completed, \([0-9]*\) stopped, \([0-9]*\) abandoned\(, \([0-9]*\) in progress or cut off\)\?), \([0-9]*\) answers\?$/\1 \2 \3 \4 \6 \7/p' "$1" |
        awk '{ if (NF == 5) print $1, $2, $3, $4, 0, $5; else print }'
}
a=($(summary "$tmp/s1")) b=($(summary "$tmp/s2")) c=($(summary "$tmp/sa"))
want=""
for k in 0 1 2 3 4 5; do want="$want $(( ${a[$k]:-x} + ${b[$k]:-x} ))"; done 2>/dev/null
check "--stats --server = station 1 + station 2 (${a[*]} + ${b[*]} = ${c[*]})" \
    test "${want# }" = "${c[*]}"
check "--stats --server: the sessions are people's (some counted)" test "${c[0]:-0}" -gt 0
check "--stats --server: names both stations" grep -q "^Stations: 2 (.*radhus-1.*sjukeheim-2\|^Stations: 2 (.*sjukeheim-2.*radhus-1" "$tmp/sa"
avg=$(sqlite3 :memory: "ATTACH '$tmp/radhus-1.db' AS a; ATTACH '$tmp/sjukeheim-2.db' AS b;
      SELECT printf('%.0f', avg(score * 100.0 / max_score)) FROM (SELECT * FROM a.sessions UNION ALL
      SELECT * FROM b.sessions) WHERE autoplay = 0 AND status = 'completed' AND max_score > 0")
check "--stats --server: the average is of both stations' completed sessions ($avg %)" \
    grep -q "^Average score of completed sessions: $avg %" "$tmp/sa"
# Most missed: every question's wrong/asked summed (this set has fewer than ten
# questions, so each station lists all it missed).
missed() { sed -n 's/^ *[0-9]* %  *\([0-9]*\)\/\([0-9]*\)  *\([^ ]*\) *\([^ ]*\)$/\3 \4 \1 \2/p' "$@"; }
missed "$tmp/s1" "$tmp/s2" | awk '{ w[$1" "$2] += $3; n[$1" "$2] += $4 }
    END { for (k in w) print k, w[k], n[k] }' | sort >"$tmp/missed.want"
missed "$tmp/sa" | sort >"$tmp/missed.got"
check "--stats --server: most-missed = both stations' wrong/asked added ($(wc -l <"$tmp/missed.got") questions)" \
    cmp -s "$tmp/missed.want" "$tmp/missed.got"
check "--stats --server: some question was missed" test -s "$tmp/missed.got"
missed "$tmp/sa" | awk '{ p = $3 / $4; if (NR > 1 && p > last + 1e-12) bad = 1; last = p } END { exit bad }'
check "--stats --server: most-missed in order of % wrong" test $? -eq 0
run "$tmp/s1s" --config "$tmp/radhus-1.cfg" --stats $S --station radhus-1
check "--stats --server --station radhus-1: exit 0" test "$rc" -eq 0
check "--stats --server --station: names the station" grep -q "^Station: radhus-1$" "$tmp/s1s"
check "--stats --server --station = the station's own --stats, line for line" \
    diff <(tail -n +2 "$tmp/s1") <(tail -n +3 "$tmp/s1s")
run "$tmp/s0" --config "$tmp/radhus-1.cfg" --stats $S --station no-such-station
check "--stats --station unknown: no sessions" grep -q "^Sessions today ([0-9-]*): 0 sessions" "$tmp/s0"

# --export-results: row for row.
run "$tmp/e1.out" --config "$tmp/radhus-1.cfg" --export-results "$tmp/e1.csv"
run "$tmp/e2.out" --config "$tmp/sjukeheim-2.cfg" --export-results "$tmp/e2.csv"
run "$tmp/ea.out" --config "$tmp/radhus-1.cfg" --export-results "$tmp/ea.csv" $S
check "--export-results --server: exit 0" test "$rc" -eq 0
check "--export-results --server: says all stations" grep -q "from the results server (database qk.*), all stations, to $tmp/ea.csv" "$tmp/ea.out"
check "--export-results --server: the same header" cmp -s <(head -n1 "$tmp/e1.csv") <(head -n1 "$tmp/ea.csv")
check "--export-results --server: both stations' rows, row for row ($(($(wc -l <"$tmp/ea.csv") - 1)) rows)" \
    cmp -s <(tail -q -n +2 "$tmp/e1.csv" "$tmp/e2.csv" | sort) <(tail -n +2 "$tmp/ea.csv" | sort)
run "$tmp/e2s.out" --config "$tmp/radhus-1.cfg" --export-results "$tmp/e2s.csv" $S --station sjukeheim-2
check "--export-results --server --station: the station's CSV byte for byte" cmp "$tmp/e2.csv" "$tmp/e2s.csv"
run "$tmp/x.out" --config "$tmp/radhus-1.cfg" --export-results "$tmp/a.xlsx" $S
check "--export-results --server .xlsx: every answer of both ($n_ans)" grep -q "^Exported $n_ans answers from the results server" "$tmp/x.out"

# Texts on a machine without the sets: from the sets published on the server.
mkdir -p "$tmp/desk/q"
printf 'station_id = "kontor";\nquizzes_dir = "%s";\nresults_db = "%s";\n' "$tmp/desk/q" "$tmp/desk/r.db" >"$tmp/desk.cfg"
run "$tmp/t0.out" --config "$tmp/desk.cfg" --export-results "$tmp/t0.csv" $S
check "export on a desk without the set: no question texts" bash -c "! grep -q 'Hva er 1 + 1?' '$tmp/t0.csv'"
"$QK" --publish "$tmp/q/every_type.cfg" $S >/dev/null 2>&1 || bad "publishing every_type.cfg"
run "$tmp/t1.out" --config "$tmp/desk.cfg" --export-results "$tmp/t1.csv" $S
check "export on a desk, the set published: the question texts come from the server" grep -q 'Hva er 1 + 1?' "$tmp/t1.csv"
check "export on a desk, the set published: the same texts as a station's export" \
    cmp -s <(tail -q -n +2 "$tmp/e1.csv" "$tmp/e2.csv" | sort) <(tail -n +2 "$tmp/t1.csv" | sort)

# --report: both stations' sessions, named in the heading.
run "$tmp/r1.out" --config "$tmp/radhus-1.cfg" --report "$tmp/r1.html"
run "$tmp/r2.out" --config "$tmp/sjukeheim-2.cfg" --report "$tmp/r2.html"
run "$tmp/ra.out" --config "$tmp/radhus-1.cfg" --report "$tmp/ra.html" $S
check "--report --server: exit 0" test "$rc" -eq 0
dsa() { grep -o 'data-sessions="[0-9]*" data-answers="[0-9]*"' "$1" | head -n1 | tr -dc '0-9 '; }
read -r s1 a1 <<<"$(dsa "$tmp/r1.html")"; read -r s2 a2 <<<"$(dsa "$tmp/r2.html")"
check "--report --server: sessions and answers of both ($s1+$s2, $a1+$a2)" \
    grep -q "data-sessions=\"$((s1 + s2))\" data-answers=\"$((a1 + a2))\"" "$tmp/ra.html"
check "--report --server: the heading says all 2 stations" grep -q "Stasjon: alle 2 (" "$tmp/ra.html"

# Errors.
run "$tmp/u" --config "$tmp/radhus-1.cfg" --stats --station radhus-1
check "--station without --server: exit 2" test "$rc" -eq 2
check "--station without --server: says so" grep -Eq "goes with --server|hører sammen med --server" "$tmp/u.err"
run "$tmp/d" --config "$tmp/radhus-1.cfg" --stats --server "postgresql:///qk?host=$tmp/nowhere&port=1"
check "unreachable server: exit 1" test "$rc" -eq 1
check "unreachable server: says it cannot connect" grep -q "cannot connect to the results server" "$tmp/d.err"
qk_pg_psql -U postgres -d postgres -c "CREATE DATABASE empty OWNER qk" >/dev/null
run "$tmp/m" --config "$tmp/radhus-1.cfg" --export-results "$tmp/m.csv" --server "postgresql:///empty?host=$QK_PG_SOCK&port=$QK_PG_PORT&user=qk"
check "server without the schema: exit 1" test "$rc" -eq 1
check "server without the schema: says to --migrate" grep -q "migrate" "$tmp/m.err"
check "server without the schema: no file" test ! -e "$tmp/m.csv"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
