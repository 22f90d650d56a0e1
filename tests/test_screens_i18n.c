/* test_screens_i18n.c: the program's own words: every string is there in
 * every language, formats take the same arguments in each, tags are read. */
#include <string.h>

#include "qk_i18n.h"
#include "qk_test.h"

/* The printf conversions of s, e.g. "%d%s", into out. */
static void conversions(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = s; *p && n + 3 < cap; p++)
        if (*p == '%' && p[1]) {
            out[n++] = '%';
            out[n++] = p[1];
            p++;
        }
    out[n] = '\0';
}

static void test_every_string_in_every_language(void)
{
    for (int id = 0; id < QK_S_COUNT; id++) {
        char nb[32], other[32];
        conversions(qk_tr_in(QK_LANG_NB, (qk_str)id), nb, sizeof nb);
        for (int l = 0; l < QK_LANG_COUNT; l++) {
            const char *s = qk_tr_in((qk_lang)l, (qk_str)id);
            if (!*s)
                fprintf(stderr, "string %d is empty in %s\n", id, qk_lang_code((qk_lang)l));
            QK_CHECK(*s != '\0');
            conversions(s, other, sizeof other);
            QK_CHECK_STR(other, nb);
        }
    }
    QK_CHECK_STR(qk_tr_in(QK_LANG_NB, QK_S_COUNT), "");
}

/* Issue 9, item 7: no double spaces in the program's own words, in any
 * language; and the walk-away box's line under "Er du fortsatt der?" does
 * not say the seconds that the big figure under it counts down. */
static int double_spaces(void)
{
    int n = 0;
    for (int id = 0; id < QK_S_COUNT; id++)
        for (int l = 0; l < QK_LANG_COUNT; l++) {
            const char *s = qk_tr_in((qk_lang)l, (qk_str)id);
            if (strstr(s, "  ")) {
                fprintf(stderr, "string %d in %s has a double space: \"%s\"\n", id,
                        qk_lang_code((qk_lang)l), s);
                n++;
            }
        }
    return n;
}

static void test_no_double_spaces(void)
{
    QK_CHECK_INT(double_spaces(), 0);
    const char *secs[] = {"sekund", "second", "%d"};
    for (int l = 0; l < QK_LANG_COUNT; l++) {
        const char *sub = qk_tr_in((qk_lang)l, QK_S_STILL_THERE_SUB);
        for (size_t k = 0; k < sizeof secs / sizeof secs[0]; k++)
            QK_CHECK(strstr(sub, secs[k]) == NULL);
        for (const char *p = sub; *p; p++)
            QK_CHECK(*p < '0' || *p > '9');
    }
}

static void test_tags(void)
{
    QK_CHECK(qk_i18n_set("nn"));
    QK_CHECK_INT(qk_i18n_lang(), QK_LANG_NN);
    QK_CHECK_STR(qk_tr(QK_S_STILL_THERE), "Er du framleis der?");
    QK_CHECK(qk_i18n_set("en-GB"));
    QK_CHECK_INT(qk_i18n_lang(), QK_LANG_EN);
    QK_CHECK(qk_i18n_set("nb_NO"));
    QK_CHECK_INT(qk_i18n_lang(), QK_LANG_NB);
    QK_CHECK(qk_i18n_set("no"));
    QK_CHECK_INT(qk_i18n_lang(), QK_LANG_NB);
    QK_CHECK(!qk_i18n_set("sv"));
    QK_CHECK_INT(qk_i18n_lang(), QK_LANG_NB);
    QK_CHECK(!qk_i18n_set(NULL));
    QK_CHECK_STR(qk_tr(QK_S_TOUCH_TO_START), "Trykk for å starte");
    QK_CHECK_STR(qk_lang_code(QK_LANG_NN), "nn");
}

int main(void)
{
    QK_RUN(test_every_string_in_every_language);
    QK_RUN(test_no_double_spaces);
    QK_RUN(test_tags);
    return qk_test_summary();
}
