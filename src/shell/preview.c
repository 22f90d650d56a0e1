/* preview.c: `quizkiosk --preview SET.cfg [--question ID]`, the trainer's
 * loop while writing a set: edit, save, look.
 *
 * Design. The preview shows each question through the kiosk's own screens
 * (the app in app.c), so what the trainer sees is what participants will see.
 * For the question on show it builds a "view": a shallow copy of the set with
 * one round holding only that question, shuffle off and no pool, and runs a
 * fresh app on it with no results store, so nothing shown is ever stored. The
 * app's clock is frozen: a time limit's bar stays full and the walk-away
 * screen never comes. PageDown/PageUp (and the arrows drawn in the bar across
 * the top) move through every question in file order; Enter on a question
 * answers it rightly, which shows its feedback; Enter or "Next" on the
 * feedback goes to the next question. The bar also holds the question's id
 * and line.
 *
 * The file's folder is watched with inotify (editors often save by writing a
 * new file and renaming it over the old one, so the folder, not the file, is
 * watched). On a change the file is loaded again: when it loads, it replaces
 * the set on show (staying on the same question id when it is still there);
 * when it has errors, the last version that loaded stays on show and the
 * errors are listed beside it as FILE:LINE: message.
 *
 * Every change is logged on stderr as a "preview:" line (the smoke test reads
 * them); with QK_PREVIEW_SCREENSHOT=FILE each frame is also saved as a PNG.
 *
 * Ownership: preview owns the window (qk_gfx), the loaded set, the error list
 * and the app; the app borrows the view, which borrows the set's strings.
 * The app is destroyed before the set it shows is freed.
 */
#include "qk_cli.h" /* qk_preview_run */

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <SDL.h>

#include "app.h"
#include "gfx/qk_gfx.h"
#include "qk_i18n.h"
#include "qk_fmt_text.h" /* qk_text_shorten */
#include "qk_loader.h"
#include "qk_strbuf.h"
#include "screens/common.h" /* qk_margin, and the app's insides via screens.h */
#include "widgets.h"

typedef struct {
    qk_gfx *g;
    const char *path;     /* borrowed from argv */
    char dir[PATH_MAX];   /* the file's folder, watched */
    char base[NAME_MAX + 1];
    int ifd;              /* inotify, or -1 when it could not be set up */

    qk_set *set;          /* the last version that loaded, or NULL */
    qk_diags errs;        /* the file's problems now (errors only); empty when it loaded */
    qk_lang tool_lang;    /* the trainer's language (--lang, the locale): the errors' */
    size_t n_q, at;       /* questions in file order, and the one on show */

    qk_set view;          /* one round, one question: see the top of this file */
    qk_round vround;
    qk_question vq;
    qk_app *app;

    SDL_Rect prev_r, next_r;  /* the arrows, as last drawn */
    bool dirty;
    const char *shot;     /* QK_PREVIEW_SCREENSHOT */
} preview;

static volatile sig_atomic_t got_term;

static void on_term(int sig)
{
    (void)sig;
    got_term = 1;
}

static double frozen_clock(void *ud)
{
    (void)ud;
    return 1000.0;
}

/* The question at place `at` in file order (rounds in order, then questions). */
static const qk_question *question_at(const qk_set *set, size_t at, size_t *round_out)
{
    for (size_t r = 0; set && r < set->n_rounds; r++) {
        if (at < set->rounds[r].n_questions) {
            *round_out = r;
            return &set->rounds[r].questions[at];
        }
        at -= set->rounds[r].n_questions;
    }
    return NULL;
}

static size_t place_of(const qk_set *set, const char *id)
{
    size_t k = 0;
    for (size_t r = 0; set && r < set->n_rounds; r++)
        for (size_t i = 0; i < set->rounds[r].n_questions; i++, k++)
            if (strcmp(set->rounds[r].questions[i].id, id) == 0)
                return k;
    return SIZE_MAX;
}

