#!/usr/bin/env bash
# fleet_stale_copy: an old copy of a station's results reaches the server after
# the newer rows did (a station restored from a backup, a second forwarder, a
# retry after a lost COMMIT reply). Sessions on the server only move forward:
#   - a station plays offline (no results_server yet: the outbox fills), then
#     --sync sends everything (the history of a station first pointed at a
#     server) and the server equals it row by row;
#   - a copy of that database in which two finished sessions are still in
#     progress (as an older copy would hold them, queued again) is sent with
#     --sync under the same station id: the server keeps the finished rows and
#     still equals the real station; the copy's answers add nothing.
# Usage: stale_copy.sh QUIZKIOSK TESTS_DIR
set -u
QK=$1 QK_TESTS=$2
. "$QK_TESTS/fleet/pg_lib.sh"
. "$QK_TESTS/fleet/fleet_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
T=$QK_PG_DIR
fleet_station "$T/a" rådhuset ""
fleet_autoplay "$T/a" 12 51 || { bad "autoplay failed"; tail -5 "$T/a/autoplay.log"; }
queued=$(fleet_outbox "$T/a")
[ "$queued" -gt 12 ] || bad "offline, the outbox holds only $queued rows"
(cd "$T/a" && "$QK" --config station.cfg --sync >"$T/s0.out" 2>&1); rc=$?
[ $rc -eq 2 ] || bad "--sync without results_server: exit $rc, expected 2"
grep -q "names no results_server" "$T/s0.out" || bad "--sync without a server said: $(cat "$T/s0.out")"
echo "results_server = \"$QK_PG_URI\";" >>"$T/a/station.cfg"
# The copy, made before the history is sent.
mkdir -p "$T/old"
cp -r "$T/a/q" "$T/a/station.cfg" "$T/old/"
sqlite3 "$T/a/results.db" ".backup '$T/old/results.db'"
(cd "$T/a" && "$QK" --config station.cfg --sync >"$T/s1.out" 2>&1) || { bad "--sync failed"; cat "$T/s1.out"; }
grep -q "Sent $queued result rows" "$T/s1.out" || bad "--sync said: $(cat "$T/s1.out") (expected $queued rows)"
fleet_compare "$T/a" || fail=1
# Two finished sessions, in progress in the old copy with a lower score.
sqlite3 "$T/old/results.db" "UPDATE sessions SET status = 'in_progress', ended = NULL,
    max_score = NULL, score = 0 WHERE id IN (2, 5)"
(cd "$T/old" && "$QK" --config station.cfg --sync >"$T/s2.out" 2>&1) || { bad "--sync of the copy failed"; cat "$T/s2.out"; }
n=$(qk_pg_psql -At -c "SELECT count(*) FROM sessions WHERE status = 'in_progress'")
[ "$n" = 0 ] || bad "the old copy put $n finished sessions back in progress"
fleet_compare "$T/a" || fail=1
[ $fail -eq 0 ] && echo "fleet_stale_copy: ok"
exit $fail
