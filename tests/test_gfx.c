/* test_gfx.c: the gfx layer on SDL's dummy video driver and software renderer.
 *
 * Covers: window sizes (four screen shapes, and fullscreen filling the
 * display), the font and its Norwegian letters, text staying inside its box
 * (checked on the pixels read back), long text shrinking to fit, the text
 * cache (a second draw is a hit and renders nothing), its bound, pictures
 * (good PNG and SVG, missing and broken ones drawing a placeholder), shapes
 * (and their sprites: drawn again, no geometry), partial frames (clipped
 * drawing, the area presented), and screenshots written as PNG and read back.
 * PNGs land in QK_GFX_OUT (the build folder) for a person to look at.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL_image.h>

#include "gfx/qk_gfx.h"
#include "qk_test.h"

static const SDL_Color bg = {250, 247, 242, 255};
static const SDL_Color ink = {30, 41, 59, 255};

static const char *long_nb =
    "Som ny leder i kommunen har du ansvar for at medarbeiderne dine kjenner rutinene for "
    "avvikshåndtering, personvern og beredskap. Hvilke av disse oppgavene må du sørge for "
    "blir gjort i løpet av de første ukene, og hvem kan du spørre når du er usikker på hva "
    "som gjelder i din enhet? Tenk også på opplæring, medarbeidersamtaler, arbeidsmiljø og "
    "hvordan du følger opp sykefravær på en god måte. Ærlighet, åpenhet og øvelse er "
    "viktige stikkord her.";

static qk_gfx *open_at(int w, int h)
{
    char err[512];
    qk_gfx_options o = {0};
    o.width = w;
    o.height = h;
    o.title = "quizkiosk test";
    o.software = true;
    qk_gfx *g = qk_gfx_open(&o, err, sizeof err);
    if (!g)
        fprintf(stderr, "qk_gfx_open: %s\n", err);
    return g;
}

static void clear(qk_gfx *g, SDL_Color c)
{
    SDL_SetRenderDrawColor(qk_gfx_renderer(g), c.r, c.g, c.b, 255);
    SDL_RenderClear(qk_gfx_renderer(g));
}

/* The back buffer as ARGB8888 (caller frees). */
static Uint32 *read_screen(qk_gfx *g, int *w, int *h)
{
    qk_gfx_size(g, w, h);
    Uint32 *px = malloc((size_t)*w * (size_t)*h * 4);
    if (px && SDL_RenderReadPixels(qk_gfx_renderer(g), NULL, SDL_PIXELFORMAT_ARGB8888, px,
                                   *w * 4) != 0) {
        free(px);
        return NULL;
    }
    return px;
}

