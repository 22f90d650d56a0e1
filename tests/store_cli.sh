#!/usr/bin/env bash
# store_cli.sh: --stats and --export-results through the built binary, on a
# station file whose results_db points into a temporary folder. The database
# is made by hand in the first schema version (as an older quizkiosk left it),
# so the commands also show that they upgrade it and keep every row.
# Usage: store_cli.sh PATH/TO/quizkiosk
set -u
# The commands speak the tools' language (the environment); these checks read English.
export LANGUAGE=en
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=Europe/Oslo
passed=0 failed=0
check() { # NAME CONDITION...
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"
    else failed=$((failed + 1)); echo "FAIL $name" >&2; fi
}
run() { # runs the binary; sets rc, out, err
    "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; rc=$?
    out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
}
if ! command -v sqlite3 >/dev/null; then
    echo "store_cli: needs the sqlite3 program (scripts/deps.sh installs it)" >&2
    exit 1
fi

db=$tmp/data/results.db
cfg=$tmp/station.cfg
printf 'station_id = "cli-test";\nresults_db = "%s";\n' "$db" >"$cfg"

# No database yet: --stats says so and creates nothing; export has nothing.
run --config "$cfg" --stats
check "stats without db: exit 0" test "$rc" -eq 0
check "stats without db: says so" grep -q "No results are stored yet" "$tmp/out"
check "stats without db: creates nothing" test ! -e "$db"
run --config "$cfg" --export-results "$tmp/x.csv"
check "export without db: exit 1" test "$rc" -eq 1
check "export without db: names the file" grep -q "$db" "$tmp/err"
check "export without db: no csv" test ! -e "$tmp/x.csv"

# A known history, written as schema version 1.
today=$(date +%s -d "today 00:00")
mkdir -p "$tmp/data"
sqlite3 "$db" <<EOF
CREATE TABLE sessions (id INTEGER PRIMARY KEY, station_id TEXT NOT NULL,
 set_id TEXT NOT NULL, set_hash TEXT NOT NULL, set_title TEXT NOT NULL,
 started INTEGER NOT NULL, ended INTEGER, status TEXT NOT NULL DEFAULT 'in_progress'
 CHECK (status IN ('in_progress','completed','abandoned')),
 score REAL NOT NULL DEFAULT 0, max_score REAL, autoplay INTEGER NOT NULL DEFAULT 0);
CREATE INDEX sessions_started ON sessions(started);
CREATE TABLE answers (session_id INTEGER NOT NULL REFERENCES sessions(id),
 seq INTEGER NOT NULL, round_id TEXT NOT NULL, question_id TEXT NOT NULL,
 question_type TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL,
 credit REAL NOT NULL, time_ms INTEGER NOT NULL, points REAL NOT NULL,
 answered_at INTEGER NOT NULL, PRIMARY KEY (session_id, seq));
