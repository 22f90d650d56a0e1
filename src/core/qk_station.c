/* qk_station.c: the station settings file (see qk_station.h, docs/station.md).
 *
 * How it works: the file is read into memory by us (not by libconfig) so that a
 * byte-order mark can be skipped and @include lines refused, with their line,
 * before libconfig parses the text. The root group is then walked by index;
 * each setting is looked up in a table (name -> kind, limits, field) and checked
 * for type and range, every problem going to the diagnostics list with the
 * setting's line. Values are applied to a copy of the caller's station, which
 * replaces the original only when the whole file was clean.
 */
#include "qk_station.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libconfig.h>

#include "qk_cfg_check.h"
#include "qk_fmt_guard.h"
#include "qk_fmt_text.h"
#include "qk_pin.h"
#include "qk_model.h"
#include "qk_path.h"
#include "qk_utf8.h"

#define STATION_MAX_BYTES (1024u * 1024u) /* a station file is a few lines; refuse big ones */
#define STATION_ID_MAX    64u
#define SET_ID_MAX        64u
#define QK_BAD_INTS_MAX   16  /* lines remembered of numbers too large to read */

/* ---- small string helpers ---------------------------------------------- */

static char *dup_str(const char *s)
{
    return s ? strdup(s) : NULL;
}

static const char *home_dir(void)
{
    const char *h = getenv("HOME");
    if (h && *h)
        return h;
    struct passwd *pw = getpwuid(getuid());
    return pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
}

/* An XDG base folder: $VAR when set to an absolute path, else ~/FALLBACK.
 * Newly allocated; NULL when there is no home folder either. */
static char *xdg_dir(const char *var, const char *fallback)
{
    const char *v = getenv(var);
    if (v && v[0] == '/')
        return strdup(v);
    const char *home = home_dir();
    return home ? qk_path_join(home, fallback) : NULL;
}

/* Resolves a path from the file: "~/x" against the home folder, a relative one
 * against `base` (the station file's folder). Newly allocated. */
static char *resolve_path(const char *value, const char *base)
{
    if (value[0] == '/')
        return strdup(value);
    if (value[0] == '~' && (value[1] == '/' || value[1] == '\0')) {
        const char *home = home_dir();
        if (home)
            return value[1] ? qk_path_join(home, value + 2) : strdup(home);
    }
    return qk_path_join(base, value);
}

static bool is_id(const char *s, size_t max)
{
    return strlen(s) <= max && qk_id_chars_ok(s);
}

static void free_rounds(char **rounds, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(rounds[i]);
    free(rounds);
}

/* ---- defaults, copy, free ---------------------------------------------- */

static char *default_results_db(void)
{
    char *data = xdg_dir("XDG_DATA_HOME", ".local/share");
    if (!data)
        return strdup("quizkiosk-results.db"); /* no home at all: the current folder */
    char *r = qk_path_join(data, "quizkiosk/results.db");
    free(data);
    return r;
}

bool qk_station_defaults(qk_station *st, const char *shipped_quizzes)
{
    memset(st, 0, sizeof *st);
    char host[256];
    if (gethostname(host, sizeof host) != 0 || !host[0])
        strcpy(host, "quizkiosk");
    host[sizeof host - 1] = '\0';
    if (strlen(host) > STATION_ID_MAX)
        host[STATION_ID_MAX] = '\0';
    st->station_id = strdup(host);
    st->quizzes_dir = strdup(shipped_quizzes ? shipped_quizzes : "quizzes");
    st->language = strdup("nb");
    st->idle_timeout = 60;
    st->idle_countdown = 15;
    st->sets_poll_interval = 300;
    st->fullscreen = true;
    st->width = 1280;
    st->height = 720;
    st->results_db = default_results_db();
    st->export_dir = st->results_db ? qk_path_dir(st->results_db) : NULL;
    if (!st->station_id || !st->quizzes_dir || !st->language || !st->results_db ||
        !st->export_dir) {
        qk_station_free(st);
        return false;
    }
    return true;
}

