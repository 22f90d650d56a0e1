/* test_station.c: the station settings file: defaults, a full valid file, each
 * kind of mistake with its line, file robustness, and the search order. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_pin.h"
#include "qk_station.h"
#include "qk_i18n.h"
#include "qk_test.h"

static char tmp[256];

static void make_tmp(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/qk-station-XXXXXX");
    if (!mkdtemp(tmp))
        abort();
}

static void rm_rf(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* Writes `len` bytes (or strlen when len is 0) to tmp/name; returns the path. */
static const char *write_file(const char *name, const char *text, size_t len)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, name);
    for (char *p = path + strlen(tmp) + 1; (p = strchr(p, '/')) != NULL; p++) {
        *p = '\0';
        mkdir(path, 0700);
        *p = '/';
    }
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    fwrite(text, 1, len ? len : strlen(text), f);
    fclose(f);
    return path;
}

/* True when `d` has an error at `line` whose message contains `needle`. */
static bool has_error(const qk_diags *d, int line, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].severity == QK_DIAG_ERROR && d->items[i].line == line &&
            strstr(d->items[i].message, needle))
            return true;
    qk_diags_print(d, stderr);
    return false;
}

static void test_defaults(void)
{
    setenv("XDG_DATA_HOME", "/data/x", 1);
    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, "/shipped/quizzes"));
    char host[256] = "";
    gethostname(host, sizeof host);
    QK_CHECK_STR(st.station_id, host);
    QK_CHECK_STR(st.quizzes_dir, "/shipped/quizzes");
    QK_CHECK(st.active_set == NULL);
    QK_CHECK_STR(st.language, "nb");
    QK_CHECK_INT(st.idle_timeout, 60);
    QK_CHECK_INT(st.idle_countdown, 15);
    QK_CHECK(st.fullscreen);
    QK_CHECK_INT(st.width, 1280);
    QK_CHECK_INT(st.height, 720);
    QK_CHECK(st.rounds == NULL && st.n_rounds == 0);
    QK_CHECK(st.pin_hash == NULL);
    QK_CHECK(qk_station_default_pin(&st));
    QK_CHECK_STR(qk_station_pin_hash(&st), qk_pin_default_hash);
    QK_CHECK_STR(st.results_db, "/data/x/quizkiosk/results.db");
    QK_CHECK_STR(st.export_dir, "/data/x/quizkiosk");
    QK_CHECK(st.font == NULL);
    QK_CHECK_INT(st.speech, QK_SPEECH_DEFAULT);
    QK_CHECK_INT(st.text_size, QK_TEXT_NORMAL);
    QK_CHECK_INT(st.theme, QK_THEME_STANDARD);
    QK_CHECK_INT(st.renderer, QK_RENDERER_SOFTWARE);
    qk_station_free(&st);

    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/trainer", 1);
    QK_REQUIRE(qk_station_defaults(&st, NULL));
    QK_CHECK_STR(st.results_db, "/home/trainer/.local/share/quizkiosk/results.db");
    QK_CHECK_STR(st.quizzes_dir, "quizzes");
    qk_station_free(&st);
    qk_station_free(NULL);
}

static const char full_text[] =
    "# a full station file\n"
    "station_id = \"kurs-1\";\n"
    "quizzes_dir = \"sets\";\n"
    "active_set = \"god-ledelse\";\n"
    "language = \"nn\";\n"
    "idle_timeout = 90;\n"
    "idle_countdown = 20;\n"
    "fullscreen = false;\n"
    "width = 1024;\n"
    "height = 768;\n"
    "rounds = [ \"prinsipper\", \"atferd\" ];\n"
    "trainer_pin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$w07oTBuAKVW/dmnVaOr3fg$"
    "u7qByK9zL5/en8qqOREoEEIJfG233Gw3gEMeGxHhFp4\";\n" /* PIN 482913 */
    "results_db = \"data/results.db\";\n"
    "export_dir = \"/media/usb\";\n"
    "font = \"/usr/share/fonts/x.ttf\";\n"
    "speech = \"auto\";\n"
    "text_size = \"large\";\n"
    "theme = \"high-contrast\";\n"
    "renderer = \"gl\";\n";

