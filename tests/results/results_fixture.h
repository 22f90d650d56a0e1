/* results_fixture.h: a station's quizzes folder with a real set file, and a
 * results database with a known history played on it, for the export and
 * report tests (tests/cmake/results.cmake).
 *
 * The set's texts carry the CSV separators, quotes and æøå. The history:
 *   session 1 (completed): every question type, some right, some wrong, a timeout;
 *   session 2 (autoplay): one answer;
 *   session 3 (stopped): played on an older version of the set whose file
 *     has since been changed, so its texts are gone from the station.
 * Everything lives under one fresh folder in /tmp (rf->dir).
 */
#ifndef RESULTS_FIXTURE_H
#define RESULTS_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_loader.h"
#include "qk_store.h"

#define RF_SET_TEXT                                                                        \
    "format = 1;\nid = \"leder-kurs\";\ntitle = \"Ledelse; del 1\";\nlanguage = \"nb\";\n"  \
    "rounds = (\n {\n  id = \"r1\";\n  title = \"Grunnlag\";\n  questions = (\n"           \
    "   { id = \"q-single\"; type = \"single\"; text = \"Hva bygger tillit, \\\"først\\\"?\";\n" \
    "     answers = ( \"Åpenhet; ærlighet\", \"Kontroll, mye\", \"Frykt\" ); correct = 1;\n"  \
    "     explanation = \"Åpenhet bygger tillit.\"; },\n"                                     \
    "   { id = \"q-multi\"; type = \"multiple\"; text = \"Hva gjør en god leder?\";\n"        \
    "     answers = ( \"Lytter\", \"Avbryter\", \"Spør\" ); correct = [ 1, 3 ];\n"          \
    "     explanation = \"Lytter og spør.\"; },\n"                                            \
    "   { id = \"q-tf\"; type = \"truefalse\"; text = \"Ledere trenger ikke å lytte.\";\n"    \
    "     correct = false; explanation = \"Jo, de gjør.\"; time_limit = 20; }\n"              \
    "  );\n },\n {\n  id = \"r2\";\n  title = \"Praksis\";\n  questions = (\n"                \
    "   { id = \"q-order\"; type = \"order\"; text = \"Rekkefølge i en samtale\";\n"         \
    "     items = ( \"Hilse\", \"Lytte\", \"Avtale\" ); explanation = \"Slik.\"; },\n"        \
    "   { id = \"q-cat\"; type = \"categorize\"; text = \"Sorter\";\n"                        \
    "     categories = ( { name = \"Lov\"; items = ( \"Arbeidsmiljøloven\" ); },\n"          \
    "                    { name = \"Praksis\"; items = ( \"Medarbeidersamtale\" ); } );\n"   \
    "     explanation = \"Loven og praksisen.\"; }\n"                                         \
    "  );\n }\n);\n"

typedef struct {
    char dir[256], quizzes[300], db[300], setfile[340], station[340];
    qk_set *set;      /* the version now on the station */
    qk_set *old;      /* the version session 3 played (its file is gone) */
    time_t day;       /* local midnight of the sessions' day */
} rf_station;

static inline void rf_write(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        exit(2);
    }
    fputs(text, f);
    fclose(f);
}

static inline qk_record rf_rec(const qk_set *set, size_t r, size_t q, size_t n, const int *v,
                               bool correct, double credit, uint32_t ms, double points)
{
    qk_record rec;
    memset(&rec, 0, sizeof rec);
    rec.round = r;
    rec.question = &set->rounds[r].questions[q];
    rec.answer.n = n;
    for (size_t i = 0; i < n; i++)
        rec.answer.v[i] = v[i];
    rec.correct = correct;
    rec.credit = credit;
    rec.elapsed_ms = ms;
    rec.points = points;
    rec.timed_out = n == 0;
    return rec;
}

