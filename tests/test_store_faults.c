/* test_store_faults.c: the results store gets over the faults a station meets.
 *
 * docs/results.md promises that a station plays on through every fault of its
 * results database and saves again once the fault is gone. These tests make
 * each fault for real where the machine allows it and check the way back:
 *
 *  - A disk already full at start. Made twice: on a small tmpfs filled to the
 *    last block (needs root and mount(2); skipped with a note where either is
 *    missing), and with a file-size limit (RLIMIT_FSIZE, in a child process)
 *    that lets no file grow while the store opens. Saving fails while the disk
 *    is full, and the first write after room returns succeeds, in the same
 *    store, with no restart.
 *  - A read-only results.db (mode 0444, in a folder the station's user may
 *    write). Modes do not stop root, so this runs in a child that has become
 *    the user "nobody". Opening it must not leave -wal or -shm files behind
 *    (SQLite makes them with the database file's mode, so they would be
 *    read-only too and keep saving from working after the fix the log gives);
 *    after `chmod 644 results.db` saving works again, both in the running
 *    store and after a restart. Read-only -wal/-shm files left behind by an
 *    older quizkiosk are repaired too.
 *  - A damaged file: the message (and so the log entry) is one line, although
 *    SQLite's quick_check reports over several.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "qk_test.h"
#include "store_fixture.h"

#define NOBODY 65534

static bool exists(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0;
}

static const char *side(const char *db, const char *suffix)
{
    static char bufs[8][600];
    static int next;
    char *b = bufs[next++ % 8];
    snprintf(b, 600, "%s%s", db, suffix);
    return b;
}

/* Fills the file system holding `dir` until a write fails with ENOSPC; the
 * filler is `dir`/filler. Returns the bytes written, or -1. */
static long fill_disk(const char *dir)
{
    int fd = open(fx_join(dir, "filler"), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return -1;
    static char block[4096];
    long total = 0;
    for (;;) {
        ssize_t w = write(fd, block, sizeof block);
        if (w <= 0)
            break;
        total += w;
    }
    /* the last partial block: one byte at a time */
    while (write(fd, block, 1) == 1)
        total++;
    int e = errno;
    close(fd);
    return e == ENOSPC ? total : -1;
}

/* Saving while the disk is full fails softly; after room returns, the next
 * session and its answers are saved by the same store. Returns the number of
 * failed checks (the child reports it through its exit code). */
static int full_then_room(const char *dir, const char *db, int (*make_room)(const char *))
{
    int bad = 0;
    qk_store *st = qk_store_open(db);
    int64_t sid = qk_store_session_begin(st, "full", &fx_set, false, 1800000000);
    qk_record rec = fx_record(0, 0, 0, true, 100, 1);
    bool saved = sid > 0 && qk_store_answer_at(st, sid, &fx_set, &rec, 1800000001);
    if (saved || qk_store_ok(st)) {
        fprintf(stderr, "     a session was saved on a full disk: the fault was not made\n");
        bad++;
    }
    fprintf(stderr, "     full: %s\n", qk_store_status(st));
    if (make_room(dir) != 0)
        bad++;
    sid = qk_store_session_begin(st, "room", &fx_set, false, 1800000100);
    if (sid <= 0) {
        fprintf(stderr, "     no session saved after room returned: %s\n", qk_store_status(st));
        bad++;
    }
    if (!qk_store_answer_at(st, sid, &fx_set, &rec, 1800000101)) {
        fprintf(stderr, "     no answer saved after room returned: %s\n", qk_store_status(st));
        bad++;
    }
    if (!qk_store_session_end(st, sid, true, 1, 1, 1800000102))
        bad++;
    if (!qk_store_ok(st) || *qk_store_status(st)) {
        fprintf(stderr, "     still a problem after room returned: %s\n", qk_store_status(st));
        bad++;
    }
    qk_store_close(st);
    if (fx_int(db, "SELECT count(*) FROM sessions WHERE station_id = 'room' AND "
                   "status = 'completed'") != 1)
        bad++;
    if (fx_int(db, "SELECT count(*) FROM answers") != 2) /* the one from before, and this */
        bad++;
    if (strcmp(fx_text(db, "PRAGMA integrity_check"), "ok") != 0)
        bad++;
    return bad;
}

/* A database with one session and one answer, closed cleanly (no -wal left). */
static void make_db(const char *db)
{
    qk_store *st = qk_store_open(db);
    int64_t sid = qk_store_session_begin(st, "before", &fx_set, false, 1700000000);
    qk_record rec = fx_record(0, 0, 0, true, 100, 1);
    qk_store_answer_at(st, sid, &fx_set, &rec, 1700000001);
    qk_store_session_end(st, sid, true, 1, 1, 1700000002);
    qk_store_close(st);
}

static int remove_filler(const char *dir)
{
    return unlink(fx_join(dir, "filler"));
}

/* ---- a disk full at start: a real, small tmpfs ---- */

static void test_full_disk_at_start_tmpfs(void)
{
    const char *dir = fx_tmpdir("tmpfs");
    if (mount("qk-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=512k,mode=0700") != 0) {
        printf("     skipped: no tmpfs can be mounted here (%s); the file-size limit test "
               "below makes the same fault\n", strerror(errno));
        return;
    }
    const char *db = fx_join(dir, "results.db");
    make_db(db);
    QK_CHECK(!exists(side(db, "-wal")));
    long filled = fill_disk(dir);
    QK_CHECK(filled > 0);
    printf("     filled the 512 KiB tmpfs with %ld bytes\n", filled);
    QK_CHECK_INT(full_then_room(dir, db, remove_filler), 0);
    QK_CHECK_INT(umount2(dir, MNT_DETACH), 0);
}

/* ---- a disk full at start: no file may grow while the store opens ---- */

static int lift_limit(const char *dir)
{
    (void)dir;
    struct rlimit rl = {RLIM_INFINITY, RLIM_INFINITY};
    return setrlimit(RLIMIT_FSIZE, &rl);
}

static void test_full_disk_at_start_limit(void)
{
    const char *dir = fx_tmpdir("fsize");
    const char *db = fx_join(dir, "results.db");
    make_db(db);
    struct rlimit old;
    QK_REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    if (old.rlim_max != RLIM_INFINITY) {
        printf("     skipped: the file-size limit cannot be lifted again here\n");
        return;
    }
    fflush(NULL);
    pid_t pid = fork();
    QK_REQUIRE(pid >= 0);
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {(rlim_t)fx_file_size(db), RLIM_INFINITY};
        if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
            _exit(100);
        _exit(full_then_room(dir, db, lift_limit));
    }
    int status = 0;
    waitpid(pid, &status, 0);
    QK_CHECK(WIFEXITED(status));
    QK_CHECK_INT(WEXITSTATUS(status), 0);
}

