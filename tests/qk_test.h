/* qk_test.h: a tiny assert helper for quizkiosk's C tests.
 *
 * Each test program is a main() that calls QK_RUN(fn) for each test function.
 * A failed QK_CHECK prints file:line and the expression, marks the current test
 * failed and goes on; QK_REQUIRE returns from the test function at once.
 * qk_test_summary() prints "N passed, M failed" and returns the exit code.
 */
#ifndef QK_TEST_H
#define QK_TEST_H

#include <stdio.h>
#include <string.h>

static int qk_test_failed_checks; /* failures in the current test */
static int qk_test_passed, qk_test_failed;

#define QK_CHECK(cond) do { if (!(cond)) { \
    fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    qk_test_failed_checks++; } } while (0)

#define QK_REQUIRE(cond) do { if (!(cond)) { \
    fprintf(stderr, "%s:%d: required: %s\n", __FILE__, __LINE__, #cond); \
    qk_test_failed_checks++; return; } } while (0)

#define QK_CHECK_INT(a, b) do { long long qk_a_ = (long long)(a), qk_b_ = (long long)(b); \
    if (qk_a_ != qk_b_) { fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", \
    __FILE__, __LINE__, #a, qk_a_, #b, qk_b_); qk_test_failed_checks++; } } while (0)

#define QK_CHECK_STR(a, b) do { const char *qk_a_ = (a), *qk_b_ = (b); \
    if (!qk_a_ || !qk_b_ || strcmp(qk_a_, qk_b_) != 0) { \
    fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, \
    qk_a_ ? qk_a_ : "(null)", qk_b_ ? qk_b_ : "(null)"); qk_test_failed_checks++; } } while (0)

#define QK_CHECK_NEAR(a, b, eps) do { double qk_a_ = (a), qk_b_ = (b); \
    if (qk_a_ - qk_b_ > (eps) || qk_b_ - qk_a_ > (eps)) { \
    fprintf(stderr, "%s:%d: %s == %g, expected %g\n", __FILE__, __LINE__, #a, qk_a_, qk_b_); \
    qk_test_failed_checks++; } } while (0)

#define QK_RUN(fn) do { qk_test_failed_checks = 0; fn(); \
    if (qk_test_failed_checks) { qk_test_failed++; fprintf(stderr, "FAIL %s\n", #fn); } \
    else { qk_test_passed++; printf("ok   %s\n", #fn); } } while (0)

static inline int qk_test_summary(void)
{
    printf("%d passed, %d failed\n", qk_test_passed, qk_test_failed);
    return qk_test_failed ? 1 : 0;
}

#endif
