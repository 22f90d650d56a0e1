#!/bin/bash
# test_diag_literals.sh SRC: no message in src/core is left in English only
# (issue 11, item 3), so none is left behind when code is added later.
#
#  1. qk_diag_add() takes a printf format, the same text in every language: in
#     src/core (but qk_diag.c itself) it may only pass on a text that is already
#     in the user's language, as  qk_diag_add(..., "%s", text)  with the marker
#     "qk-diag-passthrough" on the call or the line above, saying where the text
#     comes from. Every other message is qk_diag_addt() with a QK_D_ id.
#  2. The tools' own lines (qk_cmd_check.c, qk_cmd_import.c, qk_cmd_station.c,
#     and src/front.c's message when quizkiosk-station is missing)
#     print no words of their own: no printf/fprintf/fputs/puts of a literal with
#     letters in it (they use qk_diag_printt and the string table), but a line
#     marked "qk-literal-ok" (the setting --hash-pin prints is not a sentence).
#  3. The table holds no message nothing uses: every QK_D_ id in qk_i18n.h is
#     named somewhere in src/ besides the table (messages vs calls).
# Prints what it found; exits 1 on any finding.
src=${1:?usage: test_diag_literals.sh SOURCE_DIR}
cd "$src" || exit 1
fail=0

# 1. Each qk_diag_add( call, joined up to its ';', with the line before it.
calls=0 passthrough=0
while IFS=$'\t' read -r file line before call; do
    calls=$((calls + 1))
    fmt=$(sed -E 's/^qk_diag_add\(([^,]*,){4}[[:space:]]*//' <<<"$call")
    if [[ $fmt == '"%s",'* ]] && [[ "$before $call" == *qk-diag-passthrough* ]]; then
        passthrough=$((passthrough + 1))
        continue
    fi
    echo "FAIL $file:$line: an English-only message (use qk_diag_addt with a QK_D_ id):"
    echo "     $call"
    fail=1
done < <(for f in src/core/*.c; do
    [ "$f" = src/core/qk_diag.c ] && continue
    awk -v F="$f" '
        { if (in_call) { call = call " " $0 } }
        !in_call && /qk_diag_add\(/ {
            in_call = 1; start = NR; before = prev
            call = substr($0, index($0, "qk_diag_add("))
        }
        in_call && /;[[:space:]]*(\/\/.*|\/\*.*)?$/ {
            gsub(/[[:space:]]+/, " ", call)
            printf "%s\t%d\t%s\t%s\n", F, start, before, call
            in_call = 0
        }
        { prev = $0 }' "$f"
done)
echo "qk_diag_add in src/core: $calls calls, $passthrough pass-throughs of translated texts"

# 2. Literal words printed by the tools.
for f in src/core/qk_cmd_check.c src/core/qk_cmd_import.c src/core/qk_cmd_station.c src/front.c; do
    if grep -nE '\b(f?printf|fputs|puts)\((stderr, |stdout, )?"[^"]*[A-Za-z]' "$f" | grep -v qk-literal-ok; then
        echo "FAIL $f: prints words of its own (above); put them in the string table"
        fail=1
    fi
done

# 3. Every QK_D_ id of the table is used outside it.
ids=$(grep -oE '^\s*QK_D_[A-Z0-9_]+' src/core/qk_i18n.h | tr -d ' ')
n_ids=0 unused=0
for id in $ids; do
    n_ids=$((n_ids + 1))
    if ! grep -rqw --include='*.c' --include='*.h' "$id" src --exclude=qk_i18n.c --exclude=qk_i18n.h; then
        echo "FAIL $id: in the string table but used nowhere"
        unused=$((unused + 1))
        fail=1
    fi
done
echo "QK_D_ ids in the table: $n_ids, unused: $unused"
[ "$n_ids" -ge 100 ] || { echo "FAIL: only $n_ids QK_D_ ids found in qk_i18n.h"; fail=1; }
[ "$calls" -ge 1 ] || { echo "FAIL: the scan found no qk_diag_add call at all"; fail=1; }
[ $fail = 0 ] && echo "ok: no English-only message in src/core"
exit $fail