void qk_station_free(qk_station *st)
{
    if (!st)
        return;
    free(st->path);
    free(st->station_id);
    free(st->quizzes_dir);
    free(st->active_set);
    free(st->language);
    free_rounds(st->rounds, st->n_rounds);
    free(st->pin_hash);
    free(st->results_db);
    free(st->export_dir);
    free(st->font);
    free(st->results_server);
    free(st->results_server_password_file);
    memset(st, 0, sizeof *st);
}

bool qk_station_copy(qk_station *dst, const qk_station *src)
{
    *dst = *src;
    dst->rounds = NULL;
    dst->n_rounds = 0;
    dst->path = dup_str(src->path);
    dst->station_id = dup_str(src->station_id);
    dst->quizzes_dir = dup_str(src->quizzes_dir);
    dst->active_set = dup_str(src->active_set);
    dst->language = dup_str(src->language);
    dst->pin_hash = dup_str(src->pin_hash);
    dst->results_db = dup_str(src->results_db);
    dst->export_dir = dup_str(src->export_dir);
    dst->font = dup_str(src->font);
    dst->results_server = dup_str(src->results_server);
    dst->results_server_password_file = dup_str(src->results_server_password_file);
    bool ok = (!src->path || dst->path) && (!src->station_id || dst->station_id) &&
              (!src->quizzes_dir || dst->quizzes_dir) && (!src->active_set || dst->active_set) &&
              (!src->language || dst->language) && (!src->pin_hash || dst->pin_hash) &&
              (!src->results_db || dst->results_db) && (!src->export_dir || dst->export_dir) &&
              (!src->font || dst->font) &&
              (!src->results_server || dst->results_server) &&
              (!src->results_server_password_file || dst->results_server_password_file);
    if (ok && src->n_rounds) {
        dst->rounds = calloc(src->n_rounds, sizeof *dst->rounds);
        ok = dst->rounds != NULL;
        for (size_t i = 0; ok && i < src->n_rounds; i++) {
            dst->rounds[i] = strdup(src->rounds[i]);
            dst->n_rounds = i + 1;
            ok = dst->rounds[i] != NULL;
        }
    }
    if (!ok)
        qk_station_free(dst);
    return ok;
}

const char *qk_station_pin_hash(const qk_station *st)
{
    return st && st->pin_hash ? st->pin_hash : qk_pin_default_hash;
}

bool qk_station_round_offered(const qk_station *st, const char *round_id)
{
    if (!st->n_rounds)
        return true;
    for (size_t i = 0; round_id && i < st->n_rounds; i++)
        if (!strcmp(st->rounds[i], round_id))
            return true;
    return false;
}

bool qk_station_default_pin(const qk_station *st)
{
    return !st || !st->pin_hash;
}

/* ---- reading the file --------------------------------------------------- */

/* Reads `path` whole into a NUL-terminated buffer. On failure adds an error and
 * returns NULL. */
static char *read_file(const char *path, size_t *len_out, qk_diags *diags)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_ST_CANNOT_OPEN, strerror(errno));
        return NULL;
    }
    struct stat sb;
    if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
        fclose(f);
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_ST_IS_FOLDER);
        return NULL;
    }
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (len + 1 == cap) {
            if (cap > STATION_MAX_BYTES)
                break;
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - 1 - len, f);
        len += got;
        if (got == 0)
            break;
    }
    bool err = ferror(f);
    fclose(f);
    if (!buf) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_ST_OOM);
        return NULL;
    }
    if (err) {
        free(buf);
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_ST_CANNOT_READ, strerror(errno));
        return NULL;
    }
    if (len > STATION_MAX_BYTES) {
        free(buf);
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_ST_TOO_BIG, STATION_MAX_BYTES / 1024u);
        return NULL;
    }
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

