/* test_results_csv.c: the CSV export with texts, both separators, and
 * autoplay marked or left out.
 *
 * A known history (results_fixture.h) is exported with ',' and with ';' and
 * read back with the strict RFC 4180 reader of store_csv.h; every text cell is
 * compared with the set file's texts, numbers with what was played (a decimal
 * comma in the ';' file), and the session played on a set version that is
 * gone has empty texts and one notice.
 */
#include "qk_test.h"
#include "store_csv.h"
#include "results/results_fixture.h"

#include "qk_export.h"
#include "qk_i18n.h"

static rf_station rf;

static bool export_with(char sep, bool with_autoplay, const char *name, csv_doc *d,
                        qk_export_result *res)
{
    qk_store *st = qk_store_open(rf.db);
    qk_history h;
    qk_history_filter f = {0, NULL, with_autoplay};
    char err[600];
    bool ok = qk_store_history(st, &f, &h, err, sizeof err);
    qk_textbook *tb = qk_textbook_create();
    qk_textbook_add_folder(tb, rf.quizzes);
    qk_export_opts o = {sep, tb};
    char path[400];
    snprintf(path, sizeof path, "%s/%s", rf.dir, name);
    ok = ok && qk_export_csv(&h, path, &o, res, err, sizeof err);
    if (!ok)
        fprintf(stderr, "export: %s\n", err);
    qk_textbook_destroy(tb);
    qk_history_clear(&h);
    qk_store_close(st);
    return ok && read_export_sep(path, sep, d);
}

static void check_doc(const csv_doc *d, char sep)
{
    /* header + 5 answers (session 1) + 1 (autoplay) + 1 (old version) */
    QK_REQUIRE(d->nrows == 8);
    QK_CHECK_STR(cell(d, 1, "station_id"), "Rådhuset; 2. etg");
    QK_CHECK_STR(cell(d, 1, "set_title"), "Ledelse; del 1");
    QK_CHECK_STR(cell(d, 1, "question_id"), "q-single");
    QK_CHECK_STR(cell(d, 1, "question_text"), "Hva bygger tillit, \"først\"?");
    QK_CHECK_STR(cell(d, 1, "answer"), "2");
    QK_CHECK_STR(cell(d, 1, "answer_text"), "Kontroll, mye");
    QK_CHECK_STR(cell(d, 1, "correct_text"), "Åpenhet; ærlighet");
    QK_CHECK_STR(cell(d, 1, "correct"), "0");
    QK_CHECK_STR(cell(d, 2, "answer_text"), "Lytter; Spør");
    QK_CHECK_STR(cell(d, 2, "correct_text"), "Lytter; Spør");
    QK_CHECK_STR(cell(d, 3, "answer_text"), "Sant");
    QK_CHECK_STR(cell(d, 3, "correct_text"), "Usant");
    QK_CHECK_STR(cell(d, 4, "answer"), "2>1>3");
    QK_CHECK_STR(cell(d, 4, "answer_text"), "Lytte > Hilse > Avtale");
    QK_CHECK_STR(cell(d, 4, "correct_text"), "Hilse > Lytte > Avtale");
    QK_CHECK_STR(cell(d, 4, "credit"), sep == ';' ? "0,5" : "0.5");
    QK_CHECK_STR(cell(d, 4, "points"), sep == ';' ? "0,5" : "0.5");
    QK_CHECK_STR(cell(d, 5, "answer_text"),
                 "Arbeidsmiljøloven → Lov; Medarbeidersamtale → –");
    QK_CHECK_STR(cell(d, 5, "correct_text"),
                 "Arbeidsmiljøloven → Lov; Medarbeidersamtale → Praksis");
    QK_CHECK_STR(cell(d, 1, "autoplay"), "0");
    QK_CHECK_STR(cell(d, 6, "autoplay"), "1");
    QK_CHECK_STR(cell(d, 6, "answer_text"), "Åpenhet; ærlighet");
    /* The stopped session on the old version: no texts, but its codes. */
    QK_CHECK_STR(cell(d, 7, "status"), "stopped");
    QK_CHECK_STR(cell(d, 7, "timed_out"), "1");
    QK_CHECK_STR(cell(d, 7, "question_id"), "q-tf");
    QK_CHECK_STR(cell(d, 7, "question_text"), "");
    QK_CHECK_STR(cell(d, 7, "correct_text"), "");
    QK_CHECK_STR(cell(d, 7, "set_hash"), rf.old->hash);
}

