/* test_pin.c: the trainer PIN: validity, hash format, hash and verify, and the
 * lock-out after five wrong PINs (time is passed in, so nothing sleeps). */
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "qk_pin.h"
#include "qk_test.h"

static void test_valid_pins(void)
{
    QK_CHECK(qk_pin_is_valid("1234"));
    QK_CHECK(qk_pin_is_valid("000000000000"));
    QK_CHECK(!qk_pin_is_valid("123"));
    QK_CHECK(!qk_pin_is_valid("1234567890123"));
    QK_CHECK(!qk_pin_is_valid("12a4"));
    QK_CHECK(!qk_pin_is_valid(" 1234"));
    QK_CHECK(!qk_pin_is_valid("1234\n"));
    QK_CHECK(!qk_pin_is_valid(""));
    QK_CHECK(!qk_pin_is_valid(NULL));
}

static void test_hash_format(void)
{
    QK_CHECK(qk_pin_hash_looks_valid(qk_pin_default_hash));
    QK_CHECK(qk_pin_hash_looks_valid(
        "$argon2i$v=19$m=32768,t=4,p=1$YhjKbuKoOqpjCsV91MCgfg$"
        "hT3hPPYzhxg6NkvWoZHPcMNRyTalbBRzQIKKniVbRNM"));
    QK_CHECK(!qk_pin_hash_looks_valid(NULL));
    QK_CHECK(!qk_pin_hash_looks_valid(""));
    QK_CHECK(!qk_pin_hash_looks_valid("1234"));
    QK_CHECK(!qk_pin_hash_looks_valid("$argon2id$v=19$m=65536,t=2,p=1$YhjKbuKoOqpjCsV91MCgfg"));
    QK_CHECK(!qk_pin_hash_looks_valid("$argon2id$v=19$m=65536,t=2,p=1$Yhj$hT3h$extra"));
    QK_CHECK(!qk_pin_hash_looks_valid("$argon2id$v=19$m=x,t=2,p=1$Yhj$hT3h"));
    QK_CHECK(!qk_pin_hash_looks_valid("$2y$10$abcdefghijklmnopqrstuv"));
    QK_CHECK(!qk_pin_hash_looks_valid(
        "$argon2id$v=19$m=65536,t=2,p=1$YhjKbuKoOqpjCsV91MCgfg$"
        "hT3hPPYzhxg6NkvWoZHPcMNRyTalbBRzQIKKniVbRNM "));
}

static void test_hash_and_verify(void)
{
    char h1[QK_PIN_HASH_BYTES], h2[QK_PIN_HASH_BYTES];
    QK_REQUIRE(qk_pin_hash("482913", h1));
    QK_REQUIRE(qk_pin_hash("482913", h2));
    QK_CHECK(qk_pin_hash_looks_valid(h1));
    QK_CHECK(strncmp(h1, "$argon2id$", 10) == 0);
    QK_CHECK(strcmp(h1, h2) != 0); /* salted: the same PIN never hashes the same */
    QK_CHECK(strstr(h1, "482913") == NULL);
    QK_CHECK(qk_pin_verify(h1, "482913"));
    QK_CHECK(qk_pin_verify(h2, "482913"));
    QK_CHECK(!qk_pin_verify(h1, "482914"));
    QK_CHECK(!qk_pin_verify(h1, "4829130"));
    QK_CHECK(!qk_pin_verify(h1, NULL));
    QK_CHECK(!qk_pin_verify(NULL, "482913"));
    QK_CHECK(!qk_pin_verify("garbage", "482913"));
    QK_CHECK(!qk_pin_hash("12", h1));
    QK_CHECK(!qk_pin_hash("abcd", h1));
    /* The built-in hash is the documented default PIN. */
    QK_CHECK(qk_pin_verify(qk_pin_default_hash, "1234"));
    QK_CHECK(!qk_pin_verify(qk_pin_default_hash, "0000"));
}

/* Five wrong PINs within a minute lock; the right PIN is then refused unseen;
 * after 60 s it opens again. */