/* Skips a BOM, and refuses NUL bytes, bytes that are not UTF-8 (the first one
 * is reported) and @include lines (the line is turned into a comment so that
 * the rest can still be checked). Returns the text to parse; *text_len gets
 * its length. */
static char *prepare_text(const char *path, char *buf, size_t len, size_t *text_len,
                          qk_diags *diags)
{
    char *text = buf;
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
        (unsigned char)buf[2] == 0xBF) {
        text += 3;
        len -= 3;
    }
    *text_len = len;
    int line = 1;
    bool line_start = true, bad_utf8 = false;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if ((unsigned char)c >= 0x80) {
            size_t n = qk_utf8_seq(text + i, len - i);
            if (!n && !bad_utf8)
                qk_text_report_bad_byte(diags, path, line, (unsigned char)c);
            bad_utf8 = bad_utf8 || !n;
            i += n ? n - 1 : 0;
            line_start = false;
            continue;
        }
        if (c == '\0') {
            qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_ST_NUL);
            text[i] = ' ';
            continue;
        }
        if (c == '\n') {
            line++;
            line_start = true;
            continue;
        }
        if (line_start && (c == ' ' || c == '\t'))
            continue;
        if (line_start && c == '@' && !strncmp(text + i, "@include", 8)) {
            qk_diag_addt(diags, QK_DIAG_ERROR, path, line, QK_D_ST_INCLUDE);
            text[i] = '#';
        }
        line_start = false;
    }
    return text;
}

/* ---- the settings ------------------------------------------------------- */

typedef enum { K_STRING, K_ID, K_PATH, K_INT, K_BOOL, K_LANGUAGE, K_ROUNDS, K_PIN, K_CHOICE,
               K_SERVER } kind;

typedef struct {
    const char *name;
    kind kind;
    int lo, hi;     /* K_INT */
    size_t offset;  /* of the field in qk_station */
    const char *example;
} setting_spec;

/* K_CHOICE settings: the words allowed (NULL-ended); the int field gets the
 * word's index + base. */
static const struct {
    const char *name;
    const char *const words[4];
    int base;
} choice_specs[] = {
    {"speech", {"off", "button", "auto", NULL}, QK_SPEECH_OFF},
    {"text_size", {"normal", "large", NULL}, QK_TEXT_NORMAL},
    {"theme", {"standard", "high-contrast", NULL}, QK_THEME_STANDARD},
    {"renderer", {"software", "gl", NULL}, QK_RENDERER_SOFTWARE},
};

#define F(field) offsetof(qk_station, field)
static const setting_spec specs[] = {
    {"station_id", K_STRING, 0, 0, F(station_id), "station_id = \"kurs-1\";"},
    {"quizzes_dir", K_PATH, 0, 0, F(quizzes_dir), "quizzes_dir = \"quizzes\";"},
    {"active_set", K_ID, 0, 0, F(active_set), "active_set = \"god-ledelse\";"},
    {"language", K_LANGUAGE, 0, 0, F(language), "language = \"nb\";"},
    {"idle_timeout", K_INT, 10, 3600, F(idle_timeout), "idle_timeout = 60;"},
    {"idle_countdown", K_INT, 5, 120, F(idle_countdown), "idle_countdown = 15;"},
    {"fullscreen", K_BOOL, 0, 0, F(fullscreen), "fullscreen = true;"},
    {"width", K_INT, 320, 16384, F(width), "width = 1280;"},
    {"height", K_INT, 240, 16384, F(height), "height = 720;"},
    {"rounds", K_ROUNDS, 0, 0, F(rounds), "rounds = [ \"prinsipper\", \"atferd\" ];"},
    {"trainer_pin_hash", K_PIN, 0, 0, F(pin_hash), "trainer_pin_hash = \"$argon2id$...\";"},
    {"results_db", K_PATH, 0, 0, F(results_db), "results_db = \"/var/lib/quizkiosk/results.db\";"},
    {"export_dir", K_PATH, 0, 0, F(export_dir), "export_dir = \"/media/usb\";"},
    {"font", K_PATH, 0, 0, F(font), "font = \"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf\";"},
    {"speech", K_CHOICE, 0, 0, F(speech), "speech = \"button\";"},
    {"text_size", K_CHOICE, 0, 0, F(text_size), "text_size = \"large\";"},
    {"theme", K_CHOICE, 0, 0, F(theme), "theme = \"high-contrast\";"},
    {"renderer", K_CHOICE, 0, 0, F(renderer), "renderer = \"software\";"},
    {"results_server", K_SERVER, 0, 0, F(results_server),
     "results_server = \"postgresql://quizkiosk@db.example.no/quizkiosk?sslmode=verify-full\";"},
    {"results_server_password_file", K_PATH, 0, 0, F(results_server_password_file),
     "results_server_password_file = \"/etc/quizkiosk/results-server.pw\";"},
    {"sets_poll_interval", K_INT, 0, 86400, F(sets_poll_interval), "sets_poll_interval = 300;"},
};
#undef F
#define N_SPECS (sizeof specs / sizeof specs[0])