static void test_full_file(void)
{
    make_tmp();
    const char *path = write_file("station.cfg", full_text, 0);
    char real[512];
    QK_REQUIRE(realpath(tmp, real) != NULL);
    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, "/shipped"));
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 0);
    char want[600];
    QK_CHECK_STR(st.path, path);
    QK_CHECK_STR(st.station_id, "kurs-1");
    snprintf(want, sizeof want, "%s/sets", real);
    QK_CHECK_STR(st.quizzes_dir, want);
    QK_CHECK_STR(st.active_set, "god-ledelse");
    QK_CHECK_STR(st.language, "nn");
    QK_CHECK_INT(st.idle_timeout, 90);
    QK_CHECK_INT(st.idle_countdown, 20);
    QK_CHECK(!st.fullscreen);
    QK_CHECK_INT(st.width, 1024);
    QK_CHECK_INT(st.height, 768);
    QK_CHECK_INT(st.speech, QK_SPEECH_AUTO);
    QK_CHECK_INT(st.text_size, QK_TEXT_LARGE);
    QK_CHECK_INT(st.theme, QK_THEME_HIGH_CONTRAST);
    QK_CHECK_INT(st.renderer, QK_RENDERER_GL);
    QK_REQUIRE(st.n_rounds == 2);
    QK_CHECK_STR(st.rounds[0], "prinsipper");
    QK_CHECK_STR(st.rounds[1], "atferd");
    QK_CHECK(!qk_station_default_pin(&st));
    QK_CHECK(qk_station_pin_hash(&st) == st.pin_hash);
    snprintf(want, sizeof want, "%s/data/results.db", real);
    QK_CHECK_STR(st.results_db, want);
    QK_CHECK_STR(st.export_dir, "/media/usb");
    QK_CHECK_STR(st.font, "/usr/share/fonts/x.ttf");
    QK_CHECK(qk_station_round_offered(&st, "atferd"));
    QK_CHECK(!qk_station_round_offered(&st, "lov"));

    qk_station cp;
    QK_REQUIRE(qk_station_copy(&cp, &st));
    QK_CHECK_STR(cp.rounds[1], "atferd");
    QK_CHECK(cp.rounds[1] != st.rounds[1]);
    QK_CHECK_STR(cp.font, st.font);
    qk_station_free(&cp);

    qk_station_free(&st);
    qk_diags_clear(&d);
    rm_rf(tmp);
}

/* A file with only some settings keeps the defaults for the rest; export_dir
 * follows results_db; an empty rounds list means all rounds; the default PIN
 * is warned about. A zeroed station gets the defaults first. */
static void test_partial_file(void)
{
    make_tmp();
    const char *path = write_file("s.cfg",
                                  "results_db = \"/var/lib/qk/r.db\";\nrounds = [];\n", 0);
    qk_station st;
    memset(&st, 0, sizeof st);
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 1);
    QK_CHECK(d.count == 1 && strstr(d.items[0].message, "--hash-pin"));
    QK_CHECK_STR(st.results_db, "/var/lib/qk/r.db");
    QK_CHECK_STR(st.export_dir, "/var/lib/qk");
    QK_CHECK(st.rounds == NULL && st.n_rounds == 0);
    QK_CHECK(qk_station_round_offered(&st, "lov"));
    QK_CHECK_INT(st.idle_timeout, 60);
    QK_CHECK_STR(st.language, "nb");
    QK_CHECK(qk_station_default_pin(&st));
    qk_station_free(&st);
    qk_diags_clear(&d);
    rm_rf(tmp);
}

