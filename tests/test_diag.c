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

int main(void)
{
    QK_RUN(test_all_languages);
    return qk_test_summary();
}