static void test_lockout(void)
{
    qk_pin_guard g;
    qk_pin_guard_init(&g);
    double t = 1000.0, left;
    QK_CHECK(!qk_pin_guard_locked(&g, t, &left));
    QK_CHECK_INT(qk_pin_guard_tries_left(&g, t), 5);
    for (int i = 0; i < 4; i++) {
        QK_CHECK_INT(qk_pin_guard_try(&g, qk_pin_default_hash, "9999", t + i * 10), QK_PIN_WRONG);
        QK_CHECK(!qk_pin_guard_locked(&g, t + i * 10, NULL));
    }
    QK_CHECK_INT(qk_pin_guard_tries_left(&g, t + 40), 1);
    QK_CHECK_INT(qk_pin_guard_try(&g, qk_pin_default_hash, "9999", t + 50), QK_PIN_WRONG);
    QK_CHECK(qk_pin_guard_locked(&g, t + 50, &left));
    QK_CHECK_NEAR(left, 60.0, 1e-9);
    /* The right PIN while locked: refused without being checked. */
    QK_CHECK_INT(qk_pin_guard_try(&g, qk_pin_default_hash, "1234", t + 80), QK_PIN_LOCKED);
    QK_CHECK(qk_pin_guard_locked(&g, t + 109.9, &left));
    QK_CHECK_NEAR(left, 0.1, 1e-6);
    /* 60 s after the fifth wrong PIN: open again, with five fresh tries. */
    QK_CHECK(!qk_pin_guard_locked(&g, t + 110, NULL));
    QK_CHECK_INT(qk_pin_guard_tries_left(&g, t + 110), 5);
    QK_CHECK_INT(qk_pin_guard_try(&g, qk_pin_default_hash, "1234", t + 110), QK_PIN_OK);
}

/* Wrong PINs spread over more than a minute never lock; a right PIN clears the count. */
static void test_no_lockout(void)
{
    qk_pin_guard g;
    qk_pin_guard_init(&g);
    for (int i = 0; i < 20; i++) {
        QK_CHECK_INT(qk_pin_guard_record(&g, false, i * 16.0), QK_PIN_WRONG);
        QK_CHECK(!qk_pin_guard_locked(&g, i * 16.0, NULL));
    }
    qk_pin_guard_init(&g);
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 4; i++)
            QK_CHECK_INT(qk_pin_guard_record(&g, false, round * 5.0 + i), QK_PIN_WRONG);
        QK_CHECK_INT(qk_pin_guard_record(&g, true, round * 5.0 + 4), QK_PIN_OK);
        QK_CHECK(!qk_pin_guard_locked(&g, round * 5.0 + 4, NULL));
    }
    /* Not 4-12 digits counts as a wrong PIN too. */
    qk_pin_guard_init(&g);
    for (int i = 0; i < 5; i++)
        QK_CHECK_INT(qk_pin_guard_try(&g, qk_pin_default_hash, "", 1.0 + i), QK_PIN_WRONG);
    QK_CHECK(qk_pin_guard_locked(&g, 6.0, NULL));
}

static void test_clock(void)
{
    double a = qk_pin_now(), b = qk_pin_now();
    QK_CHECK(a > 0);
    QK_CHECK(b >= a);
}

static void test_trivial_pins(void)
{
    static const char *const trivial[] = {"1234", "0000", "1111", "9999", "4321", "0123",
                                          "6789", "7890", "9876", "0987", "123456",
                                          "987654", "1212", "123123", "12341234", "2580",
                                          "0852", "121212", "000000000000", NULL};
    static const char *const fine[] = {"482913", "1357", "2468", "1122", "1235", "8024",
                                       "5017", "1004", NULL};
    for (size_t i = 0; trivial[i]; i++)
        if (!qk_pin_is_trivial(trivial[i])) {
            fprintf(stderr, "  %s should be trivial\n", trivial[i]);
            QK_CHECK(qk_pin_is_trivial(trivial[i]));
        }
    for (size_t i = 0; fine[i]; i++)
        if (qk_pin_is_trivial(fine[i])) {
            fprintf(stderr, "  %s should not be trivial\n", fine[i]);
            QK_CHECK(!qk_pin_is_trivial(fine[i]));
        }
    QK_CHECK(!qk_pin_is_trivial(NULL));
    QK_CHECK(!qk_pin_is_trivial("12a4"));
}

/* The lock-out kept in a file: five wrong PINs, then a new guard (a restart,
 * with a clock of another origin) reading the file is still locked; the right
 * PIN afterwards clears it for the next start too. */