static void test_comma(void)
{
    csv_doc d;
    qk_export_result res;
    QK_REQUIRE(export_with(',', true, "comma.csv", &d, &res));
    check_doc(&d, ',');
    QK_CHECK_INT(res.rows, 7);
    QK_CHECK_INT(res.sessions, 3);
    QK_CHECK_INT(res.missing, 1);
    QK_CHECK(strstr(res.notice, "leder-kurs") != NULL);
    QK_CHECK(strstr(res.notice, "finnes ikke lenger") != NULL);
    char prefix[16];
    snprintf(prefix, sizeof prefix, "%.10s", rf.old->hash);
    QK_CHECK(strstr(res.notice, prefix) != NULL);
    csv_free(&d);
}

static void test_semicolon(void)
{
    csv_doc d;
    qk_export_result res;
    QK_REQUIRE(export_with(';', true, "semi.csv", &d, &res));
    check_doc(&d, ';');
    csv_free(&d);
    /* The ';' file is not read right as ',' (so the separator really changed). */
    char path[400];
    snprintf(path, sizeof path, "%s/semi.csv", rf.dir);
    QK_CHECK(!read_export_sep(path, ',', &d));
    csv_free(&d);
}

static void test_no_autoplay(void)
{
    csv_doc d;
    qk_export_result res;
    QK_REQUIRE(export_with(',', false, "noauto.csv", &d, &res));
    QK_CHECK_INT(d.nrows, 7);
    for (size_t r = 1; r < d.nrows; r++)
        QK_CHECK_STR(cell(&d, r, "autoplay"), "0");
    QK_CHECK_INT(res.sessions, 2);
    csv_free(&d);
}

static void test_english_words(void)
{
    qk_i18n_set_lang(QK_LANG_EN);
    csv_doc d;
    qk_export_result res;
    QK_REQUIRE(export_with(',', true, "en.csv", &d, &res));
    QK_CHECK_STR(cell(&d, 3, "answer_text"), "True");
    QK_CHECK(strstr(res.notice, "no longer on the station") != NULL);
    csv_free(&d);
    qk_i18n_set_lang(QK_LANG_NB);
}

static void test_answer_codes(void)
{
    const qk_question *single = &rf.set->rounds[0].questions[0];
    const qk_question *multi = &rf.set->rounds[0].questions[1];
    const qk_question *cat = &rf.set->rounds[1].questions[1];
    char b[256];
    QK_CHECK(qk_answer_text(single, "3", b, sizeof b));
    QK_CHECK_STR(b, "Frykt");
    QK_CHECK(!qk_answer_text(single, "4", b, sizeof b));
    QK_CHECK_STR(b, "");
    QK_CHECK(!qk_answer_text(single, "1,2", b, sizeof b));
    QK_CHECK(!qk_answer_text(single, "?7", b, sizeof b));
    QK_CHECK(qk_answer_text(single, "", b, sizeof b)); /* a timeout */
    QK_CHECK_STR(b, "");
    QK_CHECK(qk_answer_text(multi, "-", b, sizeof b));
    QK_CHECK_STR(b, "(ingenting valgt)");
    QK_CHECK(!qk_answer_text(multi, "1,", b, sizeof b));
    QK_CHECK(!qk_answer_text(cat, "1:3,2:1", b, sizeof b));
    QK_CHECK(!qk_answer_text(cat, "1:1;2:1", b, sizeof b));
}

int main(void)
{
    setenv("TZ", "Europe/Oslo", 1);
    tzset();
    rf_make(&rf, "csv");
    QK_RUN(test_comma);
    QK_RUN(test_semicolon);
    QK_RUN(test_no_autoplay);
    QK_RUN(test_english_words);
    QK_RUN(test_answer_codes);
    rf_free(&rf);
    return qk_test_summary();
}
