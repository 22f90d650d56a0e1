/* qk_pin.c: the trainer PIN (see qk_pin.h).
 *
 * Hashing and checking are libsodium's crypto_pwhash_str / _str_verify with the
 * interactive limits; nothing here compares PINs itself. The guard keeps the
 * times of the last wrong tries in a small array, oldest first: a wrong try
 * drops those older than the window, appends itself, and locks the pad when the
 * array is full.
 */
#include "qk_pin.h"

#include <ctype.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

/* crypto_pwhash_str("1234", OPSLIMIT_INTERACTIVE, MEMLIMIT_INTERACTIVE). */
const char qk_pin_default_hash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$YhjKbuKoOqpjCsV91MCgfg$"
    "hT3hPPYzhxg6NkvWoZHPcMNRyTalbBRzQIKKniVbRNM";

_Static_assert(QK_PIN_HASH_BYTES == crypto_pwhash_STRBYTES, "hash buffer size");

static bool sodium_ready(void)
{
    return sodium_init() >= 0; /* 0 first time, 1 after: both fine */
}

bool qk_pin_is_valid(const char *pin)
{
    if (!pin)
        return false;
    size_t n = 0;
    for (; pin[n]; n++)
        if (pin[n] < '0' || pin[n] > '9')
            return false;
    return n >= QK_PIN_MIN_DIGITS && n <= QK_PIN_MAX_DIGITS;
}

/* Skips "KEY=DIGITS" at *p; false when it is not there. */
static bool skip_param(const char **p, const char *key)
{
    size_t k = strlen(key);
    if (strncmp(*p, key, k) != 0 || (*p)[k] != '=')
        return false;
    const char *q = *p + k + 1;
    if (!isdigit((unsigned char)*q))
        return false;
    while (isdigit((unsigned char)*q))
        q++;
    *p = q;
    return true;
}

/* Skips one run of unpadded base64 characters; false when empty. */
static bool skip_b64(const char **p)
{
    const char *q = *p;
    while (isalnum((unsigned char)*q) || *q == '+' || *q == '/')
        q++;
    if (q == *p)
        return false;
    *p = q;
    return true;
}

bool qk_pin_hash_looks_valid(const char *hash)
{
    if (!hash || strlen(hash) >= QK_PIN_HASH_BYTES)
        return false;
    const char *p = hash;
    if (!strncmp(p, "$argon2id$", 10))
        p += 10;
    else if (!strncmp(p, "$argon2i$", 9))
        p += 9;
    else
        return false;
    if (!skip_param(&p, "v") || *p++ != '$')
        return false;
    if (!skip_param(&p, "m") || *p++ != ',' || !skip_param(&p, "t") || *p++ != ',' ||
        !skip_param(&p, "p") || *p++ != '$')
        return false;
    if (!skip_b64(&p) || *p++ != '$' || !skip_b64(&p) || *p)
        return false;
    if (!sodium_ready())
        return false;
    /* libsodium's own parser must agree (-1 = not a valid hash string). */
    return crypto_pwhash_str_needs_rehash(hash, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) >= 0;
}

bool qk_pin_hash(const char *pin, char out[QK_PIN_HASH_BYTES])
{
    if (!qk_pin_is_valid(pin) || !sodium_ready())
        return false;
    return crypto_pwhash_str(out, pin, strlen(pin), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                             crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0;
}

bool qk_pin_verify(const char *hash, const char *pin)
{
    if (!qk_pin_is_valid(pin) || !qk_pin_hash_looks_valid(hash) || !sodium_ready())
        return false;
    return crypto_pwhash_str_verify(hash, pin, strlen(pin)) == 0;
}

void qk_pin_guard_init(qk_pin_guard *g)
{
    memset(g, 0, sizeof *g);
}

bool qk_pin_guard_locked(const qk_pin_guard *g, double now, double *remaining_s)
{
    bool locked = g->locked_until > 0 && now < g->locked_until;
    if (remaining_s)
        *remaining_s = locked ? g->locked_until - now : 0;
    return locked;
}

/* Drops wrong tries that fell out of the window before `now`. */
static void forget_old(qk_pin_guard *g, double now)
{
    int keep = 0;
    for (int i = 0; i < g->n_wrong; i++)
        if (now - g->wrong_at[i] < QK_PIN_WINDOW_S)
            g->wrong_at[keep++] = g->wrong_at[i];
    g->n_wrong = keep;
}

int qk_pin_guard_tries_left(const qk_pin_guard *g, double now)
{
    int recent = 0;
    for (int i = 0; i < g->n_wrong; i++)
        if (now - g->wrong_at[i] < QK_PIN_WINDOW_S)
            recent++;
    return QK_PIN_MAX_WRONG - recent;
}

qk_pin_result qk_pin_guard_record(qk_pin_guard *g, bool right, double now)
{
    if (qk_pin_guard_locked(g, now, NULL))
        return QK_PIN_LOCKED;
    g->locked_until = 0;
    if (right) {
        g->n_wrong = 0;
        return QK_PIN_OK;
    }
    forget_old(g, now);
    g->wrong_at[g->n_wrong++] = now;
    if (g->n_wrong >= QK_PIN_MAX_WRONG) {
        g->locked_until = now + QK_PIN_LOCK_S;
        g->n_wrong = 0;
    }
    return QK_PIN_WRONG;
}

qk_pin_result qk_pin_guard_try(qk_pin_guard *g, const char *hash, const char *pin, double now)
{
    if (qk_pin_guard_locked(g, now, NULL))
        return QK_PIN_LOCKED;
    return qk_pin_guard_record(g, qk_pin_verify(hash, pin), now);
}

double qk_pin_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