/* Each kind of mistake, with the line it must be reported on. */
static void test_invalid_kinds(void)
{
    static const struct {
        const char *text;
        int line;
        const char *needle;
    } cases[] = {
        {"station_id = \"a\";\nidel_timeout = 60;\n", 2, "unknown setting 'idel_timeout'"},
        {"\n\nidle_timeout = \"60\";\n", 3, "must be a whole number"},
        {"idle_timeout = 5;\n", 1, "from 10 to 3600"},
        {"idle_timeout = 3601;\n", 1, "from 10 to 3600"},
        {"idle_timeout = 60.5;\n", 1, "whole number"},
        {"idle_timeout = 99999999999L;\n", 1, "from 10 to 3600"},
        {"idle_countdown = 4;\n", 1, "from 5 to 120"},
        {"idle_countdown = 121;\n", 1, "from 5 to 120"},
        {"width = 100;\n", 1, "from 320 to 16384"},
        {"height = 100000;\n", 1, "from 240 to 16384"},
        {"fullscreen = \"yes\";\n", 1, "true or false"},
        {"fullscreen = 1;\n", 1, "true or false"},
        {"language = \"de\";\n", 1, "\"nb\" (bokmål)"},
        {"language = nb;\n", 1, "syntax error"},
        {"active_set = \"god ledelse\";\n", 1, "not a set id"},
        {"active_set = 3;\n", 1, "a text in quotes"},
        {"station_id = \"\";\n", 1, "1 to 64 characters"},
        {"quizzes_dir = \"\";\n", 1, "must be a path"},
        {"results_db = [ \"a\" ];\n", 1, "a text in quotes"},
        {"rounds = \"prinsipper\";\n", 1, "a list of round ids"},
        {"rounds = ( \"a\", 2 );\n", 1, "item 2 must be a round id"},
        {"rounds = [ \"a b\" ];\n", 1, "is not a round id"},
        {"rounds = [ \"a\", \"a\" ];\n", 1, "twice"},
        {"trainer_pin_hash = \"1234\";\n", 1, "--hash-pin"},
        {"trainer_pin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$abc\";\n", 1, "not a PIN hash"},
        {"display = { width = 3; };\n", 1, "unknown setting 'display'"},
        {"station_id = \"a\"\nlanguage = \"nb\"; fullscreen = tru;\n", 2, "syntax error"},
        {"@include \"other.cfg\"\nlanguage = \"nb\";\n", 1, "@include is not allowed"},
        {"language = \"nb\";\nlanguage = \"nn\";\n", 2, "duplicate"},
        {"speech = \"on\";\n", 1, "use \"off\", \"button\" or \"auto\""},
        {"speech = true;\n", 1, "a text in quotes"},
        {"\ntext_size = \"big\";\n", 2, "use \"normal\" or \"large\""},
        {"theme = \"dark\";\n", 1, "use \"standard\" or \"high-contrast\""},
        {"\n\nrenderer = \"opengl\";\n", 3, "use \"software\" or \"gl\""},
        /* Numbers libconfig would wrap into range (2^32 + 320, 2^32 + 60, ...). */
        {"width = 4294967616;\n", 1, "'width' is 4294967616, which does not fit"},
        {"\nidle_timeout = 4294967356;\n", 2, "'idle_timeout' is 4294967356, which does not fit"},
        {"idle_countdown = -4294967281;\n", 1, "does not fit"},
        {"height = 0x1000002D0;\n", 1, "'height' is 0x1000002D0, which does not fit"},
        {"height = 0x800002D0;\n", 1, "does not fit"},
        {"width = 99999999999999999999L;\n", 1, "does not fit"},
        {"idle_timeout = 2147483648;\n", 1, "does not fit"},
        /* "did you mean" for a near miss; the list for anything else. */
        {"fulscreen = true;\n", 1, "unknown setting 'fulscreen': did you mean 'fullscreen'?"},
        {"Language = \"nb\";\n", 1, "did you mean 'language'?"},
        {"idle_countdwon = 15;\n", 1, "did you mean 'idle_countdown'?"},
        {"trainer_pin = \"x\";\n", 1, "check the spelling (the station file knows"},
        /* Text that is not UTF-8, in a value or in a comment. */
        {"station_id = \"kurs-\xe6\";\n", 1, "not valid UTF-8: byte 0xE6"},
        {"# f\xf8rste\n", 1, "not valid UTF-8: byte 0xF8"},
        {"station_id = \"a\";\nstation_id2 = \"\xc3\x28\";\n", 2, "not valid UTF-8"},
    };
    make_tmp();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *path = write_file("bad.cfg", cases[i].text, 0);
        qk_station st;
        QK_REQUIRE(qk_station_defaults(&st, NULL));
        qk_diags d;
        qk_diags_init(&d);
        bool ok = qk_station_load(&st, path, &d);
        if (ok || !has_error(&d, cases[i].line, cases[i].needle)) {
            fprintf(stderr, "  case %zu: %s", i, cases[i].text);
            QK_CHECK(!ok);
            QK_CHECK(has_error(&d, cases[i].line, cases[i].needle));
        }
        QK_CHECK(d.count > 0 && !strcmp(d.items[0].file, path));
        /* A failed load leaves the station as it was. */
        QK_CHECK_INT(st.idle_timeout, 60);
        QK_CHECK_STR(st.language, "nb");
        QK_CHECK(st.path == NULL);
        qk_station_free(&st);
        qk_diags_clear(&d);
    }
    rm_rf(tmp);
}

/* Numbers that fit are read as before, a wrapped one is not mistaken for one
 * on another line, and the documented example PIN's hash is warned about. */