INSERT INTO sessions VALUES (1, 'Rådhuset, "2. etg"', 'ks', 'h1', 'Tillit,
ansvar', $((today + 3600)), $((today + 3700)), 'completed', 3, 4, 0);
INSERT INTO sessions VALUES (2, 'kiosk', 'ks', 'h1', 'T', $((today + 7200)),
 $((today + 7300)), 'completed', 1, 4, 0);
INSERT INTO sessions VALUES (3, 'kiosk', 'ks', 'h1', 'T', $((today + 7400)),
 $((today + 7500)), 'abandoned', 0, 4, 0);
INSERT INTO sessions VALUES (4, 'kiosk', 'ks', 'h1', 'T', $((today + 7600)),
 $((today + 7700)), 'completed', 0, 4, 1);
INSERT INTO sessions VALUES (5, 'kiosk', 'ks', 'h1', 'T', $((today - 86400 * 3)),
 $((today - 86400 * 3 + 100)), 'completed', 4, 4, 0);
INSERT INTO answers VALUES (1, 1, 'r1', 'p1', 'single', '2', 1, 1, 4000, 1, $((today + 3610)));
INSERT INTO answers VALUES (1, 2, 'r1', 'p2', 'multiple', '1,3', 0, 0.5, 5000, 0, $((today + 3620)));
INSERT INTO answers VALUES (2, 1, 'r1', 'p2', 'multiple', '1', 0, 0, 6000, 0, $((today + 7210)));
INSERT INTO answers VALUES (3, 1, 'r1', 'p1', 'single', '1', 0, 0, 7000, 0, $((today + 7410)));
INSERT INTO answers VALUES (4, 1, 'r1', 'p3', 'truefalse', 'false', 0, 0, 10, 0, $((today + 7610)));
PRAGMA user_version = 1;
EOF

run --config "$cfg" --stats
check "stats: exit 0" test "$rc" -eq 0
check "stats: today's sessions, autoplay left out" \
    grep -q "Sessions today ([0-9-]*): 3 sessions (2 completed, 0 stopped, 1 abandoned), 4 answers" "$tmp/out"
check "stats: average of completed" grep -q "Average score of completed sessions: 50 %" "$tmp/out"
check "stats: p2 most missed first" grep -Eq "^ +100 % +2/2 +ks +p2$" "$tmp/out"
check "stats: p1 next" grep -Eq "^ +50 % +1/2 +ks +p1$" "$tmp/out"
check "stats: autoplay's p3 not listed" bash -c "! grep -q ' p3$' '$tmp/out'"
check "stats: upgraded the database" test "$(sqlite3 "$db" 'PRAGMA user_version')" = 4
check "stats: kept every row" test "$(sqlite3 "$db" 'SELECT count(*) FROM answers')" = 5

run --config "$cfg" --stats --since "$(date +%F -d '@'$((today - 86400 * 3)))"
check "stats since: includes the older session" grep -q "3 completed, 0 stopped, 1 abandoned" "$tmp/out"

# Export: the exact bytes (BOM, header, quoting, CRLF, the upgraded columns).
run --config "$cfg" --export-results "$tmp/all.csv"
check "export: exit 0" test "$rc" -eq 0
check "export: reports rows" grep -q "Exported 6 rows" "$tmp/out"
t() { date '+%F %T' -d "@$1"; }
s1='1,"Rådhuset, ""2. etg""",ks,"Tillit,
ansvar",h1,'"$(t $((today + 3600))),$(t $((today + 3700)))"',completed,3,4,0'
{
printf '\xef\xbb\xbfsession_id,station_id,set_id,set_title,set_hash,started,ended,status,score,max_score,autoplay,seq,round_id,question_id,question_type,answer,correct,credit,time_ms,points,streak_bonus,timed_out,answered_at,question_text,answer_text,correct_text\r\n'
printf '5,kiosk,ks,T,h1,%s,%s,completed,4,4,0,,,,,,,,,,,,,,,\r\n' "$(t $((today - 86400 * 3)))" "$(t $((today - 86400 * 3 + 100)))"
printf '%s,1,r1,p1,single,2,1,1,4000,1,0,0,%s,,,\r\n' "$s1" "$(t $((today + 3610)))"
printf '%s,2,r1,p2,multiple,"1,3",0,0.5,5000,0,0,0,%s,,,\r\n' "$s1" "$(t $((today + 3620)))"
printf '2,kiosk,ks,T,h1,%s,%s,completed,1,4,0,1,r1,p2,multiple,1,0,0,6000,0,0,0,%s,,,\r\n' \
    "$(t $((today + 7200)))" "$(t $((today + 7300)))" "$(t $((today + 7210)))"
printf '3,kiosk,ks,T,h1,%s,%s,abandoned,0,4,0,1,r1,p1,single,1,0,0,7000,0,0,0,%s,,,\r\n' \
    "$(t $((today + 7400)))" "$(t $((today + 7500)))" "$(t $((today + 7410)))"
printf '4,kiosk,ks,T,h1,%s,%s,completed,0,4,1,1,r1,p3,truefalse,false,0,0,10,0,0,0,%s,,,\r\n' \
    "$(t $((today + 7600)))" "$(t $((today + 7700)))" "$(t $((today + 7610)))"
} >"$tmp/want.csv"
check "export: exactly the expected bytes" cmp "$tmp/want.csv" "$tmp/all.csv"

# The ';' variant for Norwegian Excel, and autoplay sessions left out.
run --config "$cfg" --export-results "$tmp/semi.csv" --separator ';' --no-autoplay
check "export ';': exit 0" test "$rc" -eq 0
check "export ';': autoplay left out (5 rows)" grep -q "Exported 5 rows" "$tmp/out"
check "export ';': header with ';'" \
    grep -q "^.*session_id;station_id;set_id;.*;question_text;answer_text;correct_text" "$tmp/semi.csv"
check "export ';': decimal comma, ';' field quoted only when needed" \
    grep -q '^ansvar";h1;.*;3;4;0;2;r1;p2;multiple;1,3;0;0,5;5000;' "$tmp/semi.csv"
check "export ';': no autoplay row" bash -c "! grep -q ';p3;' '$tmp/semi.csv'"
check "export: the gone set version is noted once" \
    test "$(grep -c 'ks (h1)' "$tmp/err")" -eq 1
run --config "$cfg" --export-results "$tmp/bad.csv" --separator tab
check "export bad separator: exit 2" test "$rc" -eq 2

# The workbook, through the command line.
dump="python3 $(dirname "$0")/results/xlsx_dump.py"
run --config "$cfg" --export-results "$tmp/all.xlsx"
check "xlsx: exit 0" test "$rc" -eq 0
check "xlsx: reports answers" grep -q "Exported 5 answers" "$tmp/out"
$dump "$tmp/all.xlsx" >"$tmp/dump" 2>&1
check "xlsx: three sheets" test "$(grep -c '^sheet' "$tmp/dump")" -eq 3
check "xlsx: Økter has all 5 sessions" grep -q "^cell	Økter	A6	n	" "$tmp/dump"
run --config "$cfg" --export-results "$tmp/all.xlsx" --no-autoplay
$dump "$tmp/all.xlsx" >"$tmp/dump" 2>&1
check "xlsx --no-autoplay: 4 sessions" bash -c "! grep -q '^cell	Økter	A6	' '$tmp/dump'"
run --config "$cfg" --export-results "$tmp/no/such/folder/z.xlsx"
check "xlsx to missing folder: exit 1" test "$rc" -eq 1
check "xlsx to missing folder: names the file" grep -q "$tmp/no/such/folder/z.xlsx" "$tmp/err"
check "xlsx to missing folder: our message alone (no libxlsxwriter line)" \
    bash -c "! grep -q 'ERROR' '$tmp/err'"
check "xlsx to missing folder: advice is about the folder" grep -q "Sjekk at mappen finnes" "$tmp/err"
# A file where a folder should be (ENOTDIR): about the folder, not disk space.
run --config "$cfg" --export-results "$cfg/z.xlsx"
check "xlsx under a file: exit 1" test "$rc" -eq 1
check "xlsx under a file: advice is about the folder" grep -q "Sjekk at mappen finnes" "$tmp/err"
check "xlsx under a file: not told to free space" bash -c "! grep -q 'Frigjør plass' '$tmp/err'"
run --config "$cfg" --export-results "$cfg/z.csv"
check "csv under a file: advice is about the folder" grep -q "Sjekk at mappen finnes" "$tmp/err"

# The course report.
run --config "$cfg" --report "$tmp/r.html"
check "report: exit 0" test "$rc" -eq 0
check "report: says what it wrote" grep -q "Wrote the report of 4 sessions to $tmp/r.html" "$tmp/out"
check "report: autoplay left out" grep -q 'data-sessions="4" data-answers="4"' "$tmp/r.html"
check "report: charts inline" test "$(grep -c '<svg' "$tmp/r.html")" -eq 3
run --config "$cfg" --report "$tmp/none.html" --set nosuchset
check "report --set: only that set (none here)" grep -q "Ingen økter i perioden" "$tmp/none.html"
run --config "$cfg" --report "$tmp/x.html" --separator ';'
check "report with --separator: exit 2" test "$rc" -eq 2
run --config "$cfg" --report "$tmp/no/such/folder/r.html"
check "report to missing folder: exit 1" test "$rc" -eq 1

since=$(date +%F)
run --config "$cfg" --export-results "$tmp/today.csv" --since "$since"
check "export since today: 5 rows" grep -q "Exported 5 rows.*since $since" "$tmp/out"

# A session the participant stopped early (Avslutt): its own status everywhere.
sqlite3 "$db" "INSERT INTO sessions (id, station_id, set_id, set_hash, set_title,
 started, ended, status, score, max_score, autoplay) VALUES (6, 'kiosk', 'ks', 'h1', 'T', $((today + 7800)),
 $((today + 7900)), 'stopped', 1, 4, 0);
