/* test_store_play.c: sessions played through the real engine on a real set
 * file, stored as the kiosk stores them, then exported and read back.
 *
 * Every field of every CSV row is compared with the engine's own record of the
 * answer (qk_session_record) and with the session's score; the trainer's
 * figures are compared with figures computed here from the same records. The
 * set (tests/store_sets/store_play.cfg) has every question type, a streak
 * bonus, time limits, and a title with commas, quotes, a line break and æøå;
 * the station id has them too. Answers are drawn with the seeded RNG, so the
 * run is the same every time.
 */
#include <math.h>

#include "qk_loader.h"
#include "qk_rng.h"
#include "qk_test.h"
#include "store_csv.h"
#include "store_fixture.h"

#define N_SESSIONS 12

typedef struct {
    qk_session *s;
    int64_t id;
    time_t started, ended;
    bool autoplay;
    time_t at[64];        /* answered_at of each record */
} played;

static qk_answer random_answer(qk_rng *r, const qk_question *q)
{
    qk_answer a;
    memset(&a, 0, sizeof a);
    switch (q->type) {
    case QK_Q_SINGLE:
        a.n = 1;
        a.v[0] = (int)qk_rng_below(r, (uint32_t)q->n_choices);
        break;
    case QK_Q_TRUEFALSE:
        a.n = 1;
        a.v[0] = (int)qk_rng_below(r, 2);
        break;
    case QK_Q_MULTIPLE:
        a.n = q->n_choices;
        for (size_t i = 0; i < a.n; i++)
            a.v[i] = (int)qk_rng_below(r, 2);
        break;
    case QK_Q_ORDER: {
        size_t perm[QK_MAX_CHOICES];
        for (size_t i = 0; i < q->n_choices; i++)
            perm[i] = i;
        qk_rng_shuffle(r, perm, q->n_choices);
        a.n = q->n_choices;
        for (size_t i = 0; i < a.n; i++)
            a.v[i] = (int)perm[i];
        break;
    }
    case QK_Q_CATEGORIZE:
        a.n = q->n_choices;
        for (size_t i = 0; i < a.n; i++)
            a.v[i] = (int)qk_rng_below(r, (uint32_t)q->n_categories);
        break;
    default:
        break;
    }
    return a;
}

/* Plays session k: some run to the end, some are abandoned (one before any
 * answer), some are autoplay; timeouts happen where there is a time limit. */
static void play_one(qk_store *st, const qk_set *set, qk_rng *r, int k, time_t t0,
                     played *p)
{
    p->s = qk_session_new(set, NULL, 0, (uint64_t)(100 + k));
    p->autoplay = k % 4 == 3;
    p->started = t0 + k * 1000;
    p->id = qk_store_session_begin(st, FX_STATION, set, p->autoplay, p->started);
    int abandon_at = k == 2 ? 0 : k % 5 == 1 ? 3 : -1;
    time_t now = p->started;
    for (;;) {
        qk_state state = qk_session_state(p->s);
        if (state == QK_ST_DONE || state == QK_ST_ABANDONED)
            break;
        if (state != QK_ST_QUESTION) {
            qk_session_next(p->s);
            continue;
        }
        size_t n = qk_session_record_count(p->s);
        if ((int)n == abandon_at) {
            qk_session_abandon(p->s);
            break;
        }
        const qk_question *q = qk_session_question(p->s);
        qk_record rec;
        uint32_t ms = 500 + qk_rng_below(r, 15000);
        if (q->time_limit > 0 && qk_rng_below(r, 4) == 0) {
            qk_session_timeout(p->s, &rec);
        } else {
            qk_answer a = random_answer(r, q);
            qk_session_answer(p->s, &a, ms, &rec);
        }
        now += 1 + (time_t)(ms / 1000);
        p->at[n] = now;
        QK_CHECK(qk_store_answer_at(st, p->id, set, &rec, now));
    }
    p->ended = now + 5;
    QK_CHECK(qk_store_session_end(st, p->id, qk_session_state(p->s) == QK_ST_DONE,
                                  qk_session_score(p->s), qk_session_max_score(p->s),
                                  p->ended));
}

static bool num_eq(const char *cellv, double want)
{
    char *end;
    double v = strtod(cellv, &end);
    return *cellv && !*end && fabs(v - want) < 1e-6;
}

