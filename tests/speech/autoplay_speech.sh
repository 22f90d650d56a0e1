#!/usr/bin/env bash
# autoplay_speech.sh: an autoplayed session with speech = "auto", recorded.
#
# Plays sessions of tests/speech/tale.cfg (two rounds; single, true/false and
# multiple choice; "§ 7-1" and "KS'" in the texts) with SDL's disk audio driver
# writing what would be heard to a file, and the speech engine's recording
# hook (QK_SPEECH_LOG) writing what it was given per screen. Autoplay waits
# for each screen to be read out, except every third, which it leaves after
# 0.4 s (src/shell/kiosk.c, speech_holds), so a cut is heard. speech_check
# then asserts that each utterance is speech and the gaps silence, that
# moving on cut one short (nothing of it after the cut), and that each
# screen autoplay showed said its own text (question, answers with letters,
# verdict, right answer, explanation, round result, summary).
# SDL_DISKAUDIODELAY=2 lets the disk driver take a 512-sample buffer every
# 4 ms instead of 23 ms: the timeline in the file is the same, only faster.
# Usage: autoplay_speech.sh QUIZKIOSK SPEECH_CHECK TESTS_DIR OUTDIR
set -euo pipefail
qk=$1 checker=$2 tests=$3 out=$4
rm -rf "$out" && mkdir -p "$out/q"
cp "$tests/speech/tale.cfg" "$out/q/"
cat >"$out/station.cfg" <<CFG
station_id = "speech-test";
quizzes_dir = "q";
results_db = "results.db";
speech = "auto";
CFG
cd "$out"
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software SDL_AUDIODRIVER=disk
export SDL_DISKAUDIOFILE="$out/audio.raw" SDL_DISKAUDIODELAY=2 QK_SPEECH_LOG="$out/speech.log"
"$qk" --config station.cfg --autoplay 3 --seed 1 --size 1280x720 --screenshots png \
    >autoplay.log 2>&1 || { cat autoplay.log; echo "FAIL: autoplay exited $?"; exit 1; }
grep -q 'speech = "auto"' autoplay.log || { cat autoplay.log; echo "FAIL: speech did not start"; exit 1; }

fails=0
# Every screen autoplay saw (a screenshot each) that has something to say was
# read under its own name.
for png in png/*.png; do
    name=$(basename "$png" .png); name=${name#[0-9][0-9]-}
    case $name in attract|pin|menu) continue ;; esac
    if grep -q "^utt [0-9]* $name " speech.log; then echo "ok: screen $name was read"
    else echo "FAIL: screen $name was shown but not read"; fails=$((fails + 1)); fi
done
"$checker" speech.log audio.raw 22050 \
    "start~Velg en runde. Loven. Ledelse." \
    "question-single~Hva regulerer paragraf sju strek en? Velg ett svar." \
    "question-single~: Individuell plan." \
    "question-single~: Parkering." \
    "feedback-single~Forklaring: Paragrafen gjelder individuell plan." \
    "question-truefalse~kå ess sine prinsipper er ti." \
    "question-truefalse~A: Sant. B: Usant." \
    "feedback-truefalse~Det er ti prinsipper." \
    "round~Runden er ferdig. Loven." \
    "question-multiple~Velg alle som passer" \
    "question-multiple~: Å gi tydelige mål." \
    "feedback-multiple~Lytt, og gi retning." \
    "question-single~Spørsmål en av tre." \
    "summary-review~en av tre riktige." \
    "summary-review~Se over igjen" \
    "confirm-stop~Vil du avslutte og se resultatet?" \
    "walkaway~Er du fortsatt der?" || fails=$((fails + 1))
[ "$fails" -eq 0 ] || { echo "FAIL: $fails"; exit 1; }
echo "all passed"
