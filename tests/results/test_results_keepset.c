/* test_results_keepset.c: a station keeps its set (issue 12).
 *
 * Seen by a trainer: a draft set added to the quizzes folder, then "Reload",
 * switched a live station to the draft because it sorted first. Here: a new
 * set that sorts first changes the active set neither on reload nor on a
 * restart (a new catalog from the same folder and state file), whether the set
 * running was chosen in the menu, named in the station file or only fallen
 * back to; the station file's active_set still wins over a fallback; and when
 * the active set's file goes or turns invalid, the version in memory stays
 * active and the note says so in the station's language.
 */
#include "qk_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_catalog.h"
#include "qk_i18n.h"

static char tmp[256], quizzes[300], results[300];

static void fresh(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/qk-keepset-XXXXXX");
    if (!mkdtemp(tmp))
        abort();
    snprintf(quizzes, sizeof quizzes, "%s/quizzes", tmp);
    snprintf(results, sizeof results, "%s/data/results.db", tmp);
    mkdir(quizzes, 0755);
}

static void cleanup(void)
{
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmp);
}

static void put_set(const char *file, const char *id, const char *title)
{
    char path[400], text[1024];
    snprintf(path, sizeof path, "%s/%s", quizzes, file);
    snprintf(text, sizeof text,
             "format = 1;\nid = \"%s\";\ntitle = \"%s\";\nlanguage = \"nb\";\n"
             "rounds = ( { id = \"r1\"; title = \"R\"; questions = (\n"
             "  { id = \"q1\"; type = \"truefalse\"; text = \"Sant?\"; correct = false;\n"
             "    explanation = \"Nei.\"; } ); } );\n", id, title);
    FILE *f = fopen(path, "w");
    if (!f)
        abort();
    fputs(text, f);
    fclose(f);
}

static void station(qk_station *st, const char *active_set)
{
    if (!qk_station_defaults(st, quizzes))
        abort();
    free(st->results_db);
    st->results_db = strdup(results);
    free(st->quizzes_dir);
    st->quizzes_dir = strdup(quizzes);
    if (active_set)
        st->active_set = strdup(active_set);
}

static qk_catalog *open_cat(const char *active_set)
{
    qk_station st;
    station(&st, active_set);
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *cat = qk_catalog_open(&st, &d);
    qk_diags_clear(&d);
    qk_station_free(&st);
    return cat;
}

static qk_catalog *reload(qk_catalog *cat)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_catalog *fresh_cat = qk_catalog_reload(cat, &d);
    qk_diags_clear(&d);
    if (fresh_cat)
        qk_catalog_free(cat);
    return fresh_cat ? fresh_cat : cat;
}

/* Nothing chosen, nothing in the station file: the first set found runs, and
 * goes on running when a draft that sorts first is added. */
static void test_fallback_is_kept(void)
{
    fresh();
    put_set("m-kurs.cfg", "kurs", "Kurset");
    qk_catalog *cat = open_cat(NULL);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "kurs");
    put_set("a-utkast.cfg", "utkast", "Utkast");
    cat = reload(cat);
    QK_CHECK_INT(qk_catalog_count(cat), 2);
    QK_CHECK_STR(qk_catalog_set(cat, 0)->id, "utkast"); /* listed first... */
    QK_CHECK_STR(qk_catalog_active(cat)->id, "kurs");  /* ...but not active */
    QK_CHECK_STR(qk_catalog_note(cat), "");
    qk_catalog_free(cat);
    /* A restart. */
    cat = open_cat(NULL);
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "kurs");
    QK_CHECK_STR(qk_catalog_note(cat), "");
    qk_catalog_free(cat);
    /* The station file names a set: that wins over a fallback. */
    cat = open_cat("utkast");
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "utkast");
    qk_catalog_free(cat);
    cleanup();
}

/* Chosen in the menu: kept through reloads and restarts. */
static void test_choice_is_kept(void)
{
    fresh();
    put_set("b-en.cfg", "en", "En");
    put_set("c-to.cfg", "to", "To");
    qk_catalog *cat = open_cat("en");
    QK_REQUIRE(cat != NULL);
    QK_CHECK(qk_catalog_choose(cat, "to", NULL));
    put_set("a-ny.cfg", "ny", "Ny");
    cat = reload(cat);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "to");
    qk_catalog_free(cat);
    cat = open_cat("en"); /* the menu's choice outranks the station file */
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "to");
    qk_catalog_free(cat);
    cleanup();
}

/* Named in the station file: a new set sorting first changes nothing. */
static void test_station_file_is_kept(void)
{
    fresh();
    put_set("m-kurs.cfg", "kurs", "Kurset");
    qk_catalog *cat = open_cat("kurs");
    QK_REQUIRE(cat != NULL);
    put_set("0-forst.cfg", "forst", "Først");
    cat = reload(cat);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "kurs");
    qk_catalog_free(cat);
    cat = open_cat("kurs");
    QK_REQUIRE(cat != NULL);
    QK_CHECK_STR(qk_catalog_active(cat)->id, "kurs");
    qk_catalog_free(cat);
    cleanup();
}

/* The active set's file goes, or turns invalid: the version in memory stays. */
static void test_vanished_set_stays_in_memory(void)
{
    fresh();
    put_set("a-annet.cfg", "annet", "Annet");
    put_set("m-kurs.cfg", "kurs", "Kurset");
    qk_catalog *cat = open_cat("kurs");
    QK_REQUIRE(cat != NULL);
    const qk_set *running = qk_catalog_active(cat);
    char path[400];
    snprintf(path, sizeof path, "%s/m-kurs.cfg", quizzes);
    unlink(path);
    qk_i18n_set_lang(QK_LANG_NB);
    cat = reload(cat); /* frees the old catalog: the set lives on in the new one */
    QK_CHECK(qk_catalog_active(cat) == running);
    QK_CHECK_STR(qk_catalog_active(cat)->title, "Kurset");
    QK_CHECK(qk_catalog_active_kept(cat));
    QK_CHECK(strstr(qk_catalog_note(cat), "'kurs'") != NULL);
    QK_CHECK(strstr(qk_catalog_note(cat), "versjonen den lastet før") != NULL);
    char problems[2000];
    qk_catalog_problems(cat, problems, sizeof problems);
    QK_CHECK(strstr(problems, "'kurs'") != NULL);
    /* A second reload keeps it too. */
    put_set("0-forst.cfg", "forst", "Først");
    cat = reload(cat);
    QK_CHECK(qk_catalog_active(cat) == running);
    /* The file comes back, invalid: still the version in memory. */
    FILE *f = fopen(path, "w");
    fputs("format = 1;\nid = \"kurs\";\n", f);
    fclose(f);
    cat = reload(cat);
    QK_CHECK(qk_catalog_active(cat) == running);
    QK_CHECK_INT(qk_catalog_bad_count(cat), 1);
    /* Fixed: the new version of the same set becomes active. */
    put_set("m-kurs.cfg", "kurs", "Kurset, rettet");
    cat = reload(cat);
    QK_CHECK_STR(qk_catalog_active(cat)->title, "Kurset, rettet");
    QK_CHECK(!qk_catalog_active_kept(cat));
    qk_catalog_free(cat);
    cleanup();
}

int main(void)
{
    QK_RUN(test_fallback_is_kept);
    QK_RUN(test_choice_is_kept);
    QK_RUN(test_station_file_is_kept);
    QK_RUN(test_vanished_set_stays_in_memory);
    return qk_test_summary();
}
