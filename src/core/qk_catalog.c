/* qk_catalog.c: the question sets in the quizzes folder (see qk_catalog.h).
 *
 * How it works: build() lists the folder's *.cfg files, sorts them, loads each
 * with qk_set_load into its own diagnostics list, and sorts the results into
 * valid sets and invalid files. It then picks the active set from a short list
 * of wishes (the trainer's choice, the station file's active_set), taking the
 * first that names a valid set and falling back to the first valid set.
 * Open and reload both call build(); they differ only in where the trainer's
 * choice comes from (the `active-set` file, or the old catalog's memory).
 * qk_catalog_open_within gives build() a byte budget: it loads the files
 * within it first, smallest first (then, while no set is valid, the others
 * one by one, smallest first), marks the catalog incomplete when some were
 * left, and then never writes the fallback to `active-set`: the whole
 * folder's catalog, read later, decides that as a start would have.
 * The choice is saved by writing a temporary file beside `active-set`, syncing
 * it, and renaming it over the old one, so a power cut leaves either the old or
 * the new choice, never half a file.
 */
#include "qk_catalog.h"
#include "qk_strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qk_loader.h"
#include "qk_i18n.h"
#include <stdio.h>
#include "qk_path.h"

#define STATE_MAX_BYTES 256

typedef struct {
    char *path;
    qk_diags diags;
} bad_file;

/* A set shared by the catalogs that hold it: a reload that keeps the active
 * set's in-memory version (its file gone or turned invalid) holds the same
 * qk_set as the catalog before it. Freed with its last holder. */
typedef struct {
    qk_set *set;
    unsigned refs;
} held_set;

struct qk_catalog {
    char *dir;            /* the quizzes folder */
    char *station_choice; /* active_set from the station file, or NULL */
    char *station_file;   /* that file's path, for messages; may be NULL */
    char *state_path;     /* where the trainer's choice is kept */
    char *choice;         /* the trainer's choice (in memory), or NULL */
    bool choice_fallback; /* `choice` is not the trainer's: the set the station fell
                             back to when nothing was chosen, kept so that a new set
                             sorting first never takes over (see choose_active) */
    held_set **sets;
    size_t n_sets;
    bad_file *bad;
    size_t n_bad;
    size_t active;
    bool active_kept;     /* the active set is a version kept in memory */
    bool incomplete;      /* some files were left unread (qk_catalog_open_within) */
    char *note;           /* "" or one sentence for the menu */
};

/* ---- helpers ------------------------------------------------------------ */

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static bool valid_id(const char *s)
{
    return strlen(s) <= QK_MAX_ID_BYTES && qk_id_chars_ok(s);
}

