/* qk_cmd_station.c: quizkiosk --check-config FILE and quizkiosk --hash-pin.
 *
 * --check-config loads a station file exactly as the kiosk would (from the
 * same defaults: the shipped quizzes folder) and prints every problem as
 * "FILE:LINE: error: ..." on standard error; exit 0 when the station would
 * start as written (warnings allowed), 1 when not: the file has errors, the
 * quizzes folder is missing or unreadable, no set in it is valid, active_set
 * names no valid set, or the font cannot be read. Invalid sets beside a valid
 * one, and rounds the active set lacks, are warnings.
 *
 * --hash-pin reads one PIN (4-12 digits) from standard input, with echo off and
 * asked twice when that is a terminal, and prints the line to paste into the
 * station file: trainer_pin_hash = "$argon2id$...". Trivial PINs (1234, 0000,
 * 1111, runs, repeated blocks: qk_pin_is_trivial) are refused, exit 1.
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <sodium.h>

#include "qk_catalog.h"
#include "qk_cli.h"
#include "qk_pin.h"
#include "qk_station.h"

/* Whether the folder the station reads its sets from is there and readable:
 * an error naming the setting's line when not. */
static bool check_folder(const qk_station *st, const char *path, qk_diags *diags)
{
    struct stat sb;
    int line = st->quizzes_dir_line;
    if (stat(st->quizzes_dir, &sb) != 0) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_CC_NO_FOLDER, st->quizzes_dir,
                     strerror(errno));
        return false;
    }
    if (!S_ISDIR(sb.st_mode)) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_CC_NOT_FOLDER, st->quizzes_dir);
        return false;
    }
    DIR *d = opendir(st->quizzes_dir);
    if (!d) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_CC_FOLDER_UNREADABLE, st->quizzes_dir,
                     strerror(errno));
        return false;
    }
    closedir(d);
    return true;
}

/* What the station would run with these settings: errors when it would not
 * start (see check_folder, no valid set, an active_set that is not there, a
 * font that cannot be read); warnings for invalid sets and rounds the active
 * set lacks. */
static void check_sets(const qk_station *st, const char *path, qk_diags *diags,
                       qk_phrase *summary)
{
    if (st->font) {
        FILE *f = fopen(st->font, "rb");
        if (f)
            fclose(f);
        else
            qk_diag_addt(diags, QK_DIAG_ERROR, path, st->font_line, QK_D_CC_FONT, st->font,
                         strerror(errno));
    }
    if (!check_folder(st, path, diags)) {
        qk_phrase_set(summary, QK_D_CC_SUM_NO_FOLDER);
        return;
    }
    qk_diags cd;
    qk_diags_init(&cd);
    qk_catalog *cat = qk_catalog_open(st, &cd);
    if (!cat) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, st->quizzes_dir_line, QK_D_CC_NO_VALID_SET,
                     st->quizzes_dir);
        qk_phrase_set(summary, QK_D_CC_SUM_NO_SET, st->quizzes_dir);
        qk_diags_clear(&cd);
        return;
    }
    for (size_t i = 0; i < qk_catalog_bad_count(cat); i++)
        qk_diag_addt(diags, QK_DIAG_WARNING, path, 0, QK_D_CC_SET_SKIPPED,
                     qk_catalog_bad_path(cat, i));
    if (st->active_set && !qk_catalog_find(cat, st->active_set)) {
        char ids[512] = "";
        for (size_t i = 0; i < qk_catalog_count(cat); i++) {
            size_t n = strlen(ids);
            snprintf(ids + n, sizeof ids - n, "%s\"%s\"", i ? ", " : "",
                     qk_catalog_set(cat, i)->id);
        }
        qk_diag_addt(diags, QK_DIAG_ERROR, path, st->active_set_line, QK_D_CC_ACTIVE_MISSING,
                     st->active_set, st->quizzes_dir, ids);
    } else if (*qk_catalog_note(cat)) {
        /* qk-diag-passthrough: the catalog's note, made in the current language */
        qk_diag_add(diags, QK_DIAG_WARNING, path, 0, "%s", qk_catalog_note(cat));
    }
    const qk_set *active = qk_catalog_active(cat);
    for (size_t r = 0; r < st->n_rounds; r++) {
        bool found = false;
        for (size_t k = 0; k < active->n_rounds && !found; k++)
            found = !strcmp(active->rounds[k].id, st->rounds[r]);
        if (!found)
            qk_diag_addt(diags, QK_DIAG_WARNING, path, 0, QK_D_CC_ROUND_MISSING, st->rounds[r],
                         active->id);
    }
    qk_phrase valid;
    qk_phrase_count(&valid, qk_catalog_count(cat), QK_D_C_VALID_SET, QK_D_C_VALID_SETS);
    qk_phrase_set(summary, QK_D_CC_SUM, &valid, st->quizzes_dir, qk_catalog_bad_count(cat),
                  active->id);
    qk_catalog_free(cat);
    qk_diags_clear(&cd);
}

/* results_server_password_file: there, a regular file, unreadable by group and
 * others (the forwarder refuses it otherwise, at run time, in the log). Its owner
 * is not checked here: --check-config may run as root for the kiosk's user. */
