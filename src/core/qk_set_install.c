/* qk_set_install.c: staged, checked, atomic installation of a set that came
 * from the server (see qk_set_install.h for the order of steps and why).
 *
 * Ownership: every path built here is malloc'ed and freed in the same
 * function; the loaded set used for the check is freed before return.
 */
#define _POSIX_C_SOURCE 200809L
#include "qk_set_install.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_loader.h"
#include "qk_model.h"
#include "qk_path.h"

int qk_set_install_name_ok(const char *name)
{
    if (!name || !*name || name[0] == '/' || strchr(name, '\\'))
        return 0;
    const char *p = name;
    while (*p) {
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == 0 || p[0] == '.')   /* empty, ".", "..", or hidden */
            return 0;
        if (!end)
            break;
        p = end + 1;
        if (!*p)                     /* trailing slash */
            return 0;
    }
    return 1;
}

/* Writes data to path (creating its parent folders below `root`), fsync'ed. */
static int write_file(const char *root, const char *name, const void *data, size_t len)
{
    char *path = qk_path_join(root, name);
    if (!path)
        return -1;
    /* Parent folders, one component at a time. */
    for (char *s = path + strlen(root) + 1; (s = strchr(s, '/')) != NULL; s++) {
        *s = '\0';
        int rc = mkdir(path, 0755);
        *s = '/';
        if (rc != 0 && errno != EEXIST) {
            free(path);
            return -1;
        }
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    free(path);
    if (fd < 0)
        return -1;
    const char *b = data;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, b + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            return -1;
        }
        done += (size_t)w;
    }
    int rc = fsync(fd);
    if (close(fd) != 0)
        rc = -1;
    return rc;
}

static void fsync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)fsync(fd);
        close(fd);
    }
}

/* Removes the staging folder: the files we put there, then the folders. */
static void remove_staging(const char *staging, const char *cfg_name,
                           const qk_set_file *files, size_t n_files)
{
    char *p = qk_path_join(staging, cfg_name);
    if (p)
        unlink(p);
    free(p);
    for (size_t i = 0; i < n_files; i++) {
        p = qk_path_join(staging, files[i].name);
        if (!p)
            continue;
        unlink(p);
        /* Its parent folders up to the staging folder, while empty. */
        for (char *s; (s = strrchr(p, '/')) != NULL && (size_t)(s - p) > strlen(staging);) {
            *s = '\0';
            if (rmdir(p) != 0)
                break;
        }
        free(p);
    }
    rmdir(staging);
}

/* True when name is one of the files that came with the set. */
static int delivered(const char *rel, const qk_set_file *files, size_t n_files)
{
    for (size_t i = 0; i < n_files; i++)
        if (strcmp(files[i].name, rel) == 0)
            return 1;
    return 0;
}

/* Every picture the loaded set names must have come with it; the loader only
 * warns about a missing picture, but a published set that lost one on the way
 * is a half-written set. */
static int pictures_delivered(const qk_set *set, const char *staging, const char *cfg_name,
                              const qk_set_file *files, size_t n_files, qk_diags *diags)
{
    const char *dir = set->dir ? set->dir : staging;
    int ok = 1;
    for (size_t r = 0; r < set->n_rounds; r++)
        for (size_t q = 0; q < set->rounds[r].n_questions; q++) {
            const qk_question *qq = &set->rounds[r].questions[q];
            if (!qq->picture)
                continue;
            const char *rel = qk_path_below(qq->picture, dir);
            if (!delivered(rel, files, n_files)) {
                qk_diag_addt(diags, QK_DIAG_ERROR, cfg_name, qq->line, QK_D_INS_PICTURE, rel);
                ok = 0;
            }
        }
    return ok;
}