static const char known_names[] =
    "station_id, quizzes_dir, active_set, language, idle_timeout, idle_countdown, "
    "fullscreen, width, height, rounds, trainer_pin_hash, results_db, export_dir, font, "
    "speech, text_size, theme, renderer, results_server, results_server_password_file, "
    "sets_poll_interval";

/* The kind of a setting, a string-table word (for "%@"). */
static int type_name(int type)
{
    switch (type) {
    case CONFIG_TYPE_GROUP: return QK_D_T_GROUP;
    case CONFIG_TYPE_INT:
    case CONFIG_TYPE_INT64: return QK_D_T_INT;
    case CONFIG_TYPE_FLOAT: return QK_D_T_FLOAT;
    case CONFIG_TYPE_STRING: return QK_D_T_STRING;
    case CONFIG_TYPE_BOOL: return QK_D_T_BOOL;
    case CONFIG_TYPE_ARRAY: return QK_D_T_ARRAY;
    case CONFIG_TYPE_LIST: return QK_D_T_LIST;
    default: return QK_D_T_OTHER;
    }
}

typedef struct {
    const char *path; /* for messages */
    const char *base; /* the station file's folder */
    qk_diags *diags;
    qk_station *st;
    bool export_set, results_set;
    int bad_int_lines[QK_BAD_INTS_MAX]; /* numbers that do not fit (qk_cfg_check_ints) */
    size_t n_bad_ints;
} load_ctx;

static int line_of(const config_setting_t *s)
{
    int l = (int)config_setting_source_line(s);
    return l > 0 ? l : 0;
}

static void wrong_type(load_ctx *c, const config_setting_t *s, const setting_spec *sp,
                       qk_str want)
{
    qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line_of(s), QK_D_ST_WRONG_TYPE, sp->name,
                 (int)want, type_name(config_setting_type(s)), sp->example);
}

/* Replaces the string field at `field` with a copy of `v`. */
static void set_string(load_ctx *c, char **field, char *v)
{
    if (!v) {
        qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, 0, QK_D_OOM);
        return;
    }
    free(*field);
    *field = v;
}

static bool has_control_chars(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return true;
    return false;
}

