#!/bin/bash
# test_diag_lang.sh BIN SRC: --check speaks the language chosen by --lang or the
# environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; nb when none says otherwise).
# For each hint fixture and each language: the message is at the fixture's line,
# in the shape FILE:LINE: error: ..., holds a word of that language and none of
# the English text (for nb and nn).
bin=$1; src=$2; sets=$src/tests/bad_sets
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

# The other tools (issue 11, item 2): --import (GIFT and Aiken), --export-gift,
# --check-config (a typo, and a file without a PIN hash),
# each fixture in nb, nn and en: the words of that language at the right line,
# and (for nb and nn) no English sentence left. --lang may come after the command.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
imp=$src/tests/import
printf 'station_id = "a";\nwidht = 10;\n' >"$tmp/st.cfg"
printf 'station_id = "a";\n' >"$tmp/ok.cfg"
# label | command words | nb words | nn words | en words  (words: '~'-separated regexes)
tools=(
  "import-gift|--import $imp/leftout.gift -o $tmp/o.cfg|leftout.gift:9: warning: spørsmålet «Q4 Essay» er et essayspørsmål; kiosken har ingen skrevne svar: utelatt~: [0-9]+ spørsmål importert i 1 runde, 7 utelatt|leftout.gift:9: warning: spørsmålet «Q4 Essay» er eit essayspørsmål; kiosken har ingen skrivne svar: ikkje teke med~: importerte [0-9]+ spørsmål i 1 runde, 7 ikkje med|leftout.gift:9: warning: question \"Q4 Essay\" is an essay question; the kiosk has no typed answers: left out~: [0-9]+ questions? imported in 1 round, 7 left out"
  "import-rejected|--import $imp/rejected.gift -o $tmp/r.cfg|rejected.gift:3: error: .*en \\{ uten \\}: svarene til et spørsmål står mellom|rejected.gift:3: error: .*ein \\{ utan \\}: svara til eit spørsmål står mellom|rejected.gift:3: error: .*a \\{ with no \\}: a question's answers go between"
  "import-aiken|--import $imp/aiken_errors.txt -o $tmp/a.cfg|aiken_errors.txt:9: error: spørsmålet «Bare ett valg» har for få svaralternativ \\(1\\): Moodle trenger minst 2|aiken_errors.txt:9: error: spørsmålet «Bare ett valg» har for få svaralternativ \\(1\\): Moodle treng minst 2|aiken_errors.txt:9: error: question \"Bare ett valg\" has too few choices \\(1\\): Moodle needs at least 2"
  "import-nothing|--import $imp/nothing.gift -o $tmp/n.cfg|quizkiosk: ingenting kunne importeres \\(2 utelatt, 0 feil\\)|quizkiosk: ingenting kunne importerast \\(2 ikkje med, 0 feil\\)|quizkiosk: nothing could be imported \\(2 left out, 0 errors\\)"
  "check-config|--check-config $tmp/st.cfg|st.cfg:2: error: ukjent innstilling 'widht': mente du 'width'\\?~st.cfg: 1 feil|st.cfg:2: error: ukjend innstilling 'widht': meinte du 'width'\\?~st.cfg: 1 feil|st.cfg:2: error: unknown setting 'widht': did you mean 'width'\\?~st.cfg: 1 error"
  "check-config-ok|--check-config $tmp/ok.cfg|ok.cfg: warning: ingen trainer_pin_hash: trenermenyen åpnes med standard-PIN-koden~ok.cfg: ok \\(stasjon \"a\"; [0-9]+ gyldige sett i .*, 0 ugyldige; aktivt sett|ok.cfg: warning: ingen trainer_pin_hash: trenarmenyen blir opna med standard-PIN-koden~ok.cfg: ok \\(stasjon \"a\"; [0-9]+ gyldige sett i .*, 0 ugyldige; aktivt sett|ok.cfg: warning: no trainer_pin_hash: the trainer menu opens with the default PIN~ok.cfg: ok \\(station \"a\"; [0-9]+ valid sets in .*, 0 invalid; active set"
  "export-gift|--export-gift $src/quizzes/god-ledelse.cfg -o $tmp/g.gift|god-ledelse.cfg:[0-9]+: warning: spørsmålet \"[a-z0-9-]+\" er et rekkefølgespørsmål, som GIFT ikke kan holde~[0-9]+ av [0-9]+ spørsmål eksportert som GIFT|god-ledelse.cfg:[0-9]+: warning: spørsmålet \"[a-z0-9-]+\" er eit rekkjefølgjespørsmål, som GIFT ikkje kan halde~eksporterte [0-9]+ av [0-9]+ spørsmål som GIFT|god-ledelse.cfg:[0-9]+: warning: question \"[a-z0-9-]+\" is an order question, which GIFT cannot hold~[0-9]+ of [0-9]+ questions exported as GIFT"
)
# Usage errors (exit 2) too, with what to do.
tools+=(
  "usage-import-no-out|--import $tmp/none.gift|--import må ha -o UT.cfg~Skriv 'quizkiosk --help' for å se valgene|--import må ha -o UT.cfg~Skriv 'quizkiosk --help' for å sjå vala|--import needs -o OUT.cfg~Try 'quizkiosk --help'"
  "usage-unknown|--bogus|ukjent valg '--bogus'|ukjent val '--bogus'|unknown option '--bogus'"
  "usage-two-commands|--stats --hash-pin|--stats og --hash-pin er to kommandoer|--stats og --hash-pin er to kommandoar|--stats and --hash-pin are two commands"
)
langs=(nb nn en)
for t in "${tools[@]}"; do
    IFS='|' read -r label cmd w_nb w_nn w_en <<<"$t"
    words=("$w_nb" "$w_nn" "$w_en")
    for k in 0 1 2; do
        l=${langs[$k]}
        # shellcheck disable=SC2086
        out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$bin" $cmd --lang "$l" 2>&1)
        IFS='~' read -r -a want <<<"${words[$k]}"
        for w in "${want[@]}"; do
            grep -qE -- "$w" <<<"$out" || { echo "FAIL $label --lang $l: no /$w/ in:"; echo "$out"; fail=1; }
        done
        if [ "$l" != en ] && grep -qE " the | is | must | left out| questions? " <<<"$out"; then
            echo "FAIL $label --lang $l: English left in the output:"; echo "$out"; fail=1
        fi
    done
    # The environment chooses as for --check: nynorsk from LANG=nn_NO.UTF-8.
    # shellcheck disable=SC2086
    out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=nn_NO.UTF-8 "$bin" $cmd 2>&1)
    IFS='~' read -r -a want <<<"$w_nn"
    grep -qE -- "${want[0]}" <<<"$out" || { echo "FAIL $label LANG=nn_NO: not nynorsk:"; echo "$out"; fail=1; }