qk_install_result qk_set_install(const char *quizzes_dir, const char *cfg_name,
                                 const void *cfg, size_t cfg_len, const char *sha256_hex,
                                 const qk_set_file *files, size_t n_files, qk_diags *diags)
{
    size_t cn = cfg_name ? strlen(cfg_name) : 0;
    if (!qk_set_install_name_ok(cfg_name) || strchr(cfg_name, '/') || cn <= 4 ||
        strcmp(cfg_name + cn - 4, ".cfg") != 0) {
        qk_diag_addt(diags, QK_DIAG_ERROR, cfg_name ? cfg_name : "(no name)", 0,
                     QK_D_INS_BAD_NAME);
        return QK_INSTALL_BAD_NAME;
    }
    for (size_t i = 0; i < n_files; i++)
        if (!qk_set_install_name_ok(files[i].name) || strcmp(files[i].name, cfg_name) == 0) {
            qk_diag_addt(diags, QK_DIAG_ERROR, cfg_name, 0, QK_D_INS_BAD_FILE,
                         files[i].name ? files[i].name : "");
            return QK_INSTALL_BAD_NAME;
        }
    if (sha256_hex) {
        unsigned char digest[crypto_hash_sha256_BYTES];
        char hex[2 * crypto_hash_sha256_BYTES + 1];
        if (sodium_init() < 0)
            return QK_INSTALL_IO;
        crypto_hash_sha256(digest, cfg, cfg_len);
        sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
        if (strcmp(hex, sha256_hex) != 0) {
            qk_diag_addt(diags, QK_DIAG_ERROR, cfg_name, 0, QK_D_INS_HASH, hex, sha256_hex);
            return QK_INSTALL_HASH;
        }
    }

    char *staging = qk_path_join(quizzes_dir, ".incoming-XXXXXX");
    if (!staging || !mkdtemp(staging)) {
        qk_diag_addt(diags, QK_DIAG_ERROR, quizzes_dir, 0, QK_D_INS_STAGING, strerror(errno));
        free(staging);
        return QK_INSTALL_IO;
    }

    qk_install_result res = QK_INSTALL_OK;
    for (size_t i = 0; i < n_files && res == QK_INSTALL_OK; i++)
        if (write_file(staging, files[i].name, files[i].data, files[i].len) != 0) {
            qk_diag_addt(diags, QK_DIAG_ERROR, quizzes_dir, 0, QK_D_INS_WRITE, files[i].name,
                         strerror(errno));
            res = QK_INSTALL_IO;
        }
    if (res == QK_INSTALL_OK && write_file(staging, cfg_name, cfg, cfg_len) != 0) {
        qk_diag_addt(diags, QK_DIAG_ERROR, quizzes_dir, 0, QK_D_INS_WRITE, cfg_name,
                     strerror(errno));
        res = QK_INSTALL_IO;
    }

    if (res == QK_INSTALL_OK) {
        char *staged = qk_path_join(staging, cfg_name);
        qk_set *set = staged ? qk_set_load(staged, diags) : NULL;
        if (!set || !pictures_delivered(set, staging, cfg_name, files, n_files, diags))
            res = QK_INSTALL_INVALID;
        qk_set_free(set);
        free(staged);
    }

    /* Pictures first, then the set: the catalog only ever sees a .cfg whose
     * pictures are already in place. */
    for (size_t i = 0; i < n_files && res == QK_INSTALL_OK; i++) {
        char *from = qk_path_join(staging, files[i].name);
        char *to = qk_path_join(quizzes_dir, files[i].name);
        int rc = -1;
        if (from && to) {
            for (char *s = to + strlen(quizzes_dir) + 1; (s = strchr(s, '/')) != NULL; s++) {
                *s = '\0';
                (void)mkdir(to, 0755);
                *s = '/';
            }
            rc = rename(from, to);
        }
        if (rc != 0) {
            qk_diag_addt(diags, QK_DIAG_ERROR, quizzes_dir, 0, QK_D_INS_PLACE, files[i].name,
                         strerror(errno));
            res = QK_INSTALL_IO;
        }
        free(from);
        free(to);
    }
    if (res == QK_INSTALL_OK) {
        char *from = qk_path_join(staging, cfg_name);
        char *to = qk_path_join(quizzes_dir, cfg_name);
        if (!from || !to || rename(from, to) != 0) {
            qk_diag_addt(diags, QK_DIAG_ERROR, quizzes_dir, 0, QK_D_INS_PLACE, cfg_name,
                         strerror(errno));
            res = QK_INSTALL_IO;
        }
        free(from);
        free(to);
        fsync_dir(quizzes_dir);
    }
    remove_staging(staging, cfg_name, files, n_files);
    free(staging);
    return res;
}
