/* test_loader.c: the question-set loader and validator (qk_loader.h, qk_model.h).
 *
 * Three kinds of test:
 *  - golden files: every tests/bad_sets/NN_name.cfg must fail to load with, for
 *    each line "LINE:gist" of NN_name.expect, an error at exactly LINE whose
 *    message contains the gist; faults that cannot be committed (binary junk,
 *    a 16 MB file, symbolic links) are made in a temporary folder here;
 *  - every tests/good_sets file must load with no error, and the model built
 *    from them is checked field by field (0-based indices, defaults);
 *  - the example in docs/question-sets.md must be byte for byte the file
 *    tests/good_sets/doc_example.cfg, so the documentation cannot drift.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_loader.h"
#include "qk_model.h"
#include "qk_test.h"

static char tmpdir[256];

static char *read_all(const char *path, size_t *len_out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap + 1);
    size_t n;
    while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    if (buf)
        buf[len] = '\0';
    if (len_out)
        *len_out = len;
    return buf;
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return;
    fwrite(data, 1, len, f);
    fclose(f);
}

static bool has_diag(const qk_diags *d, qk_severity sev, int line, const char *gist)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].severity == sev && d->items[i].line == line &&
            strstr(d->items[i].message, gist))
            return true;
    return false;
}

static void dump_diags(const qk_diags *d)
{
    qk_diags_print(d, stderr);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names of the files in `dir` ending in `suffix`. */
static size_t list_files(const char *dir, const char *suffix, char ***out)
{
    DIR *d = opendir(dir);
    size_t n = 0, cap = 0;
    char **names = NULL;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name), sl = strlen(suffix);
        if (l <= sl || strcmp(e->d_name + l - sl, suffix) != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof *names);
        }
        names[n++] = strdup(e->d_name);
    }
    if (d)
        closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    *out = names;
    return n;
}

static void free_list(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

/* ------------------------------------------------------------------------ */

static void test_bad_sets_golden(void)
{
    char **names;
    size_t n = list_files(QK_TESTS_DIR "/bad_sets", ".cfg", &names);
    QK_CHECK(n >= 35);
    for (size_t i = 0; i < n; i++) {
        char path[512], expect_path[512];
        snprintf(path, sizeof path, "%s/bad_sets/%s", QK_TESTS_DIR, names[i]);
        snprintf(expect_path, sizeof expect_path, "%.*s.expect", (int)(strlen(path) - 4), path);
        char *expect = read_all(expect_path, NULL);
        if (!expect) {
            fprintf(stderr, "%s: no .expect file beside it\n", names[i]);
            QK_CHECK(expect != NULL);
            continue;
        }
        qk_diags d;
        qk_diags_init(&d);
        qk_set *set = qk_set_load(path, &d);
        bool ok = set == NULL && d.errors > 0;
        int n_expect = 0;
        for (char *ln = strtok(expect, "\n"); ln; ln = strtok(NULL, "\n")) {
            char *colon = strchr(ln, ':');
            if (!colon)
                continue;
            *colon = '\0';
            int line = atoi(ln);
            n_expect++;
            if (!has_diag(&d, QK_DIAG_ERROR, line, colon + 1)) {
                fprintf(stderr, "%s: expected an error at line %d with \"%s\"\n", names[i], line,
                        colon + 1);
                ok = false;
            }
        }
        if (n_expect == 0)
            ok = false;
        if (!ok) {
            fprintf(stderr, "%s: got:\n", names[i]);
            dump_diags(&d);
        }
        QK_CHECK(ok);
        qk_set_free(set);
        qk_diags_clear(&d);
        free(expect);
    }
    free_list(names, n);
}

static void test_several_faults_all_reported(void)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load(QK_TESTS_DIR "/bad_sets/88_several_faults.cfg", &d);
    QK_CHECK(set == NULL);
    QK_CHECK_INT(d.errors, 6);
    QK_CHECK_INT(d.count, 6);
    qk_set_free(set);
    qk_diags_clear(&d);
}

static void test_binary_garbage(void)
{
    /* Deterministic junk with control bytes and a NUL. */
    static const char junk[] = "format = 1;\n\x01\x02\xfe\xff\x00\x10zz";
    char path[512];
    snprintf(path, sizeof path, "%s/junk.cfg", tmpdir);
    write_file(path, junk, sizeof junk - 1);
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load(path, &d);
    QK_CHECK(set == NULL);
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 2, "binary"));
    qk_diags_clear(&d);

    /* Random bytes of every value: must fail cleanly, never crash. */
    unsigned seed = 12345;
    for (int round = 0; round < 20; round++) {
        char buf[4096];
        for (size_t i = 0; i < sizeof buf; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)(seed >> 16);
        }
        write_file(path, buf, sizeof buf);
        set = qk_set_load(path, &d);
        QK_CHECK(set == NULL);
        QK_CHECK(d.errors >= 1);
        qk_set_free(set);
        qk_diags_clear(&d);
    }
}

