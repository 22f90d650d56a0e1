/* qk_sha256.h: the SHA-256 of a buffer, through OpenSSL's libcrypto opened on
 * the first hash.
 *
 * Design: the set loader hashes each set file (set->hash, recorded with every
 * session). libcrypto uses the CPU's SHA instructions (11.6 MB in ~8 ms here,
 * where libsodium's portable C took ~28 ms), but linking it costs every
 * process its start-up: ~1.15 ms to map and relocate, in `quizkiosk --check`
 * (which never hashes, and whose CPU is held to 1.2x a bare libconfig parse)
 * and in the front's exec of every other command. So it is opened with
 * dlopen (libcrypto.so.3, Debian's libssl3, a Depends of the package) on the
 * first hash, as qk_pq.h opens libpq. The low-level SHA256_Init/Update/Final,
 * not the one-shot SHA256(): a program that hashes 1 MiB maps 3.4 MB of
 * libcrypto with SHA256() and 1.6 MB with these (EVP's provider set-up), on a
 * kiosk whose memory aim is 30 MiB (issue 15).
 *
 * Thread-safe: the library is opened once per process (pthread_once).
 */
#ifndef QK_SHA256_H
#define QK_SHA256_H

#include <stdbool.h>
#include <stddef.h>

#define QK_SHA256_BYTES 32

/* Puts the SHA-256 of data[0..len) in out. False when libcrypto cannot be
 * opened (out is then zeroed): the library named by QK_LIBCRYPTO is opened
 * instead of libcrypto.so.3 when set (for the test of a missing library). */
bool qk_sha256(const void *data, size_t len, unsigned char out[QK_SHA256_BYTES]);

/* Why qk_sha256 failed (dlopen's words, naming the library), or "" when it
 * did not. The caller says it in the user's language (QK_D_NO_LIBCRYPTO). */
const char *qk_sha256_error(void);

#endif
