#!/usr/bin/env bash
# fleet_server_restart: the server is stopped while a station plays and forwards,
# and started again a few seconds later. Checks:
#   - the station goes on storing answers while the server is down (its outbox
#     grows: the menu's "N results not yet sent"), and its autoplay ends well;
#   - it logs the loss once ("will try again") and finds the server again by
#     itself (qk_backoff), without a restart;
#   - at the end the server equals the station ROW BY ROW, the outbox is empty.
# Usage: server_restart.sh QUIZKIOSK TESTS_DIR
set -u
QK=$1 QK_TESTS=$2
. "$QK_TESTS/fleet/pg_lib.sh"
. "$QK_TESTS/fleet/fleet_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
T=$QK_PG_DIR
fleet_station "$T/a" kursrommet
fleet_autoplay "$T/a" 300 21 & pa=$!
for _ in $(seq 1 150); do
    n=$(qk_pg_psql -At -c "SELECT count(*) FROM answers" 2>/dev/null || echo 0)
    [ "${n:-0}" -gt 20 ] && break
    sleep 0.1
done
kill -0 $pa 2>/dev/null || bad "autoplay ended before the server could be stopped"
qk_pg_stop fast || bad "the server did not stop"
local_before=$(sqlite3 "$T/a/results.db" "SELECT count(*) FROM answers")
out_before=$(fleet_outbox "$T/a")
sleep 3
local_after=$(sqlite3 "$T/a/results.db" "SELECT count(*) FROM answers")
out_after=$(fleet_outbox "$T/a")
echo "  server down 3 s: answers stored $local_before -> $local_after, outbox $out_before -> $out_after"
[ "$local_after" -gt "$local_before" ] || bad "the station stopped storing answers while the server was down"
[ "$out_after" -gt "$out_before" ] || bad "the outbox did not grow while the server was down"
kill -0 $pa 2>/dev/null || bad "autoplay ended while the server was down (too short a test)"
qk_pg_resume || bad "the server did not start again"
wait $pa || { bad "autoplay failed"; tail -5 "$T/a/autoplay.log"; }
grep -q "results not sent, will try again" "$T/a/autoplay.log" || bad "no log line for the lost server"
[ "$(grep -c "results not sent, will try again" "$T/a/autoplay.log")" -le 2 ] \
    || bad "the lost server was logged at every retry"
grep -q "results server reached" "$T/a/autoplay.log" || bad "no log line for the server found again"
fleet_compare "$T/a" || fail=1
[ $fail -eq 0 ] && echo "fleet_server_restart: ok"
exit $fail