/* Makes the folder, the set file, the database and the history. */
static inline void rf_make(rf_station *rf, const char *tag)
{
    memset(rf, 0, sizeof *rf);
    snprintf(rf->dir, sizeof rf->dir, "/tmp/qk-results-%s-XXXXXX", tag);
    if (!mkdtemp(rf->dir)) {
        perror("mkdtemp");
        exit(2);
    }
    snprintf(rf->quizzes, sizeof rf->quizzes, "%s/quizzes", rf->dir);
    snprintf(rf->db, sizeof rf->db, "%s/results.db", rf->dir);
    snprintf(rf->setfile, sizeof rf->setfile, "%s/leder.cfg", rf->quizzes);
    snprintf(rf->station, sizeof rf->station, "%s/station.cfg", rf->dir);
    mkdir(rf->quizzes, 0755);
    qk_diags d;
    qk_diags_init(&d);
    /* The old version first: the same set with one more comment line. */
    rf_write(rf->setfile, "# first version\n" RF_SET_TEXT);
    rf->old = qk_set_load(rf->setfile, &d);
    rf_write(rf->setfile, RF_SET_TEXT);
    rf->set = qk_set_load(rf->setfile, &d);
    qk_diags_print(&d, stderr);
    qk_diags_clear(&d);
    if (!rf->set || !rf->old || !strcmp(rf->set->hash, rf->old->hash)) {
        fprintf(stderr, "results_fixture: the set did not load\n");
        exit(2);
    }
    char st[1024];
    snprintf(st, sizeof st, "station_id = \"Rådhuset; 2. etg\";\nquizzes_dir = \"%s\";\n"
             "results_db = \"%s\";\nlanguage = \"nb\";\n", rf->quizzes, rf->db);
    rf_write(rf->station, st);

    rf->day = qk_store_day_start(time(NULL)) - 86400; /* yesterday, local */
    time_t t0 = rf->day + 9 * 3600;
    qk_store *s = qk_store_open(rf->db);
    const qk_set *set = rf->set;
    int64_t id = qk_store_session_begin(s, "Rådhuset; 2. etg", set, false, t0);
    int wrong1[] = {1};
    int multi[] = {1, 0, 1};
    int tf[] = {1};
    int order[] = {1, 0, 2};
    int cat[] = {0, -1};
    qk_record recs[] = {
        rf_rec(set, 0, 0, 1, wrong1, false, 0, 4200, 0),
        rf_rec(set, 0, 1, 3, multi, true, 1, 6100, 1),
        rf_rec(set, 0, 2, 1, tf, false, 0, 20000, 0),
        rf_rec(set, 1, 0, 3, order, false, 0.5, 9000, 0.5),
        rf_rec(set, 1, 1, 2, cat, false, 0.5, 7000, 0.5),
    };
    for (size_t i = 0; i < sizeof recs / sizeof recs[0]; i++)
        qk_store_answer_at(s, id, set, &recs[i], t0 + 10 * (time_t)(i + 1));
    qk_store_session_end(s, id, QK_END_COMPLETED, 2, 6, t0 + 100);

    id = qk_store_session_begin(s, "Rådhuset; 2. etg", set, true, t0 + 200);
    int right1[] = {0};
    qk_record ap = rf_rec(set, 0, 0, 1, right1, true, 1, 100, 1);
    qk_store_answer_at(s, id, set, &ap, t0 + 210);
    qk_store_session_end(s, id, QK_END_COMPLETED, 1, 6, t0 + 220);

    id = qk_store_session_begin(s, "Rådhuset; 2. etg", rf->old, false, t0 + 300);
    qk_record to = rf_rec(rf->old, 0, 2, 0, NULL, false, 0, 20000, 0);
    qk_store_answer_at(s, id, rf->old, &to, t0 + 320);
    qk_store_session_end(s, id, QK_END_STOPPED, 0, 6, t0 + 330);
    if (!qk_store_ok(s)) {
        fprintf(stderr, "results_fixture: %s\n", qk_store_status(s));
        exit(2);
    }
    qk_store_close(s);
}

static inline void rf_free(rf_station *rf)
{
    qk_set_free(rf->set);
    qk_set_free(rf->old);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", rf->dir);
    if (system(cmd) != 0)
        fprintf(stderr, "results_fixture: could not remove %s\n", rf->dir);
}

#endif