static void test_numbers_and_example_pin(void)
{
    make_tmp();
    const char *path = write_file("ok.cfg",
                                  "# 4294967616 in a comment is no number\n"
                                  "station_id = \"4294967616\";\n"
                                  "width = 0x500; height = 720;\n"
                                  "idle_timeout = 3600L; idle_countdown = +5;\n"
                                  "trainer_pin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$w07oTBuAKV"
                                  "W/dmnVaOr3fg$u7qByK9zL5/en8qqOREoEEIJfG233Gw3gEMeGxHhFp4\";\n",
                                  0);
    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, NULL));
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 0);
    QK_CHECK_INT(st.width, 1280);
    QK_CHECK_INT(st.idle_timeout, 3600);
    QK_CHECK_INT(st.idle_countdown, 5);
    QK_CHECK_STR(st.station_id, "4294967616");
    qk_diags_clear(&d);

    /* Two wrapped numbers: two errors, one per line, and nothing else. */
    path = write_file("two.cfg", "width = 4294967616;\nheight = 4294967016;\n", 0);
    QK_CHECK(!qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 2);
    QK_CHECK(has_error(&d, 1, "'width'"));
    QK_CHECK(has_error(&d, 2, "'height'"));
    qk_diags_clear(&d);

    char text[300];
    snprintf(text, sizeof text, "trainer_pin_hash = \"%s\";\n", qk_pin_default_hash);
    path = write_file("example.cfg", text, 0);
    QK_CHECK(qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 1);
    QK_CHECK(d.count == 1 && strstr(d.items[0].message, "PIN is 1234"));
    qk_station_free(&st);
    qk_diags_clear(&d);
    rm_rf(tmp);
}

/* Several mistakes in one file are all reported. */
static void test_many_errors(void)
{
    make_tmp();
    const char *path = write_file("bad.cfg",
                                  "language = \"xx\";\nidle_timeout = 1;\nfoo = 1;\n"
                                  "fullscreen = true;\n",
                                  0);
    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, NULL));
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(!qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 3);
    QK_CHECK(has_error(&d, 1, "language"));
    QK_CHECK(has_error(&d, 2, "idle_timeout"));
    QK_CHECK(has_error(&d, 3, "foo"));
    qk_station_free(&st);
    qk_diags_clear(&d);
    rm_rf(tmp);
}

/* BOM, CRLF, missing file, folder. */
static void test_file_robustness(void)
{
    make_tmp();
    const char text[] = "\xEF\xBB\xBFstation_id = \"bom\";\r\nidle_timeout = 30;\r\n"
                        "language = \"en\";\r\n";
    const char *path = write_file("bom.cfg", text, 0);
    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, NULL));
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_station_load(&st, path, &d));
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_STR(st.station_id, "bom");
    QK_CHECK_INT(st.idle_timeout, 30);
    QK_CHECK_STR(st.language, "en");
    qk_diags_clear(&d);

    /* CRLF and an error: the line is still right. */
    path = write_file("crlf.cfg", "station_id = \"x\";\r\n\r\nwidth = 5;\r\n", 0);
    QK_CHECK(!qk_station_load(&st, path, &d));
    QK_CHECK(has_error(&d, 3, "width"));
    qk_diags_clear(&d);

    char missing[300];
    snprintf(missing, sizeof missing, "%s/nope.cfg", tmp);
    QK_CHECK(!qk_station_load(&st, missing, &d));
    QK_CHECK(has_error(&d, 0, "cannot open"));
    QK_CHECK(d.count == 1 && !strcmp(d.items[0].file, missing));
    qk_diags_clear(&d);

    QK_CHECK(!qk_station_load(&st, tmp, &d));
    QK_CHECK(has_error(&d, 0, "folder"));
    qk_diags_clear(&d);

    /* A NUL byte in the middle. */
    path = write_file("nul.cfg", "station_id = \"a\";\n\0x", 20);
    QK_CHECK(!qk_station_load(&st, path, &d));
    QK_CHECK(has_error(&d, 2, "NUL"));
    qk_diags_clear(&d);

    qk_station_free(&st);
    rm_rf(tmp);
}

