#!/bin/bash
# test_diag_lang.sh BIN SRC: --check speaks the language chosen by --lang or the
# environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; nb when none says otherwise).
# For each hint fixture and each language: the message is at the fixture's line,
# in the shape FILE:LINE: error: ..., holds a word of that language and none of
# the English text (for nb and nn).
bin=$1; sets=$2/tests/bad_sets
fail=0
# fixture line nb-word nn-word en-word
cases=(
  "93_quote_inside_text 11 avslutter avsluttar ends"
  "94_quote_inside_text_odd 11 anførselstegn hermeteikn quotes"
  "95_answers_no_commas 12 uten utan between"
  "97_format_decimal 2 tallet talet number"
  "14_missing_format 1 legg øvst add"
  "82_format_2 2 leser les reads"
)
check() { # what out line word english
    local what=$1 out=$2 line=$3 word=$4 eng=$5
    if ! grep -q "^$sets/[^:]*:$line: error: .*$word" <<<"$out"; then
        echo "FAIL $what: no error at line $line with '$word':"; echo "$out"; fail=1
    fi
    if [ -n "$eng" ] && grep -qiE "$eng" <<<"$out"; then
        echo "FAIL $what: English left in the output:"; echo "$out"; fail=1
    fi
}
english=' the | is | inside | write | missing | between | must | reads | only '
for c in "${cases[@]}"; do
    set -- $c
    f=$sets/$1.cfg line=$2
    check "$1 --lang nb" "$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=en_GB.UTF-8 "$bin" --lang nb --check "$f" 2>&1)" "$line" "$3" "$english"
    check "$1 --lang nn" "$("$bin" --lang nn --check "$f" 2>&1)" "$line" "$4" "$english"
    check "$1 --lang en" "$("$bin" --lang en --check "$f" 2>&1)" "$line" "$5" ""
    check "$1 default" "$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$bin" --check "$f" 2>&1)" "$line" "$3" "$english"
    check "$1 LANG=C.UTF-8" "$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$bin" --check "$f" 2>&1)" "$line" "$3" "$english"
    check "$1 LANG=en_GB" "$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=en_GB.UTF-8 "$bin" --check "$f" 2>&1)" "$line" "$5" ""
    check "$1 LANG=nn_NO" "$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=nn_NO "$bin" --check "$f" 2>&1)" "$line" "$4" "$english"
    check "$1 LANGUAGE=nn:en" "$(env -u LC_ALL -u LC_MESSAGES LANGUAGE=nn:en LANG=en_GB.UTF-8 "$bin" --check "$f" 2>&1)" "$line" "$4" "$english"
done
"$bin" --lang de --check "$sets/97_format_decimal.cfg" >/dev/null 2>&1
[ $? = 2 ] || { echo "FAIL --lang de: not a usage error (exit 2)"; fail=1; }
[ $fail = 0 ] && echo "ok: ${#cases[@]} fixtures, 8 ways of choosing the language"
exit $fail
