/* qk_pin.c: the trainer PIN (see qk_pin.h).
 *
 * Hashing and checking are libsodium's crypto_pwhash_str / _str_verify with the
 * interactive limits; nothing here compares PINs itself. The guard keeps the
 * times of the last wrong tries in a small array, oldest first: a wrong try
 * drops those older than the window, appends itself, and locks the pad when the
 * array is full. With a state file, qk_pin_guard_record writes the guard out
 * after each change (save_state) and qk_pin_guard_attach reads it back; the
 * file holds wall-clock times, as the monotonic clock starts again at boot.
 */
#include "qk_pin.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

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

bool qk_pin_is_trivial(const char *pin)
{
    if (!qk_pin_is_valid(pin))
        return false;
    size_t n = strlen(pin);
    /* One digit, or a run with the same step of +1 or -1 (9 -> 0 counts). */
    for (int step = 0; step <= 2; step++) {
        int d = step == 2 ? 9 : step; /* 0, +1, -1 (as +9 mod 10) */
        bool run = true;
        for (size_t i = 1; i < n && run; i++)
            run = (pin[i] - '0') == ((pin[i - 1] - '0') + d) % 10;
        if (run)
            return true;
    }
    /* A block repeated: 1212, 123123, 12341234. */
    for (size_t p = 1; p <= n / 2; p++) {
        if (n % p)
            continue;
        bool rep = true;
        for (size_t i = p; i < n && rep; i++)
            rep = pin[i] == pin[i - p];
        if (rep)
            return true;
    }
    /* The middle column of a phone keypad, down or up. */
    return !strcmp(pin, "2580") || !strcmp(pin, "0852");
}

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Writes the guard to its state file (times on the wall clock), as a new file
 * renamed over the old so that a kill or power cut leaves one or the other.
 * Best effort: a failure was reported by qk_pin_guard_attach already. */
static void save_state(const qk_pin_guard *g, double now)
{
    if (!g->state_path[0])
        return;
    char tmp[sizeof g->state_path + 8];
    snprintf(tmp, sizeof tmp, "%s.new", g->state_path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    double off = wall_now() - now;
    fprintf(f, "# quizkiosk: the trainer PIN pad's lock-out (wrong PINs); do not edit\n");
    if (g->locked_until > 0)
        fprintf(f, "locked_until %.3f\n", g->locked_until + off);
    for (int i = 0; i < g->n_wrong; i++)
        fprintf(f, "wrong %.3f\n", g->wrong_at[i] + off);
    bool ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
    ok = fclose(f) == 0 && ok;
    if (ok)
        ok = rename(tmp, g->state_path) == 0;
    if (!ok)
        unlink(tmp);
}

bool qk_pin_guard_attach(qk_pin_guard *g, const char *path, double now, char *err,
                         size_t cap)
{
    err[0] = '\0';
    if (!path || strlen(path) >= sizeof g->state_path) {
        snprintf(err, cap, "the PIN lock-out file's path is too long; the lock-out will not "
                 "survive a restart");
        return false;
    }
    strcpy(g->state_path, path);
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno == ENOENT) {
            save_state(g, now); /* tells now, not at the first wrong PIN, if it cannot */
            if (access(path, W_OK) == 0)
                return true;
        }
        snprintf(err, cap, "cannot use the PIN lock-out file %s (%s); the lock-out will not "
                 "survive a restart: check that folder's permissions", path, strerror(errno));
        return false;
    }
    double off = now - wall_now(); /* wall -> caller's clock */
    char line[128];
    bool damaged = false;
    while (fgets(line, sizeof line, f)) {
        double t;
        char extra;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "locked_until %lf %c", &t, &extra) == 1) {
            t += off;
            if (t > now + QK_PIN_LOCK_S)
                t = now + QK_PIN_LOCK_S; /* the clock was set back */
            g->locked_until = t > now ? t : 0;
        } else if (sscanf(line, "wrong %lf %c", &t, &extra) == 1) {
            t += off;
            if (t > now)
                t = now;
            if (now - t < QK_PIN_WINDOW_S && g->n_wrong < QK_PIN_MAX_WRONG - 1)
                g->wrong_at[g->n_wrong++] = t;
        } else {
            damaged = true;
        }
    }
    fclose(f);
    if (damaged) {
        /* A damaged file is read as far as it goes; a lock in it still holds. */
        snprintf(err, cap, "the PIN lock-out file %s was damaged; it has been written anew",
                 path);
        save_state(g, now);
        return false;
    }
    return true;
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
        save_state(g, now);
        return QK_PIN_OK;
    }
    forget_old(g, now);
    g->wrong_at[g->n_wrong++] = now;
    if (g->n_wrong >= QK_PIN_MAX_WRONG) {
        g->locked_until = now + QK_PIN_LOCK_S;
        g->n_wrong = 0;
    }
    save_state(g, now);
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
