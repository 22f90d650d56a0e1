#!/usr/bin/env bash
# test_check_golden.sh QUIZKIOSK SOURCE_DIR [--update]: the whole output of
# `quizkiosk --check` (stdout and stderr, in order) on files with many
# different faults, in nb, nn and en, byte for byte against the golden files
# tests/check_golden/out.LANG.txt. Every message the loader can give before
# and while it reads a set is there word for word, so a change to the lexical
# passes (qk_fmt_guard, the pre-scan, qk_cfg_check_ints), to libconfig's
# messages or to the "where" phrases shows as a diff.
#
# The files: every tests/bad_sets/*.cfg, tests/check_golden/where.cfg (faults
# that name their round, question or category by number), and the files
# made below in a temporary folder, each with faults of one lexical pass
# (binary bytes and tokens of thousands of bytes are made here, not
# committed). Names in the output are relative to that folder.
#
# With --update the golden files are written instead (check the diff!).
# Prints "ok"/"FAIL" per language and "N passed, M failed"; exits 1 on a failure.
set -u
bin=$1
src=$2
update=${3:-}
golden=$src/tests/check_golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
ln -s "$src/tests/bad_sets" bad_sets
ln -s "$golden" check_golden
mkdir lex

head='format = 1;\nid = "lex";\ntitle = "Leksikalsk";\nlanguage = "nb";\n'
rep() { # rep N TEXT: TEXT N times, no separator
  awk -v n="$1" -v s="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}
# One question (valid) after the head, for files whose fault is elsewhere.
rounds='rounds = ( { id = "r"; title = "R"; questions = (\n  { id = "q"; type = "truefalse"; text = "T"; correct = true; explanation = "E."; }\n); } );\n'

# qk_fmt_guard: each refusal stops the pass, so one fault per file.
{ printf "$head"; printf 'description = "'; rep 9000 x; printf '";\n'; printf "$rounds"; } > lex/g1_long_text.cfg
{ printf "$head"; printf 'description = "abc"\n  "'; rep 5000 y; printf '"\n  "'; rep 4000 z; printf '";\n'; } > lex/g2_joined_texts.cfg
{ printf "$head"; printf '\n'; rep 300 n; printf ' = 1;\n'; } > lex/g3_long_name.cfg
{ printf "$head"; printf 'x = '; rep 300 7; printf ';\n'; } > lex/g4_long_number.cfg
{ printf "$head"; printf 'rounds = ( { questions = ( { answers = (\n'; rep 1001 '"a", '; printf '"b" ); } ); } );\n'; } > lex/g5_long_list_named.cfg
{ printf "$head"; printf 'x = ( 1,\n ['; rep 1001 '2, '; printf '3 ] );\n'; } > lex/g6_long_list_unnamed.cfg
{ printf "$head"; printf 'x = '; rep 33 '( '; rep 33 ') '; printf ';\n'; } > lex/g7_too_deep.cfg
{ printf "$head"; rep 2000 'a1 = 1; a2 = 2;\n'; } > lex/g8_too_many_tokens.cfg
{ printf "$head"; printf '# a "quote" in a comment\n/* and a (bracket */\n'; printf 'description = "'; rep 9000 '\\"'; printf '";\n'; } > lex/g9_long_text_escapes.cfg

# The pre-scan: bytes, brackets, texts and comments.
{ printf "$head"; printf 'description = "a\000b";\n'; } > lex/p01_nul.cfg
{ printf "$head"; printf 'description = "bell \001 here";\n'; } > lex/p02_control.cfg
{ printf "$head"; printf 'x = 1; \177\n'; } > lex/p03_delete.cfg
{ printf "$head"; printf 'description = "bad \377 byte";\n'; } > lex/p04_bad_utf8.cfg
{ printf "$head"; printf 'description = "overlong \300\257";\n'; } > lex/p05_overlong_utf8.cfg
{ printf "$head"; printf 'description = "cut \342\202";\n'; } > lex/p06_cut_utf8.cfg
{ printf "$head"; printf 'x = '; rep 17 '( '; rep 17 ') '; printf ';\n'; } > lex/p07_nesting.cfg
{ printf "$head"; printf 'x = ( 1, 2 ));\n'; } > lex/p08_close_unopened.cfg
{ printf "$head"; printf 'x = ( 1,\n  [ 2, 3 );\n'; } > lex/p09_close_mismatch.cfg
{ printf "$head"; printf 'g = {\n'; rep 201 'a = 1; '; printf '\n};\n'; } > lex/p10_group_too_big.cfg
{ printf "$head"; printf '@include "other.cfg"\n'; printf 'rounds = ( { id = "r"; title = "R"; questions = (\n  { id = "q"; type = "single"; text = "T"; answers = ( "a"\n  "b" ); correct = 1; explanation = "E."; }\n); } );\n'; printf '@include "third.cfg"\n'; } > lex/p11_include_no_comma.cfg
{ printf "$head"; printf 'description = "never closed;\n'; } > lex/p12_text_unclosed.cfg
{ printf "$head"; printf 'description = "runs on;\ntitle = "x";\nid = "y;\n'; } > lex/p13_text_runs_on.cfg
{ printf "$head"; printf 'description = "runs on;\ntitle = "x";\n'; } > lex/p18_text_runs_on_open.cfg
{ printf "$head"; printf 'description = "What does "stop" mean?;\n'; } > lex/p14_inner_quote_unclosed.cfg
{ printf "$head"; printf 'description = "It "runs" on\nand on;\n'; } > lex/p15_inner_quote_runs_on.cfg
{ printf "$head"; printf 'x = 1;\n/* never closed\n x = 2;\n'; } > lex/p16_comment_unclosed.cfg
{ printf "$head"; printf 'rounds = ( { id = "r";\n  title = "R";\n'; } > lex/p17_never_closed.cfg

# libconfig's own parse errors as the loader words them.
{ printf "$head"; printf 'id = "again";\n'; } > lex/c1_duplicate.cfg
{ printf "$head"; printf 'x = [ 1, "two" ];\n'; } > lex/c2_array_mismatch.cfg
{ printf "$head"; printf 'description = "What does "stop" mean?";\n'; } > lex/c3_inner_quote.cfg
{ printf "$head"; printf 'description = \342\200\234smart\342\200\235;\n'; } > lex/c4_smart_quotes.cfg
{ printf "$head"; printf 'description = "first\nsecond" title;\n'; } > lex/c5_multiline.cfg
{ printf "$head"; printf 'x = = 1;\n'; } > lex/c6_syntax.cfg

# qk_cfg_check_ints: every number that libconfig would wrap, then the rest.
{ printf "$head"; printf 'streak_bonus = 4294967297;\nx = [ 1, 99999999999, -2147483648, -2147483649 ];\n'
  printf 'y = 0x1FFFFFFFF; z = 99999999999999999999L; f = 1e30; g = 12345678901234.5;\n'
  printf 'n9 = 2147483648; # 99999999999 in a comment\ns = "99999999999 in a text";\n'
  printf "$rounds"; } > lex/i1_ints.cfg

files=(bad_sets/*.cfg check_golden/where.cfg lex/*.cfg)
passed=0
failed=0
for lang in nb nn en; do
  out=$tmp/out.$lang.txt
  LANGUAGE=$lang "$bin" --lang "$lang" --check "${files[@]}" >"$out" 2>&1
  rc=$?
  echo "exit status $rc" >>"$out"
  if [ "$update" = --update ]; then
    cp "$out" "$golden/out.$lang.txt"
    echo "wrote $golden/out.$lang.txt ($(wc -l <"$out") lines)"
  elif diff -u "$golden/out.$lang.txt" "$out" >"$tmp/diff"; then
    passed=$((passed + 1)); echo "ok   --check output in $lang ($(wc -l <"$out") lines)"
  else
    failed=$((failed + 1)); echo "FAIL --check output in $lang differs from the golden file:"
    head -n 60 "$tmp/diff"
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