static void apply_rounds(load_ctx *c, const config_setting_t *s, const setting_spec *sp)
{
    int type = config_setting_type(s);
    if (type != CONFIG_TYPE_ARRAY && type != CONFIG_TYPE_LIST) {
        wrong_type(c, s, sp, QK_D_T_ROUND_IDS);
        return;
    }
    int n = config_setting_length(s);
    char **ids = n > 0 ? calloc((size_t)n, sizeof *ids) : NULL;
    size_t got = 0;
    bool ok = n == 0 || ids;
    for (int i = 0; ok && i < n; i++) {
        const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
        int line = line_of(e) ? line_of(e) : line_of(s);
        const char *v = config_setting_get_string(e);
        if (config_setting_type(e) != CONFIG_TYPE_STRING || !v) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_ROUND_NOT_STRING, i + 1,
                         sp->example);
            ok = false;
            break;
        }
        if (!is_id(v, SET_ID_MAX)) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_ROUND_NOT_ID, i + 1, v);
            ok = false;
            continue;
        }
        for (size_t j = 0; j < got; j++)
            if (!strcmp(ids[j], v)) {
                qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_ROUND_TWICE, v);
                ok = false;
            }
        if (ok && !(ids[got++] = strdup(v)))
            ok = false;
    }
    if (!ok) {
        free_rounds(ids, got);
        return;
    }
    free_rounds(c->st->rounds, c->st->n_rounds);
    c->st->rounds = got ? ids : NULL; /* an empty list means all rounds */
    c->st->n_rounds = got;
    if (!got)
        free(ids);
}

/* results_server: a libpq URI (postgresql://...) or key=value string, with no
 * password in it (the station file is world-readable). True when it was refused. */
static bool server_uri_problem(load_ctx *c, const char *v, int line)
{
    static const char *const schemes[] = {"postgresql://", "postgres://"};
    const char *rest = NULL;
    for (size_t i = 0; i < 2; i++)
        if (!strncmp(v, schemes[i], strlen(schemes[i])))
            rest = v + strlen(schemes[i]);
    if (!*v || has_control_chars(v) || (!rest && !strchr(v, '='))) {
        qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_SERVER_URI);
        return true;
    }
    bool has_pw = false;
    if (rest) {
        /* postgresql://user:password@host: a ':' in the part before '@' */
        const char *at = strchr(rest, '@');
        const char *end = rest + strcspn(rest, "/?");
        if (at && at < end && memchr(rest, ':', (size_t)(at - rest)))
            has_pw = true;
    }
    const char *q = rest ? strchr(v, '?') : v;
    for (const char *p = q; p && (p = strstr(p, "password")) != NULL; p += 8) {
        bool starts = p == v || p[-1] == '?' || p[-1] == '&' || p[-1] == ' ';
        const char *e = p + 8;
        while (*e == ' ')
            e++;
        if (starts && *e == '=')
            has_pw = true;
    }
    if (has_pw) {
        qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_SERVER_PASSWORD);
        return true;
    }
    return false;
}