static void test_file_too_large(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/huge.cfg", tmpdir);
    FILE *f = fopen(path, "wb");
    QK_REQUIRE(f != NULL);
    fclose(f);
    /* Sparse: the size counts, not the disk space. */
    QK_REQUIRE(truncate(path, (off_t)QK_MAX_FILE_BYTES + 1) == 0);
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load(path, &d);
    QK_CHECK(set == NULL);
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 0, "at most 16 MB"));
    qk_diags_clear(&d);
    unlink(path);

    /* Exactly at the limit passes the size check (then fails as NUL bytes). */
    f = fopen(path, "wb");
    QK_REQUIRE(f != NULL);
    fclose(f);
    QK_REQUIRE(truncate(path, (off_t)QK_MAX_FILE_BYTES) == 0);
    set = qk_set_load(path, &d);
    QK_CHECK(set == NULL);
    QK_CHECK(!has_diag(&d, QK_DIAG_ERROR, 0, "at most 16 MB"));
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 1, "NUL byte"));
    qk_diags_clear(&d);
    unlink(path);
}

static const char pic_set[] =
    "format = 1; id = \"pics\"; title = \"Pictures\"; language = \"nb\";\n"
    "rounds = ( { id = \"r\"; title = \"R\"; questions = (\n"
    "  { id = \"a\"; type = \"truefalse\"; text = \"T\"; correct = true; explanation = \"E\";\n"
    "    picture = \"%s\"; }\n"
    "); } );\n";

static void test_pictures(void)
{
    char dir[512], path[600], text[1024], outside[600];
    snprintf(dir, sizeof dir, "%s/pics", tmpdir);
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/bilder", dir);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/bilder/kart.png", dir);
    write_file(path, "png", 3);
    snprintf(outside, sizeof outside, "%s/secret.png", tmpdir);
    write_file(outside, "png", 3);
    snprintf(path, sizeof path, "%s/escape.png", dir);
    QK_REQUIRE(symlink(outside, path) == 0);
    snprintf(path, sizeof path, "%s/inside.png", dir);
    QK_REQUIRE(symlink("bilder/kart.png", path) == 0);

    qk_diags d;
    qk_diags_init(&d);
    char setpath[600];
    snprintf(setpath, sizeof setpath, "%s/set.cfg", dir);

    /* A picture that exists: resolved against the set's folder. */
    snprintf(text, sizeof text, pic_set, "bilder/kart.png");
    write_file(setpath, text, strlen(text));
    qk_set *set = qk_set_load(setpath, &d);
    QK_REQUIRE(set != NULL);
    QK_CHECK_INT(d.count, 0);
    const char *pic = set->rounds[0].questions[0].picture;
    QK_CHECK(pic && pic[0] == '/');
    QK_CHECK(pic && strstr(pic, "/pics/bilder/kart.png") != NULL);
    QK_CHECK(set->dir && set->dir[0] == '/');
    qk_set_free(set);

    /* A symbolic link inside the folder that stays inside: fine. */
    snprintf(text, sizeof text, pic_set, "inside.png");
    write_file(setpath, text, strlen(text));
    set = qk_set_load(setpath, &d);
    QK_CHECK(set != NULL);
    QK_CHECK_INT(d.count, 0);
    qk_set_free(set);

    /* A symbolic link that leads outside: an error at the picture's line. */
    snprintf(text, sizeof text, pic_set, "escape.png");
    write_file(setpath, text, strlen(text));
    set = qk_set_load(setpath, &d);
    QK_CHECK(set == NULL);
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 4, "leads outside the set's folder"));
    qk_diags_clear(&d);

    /* A missing picture: a warning, and the set still loads. */
    snprintf(text, sizeof text, pic_set, "bilder/borte.png");
    write_file(setpath, text, strlen(text));
    set = qk_set_load(setpath, &d);
    QK_CHECK(set != NULL);
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK(has_diag(&d, QK_DIAG_WARNING, 4, "not found"));
    QK_CHECK(has_diag(&d, QK_DIAG_WARNING, 4, "placeholder"));
    qk_set_free(set);
    qk_diags_clear(&d);

    /* ".." that stays inside is fine. */
    snprintf(text, sizeof text, pic_set, "bilder/../bilder/kart.png");
    write_file(setpath, text, strlen(text));
    set = qk_set_load(setpath, &d);
    QK_CHECK(set != NULL);
    QK_CHECK_INT(d.count, 0);
    qk_set_free(set);
    qk_diags_clear(&d);

    /* From a buffer with no folder: checked lexically only, kept relative. */
    snprintf(text, sizeof text, pic_set, "bilder/x.png");
    set = qk_set_load_buffer("mem", NULL, text, strlen(text), &d);
    QK_REQUIRE(set != NULL);
    QK_CHECK_STR(set->rounds[0].questions[0].picture, "bilder/x.png");
    QK_CHECK_INT(d.count, 0);
    qk_set_free(set);
    snprintf(text, sizeof text, pic_set, "../x.png");
    set = qk_set_load_buffer("mem", NULL, text, strlen(text), &d);
    QK_CHECK(set == NULL);
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 4, "leaves the set's folder"));
    qk_diags_clear(&d);
}