done

# The results and fleet commands' own output: --stats, an export error and --sync
# with the server down, in nb, nn and en (--lang, and LANG=nn_NO for nynorsk). The
# server's and libpq's words inside --sync's reason stay English; none of our
# English sentences may be left in nb or nn.
printf 'station_id = "a";\nresults_db = "%s/r.db";\nresults_server = "postgresql:///qk?host=%s/nosock&port=1&user=qk";\n' "$tmp" "$tmp" >"$tmp/fleet.cfg"
printf 'station_id = "a";\nresults_db = "%s/none.db";\n' "$tmp" >"$tmp/none.cfg"
: >"$tmp/r.db"
ours='Sessions today|Average score|Most-missed|none yet|not counted|no results are stored|nothing was exported|sent [0-9]+ rows?;|still to send|stay on the station'
cmds=(
  "sync-down|--sync --config $tmp/fleet.cfg|fikk ikke sendt resultatene til resultatserveren: ~sendte 0 rader; 0 gjenstår \\(de blir liggende på stasjonen|fekk ikkje sendt resultata til resultatserveren: ~sende 0 rader; 0 står att \\(dei blir liggjande på stasjonen|^quizkiosk: cannot connect to the results server~sent 0 rows; 0 still to send"
  "stats|--stats --config $tmp/fleet.cfg|^Økter i dag \\([0-9-]+\\): 0 økter \\(0 fullført, 0 avsluttet tidlig, 0 avbrutt\\), 0 svar\$~^Mest bommede spørsmål \\(alt som er lagret\\):~^\\(Økter spilt av --autoplay er ikke tatt med.\\)|^Økter i dag \\([0-9-]+\\): 0 økter \\(0 fullførte, 0 avslutta tidleg, 0 avbrotne\\), 0 svar\$~^Mest bomma spørsmål \\(alt som er lagra\\):~^\\(Økter spela av --autoplay er ikkje tekne med.\\)|^Sessions today \\([0-9-]+\\): 0 sessions \\(0 completed, 0 stopped, 0 abandoned\\), 0 answers\$~^Most-missed questions \\(all stored\\):"
  "export-none|--export-results $tmp/x.csv --config $tmp/none.cfg|quizkiosk: ingen resultater er lagret ennå \\(.*none.db finnes ikke\\); ingenting ble eksportert.|quizkiosk: ingen resultat er lagra enno \\(.*none.db finst ikkje\\); ingenting vart eksportert.|quizkiosk: no results are stored yet \\(.*none.db does not exist\\); nothing was exported."
  "stats-none|--stats --config $tmp/none.cfg|^Resultatdatabase: .*none.db~^Ingen resultater er lagret ennå.|^Resultatdatabase: .*none.db~^Ingen resultat er lagra enno.|^Results database: .*none.db~^No results are stored yet."
)
for t in "${cmds[@]}"; do
    IFS='|' read -r label cmd w_nb w_nn w_en <<<"$t"
    words=("$w_nb" "$w_nn" "$w_en")
    for k in 0 1 2 3; do
        if [ $k = 3 ]; then
            l="LANG=nn_NO"; w=$w_nn
            # shellcheck disable=SC2086
            out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=nn_NO.UTF-8 "$bin" $cmd 2>&1)
        else
            l="--lang ${langs[$k]}"; w=${words[$k]}
            # shellcheck disable=SC2086
            out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$bin" $cmd --lang "${langs[$k]}" 2>&1)
        fi
        IFS='~' read -r -a want <<<"$w"
        for x in "${want[@]}"; do
            grep -qE -- "$x" <<<"$out" || { echo "FAIL $label $l: no /$x/ in:"; echo "$out"; fail=1; }
        done
        if [ $k != 2 ] && grep -qE "$ours" <<<"$out"; then
            echo "FAIL $label $l: English left in the output:"; echo "$out"; fail=1
        fi
    done
done

"$bin" --lang de --check "$sets/97_format_decimal.cfg" >/dev/null 2>&1
[ $? = 2 ] || { echo "FAIL --lang de: not a usage error (exit 2)"; fail=1; }
[ $fail = 0 ] && echo "ok: ${#cases[@]} --check fixtures, 8 ways of choosing the language; ${#tools[@]} --import/--export-gift/--check-config fixtures (usage errors among them) in nb, nn, en; ${#cmds[@]} --stats/--export-results/--sync cases in nb, nn, en and LANG=nn_NO"
exit $fail