static const char *local(time_t t)
{
    static char buf[4][32];
    static int k;
    struct tm tm;
    localtime_r(&t, &tm);
    char *b = buf[k++ % 4];
    strftime(b, 32, "%Y-%m-%d %H:%M:%S", &tm);
    return b;
}

static void compare_row(const csv_doc *d, size_t row, const qk_set *set, const played *p,
                        size_t i)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%lld", (long long)p->id);
    QK_CHECK_STR(cell(d, row, "session_id"), buf);
    QK_CHECK_STR(cell(d, row, "station_id"), FX_STATION);
    QK_CHECK_STR(cell(d, row, "set_id"), set->id);
    QK_CHECK_STR(cell(d, row, "set_title"), set->title);
    QK_CHECK_STR(cell(d, row, "set_hash"), set->hash);
    QK_CHECK_STR(cell(d, row, "started"), local(p->started));
    QK_CHECK_STR(cell(d, row, "ended"), local(p->ended));
    bool done = qk_session_state(p->s) == QK_ST_DONE;
    QK_CHECK_STR(cell(d, row, "status"), done ? "completed" : "abandoned");
    QK_CHECK(num_eq(cell(d, row, "score"), qk_session_score(p->s)));
    QK_CHECK(num_eq(cell(d, row, "max_score"), qk_session_max_score(p->s)));
    QK_CHECK_STR(cell(d, row, "autoplay"), p->autoplay ? "1" : "0");
    if (qk_session_record_count(p->s) == 0) {
        QK_CHECK_STR(cell(d, row, "seq"), "");
        QK_CHECK_STR(cell(d, row, "question_id"), "");
        return;
    }
    const qk_record *rec = qk_session_record(p->s, i);
    snprintf(buf, sizeof buf, "%zu", i + 1);
    QK_CHECK_STR(cell(d, row, "seq"), buf);
    QK_CHECK_STR(cell(d, row, "round_id"), set->rounds[rec->round].id);
    QK_CHECK_STR(cell(d, row, "question_id"), rec->question->id);
    QK_CHECK_STR(cell(d, row, "question_type"), qk_qtype_name(rec->question->type));
    qk_answer_format(rec->question, &rec->answer, buf, sizeof buf);
    QK_CHECK_STR(cell(d, row, "answer"), buf);
    QK_CHECK_STR(cell(d, row, "correct"), rec->correct ? "1" : "0");
    QK_CHECK(num_eq(cell(d, row, "credit"), rec->credit));
    snprintf(buf, sizeof buf, "%u", (unsigned)rec->elapsed_ms);
    QK_CHECK_STR(cell(d, row, "time_ms"), buf);
    QK_CHECK(num_eq(cell(d, row, "points"), rec->points));
    QK_CHECK(num_eq(cell(d, row, "streak_bonus"), rec->streak_bonus));
    QK_CHECK_STR(cell(d, row, "timed_out"), rec->timed_out ? "1" : "0");
    QK_CHECK_STR(cell(d, row, "answered_at"), local(p->at[i]));
}

typedef struct {
    const char *qid;
    long asked, wrong;
} tally;

static int tally_cmp(const void *a, const void *b)
{
    const tally *x = a, *y = b;
    /* % wrong descending, compared exactly: x.w/x.a vs y.w/y.a */
    long l = x->wrong * y->asked, r = y->wrong * x->asked;
    if (l != r)
        return l > r ? -1 : 1;
    if (x->asked != y->asked)
        return x->asked > y->asked ? -1 : 1;
    return strcmp(x->qid, y->qid);
}