static void test_io_errors(void)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load("/nonexistent/quiz.cfg", &d);
    QK_CHECK(set == NULL);
    QK_REQUIRE(d.count == 1);
    QK_CHECK_STR(d.items[0].file, "/nonexistent/quiz.cfg");
    QK_CHECK_INT(d.items[0].line, 0);
    QK_CHECK(strstr(d.items[0].message, strerror(ENOENT)) != NULL);
    qk_diags_clear(&d);

    set = qk_set_load(tmpdir, &d);
    QK_CHECK(set == NULL);
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 0, "folder"));
    qk_diags_clear(&d);
}

static void test_good_sets_load(void)
{
    char **names;
    size_t n = list_files(QK_TESTS_DIR "/good_sets", ".cfg", &names);
    QK_CHECK(n >= 5);
    for (size_t i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/good_sets/%s", QK_TESTS_DIR, names[i]);
        qk_diags d;
        qk_diags_init(&d);
        qk_set *set = qk_set_load(path, &d);
        if (!set || d.count) {
            fprintf(stderr, "%s:\n", names[i]);
            dump_diags(&d);
        }
        QK_CHECK(set != NULL);
        QK_CHECK_INT(d.count, 0);
        qk_set_free(set);
        qk_diags_clear(&d);
    }
    free_list(names, n);
}

static void test_every_type_model(void)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load(QK_TESTS_DIR "/good_sets/every_type.cfg", &d);
    QK_REQUIRE(s != NULL);
    QK_CHECK_INT(s->format, 1);
    QK_CHECK_STR(s->id, "every-type");
    QK_CHECK_STR(s->title, "Alle sp\xC3\xB8rsm\xC3\xA5lstyper");
    QK_CHECK_STR(s->language, "nb");
    QK_CHECK(s->description == NULL);
    QK_CHECK_INT(s->scoring, QK_SCORING_ACCURACY);
    QK_CHECK_INT(s->streak_bonus, 0);
    QK_CHECK_INT(strlen(s->hash), 64);
    QK_REQUIRE(s->n_rounds == 2);
    QK_CHECK_INT(qk_set_question_count(s), 5);

    const qk_round *r1 = &s->rounds[0], *r2 = &s->rounds[1];
    QK_CHECK_STR(r1->id, "r1");
    QK_CHECK(r1->intro == NULL);
    QK_CHECK_INT(r1->pick, 0);
    QK_CHECK(r1->shuffle);
    QK_CHECK_INT(r1->line, 9);
    QK_CHECK_STR(r2->intro, "Rekkef\xC3\xB8lge og sortering.");
    QK_CHECK_INT(r2->pick, 1);
    QK_CHECK(!r2->shuffle);
    QK_REQUIRE(r1->n_questions == 3 && r2->n_questions == 2);

    const qk_question *q = &r1->questions[0];
    QK_CHECK_STR(q->id, "single1");
    QK_CHECK_INT(q->type, QK_Q_SINGLE);
    QK_CHECK_INT(q->line, 13);
    QK_CHECK_INT(q->points, 1);
    QK_CHECK_INT(q->time_limit, 0);
    QK_CHECK(q->shuffle);
    QK_CHECK(!q->partial_credit);
    QK_CHECK(q->picture == NULL);
    QK_REQUIRE(q->n_choices == 3);
    QK_CHECK(!q->choices[0].correct && q->choices[1].correct && !q->choices[2].correct);
    QK_CHECK_STR(q->choices[1].text, "2");
    QK_CHECK_INT(q->choices[0].category, -1);
    QK_CHECK_STR(q->explanation, "En pluss en er to.");

    q = &r1->questions[1];
    QK_CHECK_INT(q->type, QK_Q_MULTIPLE);
    QK_REQUIRE(q->n_choices == 4);
    QK_CHECK(q->choices[0].correct && !q->choices[1].correct && q->choices[2].correct &&
             !q->choices[3].correct);

    q = &r1->questions[2];
    QK_CHECK_INT(q->type, QK_Q_TRUEFALSE);
    QK_CHECK(q->truth);
    QK_CHECK_INT(q->n_choices, 0);

    q = &r2->questions[0];
    QK_CHECK_INT(q->type, QK_Q_ORDER);
    QK_CHECK_INT(q->time_limit, 30);
    QK_CHECK_INT(q->points, 2);
    QK_REQUIRE(q->n_choices == 3);
    QK_CHECK_STR(q->choices[0].text, "en");
    QK_CHECK_STR(q->choices[1].text, "to");
    QK_CHECK_STR(q->choices[2].text, "tre");

    q = &r2->questions[1];
    QK_CHECK_INT(q->type, QK_Q_CATEGORIZE);
    QK_CHECK(q->partial_credit);
    QK_REQUIRE(q->n_categories == 2);
    QK_CHECK_STR(q->categories[0], "Dyr");
    QK_CHECK_STR(q->categories[1], "Plante");
    QK_REQUIRE(q->n_choices == 3);
    QK_CHECK_STR(q->choices[0].text, "Elg");
    QK_CHECK_INT(q->choices[0].category, 0);
    QK_CHECK_STR(q->choices[1].text, "\xC3\x98rret");
    QK_CHECK_INT(q->choices[1].category, 0);
    QK_CHECK_STR(q->choices[2].text, "Gran");
    QK_CHECK_INT(q->choices[2].category, 1);

    size_t round = 99;
    const qk_question *found = qk_set_find_question(s, "cat1", &round);
    QK_CHECK(found == q);
    QK_CHECK_INT(round, 1);
    QK_CHECK(qk_set_find_question(s, "nope", NULL) == NULL);
    QK_CHECK(qk_set_find_question(NULL, "cat1", NULL) == NULL);

    /* The hash is the SHA-256 of the file's bytes (checked against sha256sum). */
    FILE *p = popen("sha256sum " QK_TESTS_DIR "/good_sets/every_type.cfg", "r");
    char want[80] = "";
    if (p) {
        if (!fgets(want, sizeof want, p))
            want[0] = '\0';
        pclose(p);
    }
    want[64] = '\0';
    QK_CHECK_STR(s->hash, want);
    qk_set_free(s);
    qk_diags_clear(&d);
}

