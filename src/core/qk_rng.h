/* qk_rng.h: a small seeded random number generator (xoshiro256** seeded by
 * splitmix64). The same seed gives the same sequence on every machine, which is
 * what makes sessions and autoplay runs reproducible. Not for cryptography. */
#ifndef QK_RNG_H
#define QK_RNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct { uint64_t s[4]; } qk_rng;

void qk_rng_seed(qk_rng *rng, uint64_t seed);
uint64_t qk_rng_next(qk_rng *rng);
/* Uniform in [0, bound); bound 0 returns 0. No modulo bias. */
uint32_t qk_rng_below(qk_rng *rng, uint32_t bound);
/* Fisher-Yates shuffle of n size_t values. */
void qk_rng_shuffle(qk_rng *rng, size_t *v, size_t n);

#endif