/* --config, then $XDG_CONFIG_HOME, then the system file, then defaults. */
static void test_search_order(void)
{
    make_tmp();
    char xdg[300], sys[300], expl[300];
    snprintf(xdg, sizeof xdg, "%s/config", tmp);
    snprintf(sys, sizeof sys, "%s/etc/station.cfg", tmp);
    snprintf(expl, sizeof expl, "%s/explicit.cfg", tmp);
    setenv("XDG_CONFIG_HOME", xdg, 1);
    qk_station st;
    qk_diags d;
    qk_diags_init(&d);

    /* Nothing anywhere: defaults, with a warning. */
    QK_CHECK(qk_station_find_in(&st, NULL, "/shipped", sys, &d));
    QK_CHECK(st.path == NULL);
    QK_CHECK_STR(st.quizzes_dir, "/shipped");
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 1);
    qk_station_free(&st);
    qk_diags_clear(&d);

    write_file("etc/station.cfg", "station_id = \"system\";\n", 0);
    QK_CHECK(qk_station_find_in(&st, NULL, "/shipped", sys, &d));
    QK_CHECK_STR(st.station_id, "system");
    QK_CHECK_STR(st.path, sys);
    qk_station_free(&st);
    qk_diags_clear(&d);

    write_file("config/quizkiosk/station.cfg", "station_id = \"user\";\n", 0);
    QK_CHECK(qk_station_find_in(&st, NULL, "/shipped", sys, &d));
    QK_CHECK_STR(st.station_id, "user");
    qk_station_free(&st);
    qk_diags_clear(&d);

    write_file("explicit.cfg", "station_id = \"explicit\";\n", 0);
    QK_CHECK(qk_station_find_in(&st, expl, "/shipped", sys, &d));
    QK_CHECK_STR(st.station_id, "explicit");
    qk_station_free(&st);
    qk_diags_clear(&d);

    /* A missing --config file is an error, not a fall-back. */
    char missing[320];
    snprintf(missing, sizeof missing, "%s/missing.cfg", tmp);
    QK_CHECK(!qk_station_find_in(&st, missing, "/shipped", sys, &d));
    QK_CHECK(has_error(&d, 0, "cannot open"));
    QK_CHECK(st.station_id != NULL); /* still filled with defaults */
    qk_station_free(&st);
    qk_diags_clear(&d);

    /* An invalid user file is reported; the system file is not used instead. */
    write_file("config/quizkiosk/station.cfg", "station_id = 1;\n", 0);
    QK_CHECK(!qk_station_find_in(&st, NULL, "/shipped", sys, &d));
    QK_CHECK(has_error(&d, 1, "station_id"));
    QK_CHECK(strcmp(st.station_id, "system") != 0);
    qk_station_free(&st);
    qk_diags_clear(&d);

    /* XDG_CONFIG_HOME unset: ~/.config is used. */
    unsetenv("XDG_CONFIG_HOME");
    char home[300];
    snprintf(home, sizeof home, "%s/home", tmp);
    setenv("HOME", home, 1);
    write_file("home/.config/quizkiosk/station.cfg", "station_id = \"home\";\n", 0);
    QK_CHECK(qk_station_find_in(&st, NULL, "/shipped", sys, &d));
    QK_CHECK_STR(st.station_id, "home");
    qk_station_free(&st);
    qk_diags_clear(&d);

    rm_rf(tmp);
}

/* The example station file in docs/station.md is valid, and is the same as the
 * copy in tests/station_example.cfg. */
static void test_doc_example(void)
{
    FILE *f = fopen(QK_SOURCE_DIR "/docs/station.md", "rb");
    QK_REQUIRE(f != NULL);
    static char doc[65536];
    size_t n = fread(doc, 1, sizeof doc - 1, f);
    fclose(f);
    doc[n] = '\0';
    const char *start = strstr(doc, "<!-- example station.cfg -->\n```\n");
    QK_REQUIRE(start != NULL);
    start = strchr(strchr(start, '\n') + 1, '\n') + 1;
    const char *end = strstr(start, "```");
    QK_REQUIRE(end != NULL);

    f = fopen(QK_TESTS_DIR "/station_example.cfg", "rb");
    QK_REQUIRE(f != NULL);
    static char copy[65536];
    size_t m = fread(copy, 1, sizeof copy - 1, f);
    fclose(f);
    copy[m] = '\0';
    QK_CHECK_INT(m, end - start);
    QK_CHECK(m == (size_t)(end - start) && !memcmp(copy, start, m));

    qk_station st;
    QK_REQUIRE(qk_station_defaults(&st, NULL));
    qk_diags d;
    qk_diags_init(&d);
    QK_CHECK(qk_station_load(&st, QK_TESTS_DIR "/station_example.cfg", &d));
    QK_CHECK_INT(d.errors, 0);
    qk_diags_print(&d, stderr);
    QK_CHECK(!qk_station_default_pin(&st));
    qk_station_free(&st);
    qk_diags_clear(&d);
}

int main(void)
{
    /* English words are looked for below; test_diag_lang checks nb/nn/en. */
    qk_i18n_set_lang(QK_LANG_EN);
    QK_RUN(test_defaults);
    QK_RUN(test_full_file);
    QK_RUN(test_partial_file);
    QK_RUN(test_invalid_kinds);
    QK_RUN(test_numbers_and_example_pin);
    QK_RUN(test_many_errors);
    QK_RUN(test_file_robustness);
    QK_RUN(test_search_order);
    QK_RUN(test_doc_example);
    return qk_test_summary();
}
