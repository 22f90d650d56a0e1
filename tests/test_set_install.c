/* test_set_install.c: a set arriving from the server goes into the quizzes
 * folder only whole and valid (qk_set_install). The fixture is the documented
 * example set with its picture (tests/good_sets); each case starts from a
 * quizzes folder holding a good version of it, and checks that a bad, cut or
 * incomplete delivery leaves that folder byte for byte as it was.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_set_install.h"
#include "qk_i18n.h"
#include "qk_test.h"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = '\0';
        *len = (size_t)n;
    }
    return b;
}

static char *cfg_bytes, *png_bytes;
static size_t cfg_len, png_len;
static char dir[64];

/* A fresh quizzes folder; with_good: holding the good set and its picture. */
static void fresh(int with_good)
{
    strcpy(dir, "/tmp/qk-install-XXXXXX");
    if (!mkdtemp(dir))
        abort();
    if (with_good) {
        qk_diags d;
        qk_diags_init(&d);
        qk_set_file pic = {"bilder/lederkurs.png", png_bytes, png_len};
        if (qk_set_install(dir, "ny-leder.cfg", cfg_bytes, cfg_len, NULL, &pic, 1, &d) != QK_INSTALL_OK)
            abort();
        qk_diags_clear(&d);
    }
}

static int file_is(const char *rel, const char *bytes, size_t len)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, rel);
    size_t n = 0;
    char *b = slurp(p, &n);
    int same = b && n == len && memcmp(b, bytes, len) == 0;
    free(b);
    return same;
}

static int exists(const char *rel)
{
    char p[256];
    struct stat st;
    snprintf(p, sizeof p, "%s/%s", dir, rel);
    return stat(p, &st) == 0;
}

/* No staging folder may be left behind. */
static int no_staging(void)
{
    DIR *d = opendir(dir);
    int clean = 1;
    for (struct dirent *e; d && (e = readdir(d)) != NULL;)
        if (strncmp(e->d_name, ".incoming", 9) == 0)
            clean = 0;
    if (d)
        closedir(d);
    return clean;
}

