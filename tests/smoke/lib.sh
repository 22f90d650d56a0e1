# tests/smoke/lib.sh: sourced by the scripts that run the whole kiosk
# (tests/smoke/*.sh, bench/kiosk/cpu_mem.sh).

# A tally: ok/fail print a line each and count; check runs a command.
fails=0 passes=0
ok()   { passes=$((passes + 1)); echo "ok   $*"; }
fail() { fails=$((fails + 1)); echo "FAIL $*" >&2; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

# qk_smoke_station DIR ID [LINE...]: a station in DIR (DIR/station.cfg) that
# runs fullscreen on the smoke test's question set (copied to DIR/quizzes) and
# keeps its results in DIR/results.db; each LINE is added to the file as it is.
qk_smoke_station() {
  local dir=$1 id=$2; shift 2
  mkdir -p "$dir/quizzes"
  cp "$(dirname "${BASH_SOURCE[0]}")/smoke_set.cfg" "$dir/quizzes/"
  {
    printf 'station_id = "%s";\nquizzes_dir = "%s/quizzes";\nactive_set = "smoke";\n' "$id" "$dir"
    printf 'results_db = "%s/results.db";\nfullscreen = true;\n' "$dir"
    local line
    for line in "$@"; do printf '%s\n' "$line"; done
  } > "$dir/station.cfg"
}