/* qk_load_opts.skip_hash (what --check loads with) leaves set->hash empty and
 * the rest of the set as the default load makes it; the default still fills
 * the hash. Both a small file (hashed in the calling thread) and a shipped
 * set over 64 KB (hashed in a second thread). */
static void test_skip_hash(void)
{
    static const char *const files[] = {QK_TESTS_DIR "/good_sets/every_type.cfg",
                                        QK_SOURCE_DIR "/quizzes/god-ledelse.cfg"};
    const qk_load_opts skip = {.skip_hash = true}, none = {0};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        qk_diags d;
        qk_diags_init(&d);
        qk_set *full = qk_set_load(files[i], &d);
        qk_set *with_none = qk_set_load_with(files[i], &none, &d);
        qk_set *with_null = qk_set_load_with(files[i], NULL, &d);
        qk_set *no_hash = qk_set_load_with(files[i], &skip, &d);
        QK_CHECK_INT(d.errors, 0);
        QK_REQUIRE(full && with_none && with_null && no_hash);
        QK_CHECK_INT(strlen(full->hash), 64);
        QK_CHECK_STR(with_none->hash, full->hash);
        QK_CHECK_STR(with_null->hash, full->hash);
        QK_CHECK_STR(no_hash->hash, "");
        QK_CHECK_STR(no_hash->id, full->id);
        QK_CHECK_INT(no_hash->n_rounds, full->n_rounds);
        QK_CHECK_INT(qk_set_question_count(no_hash), qk_set_question_count(full));
        qk_set_free(full);
        qk_set_free(with_none);
        qk_set_free(with_null);
        qk_set_free(no_hash);
        qk_diags_clear(&d);
    }
}

