/* store_fixture.h: shared helpers for the results-store tests.
 *
 * A small question set built by hand (so the store can be tested without the
 * loader), answers filled in by hand as the engine would, a fresh temporary
 * folder per test, and direct SQLite queries to look at what the store wrote.
 * The station id and set title carry commas, quotes, line breaks and æøå so
 * that every export test meets them.
 */
#ifndef STORE_FIXTURE_H
#define STORE_FIXTURE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "qk_store.h"

#define FX_STATION "Rådhuset, 2. etg \"Læringstorget\"\nØst"
#define FX_TITLE "Ny leder, del 1: \"Tillit\" og ansvar\r\nfor ærlige øyeblikk på åpen dør"

static qk_choice fx_choices_a[] = {
    {"Tillit", true, -1, 10}, {"Kontroll", false, -1, 11}, {"Frykt", false, -1, 12}};
static qk_choice fx_choices_b[] = {
    {"Lytte", true, -1, 20}, {"Avbryte", false, -1, 21}, {"Spørre", true, -1, 22}};
static qk_question fx_round1[] = {
    {"p1-tillit", QK_Q_SINGLE, "Hva bygger en god leder på?", "Tillit.", NULL, 0, 1,
     true, false, false, 3, fx_choices_a, 0, NULL, 9, false},
    {"p2-lytte", QK_Q_MULTIPLE, "Hva gjør en god leder?", "Lytter og spør.", NULL, 0, 2,
     true, true, false, 3, fx_choices_b, 0, NULL, 19, false},
};
static qk_question fx_round2[] = {
    {"a1-påstand", QK_Q_TRUEFALSE, "Ledere trenger ikke å lytte.", "Jo, de gjør.", NULL,
     20, 1, false, false, false, 0, NULL, 0, NULL, 30, false},
};
static qk_round fx_rounds[] = {
    {"prinsipper", "Prinsipper", NULL, 0, true, 2, fx_round1, 5},
    {"atferd", "Atferd", NULL, 0, true, 1, fx_round2, 25},
};
static qk_set fx_set __attribute__((unused)) = {
    QK_FORMAT_VERSION, "ks-leder", FX_TITLE, "nb", NULL, QK_SCORING_ACCURACY, 0,
    "fixture.cfg", ".", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
    2, fx_rounds};

/* A record as the engine would make it for question q of round r. */
static inline qk_record fx_record(size_t r, size_t q, int choice, bool correct,
                                  uint32_t ms, double points)
{
    qk_record rec;
    memset(&rec, 0, sizeof rec);
    rec.round = r;
    rec.question = &fx_rounds[r].questions[q];
    rec.answer.n = 1;
    rec.answer.v[0] = choice;
    rec.correct = correct;
    rec.credit = correct ? 1.0 : 0.0;
    rec.elapsed_ms = ms;
    rec.points = points;
    return rec;
}

static char fx_dirs[64][256];
static int fx_ndirs;

/* A fresh folder under /tmp; the path stays valid for the program's life. */
static inline const char *fx_tmpdir(const char *tag)
{
    if (fx_ndirs == 64) {
        fprintf(stderr, "fx_tmpdir: too many folders\n");
        exit(2);
    }
    char *b = fx_dirs[fx_ndirs++];
    snprintf(b, 256, "/tmp/qk-store-%s-XXXXXX", tag);
    if (!mkdtemp(b)) {
        perror("mkdtemp");
        exit(2);
    }
    return b;
}

/* rm -r of a folder made by the tests (no symlinks are followed). */
static inline void fx_rm(const char *p)
{
    struct stat sb;
    if (lstat(p, &sb) != 0)
        return;
    if (S_ISDIR(sb.st_mode)) {
        chmod(p, 0755);
        DIR *d = opendir(p);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            size_t n = strlen(p) + strlen(e->d_name) + 2;
            char *sub = malloc(n);
            if (!sub)
                break;
            snprintf(sub, n, "%s/%s", p, e->d_name);
            fx_rm(sub);
            free(sub);
        }
        if (d)
            closedir(d);
        rmdir(p);
    } else {
        unlink(p);
    }
}

/* Removes every folder fx_tmpdir made, unless a test failed (then they are
 * kept, and named, for a look). */
static inline void fx_cleanup(int failed)
{
    for (int i = 0; i < fx_ndirs; i++) {
        if (failed)
            fprintf(stderr, "kept %s\n", fx_dirs[i]);
        else
            fx_rm(fx_dirs[i]);
    }
}

static inline const char *fx_join(const char *dir, const char *name)
{
    static char bufs[64][512];
    static int next;
    char *b = bufs[next++ % 64];
    snprintf(b, 512, "%s/%s", dir, name);
    return b;
}

/* Runs a query straight on the file; first column of the first row, or -999. */
static inline long long fx_int(const char *db_path, const char *sql)
{
    sqlite3 *db = NULL;
    long long v = -999;
    if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return v;
}

/* The same for text; writes "" when there is no row, "(error)" on failure. */
static inline const char *fx_text(const char *db_path, const char *sql)
{
    static char buf[4096];
    sqlite3 *db = NULL;
    snprintf(buf, sizeof buf, "(error)");
    if (sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
            int rc = sqlite3_step(s);
            if (rc == SQLITE_ROW) {
                const unsigned char *t = sqlite3_column_text(s, 0);
                snprintf(buf, sizeof buf, "%s", t ? (const char *)t : "");
            } else if (rc == SQLITE_DONE) {
                buf[0] = '\0';
            }
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return buf;
}

static inline int fx_exec(const char *db_path, const char *sql)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open(db_path, &db);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc;
}

static inline long fx_file_size(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 ? (long)sb.st_size : -1;
}

static inline bool fx_contains(const char *hay, const char *needle)
{
    return hay && needle && strstr(hay, needle) != NULL;
}

#endif
