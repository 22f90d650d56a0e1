/* qk_set_install.h: puts a question set that arrived from elsewhere (a set
 * published on the results server, issue 14) into a station's quizzes folder,
 * so that a bad or half-written set never replaces a good one.
 *
 * The bytes are first written into a hidden staging folder inside the quizzes
 * folder (".incoming-XXXXXX", which the catalog skips: its name starts with a
 * dot), each file fsync'ed. The set is then loaded from there by the same
 * loader as `--check` and the kiosk, and every picture it names must be among
 * the files that came with it. Only then are the pictures renamed into place,
 * and the .cfg last, each by rename(2) within one file system, so the catalog
 * sees either the old file or the new one, never a part. On any failure the
 * staging folder is removed and the quizzes folder is as it was.
 *
 * The caller owns every buffer it passes; nothing is kept after the call.
 */
#ifndef QK_SET_INSTALL_H
#define QK_SET_INSTALL_H

#include <stddef.h>

#include "qk_diag.h"

/* One file that travels with a set: `name` relative to the set's folder, with
 * '/' between folders (e.g. "bilder/kart.png"). */
typedef struct {
    const char *name;
    const void *data;
    size_t len;
} qk_set_file;

typedef enum {
    QK_INSTALL_OK = 0,
    QK_INSTALL_BAD_NAME,  /* a file name that would leave the folder, or no .cfg */
    QK_INSTALL_HASH,      /* the .cfg's bytes do not have the expected SHA-256 */
    QK_INSTALL_INVALID,   /* the set does not load, or a picture did not come */
    QK_INSTALL_IO         /* the quizzes folder could not be written */
} qk_install_result;

/* Installs the set `cfg_name` (a plain file name ending in ".cfg") with bytes
 * cfg/cfg_len and its files into quizzes_dir. `sha256_hex` (may be NULL: not
 * checked) is the lowercase hex SHA-256 the sender says the .cfg has. Every
 * problem goes to `diags` (initialised by the caller), naming the file. */
qk_install_result qk_set_install(const char *quizzes_dir, const char *cfg_name,
                                 const void *cfg, size_t cfg_len, const char *sha256_hex,
                                 const qk_set_file *files, size_t n_files, qk_diags *diags);

/* True when `name` is a safe relative path for a file of a set: not empty, not
 * absolute, no "." or ".." or empty component, no component starting with '.',
 * no backslash. */
int qk_set_install_name_ok(const char *name);

#endif
