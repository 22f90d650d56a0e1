#!/usr/bin/env bash
# bench/fleet/run.sh [BUILD_DIR] [STATIONS] [SESSIONS]: issue 14's benchmark on a
# throw-away PostgreSQL (tests/fleet/pg_lib.sh: Unix socket, fsync=off as in the
# tests). Prints:
#   1. backlog: STATIONS x SESSIONS sessions (6 answers each) stored with no server,
#      then every forwarder started at once: server rows per second, and the floor
#      (the server copying those answers into a table of the same shape);
#   2. live: the same stations playing (an answer every 25 ms each) and forwarding:
#      lag answer -> server, median and p99;
#   3. --stats --server at 1 million answers (the 60,000 above plus generated
#      ones, all today), median of 5 runs, and the floor: a psql scan of the
#      answers table (count and sum), median of 5.
# Nothing is asserted; see bench/README.md for figures.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
n=${2:-50} sessions=${3:-200}
QK=$build/quizkiosk
. "$here/../../tests/fleet/pg_lib.sh"
qk_pg_start
W=$QK_PG_DIR/work
"$QK" --server "$QK_PG_URI" --migrate >/dev/null
echo "== backlog: $n stations x $sessions sessions"
"$build/qk_bench_fleet" backlog "$QK_PG_URI" "$W/backlog" "$n" "$sessions" 6
echo "== live: $n stations x $sessions sessions, an answer every 25 ms each"
qk_pg_psql -c "TRUNCATE answers, sessions, stations"
"$build/qk_bench_fleet" live "$QK_PG_URI" "$W/live" "$n" "$sessions" 6 25
echo "== --stats --server at 1 million answers"
have=$(qk_pg_psql -At -c "SELECT count(*) FROM answers")
need=$(( (1000000 - have) / 10 ))
qk_pg_psql -c "INSERT INTO sessions (session_uuid, station_id, local_id, set_id, set_hash,
    set_title, started, ended, status, score, max_score, autoplay)
  SELECT gen_random_uuid(), 'gen-' || (g % 50), g, 'ks-leder', repeat('ab', 32),
    'Generert', extract(epoch FROM date_trunc('day', now()))::bigint + (g % 30000),
    extract(epoch FROM date_trunc('day', now()))::bigint + (g % 30000) + 300,
    'completed', 6, 10, 0 FROM generate_series(1, $need) g" \
  -c "INSERT INTO answers (answer_uuid, session_uuid, station_id, seq, round_id, question_id,
    question_type, answer, correct, credit, time_ms, points, answered_at)
  SELECT gen_random_uuid(), s.session_uuid, s.station_id, k, 'r' || (k % 3),
    'q' || ((k * 7 + s.local_id) % 40), 'single', '1', ((k + s.local_id) % 3 <> 0)::int,
    ((k + s.local_id) % 3 <> 0)::int, 4000, ((k + s.local_id) % 3 <> 0)::int, s.started + k * 20
  FROM sessions s CROSS JOIN generate_series(1, 10) k WHERE s.station_id LIKE 'gen-%'" \
  -c "VACUUM ANALYZE sessions, answers"
echo "answers on the server: $(qk_pg_psql -At -c "SELECT count(*) FROM answers")"
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
for _ in 1 2 3 4 5; do ms "$QK" --stats --server "$QK_PG_URI"; done | med >"$W/stats.ms"
for _ in 1 2 3 4 5; do ms qk_pg_psql -At -c "SELECT count(*), sum(correct) FROM answers"; done | med >"$W/floor.ms"
"$QK" --stats --server "$QK_PG_URI" | head -n 12
s=$(cat "$W/stats.ms") f=$(cat "$W/floor.ms")
echo "--stats --server: median $s ms; floor (psql scan of answers): median $f ms; ratio $(awk "BEGIN {printf \"%.1f\", $s / $f}")"
