/* qk_export_file.c: what every export shares (see qk_export.h): writing a file
 * whole or not at all, numbers and times as spreadsheets read them, and the
 * texts looked up by the set's content hash with the one notice about set
 * versions that are gone. */
#include "qk_export.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "qk_i18n.h"
#include "qk_strbuf.h"

/* fmt is a string-table format (qk_tr), its arguments as its id's comment says. */
static void set_err(char *err, size_t cap, const char *fmt, ...);
static void set_err(char *err, size_t cap, const char *fmt, ...)
{
    if (!err || !cap)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, cap, fmt, ap);
    va_end(ap);
}

bool qk_outfile_tmpname(const char *path, char *tmp, size_t cap)
{
    int w = snprintf(tmp, cap, "%s.tmp-%ld", path, (long)getpid());
    return w > 0 && (size_t)w < cap;
}

qk_str qk_outfile_errmsg(int e)
{
    switch (e) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
    case EIO:
        return QK_S_EXPORT_E_WRITE;
    default:
        return QK_S_EXPORT_E_OPEN;
    }
}

bool qk_outfile_place(const char *tmp, const char *path, char *err, size_t errcap)
{
    int fd = open(tmp, O_RDONLY);
    int e = 0;
    if (fd < 0 || fsync(fd) != 0)
        e = errno ? errno : EIO;
    if (fd >= 0)
        close(fd);
    if (e) {
        unlink(tmp);
        set_err(err, errcap, qk_tr(qk_outfile_errmsg(e)), path, strerror(e));
        return false;
    }
    if (rename(tmp, path) != 0) {
        e = errno;
        unlink(tmp);
        set_err(err, errcap, qk_tr(QK_S_EXPORT_E_PLACE), path, strerror(e));
        return false;
    }
    /* Make the rename itself durable: trainers pull USB sticks out quickly. */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *(slash == dir ? slash + 1 : slash) = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    int dfd = open(dir, O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    return true;
}

FILE *qk_outfile_open(const char *path, char *tmp, size_t tmpcap, char *err, size_t errcap)
{
    if (!path || !*path) {
        set_err(err, errcap, "%s", qk_tr(QK_S_EXPORT_E_NO_NAME));
        return NULL;
    }
    if (!qk_outfile_tmpname(path, tmp, tmpcap)) {
        set_err(err, errcap, qk_tr(QK_S_EXPORT_E_LONG), path);
        return NULL;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!f) {
        int e = errno;
        if (fd >= 0)
            close(fd);
        unlink(tmp);
        set_err(err, errcap, qk_tr(QK_S_EXPORT_E_OPEN), path, strerror(e));
    }
    return f;
}

bool qk_outfile_commit(FILE *f, const char *tmp, const char *path, bool failed,
                       char *err, size_t errcap)
{
    int werr = 0;
    errno = 0;
    if (fflush(f) != 0 || ferror(f))
        werr = errno ? errno : EIO;
    if (fclose(f) != 0 && !werr)
        werr = errno ? errno : EIO;
    if (failed || werr) {
        unlink(tmp);
        if (!failed)
            set_err(err, errcap, qk_tr(qk_outfile_errmsg(werr)), path, strerror(werr));
        return false;
    }
    return qk_outfile_place(tmp, path, err, errcap);
}

const char *qk_export_num(double v, char point, char *buf, size_t cap)
{
    snprintf(buf, cap, "%.6f", v);
    char *dot = strchr(buf, '.');
    if (dot) {
        char *end = buf + strlen(buf) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
        else
            *dot = point == ',' ? ',' : '.';
    }
    if (strcmp(buf, "-0") == 0)
        snprintf(buf, cap, "0");
    return buf;
}

const char *qk_export_time(time_t t, char *buf, size_t cap)
{
    struct tm tm;
    if (!localtime_r(&t, &tm) || !strftime(buf, cap, "%Y-%m-%d %H:%M:%S", &tm))
        snprintf(buf, cap, "%lld", (long long)t);
    return buf;
}

const qk_question *qk_export_question(const qk_textbook *texts, const qk_hist_session *s,
                                      const char *question_id, qk_export_result *res)
{
    const qk_set *set = qk_textbook_find(texts, s->set_hash);
    if (set)
        return qk_set_find_question(set, question_id, NULL);
    if (!res)
        return NULL;
    for (size_t i = 0; i < res->missing && i < QK_EXPORT_MISSING_MAX; i++)
        if (strcmp(res->missing_hash[i], s->set_hash) == 0)
            return NULL;
    if (res->missing < QK_EXPORT_MISSING_MAX) {
        snprintf(res->missing_hash[res->missing], sizeof res->missing_hash[0], "%s",
                 s->set_hash);
        snprintf(res->missing_ids[res->missing], sizeof res->missing_ids[0], "%.40s (%.10s)",
                 s->set_id, s->set_hash);
    }
    /* Beyond the first few only the count grows; a hash seen there again is
     * counted again, which only makes "and N more" a little generous. */
    res->missing++;
    return NULL;
}

void qk_export_finish_notice(qk_export_result *res)
{
    if (!res)
        return;
    res->notice[0] = '\0';
    if (!res->missing)
        return;
    char list[800] = "";
    for (size_t i = 0; i < res->missing && i < QK_EXPORT_MISSING_MAX; i++)
        qk_cat(list, sizeof list, "%s%s", i ? ", " : "", res->missing_ids[i]);
    if (res->missing > QK_EXPORT_MISSING_MAX)
        qk_cat(list, sizeof list, " (+%zu)", res->missing - QK_EXPORT_MISSING_MAX);
    snprintf(res->notice, sizeof res->notice, qk_tr(QK_S_TEXTS_MISSING), list);
}
