/* test_sha256.c: qk_sha256 (libcrypto opened on the first hash) and what the
 * loader says when it cannot be opened.
 *
 * Without arguments: the digests of FIPS 180-2's examples ("abc", the empty
 * text, the 56-byte two-block message), and a set's hash as sha256sum gives
 * it. With "missing" (run with QK_LIBCRYPTO naming a library that is not
 * there): qk_sha256 fails and says why, and loading a set fails with one
 * error that names libcrypto and the package to install, in bokmål and
 * English; --check-style loads (skip_hash) still load, as they never hash.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_diag.h"
#include "qk_loader.h"
#include "qk_sha256.h"
#include "qk_test.h"

static void hex(const unsigned char *d, char *out)
{
    for (int i = 0; i < QK_SHA256_BYTES; i++)
        sprintf(out + 2 * i, "%02x", d[i]);
}

static void test_known_digests(void)
{
    static const struct { const char *in, *want; } cases[] = {
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        unsigned char d[QK_SHA256_BYTES];
        char h[2 * QK_SHA256_BYTES + 1];
        QK_CHECK(qk_sha256(cases[i].in, strlen(cases[i].in), d));
        hex(d, h);
        QK_CHECK_STR(h, cases[i].want);
    }
    QK_CHECK_STR(qk_sha256_error(), "");
}

static void test_set_hash_is_the_files(void)
{
    const char *path = QK_TESTS_DIR "/good_sets/every_type.cfg";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = qk_set_load(path, &d);
    QK_REQUIRE(s != NULL);
    char cmd[600], want[80] = "";
    snprintf(cmd, sizeof cmd, "sha256sum '%s'", path);
    FILE *p = popen(cmd, "r");
    QK_REQUIRE(p != NULL);
    QK_CHECK(fscanf(p, "%64s", want) == 1);
    pclose(p);
    QK_CHECK_STR(s->hash, want);
    qk_set_free(s);
    qk_diags_clear(&d);
}

static void test_missing_library(void)
{
    unsigned char d[QK_SHA256_BYTES];
    QK_CHECK(!qk_sha256("abc", 3, d));
    QK_CHECK(strstr(qk_sha256_error(), getenv("QK_LIBCRYPTO")) != NULL);

    const char *path = QK_TESTS_DIR "/good_sets/every_type.cfg";
    qk_diags diags;
    qk_diags_init(&diags);
    qk_set *s = qk_set_load(path, &diags);
    QK_CHECK(s == NULL);
    QK_CHECK_INT((int)diags.errors, 1);
    if (diags.count == 1) {
        const qk_diag *e = &diags.items[0];
        const char *nb = e->text[QK_LANG_NB] ? e->text[QK_LANG_NB] : e->message;
        const char *en = e->text[QK_LANG_EN] ? e->text[QK_LANG_EN] : e->message;
        QK_CHECK(strstr(nb, "libcrypto") && strstr(nb, "installer pakken libssl3"));
        QK_CHECK(strstr(en, "libcrypto") && strstr(en, "install the package libssl3"));
        QK_CHECK(strstr(en, getenv("QK_LIBCRYPTO")) != NULL);
    }
    qk_set_free(s);
    qk_diags_clear(&diags);

    static const qk_load_opts no_hash = {.skip_hash = true};
    qk_diags_init(&diags);
    s = qk_set_load_with(path, &no_hash, &diags);
    QK_CHECK(s != NULL);
    QK_CHECK_INT((int)diags.errors, 0);
    qk_set_free(s);
    qk_diags_clear(&diags);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "missing") == 0) {
        QK_RUN(test_missing_library);
    } else {
        QK_RUN(test_known_digests);
        QK_RUN(test_set_hash_is_the_files);
    }
    return qk_test_summary();
}
