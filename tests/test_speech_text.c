/* test_speech_text.c: the normalisation before synthesis (qk_speech_text.c),
 * as tables of written text and what the voice should be given. No display. */
#include "qk_speech_text.h"
#include "qk_test.h"

#include <stdlib.h>

typedef struct {
    const char *written, *spoken;
} row;

static int check_table(const row *t, qk_speak_lang lang)
{
    int bad = 0;
    for (size_t i = 0; t[i].written; i++) {
        char *got = qk_speech_normalise(t[i].written, lang);
        if (!got || strcmp(got, t[i].spoken) != 0) {
            fprintf(stderr, "  [%d] \"%s\" -> \"%s\", expected \"%s\"\n", (int)lang,
                    t[i].written, got ? got : "(null)", t[i].spoken);
            bad++;
        }
        free(got);
    }
    return bad;
}

static void test_law_references(void)
{
    static const row t[] = {
        {"§ 7-1", "paragraf sju strek en"},
        {"§7-1", "paragraf sju strek en"}, /* written without the space */
        {"Se § 3-2 a i loven.", "Se paragraf tre strek to a i loven."},
        {"§§ 4-1", "paragrafene fire strek en"},
        {"St.meld. 47 (2008–2009)",
         "stortingsmelding førtisju, to tusen og åtte til to tusen og ni"},
        {"Meld. St. 24 (2022–2023) sier", "melding til Stortinget tjuefire, to tusen og tjueto til to tusen og tjuetre, sier"},
        {"jf. § 12", "jamfør paragraf tolv"},
        {"f.eks. en leder", "for eksempel en leder"},
        {NULL, NULL}};
    QK_CHECK_INT(check_table(t, QK_SPEAK_NB), 0);
}

static void test_ks_and_letters(void)
{
    static const row t[] = {
        {"KS' 10 prinsipper", "kå ess sine ti prinsipper"},
        {"KS’ kjennetegn", "kå ess sine kjennetegn"},
        {"KS", "kå ess"},
        {"IKT i kommunen", "i kå te i kommunen"},
        {"NAV-kontoret", "NAV-kontoret"},
        {"I dag", "I dag"},
        {NULL, NULL}};
    QK_CHECK_INT(check_table(t, QK_SPEAK_NB), 0);
    QK_CHECK_INT(check_table(t, QK_SPEAK_NN), 0);
    QK_CHECK_STR(qk_speech_letter('A', QK_SPEAK_NB), "a");
    QK_CHECK_STR(qk_speech_letter('H', QK_SPEAK_NB), "hå");
    QK_CHECK_STR(qk_speech_letter('c', QK_SPEAK_NB), "se");
    QK_CHECK_STR(qk_speech_letter('H', QK_SPEAK_EN), "aitch");
    QK_CHECK_STR(qk_speech_letter('I', QK_SPEAK_EN), "eye");
    QK_CHECK(qk_speech_letter('1', QK_SPEAK_NB) == NULL);
    QK_CHECK(qk_speech_letter('\0', QK_SPEAK_EN) == NULL);
}

