/* test_diag.c: a diagnostic from the string table comes out in every language
 * (qk_diag_text), whatever the language was when it was added, keeps them when
 * copied (as the catalog does for the trainer menu), and prints in the current
 * language; a plain qk_diag_add message is the same in all three. */
#include <string.h>

#include "qk_diag.h"
#include "qk_i18n.h"
#include "qk_test.h"

static void test_all_languages(void)
{
    qk_diags d, copy;
    qk_diags_init(&d);
    qk_diags_init(&copy);
    qk_i18n_set_lang(QK_LANG_EN);
    qk_diag_addt(&d, QK_DIAG_ERROR, "a.cfg", 2, QK_D_FORMAT_NOT_INT, 1, 1);
    qk_diag_add(&d, QK_DIAG_WARNING, "a.cfg", 5, "plain %d", 7);
    QK_REQUIRE(d.count == 2);
    qk_diag_copy(&copy, &d.items[0]);
    qk_diag_copy(&copy, &d.items[1]);
    QK_REQUIRE(copy.count == 2);
    const qk_diags *both[] = {&d, &copy};
    for (int k = 0; k < 2; k++) {
        const qk_diag *g = &both[k]->items[0];
        QK_CHECK_STR(qk_diag_text(g, QK_LANG_NB),
                     "'format' må være tallet 1, uten anførselstegn og uten desimaler: "
                     "skriv format = 1;");
        QK_CHECK_STR(qk_diag_text(g, QK_LANG_NN),
                     "'format' må vere talet 1, utan hermeteikn og utan desimalar: "
                     "skriv format = 1;");
        QK_CHECK_STR(qk_diag_text(g, QK_LANG_EN),
                     "'format' must be the number 1, without quotes or decimals: "
                     "write format = 1;");
        QK_CHECK_STR(g->message, qk_diag_text(g, QK_LANG_EN));
        QK_CHECK_INT(g->line, 2);
        for (int l = 0; l < QK_LANG_COUNT; l++)
            QK_CHECK_STR(qk_diag_text(&both[k]->items[1], (qk_lang)l), "plain 7");
    }
    QK_CHECK_INT(copy.errors, 1);
    QK_CHECK_INT(copy.warnings, 1);

    char buf[512] = "";
    FILE *f = fmemopen(buf, sizeof buf, "w");
    QK_REQUIRE(f);
    qk_i18n_set_lang(QK_LANG_NN);
    qk_diags_print(&copy, f);
    fclose(f);
    QK_CHECK(strstr(buf, "a.cfg:2: error: 'format' må vere talet 1") != NULL);
    QK_CHECK(strstr(buf, "a.cfg:5: warning: plain 7") != NULL);
    qk_diags_clear(&d);
    qk_diags_clear(&copy);
    qk_i18n_set_lang(QK_LANG_NB);
}

/* Words inside a message: %@ (a table word in the message's language) and %&
 * (a phrase made in every language), beside printf's own conversions. */
static void test_words_inside(void)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_phrase round, where;
    qk_phrase_set(&round, QK_D_W_ROUND_ID, "r1");
    qk_phrase_set(&where, QK_D_W_QUESTION_N, (size_t)3, &round);
    QK_CHECK_STR(where.text[QK_LANG_NB], "spørsmål nummer 3 i runden \"r1\"");
    QK_CHECK_STR(where.text[QK_LANG_EN], "question number 3 of round \"r1\"");
    qk_diag_addt(&d, QK_DIAG_ERROR, "a.cfg", 4, QK_D_QUESTION_NOT_GROUP, &where, QK_D_T_LIST);
    qk_diag_addt(&d, QK_DIAG_ERROR, "a.cfg", 5, QK_D_TEXT_CONTROL, &where, 7u);
    qk_diag_addt(&d, QK_DIAG_ERROR, "a.cfg", 6, QK_D_PICK_OVER, 5LL, &round, (size_t)2,
                 (size_t)2);
    qk_diag_addt(&d, QK_DIAG_ERROR, "a.cfg", 0, QK_D_FILE_TOO_BIG, 17.25, 16u);
    qk_diag_addt(&d, QK_DIAG_ERROR, "a.cfg", 7, QK_D_CLOSE_UNOPENED, ')', '(');
    QK_REQUIRE(d.count == 5);
    QK_CHECK_STR(qk_diag_text(&d.items[0], QK_LANG_NN),
                 "spørsmål nummer 3 i runden \"r1\" må vere ei gruppe { id = ...; type = ...; "
                 "... } (fann ei liste ( ... ))");
    QK_CHECK_STR(qk_diag_text(&d.items[0], QK_LANG_EN),
                 "question number 3 of round \"r1\" must be a group { id = ...; type = ...; "
                 "... } (found a list ( ... ))");
    QK_CHECK_STR(qk_diag_text(&d.items[1], QK_LANG_NB),
                 "spørsmål nummer 3 i runden \"r1\" inneholder kontrolltegnet 0x07: fjern det");
    QK_CHECK_STR(qk_diag_text(&d.items[2], QK_LANG_NN),
                 "pick = 5, men runden \"r1\" har berre 2 spørsmål: set pick til høgst 2");
    QK_CHECK_STR(qk_diag_text(&d.items[3], QK_LANG_EN),
                 "the file is 17.2 MB; a question set may be at most 16 MB: split it into "
                 "several sets");
    QK_CHECK_STR(qk_diag_text(&d.items[4], QK_LANG_NB),
                 "')' lukker en parentes som aldri ble åpnet: fjern den, eller legg til '(' "
                 "som mangler foran den");
    qk_diags_clear(&d);

    /* A phrase the same in every language; a %s argument is not read as a format. */
    qk_phrase p;
    qk_phrase_same(&p, "a \"name\"");
    QK_CHECK_STR(p.text[QK_LANG_NN], "a \"name\"");
    qk_diags_init(&d);
    qk_diag_addt(&d, QK_DIAG_WARNING, "b", 1, QK_D_W_SETTING, "x%y");
    QK_CHECK_STR(qk_diag_text(&d.items[0], QK_LANG_EN), "'x%y'");
    qk_diags_clear(&d);
}

int main(void)
{
    QK_RUN(test_all_languages);
    QK_RUN(test_words_inside);
    return qk_test_summary();
}
