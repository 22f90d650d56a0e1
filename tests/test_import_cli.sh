#!/bin/bash
# test_import_cli.sh QUIZKIOSK SOURCE_DIR: `quizkiosk --import` on every
# fixture in tests/import/ (GIFT *.gift, Aiken *.txt). For each fixture NAME:
#   NAME.rc          the exit status expected (0 or 1)
#   NAME.stderr      every message expected, exactly (FILE:LINE: error:/warning:)
#   NAME.cfg.expect  when the status is 0: the set written, exactly
# and the set written must pass `quizkiosk --check`. Also: wrong usage exits 2,
# --from forces the reader, --id/--title/--language set the header.
set -u
# The messages asserted below are bokmål, the default; whatever the caller's locale.
export LANGUAGE=nb
bin=$1
src=$2
cd "$src/tests" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for f in import/*.gift import/*.txt; do
    name=${f%.*}
    [ -f "$name.rc" ] || { echo "FAIL $f: no $name.rc"; fail=1; continue; }
    n=$((n + 1))
    out=$tmp/$(basename "$name").cfg
    "$bin" --import "$f" -o "$out" --id "$(basename "$name" | tr _ -)" --title "Fixture" \
        >"$tmp/stdout" 2>"$tmp/stderr.raw"
    rc=$?
    sed "s|$tmp/||g" "$tmp/stderr.raw" >"$tmp/stderr"
    want_rc=$(cat "$name.rc")
    if [ "$rc" != "$want_rc" ]; then
        echo "FAIL $f: exit status $rc, expected $want_rc"; cat "$tmp/stderr"; fail=1
    fi
    if ! diff -u "$name.stderr" "$tmp/stderr"; then
        echo "FAIL $f: messages differ (above)"; fail=1
    fi
    if [ "$want_rc" = 0 ]; then
        if ! diff -u "$name.cfg.expect" "$out"; then
            echo "FAIL $f: the set written differs (above)"; fail=1
        fi
        if ! "$bin" --check "$out" >/dev/null 2>"$tmp/check"; then
            echo "FAIL $f: the set written does not pass --check:"; cat "$tmp/check"; fail=1
        fi
    elif [ -e "$out" ]; then
        echo "FAIL $f: status $rc but $out was written"; fail=1
    fi
done
[ "$n" -ge 10 ] || { echo "FAIL: only $n fixtures found"; fail=1; }

# Several files into one set; the header options.
"$bin" --import import/mappings.gift import/aiken.txt -o "$tmp/both.cfg" --id kurs-1 \
    --title "Kurs én" --language nn >/dev/null 2>"$tmp/stderr" || { echo "FAIL two files"; fail=1; }
grep -q '^id = "kurs-1";' "$tmp/both.cfg" && grep -q '^title = "Kurs én";' "$tmp/both.cfg" &&
    grep -q '^language = "nn";' "$tmp/both.cfg" || { echo "FAIL: --id/--title/--language"; fail=1; }
grep -q 'Rett svar: ' "$tmp/both.cfg" || { echo "FAIL: nynorsk written explanation"; fail=1; }
[ "$(grep -c 'type = ' "$tmp/both.cfg")" = 9 ] || { echo "FAIL: 7 + 2 questions expected"; fail=1; }

# --from forces the reader: the Aiken file read as GIFT has no question Moodle takes.
"$bin" --import import/aiken.txt --from gift -o "$tmp/forced.cfg" >/dev/null 2>"$tmp/stderr"
[ $? = 1 ] || { echo "FAIL: --from gift on an Aiken file should import nothing"; fail=1; }
grep -q 'aiken.txt:1: warning: .*beskrivelse' "$tmp/stderr" ||
    { echo "FAIL: --from gift did not read as GIFT"; cat "$tmp/stderr"; fail=1; }

# Wrong usage: exit 2.
for args in "--import" "--import import/aiken.txt" "--import -o x.cfg" \
            "--import import/aiken.txt -o" "--import import/aiken.txt --from xml -o x.cfg" \
            "--export-gift" "--export-gift x.cfg"; do
    # shellcheck disable=SC2086
    "$bin" $args >/dev/null 2>&1
    rc=$?
    [ $rc = 2 ] || { echo "FAIL: '$args' exited $rc, expected 2"; fail=1; }
done
# A file that cannot be read: exit 1, with FILE:
"$bin" --import "$tmp/none.gift" -o "$tmp/none.cfg" 2>"$tmp/stderr" >/dev/null
[ $? = 1 ] && grep -q "none.gift: error: kan ikke åpne fila" "$tmp/stderr" ||
    { echo "FAIL: a missing file"; fail=1; }

# --export-gift on every shipped set, then --import of what it wrote: passes --check,
# with one warning per order question (GIFT has none) and the same number of questions.
for set in "$src"/quizzes/*.cfg; do
    b=$(basename "$set" .cfg)
    "$bin" --export-gift "$set" -o "$tmp/$b.gift" >/dev/null 2>"$tmp/exp.err" ||
        { echo "FAIL: --export-gift $set"; cat "$tmp/exp.err"; fail=1; continue; }
    orders=$(grep -c 'type = "order"' "$set")
    [ "$(grep -c 'er et rekkefølgespørsmål, som GIFT ikke kan holde' "$tmp/exp.err")" = "$orders" ] ||
        { echo "FAIL: $set: one warning per order question expected"; cat "$tmp/exp.err"; fail=1; }
    "$bin" --import "$tmp/$b.gift" -o "$tmp/$b-back.cfg" >/dev/null 2>"$tmp/imp.err" ||
        { echo "FAIL: --import of the export of $set"; cat "$tmp/imp.err"; fail=1; continue; }
    [ ! -s "$tmp/imp.err" ] || { echo "FAIL: messages importing $b.gift:"; cat "$tmp/imp.err"; fail=1; }
    total=$(grep -c '^ *type = ' "$set")
    back=$(grep -c '^ *type = ' "$tmp/$b-back.cfg")
    [ "$back" = $((total - orders)) ] || { echo "FAIL: $set: $back of $total questions back"; fail=1; }
    "$bin" --check "$tmp/$b-back.cfg" >/dev/null 2>&1 || { echo "FAIL: $b-back.cfg --check"; fail=1; }
done
# A set with errors is not exported.
"$bin" --export-gift bad_sets/14_missing_format.cfg -o "$tmp/bad.gift" >/dev/null 2>"$tmp/err"
[ $? = 1 ] && [ ! -e "$tmp/bad.gift" ] && grep -q "14_missing_format.cfg:1: error:" "$tmp/err" ||
    { echo "FAIL: --export-gift of a set with errors"; fail=1; }

[ $fail = 0 ] && echo "ok: $n fixtures"
exit $fail