/* The same small set saved by different editors loads to the same model. */
static void test_encodings(void)
{
    static const char *const files[] = {"bom_crlf.cfg", "utf16le.cfg", "utf16be.cfg",
                                        "lone_cr.cfg"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/good_sets/%s", QK_TESTS_DIR, files[i]);
        qk_diags d;
        qk_diags_init(&d);
        qk_set *s = qk_set_load(path, &d);
        QK_REQUIRE(s != NULL);
        QK_CHECK_STR(s->title, "Pr\xC3\xB8ve p\xC3\xA5 \xC3\xA6\xC3\xB8\xC3\xA5");
        QK_CHECK_STR(s->language, "nn");
        QK_REQUIRE(s->n_rounds == 1 && s->rounds[0].n_questions == 2);
        const qk_question *q = &s->rounds[0].questions[1];
        QK_CHECK_INT(q->line, 11); /* line ends counted right whatever their kind */
        QK_REQUIRE(q->n_choices == 2);
        QK_CHECK(q->choices[0].correct);
        QK_CHECK_STR(s->rounds[0].questions[0].explanation, "Ja \xE2\x80\x93 det er det.");
        qk_set_free(s);
        qk_diags_clear(&d);
    }
    /* Bad line numbers would show here: an error in a CRLF file. */
    qk_diags d;
    qk_diags_init(&d);
    const char crlf[] = "\xEF\xBB\xBF# x\r\nformat = 1;\r\nid = \"a\";\r\r\ntitle = 5;\r\n";
    qk_set *s = qk_set_load_buffer("crlf", NULL, crlf, sizeof crlf - 1, &d);
    QK_CHECK(s == NULL);
    QK_CHECK(has_diag(&d, QK_DIAG_ERROR, 5, "'title' must be a text"));
    qk_diags_clear(&d);
}

static void test_defaults_and_overrides(void)
{
    const char *text =
        "format = 1; id = \"d\"; title = \"D\"; language = \"en-GB\";\n"
        "description = \"About.\"; scoring = \"speed\"; streak_bonus = 2;\n"
        "shuffle = false; partial_credit = true;\n"
        "rounds = ( { id = \"r\"; title = \"R\"; questions = (\n"
        "  { id = \"m\"; type = \"multiple\"; text = \"T\"; answers = ( \"a\", \"b\", \"c\" );\n"
        "    correct = 2; explanation = \"E\"; shuffle = true; partial_credit = false; },\n"
        "  { id = \"o\"; type = \"order\"; text = \"T\"; items = [ \"x\", \"y\" ];\n"
        "    explanation = \"E\"; time_limit = 0; points = 0; }\n"
        "); } );\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load_buffer("defaults", NULL, text, strlen(text), &d);
    QK_REQUIRE(s != NULL);
    QK_CHECK_INT(d.count, 0);
    QK_CHECK_STR(s->description, "About.");
    QK_CHECK_INT(s->scoring, QK_SCORING_SPEED);
    QK_CHECK_INT(s->streak_bonus, 2);
    QK_CHECK_STR(s->path, "defaults");
    QK_CHECK(s->dir == NULL);
    QK_CHECK(!s->rounds[0].shuffle); /* from the set */
    const qk_question *m = &s->rounds[0].questions[0], *o = &s->rounds[0].questions[1];
    QK_CHECK(m->shuffle && !m->partial_credit);  /* overridden */
    QK_CHECK(!o->shuffle && o->partial_credit);  /* from the set */
    QK_CHECK_INT(m->n_choices, 3);
    QK_CHECK(m->choices[1].correct && !m->choices[0].correct); /* one bare number */
    QK_CHECK_INT(o->points, 0);
    QK_CHECK_INT(o->time_limit, 0);
    qk_set_free(s);
    qk_diags_clear(&d);
}

static void test_warnings_do_not_block(void)
{
    const char *text =
        "format = 1; id = \"w\"; title = \"W\"; language = \"nb\";\n"
        "rounds = ( { id = \"r\"; title = \"R\"; questions = (\n"
        "  { id = \"a\"; type = \"single\"; text = \"T\"; answers = ( \"x\", \"x\" );\n"
        "    correct = 1; explanation = \"E\"; partial_credit = true; }\n"
        "); } );\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load_buffer("w", NULL, text, strlen(text), &d);
    QK_CHECK(s != NULL);
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 2);
    QK_CHECK(has_diag(&d, QK_DIAG_WARNING, 3, "appears twice"));
    QK_CHECK(has_diag(&d, QK_DIAG_WARNING, 4, "no effect"));
    qk_set_free(s);
    qk_diags_clear(&d);
}

/* always = true: read into the model; in a round without pick it does nothing,
 * which is a warning (the set loads). */
