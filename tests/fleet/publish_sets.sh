#!/usr/bin/env bash
# fleet_publish_sets: publishing question sets through a real PostgreSQL.
#   --publish of a good set with a picture stores it whole (bytes, SHA-256,
#     picture, targets) and --fetch-sets on the targeted station installs it
#     byte for byte with its picture, marks it as from the server (.published)
#     and reports "installed"; a station it was not published to gets nothing;
#   --publish refuses a broken set (the loader's FILE:LINE, exit 1) and a set
#     whose picture is missing, and stores nothing;
#   a corrupt set forced into the server with SQL (bytes changed under their
#     hash; a cut set with a matching hash; a set the loader refuses) is
#     rejected by the station, which keeps its set byte for byte, and the
#     server holds "rejected" with the reason;
#   --active makes the published set the station's chosen active set.
# Usage: publish_sets.sh PATH/TO/quizkiosk
set -u
QK=$1
. "$(dirname "$0")/pg_lib.sh"
export TZ=Europe/Oslo
tmp=$(mktemp -d /tmp/qk-fleet-pub.XXXXXX)
fail=0 pass=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
qk_pg_start || exit 1
trap 'qk_pg_cleanup; rm -rf "$tmp"' EXIT
run() { local o=$1; shift; "$QK" "$@" >"$o" 2>"$o.err"; rc=$?; }
S="--server $QK_PG_URI"
sql() { qk_pg_psql -At -c "$1"; }
"$QK" --server "$QK_PG_URI" --migrate >/dev/null || { echo "FAIL: migrate"; exit 1; }

# The trainer's set, with a picture beside it.
mkdir -p "$tmp/kurs/bilder"
cp "$(dirname "$0")/../good_sets/bilder/lederkurs.png" "$tmp/kurs/bilder/"
mkset() { # FILE TITLE
    cat >"$1" <<CFG
format = 1;
id = "ny-leder";
title = "$2";
language = "nb";
rounds = (
  { id = "r1"; title = "Runde én";
    questions = (
      { id = "q1"; type = "truefalse"; text = "Er æ, ø og å bokstaver?"; correct = true;
        explanation = "Ja."; picture = "bilder/lederkurs.png"; },
      { id = "q2"; type = "single"; text = "Hvor mange?"; answers = ( "Én", "To" );
        correct = 2; explanation = "To."; }
    ); }
);
CFG
}
mkset "$tmp/kurs/ny-leder.cfg" "Ny leder"
"$QK" --check "$tmp/kurs/ny-leder.cfg" >/dev/null 2>&1 || { echo "FAIL: the fixture set does not pass --check"; exit 1; }

# Two stations, each with a set of its own.
for id in radhus-1 sjukeheim-2; do
    mkdir -p "$tmp/$id/q"
    cp "$(dirname "$0")/../station_sets/a-god-ledelse.cfg" "$tmp/$id/q/"
    printf 'station_id = "%s";\nquizzes_dir = "%s";\nresults_db = "%s";\n' \
        "$id" "$tmp/$id/q" "$tmp/$id/results.db" >"$tmp/$id.cfg"
done

# A broken set and a set without its picture are refused, nothing stored.
run "$tmp/b" --publish "$(dirname "$0")/../station_sets/b-broken.cfg" $S
check "--publish broken set: exit 1" test "$rc" -eq 1
check "--publish broken set: the loader's FILE:LINE: error" grep -q "b-broken.cfg:[0-9]*: error" "$tmp/b.err"
check "--publish broken set: says nothing was published" grep -q "nothing was published" "$tmp/b.err"
mkdir -p "$tmp/nopic"
mkset "$tmp/nopic/ny-leder.cfg" "Uten bilde"
run "$tmp/np" --publish "$tmp/nopic/ny-leder.cfg" $S
check "--publish without its picture: exit 1" test "$rc" -eq 1
check "--publish without its picture: names the picture and line" grep -q "ny-leder.cfg:[0-9]*: error: picture \"bilder/lederkurs.png\" must travel with the set" "$tmp/np.err"
check "refused sets: nothing on the server" test "$(sql "SELECT count(*) FROM published_sets")" = 0
run "$tmp/u" --publish "$tmp/kurs/ny-leder.cfg"
check "--publish without --server: exit 2" test "$rc" -eq 2
run "$tmp/u" --publish "$tmp/kurs/ny-leder.cfg" $S --stations "radhus-1,,x"
check "--publish --stations with an empty id: exit 2" test "$rc" -eq 2