/* ---- a read-only results.db ---- */

/* In a child that is not root (or cannot be made so): the read-only file and
 * the way back. Returns a bit mask of what went wrong. */
static int read_only_child(const char *dir, const char *db)
{
    int code = 0;
    make_db(db);
    if (chmod(db, 0444) != 0)
        return 250;
    if (access(db, W_OK) == 0)
        return 251; /* modes would not stop us: the test would prove nothing */

    qk_store *st = qk_store_open(db);
    if (qk_store_ok(st) || qk_store_problem_kind(st) != QK_STORE_READ_ONLY)
        code |= 1 << 0;
    fprintf(stderr, "     read-only: %s\n", qk_store_status(st));
    qk_record rec = fx_record(0, 0, 0, true, 100, 1);
    if (qk_store_session_begin(st, "ro", &fx_set, false, 1800000000) != 0)
        code |= 1 << 1;
    /* what the trainer's menu shows still reads */
    qk_store_summary sum;
    if (!qk_store_summary_since(st, 0, &sum) || sum.sessions != 1)
        code |= 1 << 2;
    /* no read-only side files, neither now nor after the store closes */
    if (exists(side(db, "-wal")) || exists(side(db, "-shm")))
        code |= 1 << 3;

    /* The fix the log gives, while the station runs: saving works again. */
    chmod(db, 0644);
    int64_t sid = qk_store_session_begin(st, "fixed", &fx_set, false, 1800000100);
    if (sid <= 0 || !qk_store_answer_at(st, sid, &fx_set, &rec, 1800000101) ||
        !qk_store_ok(st)) {
        fprintf(stderr, "     after chmod 644 in the running store: %s\n", qk_store_status(st));
        code |= 1 << 4;
    }
    qk_store_close(st);

    /* Read-only again, closed, and then fixed: a restart saves too. */
    chmod(db, 0444);
    st = qk_store_open(db);
    qk_store_close(st);
    if (exists(side(db, "-wal")) || exists(side(db, "-shm")))
        code |= 1 << 5;
    chmod(db, 0644);
    st = qk_store_open(db);
    sid = qk_store_session_begin(st, "restart", &fx_set, false, 1800000200);
    if (sid <= 0 || !qk_store_ok(st)) {
        fprintf(stderr, "     after chmod 644 and a restart: %s\n", qk_store_status(st));
        code |= 1 << 6;
    }
    qk_store_close(st);

    /* What an older quizkiosk left: read-only -wal and -shm beside a writable
     * database. The store makes them writable again and saves. */
    int fd = open(side(db, "-wal"), O_WRONLY | O_CREAT | O_TRUNC, 0444);
    if (fd >= 0)
        close(fd);
    fd = open(side(db, "-shm"), O_WRONLY | O_CREAT | O_TRUNC, 0444);
    if (fd >= 0)
        close(fd);
    st = qk_store_open(db);
    sid = qk_store_session_begin(st, "left-behind", &fx_set, false, 1800000300);
    if (sid <= 0 || !qk_store_ok(st)) {
        fprintf(stderr, "     with read-only side files left behind: %s\n", qk_store_status(st));
        code |= 1 << 7;
    }
    qk_store_close(st);
    (void)dir;
    return code;
}