static void copy_diags(qk_diags *to, const qk_diags *from)
{
    size_t errors = 0, warnings = 0;
    for (size_t i = 0; i < from->count; i++) {
        const qk_diag *g = &from->items[i];
        qk_diag_copy(to, g); /* with its text in every language */
        if (g->severity == QK_DIAG_ERROR)
            errors++;
        else
            warnings++;
    }
    /* Entries the list dropped for lack of memory still count. */
    to->errors += from->errors - errors;
    to->warnings += from->warnings - warnings;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool wanted_file(const char *dir, const char *name)
{
    size_t n = strlen(name);
    if (name[0] == '.' || name[0] == '#' || n <= 4 || strcmp(name + n - 4, ".cfg") != 0)
        return false;
    char *p = qk_path_join(dir, name);
    struct stat sb;
    bool ok = p && stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
    free(p);
    return ok;
}

/* The sorted names of the folder's set files; NULL with *n = 0 and an error in
 * `diags` when the folder cannot be read. */
static char **list_sets(const char *dir, size_t *n_out, bool *ok, qk_diags *diags)
{
    *n_out = 0;
    *ok = false;
    DIR *d = opendir(dir);
    if (!d) {
        qk_diag_addt(diags, QK_DIAG_ERROR, dir, 0, QK_D_CAT_CANNOT_READ, strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!wanted_file(dir, e->d_name))
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 16;
            char **nn = realloc(names, nc * sizeof *nn);
            if (!nn)
                break;
            names = nn;
            cap = nc;
        }
        if (!(names[n] = strdup(e->d_name)))
            break;
        n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    *n_out = n;
    *ok = true;
    return names;
}

/* ---- the trainer's choice on disk --------------------------------------- */

/* The saved choice, or NULL when there is none (or it is unreadable: warned).
 * The file holds the set id on its first line; a second line "fallback" marks
 * a set the station fell back to rather than one the trainer chose. */
static char *read_choice(const char *state_path, bool *fallback, qk_diags *diags)
{
    *fallback = false;
    FILE *f = fopen(state_path, "rb");
    if (!f) {
        if (errno != ENOENT)
            qk_diag_addt(diags, QK_DIAG_WARNING, state_path, 0, QK_D_CAT_CHOICE_UNREADABLE,
                         strerror(errno));
        return NULL;
    }
    char buf[STATE_MAX_BYTES + 1];
    size_t n = fread(buf, 1, STATE_MAX_BYTES, f);
    fclose(f);
    buf[n] = '\0';
    char *second = strchr(buf, '\n');
    if (second) {
        *second++ = '\0';
        second[strcspn(second, "\r\n ")] = '\0';
        *fallback = strcmp(second, "fallback") == 0;
        n = strlen(buf);
    }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' || buf[n - 1] == ' '))
        buf[--n] = '\0';
    if (!valid_id(buf)) {
        qk_diag_addt(diags, QK_DIAG_WARNING, state_path, 1, QK_D_CAT_CHOICE_BAD);
        return NULL;
    }
    return strdup(buf);
}

/* mkdir -p for the folder of `path`. */
static void make_parent_dirs(const char *path)
{
    char *dir = qk_path_dir(path);
    if (!dir)
        return;
    for (char *p = dir + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            mkdir(dir, 0755);
            *p = '/';
        }
    }
    mkdir(dir, 0755);
    free(dir);
}