static void cleanup(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

static int has_diag(const qk_diags *d, const char *part)
{
    for (size_t i = 0; i < d->count; i++)
        if (strstr(d->items[i].message, part))
            return 1;
    return 0;
}

static void test_good_set_arrives_with_picture(void)
{
    fresh(0);
    qk_diags d;
    qk_diags_init(&d);
    qk_set_file pic = {"bilder/lederkurs.png", png_bytes, png_len};
    qk_install_result r = qk_set_install(dir, "ny-leder.cfg", cfg_bytes, cfg_len, NULL, &pic, 1, &d);
    QK_CHECK_INT(r, QK_INSTALL_OK);
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK(file_is("ny-leder.cfg", cfg_bytes, cfg_len));
    QK_CHECK(file_is("bilder/lederkurs.png", png_bytes, png_len));
    QK_CHECK(no_staging());
    qk_diags_clear(&d);
    cleanup();
}

static void test_broken_set_keeps_good_one(void)
{
    fresh(1);
    qk_diags d;
    qk_diags_init(&d);
    const char *broken = "format = 1;\nid = \"ny-leder\";\ntitle = \"Uten runder\n";
    qk_install_result r = qk_set_install(dir, "ny-leder.cfg", broken, strlen(broken), NULL,
                                         NULL, 0, &d);
    QK_CHECK_INT(r, QK_INSTALL_INVALID);
    QK_CHECK(d.errors > 0);
    QK_CHECK(file_is("ny-leder.cfg", cfg_bytes, cfg_len));
    QK_CHECK(no_staging());
    qk_diags_clear(&d);
    cleanup();
}

static void test_cut_set_refused_by_hash(void)
{
    fresh(1);
    qk_diags d;
    qk_diags_init(&d);
    /* The first half of the file, sent with a hash it does not have. */
    const char *good_hash = "0000000000000000000000000000000000000000000000000000000000000000";
    qk_set_file pic = {"bilder/lederkurs.png", png_bytes, png_len};
    qk_install_result r = qk_set_install(dir, "ny-leder.cfg", cfg_bytes, cfg_len / 2, good_hash,
                                         &pic, 1, &d);
    QK_CHECK_INT(r, QK_INSTALL_HASH);
    QK_CHECK(has_diag(&d, "SHA-256"));
    QK_CHECK(file_is("ny-leder.cfg", cfg_bytes, cfg_len));
    QK_CHECK(no_staging());
    qk_diags_clear(&d);
    cleanup();
}

static void test_right_hash_accepted(void)
{
    fresh(0);
    qk_diags d;
    qk_diags_init(&d);
    /* The hash the server records: sha256sum of the fixture's bytes. */
    char cmd[512], hex[80] = "";
    snprintf(cmd, sizeof cmd, "sha256sum '%s/good_sets/doc_example.cfg'", QK_TESTS_DIR);
    FILE *p = popen(cmd, "r");
    QK_REQUIRE(p && fscanf(p, "%64s", hex) == 1);
    pclose(p);
    qk_set_file pic = {"bilder/lederkurs.png", png_bytes, png_len};
    QK_CHECK_INT(qk_set_install(dir, "ny-leder.cfg", cfg_bytes, cfg_len, hex, &pic, 1, &d),
                 QK_INSTALL_OK);
    QK_CHECK(file_is("ny-leder.cfg", cfg_bytes, cfg_len));
    qk_diags_clear(&d);
    cleanup();
}

static void test_missing_picture_refused(void)
{
    fresh(0);
    qk_diags d;
    qk_diags_init(&d);
    qk_install_result r = qk_set_install(dir, "ny-leder.cfg", cfg_bytes, cfg_len, NULL, NULL, 0, &d);
    QK_CHECK_INT(r, QK_INSTALL_INVALID);
    QK_CHECK(has_diag(&d, "did not come with the set"));
    QK_CHECK(!exists("ny-leder.cfg"));
    QK_CHECK(no_staging());
    qk_diags_clear(&d);
    cleanup();
}

static void test_bad_names_refused(void)
{
    fresh(1);
    const char *bad[] = {"../ut.png", "/etc/passwd", ".skjult.png", "bilder//a.png",
                         "bilder/../../a.png", "bilder\\a.png", "bilder/", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        qk_diags d;
        qk_diags_init(&d);
        qk_set_file f = {bad[i], "x", 1};
        QK_CHECK_INT(qk_set_install(dir, "ny-leder.cfg", cfg_bytes, cfg_len, NULL, &f, 1, &d),
                     QK_INSTALL_BAD_NAME);
        qk_diags_clear(&d);
    }
    const char *bad_cfg[] = {"sub/ny.cfg", "../ny.cfg", ".ny.cfg", "ny.txt", ".cfg"};
    for (size_t i = 0; i < sizeof bad_cfg / sizeof *bad_cfg; i++) {
        qk_diags d;
        qk_diags_init(&d);
        QK_CHECK_INT(qk_set_install(dir, bad_cfg[i], cfg_bytes, cfg_len, NULL, NULL, 0, &d),
                     QK_INSTALL_BAD_NAME);
        qk_diags_clear(&d);
    }
    QK_CHECK(qk_set_install_name_ok("bilder/kart.png"));
    QK_CHECK(file_is("ny-leder.cfg", cfg_bytes, cfg_len));
    QK_CHECK(no_staging());
    cleanup();
}

int main(void)
{
    /* English words are looked for below; test_diag_lang checks nb/nn/en. */
    qk_i18n_set_lang(QK_LANG_EN);
    cfg_bytes = slurp(QK_TESTS_DIR "/good_sets/doc_example.cfg", &cfg_len);
    png_bytes = slurp(QK_TESTS_DIR "/good_sets/bilder/lederkurs.png", &png_len);
    if (!cfg_bytes || !png_bytes) {
        fprintf(stderr, "fixtures missing under %s/good_sets\n", QK_TESTS_DIR);
        return 1;
    }
    QK_RUN(test_good_set_arrives_with_picture);
    QK_RUN(test_broken_set_keeps_good_one);
    QK_RUN(test_cut_set_refused_by_hash);
    QK_RUN(test_right_hash_accepted);
    QK_RUN(test_missing_picture_refused);
    QK_RUN(test_bad_names_refused);
    free(cfg_bytes);
    free(png_bytes);
    return qk_test_summary();
}
