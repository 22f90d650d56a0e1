/* qk_store_history.c: reads the stored sessions and answers into a qk_history
 * (see qk_store.h, qk_store_history). One query, sessions LEFT JOIN answers
 * ordered by start, id and seq, so every session comes once with its answers
 * after it; the read is a single statement, hence one consistent snapshot
 * even while the kiosk writes (WAL). */
#include "qk_store_internal.h"

#include <stdio.h>
#include <string.h>

static const char *col_text(sqlite3_stmt *s, int c)
{
    const unsigned char *t = sqlite3_column_text(s, c);
    return t ? (const char *)t : "";
}

bool qk_store_history(qk_store *st, const qk_history_filter *filter, qk_history *out,
                      char *err, size_t errcap)
{
    if (err && errcap)
        err[0] = '\0';
    qk_history_init(out);
    sqlite3 *db = qk_store_sqlite(st);
    if (!db) {
        if (err && errcap)
            snprintf(err, errcap, "the results database %s is not open (%s)",
                     qk_store_path(st), *qk_store_status(st) ? qk_store_status(st) : "no file");
        return false;
    }
    qk_history_filter none = {0, NULL, true};
    const qk_history_filter *f = filter ? filter : &none;
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(db,
        "SELECT t.id, t.station_id, t.set_id, t.set_title, t.set_hash, t.started, t.ended,"
        " t.status, t.score, t.max_score, t.autoplay, a.seq, a.round_id, a.question_id,"
        " a.question_type, a.answer, a.correct, a.credit, a.time_ms, a.points,"
        " a.streak_bonus, a.timed_out, a.answered_at"
        " FROM sessions t LEFT JOIN answers a ON a.session_id = t.id"
        " WHERE t.started >= ?1 AND (?2 = '' OR t.set_id = ?2) AND (?3 OR t.autoplay = 0)"
        " ORDER BY t.started, t.id, a.seq", -1, &s, NULL);
    bool oom = false;
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(s, 1, (sqlite3_int64)f->since);
        sqlite3_bind_text(s, 2, f->set_id ? f->set_id : "", -1, SQLITE_STATIC);
        sqlite3_bind_int(s, 3, f->with_autoplay ? 1 : 0);
        int64_t last = 0;
        while (!oom && (rc = sqlite3_step(s)) == SQLITE_ROW) {
            int64_t id = sqlite3_column_int64(s, 0);
            if (!out->n_sessions || id != last) {
                qk_hist_session hs = {0};
                hs.id = id;
                hs.station_id = (char *)col_text(s, 1);
                hs.set_id = (char *)col_text(s, 2);
                hs.set_title = (char *)col_text(s, 3);
                hs.set_hash = (char *)col_text(s, 4);
                hs.started = (time_t)sqlite3_column_int64(s, 5);
                hs.ended = sqlite3_column_type(s, 6) == SQLITE_NULL
                               ? 0 : (time_t)sqlite3_column_int64(s, 6);
                hs.status = (char *)col_text(s, 7);
                hs.score = sqlite3_column_double(s, 8);
                hs.has_max = sqlite3_column_type(s, 9) != SQLITE_NULL;
                hs.max_score = hs.has_max ? sqlite3_column_double(s, 9) : 0;
                hs.autoplay = sqlite3_column_int(s, 10) != 0;
                if (qk_history_add_session(out, &hs) == (size_t)-1)
                    oom = true;
                last = id;
            }
            if (!oom && sqlite3_column_type(s, 11) != SQLITE_NULL) {
                qk_hist_answer a = {0};
                a.seq = (long)sqlite3_column_int64(s, 11);
                a.round_id = (char *)col_text(s, 12);
                a.question_id = (char *)col_text(s, 13);
                a.question_type = (char *)col_text(s, 14);
                a.answer = (char *)col_text(s, 15);
                a.correct = sqlite3_column_int(s, 16) != 0;
                a.credit = sqlite3_column_double(s, 17);
                a.time_ms = (long)sqlite3_column_int64(s, 18);
                a.points = sqlite3_column_double(s, 19);
                a.streak_bonus = sqlite3_column_double(s, 20);
                a.timed_out = sqlite3_column_int(s, 21) != 0;
                a.answered_at = (time_t)sqlite3_column_int64(s, 22);
                if (!qk_history_add_answer(out, &a))
                    oom = true;
            }
        }
        if (rc == SQLITE_DONE || oom)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK && err && errcap)
        snprintf(err, errcap, "reading the results database %s failed (%s)",
                 qk_store_path(st), sqlite3_errmsg(db));
    sqlite3_finalize(s);
    if (oom && err && errcap)
        snprintf(err, errcap, "out of memory while reading the results database %s",
                 qk_store_path(st));
    if (rc != SQLITE_OK || oom) {
        qk_history_clear(out);
        return false;
    }
    return true;
}
