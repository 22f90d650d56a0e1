#!/usr/bin/env bash
# fleet_sets_schema: the published-sets step of the central schema (1 -> 2)
# on a real PostgreSQL: its tables are made by --migrate; a content hash that
# is not 64 lowercase hex digits and a file name that would leave the quizzes
# folder are refused by the server itself; removing a publishing removes its
# files, targets and install records.
set -u
QK=$1
. "$(dirname "$0")/pg_lib.sh"
fail=0
bad() { echo "FAIL: $*"; fail=1; }
qk_pg_start || exit 1
out=$("$QK" --server "$QK_PG_URI" --migrate 2>&1) || { echo "FAIL: migrate: $out"; exit 1; }
for t in published_sets published_set_files published_set_targets published_set_installs; do
    [ "$(qk_pg_psql -At -c "SELECT to_regclass('$t') IS NOT NULL")" = t ] || bad "no table $t"
done
H=$(printf 'x' | sha256sum | cut -d' ' -f1)
id=$(qk_pg_psql -At -c "INSERT INTO published_sets(set_id, file_name, content, content_hash)
      VALUES ('ny-leder', 'ny-leder.cfg', 'x', '$H') RETURNING publish_id") || bad "a good row was refused"
[ "$(qk_pg_psql -At -c "SELECT published_by FROM published_sets WHERE publish_id = $id")" = qk ] \
    || bad "published_by is not the publishing role"
qk_pg_psql -c "INSERT INTO published_set_files VALUES ($id, 'bilder/a.png', 'y', '$H')" \
    -c "INSERT INTO published_set_targets VALUES ($id, 'radhus-1')" \
    -c "INSERT INTO published_set_installs(publish_id, station_id, result) VALUES ($id, 'radhus-1', 'installed')" \
    >/dev/null || bad "files/targets/installs rows refused"
for v in "'ny-leder.cfg', 'x', 'ABC'" "'../ut.cfg', 'x', '$H'" "'.skjult.cfg', 'x', '$H'" "'ny.txt', 'x', '$H'"; do
    if qk_pg_psql -c "INSERT INTO published_sets(set_id, file_name, content, content_hash) VALUES ('s', $v)" >/dev/null 2>&1; then
        bad "the server took ($v)"
    fi
done
qk_pg_psql -c "DELETE FROM published_sets WHERE publish_id = $id" >/dev/null
left=$(qk_pg_psql -At -c "SELECT (SELECT count(*) FROM published_set_files) + (SELECT count(*) FROM published_set_targets) + (SELECT count(*) FROM published_set_installs)")
[ "$left" = 0 ] || bad "$left rows left behind a removed publishing"
[ $fail = 0 ] && echo "ok: published-sets schema"
exit $fail