static void test_played_sessions(void)
{
    qk_diags diags;
    qk_diags_init(&diags);
    qk_set *set = qk_set_load(QK_TESTS_DIR "/store_sets/store_play.cfg", &diags);
    qk_diags_print(&diags, stderr);
    qk_diags_clear(&diags);
    QK_REQUIRE(set != NULL);

    const char *dir = fx_tmpdir("play");
    const char *db = fx_join(dir, "results.db");
    qk_store *st = qk_store_open(db);
    QK_REQUIRE(qk_store_ok(st));

    static played p[N_SESSIONS];
    qk_rng r;
    qk_rng_seed(&r, 7);
    time_t t0 = 1790000000;
    for (int k = 0; k < N_SESSIONS; k++)
        play_one(st, set, &r, k, t0, &p[k]);
    QK_CHECK(qk_store_ok(st));

    const char *csv = fx_join(dir, "played.csv");
    long rows = 0;
    char err[1024];
    QK_REQUIRE(qk_store_export_csv(st, csv, 0, &rows, err, sizeof err));
    csv_doc *d = calloc(1, sizeof *d);
    QK_REQUIRE(read_export(csv, d));

    size_t want_rows = 0, timeouts = 0, abandoned = 0;
    for (int k = 0; k < N_SESSIONS; k++) {
        size_t n = qk_session_record_count(p[k].s);
        want_rows += n ? n : 1;
        abandoned += qk_session_state(p[k].s) == QK_ST_ABANDONED;
        for (size_t i = 0; i < n; i++)
            timeouts += qk_session_record(p[k].s, i)->timed_out;
    }
    QK_CHECK_INT(rows, (long)want_rows);
    QK_CHECK_INT(d->nrows, want_rows + 1);
    /* The run really covers what it is meant to. */
    QK_CHECK(timeouts > 0);
    QK_CHECK(abandoned >= 2);
    printf("     %d sessions, %zu rows, %zu timeouts, %zu abandoned\n", N_SESSIONS, want_rows,
           timeouts, abandoned);

    size_t row = 1;
    for (int k = 0; k < N_SESSIONS && row < d->nrows; k++) {
        size_t n = qk_session_record_count(p[k].s);
        for (size_t i = 0; i < (n ? n : 1) && row < d->nrows; i++)
            compare_row(d, row++, set, &p[k], i);
    }
    csv_free(d);
    free(d);

    /* The trainer's figures, computed here from the engine's records. */
    long sessions = 0, completed = 0, answers = 0;
    double pct_sum = 0;
    tally t[16];
    size_t nt = 0;
    for (int k = 0; k < N_SESSIONS; k++) {
        if (p[k].autoplay)
            continue;
        sessions++;
        if (qk_session_state(p[k].s) == QK_ST_DONE) {
            completed++;
            pct_sum += qk_session_score(p[k].s) * 100.0 / qk_session_max_score(p[k].s);
        }
        for (size_t i = 0; i < qk_session_record_count(p[k].s); i++) {
            const qk_record *rec = qk_session_record(p[k].s, i);
            answers++;
            size_t j = 0;
            while (j < nt && strcmp(t[j].qid, rec->question->id) != 0)
                j++;
            if (j == nt)
                t[nt++] = (tally){rec->question->id, 0, 0};
            t[j].asked++;
            t[j].wrong += !rec->correct;
        }
    }
    qk_store_summary sum;
    QK_REQUIRE(qk_store_summary_since(st, 0, &sum));
    QK_CHECK_INT(sum.sessions, sessions);
    QK_CHECK_INT(sum.completed, completed);
    QK_CHECK_INT(sum.abandoned, sessions - completed);
    QK_CHECK_INT(sum.in_progress, 0);
    QK_CHECK_INT(sum.answers, answers);
    QK_CHECK_NEAR(sum.avg_score_pct, pct_sum / (double)completed, 1e-9);

    qsort(t, nt, sizeof t[0], tally_cmp);
    size_t missed = 0;
    while (missed < nt && t[missed].wrong > 0)
        missed++;
    qk_store_missed top[QK_STORE_MISSED_TOP];
    long n = qk_store_most_missed(st, 0, top, QK_STORE_MISSED_TOP);
    QK_CHECK_INT(n, (long)(missed < QK_STORE_MISSED_TOP ? missed : QK_STORE_MISSED_TOP));
    for (long i = 0; i < n && (size_t)i < missed; i++) {
        QK_CHECK_STR(top[i].question_id, t[i].qid);
        QK_CHECK_STR(top[i].set_id, set->id);
        QK_CHECK_INT(top[i].asked, t[i].asked);
        QK_CHECK_INT(top[i].wrong, t[i].wrong);
    }

    qk_store_close(st);
    for (int k = 0; k < N_SESSIONS; k++)
        qk_session_free(p[k].s);
    qk_set_free(set);
}

int main(void)
{
    setenv("TZ", "Europe/Oslo", 1);
    tzset();
    QK_RUN(test_played_sessions);
    fx_cleanup(qk_test_failed);
    return qk_test_summary();
}