static void test_lockout_survives_restart(void)
{
    char dir[] = "/tmp/qk-pin-XXXXXX";
    QK_REQUIRE(mkdtemp(dir) != NULL);
    char path[256], err[600];
    snprintf(path, sizeof path, "%s/pin-lock", dir);

    qk_pin_guard g;
    qk_pin_guard_init(&g);
    QK_CHECK(qk_pin_guard_attach(&g, path, 100.0, err, sizeof err));
    QK_CHECK_STR(err, "");
    QK_CHECK(access(path, F_OK) == 0); /* made at once, so that a bad folder shows at start */
    for (int i = 0; i < 3; i++)
        QK_CHECK_INT(qk_pin_guard_record(&g, false, 100.0 + i), QK_PIN_WRONG);

    /* A restart after 3 wrong PINs: 2 tries left, not 5. */
    qk_pin_guard h;
    qk_pin_guard_init(&h);
    QK_CHECK(qk_pin_guard_attach(&h, path, 5000.0, err, sizeof err));
    QK_CHECK_INT(qk_pin_guard_tries_left(&h, 5000.0), 2);
    QK_CHECK_INT(qk_pin_guard_record(&h, false, 5000.0), QK_PIN_WRONG);
    QK_CHECK_INT(qk_pin_guard_record(&h, false, 5001.0), QK_PIN_WRONG);
    QK_CHECK(qk_pin_guard_locked(&h, 5001.0, NULL));

    /* Killed while locked, started again: still locked, for the time that was left. */
    qk_pin_guard k;
    qk_pin_guard_init(&k);
    QK_CHECK(qk_pin_guard_attach(&k, path, 7.0, err, sizeof err));
    double rem = 0;
    QK_CHECK(qk_pin_guard_locked(&k, 7.0, &rem));
    QK_CHECK(rem > QK_PIN_LOCK_S - 5 && rem <= QK_PIN_LOCK_S);
    QK_CHECK_INT(qk_pin_guard_record(&k, true, 8.0), QK_PIN_LOCKED);
    QK_CHECK(!qk_pin_guard_locked(&k, 7.0 + QK_PIN_LOCK_S + 1, NULL));
    QK_CHECK_INT(qk_pin_guard_record(&k, true, 7.0 + QK_PIN_LOCK_S + 1), QK_PIN_OK);

    qk_pin_guard m;
    qk_pin_guard_init(&m);
    QK_CHECK(qk_pin_guard_attach(&m, path, 1.0, err, sizeof err));
    QK_CHECK(!qk_pin_guard_locked(&m, 1.0, NULL));
    QK_CHECK_INT(qk_pin_guard_tries_left(&m, 1.0), QK_PIN_MAX_WRONG);

    /* A clock set back (a lock "ending" in a year) locks for at most QK_PIN_LOCK_S;
     * old wrong tries are forgotten. */
    FILE *f = fopen(path, "w");
    QK_REQUIRE(f != NULL);
    fprintf(f, "locked_until %.0f\nwrong %.0f\n", (double)time(NULL) + 365 * 86400.0,
            (double)time(NULL) - 3600.0);
    fclose(f);
    qk_pin_guard_init(&m);
    QK_CHECK(qk_pin_guard_attach(&m, path, 50.0, err, sizeof err));
    QK_CHECK(qk_pin_guard_locked(&m, 50.0, &rem));
    QK_CHECK(rem <= QK_PIN_LOCK_S);
    QK_CHECK_INT(qk_pin_guard_tries_left(&m, 50.0 + QK_PIN_LOCK_S), QK_PIN_MAX_WRONG);

    /* A damaged file: said so, read as far as it goes, written anew. */
    f = fopen(path, "w");
    QK_REQUIRE(f != NULL);
    fprintf(f, "wrong %.0f\ngarbage\n\x01\xff\n", (double)time(NULL));
    fclose(f);
    qk_pin_guard_init(&m);
    QK_CHECK(!qk_pin_guard_attach(&m, path, 50.0, err, sizeof err));
    QK_CHECK(strstr(err, "damaged") != NULL);
    QK_CHECK_INT(qk_pin_guard_tries_left(&m, 50.0), QK_PIN_MAX_WRONG - 1);
    qk_pin_guard_init(&m);
    QK_CHECK(qk_pin_guard_attach(&m, path, 50.0, err, sizeof err));
    QK_CHECK_INT(qk_pin_guard_tries_left(&m, 50.0), QK_PIN_MAX_WRONG - 1);

    /* A folder that is not there: said so, and the guard still works. */
    char nowhere[300];
    snprintf(nowhere, sizeof nowhere, "%s/no/such/pin-lock", dir);
    qk_pin_guard_init(&m);
    QK_CHECK(!qk_pin_guard_attach(&m, nowhere, 1.0, err, sizeof err));
    QK_CHECK(strstr(err, "will not survive a restart") != NULL);
    QK_CHECK_INT(qk_pin_guard_record(&m, false, 1.0), QK_PIN_WRONG);

    unlink(path);
    rmdir(dir);
}

int main(void)
{
    QK_RUN(test_trivial_pins);
    QK_RUN(test_lockout_survives_restart);
    QK_RUN(test_valid_pins);
    QK_RUN(test_hash_format);
    QK_RUN(test_hash_and_verify);
    QK_RUN(test_lockout);
    QK_RUN(test_no_lockout);
    QK_RUN(test_clock);
    return qk_test_summary();
}