static void test_always(void)
{
    const char *text =
        "format = 1; id = \"a\"; title = \"A\"; language = \"nb\";\n"
        "rounds = ( { id = \"pool\"; title = \"P\"; pick = 2; questions = (\n"
        "  { id = \"a\"; type = \"truefalse\"; text = \"T\"; correct = true; always = true;\n"
        "    explanation = \"E\"; },\n"
        "  { id = \"b\"; type = \"truefalse\"; text = \"T\"; correct = true; always = false;\n"
        "    explanation = \"E\"; },\n"
        "  { id = \"c\"; type = \"truefalse\"; text = \"T\"; correct = true; explanation = \"E\"; }\n"
        "); },\n"
        "{ id = \"all\"; title = \"All\"; questions = (\n"
        "  { id = \"d\"; type = \"truefalse\"; text = \"T\"; correct = true; always = true;\n"
        "    explanation = \"E\"; }\n"
        "); } );\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load_buffer("always", NULL, text, strlen(text), &d);
    if (!s)
        dump_diags(&d);
    QK_REQUIRE(s != NULL);
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 1);
    QK_CHECK(has_diag(&d, QK_DIAG_WARNING, 10, "'always' has no effect"));
    QK_CHECK(s->rounds[0].questions[0].always);
    QK_CHECK(!s->rounds[0].questions[1].always);
    QK_CHECK(!s->rounds[0].questions[2].always);
    QK_CHECK(s->rounds[1].questions[0].always);
    qk_set_free(s);
    qk_diags_clear(&d);
}

/* Things that look like faults but are not: @include in a comment or a text,
 * brackets and quotes inside texts, a text over several lines, escapes. */
static void test_no_false_alarms(void)
{
    const char *text =
        "# @include \"x\" in a comment\n"
        "/* ( [ { unbalanced in a comment\n   */\n"
        "format = 1; id = \"f\"; title = \"A (bracket [ and { \\\"quote\\\"\"; language = \"nb\";\n"
        "description = \"@include \\\"no\\\" // not a comment\n"
        "over two lines\";\n"
        "rounds = ( { id = \"r\"; title = \"R\"; // trailing comment\n"
        "  questions = ( { id = \"a\"; type = \"truefalse\"; text = \"Tab\\there\";\n"
        "    correct = false; explanation = \"Line\\nbreak\" \" joined\"; } ); } );\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load_buffer("f", NULL, text, strlen(text), &d);
    if (!s)
        dump_diags(&d);
    QK_REQUIRE(s != NULL);
    QK_CHECK_STR(s->title, "A (bracket [ and { \"quote\"");
    QK_CHECK_STR(s->description, "@include \"no\" // not a comment\nover two lines");
    QK_CHECK_STR(s->rounds[0].questions[0].explanation, "Line\nbreak joined");
    QK_CHECK_INT(s->rounds[0].questions[0].line, 8);
    qk_set_free(s);
    qk_diags_clear(&d);
}

/* Every prefix of a good file, and many one-byte changes to it: each either
 * loads or fails with at least one error; none crashes (run under ASan too). */
static void test_truncations_and_mutations(void)
{
    size_t len;
    char *good = read_all(QK_TESTS_DIR "/good_sets/doc_example.cfg", &len);
    QK_REQUIRE(good != NULL);
    char *buf = malloc(len + 1);
    QK_REQUIRE(buf != NULL);
    int loaded = 0, failed_ok = 0, bad = 0;
    for (size_t cut = 0; cut <= len; cut++) {
        qk_diags d;
        qk_diags_init(&d);
        qk_set *s = qk_set_load_buffer("cut", NULL, good, cut, &d);
        if (s)
            loaded++;
        else if (d.errors > 0)
            failed_ok++;
        else
            bad++;
        qk_set_free(s);
        qk_diags_clear(&d);
    }
    static const char bytes[] = {'"', '(', ')', '{', '}', '[', ']', ';', '=', ',', '#', '\\',
                                 '\n', '\0', 'x', '1', '@', '\xC3', '\xFF', '/'};
    unsigned seed = 777;
    for (int i = 0; i < 3000; i++) {
        memcpy(buf, good, len);
        seed = seed * 1103515245u + 12345u;
        size_t at = (seed >> 8) % len;
        seed = seed * 1103515245u + 12345u;
        buf[at] = bytes[(seed >> 8) % sizeof bytes];
        qk_diags d;
        qk_diags_init(&d);
        qk_set *s = qk_set_load_buffer("mut", NULL, buf, len, &d);
        if (s)
            loaded++;
        else if (d.errors > 0)
            failed_ok++;
        else
            bad++;
        qk_set_free(s);
        qk_diags_clear(&d);
    }
    QK_CHECK_INT(bad, 0);
    QK_CHECK(loaded > 0 && failed_ok > 0);
    free(buf);
    free(good);
}

/* ------------------------------------------------------------------------ */
/* The loader's one walk against the two it stands for                     */

/* The verdicts on text[0..len) (copied, with the NUL they need). */
static void scan_verdicts(const char *text, size_t len, bool *one, bool *two)
{
    char *t = malloc(len + 1);
    QK_REQUIRE(t != NULL);
    memcpy(t, text, len);
    t[len] = '\0';
    qk_set_scan_verdicts(t, len, one, two);
    free(t);
}

/* Counts an input the one walk passes but the guard or pre-scan refuses
 * (*wrong), and one it refuses that they pass (*stricter: allowed, it only
 * costs the second walk). */
