/* qk_backoff.h: when the forwarder tries the results server again.
 *
 * Design: exponential backoff with jitter and a cap. After the n-th failure in a
 * row the next try waits a random time in [d/2, d], d = min(cap, base * 2^(n-1)):
 * growing fast so a down server is not hammered, capped so a station finds the
 * server again within `cap` of its return, and spread (the jitter) so fifty
 * stations that lost the server together do not all come back in the same second.
 * A success resets it. No clock and no global RNG inside: the caller passes the
 * time (ms, any monotonic origin) and the state carries its own seeded RNG, so
 * the timing is unit-tested without a server or a real clock.
 */
#ifndef QK_BACKOFF_H
#define QK_BACKOFF_H

#include <stdint.h>

typedef struct {
    uint32_t base_ms, cap_ms; /* first delay's ceiling, the longest delay */
    uint32_t failures;        /* failures in a row */
    uint64_t rng;             /* xorshift state, never 0 */
    uint64_t next_ms;         /* the earliest time of the next try */
} qk_backoff;

/* Plain struct, no resources: init with the delays and a seed (any value). */
void qk_backoff_init(qk_backoff *b, uint32_t base_ms, uint32_t cap_ms, uint64_t seed);
/* A try failed at now_ms: returns the delay chosen; next_ms = now_ms + delay. */
uint32_t qk_backoff_failed(qk_backoff *b, uint64_t now_ms);
/* A try succeeded: back to no delay. */
void qk_backoff_succeeded(qk_backoff *b, uint64_t now_ms);
/* Whether a try is due at now_ms. */
int qk_backoff_due(const qk_backoff *b, uint64_t now_ms);

#endif