static void apply_setting(load_ctx *c, const config_setting_t *s)
{
    const char *name = config_setting_name(s);
    const setting_spec *sp = NULL;
    for (size_t i = 0; i < N_SPECS; i++)
        if (name && !strcmp(specs[i].name, name))
            sp = &specs[i];
    if (!sp) {
        const char *names[N_SPECS + 1];
        for (size_t i = 0; i < N_SPECS; i++)
            names[i] = specs[i].name;
        names[N_SPECS] = NULL;
        const char *near = qk_cfg_closest_name(name, names);
        if (near)
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line_of(s), QK_D_ST_UNKNOWN_NEAR, name,
                         near);
        else
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line_of(s), QK_D_ST_UNKNOWN,
                         name ? name : "?", known_names);
        return;
    }
    char *base = (char *)c->st;
    int type = config_setting_type(s);
    int line = line_of(s);
    if (!strcmp(sp->name, "quizzes_dir"))
        c->st->quizzes_dir_line = line;
    else if (!strcmp(sp->name, "active_set"))
        c->st->active_set_line = line;
    else if (!strcmp(sp->name, "font"))
        c->st->font_line = line;
    else if (!strcmp(sp->name, "results_server_password_file"))
        c->st->password_file_line = line;

    if (sp->kind == K_ROUNDS) {
        apply_rounds(c, s, sp);
        return;
    }
    if (sp->kind == K_INT) {
        if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64) {
            wrong_type(c, s, sp, QK_D_T_INT);
            return;
        }
        for (size_t i = 0; i < c->n_bad_ints && i < QK_BAD_INTS_MAX; i++)
            if (c->bad_int_lines[i] == line)
                return; /* already reported: libconfig wrapped the number */
        long long v = config_setting_get_int64(s);
        if (v < sp->lo || v > sp->hi) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line,
                         strstr(sp->name, "idle") ? QK_D_ST_RANGE_SECONDS : QK_D_ST_RANGE, sp->name,
                         v, sp->lo, sp->hi);
            return;
        }
        *(int *)(base + sp->offset) = (int)v;
        return;
    }
    if (sp->kind == K_BOOL) {
        if (type != CONFIG_TYPE_BOOL) {
            wrong_type(c, s, sp, QK_D_T_BOOL_BARE);
            return;
        }
        *(bool *)(base + sp->offset) = config_setting_get_bool(s) != 0;
        return;
    }

    /* Every other kind is a string. */
    const char *v = type == CONFIG_TYPE_STRING ? config_setting_get_string(s) : NULL;
    if (!v) {
        wrong_type(c, s, sp, QK_D_T_STRING);
        return;
    }
    if (sp->kind == K_CHOICE) {
        size_t k = 0;
        while (strcmp(choice_specs[k].name, sp->name))
            k++;
        const char *const *w = choice_specs[k].words;
        for (int i = 0; w[i]; i++)
            if (!strcmp(v, w[i])) {
                *(int *)(base + sp->offset) = choice_specs[k].base + i;
                return;
            }
        qk_phrase words;
        for (int l = 0; l < QK_LANG_COUNT; l++) {
            char *out = words.text[l];
            size_t cap = sizeof words.text[l];
            out[0] = '\0';
            for (int i = 0; w[i]; i++)
                snprintf(out + strlen(out), cap - strlen(out), "%s\"%s\"",
                         i ? (w[i + 1] ? ", " : qk_tr_in((qk_lang)l, QK_D_W_OR)) : "", w[i]);
        }
        qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_CHOICE, sp->name, v,
                     &words);
        return;
    }
    char **field = (char **)(base + sp->offset);
    switch (sp->kind) {
    case K_STRING:
        if (!*v || strlen(v) > STATION_ID_MAX || has_control_chars(v)) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_STRING, sp->name,
                         STATION_ID_MAX, sp->example);
            return;
        }
        set_string(c, field, strdup(v));
        return;
    case K_ID:
        if (!is_id(v, SET_ID_MAX)) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_SET_ID, sp->name, v);
            return;
        }
        set_string(c, field, strdup(v));
        return;
    case K_LANGUAGE:
        if (strcmp(v, "nb") && strcmp(v, "nn") && strcmp(v, "en")) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_LANGUAGE, v);
            return;
        }
        set_string(c, field, strdup(v));
        return;
    case K_PIN:
        if (!qk_pin_hash_looks_valid(v)) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line, QK_D_ST_PIN_HASH);
            return;
        }
        set_string(c, field, strdup(v));
        return;
    case K_SERVER:
        if (server_uri_problem(c, v, line))
            return;
        set_string(c, field, strdup(v));
        return;
    case K_PATH:
        if (!*v || has_control_chars(v)) {
            qk_diag_addt(c->diags, QK_DIAG_ERROR, c->path, line,
                         !strcmp(sp->name, "font") ? QK_D_ST_PATH_FONT : QK_D_ST_PATH, sp->name,
                         sp->example);
            return;
        }
        if (!strcmp(sp->name, "results_db"))
            c->results_set = true;
        if (!strcmp(sp->name, "export_dir"))
            c->export_set = true;
        set_string(c, field, resolve_path(v, c->base));
        return;
    default:
        return;
    }
}

