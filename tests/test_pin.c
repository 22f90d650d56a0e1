/* test_pin.c: the trainer PIN: validity, hash format, hash and verify, and the
 * lock-out after five wrong PINs (time is passed in, so nothing sleeps). */
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

int main(void)
{
    QK_RUN(test_valid_pins);
    QK_RUN(test_hash_format);
    QK_RUN(test_hash_and_verify);
    QK_RUN(test_lockout);
    QK_RUN(test_no_lockout);
    QK_RUN(test_clock);
    return qk_test_summary();
}
