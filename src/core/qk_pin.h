/* qk_pin.h: the trainer PIN: hashing, checking, and the lock-out after wrong tries.
 *
 * A PIN is 4 to 12 digits. It is never stored or compared in clear: the station
 * file holds a libsodium crypto_pwhash_str string (Argon2id, salted, with the
 * "interactive" cost: about 0.1 s and 64 MiB per hash on a small PC), made by
 * `quizkiosk --hash-pin`, and a typed PIN is checked with crypto_pwhash_str_verify.
 *
 * The lock-out (qk_pin_guard): 5 wrong PINs within 60 seconds lock the PIN pad
 * for 60 seconds. The caller passes the current time as monotonic seconds, so the
 * guard has no clock of its own and tests need no sleeping.
 *
 * The lock-out survives a restart when the guard is given a state file
 * (qk_pin_guard_attach; the kiosk uses `pin-lock` beside the results database):
 * every change is written there at once (a new file renamed over the old), the
 * times as wall-clock seconds, and read back at start. Without it, killing the
 * kiosk would open a locked pad.
 *
 * Trivial PINs (qk_pin_is_trivial): one digit repeated (0000), a run up or down
 * (1234, 9876, 7890), a repeated block (1212, 123123) and the keypad's middle
 * column (2580, 0852). --hash-pin refuses them.
 */
#ifndef QK_PIN_H
#define QK_PIN_H

#include <stdbool.h>
#include <stddef.h>

#define QK_PIN_MIN_DIGITS   4
#define QK_PIN_MAX_DIGITS   12
#define QK_PIN_HASH_BYTES   128  /* room for a hash string and its NUL (crypto_pwhash_STRBYTES) */
#define QK_PIN_MAX_WRONG    5    /* wrong PINs ... */
#define QK_PIN_WINDOW_S     60.0 /* ... within this many seconds lock the pad ... */
#define QK_PIN_LOCK_S       60.0 /* ... for this many seconds */
#define QK_PIN_STATE_FILE   "pin-lock" /* the kiosk's lock-out file, beside results.db */

/* The hash of the default PIN, used when the station file sets no
 * trainer_pin_hash. The default PIN itself is written in docs/station.md. */
extern const char qk_pin_default_hash[];

/* True when `pin` is 4-12 ASCII digits and nothing else. NULL is false. */
bool qk_pin_is_valid(const char *pin);

/* True when `hash` has the form of a libsodium password hash string
 * ("$argon2id$v=19$m=...,t=...,p=...$SALT$HASH", or "$argon2i$..."). It says
 * nothing about which PIN it hashes. NULL is false. */
bool qk_pin_hash_looks_valid(const char *hash);

/* Hashes a valid PIN into `out` (QK_PIN_HASH_BYTES). Returns false when the PIN
 * is not valid (see qk_pin_is_valid) or libsodium fails (out of memory). */
bool qk_pin_hash(const char *pin, char out[QK_PIN_HASH_BYTES]);

/* True when `pin` is the PIN `hash` was made from. False for a malformed hash, an
 * invalid PIN or NULL. Takes about as long as qk_pin_hash. */
bool qk_pin_verify(const char *hash, const char *pin);

/* True when `pin` is valid but easy to guess (see above). NULL is false. */
bool qk_pin_is_trivial(const char *pin);

/* Wrong-PIN lock-out. Plain data: zero it with qk_pin_guard_init; no destroy. */
typedef struct {
    double wrong_at[QK_PIN_MAX_WRONG]; /* times of the recent wrong PINs, oldest first */
    int n_wrong;
    double locked_until;               /* 0 = not locked */
    char state_path[1024];             /* "" = not persisted (qk_pin_guard_attach) */
} qk_pin_guard;

typedef enum {
    QK_PIN_OK = 0,   /* right PIN: the menu opens, the count of wrong ones is cleared */
    QK_PIN_WRONG,    /* wrong PIN (or not 4-12 digits); see qk_pin_guard_tries_left */
    QK_PIN_LOCKED    /* the pad is locked: the PIN was not even looked at */
} qk_pin_result;

void qk_pin_guard_init(qk_pin_guard *g);
/* True while locked at time `now`; *remaining_s (may be NULL) gets the seconds left. */
bool qk_pin_guard_locked(const qk_pin_guard *g, double now, double *remaining_s);
/* Wrong tries left before the pad locks (1..5), counting only tries within the window. */
int qk_pin_guard_tries_left(const qk_pin_guard *g, double now);
/* Checks `pin` against `hash` at time `now` and counts the outcome. */
qk_pin_result qk_pin_guard_try(qk_pin_guard *g, const char *hash, const char *pin, double now);
/* The counting alone, for callers that verify elsewhere: returns QK_PIN_LOCKED when
 * locked, else records `right` and returns QK_PIN_OK or QK_PIN_WRONG. */
qk_pin_result qk_pin_guard_record(qk_pin_guard *g, bool right, double now);

/* Persists the guard in the file `path` from now on, and first reads what an
 * earlier run left there (times in it are taken as wall-clock seconds and
 * turned into the caller's clock at `now`; a lock is never longer than
 * QK_PIN_LOCK_S from now, so a clock set back cannot lock the pad for long).
 * A missing file is a fresh start. Returns false, with a sentence in err (cap
 * bytes), when the file cannot be read or is damaged (the guard then starts
 * afresh but still writes there) or the path is too long (not persisted). */
bool qk_pin_guard_attach(qk_pin_guard *g, const char *path, double now, char *err,
                         size_t cap);

/* Monotonic seconds (CLOCK_MONOTONIC), for callers with no clock of their own. */
double qk_pin_now(void);

#endif
