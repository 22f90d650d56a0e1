#!/usr/bin/env bash
# fleet_two_stations: two stations autoplay at the same moment against one server,
# each forwarding as it plays. Checks:
#   - the server holds rows while the stations still play (forwarding is live,
#     not only the flush at the end);
#   - after both stop, the server equals the two stations ROW BY ROW (every
#     column of every session and answer, sorted by uuid): nothing doubled,
#     nothing missing, every outbox empty (the menu's "N not yet sent" is 0);
#   - every row says its station, and both are in `stations`.
# Usage: two_stations.sh QUIZKIOSK TESTS_DIR
set -u
QK=$1 QK_TESTS=$2
. "$QK_TESTS/fleet/pg_lib.sh"
. "$QK_TESTS/fleet/fleet_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
T=$QK_PG_DIR
fleet_station "$T/a" rådhuset
fleet_station "$T/b" sykehjemmet
fleet_autoplay "$T/a" 150 11 & pa=$!
fleet_autoplay "$T/b" 150 12 & pb=$!
live=0
for _ in $(seq 1 100); do
    kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null || break
    n=$(qk_pg_psql -At -c "SELECT count(*) FROM answers" 2>/dev/null || echo 0)
    if [ "${n:-0}" -gt 0 ] && { kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null; }; then
        live=1; break
    fi
    sleep 0.2
done
wait $pa || { bad "station a's autoplay failed"; tail -5 "$T/a/autoplay.log"; }
wait $pb || { bad "station b's autoplay failed"; tail -5 "$T/b/autoplay.log"; }
[ $live -eq 1 ] || bad "no answer reached the server while the stations played"
fleet_compare "$T/a" "$T/b" || fail=1
for s in rådhuset sykehjemmet; do
    n=$(qk_pg_psql -At -c "SELECT count(*) FROM answers WHERE station_id = '$s'")
    [ "$n" -gt 0 ] || bad "no answers from $s on the server"
done
n=$(qk_pg_psql -At -c "SELECT count(*) FROM stations WHERE station_id IN ('rådhuset','sykehjemmet')")
[ "$n" = 2 ] || bad "stations table has $n of the 2 stations"
# The comparison itself catches a missing and a changed row.
qk_pg_psql -c "DELETE FROM answers WHERE answer_uuid = (SELECT min(answer_uuid::text)::uuid FROM answers)" \
    -c "UPDATE sessions SET score = score + 0.5 WHERE session_uuid = (SELECT max(session_uuid::text)::uuid FROM sessions)"
FLEET_CMP_DIR=$T/cmp2 fleet_compare "$T/a" "$T/b" >"$T/cmp2.out" 2>&1 && bad "a changed server went unnoticed"
[ "$(grep -c '^FAIL: the server' "$T/cmp2.out")" = 2 ] || { bad "the comparison missed a change"; cat "$T/cmp2.out"; }
grep -q "results server reached" "$T/a/autoplay.log" || bad "station a did not log reaching the server"
[ $fail -eq 0 ] && echo "fleet_two_stations: ok"
exit $fail
