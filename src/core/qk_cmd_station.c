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
        qk_diag_add(diags, QK_DIAG_ERROR, path, line,
                    "the station would not start: the quizzes folder %s does not exist (%s); "
                    "create it and put the question sets there, or fix quizzes_dir",
                    st->quizzes_dir, strerror(errno));
        return false;
    }
    if (!S_ISDIR(sb.st_mode)) {
        qk_diag_add(diags, QK_DIAG_ERROR, path, line,
                    "the station would not start: quizzes_dir %s is a file, not a folder; "
                    "give the folder the question sets are in", st->quizzes_dir);
        return false;
    }
    DIR *d = opendir(st->quizzes_dir);
    if (!d) {
        qk_diag_add(diags, QK_DIAG_ERROR, path, line,
                    "the station would not start: the quizzes folder %s cannot be read (%s); "
                    "check its permissions (the kiosk's user must be able to read it)",
                    st->quizzes_dir, strerror(errno));
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
                       char *summary, size_t cap)
{
    if (st->font) {
        FILE *f = fopen(st->font, "rb");
        if (f)
            fclose(f);
        else
            qk_diag_add(diags, QK_DIAG_ERROR, path, st->font_line,
                        "the station would not start: the font %s cannot be read (%s); fix "
                        "the path, or leave font out to use the system's", st->font,
                        strerror(errno));
    }
    if (!check_folder(st, path, diags)) {
        snprintf(summary, cap, "no quizzes folder");
        return;
    }
    qk_diags cd;
    qk_diags_init(&cd);
    qk_catalog *cat = qk_catalog_open(st, &cd);
    if (!cat) {
        qk_diag_add(diags, QK_DIAG_ERROR, path, st->quizzes_dir_line,
                    "the station would not start: no valid question set in %s "
                    "(check them with quizkiosk --check)", st->quizzes_dir);
        snprintf(summary, cap, "no valid set in %s", st->quizzes_dir);
        qk_diags_clear(&cd);
        return;
    }
    for (size_t i = 0; i < qk_catalog_bad_count(cat); i++)
        qk_diag_add(diags, QK_DIAG_WARNING, path, 0,
                    "the set %s has errors and would be skipped; run quizkiosk --check "
                    "on it", qk_catalog_bad_path(cat, i));
    if (st->active_set && !qk_catalog_find(cat, st->active_set)) {
        char ids[512] = "";
        for (size_t i = 0; i < qk_catalog_count(cat); i++) {
            size_t n = strlen(ids);
            snprintf(ids + n, sizeof ids - n, "%s\"%s\"", i ? ", " : "",
                     qk_catalog_set(cat, i)->id);
        }
        qk_diag_add(diags, QK_DIAG_ERROR, path, st->active_set_line,
                    "active_set \"%s\" is not a valid set in %s; use one of: %s",
                    st->active_set, st->quizzes_dir, ids);
    } else if (*qk_catalog_note(cat)) {
        qk_diag_add(diags, QK_DIAG_WARNING, path, 0, "%s", qk_catalog_note(cat));
    }
    const qk_set *active = qk_catalog_active(cat);
    for (size_t r = 0; r < st->n_rounds; r++) {
        bool found = false;
        for (size_t k = 0; k < active->n_rounds && !found; k++)
            found = !strcmp(active->rounds[k].id, st->rounds[r]);
        if (!found)
            qk_diag_add(diags, QK_DIAG_WARNING, path, 0,
                        "'rounds' names \"%s\", which the set \"%s\" does not have",
                        st->rounds[r], active->id);
    }
    snprintf(summary, cap, "%zu valid set%s in %s, %zu invalid; active set \"%s\"",
             qk_catalog_count(cat), qk_catalog_count(cat) == 1 ? "" : "s", st->quizzes_dir,
             qk_catalog_bad_count(cat), active->id);
    qk_catalog_free(cat);
    qk_diags_clear(&cd);
}

int qk_cmd_check_config(const qk_cli *cli, const char *path)
{
    qk_diags diags;
    qk_diags_init(&diags);
    qk_station st;
    /* The defaults the kiosk itself starts from: the shipped quizzes folder. */
    if (!qk_station_defaults(&st, cli->shipped_quizzes)) {
        fprintf(stderr, "quizkiosk: out of memory\n");
        return 1;
    }
    bool ok = qk_station_load(&st, path, &diags);
    char summary[1024] = "";
    if (ok) {
        check_sets(&st, path, &diags, summary, sizeof summary);
        /* A hash made by hand from the example PIN (the example's own hash is
         * warned about by the loader). */
        if (st.pin_hash && strcmp(st.pin_hash, qk_pin_default_hash) &&
            qk_pin_verify(st.pin_hash, "1234"))
            qk_diag_add(&diags, QK_DIAG_WARNING, path, 0,
                        "trainer_pin_hash is the hash of 1234, the PIN in the documentation; "
                        "make your own with 'quizkiosk --hash-pin'");
        ok = diags.errors == 0;
    }
    qk_diags_print(&diags, stderr);
    if (ok)
        printf("%s: ok (station \"%s\"; %s; results in %s)\n", path, st.station_id, summary,
               st.results_db);
    else
        fprintf(stderr, "%s: %zu error%s\n", path, diags.errors, diags.errors == 1 ? "" : "s");
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
    if (!read_line(pin, sizeof pin, tty, "New trainer PIN (4-12 digits): ")) {
        fprintf(stderr, "quizkiosk: no PIN given; type 4 to 12 digits on standard input\n");
        goto out;
    }
    if (!qk_pin_is_valid(pin)) {
        fprintf(stderr, "quizkiosk: a trainer PIN is %d to %d digits (0-9) and nothing else\n",
                QK_PIN_MIN_DIGITS, QK_PIN_MAX_DIGITS);
        goto out;
    }
    if (qk_pin_is_trivial(pin)) {
        fprintf(stderr, "quizkiosk: %s is too easy to guess (one digit repeated, a run such as "
                "1234 or 9876, a repeated block such as 1212, or 2580); choose another PIN, "
                "nothing was made\n", pin);
        goto out;
    }
    if (tty) {
        if (!read_line(again, sizeof again, tty, "The same PIN again: ") || strcmp(pin, again)) {
            fprintf(stderr, "quizkiosk: the two PINs differ; nothing was made, try again\n");
            goto out;
        }
    }
    if (!qk_pin_hash(pin, hash)) {
        fprintf(stderr, "quizkiosk: could not hash the PIN (out of memory?)\n");
        goto out;
    }
    if (tty)
        fprintf(stderr, "Paste this line into station.cfg (it replaces any "
                        "trainer_pin_hash there):\n");
    printf("trainer_pin_hash = \"%s\";\n", hash);
    rc = 0;
out:
    sodium_memzero(pin, sizeof pin);
    sodium_memzero(again, sizeof again);
    return rc;
}