# A good set for radhus-1.
run "$tmp/p1" --publish "$tmp/kurs/ny-leder.cfg" $S --stations radhus-1
check "--publish good set: exit 0" test "$rc" -eq 0
check "--publish good set: says so" grep -q "^Published ny-leder (ny-leder.cfg, [0-9]* bytes, 1 picture) as number 1, for station radhus-1" "$tmp/p1"
H=$(sha256sum "$tmp/kurs/ny-leder.cfg" | cut -d' ' -f1)
check "server: the bytes and their SHA-256" test "$(sql "SELECT content_hash = encode(sha256(content), 'hex') AND content_hash = '$H' FROM published_sets WHERE publish_id = 1")" = t
check "server: the picture byte for byte" test "$(sql "SELECT encode(sha256(content), 'hex') FROM published_set_files WHERE publish_id = 1 AND name = 'bilder/lederkurs.png'")" = "$(sha256sum "$tmp/kurs/bilder/lederkurs.png" | cut -d' ' -f1)"
check "server: for radhus-1 only" test "$(sql "SELECT string_agg(station_id, ',') FROM published_set_targets WHERE publish_id = 1")/$(sql "SELECT all_stations FROM published_sets WHERE publish_id = 1")" = "radhus-1/f"

run "$tmp/f1" --fetch-sets $S --config "$tmp/radhus-1.cfg"
check "--fetch-sets: exit 0" test "$rc" -eq 0
check "--fetch-sets: says it installed" grep -q "^Installed ny-leder (ny-leder.cfg, publishing 1)" "$tmp/f1"
check "station: the set byte for byte" cmp "$tmp/kurs/ny-leder.cfg" "$tmp/radhus-1/q/ny-leder.cfg"
check "station: its picture byte for byte" cmp "$tmp/kurs/bilder/lederkurs.png" "$tmp/radhus-1/q/bilder/lederkurs.png"
check "station: the installed set passes --check" "$QK" --check "$tmp/radhus-1/q/ny-leder.cfg" >/dev/null
check "station: listed as from the server" grep -q "^$H ny-leder.cfg 1$" "$tmp/radhus-1/q/.published"
check "station: no staging folder left" test -z "$(ls -A "$tmp/radhus-1/q" | grep '^.incoming')"
check "server: radhus-1 reported installed" test "$(sql "SELECT result FROM published_set_installs WHERE publish_id = 1 AND station_id = 'radhus-1'")" = installed
run "$tmp/f1b" --fetch-sets $S --config "$tmp/radhus-1.cfg"
check "--fetch-sets again: nothing new" grep -q "^No new sets for station radhus-1" "$tmp/f1b"
run "$tmp/f2" --fetch-sets $S --config "$tmp/sjukeheim-2.cfg"
check "another station: nothing for it" grep -q "^No new sets for station sjukeheim-2" "$tmp/f2"
check "another station: nothing installed" test ! -e "$tmp/sjukeheim-2/q/ny-leder.cfg"

