/* qk_backoff.c: exponential backoff with jitter and a cap (see qk_backoff.h). */
#include "qk_backoff.h"

void qk_backoff_init(qk_backoff *b, uint32_t base_ms, uint32_t cap_ms, uint64_t seed)
{
    b->base_ms = base_ms ? base_ms : 1;
    b->cap_ms = cap_ms < b->base_ms ? b->base_ms : cap_ms;
    b->failures = 0;
    b->rng = seed ? seed : 0x9e3779b97f4a7c15ULL;
    b->next_ms = 0;
}

static uint64_t next_rand(qk_backoff *b)
{
    uint64_t x = b->rng;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    b->rng = x;
    return x;
}

uint32_t qk_backoff_failed(qk_backoff *b, uint64_t now_ms)
{
    if (b->failures < 64)
        b->failures++;
    uint64_t d = b->base_ms;
    for (uint32_t i = 1; i < b->failures && d < b->cap_ms; i++)
        d *= 2;
    if (d > b->cap_ms)
        d = b->cap_ms;
    uint64_t lo = d / 2;
    uint32_t delay = (uint32_t)(lo + next_rand(b) % (d - lo + 1));
    b->next_ms = now_ms + delay;
    return delay;
}

void qk_backoff_succeeded(qk_backoff *b, uint64_t now_ms)
{
    b->failures = 0;
    b->next_ms = now_ms;
}

int qk_backoff_due(const qk_backoff *b, uint64_t now_ms)
{
    return now_ms >= b->next_ms;
}