bool qk_station_load(qk_station *st, const char *path, qk_diags *diags)
{
    if (!st->language && !qk_station_defaults(st, NULL)) {
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_OOM);
        return false;
    }
    size_t errors_before = diags->errors;
    size_t len = 0;
    char *buf = read_file(path, &len, diags);
    if (!buf)
        return false;
    size_t text_len = 0;
    char *text = prepare_text(path, buf, len, &text_len, diags);
    /* refuses what would stall libconfig (a list of 100,000 rounds, an 8 MB text) */
    if (!qk_fmt_guard(path, text, text_len, &qk_fmt_guard_station_limits, diags)) {
        free(buf);
        return false;
    }
    int bad_ints[QK_BAD_INTS_MAX];
    size_t n_bad_ints = qk_cfg_check_ints(text, text_len, path, diags, bad_ints,
                                          QK_BAD_INTS_MAX);

    config_t cfg;
    config_init(&cfg);
    if (config_read_string(&cfg, text) != CONFIG_TRUE) {
        const char *said = config_error_text(&cfg);
        qk_phrase what;
        if (!said || !strcmp(said, "syntax error"))
            qk_phrase_set(&what, QK_D_LC_SYNTAX);
        else
            qk_phrase_same(&what, said);
        qk_diag_addt(diags, QK_DIAG_ERROR, path, config_error_line(&cfg), QK_D_ST_SYNTAX, &what);
        config_destroy(&cfg);
        free(buf);
        return false;
    }

    qk_station work;
    if (!qk_station_copy(&work, st)) {
        config_destroy(&cfg);
        free(buf);
        qk_diag_addt(diags, QK_DIAG_ERROR, path, 0, QK_D_OOM);
        return false;
    }
    char *dir = qk_path_dir(path);
    char real[PATH_MAX];
    load_ctx c = {path, dir && realpath(dir, real) ? real : (dir ? dir : "."), diags, &work,
                  false, false, {0}, n_bad_ints};
    memcpy(c.bad_int_lines, bad_ints, sizeof bad_ints);
    config_setting_t *root = config_root_setting(&cfg);
    int n = config_setting_length(root);
    for (int i = 0; i < n; i++)
        apply_setting(&c, config_setting_get_elem(root, (unsigned)i));
    config_destroy(&cfg);
    free(buf);

    if (c.results_set && !c.export_set) {
        char *ed = qk_path_dir(work.results_db);
        set_string(&c, &work.export_dir, ed);
    }
    set_string(&c, &work.path, strdup(path));
    free(dir);

    if (diags->errors != errors_before) {
        qk_station_free(&work);
        return false;
    }
    if (!work.pin_hash)
        qk_diag_addt(diags, QK_DIAG_WARNING, path, 0, QK_D_ST_NO_PIN);
    else if (!strcmp(work.pin_hash, qk_pin_default_hash))
        qk_diag_addt(diags, QK_DIAG_WARNING, path, 0, QK_D_ST_EXAMPLE_PIN);
    qk_station_free(st);
    *st = work;
    return true;
}

static bool exists(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0;
}

bool qk_station_find_in(qk_station *st, const char *explicit_path,
                        const char *shipped_quizzes, const char *system_path,
                        qk_diags *diags)
{
    if (!qk_station_defaults(st, shipped_quizzes)) {
        qk_diag_addt(diags, QK_DIAG_ERROR, "quizkiosk", 0, QK_D_OOM);
        return false;
    }
    if (explicit_path)
        return qk_station_load(st, explicit_path, diags);

    char *conf = xdg_dir("XDG_CONFIG_HOME", ".config");
    char *user = conf ? qk_path_join(conf, "quizkiosk/station.cfg") : NULL;
    free(conf);
    if (user && exists(user)) {
        bool ok = qk_station_load(st, user, diags);
        free(user);
        return ok;
    }
    free(user);
    if (system_path && exists(system_path))
        return qk_station_load(st, system_path, diags);

    qk_diag_addt(diags, QK_DIAG_WARNING, "quizkiosk", 0, QK_D_ST_NO_FILE);
    return true;
}

bool qk_station_find(qk_station *st, const char *explicit_path,
                     const char *shipped_quizzes, qk_diags *diags)
{
    return qk_station_find_in(st, explicit_path, shipped_quizzes, QK_STATION_SYSTEM_PATH,
                              diags);
}