static void log_line(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;
static void log_line(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("preview: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fflush(stderr);
}

/* Builds the view of the question on show and a fresh app on it. */
static void show(preview *p)
{
    qk_app_destroy(p->app);
    p->app = NULL;
    p->dirty = true;
    size_t r = 0;
    const qk_question *q = question_at(p->set, p->at, &r);
    if (!q)
        return;
    p->vq = *q;
    p->vq.shuffle = false;
    p->vq.always = false;
    p->vround = p->set->rounds[r];
    p->vround.questions = &p->vq;
    p->vround.n_questions = 1;
    p->vround.pick = 0;
    p->vround.shuffle = false;
    p->vround.intro = NULL; /* straight to the question, no round intro screen */
    p->view = *p->set;
    p->view.rounds = &p->vround;
    p->view.n_rounds = 1;
    qk_app_config cfg = {.station_id = "preview", .idle_timeout = 3600, .idle_countdown = 15,
                         .seed = 1};
    p->app = qk_app_create(p->g, &p->view, NULL, &cfg); /* no store: nothing is kept */
    if (!p->app)
        return;
    qk_app_set_clock(p->app, frozen_clock, NULL);
    qk_app_start_session(p->app, NULL, 0);
    char b[64];
    log_line("showing %s (%s:%d), question %zu of %zu: %s", q->id, p->path, q->line, p->at + 1,
             p->n_q, qk_text_shorten(q->text, b, sizeof b));
}

static void go_to(preview *p, size_t at)
{
    if (!p->set || p->n_q == 0)
        return;
    if (at >= p->n_q)
        at = p->n_q - 1;
    if (at == p->at && p->app)
        return;
    p->at = at;
    show(p);
}

/* Loads the file again; see the top of this file. */
static void reload(preview *p)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *fresh = qk_set_load(p->path, &d);
    qk_diags_clear(&p->errs);
    if (fresh) {
        char id[256] = "";
        size_t r;
        const qk_question *cur = question_at(p->set, p->at, &r);
        if (cur)
            snprintf(id, sizeof id, "%s", cur->id);
        qk_app_destroy(p->app); /* it borrows the old set */
        p->app = NULL;
        qk_set_free(p->set);
        p->set = fresh;
        p->n_q = qk_set_question_count(fresh);
        size_t k = id[0] ? place_of(fresh, id) : SIZE_MAX;
        p->at = k != SIZE_MAX ? k : (p->at < p->n_q ? p->at : (p->n_q ? p->n_q - 1 : 0));
        qk_gfx_flush_cache(p->g);
        log_line("loaded %s: %zu question%s", p->path, p->n_q, p->n_q == 1 ? "" : "s");
        show(p);
    } else {
        for (size_t i = 0; i < d.count; i++) {
            const qk_diag *e = &d.items[i];
            if (e->severity != QK_DIAG_ERROR)
                continue;
            /* in the trainer's language, not the set's, which the
             * participant words on show use */
            qk_diag_add(&p->errs, QK_DIAG_ERROR, e->file, e->line, "%s",
                        qk_diag_text(e, p->tool_lang));
            log_line("error %s:%d: %s", e->file, e->line, qk_diag_text(e, p->tool_lang));
        }
        log_line("%s has %zu error%s; showing the last version that loaded", p->path,
                 p->errs.errors, p->errs.errors == 1 ? "" : "s");
    }
    qk_diags_clear(&d);
    p->dirty = true;
}

/* inotify on the file's folder; false when it cannot be set up. */
static bool watch(preview *p)
{
    const char *slash = strrchr(p->path, '/');
    if (slash) {
        snprintf(p->dir, sizeof p->dir, "%.*s", (int)(slash - p->path), p->path);
        if (!p->dir[0])
            snprintf(p->dir, sizeof p->dir, "/");
        snprintf(p->base, sizeof p->base, "%s", slash + 1);
    } else {
        snprintf(p->dir, sizeof p->dir, ".");
        snprintf(p->base, sizeof p->base, "%s", p->path);
    }
    p->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (p->ifd < 0)
        return false;
    if (inotify_add_watch(p->ifd, p->dir, IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE |
                                               IN_DELETE | IN_MOVED_FROM) < 0) {
        close(p->ifd);
        p->ifd = -1;
        return false;
    }
    return true;
}

/* True when inotify says the file changed (drains every event waiting). */
static bool file_changed(preview *p)
{
    if (p->ifd < 0)
        return false;
    bool changed = false;
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t n = read(p->ifd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (char *c = buf; c < buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)(void *)c;
            if (e->len && strcmp(e->name, p->base) == 0)
                changed = true;
            c += sizeof *e + e->len;
        }
    }
    return changed;
}

