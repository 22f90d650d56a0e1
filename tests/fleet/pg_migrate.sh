#!/usr/bin/env bash
# fleet_pg_migrate: the central schema's migrations on a real PostgreSQL.
#   - four `quizkiosk --server URL --migrate` at the same moment on an empty
#     database, while another session holds the migration lock: they wait for it,
#     then all succeed, the schema is made once (one qk_schema row per step);
#   - a second run changes nothing;
#   - a server newer than the program is refused (exit 1, says so), unchanged;
#   - a role that needs a password: none given -> 1; a password file readable by
#     others -> refused, naming the file; a 0600 file -> connects;
#   - no server listening -> exit 1 within the connect timeout.
set -u
QK=$1
. "$(dirname "$0")/pg_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
T=$QK_PG_DIR

# Another session holds the migration lock (QK_PG_MIGRATE_LOCK, "qkmig") for 3 s:
# the four must wait for it, not race past it.
qk_pg_psql -c "SELECT pg_advisory_lock($((0x716b6d6967)))" -c "SELECT pg_sleep(3)" >/dev/null &
holder=$!
sleep 0.7
for i in 1 2 3 4; do
    "$QK" --server "$QK_PG_URI" --migrate >"$T/m$i.out" 2>&1 &
    pids[$i]=$!
done
sleep 1.3
[ "$(qk_pg_psql -At -c "SELECT to_regclass('stations') IS NULL")" = t ] \
    || bad "a migration ran while another session held the migration lock"
wait $holder
for i in 1 2 3 4; do
    wait "${pids[$i]}" || { bad "concurrent migrate $i failed"; cat "$T/m$i.out"; }
done
made=$(grep -l "from version 0 to" "$T"/m?.out | wc -l)
[ "$made" -eq 1 ] || bad "expected one run to make the schema, $made did"
rows=$(qk_pg_psql -At -c "SELECT count(*) || ' ' || max(version) FROM qk_schema")
newest=$(qk_pg_psql -At -c "SELECT count(*) FROM qk_schema")
[ "$rows" = "$newest $newest" ] || bad "qk_schema holds '$rows' (count max), expected one row per step"
for t in stations sessions answers; do
    [ "$(qk_pg_psql -At -c "SELECT to_regclass('$t') IS NOT NULL")" = t ] || bad "no table $t"
done
# Every row says its station.
for t in sessions answers; do
    [ "$(qk_pg_psql -At -c "SELECT attnotnull FROM pg_attribute WHERE attrelid = '$t'::regclass AND attname = 'station_id'")" = t ] \
        || bad "$t.station_id is not NOT NULL"
done

out=$("$QK" --server "$QK_PG_URI" --migrate 2>&1) || bad "second migrate failed: $out"
case $out in *"nothing to do"*) ;; *) bad "second migrate said: $out" ;; esac

qk_pg_psql -c "INSERT INTO qk_schema (version) VALUES (999)"
out=$("$QK" --server "$QK_PG_URI" --migrate 2>&1); rc=$?
[ $rc -eq 1 ] || bad "a newer server: exit $rc, expected 1"
case $out in *"version 999, newer"*) ;; *) bad "a newer server said: $out" ;; esac
[ "$(qk_pg_psql -At -c "SELECT max(version) FROM qk_schema")" = 999 ] || bad "newer server changed"
qk_pg_psql -c "DELETE FROM qk_schema WHERE version = 999"

pw_uri=$(qk_pg_add_password_role qkpw 's3cr3t') || bad "password role"
qk_pg_psql -U postgres -d qk -c "GRANT SELECT ON qk_schema TO qkpw" -c "GRANT qk TO qkpw" >/dev/null
out=$(PGPASSFILE=/nonexistent "$QK" --server "$pw_uri" --migrate 2>&1); rc=$?
[ $rc -eq 1 ] || bad "no password: exit $rc, expected 1 ($out)"
pwf=$T/pw
echo 's3cr3t' >"$pwf"; chmod 644 "$pwf"
out=$(QK_PASSWORD_FILE=$pwf "$QK" --server "$pw_uri" --migrate 2>&1); rc=$?
[ $rc -eq 1 ] || bad "password file 0644: exit $rc, expected 1"
case $out in *"$pwf"*"chmod 600"*) ;; *) bad "password file 0644 said: $out" ;; esac
chmod 600 "$pwf"
out=$(QK_PASSWORD_FILE=$pwf "$QK" --server "$pw_uri" --migrate 2>&1) || bad "password file 0600: $out"
# libpq's own password file works too.
printf '*:*:*:qkpw:s3cr3t\n' >"$T/pgpass"; chmod 600 "$T/pgpass"
out=$(PGPASSFILE=$T/pgpass "$QK" --server "$pw_uri" --migrate 2>&1) || bad "PGPASSFILE: $out"

out=$("$QK" --server "postgresql:///qk?host=$T/none&port=1" --migrate 2>&1); rc=$?
[ $rc -eq 1 ] || bad "no server: exit $rc, expected 1"
case $out in *"cannot connect"*) ;; *) bad "no server said: $out" ;; esac
out=$("$QK" --migrate 2>&1); rc=$?
[ $rc -eq 2 ] || bad "--migrate without --server: exit $rc, expected 2"

[ $fail -eq 0 ] && echo "fleet_pg_migrate: ok"
exit $fail
