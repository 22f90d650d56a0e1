/* qk_speech_text.h: text written for reading, made into text for speaking.
 *
 * Before a screen's text goes to the synthesiser (shell/speech.c) it passes
 * through qk_speech_normalise(), which writes out what a voice would otherwise
 * read wrongly or letter by letter: numbers and years as words ("47" ->
 * "førtisju", "2008" -> "to tusen og åtte"), year ranges ("2008–2009" -> "... til
 * ..."), the law's "§ 7-1" ("paragraf sju strek en"), abbreviations ("St.meld.",
 * "f.eks.", "jf."), dates ("1. januar 2024", "01.02.2024"), the genitive
 * apostrophe ("KS'" -> "kå ess sine") and short all-capital abbreviations spelt as
 * letters ("KS" -> "kå ess"). Nynorsk is spoken by the bokmål voice and uses the
 * bokmål words here; English sets get English forms.
 *
 * Pure C, no SDL; every rule has a row in tests/test_speech_text.c.
 */
#ifndef QK_SPEECH_TEXT_H
#define QK_SPEECH_TEXT_H

#include <stddef.h>

typedef enum { QK_SPEAK_NB = 0, QK_SPEAK_NN, QK_SPEAK_EN } qk_speak_lang;

/* The language to speak for a set or station language code ("nb", "nn", "en",
 * "no", "en-GB", ...); anything else is bokmål. NULL is bokmål. */
qk_speak_lang qk_speak_lang_from_code(const char *code);

/* The spoken text for UTF-8 `text` (not NULL). Returns a new NUL-terminated
 * string the caller frees, or NULL when out of memory. Text it has no rule for
 * is copied unchanged. */
char *qk_speech_normalise(const char *text, qk_speak_lang lang);

/* The name of an answer tile's letter as a word the voice says as that letter
 * ('A' -> "a", 'H' -> "hå" in Norwegian, "aitch" in English); NULL for a
 * character that is not A..Z. Static storage. */
const char *qk_speech_letter(char letter, qk_speak_lang lang);

/* Writes the number n (0..999999999) in words into buf (cap bytes, always
 * NUL-terminated): "førtisju", "to tusen og åtte", "forty-seven". Returns buf. */
char *qk_speech_number(long n, qk_speak_lang lang, char *buf, size_t cap);

/* Writes the year y as it is said: 2008 "to tusen og åtte", 1985 "nitten
 * åttifem"; in English 2008 "two thousand and eight", 2024 "twenty
 * twenty-four", 1985 "nineteen eighty-five". Returns buf. */
char *qk_speech_year(long y, qk_speak_lang lang, char *buf, size_t cap);

#endif