/* The right answer to q, as a participant would give it. */
static void right_answer(const qk_question *q, qk_answer *a)
{
    memset(a, 0, sizeof *a);
    switch (q->type) {
    case QK_Q_TRUEFALSE:
        a->n = 1;
        a->v[0] = q->truth ? 1 : 0;
        break;
    case QK_Q_SINGLE:
        a->n = 1;
        for (size_t i = 0; i < q->n_choices; i++)
            if (q->choices[i].correct) {
                a->v[0] = (int)i;
                break;
            }
        break;
    case QK_Q_MULTIPLE:
        a->n = q->n_choices;
        for (size_t i = 0; i < q->n_choices && i < QK_MAX_CHOICES; i++)
            a->v[i] = q->choices[i].correct ? 1 : 0;
        break;
    case QK_Q_ORDER:
        a->n = q->n_choices;
        for (size_t i = 0; i < q->n_choices && i < QK_MAX_CHOICES; i++)
            a->v[i] = (int)i;
        break;
    case QK_Q_CATEGORIZE:
        a->n = q->n_choices;
        for (size_t i = 0; i < q->n_choices && i < QK_MAX_CHOICES; i++)
            a->v[i] = q->choices[i].category;
        break;
    default:
        break;
    }
}

/* The bar across the top (arrows, id, line) and, while the file has errors,
 * the list of them beside the question. */
