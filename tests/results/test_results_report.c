/* test_results_report.c: the course report's figures against a known history.
 *
 * The history of results_fixture.h (one completed session, one autoplay, one
 * stopped on an older version of the set) is written as HTML; the figures the
 * charts draw are read back from their data-* attributes and the page's text:
 * autoplay left out, sessions per day by status, the score bins, % right per
 * round, and the most-missed questions in order with their texts. With
 * argv[1] the page is also written there (for the Chromium test).
 */
#include "qk_test.h"
#include "store_csv.h"
#include "results/results_fixture.h"

#include "qk_i18n.h"
#include "qk_report.h"

static rf_station rf;
static char *html;
static const char *keep_path;

static bool has(const char *needle)
{
    bool ok = html && strstr(html, needle) != NULL;
    if (!ok)
        fprintf(stderr, "not in the report: %s\n", needle);
    return ok;
}

static void test_report(void)
{
    char path[400];
    snprintf(path, sizeof path, "%s/report.html", rf.dir);
    qk_store *st = qk_store_open(rf.db);
    qk_history h;
    char err[600];
    qk_history_filter f = {0, NULL, true}; /* autoplay in the history: the report leaves it out */
    QK_REQUIRE(qk_store_history(st, &f, &h, err, sizeof err));
    qk_store_close(st);
    qk_textbook *tb = qk_textbook_create();
    qk_textbook_add_folder(tb, rf.quizzes);
    qk_report_opts o = {"Rådhuset; 2. etg", NULL, NULL, tb};
    bool ok = qk_report_html(&h, path, &o, err, sizeof err);
    if (ok && keep_path)
        ok = qk_report_html(&h, keep_path, &o, err, sizeof err);
    if (!ok)
        fprintf(stderr, "%s\n", err);
    qk_textbook_destroy(tb);
    qk_history_clear(&h);
    QK_REQUIRE(ok);
    size_t len;
    html = slurp(path, &len);
    QK_REQUIRE(html != NULL);

    /* Self-contained: nothing fetched from elsewhere. */
    QK_CHECK(!strstr(html, "<script"));
    QK_CHECK(!strstr(html, "http://") && !strstr(html, "https://"));
    QK_CHECK(!strstr(html, "src="));
    QK_CHECK(has("<html lang=\"nb\">"));
    QK_CHECK(has("@page{size:A4"));
    QK_CHECK(has("<h1>Kursrapport</h1>"));
    QK_CHECK(has("Stasjon: Rådhuset; 2. etg"));
    QK_CHECK(has("data-sessions=\"2\" data-answers=\"6\"")); /* autoplay left out */

    char day[16], want[200];
    struct tm tm;
    localtime_r(&rf.day, &tm);
    strftime(day, sizeof day, "%Y-%m-%d", &tm);
    snprintf(want, sizeof want, "data-day=\"%s\" data-status=\"0\" data-n=\"1\"", day);
    QK_CHECK(has(want)); /* one completed */
    snprintf(want, sizeof want, "data-day=\"%s\" data-status=\"1\" data-n=\"1\"", day);
    QK_CHECK(has(want)); /* one stopped */
    snprintf(want, sizeof want, "data-day=\"%s\" data-status=\"2\"", day);
    QK_CHECK(!strstr(html, want)); /* none abandoned */
    /* 2 of 6 points = 33 %: bin 3; no other bin counts. */
    QK_CHECK(has("data-bin=\"3\" data-n=\"1\""));
    for (int b = 0; b < 10; b++) {
        snprintf(want, sizeof want, "data-bin=\"%d\" data-n=\"0\"", b);
        QK_CHECK(b == 3 ? !strstr(html, want) : strstr(html, want) != NULL);
    }
    /* Rounds: r1 4 answers, 1 right (the autoplay answer not counted); r2 2, 0 right. */
    QK_CHECK(has("data-round=\"r1\" data-pct=\"25\" data-asked=\"4\""));
    QK_CHECK(has("data-round=\"r2\" data-pct=\"0\" data-asked=\"2\""));
    QK_CHECK(has(">Grunnlag</text>"));
    /* Most missed: q-tf (2 of 2) first, then the 1-of-1s by id; q-multi never. */
    const char *tf = strstr(html, "data-question=\"q-tf\" data-wrong=\"2\" data-asked=\"2\"");
    const char *cat = strstr(html, "data-question=\"q-cat\"");
    const char *order = strstr(html, "data-question=\"q-order\"");
    const char *single = strstr(html, "data-question=\"q-single\" data-wrong=\"1\"");
    QK_CHECK(tf && cat && order && single && tf < cat && cat < order && order < single);
    QK_CHECK(!strstr(html, "data-question=\"q-multi\""));
    QK_CHECK(has("Ledere trenger ikke å lytte."));
    QK_CHECK(has("<dd class=\"right\">Usant</dd>"));
    QK_CHECK(has("<dd class=\"expl\">Jo, de gjør.</dd>"));
    QK_CHECK(has("Hva bygger tillit, &quot;først&quot;?"));
    QK_CHECK(has("<dd class=\"wrong\">Kontroll, mye (1)</dd>"));
    QK_CHECK(has("<dd class=\"right\">Åpenhet; ærlighet</dd>"));
    QK_CHECK(has("Økter spilt av --autoplay er ikke tatt med."));
}

static void test_english_and_empty(void)
{
    qk_i18n_set_lang(QK_LANG_EN);
    qk_history h;
    qk_history_init(&h);
    char path[400], err[400];
    snprintf(path, sizeof path, "%s/empty.html", rf.dir);
    QK_REQUIRE(qk_report_html(&h, path, NULL, err, sizeof err));
    size_t len;
    char *e = slurp(path, &len);
    QK_REQUIRE(e != NULL);
    QK_CHECK(strstr(e, "<html lang=\"en\">") && strstr(e, "No sessions in the period."));
    QK_CHECK(!strstr(e, "<svg"));
    free(e);
    QK_CHECK(!qk_report_html(&h, "/nonexistent/dir/r.html", NULL, err, sizeof err));
    QK_CHECK(strstr(err, "/nonexistent/dir/r.html") != NULL);
    qk_i18n_set_lang(QK_LANG_NB);
}

int main(int argc, char **argv)
{
    setenv("TZ", "Europe/Oslo", 1);
    tzset();
    qk_i18n_set_lang(QK_LANG_NB);
    keep_path = argc > 1 ? argv[1] : NULL;
    rf_make(&rf, "report");
    QK_RUN(test_report);
    QK_RUN(test_english_and_empty);
    free(html);
    rf_free(&rf);
    return qk_test_summary();
}