static void test_read_only_db(void)
{
    const char *dir = fx_tmpdir("rodb");
    const char *db = fx_join(dir, "results.db");
    if (geteuid() == 0 && chown(dir, NOBODY, NOBODY) != 0) {
        printf("     skipped: cannot hand the folder to nobody (%s)\n", strerror(errno));
        return;
    }
    fflush(NULL);
    pid_t pid = fork();
    QK_REQUIRE(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && (setgid(NOBODY) != 0 || setuid(NOBODY) != 0))
            _exit(200);
        _exit(read_only_child(dir, db));
    }
    int status = 0;
    waitpid(pid, &status, 0);
    QK_CHECK(WIFEXITED(status));
    if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
        fprintf(stderr, "read-only child: code 0x%x\n", WEXITSTATUS(status));
    QK_CHECK_INT(WEXITSTATUS(status), 0);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE station_id IN "
                            "('fixed', 'restart', 'left-behind')"), 3);
    QK_CHECK_INT(fx_int(db, "SELECT count(*) FROM sessions WHERE station_id = 'ro'"), 0);
}

/* ---- a damaged file: the message is one line ---- */

static void test_damaged_message_is_one_line(void)
{
    const char *dir = fx_tmpdir("dmg");
    const char *db = fx_join(dir, "results.db");
    /* A database with a big table and an index, one tree page overwritten:
     * quick_check says "*** in database main ***" and the page on the next line. */
    sqlite3 *h = NULL;
    QK_REQUIRE(sqlite3_open(db, &h) == SQLITE_OK);
    QK_REQUIRE(sqlite3_exec(h,
        "PRAGMA page_size = 1024; CREATE TABLE t(x); CREATE INDEX ti ON t(x);"
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000)"
        " INSERT INTO t SELECT randomblob(20) FROM c;", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(h);
    FILE *f = fopen(db, "r+b");
    QK_REQUIRE(f != NULL);
    fseek(f, 9000, SEEK_SET);
    for (int i = 0; i < 16; i++)
        fputc(0xff, f);
    fclose(f);
    QK_REQUIRE(strchr(fx_text(db, "PRAGMA quick_check(1)"), '\n') != NULL);

    qk_store *st = qk_store_open(db);
    const char *msg = qk_store_status(st);
    printf("     %s\n", msg);
    QK_CHECK(fx_contains(msg, "damaged"));
    QK_CHECK(fx_contains(msg, "page"));
    QK_CHECK(strchr(msg, '\n') == NULL);
    QK_CHECK(strchr(msg, '\r') == NULL);
    QK_CHECK(strstr(msg, "***") == NULL);
    /* and the new database saves */
    QK_CHECK(qk_store_session_begin(st, "new", &fx_set, false, 1800000000) > 0);
    qk_store_close(st);
}

int main(void)
{
    QK_RUN(test_full_disk_at_start_tmpfs);
    QK_RUN(test_full_disk_at_start_limit);
    QK_RUN(test_read_only_db);
    QK_RUN(test_damaged_message_is_one_line);
    fx_cleanup(qk_test_failed);
    return qk_test_summary();
}
