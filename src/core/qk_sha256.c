/* qk_sha256.c: SHA-256 through libcrypto opened on first use (see qk_sha256.h).
 *
 * Only the three functions' symbols are taken from the library; the context
 * type comes from <openssl/sha.h>, whose layout is the library's ABI (the
 * soname libcrypto.so.3 pins it). The handle is never closed: the pointers
 * stay valid for the life of the process.
 */
/* SHA256_Init/Update/Final are deprecated in OpenSSL 3.0 (see qk_sha256.h). */
#define OPENSSL_API_COMPAT 0x10100000L
#include "qk_sha256.h"

#include <dlfcn.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int (*sha_init)(SHA256_CTX *);
static int (*sha_update)(SHA256_CTX *, const void *, size_t);
static int (*sha_final)(unsigned char *, SHA256_CTX *);
static pthread_once_t sha_once = PTHREAD_ONCE_INIT;
static bool sha_loaded;
static char sha_err[512];

static void sha_open(void)
{
    const char *name = getenv("QK_LIBCRYPTO");
    if (!name || !*name)
        name = "libcrypto.so.3";
    void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        snprintf(sha_err, sizeof sha_err, "%s", why ? why : name);
        return;
    }
    void *i = dlsym(h, "SHA256_Init"), *u = dlsym(h, "SHA256_Update"),
         *f = dlsym(h, "SHA256_Final");
    if (!i || !u || !f) {
        snprintf(sha_err, sizeof sha_err, "%s: no SHA256_Init/Update/Final", name);
        return;
    }
    memcpy(&sha_init, &i, sizeof i);
    memcpy(&sha_update, &u, sizeof u);
    memcpy(&sha_final, &f, sizeof f);
    sha_loaded = true;
}

bool qk_sha256(const void *data, size_t len, unsigned char out[QK_SHA256_BYTES])
{
    pthread_once(&sha_once, sha_open);
    if (!sha_loaded) {
        memset(out, 0, QK_SHA256_BYTES);
        return false;
    }
    SHA256_CTX ctx;
    sha_init(&ctx);
    sha_update(&ctx, data, len);
    sha_final(out, &ctx);
    return true;
}

const char *qk_sha256_error(void)
{
    return sha_loaded ? "" : sha_err;
}
