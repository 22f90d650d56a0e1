/* test_backoff.c: the forwarder's retry timing with an injected clock (no server):
 * each delay within [d/2, d] for d = base * 2^(n-1), never above the cap, spread by
 * the jitter (stations seeded differently do not retry in step), reset on success. */
#include "qk_backoff.h"
#include "qk_test.h"

static void test_grows_to_cap(void)
{
    qk_backoff b;
    qk_backoff_init(&b, 1000, 60000, 42);
    uint64_t now = 5000;
    QK_CHECK(qk_backoff_due(&b, now));
    uint64_t d = 1000;
    for (int n = 1; n <= 20; n++) {
        uint32_t delay = qk_backoff_failed(&b, now);
        QK_CHECK(delay >= d / 2 && delay <= d);
        QK_CHECK(delay <= 60000);
        QK_CHECK(!qk_backoff_due(&b, now + delay - 1));
        QK_CHECK(qk_backoff_due(&b, now + delay));
        now += delay;
        d = d * 2 > 60000 ? 60000 : d * 2;
    }
    /* After 20 failures the delay sits between cap/2 and cap. */
    uint32_t last = qk_backoff_failed(&b, now);
    QK_CHECK(last >= 30000 && last <= 60000);
    qk_backoff_succeeded(&b, now);
    QK_CHECK(qk_backoff_due(&b, now));
    QK_CHECK(qk_backoff_failed(&b, now) <= 1000);
}

static void test_jitter_spreads(void)
{
    /* Fifty stations lose the server at the same moment: their 6th retries fall
     * in many different 100 ms slots, and the median is near 3/4 of d. */
    int slots[400] = {0};
    int distinct = 0;
    uint64_t sum = 0;
    for (int s = 0; s < 50; s++) {
        qk_backoff b;
        qk_backoff_init(&b, 1000, 60000, 1000 + (uint64_t)s * 7919);
        uint32_t delay = 0;
        for (int n = 0; n < 6; n++)
            delay = qk_backoff_failed(&b, 0);
        QK_CHECK(delay >= 16000 && delay <= 32000);
        sum += delay;
        int slot = (int)(delay / 100) % 400;
        if (!slots[slot]++)
            distinct++;
    }
    QK_CHECK(distinct >= 35);
    QK_CHECK(sum / 50 > 20000 && sum / 50 < 28000);
}

int main(void)
{
    QK_RUN(test_grows_to_cap);
    QK_RUN(test_jitter_spreads);
    return qk_test_summary();
}
