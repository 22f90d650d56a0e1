#!/usr/bin/env bash
# fleet_slow_server: a server that answers slowly, made by holding a lock on the
# answers table. Checks:
#   - while a station autoplays, a lock held for 5 s: the station goes on storing
#     answers at its pace (the forwarder waits on its own thread), the server gets
#     no answer meanwhile, and everything arrives once the lock goes;
#   - a kiosk stopped by SIGTERM while the lock is held ends within 10 s (3 s of
#     flush, then the query in flight is cancelled), logs that rows were left
#     queued, and keeps them: --sync afterwards sends them (exit 0);
#   - each time, the server equals the station ROW BY ROW.
# Usage: slow_server.sh QUIZKIOSK TESTS_DIR
set -u
QK=$1 QK_TESTS=$2
. "$QK_TESTS/fleet/pg_lib.sh"
. "$QK_TESTS/fleet/fleet_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
T=$QK_PG_DIR
fleet_station "$T/a" helsehuset
# The schema first, so the lock can be taken before the station connects.
"$QK" --server "$QK_PG_URI" --migrate >/dev/null || bad "migrate"

fleet_autoplay "$T/a" 300 41 & pa=$!
for _ in $(seq 1 150); do
    n=$(qk_pg_psql -At -c "SELECT count(*) FROM answers" 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 10 ] && break
    sleep 0.1
done
qk_pg_psql -c "BEGIN" -c "LOCK TABLE answers IN ACCESS EXCLUSIVE MODE" -c "SELECT pg_sleep(5)" \
    -c "COMMIT" >/dev/null & lk=$!
sleep 0.5
l0=$(sqlite3 "$T/a/results.db" "SELECT count(*) FROM answers")
s0=$(qk_pg_psql -At -c "SELECT count(*) FROM sessions")
sleep 3.5
l1=$(sqlite3 "$T/a/results.db" "SELECT count(*) FROM answers")
s1=$(qk_pg_psql -At -c "SELECT count(*) FROM sessions")
kill -0 $lk 2>/dev/null || bad "the lock was gone too soon (a busy machine?)"
echo "  lock held: answers stored on the station $l0 -> $l1; sessions on the server $s0 -> $s1"
[ "$l1" -gt "$l0" ] || bad "the station stopped storing answers while the server was slow"
[ "$s1" = "$s0" ] || bad "rows reached the server past the lock (sessions $s0 -> $s1)"
wait $lk
wait $pa || { bad "autoplay failed"; tail -5 "$T/a/autoplay.log"; }
fleet_compare "$T/a" || fail=1

# A kiosk (no autoplay) with rows queued, stopped by SIGTERM under a held lock.
sqlite3 "$T/a/results.db" "INSERT OR REPLACE INTO outbox (session_id, seq)
    SELECT session_id, seq FROM answers ORDER BY session_id DESC, seq LIMIT 25"
qk_pg_psql -c "BEGIN" -c "LOCK TABLE answers IN ACCESS EXCLUSIVE MODE" -c "SELECT pg_sleep(30)" \
    -c "COMMIT" >/dev/null 2>&1 & lk=$!
sleep 0.5
(cd "$T/a" && exec "$QK" --config station.cfg --size 1280x720 >kiosk.log 2>&1) & pk=$!
sleep 2
kill -0 $pk 2>/dev/null || { bad "the kiosk did not run"; cat "$T/a/kiosk.log"; }
t0=$(date +%s%N)
kill -TERM $pk
wait $pk; rc=$?
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "  SIGTERM under a held lock: the kiosk ended in $ms ms (exit $rc)"
[ "$ms" -lt 10000 ] || bad "the kiosk took $ms ms to stop under a slow server"
grep -q "not every result reached the results server" "$T/a/kiosk.log" \
    || { bad "no log line for rows left queued"; cat "$T/a/kiosk.log"; }
[ "$(fleet_outbox "$T/a")" -gt 0 ] || bad "the queued rows were lost"
kill $lk 2>/dev/null
qk_pg_psql -U postgres -d qk -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()" >/dev/null
wait $lk 2>/dev/null
(cd "$T/a" && "$QK" --config station.cfg --sync >"$T/sync.out" 2>&1) || { bad "--sync failed"; cat "$T/sync.out"; }
fleet_compare "$T/a" || fail=1
[ $fail -eq 0 ] && echo "fleet_slow_server: ok"
exit $fail