static void draw_overlay(preview *p)
{
    int w, h;
    qk_gfx_size(p->g, &w, &h);
    float u = qk_gfx_unit(p->g);
    int pad = (int)(16 * u) + 1, bar_h = (int)(96 * u) + 1;
    if (p->app) { /* cover the kiosk's header (its "1 / 1" means nothing here) */
        int hb = qk_margin(p->app) + qk_px(p->app, 56) + qk_px(p->app, 6);
        size_t n = 0;
        const qk_ui_rect *l = qk_app_layout(p->app, &n);
        for (size_t i = 0; i < n; i++) /* and whatever the header holds (Avslutt) */
            if (l[i].r.y < qk_margin(p->app) + qk_px(p->app, 56) && l[i].r.y + l[i].r.h + 4 > hb &&
                l[i].kind != QK_UI_BAR)
                hb = l[i].r.y + l[i].r.h + 4;
        if (hb > bar_h)
            bar_h = hb;
    }
    int arrow_w = bar_h * 2; /* at least 96 units high and twice as wide: finger-sized */
    qk_fill_rect(p->g, (SDL_Rect){0, 0, w, bar_h}, QK_C_SURFACE);
    qk_fill_rect(p->g, (SDL_Rect){0, bar_h - 2, w, 2}, QK_C_LINE);
    p->prev_r = (SDL_Rect){pad / 2, pad / 2, arrow_w, bar_h - pad};
    p->next_r = (SDL_Rect){w - arrow_w - pad / 2, pad / 2, arrow_w, bar_h - pad};
    bool can_prev = p->set && p->at > 0, can_next = p->set && p->at + 1 < p->n_q;
    qk_text_style arrow = {(int)(52 * u) + 1, (int)(24 * u) + 1, QK_WEIGHT_BOLD, QK_C_ON_ACCENT,
                           QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
    qk_fill_round_rect(p->g, p->prev_r, pad / 2, can_prev ? QK_C_ACCENT : QK_C_DISABLED);
    qk_text_draw(p->g, "\u2190", p->prev_r, &arrow);
    qk_fill_round_rect(p->g, p->next_r, pad / 2, can_next ? QK_C_ACCENT : QK_C_DISABLED);
    qk_text_draw(p->g, "\u2192", p->next_r, &arrow);

    char where[600] = "";
    size_t r = 0;
    const qk_question *q = question_at(p->set, p->at, &r);
    if (q)
        snprintf(where, sizeof where, qk_tr(QK_S_PREVIEW_WHERE), q->id, q->line,
                 (int)p->at + 1, (int)p->n_q, p->set->rounds[r].title);
    else
        snprintf(where, sizeof where, "%s", qk_tr(QK_S_PREVIEW_NONE_YET));
    qk_text_style mid = {(int)(30 * u) + 1, (int)(16 * u) + 1, QK_WEIGHT_BOLD, QK_C_INK,
                         QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
    SDL_Rect mid_r = {p->prev_r.x + arrow_w + pad, 0, w - 2 * (arrow_w + 2 * pad), bar_h};
    qk_text_draw(p->g, where, mid_r, &mid);

    if (p->errs.count == 0)
        return;
    /* the errors: a panel over the right part (portrait: the lower part, as the
     * question's text is at the top), the last good version beside it */
    SDL_Rect panel = {0, bar_h, w, h - bar_h};
    int edge = (int)(6 * u) + 1;
    if (p->set && h > w) {
        panel.h = (h - bar_h) * 45 / 100;
        panel.y = h - panel.h;
        qk_fill_rect(p->g, panel, QK_C_BAD_SOFT);
        qk_fill_rect(p->g, (SDL_Rect){panel.x, panel.y, panel.w, edge}, QK_C_BAD);
    } else {
        if (p->set) {
            panel.w = w * 45 / 100;
            panel.x = w - panel.w;
        }
        qk_fill_rect(p->g, panel, QK_C_BAD_SOFT);
        qk_fill_rect(p->g, (SDL_Rect){panel.x, panel.y, edge, panel.h}, QK_C_BAD);
    }
    char head[300];
    snprintf(head, sizeof head, qk_tr(p->set ? QK_S_PREVIEW_ERRORS : QK_S_PREVIEW_ERRORS_ONLY),
             (int)p->errs.errors, p->path);
    qk_text_style hs = {(int)(30 * u) + 1, (int)(18 * u) + 1, QK_WEIGHT_BOLD, QK_C_BAD,
                        QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect hr = {panel.x + 2 * pad, panel.y + pad, panel.w - 3 * pad, (int)(90 * u) + 1};
    SDL_Rect got = qk_text_draw(p->g, head, hr, &hs);
    char list[6000] = "";
    for (size_t i = 0; i < p->errs.count; i++)
        qk_cat(list, sizeof list, "%s%s:%d: %s", i ? "\n\n" : "", p->errs.items[i].file,
               p->errs.items[i].line, p->errs.items[i].message);
    qk_text_style ls = {(int)(26 * u) + 1, (int)(14 * u) + 1, QK_WEIGHT_REGULAR, QK_C_INK,
                        QK_ALIGN_LEFT, QK_VALIGN_TOP};
    int ly = got.y + got.h + pad;
    qk_text_draw(p->g, list, (SDL_Rect){hr.x, ly, hr.w, panel.y + panel.h - ly - pad}, &ls);
}

static void render(preview *p)
{
    SDL_Renderer *rd = qk_gfx_renderer(p->g);
    if (p->app) {
        qk_app_render(p->app);
    } else {
        SDL_SetRenderDrawColor(rd, QK_C_PAGE.r, QK_C_PAGE.g, QK_C_PAGE.b, 255);
        SDL_RenderClear(rd);
    }
    draw_overlay(p);
    if (p->shot) { /* written aside, then renamed: a reader never sees half a file */
        char tmp[PATH_MAX];
        snprintf(tmp, sizeof tmp, "%s.tmp", p->shot);
        if (qk_gfx_save_png(p->g, tmp) && rename(tmp, p->shot) == 0)
            log_line("saved %s", p->shot);
    }
    qk_gfx_present(p->g);
    p->dirty = false;
}

static bool in_rect(const SDL_Rect *r, int x, int y)
{
    return x >= r->x && y >= r->y && x < r->x + r->w && y < r->y + r->h;
}

/* Handles what the preview itself answers to; false passes ev to the app. */
static bool own_event(preview *p, const SDL_Event *ev, bool *quit)
{
    if (ev->type == SDL_QUIT) {
        *quit = true;
        return true;
    }
    if (ev->type == SDL_KEYDOWN) {
        SDL_Keycode k = ev->key.keysym.sym;
        if (k == SDLK_ESCAPE) {
            *quit = true;
            return true;
        }
        if (k == SDLK_PAGEDOWN) {
            go_to(p, p->at + 1);
            return true;
        }
        if (k == SDLK_PAGEUP) {
            go_to(p, p->at > 0 ? p->at - 1 : 0);
            return true;
        }
        if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && p->app &&
            p->app->screen == QK_SCR_QUESTION && p->app->qs.q) {
            qk_answer a;
            right_answer(p->app->qs.q, &a);
            log_line("feedback for %s", p->app->qs.q->id);
            qk_app_answer(p->app, &a);
            return true;
        }
    }
    if (ev->type == SDL_MOUSEBUTTONDOWN || ev->type == SDL_MOUSEBUTTONUP) {
        int x = ev->button.x, y = ev->button.y;
        qk_gfx_window_to_output(p->g, &x, &y);
        bool on_prev = in_rect(&p->prev_r, x, y), on_next = in_rect(&p->next_r, x, y);
        if (on_prev || on_next) {
            if (ev->type == SDL_MOUSEBUTTONUP)
                go_to(p, on_next ? p->at + 1 : (p->at > 0 ? p->at - 1 : 0));
            return true;
        }
    }
    if (ev->type == SDL_FINGERDOWN || ev->type == SDL_FINGERUP) {
        int w, h;
        qk_gfx_size(p->g, &w, &h);
        int x = (int)(ev->tfinger.x * (float)w), y = (int)(ev->tfinger.y * (float)h);
        bool on_prev = in_rect(&p->prev_r, x, y), on_next = in_rect(&p->next_r, x, y);
        if (on_prev || on_next) {
            if (ev->type == SDL_FINGERUP)
                go_to(p, on_next ? p->at + 1 : (p->at > 0 ? p->at - 1 : 0));
            return true;
        }
    }
    if (ev->type == SDL_WINDOWEVENT)
        p->dirty = true;
    return false;
}

int qk_preview_run(const qk_cli *cli, const char *path)
{
    preview p;
    memset(&p, 0, sizeof p);
    p.path = path;
    p.ifd = -1;
    p.shot = getenv("QK_PREVIEW_SCREENSHOT");
    qk_diags_init(&p.errs);
    p.tool_lang = qk_i18n_lang(); /* before the set's language takes over the screens */

    reload(&p); /* the first load: a file with errors still opens the window */
    if (p.set) {
        qk_i18n_set(p.set->language); /* the kiosk's words as the set's participants see them */
        if (cli->question) {
            size_t k = place_of(p.set, cli->question);
            if (k == SIZE_MAX) {
                fprintf(stderr, qk_tr_in(p.tool_lang, QK_D_PV_NO_QUESTION), path,
                        cli->question);
                qk_set_free(p.set);
                qk_diags_clear(&p.errs);
                return 1;
            }
            p.at = k;
        }
    }
    if (!watch(&p))
        fprintf(stderr, qk_tr_in(p.tool_lang, QK_D_PV_NO_WATCH), p.dir, strerror(errno));

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_term;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");

    char title[PATH_MAX + 64];
    snprintf(title, sizeof title, qk_tr(QK_S_PREVIEW_TITLE), path);
    char icon[4096];
    snprintf(icon, sizeof icon, "%s/icon.svg", cli->assets_dir ? cli->assets_dir : ".");
    qk_gfx_options go = {.fullscreen = false,
                         .width = cli->width ? cli->width : 1280,
                         .height = cli->height ? cli->height : 720,
                         .title = title,
                         .icon = icon};
    char err[512] = "";
    p.g = qk_gfx_open(&go, err, sizeof err);
    if (!p.g) {
        fprintf(stderr, "quizkiosk: %s\n", err);
        qk_set_free(p.set);
        qk_diags_clear(&p.errs);
        if (p.ifd >= 0)
            close(p.ifd);
        return 1;
    }
    show(&p);

    bool quit = false;
    while (!quit && !got_term) {
        if (p.dirty || (p.app && qk_app_needs_redraw(p.app)))
            render(&p);
        SDL_Event ev;
        if (SDL_WaitEventTimeout(&ev, 200)) {
            do {
                qk_gfx_handle_event(p.g, &ev);
                if (!own_event(&p, &ev, &quit) && p.app)
                    qk_app_handle_event(p.app, &ev);
            } while (!quit && SDL_PollEvent(&ev));
        }
        if (file_changed(&p))
            reload(&p);
        if (p.app) {
            qk_app_tick(p.app);
            /* past the feedback: the one-question session is over, go on */
            if (p.app->screen == QK_SCR_ROUND || p.app->screen == QK_SCR_SUMMARY ||
                p.app->screen == QK_SCR_ATTRACT || p.app->screen == QK_SCR_START) {
                if (p.at + 1 < p.n_q)
                    go_to(&p, p.at + 1);
                else
                    show(&p);
            }
            if (qk_app_quit_requested(p.app))
                quit = true;
        }
    }
    qk_app_destroy(p.app);
    qk_gfx_close(p.g);
    qk_set_free(p.set);
    qk_diags_clear(&p.errs);
    if (p.ifd >= 0)
        close(p.ifd);
    return 0;
}