# Corrupt publishings forced into the server: the station keeps its set.
good=$tmp/good.cfg
cp "$tmp/radhus-1/q/ny-leder.cfg" "$good"
corrupt() { # WHAT SQL EXPECTED-MESSAGE: SQL with :id for the new publishing
    mkset "$tmp/kurs/ny-leder.cfg" "Ny leder, versjon $RANDOM"
    run "$tmp/p" --publish "$tmp/kurs/ny-leder.cfg" $S --stations radhus-1
    local id
    id=$(sql "SELECT max(publish_id) FROM published_sets")
    qk_pg_psql -c "${2//:id/$id}" >/dev/null || bad "$1: the SQL failed"
    run "$tmp/fc" --fetch-sets $S --config "$tmp/radhus-1.cfg"
    check "$1: --fetch-sets exit 1" test "$rc" -eq 1
    check "$1: the station says it was rejected" grep -q "was rejected; the station keeps what it had" "$tmp/fc.err"
    check "$1: the station's set is as it was, byte for byte" cmp "$good" "$tmp/radhus-1/q/ny-leder.cfg"
    check "$1: still passes --check" "$QK" --check "$tmp/radhus-1/q/ny-leder.cfg" >/dev/null
    check "$1: no staging folder left" test -z "$(ls -A "$tmp/radhus-1/q" | grep '^.incoming')"
    check "$1: server holds rejected with the reason" \
        test "$(sql "SELECT result || ': ' || (message LIKE '%$3%') FROM published_set_installs WHERE publish_id = $id")" = "rejected: true"
}
U="UPDATE published_sets SET"
corrupt "bytes changed under their hash" "$U content = overlay(content placing 'XX' from 20) WHERE publish_id = :id" "SHA-256"
corrupt "cut in half, hash to match" "$U content = substring(content from 1 for 150), content_hash = encode(sha256(substring(content from 1 for 150)), 'hex') WHERE publish_id = :id" "ny-leder.cfg:"
B="convert_to(replace(convert_from(content, 'UTF8'), 'correct = 2', 'correct = 9'), 'UTF8')"
corrupt "a set the loader refuses" "$U content = $B, content_hash = encode(sha256($B), 'hex') WHERE publish_id = :id" "ny-leder.cfg:"
corrupt "its picture lost on the way" "DELETE FROM published_set_files WHERE publish_id = :id" "did not come with the set"

# Published --active: installed and made the station's active set.
mkset "$tmp/kurs/ny-leder.cfg" "Ny leder, aktiv"
run "$tmp/pa" --publish "$tmp/kurs/ny-leder.cfg" $S --active
check "--publish --active for every station: exit 0" test "$rc" -eq 0
check "--publish --active: says every station, active between sessions" grep -q "for every station, to become the active set between sessions" "$tmp/pa"
run "$tmp/fa" --fetch-sets $S --config "$tmp/sjukeheim-2.cfg"
check "--fetch-sets --active: exit 0" test "$rc" -eq 0
check "--fetch-sets --active: installed" cmp "$tmp/kurs/ny-leder.cfg" "$tmp/sjukeheim-2/q/ny-leder.cfg"
check "--fetch-sets --active: made active" grep -q "^ny-leder is now the active set" "$tmp/fa"
check "--fetch-sets --active: the station's active-set choice names it" grep -qx "ny-leder" "$tmp/sjukeheim-2/active-set"
run "$tmp/ck" --check-config "$tmp/sjukeheim-2.cfg"
check "the station still checks out" test "$rc" -eq 0

# A server that cannot be reached: exit 1, the station's sets untouched.
run "$tmp/d" --fetch-sets --server "postgresql:///qk?host=$tmp/nowhere&port=1" --config "$tmp/radhus-1.cfg"
check "--fetch-sets unreachable server: exit 1" test "$rc" -eq 1
check "--fetch-sets unreachable server: says so" grep -q "cannot connect to the results server" "$tmp/d.err"

qk_pg_psql -c "SELECT publish_id, station_id, result, message FROM published_set_installs ORDER BY publish_id, station_id" | cut -c1-160
echo "$pass passed, $fail failed"
[ $fail = 0 ]
