# tests/fleet/fleet_lib.sh: stations for the forwarding tests (source after pg_lib.sh).
#
#   fleet_station DIR ID [SERVER]   a station folder: station.cfg (station_id ID,
#                                   results_server SERVER, default $QK_PG_URI; "" =
#                                   none), the set tests/screens/feedback.cfg (all five
#                                   question types, partial credit), results.db
#   fleet_autoplay DIR N SEED       autoplay N sessions there (SDL dummy driver),
#                                   log in DIR/autoplay.log; in the foreground
#   fleet_outbox DIR                the station's outbox count
#   fleet_compare DIR...            the server's sessions and answers equal, ROW BY
#                                   ROW, the union of those stations' (sqlite3 and
#                                   psql dumps of every column sorted by uuid; reals
#                                   at 9 decimals); prints a diff and returns 1 if not.
#                                   Also: no uuid twice on either side, every outbox
#                                   empty.
# Needs QK (the quizkiosk binary) and QK_TESTS (the tests folder).

export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=dummy
export DBUS_SESSION_BUS_ADDRESS=disabled:

fleet_station() {
    local dir=$1 id=$2 server=${3-$QK_PG_URI}
    mkdir -p "$dir/q"
    cp "$QK_TESTS/screens/feedback.cfg" "$QK_TESTS/screens/bilde.png" "$dir/q/"
    {
        echo "station_id = \"$id\";"
        echo 'quizzes_dir = "q";'
        echo 'results_db = "results.db";'
        [ -n "$server" ] && echo "results_server = \"$server\";"
    } >"$dir/station.cfg"
}

fleet_autoplay() {
    (cd "$1" && "$QK" --config station.cfg --autoplay "$2" --seed "$3" --size 1280x720 \
        >>autoplay.log 2>&1)
}

fleet_outbox() {
    sqlite3 "$1/results.db" "SELECT count(*) FROM outbox"
}

# The columns both sides have, in one order, as text.
_fleet_sq_sessions="SELECT uuid, station_id, id, set_id, set_hash, set_title, started,
  coalesce(ended, 'NULL'), status, printf('%.9f', score),
  CASE WHEN max_score IS NULL THEN 'NULL' ELSE printf('%.9f', max_score) END, autoplay
  FROM sessions"
_fleet_pg_sessions="SELECT session_uuid, station_id, local_id, set_id, set_hash, set_title,
  started, coalesce(ended::text, 'NULL'), status, round(score::numeric, 9),
  coalesce(round(max_score::numeric, 9)::text, 'NULL'), autoplay FROM sessions"
_fleet_sq_answers="SELECT a.uuid, s.uuid, s.station_id, a.seq, a.round_id, a.question_id,
  a.question_type, a.answer, a.correct, printf('%.9f', a.credit), a.time_ms,
  printf('%.9f', a.points), a.answered_at, a.timed_out, printf('%.9f', a.streak_bonus)
  FROM answers a JOIN sessions s ON s.id = a.session_id"
_fleet_pg_answers="SELECT answer_uuid, session_uuid, station_id, seq, round_id, question_id,
  question_type, answer, correct, round(credit::numeric, 9), time_ms,
  round(points::numeric, 9), answered_at, timed_out, round(streak_bonus::numeric, 9)
  FROM answers"

fleet_compare() {
    local out=${FLEET_CMP_DIR:-$QK_PG_DIR}/cmp d rc=0 t
    mkdir -p "$out"
    for t in sessions answers; do
        : >"$out/station-$t"
        local sq pg
        if [ $t = sessions ]; then sq=$_fleet_sq_sessions pg=$_fleet_pg_sessions
        else sq=$_fleet_sq_answers pg=$_fleet_pg_answers; fi
        for d in "$@"; do
            sqlite3 -separator '|' "$d/results.db" "$sq" >>"$out/station-$t" || return 1
        done
        LC_ALL=C sort -o "$out/station-$t" "$out/station-$t"
        qk_pg_psql -At -F '|' -c "$pg" | LC_ALL=C sort >"$out/server-$t" || return 1
        if ! cmp -s "$out/station-$t" "$out/server-$t"; then
            echo "FAIL: the server's $t differ from the stations' (< stations, > server):"
            diff "$out/station-$t" "$out/server-$t" | head -n 20
            rc=1
        fi
        local dup
        dup=$(cut -d'|' -f1 "$out/station-$t" | uniq -d | head -n 3)
        [ -z "$dup" ] || { echo "FAIL: a $t uuid twice on the stations: $dup"; rc=1; }
        echo "  $t: $(wc -l <"$out/station-$t") on the stations, $(wc -l <"$out/server-$t") on the server"
    done
    for d in "$@"; do
        local n
        n=$(fleet_outbox "$d")
        [ "$n" = 0 ] || { echo "FAIL: $d: $n rows still in the outbox"; rc=1; }
    done
    return $rc
}