INSERT INTO answers (session_id, seq, round_id, question_id, question_type, answer, correct,
 credit, time_ms, points, answered_at) VALUES (6, 1, 'r1', 'p1', 'single', '2', 1, 1, 3000, 1,
 $((today + 7810)));"
run --config "$cfg" --stats
check "stats: a stopped session counted as such" \
    grep -q "Sessions today ([0-9-]*): 4 sessions (2 completed, 1 stopped, 1 abandoned), 5 answers" "$tmp/out"
check "stats: the average is still of completed ones" \
    grep -q "Average score of completed sessions: 50 %" "$tmp/out"
run --config "$cfg" --export-results "$tmp/stopped.csv"
check "export: the stopped session's row says stopped" \
    grep -q "^6,kiosk,ks,T,h1,[^,]*,[^,]*,stopped,1,4,0,1,r1,p1,single,2,1,1,3000,1," "$tmp/stopped.csv"

# Wrong usage and a place that cannot be written.
run --config "$cfg" --export-results "$tmp/y.csv" --since 2026-02-30
check "export bad since: exit 2" test "$rc" -eq 2
check "export bad since: says why" grep -q "YYYY-MM-DD" "$tmp/err"
run --config "$cfg" --stats --since yesterday
check "stats bad since: exit 2" test "$rc" -eq 2
run --config "$cfg" --export-results "$tmp/no/such/folder/z.csv"
check "export to missing folder: exit 1" test "$rc" -eq 1
check "export to missing folder: names the file" grep -q "$tmp/no/such/folder/z.csv" "$tmp/err"

# A damaged database: set aside, a note, the command still answers.
head -c 5000 /dev/urandom >"$db"
rm -f "$db-wal" "$db-shm"
run --config "$cfg" --stats
check "corrupt: exit 0" test "$rc" -eq 0
check "corrupt: note names the kept file" grep -q "results.db.corrupt-" "$tmp/err"
check "corrupt: old file kept" test "$(ls "$tmp/data" | grep -c '^results.db.corrupt-')" -eq 1

# Station settings with errors: exit 1.
printf 'results_db = 5;\n' >"$tmp/bad.cfg"
run --config "$tmp/bad.cfg" --stats
check "bad station file: exit 1" test "$rc" -eq 1
check "bad station file: FILE:LINE" grep -q "^$tmp/bad.cfg:1: error" "$tmp/err"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