static void tally(const char *text, size_t len, int *wrong, int *stricter)
{
    bool one, two;
    scan_verdicts(text, len, &one, &two);
    if (one && !two)
        (*wrong)++;
    if (!one && two)
        (*stricter)++;
}

/* Growable text for the inputs at the guard's limits. */
typedef struct { char *p; size_t n, cap; } gbuf;

static void gput(gbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        QK_REQUIRE(b->p != NULL);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void gputs(gbuf *b, const char *s)
{
    gput(b, s, strlen(s));
}

static void grepeat(gbuf *b, char c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        gput(b, &c, 1);
}

/* One input at a limit: `one`/`two` must be the verdicts expected. */
static void at_limit(const char *what, gbuf *b, bool want_one, bool want_two)
{
    bool one, two;
    scan_verdicts(b->p, b->n, &one, &two);
    if (one != want_one || two != want_two)
        fprintf(stderr, "  %s: one walk %d (want %d), two walks %d (want %d)\n", what, one,
                want_one, two, want_two);
    QK_CHECK(one == want_one && two == want_two);
    b->n = 0;
}

/* The one walk passes every good set (so the loader reads them once) and
 * never passes what the guard's pass or the pre-scan refuses: on the bad
 * sets, every prefix and many one-byte changes of a good set, and inputs at
 * each of the guard's limits and one past them. */
static void test_one_walk_agrees(void)
{
    int wrong = 0, stricter = 0;
    const char *dirs[] = {"good_sets", "bad_sets"};
    for (int k = 0; k < 2; k++) {
        char dir[512];
        snprintf(dir, sizeof dir, "%s/%s", QK_TESTS_DIR, dirs[k]);
        char **names;
        size_t n = list_files(dir, ".cfg", &names);
        QK_CHECK(n > 0);
        for (size_t i = 0; i < n; i++) {
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            size_t len;
            char *text = read_all(path, &len);
            QK_REQUIRE(text != NULL);
            bool one, two;
            scan_verdicts(text, len, &one, &two);
            /* the walks see the text decoded: byte-order marks, UTF-16 and
             * CR are dealt with before (the encodings' own good sets) */
            bool decoded = len && (memchr(text, '\r', len) || (unsigned char)text[0] >= 0xEF);
            if (k == 0 && !decoded && !one)
                fprintf(stderr, "  %s: a good set the one walk refuses\n", names[i]);
            if (k == 0 && !decoded)
                QK_CHECK(one);
            wrong += one && !two;
            stricter += !one && two;
            free(text);
        }
        free_list(names, n);
    }
    size_t len;
    char *good = read_all(QK_TESTS_DIR "/good_sets/doc_example.cfg", &len);
    QK_REQUIRE(good != NULL);
    for (size_t cut = 0; cut <= len; cut++)
        tally(good, cut, &wrong, &stricter);
    static const char bytes[] = {'"', '(', ')', '{', '}', '[', ']', ';', '=', ',', '#', '\\',
                                 '\n', '\0', 'x', '1', '@', '\xC3', '\xFF', '/', '*', '_', '.'};
    char *buf = malloc(len + 1);
    QK_REQUIRE(buf != NULL);
    unsigned seed = 4242;
    for (int i = 0; i < 5000; i++) {
        memcpy(buf, good, len);
        for (int m = 0; m < 1 + i % 3; m++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % len;
            seed = seed * 1103515245u + 12345u;
            buf[at] = bytes[(seed >> 8) % sizeof bytes];
        }
        tally(buf, len, &wrong, &stricter);
    }
    free(buf);
    free(good);
    QK_CHECK_INT(wrong, 0);

    /* At each limit (qk_fmt_guard_set_limits) and one past it. */
    gbuf b = {0};
    for (int n = 1000; n <= 1001; n++) { /* entries in a list */
        gputs(&b, "a = (");
        for (int i = 0; i < n; i++)
            gputs(&b, i ? ", \"x\"" : "\"x\"");
        gputs(&b, ");\n");
        at_limit(n == 1000 ? "1000 entries" : "1001 entries", &b, n == 1000, n == 1000);
    }
    /* a set's questions may be more; how the list is named decides it */
    static const char *const heads[] = {"questions = (", "questions=(", "questions :\n  (",
                                        "round_questions = ("};
    for (int h = 0; h < 4; h++) {
        gputs(&b, heads[h]);
        for (int i = 0; i < 1500; i++)
            gputs(&b, i ? ", {}" : "{}");
        gputs(&b, ");\n");
        at_limit(heads[h], &b, h < 3, h < 3);
    }
    gputs(&b, "questions = /* c */ (");
    for (int i = 0; i < 1500; i++)
        gputs(&b, i ? ", {}" : "{}");
    gputs(&b, ");\n");
    at_limit("questions after a comment", &b, false, true); /* stricter: walked twice */
    for (size_t n = 256; n <= 257; n++) { /* words: a name, dots, underscores */
        static const char fill[] = {'a', '.', '_'};
        for (int f = 0; f < 3; f++) {
            gputs(&b, "x = ");
            gputs(&b, "b");
            grepeat(&b, fill[f], n - 1);
            gputs(&b, ";\n");
            at_limit(n == 256 ? "256-byte word" : "257-byte word", &b, n == 256, n == 256);
        }
    }
    const size_t max_text = 4 * QK_MAX_TEXT_BYTES + 16;
    static const char *const joins[] = {" ", "\n  ", " /* c */ ", " # c\n "};
    for (size_t n = max_text; n <= max_text + 1; n++) { /* texts libconfig joins */
        for (int j = 0; j < 4; j++) {
            gputs(&b, "x = \"");
            grepeat(&b, 'y', n / 2);
            gputs(&b, "\"");
            gputs(&b, joins[j]);
            gputs(&b, "\"");
            grepeat(&b, 'z', n - n / 2);
            gputs(&b, "\";\n");
            at_limit(n == max_text ? "joined texts at the limit" : "joined texts past it", &b,
                     n == max_text, n == max_text);
        }
    }
    gputs(&b, "a = ("); /* tokens: 10,000 numbers in 20 kB, over 4096 + 20 kB / 24 */
    for (int l = 0; l < 10; l++) {
        gputs(&b, l ? ", (" : "(");
        for (int i = 0; i < 1000; i++)
            gputs(&b, i ? ",1" : "1");
        gputs(&b, ")");
    }
    gputs(&b, ");\n");
    at_limit("too many tokens", &b, false, false);
    free(b.p);
    if (stricter)
        fprintf(stderr, "  %d inputs walked twice where once would do\n", stricter);
}

static void test_model_helpers(void)
{
    for (int t = 0; t < QK_Q_TYPE_COUNT; t++)
        QK_CHECK_INT(qk_qtype_from_name(qk_qtype_name((qk_qtype)t)), t);
    QK_CHECK_STR(qk_qtype_name(QK_Q_CATEGORIZE), "categorize");
    QK_CHECK_INT(qk_qtype_from_name("Single"), -1);
    QK_CHECK_INT(qk_qtype_from_name(NULL), -1);
    QK_CHECK_INT(qk_set_question_count(NULL), 0);
    qk_set_free(NULL);
}

/* docs/question-sets.md's complete example is tests/good_sets/doc_example.cfg. */
static void test_doc_example_matches(void)
{
    char *doc = read_all(QK_SOURCE_DIR "/docs/question-sets.md", NULL);
    char *cfg = read_all(QK_TESTS_DIR "/good_sets/doc_example.cfg", NULL);
    QK_REQUIRE(doc && cfg);
    const char *marker = "<!-- example: tests/good_sets/doc_example.cfg -->\n```\n";
    char *start = strstr(doc, marker);
    QK_REQUIRE(start != NULL);
    start += strlen(marker);
    char *end = strstr(start, "\n```\n");
    QK_REQUIRE(end != NULL);
    end[1] = '\0';
    if (strcmp(start, cfg) != 0)
        fprintf(stderr, "the example in docs/question-sets.md differs from "
                "tests/good_sets/doc_example.cfg: keep them the same\n");
    QK_CHECK(strcmp(start, cfg) == 0);
    free(doc);
    free(cfg);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "/tmp/qk_test_loader_XXXXXX");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    /* The golden files hold bokmål gists, the default language of --check; the
     * tests below look for English words (test_diag_lang checks nb/nn/en). */
    qk_i18n_set_lang(QK_LANG_NB);
    QK_RUN(test_bad_sets_golden);
    qk_i18n_set_lang(QK_LANG_EN);
    QK_RUN(test_several_faults_all_reported);
    QK_RUN(test_binary_garbage);
    QK_RUN(test_file_too_large);
    QK_RUN(test_pictures);
    QK_RUN(test_io_errors);
    QK_RUN(test_good_sets_load);
    QK_RUN(test_every_type_model);
    QK_RUN(test_skip_hash);
    QK_RUN(test_encodings);
    QK_RUN(test_defaults_and_overrides);
    QK_RUN(test_warnings_do_not_block);
    QK_RUN(test_always);
    QK_RUN(test_no_false_alarms);
    QK_RUN(test_truncations_and_mutations);
    QK_RUN(test_one_walk_agrees);
    QK_RUN(test_model_helpers);
    QK_RUN(test_doc_example_matches);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return qk_test_summary();
}
