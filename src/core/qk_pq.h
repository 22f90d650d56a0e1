/* qk_pq.h: libpq, opened when the first connection to a results server is made.
 *
 * Design: most stations have no results_server, and libpq brings libssl,
 * libldap with GnuTLS, libsasl2 and Kerberos with it: ~20 libraries and
 * ~3.5 MiB of the kiosk's PSS when linked, for nothing. So the core does not
 * link libpq: qk_pq_load() dlopen()s libpq.so.5 (Debian's libpq5) once and
 * fills one function pointer per libpq call the core makes, and this header
 * turns each such call, `PQexec(c, sql)`, into a call through its pointer.
 * Only qk_pg_connect() calls qk_pq_load(); every other libpq call takes a
 * PGconn or PGresult, which only exists after a connection was made, so the
 * pointers are filled by then.
 *
 * Include this header, never <libpq-fe.h> directly, in the core. A libpq
 * function used for the first time is added to QK_PQ_FUNCS and given its
 * #define below.
 * A function missing from either fails the build: one with a #define but not
 * in QK_PQ_FUNCS has no pointer, and one in neither calls libpq itself, which
 * the core does not link.
 */
#ifndef QK_PQ_H
#define QK_PQ_H

#include <stdbool.h>
#include <stddef.h>
#include <libpq-fe.h>

#define QK_PQ_FUNCS(X)                                                                       \
    X(PQcancel) X(PQclear) X(PQconnectdbParams) X(PQdb) X(PQerrorMessage) X(PQexec)          \
    X(PQexecParams) X(PQfinish) X(PQfreeCancel) X(PQgetCancel) X(PQgetisnull)               \
    X(PQgetlength) X(PQgetvalue) X(PQhost) X(PQntuples) X(PQport) X(PQresultErrorMessage)   \
    X(PQresultStatus) X(PQsetNoticeProcessor) X(PQstatus) X(PQtransactionStatus) X(PQuser)

#define QK_PQ_DECLARE(f) extern __typeof__(f) *qk_pq_##f;
QK_PQ_FUNCS(QK_PQ_DECLARE)
#undef QK_PQ_DECLARE

/* Opens libpq and fills the pointers, once per process (later calls return
 * the first call's answer). False with a sentence in err (naming the library
 * and the package to install) when it cannot. The library QK_LIBPQ names is
 * opened instead of libpq.so.5 when set (for the test of a missing libpq). */
bool qk_pq_load(char *err, size_t cap);

#ifndef QK_PQ_IMPL
#define PQcancel (*qk_pq_PQcancel)
#define PQclear (*qk_pq_PQclear)
#define PQconnectdbParams (*qk_pq_PQconnectdbParams)
#define PQdb (*qk_pq_PQdb)
#define PQerrorMessage (*qk_pq_PQerrorMessage)
#define PQexec (*qk_pq_PQexec)
#define PQexecParams (*qk_pq_PQexecParams)
#define PQfinish (*qk_pq_PQfinish)
#define PQfreeCancel (*qk_pq_PQfreeCancel)
#define PQgetCancel (*qk_pq_PQgetCancel)
#define PQgetisnull (*qk_pq_PQgetisnull)
#define PQgetlength (*qk_pq_PQgetlength)
#define PQgetvalue (*qk_pq_PQgetvalue)
#define PQhost (*qk_pq_PQhost)
#define PQntuples (*qk_pq_PQntuples)
#define PQport (*qk_pq_PQport)
#define PQresultErrorMessage (*qk_pq_PQresultErrorMessage)
#define PQresultStatus (*qk_pq_PQresultStatus)
#define PQsetNoticeProcessor (*qk_pq_PQsetNoticeProcessor)
#define PQstatus (*qk_pq_PQstatus)
#define PQtransactionStatus (*qk_pq_PQtransactionStatus)
#define PQuser (*qk_pq_PQuser)
#endif

#endif