static bool write_choice(const char *state_path, const char *id, bool fallback,
                         qk_diags *diags)
{
    make_parent_dirs(state_path);
    size_t len = strlen(state_path) + 32;
    char *tmp = malloc(len);
    if (!tmp)
        return false;
    snprintf(tmp, len, "%s.tmp.%ld", state_path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    bool ok = fd >= 0;
    int err = errno;
    if (ok) {
        size_t n = strlen(id);
        const char *tail = fallback ? "\nfallback\n" : "\n";
        ok = write(fd, id, n) == (ssize_t)n &&
             write(fd, tail, strlen(tail)) == (ssize_t)strlen(tail) && fsync(fd) == 0;
        err = errno;
        ok = close(fd) == 0 && ok;
        if (ok && rename(tmp, state_path) != 0) {
            ok = false;
            err = errno;
        }
        if (!ok)
            unlink(tmp);
    }
    if (ok) { /* make the rename itself durable */
        char *dir = qk_path_dir(state_path);
        int dfd = dir ? open(dir, O_RDONLY | O_DIRECTORY) : -1;
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
        free(dir);
    } else if (diags) {
        qk_diag_addt(diags, QK_DIAG_WARNING, state_path, 0, QK_D_CAT_CHOICE_UNSAVED,
                     strerror(err));
    }
    free(tmp);
    return ok;
}

/* ---- building ----------------------------------------------------------- */

void qk_catalog_free(qk_catalog *cat)
{
    if (!cat)
        return;
    for (size_t i = 0; i < cat->n_sets; i++)
        if (--cat->sets[i]->refs == 0) {
            qk_set_free(cat->sets[i]->set);
            free(cat->sets[i]);
        }
    free(cat->sets);
    for (size_t i = 0; i < cat->n_bad; i++) {
        free(cat->bad[i].path);
        qk_diags_clear(&cat->bad[i].diags);
    }
    free(cat->bad);
    free(cat->dir);
    free(cat->station_choice);
    free(cat->station_file);
    free(cat->state_path);
    free(cat->choice);
    free(cat->note);
    free(cat);
}

static bool add_bad(qk_catalog *cat, char *path, qk_diags *file_diags)
{
    bad_file *nb = realloc(cat->bad, (cat->n_bad + 1) * sizeof *nb);
    if (!nb)
        return false;
    cat->bad = nb;
    cat->bad[cat->n_bad].path = path;
    cat->bad[cat->n_bad].diags = *file_diags;
    cat->n_bad++;
    return true;
}

static const qk_set *find_set(const qk_catalog *cat, const char *id, size_t *index)
{
    for (size_t i = 0; id && i < cat->n_sets; i++)
        if (!strcmp(cat->sets[i]->set->id, id)) {
            if (index)
                *index = i;
            return cat->sets[i]->set;
        }
    return NULL;
}

static void set_note(qk_catalog *cat, const char *fmt, const char *a, const char *b)
{
    free(cat->note);
    int n = snprintf(NULL, 0, fmt, a, b);
    cat->note = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (cat->note)
        snprintf(cat->note, (size_t)n + 1, fmt, a, b);
}

/* Picks the active set at open: the trainer's choice, else the station file's
 * active_set, else the set the station fell back to before (kept in the state
 * file), else the first valid set, which is then kept as that fallback. So a
 * set becomes active only when chosen or named in the station file, and a new
 * file that sorts first never takes over. A wish that names no valid set is
 * warned about. */
static void choose_active(qk_catalog *cat, qk_diags *diags)
{
    const char *missing = NULL;
    char missing_copy[80];
    qk_str missing_where = QK_D_CAT_W_BEFORE;
    size_t idx = 0;
    bool menu_choice = cat->choice && !cat->choice_fallback;
    if (menu_choice && find_set(cat, cat->choice, &idx)) {
        cat->active = idx;
        return;
    }
    if (menu_choice) {
        missing = cat->choice;
        missing_where = QK_D_CAT_W_MENU;
        qk_diag_addt(diags, QK_DIAG_WARNING, cat->dir, 0, QK_D_CAT_MENU_CHOICE_MISSING,
                     cat->choice);
    }
    if (cat->station_choice && find_set(cat, cat->station_choice, &idx)) {
        cat->active = idx;
    } else {
        if (cat->station_choice) {
            if (!missing) {
                missing = cat->station_choice;
                missing_where = QK_D_CAT_W_STATION;
            }
            qk_diag_addt(diags, QK_DIAG_WARNING, cat->station_file ? cat->station_file : cat->dir,
                         0, QK_D_CAT_ACTIVE_MISSING, cat->station_choice, cat->dir);
        }
        if (!menu_choice && cat->choice && find_set(cat, cat->choice, &idx)) {
            cat->active = idx; /* the set it fell back to last time */
        } else {
            if (!menu_choice && cat->choice && !missing) {
                missing = cat->choice;
                missing_where = QK_D_CAT_W_BEFORE;
            }
            cat->active = 0;
            if (!menu_choice) { /* keep it, so that it stays through reloads and restarts */
                char *keep = strdup(cat->sets[0]->set->id);
                if (keep) {
                    if (missing && missing == cat->choice) { /* named in the note below */
                        snprintf(missing_copy, sizeof missing_copy, "%.64s", missing);
                        missing = missing_copy;
                    }
                    free(cat->choice);
                    cat->choice = keep;
                    cat->choice_fallback = true;
                    if (!cat->incomplete) /* else the whole folder's catalog decides */
                        write_choice(cat->state_path, keep, true, diags);
                }
            }
        }
    }
    if (missing) {
        char what[160];
        snprintf(what, sizeof what, "'%.64s' %s", missing, qk_tr(missing_where));
        set_note(cat, qk_tr(QK_D_CAT_NOTE_MISSING), what, cat->sets[cat->active]->set->id);
        qk_diag_addt(diags, QK_DIAG_WARNING, cat->dir, 0, QK_D_CAT_RUNNING_INSTEAD,
                     cat->sets[cat->active]->set->id);
    }
}

/* Picks the active set on reload, which never changes it by itself: a wish
 * (the trainer's choice, else the station file's active_set) that names a
 * valid set, else the set running before, else (that set is gone or invalid
 * now) the version of it in memory, held from `old`. Returns false only out
 * of memory. */
static bool keep_active(qk_catalog *cat, const qk_catalog *old, qk_diags *diags)
{
    size_t idx;
    const char *wish = cat->choice && !cat->choice_fallback ? cat->choice : cat->station_choice;
    const qk_set *running = old->sets[old->active]->set;
    if (wish && find_set(cat, wish, &idx)) {
        cat->active = idx;
        return true;
    }
    if (find_set(cat, running->id, &idx)) {
        cat->active = idx;
        return true;
    }
    held_set **ns = realloc(cat->sets, (cat->n_sets + 1) * sizeof *ns);
    if (!ns)
        return false;
    cat->sets = ns;
    cat->sets[cat->n_sets] = old->sets[old->active];
    cat->sets[cat->n_sets]->refs++;
    cat->active = cat->n_sets++;
    cat->active_kept = true;
    char id[80];
    snprintf(id, sizeof id, "%.64s", running->id);
    set_note(cat, qk_tr(QK_S_SET_KEPT), id, running->title ? running->title : id);
    qk_diag_addt(diags, QK_DIAG_WARNING, cat->dir, 0, QK_D_CAT_KEPT, running->id);
    return true;
}

/* Loads the file `path` (taken) into `cat`: a valid set with an id not yet
 * used, else an invalid file with its diagnostics (copied to `diags` too). */
static void load_one(qk_catalog *cat, char *path, qk_diags *diags)
{
    qk_diags fd;
    qk_diags_init(&fd);
    qk_set *set = qk_set_load(path, &fd);
    const qk_set *dup = set ? find_set(cat, set->id, NULL) : NULL;
    if (dup) {
        qk_diag_addt(&fd, QK_DIAG_ERROR, path, 0, QK_D_CAT_ID_TWICE, set->id,
                     dup->path ? dup->path : qk_tr(QK_D_CAT_ANOTHER));
        qk_set_free(set);
        set = NULL;
    }
    copy_diags(diags, &fd);
    if (set) {
        held_set **ns = realloc(cat->sets, (cat->n_sets + 1) * sizeof *ns);
        held_set *h = ns ? malloc(sizeof *h) : NULL;
        if (ns)
            cat->sets = ns;
        if (!h) {
            qk_set_free(set);
            free(path);
            qk_diags_clear(&fd);
            return;
        }
        h->set = set;
        h->refs = 1;
        cat->sets[cat->n_sets++] = h;
        free(path);
        qk_diags_clear(&fd);
    } else if (!add_bad(cat, path, &fd)) {
        free(path);
        qk_diags_clear(&fd);
    }
}

/* The file's size in bytes (0 when it cannot be read: loading says why). */
static size_t file_size(const char *path)
{
    struct stat sb;
    return path && stat(path, &sb) == 0 && sb.st_size > 0 ? (size_t)sb.st_size : 0;
}

typedef struct {
    size_t size, index; /* index into the sorted names */
} sized_name;

static int cmp_sizes(const void *a, const void *b)
{
    const sized_name *x = a, *y = b;
    if (x->size != y->size)
        return x->size < y->size ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Loads the `n` sorted names of `dir` into `cat` (freeing the names): all of
 * them in name order when `budget` is SIZE_MAX; else those whose sizes,
 * smallest first, add up to at most `budget` bytes, in name order, and then
 * the others smallest first only while no set is valid. Sets cat->incomplete
 * when some were left. */
static void load_files(qk_catalog *cat, const char *dir, char **names, size_t n, size_t budget,
                       qk_diags *diags)
{
    sized_name *order = budget == SIZE_MAX ? NULL : malloc((n ? n : 1) * sizeof *order);
    if (!order) { /* everything, in name order (also when out of memory) */
        for (size_t i = 0; i < n; i++) {
            char *path = qk_path_join(dir, names[i]);
            free(names[i]);
            if (path)
                load_one(cat, path, diags);
        }
        return;
    }
    for (size_t i = 0; i < n; i++) {
        char *path = qk_path_join(dir, names[i]);
        order[i].size = file_size(path);
        order[i].index = i;
        free(path);
    }
    qsort(order, n, sizeof *order, cmp_sizes);
    bool *now = calloc(n ? n : 1, sizeof *now);
    size_t taken = 0, k = 0;
    for (; now && k < n && order[k].size <= budget - taken; k++) {
        taken += order[k].size;
        now[order[k].index] = true;
    }
    for (size_t i = 0; now && i < n; i++) {
        if (!now[i])
            continue;
        char *path = qk_path_join(dir, names[i]);
        if (path)
            load_one(cat, path, diags);
    }
    if (!now)
        k = 0;
    for (; k < n && cat->n_sets == 0; k++) { /* nothing valid yet: one more at a time */
        char *path = qk_path_join(dir, names[order[k].index]);
        if (path)
            load_one(cat, path, diags);
    }
    cat->incomplete = k < n;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(now);
    free(order);
}

/* Makes a catalog; takes the strings given (frees them on failure too). */
static qk_catalog *build(char *dir, char *station_choice, char *station_file,
                         char *state_path, char *choice, bool choice_fallback,
                         const qk_catalog *old, size_t budget, qk_diags *diags)
{
    qk_catalog *cat = calloc(1, sizeof *cat);
    if (!cat || !dir || !state_path) {
        free(cat);
        free(dir);
        free(station_choice);
        free(station_file);
        free(state_path);
        free(choice);
        qk_diag_addt(diags, QK_DIAG_ERROR, "quizkiosk", 0, QK_D_OOM);
        return NULL;
    }
    cat->dir = dir;
    cat->station_choice = station_choice;
    cat->station_file = station_file;
    cat->state_path = state_path;
    cat->choice = choice;
    cat->choice_fallback = choice_fallback;
    cat->note = strdup("");

    size_t n_files = 0;
    bool listed;
    char **names = list_sets(dir, &n_files, &listed, diags);
    if (!listed) {
        qk_catalog_free(cat);
        return NULL;
    }
    load_files(cat, dir, names, n_files, budget, diags);
    free(names);

    if (cat->n_sets == 0) {
        if (n_files == 0)
            qk_diag_addt(diags, QK_DIAG_ERROR, dir, 0, QK_D_CAT_NO_SETS);
        else
            qk_diag_addt(diags, QK_DIAG_ERROR, dir, 0, QK_D_CAT_NONE_VALID, n_files);
        qk_catalog_free(cat);
        return NULL;
    }
    if (!old) {
        choose_active(cat, diags);
    } else if (!keep_active(cat, old, diags)) {
        qk_diag_addt(diags, QK_DIAG_ERROR, "quizkiosk", 0, QK_D_OOM);
        qk_catalog_free(cat);
        return NULL;
    }
    return cat;
}

/* ---- the public functions ----------------------------------------------- */

qk_catalog *qk_catalog_open(const qk_station *st, qk_diags *diags)
{
    return qk_catalog_open_within(st, SIZE_MAX, NULL, diags);
}

qk_catalog *qk_catalog_open_within(const qk_station *st, size_t budget, bool *complete,
                                   qk_diags *diags)
{
    char *results_dir = qk_path_dir(st->results_db ? st->results_db : "results.db");
    char *state = results_dir ? qk_path_join(results_dir, QK_CATALOG_STATE_FILE) : NULL;
    free(results_dir);
    bool fallback = false;
    char *choice = state ? read_choice(state, &fallback, diags) : NULL;
    qk_catalog *cat = build(strdup(st->quizzes_dir ? st->quizzes_dir : "quizzes"),
                            dup_or_null(st->active_set), dup_or_null(st->path), state, choice,
                            fallback, NULL, budget, diags);
    if (complete)
        *complete = !cat || !cat->incomplete;
    return cat;
}

qk_catalog *qk_catalog_reload(const qk_catalog *old, qk_diags *diags)
{
    qk_catalog *cat = build(strdup(old->dir), dup_or_null(old->station_choice),
                            dup_or_null(old->station_file), strdup(old->state_path),
                            dup_or_null(old->choice), old->choice_fallback, old, SIZE_MAX,
                            diags);
    if (!cat)
        qk_diag_addt(diags, QK_DIAG_WARNING, old->dir, 0, QK_D_CAT_RELOAD_NONE);
    return cat;
}

size_t qk_catalog_count(const qk_catalog *cat)
{
    return cat->n_sets;
}

const qk_set *qk_catalog_set(const qk_catalog *cat, size_t i)
{
    return i < cat->n_sets ? cat->sets[i]->set : NULL;
}

const qk_set *qk_catalog_find(const qk_catalog *cat, const char *set_id)
{
    return find_set(cat, set_id, NULL);
}

bool qk_catalog_owns(const qk_catalog *cat, const qk_set *set)
{
    for (size_t i = 0; cat && set && i < cat->n_sets; i++)
        if (cat->sets[i]->set == set)
            return true;
    return false;
}

size_t qk_catalog_bad_count(const qk_catalog *cat)
{
    return cat->n_bad;
}

const char *qk_catalog_bad_path(const qk_catalog *cat, size_t i)
{
    return i < cat->n_bad ? cat->bad[i].path : NULL;
}

const qk_diags *qk_catalog_bad_diags(const qk_catalog *cat, size_t i)
{
    return i < cat->n_bad ? &cat->bad[i].diags : NULL;
}

const qk_set *qk_catalog_active(const qk_catalog *cat)
{
    return cat->sets[cat->active]->set;
}

bool qk_catalog_active_kept(const qk_catalog *cat)
{
    return cat->active_kept;
}

size_t qk_catalog_active_index(const qk_catalog *cat)
{
    return cat->active;
}

const char *qk_catalog_note(const qk_catalog *cat)
{
    return cat->note ? cat->note : "";
}

bool qk_catalog_choose(qk_catalog *cat, const char *set_id, qk_diags *diags)
{
    size_t idx;
    if (!set_id || !find_set(cat, set_id, &idx))
        return false;
    char *choice = strdup(set_id);
    if (!choice)
        return false;
    free(cat->choice);
    cat->choice = choice;
    cat->choice_fallback = false;
    cat->active = idx;
    cat->active_kept = false;
    free(cat->note);
    cat->note = strdup("");
    write_choice(cat->state_path, set_id, false, diags);
    return true;
}

const char *qk_catalog_folder(const qk_catalog *cat)
{
    return cat->dir;
}

const char *qk_catalog_state_path(const qk_catalog *cat)
{
    return cat->state_path;
}

/* ---- what the trainer menu shows -------------------------------------- */


char *qk_catalog_problems(const qk_catalog *cat, char *buf, size_t cap)
{
    if (!buf || !cap)
        return buf;
    buf[0] = '\0';
    if (!cat)
        return buf;
    size_t nbad = qk_catalog_bad_count(cat);
    if (nbad) {
        qk_cat(buf, cap, qk_tr(QK_S_MENU_SKIPPED), (int)nbad);
        for (size_t i = 0; i < nbad && i < 3; i++) {
            const qk_diags *d = qk_catalog_bad_diags(cat, i);
            const char *path = qk_catalog_bad_path(cat, i);
            const char *name = strrchr(path, '/');
            name = name ? name + 1 : path;
            const qk_diag *first = NULL;
            for (size_t k = 0; d && k < d->count && !first; k++)
                if (d->items[k].severity == QK_DIAG_ERROR)
                    first = &d->items[k];
            if (first)
                qk_cat(buf, cap, "\n%s:%d: %s", name, first->line, first->message);
            else
                qk_cat(buf, cap, "\n%s", name);
        }
        if (nbad > 3)
            qk_cat(buf, cap, "\n…");
    }
    const char *note = qk_catalog_note(cat);
    if (note && *note)
        qk_cat(buf, cap, "%s%s", buf[0] ? "\n" : "", note);
    return buf;
}