static Uint32 argb(SDL_Color c)
{
    return 0xFF000000u | (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
}

static bool in_rect(int x, int y, SDL_Rect r)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

static bool rect_inside(SDL_Rect in, SDL_Rect out)
{
    return in.x >= out.x && in.y >= out.y && in.x + in.w <= out.x + out.w &&
           in.y + in.h <= out.y + out.h;
}

/* Counts pixels different from the background inside and outside box. */
static void count_ink(qk_gfx *g, SDL_Rect box, long *inside, long *outside)
{
    int w, h;
    Uint32 *px = read_screen(g, &w, &h);
    *inside = *outside = 0;
    if (!px)
        return;
    Uint32 b = argb(bg);
    for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
            if ((px[(size_t)y * w + x] | 0xFF000000u) != b)
                (in_rect(x, y, box) ? (*inside)++ : (*outside)++);
    free(px);
}

static char out_path[1024];
static const char *out(const char *name)
{
    mkdir(QK_GFX_OUT, 0755);
    snprintf(out_path, sizeof out_path, "%s/%s", QK_GFX_OUT, name);
    return out_path;
}

/* ---- tests ---- */

static void test_window_sizes(void)
{
    const int sizes[4][2] = {{1280, 720}, {1920, 1080}, {3840, 2160}, {1080, 1920}};
    for (int i = 0; i < 4; i++) {
        qk_gfx *g = open_at(sizes[i][0], sizes[i][1]);
        QK_REQUIRE(g);
        int w, h;
        qk_gfx_size(g, &w, &h);
        QK_CHECK_INT(w, sizes[i][0]);
        QK_CHECK_INT(h, sizes[i][1]);
        int s = w < h ? w : h;
        QK_CHECK_NEAR(qk_gfx_unit(g), s / 1080.0, 1e-4);
        int x = 100, y = 50;
        qk_gfx_window_to_output(g, &x, &y); /* no HiDPI here: unchanged */
        QK_CHECK_INT(x, 100);
        QK_CHECK_INT(y, 50);
        qk_gfx_close(g);
    }
}

static void test_fullscreen_fills_display(void)
{
    char err[512];
    qk_gfx_options o = {0};
    o.fullscreen = true;
    o.software = true;
    qk_gfx *g = qk_gfx_open(&o, err, sizeof err);
    QK_REQUIRE(g);
    SDL_Rect b;
    QK_REQUIRE(SDL_GetDisplayBounds(0, &b) == 0);
    int w, h, x, y;
    qk_gfx_size(g, &w, &h);
    SDL_GetWindowPosition(qk_gfx_window(g), &x, &y);
    QK_CHECK_INT(w, b.w);
    QK_CHECK_INT(h, b.h);
    QK_CHECK_INT(x, b.x);
    QK_CHECK_INT(y, b.y);
    QK_CHECK(SDL_GetWindowFlags(qk_gfx_window(g)) & SDL_WINDOW_BORDERLESS);
    qk_gfx_close(g);
}

static void test_bad_font_is_a_clear_error(void)
{
    char err[512] = "";
    qk_gfx_options o = {0};
    o.width = 320;
    o.height = 240;
    o.software = true;
    o.font = "/nonexistent/font.ttf";
    qk_gfx *g = qk_gfx_open(&o, err, sizeof err);
    QK_CHECK(g == NULL);
    QK_CHECK(strstr(err, "/nonexistent/font.ttf") != NULL);
    qk_gfx_close(g); /* NULL is fine */
}

static void test_font_has_norwegian_letters(void)
{
    qk_gfx *g = open_at(640, 360);
    QK_REQUIRE(g);
    const char *reg = qk_gfx_font_path(g, QK_WEIGHT_REGULAR);
    const char *bold = qk_gfx_font_path(g, QK_WEIGHT_BOLD);
    QK_CHECK(reg && *reg);
    QK_CHECK(bold && *bold);
    printf("     fonts: %s, %s\n", reg ? reg : "?", bold ? bold : "?");
    const char *letters = "\xC3\xA6 \xC3\xB8 \xC3\xA5 \xC3\x86 \xC3\x98 \xC3\x85"; /* æ ø å Æ Ø Å */
    QK_CHECK(qk_gfx_glyphs_provided(g, letters, QK_WEIGHT_REGULAR));
    QK_CHECK(qk_gfx_glyphs_provided(g, letters, QK_WEIGHT_BOLD));
    QK_CHECK(!qk_gfx_glyphs_provided(g, "\xE4\xB8\xAD", QK_WEIGHT_REGULAR)); /* a CJK sign: absent */
    qk_gfx_close(g);
}

static void test_text_stays_in_box(void)
{
    qk_gfx *g = open_at(1280, 720);
    QK_REQUIRE(g);
    const int sizes[] = {14, 24, 40, 72, 120};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        clear(g, bg);
        SDL_Rect box = {200, 150, 600, 260};
        qk_text_style st = {sizes[i], 0, QK_WEIGHT_REGULAR, ink, QK_ALIGN_CENTER,
                            QK_VALIGN_MIDDLE};
        SDL_Rect r = qk_text_draw(g, long_nb, box, &st);
        QK_CHECK(rect_inside(r, box));
        QK_CHECK(r.w > 0 && r.h > 0);
        long in, outside;
        count_ink(g, box, &in, &outside);
        QK_CHECK(in > 0);
        QK_CHECK_INT(outside, 0);
        if (sizes[i] == 120)
            qk_gfx_save_png(g, out("text-clipped-120px.png"));
    }
    qk_gfx_close(g);
}

