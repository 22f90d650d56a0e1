/* test_results_xlsx.c: the workbook read back.
 *
 * The known history of results_fixture.h is written with qk_export_xlsx and
 * read back by xlsx_dump.py (Python's standard zipfile and XML reader): the
 * sheets and their order, each cell's type (text, number) and number format
 * (dates, durations, per cent), the texts compared with the set file's, the
 * frozen header, the autofilter and the column widths.
 */
#define _GNU_SOURCE
#include "qk_test.h"
#include "results/results_fixture.h"

#include <math.h>

#include "qk_export.h"
#include "qk_i18n.h"

static rf_station rf;

#define MAX_LINES 2000
static char *lines[MAX_LINES];
static size_t n_lines;

static void load_dump(const char *xlsx)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "python3 '%s/results/xlsx_dump.py' '%s'", QK_TESTS_DIR, xlsx);
    FILE *p = popen(cmd, "r");
    if (!p)
        return;
    char buf[8192];
    while (n_lines < MAX_LINES && fgets(buf, sizeof buf, p)) {
        buf[strcspn(buf, "\n")] = '\0';
        lines[n_lines++] = strdup(buf);
    }
    if (pclose(p) != 0)
        fprintf(stderr, "xlsx_dump.py failed on %s\n", xlsx);
}

/* The dump line that starts with `prefix` followed by a tab, or NULL. */
static const char *find(const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < n_lines; i++)
        if (strncmp(lines[i], prefix, n) == 0 && lines[i][n] == '\t')
            return lines[i] + n + 1;
    return NULL;
}

/* A cell's "TYPE\tVALUE\tFORMAT", e.g. cellv("Svar", "A2"). */
static const char *cellv(const char *sheet, const char *ref)
{
    char key[128];
    snprintf(key, sizeof key, "cell\t%s\t%s", sheet, ref);
    const char *v = find(key);
    return v ? v : "(none)";
}

/* The value part of a cell. */
static const char *value(const char *sheet, const char *ref)
{
    static char buf[8][4096];
    static int k;
    char *b = buf[k++ % 8];
    const char *v = cellv(sheet, ref);
    const char *t = strchr(v, '\t');
    snprintf(b, 4096, "%s", t ? t + 1 : "(none)");
    char *end = strrchr(b, '\t');
    if (end)
        *end = '\0';
    return b;
}

static bool is_type(const char *sheet, const char *ref, char type, const char *fmt)
{
    const char *v = cellv(sheet, ref);
    const char *f = strrchr(v, '\t');
    return v[0] == type && v[1] == '\t' && f && strcmp(f + 1, fmt) == 0;
}

/* Excel's serial number of a local time (days since 1899-12-30). */
static double serial(time_t t)
{
    struct tm tm;
    localtime_r(&t, &tm);
    return (double)timegm(&tm) / 86400.0 + 25569.0;
}

