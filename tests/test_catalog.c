/* test_catalog.c: set discovery in the quizzes folder: good and bad sets, only
 * bad sets, reload after adding, changing and removing files, the choice of the
 * active set with its fall-backs, the saved choice across catalogs, and a
 * start on the small files only (qk_catalog_open_within). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_catalog.h"
#include "qk_i18n.h"
#include "qk_test.h"

static char tmp[256], quizzes[300], results[300];

static void sh(const char *fmt, const char *a)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, fmt, a, a, a);
    if (system(cmd) != 0)
        fprintf(stderr, "command failed: %s\n", cmd);
}

/* A fresh temp folder with quizzes/ holding a copy of tests/station_sets/. */
static void setup(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/qk-catalog-XXXXXX");
    if (!mkdtemp(tmp))
        abort();
    snprintf(quizzes, sizeof quizzes, "%s/quizzes", tmp);
    snprintf(results, sizeof results, "%s/data/results.db", tmp);
    char cmd[800];
    snprintf(cmd, sizeof cmd, "cp -r '%s/station_sets' '%s'", QK_TESTS_DIR, quizzes);
    if (system(cmd) != 0)
        abort();
}

static void teardown(void)
{
    sh("rm -rf '%s'", tmp);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

static void remove_file(const char *dir, const char *name)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

static char *make_set(const char *id, const char *title)
{
    static char buf[1024];
    snprintf(buf, sizeof buf,
             "format = 1;\nid = \"%s\";\ntitle = \"%s\";\nlanguage = \"nb\";\n"
             "rounds = ( { id = \"r1\"; title = \"R\"; questions = (\n"
             "  { id = \"q1\"; type = \"truefalse\"; text = \"T?\"; correct = false;\n"
             "    explanation = \"E.\"; } ); } );\n",
             id, title);
    return buf;
}

static void station(qk_station *st, const char *active_set)
{
    if (!qk_station_defaults(st, quizzes))
        abort();
    free(st->results_db);
    st->results_db = strdup(results);
    if (active_set)
        st->active_set = strdup(active_set);
}

static bool diags_mention(const qk_diags *d, qk_severity sev, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].severity == sev &&
            (strstr(d->items[i].message, needle) || strstr(d->items[i].file, needle)))
            return true;
    return false;
}

static void test_good_and_bad(void)
{
    setup();
    write_file(quizzes, "notes.txt", "not a set\n");
    write_file(quizzes, ".hidden.cfg", "garbage");
    sh("mkdir '%s/quizzes/pictures.cfg'", tmp);
    qk_station st;
    station(&st, NULL);
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_INT(qk_catalog_count(cat), 2);
    QK_CHECK_STR(qk_catalog_set(cat, 0)->id, "god-ledelse");
    QK_CHECK_STR(qk_catalog_set(cat, 1)->id, "helse");
    QK_CHECK(qk_catalog_set(cat, 2) == NULL);
    QK_CHECK_INT(qk_catalog_bad_count(cat), 2);
    QK_CHECK(strstr(qk_catalog_bad_path(cat, 0), "b-broken.cfg") != NULL);
    QK_CHECK(strstr(qk_catalog_bad_path(cat, 1), "d-syntax.cfg") != NULL);
    for (size_t i = 0; i < qk_catalog_bad_count(cat); i++) {
        const qk_diags *bd = qk_catalog_bad_diags(cat, i);
        QK_CHECK(bd->errors > 0);
        QK_CHECK(bd->count > 0 && bd->items[0].line > 0);
        QK_CHECK(bd->count > 0 && !strcmp(bd->items[0].file, qk_catalog_bad_path(cat, i)));
    }
    /* The caller's list has every bad file's errors, for the log. */
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "b-broken.cfg"));
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "d-syntax.cfg"));
    QK_CHECK(!diags_mention(&d, QK_DIAG_ERROR, "notes.txt"));
    QK_CHECK(!diags_mention(&d, QK_DIAG_ERROR, "hidden"));
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK_INT(qk_catalog_active_index(cat), 0);
    QK_CHECK_STR(qk_catalog_note(cat), "");
    QK_CHECK_STR(qk_catalog_folder(cat), quizzes);
    QK_CHECK(strstr(qk_catalog_state_path(cat), "/data/active-set") != NULL);
    QK_CHECK_STR(qk_catalog_find(cat, "helse")->title, "Test set helse");
    QK_CHECK(qk_catalog_find(cat, "broken") == NULL);
    QK_CHECK(qk_catalog_owns(cat, qk_catalog_active(cat)));
    /* What the trainer menu shows: the skipped files with their first error. */
    char problems[800];
    qk_catalog_problems(cat, problems, sizeof problems);
    QK_CHECK(strstr(problems, "Hoppet over 2 sett med feil") != NULL);
    char expect[300];
    const qk_diag *first = &qk_catalog_bad_diags(cat, 0)->items[0];
    snprintf(expect, sizeof expect, "\nb-broken.cfg:%d: %s", first->line, first->message);
    QK_CHECK(strstr(problems, expect) != NULL);
    QK_CHECK(strstr(problems, "\nd-syntax.cfg:") != NULL);
    QK_CHECK(strstr(problems, tmp) == NULL); /* names the file, not the whole path */
    char tiny[8];
    qk_catalog_problems(cat, tiny, sizeof tiny);
    QK_CHECK(strlen(tiny) < sizeof tiny);
    qk_catalog_free(cat);
    qk_catalog_free(NULL);
    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

