/* test_pg_password.c: the results server's password file is refused unless only
 * its owner can read it (libpq's .pgpass rule), and read right when it is (no
 * server needed: qk_pg_read_password_file). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_pg.h"
#include "qk_test.h"

static void write_file(const char *path, const char *text, mode_t mode)
{
    FILE *f = fopen(path, "w");
    QK_CHECK(f != NULL);
    if (!f)
        return;
    fputs(text, f);
    fclose(f);
    QK_CHECK(chmod(path, mode) == 0);
}

static void test_password_file(void)
{
    char dir[] = "/tmp/qk-pgpw.XXXXXX";
    QK_REQUIRE(mkdtemp(dir) != NULL);
    char path[256], pw[64], err[512];
    snprintf(path, sizeof path, "%s/pw", dir);

    /* 0600 with a newline: read, the newline dropped. */
    write_file(path, "s3cr\xc3\xa6t\nsecond line\n", 0600);
    QK_CHECK(qk_pg_read_password_file(path, pw, sizeof pw, err, sizeof err) == 0);
    QK_CHECK(strcmp(pw, "s3cr\xc3\xa6t") == 0);
    /* 0400 and no newline at the end: read. */
    write_file(path, "only", 0400);
    QK_CHECK(qk_pg_read_password_file(path, pw, sizeof pw, err, sizeof err) == 0);
    QK_CHECK(strcmp(pw, "only") == 0);
    unlink(path);

    /* Readable by group or others: refused, the message names the file and chmod 600. */
    const mode_t loose[] = {0640, 0604, 0644, 0660, 0606, 0610};
    for (size_t i = 0; i < sizeof loose / sizeof loose[0]; i++) {
        write_file(path, "s3cret\n", loose[i]);
        err[0] = '\0';
        QK_CHECK(qk_pg_read_password_file(path, pw, sizeof pw, err, sizeof err) == -1);
        QK_CHECK(strstr(err, path) != NULL);
        QK_CHECK(strstr(err, "chmod 600") != NULL);
        QK_CHECK(strstr(err, "s3cret") == NULL);
        unlink(path);
    }

    /* Missing, empty, a folder, a symlink, too long: refused with the file's name. */
    QK_CHECK(qk_pg_read_password_file(path, pw, sizeof pw, err, sizeof err) == -1);
    QK_CHECK(strstr(err, path) != NULL);
    write_file(path, "", 0600);
    QK_CHECK(qk_pg_read_password_file(path, pw, sizeof pw, err, sizeof err) == -1);
    QK_CHECK(strstr(err, "empty") != NULL);
    unlink(path);
    QK_CHECK(qk_pg_read_password_file(dir, pw, sizeof pw, err, sizeof err) == -1);
    char target[256];
    snprintf(target, sizeof target, "%s/real", dir);
    write_file(target, "pw\n", 0600);
    QK_CHECK(symlink(target, path) == 0);
    QK_CHECK(qk_pg_read_password_file(path, pw, sizeof pw, err, sizeof err) == -1);
    unlink(path);
    char small[4];
    write_file(path, "toolong\n", 0600);
    QK_CHECK(qk_pg_read_password_file(path, small, sizeof small, err, sizeof err) == -1);
    unlink(path);
    unlink(target);

    /* qk_pg_connect refuses before any network: no server named. */
    QK_CHECK(qk_pg_connect("", NULL, err, sizeof err) == NULL);
    QK_CHECK(strstr(err, "no server") != NULL);
    /* ... and a loose password file stops it before connecting. */
    write_file(path, "pw\n", 0644);
    QK_CHECK(qk_pg_connect("postgresql:///nothing?host=/nonexistent", path, err, sizeof err) == NULL);
    QK_CHECK(strstr(err, "chmod 600") != NULL);
    unlink(path);
    rmdir(dir);
    QK_CHECK(qk_pg_schema_version() >= 1);
}

int main(void)
{
    QK_RUN(test_password_file);
    return qk_test_summary();
}