static void test_long_text_shrinks_to_fit(void)
{
    qk_gfx *g = open_at(1920, 1080);
    QK_REQUIRE(g);
    SDL_Rect box = {160, 120, 1000, 400};
    int px = qk_text_fit(g, long_nb, box.w, box.h, 80, 14, QK_WEIGHT_REGULAR);
    QK_CHECK(px < 80);
    QK_CHECK(px >= 14);
    int w, h;
    qk_text_measure(g, long_nb, px, QK_WEIGHT_REGULAR, box.w, &w, &h);
    QK_CHECK(w <= box.w);
    QK_CHECK(h <= box.h);
    /* one size up no longer fits: the search found the largest */
    qk_text_measure(g, long_nb, px + 1, QK_WEIGHT_REGULAR, box.w, &w, &h);
    QK_CHECK(h > box.h || w > box.w);
    printf("     paragraph of %zu bytes fits %dx%d at %d px\n", strlen(long_nb), box.w, box.h,
           px);

    clear(g, bg);
    qk_text_style st = {80, 14, QK_WEIGHT_REGULAR, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect r = qk_text_draw(g, long_nb, box, &st);
    QK_CHECK(rect_inside(r, box));
    /* all of it shown: the drawn height is the measured height, not cut */
    qk_text_measure(g, long_nb, px, QK_WEIGHT_REGULAR, box.w, &w, &h);
    QK_CHECK_INT(r.h, h);
    long in, outside;
    count_ink(g, box, &in, &outside);
    QK_CHECK(in > 0);
    QK_CHECK_INT(outside, 0);

    /* A single long word is not cut in the middle while a smaller size exists. */
    const char *word = "Arbeidsmiljøutvalgsrepresentantene";
    int wpx = qk_text_fit(g, word, 400, 200, 96, 10, QK_WEIGHT_BOLD);
    qk_text_measure(g, word, wpx, QK_WEIGHT_BOLD, 0, &w, &h);
    QK_CHECK(w <= 400);
    QK_CHECK(wpx < 96);
    qk_gfx_close(g);
}

static void test_cache_hit_renders_nothing(void)
{
    qk_gfx *g = open_at(800, 600);
    QK_REQUIRE(g);
    qk_gfx_stats s0, s1, s2, s3;
    SDL_Rect box = {20, 20, 500, 200};
    qk_text_style st = {36, 18, QK_WEIGHT_BOLD, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    qk_gfx_cache_stats(g, &s0);
    SDL_Rect r1 = qk_text_draw(g, "Hva gjør du først?", box, &st);
    qk_gfx_cache_stats(g, &s1);
    QK_CHECK_INT(s1.text_renders, s0.text_renders + 1);
    SDL_Rect r2 = qk_text_draw(g, "Hva gjør du først?", box, &st);
    qk_gfx_cache_stats(g, &s2);
    QK_CHECK_INT(s2.text_renders, s1.text_renders); /* no re-render */
    QK_CHECK_INT(s2.text_hits, s1.text_hits + 1);
    QK_CHECK_INT(s2.fonts_opened, s1.fonts_opened);
    QK_CHECK(r1.x == r2.x && r1.y == r2.y && r1.w == r2.w && r1.h == r2.h);
    /* Another colour is another texture. */
    qk_text_style st2 = st;
    st2.color.r = 200;
    qk_text_draw(g, "Hva gjør du først?", box, &st2);
    qk_gfx_cache_stats(g, &s3);
    QK_CHECK_INT(s3.text_renders, s2.text_renders + 1);
    QK_CHECK(s3.text_entries >= s0.text_entries + 2);
    QK_CHECK(s3.text_bytes > 0);
    /* The measured size is the drawn size. */
    int w, h;
    qk_text_measure(g, "Hva gjør du først?", 36, QK_WEIGHT_BOLD, box.w, &w, &h);
    QK_CHECK_INT(r1.w, w);
    QK_CHECK_INT(r1.h, h);
    /* Flushing drops the textures; the next draw renders again. */
    qk_gfx_flush_cache(g);
    qk_gfx_cache_stats(g, &s1);
    QK_CHECK_INT(s1.text_entries, 0);
    QK_CHECK_INT(s1.text_bytes, 0);
    qk_text_draw(g, "Hva gjør du først?", box, &st);
    qk_gfx_cache_stats(g, &s2);
    QK_CHECK_INT(s2.text_renders, s1.text_renders + 1);
    qk_gfx_close(g);
}

/* A short centred label keeps only its letters as a texture, drawn where the
 * whole line would put them. */
static void test_texture_keeps_only_ink(void)
{
    qk_gfx *g = open_at(1280, 720);
    QK_REQUIRE(g);
    clear(g, bg);
    SDL_Rect box = {100, 100, 1000, 120};
    qk_text_style st = {48, 0, QK_WEIGHT_BOLD, ink, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
    SDL_Rect r = qk_text_draw(g, "Ja", box, &st);
    qk_gfx_stats s;
    qk_gfx_cache_stats(g, &s);
    QK_CHECK(rect_inside(r, box));
    QK_CHECK(s.text_bytes > 0);
    QK_CHECK(s.text_bytes < (size_t)box.w * (size_t)r.h * 4 / 8);
    SDL_Rect middle = {box.x + box.w / 2 - 80, box.y, 160, box.h};
    long in, outside;
    count_ink(g, middle, &in, &outside);
    QK_CHECK(in > 0);
    QK_CHECK_INT(outside, 0); /* all the ink is in the middle of the box */
    qk_gfx_close(g);
}

static void test_cache_is_bounded(void)
{
    qk_gfx *g = open_at(640, 360);
    QK_REQUIRE(g);
    qk_text_style st = {14, 0, QK_WEIGHT_REGULAR, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect box = {0, 0, 300, 40};
    char buf[64];
    for (int i = 0; i < 2000; i++) {
        snprintf(buf, sizeof buf, "Spørsmål %d", i);
        qk_text_draw(g, buf, box, &st);
    }
    qk_gfx_stats s;
    qk_gfx_cache_stats(g, &s);
    QK_CHECK_INT(s.text_renders, 2000);
    QK_CHECK(s.text_entries <= 1024);
    QK_CHECK(s.text_evictions >= 2000 - 1024);
    /* the newest is still there */
    unsigned long before = s.text_renders;
    qk_text_draw(g, "Spørsmål 1999", box, &st);
    qk_gfx_cache_stats(g, &s);
    QK_CHECK_INT(s.text_renders, before);
    qk_gfx_close(g);
}

/* At 3840x2160 the text cache keeps at most one and a half screens of
 * texture bytes (47 MiB; it was max(64 MiB, six screens) = 190 MiB), however
 * many distinct texts are drawn: here 400 large ones, together ~6 times the
 * budget. The newest stay cached. */
static void test_cache_budget_4k(void)
{
    qk_gfx *g = open_at(3840, 2160);
    QK_REQUIRE(g);
    qk_gfx_stats s;
    qk_gfx_cache_stats(g, &s);
    size_t screen = (size_t)3840 * 2160 * 4;
    QK_CHECK(s.text_budget >= screen && s.text_budget <= 2 * screen);
    qk_text_style st = {96, 0, QK_WEIGHT_BOLD, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect box = {0, 0, 3600, 1200};
    char buf[400];
    unsigned long long drawn = 0;
    size_t worst = 0;
    for (int i = 0; i < 400; i++) {
        snprintf(buf, sizeof buf, "Spørsmål %d: hva gjør du som leder når en ansatt ber om "
                 "hjelp med en vanskelig sak? Ærlig og åpent, på første møte nr. %d.", i, i * 7);
        SDL_Rect r = qk_text_draw(g, buf, box, &st);
        drawn += (unsigned long long)r.w * (unsigned long long)r.h * 4u;
        qk_gfx_cache_stats(g, &s);
        if (s.text_bytes > worst)
            worst = s.text_bytes;
    }
    printf("4K text cache: budget %.1f MiB, most held %.1f MiB, texts drawn %.1f MiB, "
           "%lu evictions\n", (double)s.text_budget / 1048576.0, (double)worst / 1048576.0,
           (double)drawn / 1048576.0, s.text_evictions);
    QK_CHECK(drawn > 3ull * s.text_budget); /* the budget was really tried */
    QK_CHECK(worst <= s.text_budget);
    QK_CHECK(s.text_bytes_peak <= s.text_budget);
    QK_CHECK(s.text_evictions > 0);
    QK_CHECK(worst > s.text_budget / 2); /* and used, not emptied */
    unsigned long before = s.text_renders;
    qk_text_draw(g, buf, box, &st); /* the newest: a hit */
    qk_gfx_cache_stats(g, &s);
    QK_CHECK_INT(s.text_renders, before);
    qk_gfx_close(g);
}

static void test_empty_text_draws_nothing(void)
{
    qk_gfx *g = open_at(640, 360);
    QK_REQUIRE(g);
    qk_text_style st = {24, 0, QK_WEIGHT_REGULAR, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect box = {10, 10, 200, 50};
    SDL_Rect r = qk_text_draw(g, "", box, &st);
    QK_CHECK_INT(r.w, 0);
    r = qk_text_draw(g, NULL, box, &st);
    QK_CHECK_INT(r.w, 0);
    SDL_Rect zero = {10, 10, 0, 0};
    r = qk_text_draw(g, "x", zero, &st);
    QK_CHECK_INT(r.w, 0);
    qk_gfx_close(g);
}

static void test_missing_picture_placeholder(void)
{
    qk_gfx *g = open_at(800, 600);
    QK_REQUIRE(g);
    clear(g, bg);
    SDL_Rect box = {100, 100, 400, 300};
    qk_gfx_stats s0, s1;
    qk_gfx_cache_stats(g, &s0);
    QK_CHECK(!qk_image_draw(g, "/nonexistent/picture.png", box));
    QK_CHECK(!qk_image_draw(g, "/nonexistent/picture.png", box)); /* logged once, loaded once */
    qk_gfx_cache_stats(g, &s1);
    QK_CHECK_INT(s1.image_loads, s0.image_loads + 1);
    QK_CHECK_INT(s1.image_failures, s0.image_failures + 1);
    long in, outside;
    count_ink(g, box, &in, &outside);
    QK_CHECK(in > box.w * box.h / 2); /* the card covers the box */
    QK_CHECK_INT(outside, 0);
    qk_gfx_save_png(g, out("placeholder.png"));

    /* A file that is not a picture. */
    FILE *f = fopen(out("broken.png"), "wb");
    QK_REQUIRE(f);
    fputs("this is not a PNG", f);
    fclose(f);
    QK_CHECK(!qk_image_draw(g, out("broken.png"), box));
    QK_CHECK(!qk_image_draw(g, NULL, box));
    qk_gfx_close(g);
}

static void test_pictures_load_and_cache(void)
{
    qk_gfx *g = open_at(800, 600);
    QK_REQUIRE(g);
    /* A 40x20 red PNG. */
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 40, 20, 32, SDL_PIXELFORMAT_ARGB8888);
    QK_REQUIRE(s);
    SDL_FillRect(s, NULL, SDL_MapRGB(s->format, 220, 30, 30));
    char png[1024];
    snprintf(png, sizeof png, "%s", out("red.png"));
    QK_REQUIRE(IMG_SavePNG(s, png) == 0);
    SDL_FreeSurface(s);
    /* A small SVG: a blue circle. */
    char svg[1024];
    snprintf(svg, sizeof svg, "%s", out("circle.svg"));
    FILE *f = fopen(svg, "w");
    QK_REQUIRE(f);
    fputs("<svg xmlns='http://www.w3.org/2000/svg' width='20' height='20'>"
          "<circle cx='10' cy='10' r='9' fill='#1d4ed8'/></svg>", f);
    fclose(f);

    clear(g, bg);
    SDL_Rect box = {0, 0, 400, 400};
    qk_gfx_stats s0, s1;
    QK_CHECK(qk_image_draw(g, png, box));
    qk_gfx_cache_stats(g, &s0);
    QK_CHECK(qk_image_draw(g, png, box));
    qk_gfx_cache_stats(g, &s1);
    QK_CHECK_INT(s1.image_loads, s0.image_loads);
    QK_CHECK_INT(s1.image_hits, s0.image_hits + 1);
    /* 40x20 fitted in 400x400 -> 400x200 centred: rows 100..299 red */
    int w, h;
    Uint32 *px = read_screen(g, &w, &h);
    QK_REQUIRE(px);
    QK_CHECK_INT(px[(size_t)200 * w + 200] & 0xFFFFFF, 0xDC1E1E);
    QK_CHECK_INT(px[(size_t)50 * w + 200] & 0xFFFFFF, argb(bg) & 0xFFFFFF);
    free(px);

    SDL_Rect box2 = {400, 0, 300, 300};
    QK_CHECK(qk_image_draw(g, svg, box2));
    px = read_screen(g, &w, &h);
    QK_REQUIRE(px);
    QK_CHECK_INT(px[(size_t)150 * w + 550] & 0xFFFFFF, 0x1D4ED8); /* sharp at 15x its size */
    free(px);
    qk_gfx_close(g);
}

/* Pictures are kept within two screens of texture bytes (at least 16 MiB):
 * twelve 1000x1000 pictures (4 MB each) at 640x360 keep at most four, the
 * newest; it was 48 pictures whatever their size. */
static void test_picture_cache_budget(void)
{
    qk_gfx *g = open_at(640, 360);
    QK_REQUIRE(g);
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 1000, 1000, 32, SDL_PIXELFORMAT_ARGB8888);
    QK_REQUIRE(s);
    char png[12][1024];
    for (int i = 0; i < 12; i++) {
        SDL_FillRect(s, NULL, SDL_MapRGB(s->format, (Uint8)(20 * i), 30, 30));
        char name[32];
        snprintf(name, sizeof name, "big-%d.png", i);
        snprintf(png[i], sizeof png[i], "%s", out(name));
        QK_REQUIRE(IMG_SavePNG(s, png[i]) == 0);
    }
    SDL_FreeSurface(s);
    SDL_Rect box = {0, 0, 300, 300};
    qk_gfx_stats st;
    size_t most = 0;
    for (int i = 0; i < 12; i++) {
        QK_CHECK(qk_image_draw(g, png[i], box));
        qk_gfx_cache_stats(g, &st);
        if (st.image_bytes > most)
            most = st.image_bytes;
    }
    printf("pictures: budget %.1f MiB, most held %.1f MiB, %zu kept\n",
           (double)st.image_budget / 1048576.0, (double)most / 1048576.0, st.image_entries);
    QK_CHECK_INT(st.image_budget, 16u << 20);
    QK_CHECK(most <= st.image_budget);
    QK_CHECK(st.image_entries >= 2 && st.image_entries <= 4);
    unsigned long loads = st.image_loads;
    QK_CHECK(qk_image_draw(g, png[11], box)); /* the newest: kept */
    QK_CHECK(qk_image_draw(g, png[10], box));
    qk_gfx_cache_stats(g, &st);
    QK_CHECK_INT(st.image_loads, loads);
    QK_CHECK(qk_image_draw(g, png[0], box)); /* the oldest: loaded again */
    qk_gfx_cache_stats(g, &st);
    QK_CHECK_INT(st.image_loads, loads + 1);
    qk_gfx_close(g);
}

static void test_shapes(void)
{
    qk_gfx *g = open_at(800, 600);
    QK_REQUIRE(g);
    clear(g, bg);
    SDL_Color c = {37, 99, 235, 255};
    qk_fill_circle(g, 200, 200, 100, c);
    SDL_Rect rr = {400, 100, 300, 200};
    qk_fill_round_rect(g, rr, 40, c);
    SDL_Rect sr = {100, 400, 300, 150};
    qk_stroke_round_rect(g, sr, 30, 6, c);
    int w, h;
    Uint32 *px = read_screen(g, &w, &h);
    QK_REQUIRE(px);
    Uint32 C = argb(c) & 0xFFFFFF, B = argb(bg) & 0xFFFFFF;
#define AT(x, y) (px[(size_t)(y) * w + (x)] & 0xFFFFFF)
    QK_CHECK_INT(AT(200, 200), C);      /* circle centre */
    QK_CHECK_INT(AT(200, 105), C);      /* just inside the top */
    QK_CHECK_INT(AT(200, 98), B);       /* just outside the top */
    QK_CHECK_INT(AT(275, 275), B);      /* outside, on the diagonal (r*0.75*sqrt2 > r) */
    QK_CHECK_INT(AT(550, 200), C);      /* round rect middle */
    QK_CHECK_INT(AT(402, 102), B);      /* its corner is cut round */
    QK_CHECK_INT(AT(550, 102), C);      /* its straight top edge is not */
    QK_CHECK_INT(AT(250, 402), C);      /* stroke top edge */
    QK_CHECK_INT(AT(250, 475), B);      /* stroke hollow inside */
    QK_CHECK_INT(AT(101, 401), B);      /* stroke corner cut round */
    /* a soft edge: some pixel on the circle's rim is between the two colours */
    bool soft = false;
    for (int x = 95; x < 120 && !soft; x++) {
        Uint32 p = AT(x, 200 - 60);
        soft = p != C && p != B;
    }
    QK_CHECK(soft);
#undef AT
    free(px);
    /* Drawn again, the same shapes are copies of the sprites made the first
     * time: no new sprite, no geometry at all. */
    qk_gfx_stats s0, s1;
    qk_gfx_cache_stats(g, &s0);
    QK_CHECK(s0.sprites_made >= 2); /* the disc of radius 40 and 100, the ring */
    QK_CHECK_INT(s0.geometry_calls, 0);
    for (int i = 0; i < 5; i++) {
        qk_fill_circle(g, 200, 200, 100, c);
        qk_fill_round_rect(g, rr, 40, c);
        qk_stroke_round_rect(g, sr, 30, 6, c);
    }
    qk_gfx_cache_stats(g, &s1);
    QK_CHECK_INT(s1.sprites_made, s0.sprites_made);
    QK_CHECK_INT(s1.sprite_hits, s0.sprite_hits + 15);
    QK_CHECK_INT(s1.geometry_calls, 0);
    /* Larger than a sprite may be: geometry, still right. */
    clear(g, bg);
    qk_fill_round_rect(g, (SDL_Rect){0, 0, 800, 600}, 290, c);
    qk_gfx_cache_stats(g, &s1);
    QK_CHECK(s1.geometry_calls > 0);
    px = read_screen(g, &w, &h);
    QK_REQUIRE(px);
    QK_CHECK_INT(px[(size_t)300 * w + 400] & 0xFFFFFF, argb(c) & 0xFFFFFF);
    QK_CHECK_INT(px[(size_t)2 * w + 2] & 0xFFFFFF, argb(bg) & 0xFFFFFF);
    free(px);
    qk_gfx_close(g);
}

/* Partial frames: after a whole frame, drawing clipped to a rectangle changes
 * only its pixels, and presenting it sends only its area to the screen. */
static void test_present_rects(void)
{
    qk_gfx *g = open_at(1920, 1080);
    QK_REQUIRE(g);
    QK_CHECK(!qk_gfx_can_present_rects(g)); /* nothing shown yet: a whole frame first */
    clear(g, bg);
    qk_gfx_present(g);
    qk_gfx_stats s;
    qk_gfx_cache_stats(g, &s);
    QK_CHECK_INT(s.last_present_px, 1920L * 1080L);
    QK_REQUIRE(qk_gfx_can_present_rects(g));
    SDL_Rect part = {100, 50, 40, 20};
    qk_gfx_clip(g, &part);
    qk_fill_rect(g, (SDL_Rect){0, 0, 1920, 1080}, ink); /* clipped to part */
    qk_gfx_clip(g, NULL);
    qk_gfx_present_rects(g, &part, 1);
    qk_gfx_cache_stats(g, &s);
    QK_CHECK_INT(s.last_present_px, 40 * 20);
    QK_CHECK_INT(s.presents, 2);
    long inside, outside;
    count_ink(g, part, &inside, &outside);
    QK_CHECK_INT(inside, 40 * 20);
    QK_CHECK_INT(outside, 0);
    /* what lies off the screen is not counted */
    SDL_Rect edge = {1900, 1070, 100, 100};
    qk_gfx_present_rects(g, &edge, 1);
    qk_gfx_cache_stats(g, &s);
    QK_CHECK_INT(s.last_present_px, 20 * 10);
    qk_gfx_close(g);
}

static void test_save_png_reads_back(void)
{
    qk_gfx *g = open_at(1920, 1080);
    QK_REQUIRE(g);
    clear(g, bg);
    float u = qk_gfx_unit(g);
    SDL_Color accent = {29, 78, 216, 255}, card = {255, 255, 255, 255};
    SDL_Rect panel = {(int)(120 * u), (int)(90 * u), (int)(1680 * u), (int)(900 * u)};
    qk_fill_round_rect(g, panel, (int)(28 * u), card);
    qk_stroke_round_rect(g, panel, (int)(28 * u), 3, (SDL_Color){203, 213, 225, 255});
    qk_text_style title = {64, 32, QK_WEIGHT_BOLD, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect tbox = {panel.x + 60, panel.y + 50, panel.w - 120, 90};
    qk_text_draw(g, "Velkommen som leder – Æ Ø Å æ ø å", tbox, &title);
    qk_text_style body = {44, 20, QK_WEIGHT_REGULAR, ink, QK_ALIGN_LEFT, QK_VALIGN_TOP};
    SDL_Rect bbox = {panel.x + 60, panel.y + 160, panel.w - 620, 420};
    qk_text_draw(g, long_nb, bbox, &body);
    qk_image_draw(g, "/nonexistent/bilde.jpg",
                  (SDL_Rect){panel.x + panel.w - 520, panel.y + 160, 460, 345});
    const char *labels[] = {"A  Ja", "B  Nei", "C  Vet ikke"};
    for (int i = 0; i < 3; i++) {
        SDL_Rect t = {panel.x + 60 + i * 520, panel.y + 640, 480, 120};
        qk_fill_round_rect(g, t, 24, accent);
        qk_fill_circle(g, t.x + 60, t.y + 60, 34, card);
        qk_text_style ts = {48, 24, QK_WEIGHT_BOLD, card, QK_ALIGN_CENTER, QK_VALIGN_MIDDLE};
        qk_text_draw(g, labels[i], (SDL_Rect){t.x + 110, t.y, t.w - 130, t.h}, &ts);
    }
    char path[1024];
    snprintf(path, sizeof path, "%s", out("specimen-1920x1080.png"));
    QK_CHECK(qk_gfx_save_png(g, path));
    SDL_Surface *s = IMG_Load(path);
    QK_REQUIRE(s);
    QK_CHECK_INT(s->w, 1920);
    QK_CHECK_INT(s->h, 1080);
    SDL_Surface *c = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
    QK_REQUIRE(c);
    Uint32 p0 = ((Uint32 *)c->pixels)[0];
    QK_CHECK_INT(p0, argb(bg)); /* opaque, right colour */
    SDL_FreeSurface(c);
    SDL_FreeSurface(s);
    QK_CHECK(!qk_gfx_save_png(g, "/nonexistent/dir/x.png"));
    /* Presenting twice (the first one may print the start-up stamp). */
    setenv("QK_STAMP_FIRST_FRAME", "1", 1);
    qk_gfx_present(g);
    qk_gfx_present(g);
    unsetenv("QK_STAMP_FIRST_FRAME");
    QK_CHECK(qk_gfx_renderer(g) != NULL);
    qk_gfx_close(g);
}

int main(void)
{
    if (!getenv("SDL_VIDEODRIVER"))
        setenv("SDL_VIDEODRIVER", "dummy", 1);
    QK_RUN(test_window_sizes);
    QK_RUN(test_fullscreen_fills_display);
    QK_RUN(test_bad_font_is_a_clear_error);
    QK_RUN(test_font_has_norwegian_letters);
    QK_RUN(test_text_stays_in_box);
    QK_RUN(test_long_text_shrinks_to_fit);
    QK_RUN(test_cache_hit_renders_nothing);
    QK_RUN(test_texture_keeps_only_ink);
    QK_RUN(test_cache_is_bounded);
    QK_RUN(test_cache_budget_4k);
    QK_RUN(test_empty_text_draws_nothing);
    QK_RUN(test_missing_picture_placeholder);
    QK_RUN(test_pictures_load_and_cache);
    QK_RUN(test_picture_cache_budget);
    QK_RUN(test_shapes);
    QK_RUN(test_present_rects);
    QK_RUN(test_save_png_reads_back);
    SDL_Quit();
    return qk_test_summary();
}
