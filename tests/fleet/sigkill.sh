#!/usr/bin/env bash
# fleet_sigkill: a station SIGKILLed while it plays and forwards, then started
# again; SIGKILLed again, then emptied by quizkiosk --sync. Checks:
#   - right after the kill, every answer on the server is on the station, equal
#     (nothing the station does not hold);
#   - a kill between the server's COMMIT and the outbox delete (made certain
#     here by queueing 40 answers and their sessions again, as such a kill
#     leaves them) sends them again and the server keeps ONE of each;
#   - after the restart, and after the second kill and --sync (exit 0), the
#     server equals the station ROW BY ROW; --sync with the server stopped
#     exits 1 and keeps the rows queued.
# Usage: sigkill.sh QUIZKIOSK TESTS_DIR
set -u
QK=$1 QK_TESTS=$2
. "$QK_TESTS/fleet/pg_lib.sh"
. "$QK_TESTS/fleet/fleet_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
T=$QK_PG_DIR
fleet_station "$T/a" biblioteket

# kill_mid_play BEFORE SEED [STOP]: start autoplay, SIGKILL it once the server
# holds 30 answers more than BEFORE and the station has rows queued. With STOP the
# server is stopped first and the kiosk plays on until it has queued 5 more, so
# rows are certainly left to send. Without it the forwarder may drain the outbox
# between the look and the kill; such a kill (too late to be mid-forward) is
# counted and the play tried again, 3 times at most. Returns 1 if no kill
# left rows queued.
kill_mid_play() {
    local before=$1 seed=$2 stop=${3-} try p n q
    for try in 1 2 3; do
        (cd "$T/a" && exec "$QK" --config station.cfg --autoplay 400 --seed "$seed$try" \
            --size 1280x720 >>autoplay.log 2>&1) & p=$! # exec: $p is the kiosk
        for _ in $(seq 1 150); do
            n=$(qk_pg_psql -At -c "SELECT count(*) FROM answers" 2>/dev/null || echo 0)
            [ "${n:-0}" -gt $((before + 30)) ] && [ "$(fleet_outbox "$T/a")" -gt 0 ] && break
            sleep 0.1
        done
        if [ -n "$stop" ]; then
            q=$(fleet_outbox "$T/a")
            qk_pg_stop fast
            for _ in $(seq 1 150); do
                [ "$(fleet_outbox "$T/a")" -gt $((q + 5)) ] && break
                sleep 0.1
            done
        fi
        kill -0 $p 2>/dev/null || bad "the kiosk ended before it could be killed"
        kill -KILL $p
        wait $p 2>/dev/null
        q=$(fleet_outbox "$T/a")
        echo "  killed the kiosk at $(sqlite3 "$T/a/results.db" "SELECT count(*) FROM answers") answers stored, outbox $q (try $try)"
        [ "$q" -gt 0 ] && return 0
        [ -n "$stop" ] && return 1
        before=$(qk_pg_psql -At -c "SELECT count(*) FROM answers")
    done
    return 1
}

kill_mid_play 0 31 || bad "3 kills, and each came after everything was sent"
# Every answer on the server is on the station, equal.
FLEET_CMP_DIR=$T/k1 fleet_compare "$T/a" >"$T/k1.out" 2>&1
extra=$(LC_ALL=C comm -13 "$T/k1/cmp/station-answers" "$T/k1/cmp/server-answers" | wc -l)
[ "$extra" -eq 0 ] || bad "$extra answers on the server that the station does not hold"

# As if killed between COMMIT and the delete: 40 sent answers queued again.
sqlite3 "$T/a/results.db" "INSERT OR REPLACE INTO outbox (session_id, seq)
    SELECT session_id, seq FROM answers WHERE uuid IN (SELECT uuid FROM answers ORDER BY
    session_id, seq LIMIT 40); INSERT OR REPLACE INTO outbox (session_id, seq)
    SELECT DISTINCT session_id, 0 FROM answers WHERE uuid IN (SELECT uuid FROM answers
    ORDER BY session_id, seq LIMIT 40)"
requeued=$(qk_pg_psql -At -c "SELECT count(*) FROM answers")

# Started again: close_unfinished marks the killed session abandoned, the backlog goes.
fleet_autoplay "$T/a" 10 32 || { bad "the restarted station failed"; tail -5 "$T/a/autoplay.log"; }
fleet_compare "$T/a" || fail=1
n=$(qk_pg_psql -At -c "SELECT count(*) FROM sessions WHERE status = 'in_progress'")
[ "$n" = 0 ] || bad "$n sessions left in_progress on the server (the killed one should be abandoned)"

# Killed again, with the server stopped while it played: --sync says 1 and keeps
# the rows.
kill_mid_play "$(qk_pg_psql -At -c "SELECT count(*) FROM answers")" 33 stop ||
    bad "the kiosk queued nothing while the server was stopped"
queued=$(fleet_outbox "$T/a")
(cd "$T/a" && "$QK" --config station.cfg --sync >"$T/sync1.out" 2>&1); rc=$?
[ $rc -eq 1 ] || { bad "--sync with the server stopped: exit $rc, expected 1"; cat "$T/sync1.out"; }
grep -q "cannot connect" "$T/sync1.out" || bad "--sync did not say why: $(cat "$T/sync1.out")"
[ "$(fleet_outbox "$T/a")" = "$queued" ] || bad "--sync without a server changed the outbox"
qk_pg_resume
# A power cut leaves the session in progress; the next start closes it. Here --sync
# sends it as it is, and the comparison is of what both hold.
(cd "$T/a" && "$QK" --config station.cfg --sync >"$T/sync2.out" 2>&1); rc=$?
[ $rc -eq 0 ] || { bad "--sync: exit $rc"; cat "$T/sync2.out"; }
grep -q "Sent [1-9][0-9]* result row" "$T/sync2.out" || bad "--sync said: $(cat "$T/sync2.out")"
fleet_compare "$T/a" || fail=1
[ $fail -eq 0 ] && echo "fleet_sigkill: ok ($requeued answers on the server before 40 were queued again; none doubled)"
exit $fail