static void check_password_file(const qk_station *st, const char *path, qk_diags *diags)
{
    const char *pw = st->results_server_password_file;
    int line = st->password_file_line;
    if (pw && !st->results_server)
        qk_diag_addt(diags, QK_DIAG_WARNING, path, line, QK_D_CC_PW_NO_SERVER);
    if (!pw)
        return;
    struct stat sb;
    if (stat(pw, &sb) != 0)
        qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_CC_PW_MISSING, pw, strerror(errno));
    else if (!S_ISREG(sb.st_mode))
        qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_CC_PW_NOT_FILE, pw);
    else if (sb.st_mode & (S_IRWXG | S_IRWXO))
        qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_CC_PW_OPEN, pw,
                     (unsigned)(sb.st_mode & 0777), pw);
}

int qk_cmd_check_config(const qk_cli *cli, const char *path)
{
    qk_diags diags;
    qk_diags_init(&diags);
    qk_station st;
    /* The defaults the kiosk itself starts from: the shipped quizzes folder. */
    if (!qk_station_defaults(&st, cli->shipped_quizzes)) {
        qk_diag_printt(stderr, QK_D_TOOL_OOM);
        fputc('\n', stderr);
        return 1;
    }
    bool ok = qk_station_load(&st, path, &diags);
    qk_phrase summary;
    qk_phrase_same(&summary, "");
    if (ok) {
        check_sets(&st, path, &diags, &summary);
        check_password_file(&st, path, &diags);
        /* A hash made by hand from the example PIN (the example's own hash is
         * warned about by the loader). */
        if (st.pin_hash && strcmp(st.pin_hash, qk_pin_default_hash) &&
            qk_pin_verify(st.pin_hash, "1234"))
            qk_diag_addt(&diags, QK_DIAG_WARNING, path, 0, QK_D_CC_PIN_1234);
        ok = diags.errors == 0;
    }
    qk_diags_print(&diags, stderr);
    if (ok) {
        qk_diag_printt(stdout, QK_D_CC_OK, path, st.station_id, &summary, st.results_db);
        putchar('\n');
    } else {
        qk_phrase errors;
        qk_phrase_count(&errors, diags.errors, QK_D_C_ERROR, QK_D_C_ERRORS);
        qk_diag_printt(stderr, QK_D_CC_ERRORS, path, &errors);
        fputc('\n', stderr);
    }
    qk_station_free(&st);
    qk_diags_clear(&diags);
    return ok ? 0 : 1;
}

/* The terminal's settings while echo is off, so that Ctrl-C can put them back. */
static struct termios saved_tty;
static volatile sig_atomic_t echo_is_off;

static void restore_tty_and_exit(int sig)
{
    if (echo_is_off)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Reads one line of at most cap-1 bytes into buf without its line end; echo off
 * when `tty`. False on end of input or a line too long. */
static bool read_line(char *buf, size_t cap, bool tty, const char *prompt)
{
    struct termios quiet;
    bool echo_off = false;
    if (tty) {
        fputs(prompt, stderr);
        fflush(stderr);
        if (tcgetattr(STDIN_FILENO, &saved_tty) == 0) {
            quiet = saved_tty;
            quiet.c_lflag &= ~(tcflag_t)ECHO;
            signal(SIGINT, restore_tty_and_exit);
            signal(SIGTERM, restore_tty_and_exit);
            echo_off = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
            echo_is_off = echo_off;
        }
    }
    bool ok = fgets(buf, (int)cap, stdin) != NULL;
    if (echo_off) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tty);
        echo_is_off = 0;
        fputc('\n', stderr);
    }
    if (!ok)
        return false;
    size_t n = strlen(buf);
    bool had_newline = n > 0 && buf[n - 1] == '\n';
    if (!had_newline && !feof(stdin)) {
        int c; /* too long: swallow the rest of the line */
        while ((c = getchar()) != EOF && c != '\n')
            ;
        buf[0] = '\0';
        return true; /* reported as not a valid PIN */
    }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    return true;
}

int qk_cmd_hash_pin(void)
{
    bool tty = isatty(STDIN_FILENO);
    char pin[64] = "", again[64] = "", hash[QK_PIN_HASH_BYTES];
    int rc = 1;
    if (!read_line(pin, sizeof pin, tty, qk_tr(QK_D_PIN_PROMPT))) {
        qk_diag_printt(stderr, QK_D_PIN_NONE);
        fputc('\n', stderr);
        goto out;
    }
    if (!qk_pin_is_valid(pin)) {
        qk_diag_printt(stderr, QK_D_PIN_FORM, QK_PIN_MIN_DIGITS, QK_PIN_MAX_DIGITS);
        fputc('\n', stderr);
        goto out;
    }
    if (qk_pin_is_trivial(pin)) {
        qk_diag_printt(stderr, QK_D_PIN_TRIVIAL, pin);
        fputc('\n', stderr);
        goto out;
    }
    if (tty) {
        if (!read_line(again, sizeof again, tty, qk_tr(QK_D_PIN_AGAIN)) || strcmp(pin, again)) {
            qk_diag_printt(stderr, QK_D_PIN_DIFFER);
            fputc('\n', stderr);
            goto out;
        }
    }
    if (!qk_pin_hash(pin, hash)) {
        qk_diag_printt(stderr, QK_D_PIN_HASH_FAILED);
        fputc('\n', stderr);
        goto out;
    }
    if (tty) {
        qk_diag_printt(stderr, QK_D_PIN_PASTE);
        fputc('\n', stderr);
    }
    printf("trainer_pin_hash = \"%s\";\n", hash); /* qk-literal-ok: the setting itself */
    rc = 0;
out:
    sodium_memzero(pin, sizeof pin);
    sodium_memzero(again, sizeof again);
    return rc;
}