static void test_only_bad(void)
{
    setup();
    remove_file(quizzes, "a-god-ledelse.cfg");
    remove_file(quizzes, "c-helse.cfg");
    qk_station st;
    station(&st, NULL);
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_catalog_open(&st, &d) == NULL);
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "none of the 2 question sets"));
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "b-broken.cfg"));
    qk_diags_clear(&d);

    /* An empty folder, and a missing one. */
    remove_file(quizzes, "b-broken.cfg");
    remove_file(quizzes, "d-syntax.cfg");
    QK_CHECK(qk_catalog_open(&st, &d) == NULL);
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "no question sets"));
    qk_diags_clear(&d);
    sh("rmdir '%s/quizzes'", tmp);
    QK_CHECK(qk_catalog_open(&st, &d) == NULL);
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "cannot read the quizzes folder"));
    qk_diags_clear(&d);
    qk_station_free(&st);
    teardown();
}

static void test_duplicate_id(void)
{
    setup();
    write_file(quizzes, "z-copy.cfg", make_set("helse", "Copy"));
    qk_station st;
    station(&st, NULL);
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_INT(qk_catalog_count(cat), 2);
    QK_CHECK_STR(qk_catalog_find(cat, "helse")->title, "Test set helse");
    QK_CHECK_INT(qk_catalog_bad_count(cat), 3);
    QK_CHECK(strstr(qk_catalog_bad_path(cat, 2), "z-copy.cfg") != NULL);
    QK_CHECK(diags_mention(&d, QK_DIAG_ERROR, "already used by"));
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

/* Reload picks up added, changed and removed files; the old catalog and its
 * sets stay valid until freed (a session in progress keeps its set). */
static void test_reload(void)
{
    setup();
    qk_station st;
    station(&st, "helse");
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    const qk_set *session_set = qk_catalog_active(cat);
    QK_CHECK_STR(session_set->id, "helse");

    write_file(quizzes, "e-ny.cfg", make_set("ny", "Nytt sett"));
    qk_catalog *c2 = qk_catalog_reload(cat, &d);
    QK_REQUIRE(c2 != NULL);
    QK_CHECK_INT(qk_catalog_count(c2), 3);
    QK_CHECK_STR(qk_catalog_find(c2, "ny")->title, "Nytt sett");
    QK_CHECK_STR(qk_catalog_active(c2)->id, "helse");
    QK_CHECK(!qk_catalog_owns(c2, session_set));
    QK_CHECK(qk_catalog_owns(cat, session_set));
    QK_CHECK_INT(qk_catalog_count(cat), 2); /* the old one is unchanged */

    write_file(quizzes, "c-helse.cfg", make_set("helse", "Helse, ny versjon"));
    qk_catalog *c3 = qk_catalog_reload(c2, &d);
    QK_REQUIRE(c3 != NULL);
    QK_CHECK_STR(qk_catalog_find(c3, "helse")->title, "Helse, ny versjon");
    QK_CHECK_STR(session_set->title, "Test set helse"); /* the session's copy */
    qk_catalog_free(c2);

    remove_file(quizzes, "a-god-ledelse.cfg");
    write_file(quizzes, "b-broken.cfg", make_set("broken", "Fixed now"));
    qk_catalog *c4 = qk_catalog_reload(c3, &d);
    QK_REQUIRE(c4 != NULL);
    QK_CHECK(qk_catalog_find(c4, "god-ledelse") == NULL);
    QK_CHECK(qk_catalog_find(c4, "broken") != NULL);
    QK_CHECK_INT(qk_catalog_count(c4), 3);
    QK_CHECK_INT(qk_catalog_bad_count(c4), 1);
    qk_catalog_free(c3);

    /* A file that turns bad: the station keeps the version it has in memory
     * (issue 12; it used to fall back to the first valid set). */
    const qk_set *before = qk_catalog_active(c4);
    QK_CHECK(!qk_catalog_active_kept(c4));
    write_file(quizzes, "c-helse.cfg", "format = 1;\nid = \"helse\";\ntitle = \"Half\";\n");
    qk_catalog *c5 = qk_catalog_reload(c4, &d);
    QK_REQUIRE(c5 != NULL);
    QK_CHECK_STR(qk_catalog_active(c5)->id, "helse");
    QK_CHECK(qk_catalog_active(c5) == before); /* the very version, shared */
    QK_CHECK(qk_catalog_active_kept(c5));
    QK_CHECK(qk_catalog_owns(c5, before));
    QK_CHECK(strstr(qk_catalog_note(c5), "'helse'") != NULL);
    qk_catalog_free(c4);
    QK_CHECK_STR(qk_catalog_active(c5)->title, "Helse, ny versjon"); /* outlives c4 */

    /* Every set gone: reload fails and the caller keeps what it has. */
    sh("rm -f '%s'/quizzes/*.cfg", tmp);
    qk_diags_clear(&d);
    QK_CHECK(qk_catalog_reload(c5, &d) == NULL);
    QK_CHECK(diags_mention(&d, QK_DIAG_WARNING, "stay in use"));
    QK_CHECK_STR(qk_catalog_active(c5)->id, "helse");
    qk_catalog_free(c5);

    QK_CHECK_STR(session_set->id, "helse"); /* still readable until its catalog goes */
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

static void test_active_fallback(void)
{
    setup();
    qk_station st;
    station(&st, "nope");
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(strstr(qk_catalog_note(cat), "'nope'") != NULL);
    QK_CHECK(strstr(qk_catalog_note(cat), "running 'god-ledelse'") != NULL);
    QK_CHECK(diags_mention(&d, QK_DIAG_WARNING, "active_set 'nope'"));
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);

    /* An invalid set named in the station file is not used either. */
    station(&st, "broken");
    cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(strstr(qk_catalog_note(cat), "'broken'") != NULL);
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

/* The trainer's choice wins over the station file and survives a new catalog
 * (a restart); a saved choice whose set has gone falls back to active_set. */
static void test_saved_choice(void)
{
    setup();
    qk_station st;
    station(&st, "god-ledelse");
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(!qk_catalog_choose(cat, "nope", &d));
    QK_CHECK(!qk_catalog_choose(cat, "broken", &d));
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(qk_catalog_choose(cat, "helse", &d));
    QK_CHECK_STR(qk_catalog_active(cat)->id, "helse");
    QK_CHECK_INT(d.warnings, 0);

    FILE *f = fopen(qk_catalog_state_path(cat), "r");
    QK_REQUIRE(f != NULL);
    char line[64] = "";
    QK_CHECK(fgets(line, sizeof line, f) != NULL);
    fclose(f);
    QK_CHECK_STR(line, "helse\n");

    /* Reload keeps the choice. */
    qk_catalog *c2 = qk_catalog_reload(cat, &d);
    QK_REQUIRE(c2 != NULL);
    QK_CHECK_STR(qk_catalog_active(c2)->id, "helse");
    qk_catalog_free(c2);
    qk_catalog_free(cat);

    /* A restart: a new catalog from the same station file. */
    cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "helse");
    QK_CHECK_STR(qk_catalog_note(cat), "");
    qk_catalog_free(cat);

    /* The chosen set disappears: the station file's active_set is next. */
    remove_file(quizzes, "c-helse.cfg");
    cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(strstr(qk_catalog_note(cat), "'helse' chosen in the trainer menu") != NULL);
    /* ...and comes back after a reload. */
    write_file(quizzes, "c-helse.cfg", make_set("helse", "Back"));
    qk_catalog *c3 = qk_catalog_reload(cat, &d);
    QK_REQUIRE(c3 != NULL);
    QK_CHECK_STR(qk_catalog_active(c3)->id, "helse");
    qk_catalog_free(c3);
    qk_catalog_free(cat);

    /* A damaged saved-choice file is ignored with a warning. */
    qk_diags_clear(&d);
    sh("printf 'not an id!\\n' > '%s/data/active-set'", tmp);
    cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(diags_mention(&d, QK_DIAG_WARNING, "not a set id"));
    qk_catalog_free(cat);

    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

/* The set the station fell back to (no choice, no active_set) is gone: the
 * note names it (it was read from freed memory: garbage, a use-after-free under
 * ASan), the first valid set runs and becomes the new fallback. */
static void test_fallback_set_gone(void)
{
    setup();
    qk_station st;
    station(&st, NULL);
    sh("mkdir -p '%s/data'", tmp);
    sh("printf 'gone-set\\nfallback\\n' > '%s/data/active-set'", tmp);
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(strstr(qk_catalog_note(cat), "'gone-set' the station ran before") != NULL);
    FILE *f = fopen(qk_catalog_state_path(cat), "r");
    QK_REQUIRE(f != NULL);
    char line[64] = "";
    QK_CHECK(fgets(line, sizeof line, f) != NULL);
    fclose(f);
    QK_CHECK_STR(line, "god-ledelse\n");
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

/* When the choice cannot be saved, it still applies, with a warning. */
static void test_choice_not_saved(void)
{
    setup();
    qk_station st;
    station(&st, NULL);
    sh("touch '%s/data'", tmp); /* a file where the results folder should be */
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK(qk_catalog_choose(cat, "helse", &d));
    QK_CHECK_STR(qk_catalog_active(cat)->id, "helse");
    QK_CHECK(diags_mention(&d, QK_DIAG_WARNING, "cannot save the choice"));
    QK_CHECK(qk_catalog_choose(cat, "god-ledelse", NULL));
    qk_catalog_free(cat);
    qk_station_free(&st);
    qk_diags_clear(&d);
    teardown();
}

static long file_bytes(const char *dir, const char *name)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct stat sb;
    return stat(path, &sb) == 0 ? (long)sb.st_size : -1;
}

static bool state_exists(void)
{
    char path[400];
    snprintf(path, sizeof path, "%s/data/active-set", tmp);
    return access(path, F_OK) == 0;
}

/* A start on the files within a byte budget, smallest first: a larger valid
 * set is left for the whole folder's catalog, a fallback is not saved from
 * the part, a saved choice of the larger set is kept, and with no valid set
 * in the budget the smallest further files are read until one is. Fails
 * with a catalog that reads everything (complete, 'big' found) or drops a
 * small set. */
static void test_open_within(void)
{
    setup();
    long small = file_bytes(quizzes, "a-god-ledelse.cfg") + file_bytes(quizzes, "b-broken.cfg") +
                 file_bytes(quizzes, "c-helse.cfg") + file_bytes(quizzes, "d-syntax.cfg");
    /* 'big' is larger than the other four together (a long comment). */
    char *text = malloc((size_t)small + 2048);
    QK_REQUIRE(text != NULL);
    int n = snprintf(text, 2048, "# ");
    memset(text + n, 'x', (size_t)small);
    snprintf(text + n + small, 2048 - (size_t)n, "\n%s", make_set("big", "Big"));
    write_file(quizzes, "0-big.cfg", text); /* sorts first, read last */
    free(text);
    qk_station st;
    station(&st, NULL);
    qk_diags d;
    qk_diags_init(&d);
    bool complete = true;
    qk_catalog *cat = qk_catalog_open_within(&st, (size_t)small, &complete, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK(!complete);
    QK_CHECK_INT(qk_catalog_count(cat), 2);
    QK_CHECK(qk_catalog_find(cat, "god-ledelse") != NULL);
    QK_CHECK(qk_catalog_find(cat, "helse") != NULL);
    QK_CHECK(qk_catalog_find(cat, "big") == NULL);
    QK_CHECK_INT(qk_catalog_bad_count(cat), 2);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    QK_CHECK(!state_exists()); /* the fallback is the whole folder's to save */
    qk_catalog_free(cat);
    qk_diags_clear(&d);

    /* The whole folder: 'big' is the first valid set, saved as the fallback. */
    cat = qk_catalog_open_within(&st, SIZE_MAX, &complete, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK(complete);
    QK_CHECK_INT(qk_catalog_count(cat), 3);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "big");
    QK_CHECK(state_exists());
    /* The trainer chooses 'big': a start on the part runs another set for
     * now and keeps the choice on disk; the whole folder follows it. */
    QK_CHECK(qk_catalog_choose(cat, "big", &d));
    qk_catalog_free(cat);
    qk_diags_clear(&d);
    cat = qk_catalog_open_within(&st, (size_t)small, &complete, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK(!complete);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "god-ledelse");
    qk_catalog_free(cat);
    qk_diags_clear(&d);
    cat = qk_catalog_open(&st, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "big");
    qk_catalog_free(cat);
    qk_diags_clear(&d);

    /* Nothing valid within the budget: the smallest files are read, one by
     * one, until a set is valid; the rest are left. */
    cat = qk_catalog_open_within(&st, 0, &complete, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK(!complete);
    QK_CHECK_INT(qk_catalog_count(cat), 1);
    qk_catalog_free(cat);
    qk_diags_clear(&d);
    /* Only the large set is valid: it is read, whatever the budget. */
    remove_file(quizzes, "a-god-ledelse.cfg");
    remove_file(quizzes, "c-helse.cfg");
    cat = qk_catalog_open_within(&st, 0, &complete, &d);
    QK_REQUIRE(cat != NULL);
    QK_CHECK(complete);
    QK_CHECK_INT(qk_catalog_count(cat), 1);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "big");
    QK_CHECK_INT(qk_catalog_bad_count(cat), 2);
    qk_catalog_free(cat);
    qk_diags_clear(&d);
    qk_station_free(&st);
    teardown();
}

int main(void)
{
    /* The menu's list of problems is checked in bokmål (the default); the
     * messages after it in English; test_diag_lang checks nb/nn/en. */
    qk_i18n_set_lang(QK_LANG_NB);
    QK_RUN(test_good_and_bad);
    qk_i18n_set_lang(QK_LANG_EN);
    QK_RUN(test_only_bad);
    QK_RUN(test_duplicate_id);
    QK_RUN(test_reload);
    QK_RUN(test_active_fallback);
    QK_RUN(test_saved_choice);
    QK_RUN(test_choice_not_saved);
    QK_RUN(test_fallback_set_gone);
    QK_RUN(test_open_within);
    return qk_test_summary();
}