static void test_numbers(void)
{
    static const struct { long n; const char *nb, *en; } t[] = {
        {0, "null", "zero"},
        {7, "sju", "seven"},
        {10, "ti", "ten"},
        {21, "tjueen", "twenty-one"},
        {47, "førtisju", "forty-seven"},
        {100, "hundre", "one hundred"},
        {101, "hundre og en", "one hundred and one"},
        {356, "tre hundre og femtiseks", "three hundred and fifty-six"},
        {1000, "tusen", "one thousand"},
        {2008, "to tusen og åtte", "two thousand and eight"},
        {1250, "tusen to hundre og femti", "one thousand two hundred and fifty"},
        {10000, "ti tusen", "ten thousand"},
        {1000000, "en million", "one million"},
        {2000050, "to millioner og femti", "two million and fifty"},
    };
    char buf[128];
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        QK_CHECK_STR(qk_speech_number(t[i].n, QK_SPEAK_NB, buf, sizeof buf), t[i].nb);
        QK_CHECK_STR(qk_speech_number(t[i].n, QK_SPEAK_EN, buf, sizeof buf), t[i].en);
    }
    static const struct { long y; const char *nb, *en; } y[] = {
        {2008, "to tusen og åtte", "two thousand and eight"},
        {2024, "to tusen og tjuefire", "twenty twenty-four"},
        {1985, "nitten åttifem", "nineteen eighty-five"},
        {1905, "nitten hundre og fem", "nineteen oh five"},
        {1900, "nitten hundre", "nineteen hundred"},
    };
    for (size_t i = 0; i < sizeof y / sizeof y[0]; i++) {
        QK_CHECK_STR(qk_speech_year(y[i].y, QK_SPEAK_NB, buf, sizeof buf), y[i].nb);
        QK_CHECK_STR(qk_speech_year(y[i].y, QK_SPEAK_EN, buf, sizeof buf), y[i].en);
    }
    /* a small buffer is cut, not overrun */
    char small[5];
    QK_CHECK_STR(qk_speech_number(47, QK_SPEAK_NB, small, sizeof small), "før");
}

static void test_numbers_in_text(void)
{
    static const row nb[] = {
        {"3 / 10", "tre / ti"},
        {"Spørsmål 12 av 40", "Spørsmål tolv av førti"},
        {"10 000 innbyggere", "ti tusen innbyggere"},
        {"10\u00a0000 innbyggere", "ti tusen innbyggere"}, /* no-break space */
        {"2,5 timer", "to komma fem timer"},
        {"75 %", "syttifem prosent"},
        {"5–10 minutter", "fem til ti minutter"},
        {"i 1985 og 2024", "i nitten åttifem og to tusen og tjuefire"},
        {"1. januar 2024", "første januar to tusen og tjuefire"},
        {"01.07.2024", "første juli to tusen og tjuefire"},
        {"31.12.2023.", "trettiførste desember to tusen og tjuetre."},
        {"Han kom på 3. plass.", "Han kom på tredje plass."},
        {"Svaret er 7.", "Svaret er sju."},
        {"(se nedenfor)", "se nedenfor"},
        {"æøå ÆØÅ", "æøå ÆØÅ"},
        {"", ""},
        {NULL, NULL}};
    QK_CHECK_INT(check_table(nb, QK_SPEAK_NB), 0);
    static const row en[] = {
        {"KS' 10 principles", "kay ess ten principles"},
        {"§ 7-1", "section seven dash one"},
        {"1 January 2024", "the first of January twenty twenty-four"},
        {"01.07.2024", "the first of July twenty twenty-four"},
        {"2.5 hours", "two point five hours"},
        {"in 2008 (2008–2009)", "in two thousand and eight, two thousand and eight to two thousand and nine"},
        {"75%", "seventy-five percent"},
        {"e.g. a leader", "for example a leader"},
        {NULL, NULL}};
    QK_CHECK_INT(check_table(en, QK_SPEAK_EN), 0);
}

static void test_language_codes(void)
{
    QK_CHECK_INT(qk_speak_lang_from_code("nb"), QK_SPEAK_NB);
    QK_CHECK_INT(qk_speak_lang_from_code("nn"), QK_SPEAK_NN);
    QK_CHECK_INT(qk_speak_lang_from_code("en"), QK_SPEAK_EN);
    QK_CHECK_INT(qk_speak_lang_from_code("en-GB"), QK_SPEAK_EN);
    QK_CHECK_INT(qk_speak_lang_from_code("no"), QK_SPEAK_NB);
    QK_CHECK_INT(qk_speak_lang_from_code(NULL), QK_SPEAK_NB);
}

int main(void)
{
    QK_RUN(test_law_references);
    QK_RUN(test_ks_and_letters);
    QK_RUN(test_numbers);
    QK_RUN(test_numbers_in_text);
    QK_RUN(test_language_codes);
    return qk_test_summary();
}