static void test_workbook(void)
{
    char path[400];
    snprintf(path, sizeof path, "%s/results.xlsx", rf.dir);
    qk_store *st = qk_store_open(rf.db);
    qk_history h;
    char err[600];
    QK_REQUIRE(qk_store_history(st, NULL, &h, err, sizeof err));
    qk_store_close(st);
    qk_textbook *tb = qk_textbook_create();
    qk_textbook_add_folder(tb, rf.quizzes);
    qk_export_opts o = {0, tb};
    qk_export_result res;
    bool ok = qk_export_xlsx(&h, path, &o, &res, err, sizeof err);
    if (!ok)
        fprintf(stderr, "%s\n", err);
    qk_textbook_destroy(tb);
    qk_history_clear(&h);
    QK_REQUIRE(ok);
    QK_CHECK_INT(res.rows, 7);
    QK_CHECK_INT(res.missing, 1);
    QK_CHECK(strstr(res.notice, "leder-kurs") != NULL);
    load_dump(path);
    QK_REQUIRE(n_lines > 50);

    QK_CHECK_STR(find("sheet\t0"), "Svar");
    QK_CHECK_STR(find("sheet\t1"), "Økter");
    QK_CHECK_STR(find("sheet\t2"), "Spørsmål");
    QK_CHECK(find("sheet\t3") == NULL);

    /* Svar: the header, then session 1's first answer. */
    QK_CHECK_STR(value("Svar", "A1"), "Økt");
    QK_CHECK_STR(value("Svar", "J1"), "Spørsmål");
    QK_CHECK(is_type("Svar", "A2", 'n', "General"));
    QK_CHECK_STR(value("Svar", "A2"), "1");
    QK_CHECK_STR(value("Svar", "B2"), "Rådhuset; 2. etg");
    QK_CHECK(is_type("Svar", "E2", 'n', "yyyy-mm-dd hh:mm:ss"));
    QK_CHECK_NEAR(atof(value("Svar", "E2")), serial(rf.day + 9 * 3600), 1e-6);
    QK_CHECK_STR(value("Svar", "F2"), "fullført");
    QK_CHECK_STR(value("Svar", "G2"), "nei");
    QK_CHECK_STR(value("Svar", "I2"), "q-single");
    QK_CHECK(is_type("Svar", "J2", 's', "General"));
    QK_CHECK_STR(value("Svar", "J2"), "Hva bygger tillit, \"først\"?");
    QK_CHECK_STR(value("Svar", "K2"), "Kontroll, mye");
    QK_CHECK_STR(value("Svar", "L2"), "Åpenhet; ærlighet");
    QK_CHECK_STR(value("Svar", "M2"), "nei");
    QK_CHECK(is_type("Svar", "O2", 'n', "General"));
    QK_CHECK_NEAR(atof(value("Svar", "O2")), 4.2, 1e-9);
    QK_CHECK_STR(value("Svar", "K5"), "Lytte > Hilse > Avtale");
    QK_CHECK_NEAR(atof(value("Svar", "N5")), 0.5, 1e-9);
    QK_CHECK_STR(value("Svar", "M3"), "ja");
    QK_CHECK_STR(value("Svar", "G7"), "ja"); /* the autoplay session, marked */
    QK_CHECK_STR(value("Svar", "F8"), "avsluttet tidlig");
    QK_CHECK(find("cell\tSvar\tJ8") == NULL); /* its set version is gone: no text */
    QK_CHECK_STR(value("Svar", "I8"), "q-tf");
    QK_CHECK(find("cell\tSvar\tA9") == NULL);

    /* Økter: status, score %, length. */
    QK_CHECK_STR(value("Økter", "A4"), "3");
    QK_CHECK_STR(value("Økter", "G2"), "fullført");
    QK_CHECK_STR(value("Økter", "G4"), "avsluttet tidlig");
    QK_CHECK(is_type("Økter", "J2", 'n', "0 %"));
    QK_CHECK_NEAR(atof(value("Økter", "J2")), 2.0 / 6.0, 1e-9);
    QK_CHECK(is_type("Økter", "L2", 'n', "[h]:mm:ss"));
    QK_CHECK_NEAR(atof(value("Økter", "L2")), 100.0 / 86400.0, 1e-9);
    QK_CHECK(is_type("Økter", "F2", 'n', "yyyy-mm-dd hh:mm:ss"));
    QK_CHECK_STR(value("Økter", "K2"), "5");
    QK_CHECK_STR(value("Økter", "M3"), "ja");

    /* Spørsmål: in the set's order, autoplay left out. */
    QK_CHECK_STR(value("Spørsmål", "C2"), "q-single");
    QK_CHECK_STR(value("Spørsmål", "D2"), "Hva bygger tillit, \"først\"?");
    QK_CHECK(is_type("Spørsmål", "E2", 'n', "General"));
    QK_CHECK_STR(value("Spørsmål", "E2"), "1"); /* the autoplay answer is not counted */
    QK_CHECK_STR(value("Spørsmål", "F2"), "0");
    QK_CHECK(is_type("Spørsmål", "G2", 'n', "0 %"));
    QK_CHECK_STR(value("Spørsmål", "H2"), "Åpenhet; ærlighet");
    QK_CHECK_STR(value("Spørsmål", "I2"), "Kontroll, mye");
    QK_CHECK_STR(value("Spørsmål", "C3"), "q-multi");
    QK_CHECK_NEAR(atof(value("Spørsmål", "G3")), 1.0, 1e-9);
    QK_CHECK(find("cell\tSpørsmål\tI3") == NULL); /* never wrong */
    QK_CHECK_STR(value("Spørsmål", "C4"), "q-tf");
    QK_CHECK_STR(value("Spørsmål", "E4"), "2"); /* both versions of the set */
    QK_CHECK_STR(value("Spørsmål", "C6"), "q-cat");

    /* Frozen headers, filters, widths. */
    QK_CHECK_STR(find("freeze\tSvar"), "A2");
    QK_CHECK_STR(find("freeze\tØkter"), "A2");
    QK_CHECK_STR(find("freeze\tSpørsmål"), "A2");
    QK_CHECK_STR(find("filter\tSvar"), "A1:Q8");
    QK_CHECK_STR(find("filter\tØkter"), "A1:M4");
    QK_CHECK_STR(find("filter\tSpørsmål"), "A1:J6");
    const char *w = find("width\tSvar\t10");
    QK_REQUIRE(w != NULL);
    double width = atof(strchr(w, '\t') + 1);
    QK_CHECK(width >= 28 && width <= 62); /* the question's width, not Excel's 8.43 */
}

int main(void)
{
    setenv("TZ", "Europe/Oslo", 1);
    tzset();
    qk_i18n_set_lang(QK_LANG_NB);
    rf_make(&rf, "xlsx");
    QK_RUN(test_workbook);
    rf_free(&rf);
    for (size_t i = 0; i < n_lines; i++)
        free(lines[i]);
    return qk_test_summary();
}
