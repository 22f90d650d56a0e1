/* qk_rng.c: the seeded random number generator behind shuffles and pools.
 *
 * How it works: a 64-bit seed is spread over the 256-bit state of xoshiro256**
 * by four draws of splitmix64 (so seed 0 gives a good state, never the all-zero
 * state xoshiro cannot leave). qk_rng_next is the xoshiro256** step, written from
 * its published definition; only fixed-width unsigned arithmetic is used, so the
 * sequence is the same on every machine and compiler. qk_rng_below draws without
 * modulo bias by rejection (Lemire's multiply-and-reject), and qk_rng_shuffle is a
 * Fisher-Yates shuffle from the last element down. tests/test_rng.c pins the
 * sequence with known-answer values: changing anything here changes every
 * recorded session order, so those values must not be edited lightly.
 */
#include "qk_rng.h"

static uint64_t rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

void qk_rng_seed(qk_rng *rng, uint64_t seed)
{
    if (!rng)
        return;
    uint64_t x = seed;
    for (int i = 0; i < 4; i++)
        rng->s[i] = splitmix64(&x);
}

uint64_t qk_rng_next(qk_rng *rng)
{
    if (!rng)
        return 0;
    uint64_t *s = rng->s;
    const uint64_t result = rotl64(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return result;
}

uint32_t qk_rng_below(qk_rng *rng, uint32_t bound)
{
    if (bound == 0 || !rng)
        return 0;
    /* The high 32 bits times bound, keeping the top word; reject the few low
     * words that would make some results more likely than others. */
    uint64_t m = (qk_rng_next(rng) >> 32) * (uint64_t)bound;
    uint32_t low = (uint32_t)m;
    if (low < bound) {
        const uint32_t threshold = (uint32_t)(-bound) % bound;
        while (low < threshold) {
            m = (qk_rng_next(rng) >> 32) * (uint64_t)bound;
            low = (uint32_t)m;
        }
    }
    return (uint32_t)(m >> 32);
}

/* Uniform in [0, bound) for bounds beyond 32 bits (plain rejection). */
static uint64_t below64(qk_rng *rng, uint64_t bound)
{
    if (bound <= UINT32_MAX)
        return qk_rng_below(rng, (uint32_t)bound);
    const uint64_t limit = UINT64_MAX - (UINT64_MAX % bound + 1) % bound;
    uint64_t r;
    do
        r = qk_rng_next(rng);
    while (r > limit);
    return r % bound;
}

void qk_rng_shuffle(qk_rng *rng, size_t *v, size_t n)
{
    if (!rng || !v || n < 2)
        return;
    for (size_t i = n - 1; i > 0; i--) {
        size_t j = (size_t)below64(rng, (uint64_t)i + 1);
        size_t tmp = v[i];
        v[i] = v[j];
        v[j] = tmp;
    }
}
