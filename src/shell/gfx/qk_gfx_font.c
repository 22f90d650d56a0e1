/* qk_gfx_font.c: finding the font, and fonts opened per pixel size.
 *
 * Finding: a configured path wins; otherwise fontconfig is asked for
 * "DejaVu Sans" (then any sans-serif) covering Norwegian bokmål, once regular
 * and once bold. When the bold match is not a bold face of the same family
 * (or a configured file is used), SDL_ttf's synthetic emboldening stands in.
 * Either way the regular face must have æ ø å Æ Ø Å, or opening fails with a
 * sentence that names the package to install.
 *
 * Sizes: SDL_ttf opens a face at one size, so each (pixel size, weight) gets
 * its own TTF_Font, kept in a small table and reused; when the table is full
 * the least recently used one is closed. Sizes are in pixels (SDL_ttf's points
 * at 72 dpi are pixels).
 *
 * The font files are mapped into memory once (mmap, read only: the pages are
 * the page cache's, shared with every other program using the font) and each
 * size is opened from that memory. Opened by path, FreeType read the file
 * through SDL's file functions in small pieces: ~1,500 lseek and read calls
 * per size, ~10,000 before the attract screen's first frame. When a file
 * cannot be mapped, sizes are opened by path as before.
 *
 * Finding is two steps so that the first can run beside SDL's start:
 * qk_fonts_lookup (fontconfig and the mapping: 5-18 ms of the start in five
 * runs at load ~1; no SDL, no SDL_ttf) may run on a thread of its own while
 * another thread starts SDL video; qk_fonts_check (SDL_ttf, after TTF_Init)
 * then opens the regular face once to see the Norwegian letters.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>

#include "gfx/qk_gfx_internal.h"

static const char norwegian[] = "\xC3\xA6\xC3\xB8\xC3\xA5\xC3\x86\xC3\x98\xC3\x85"; /* æøåÆØÅ */

static bool readable(const char *path)
{
    struct stat sb;
    return path && stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* Asks fontconfig for family (or NULL for any) at weight, covering nb.
 * Copies the file and face index out; returns false if nothing usable. */
static bool fc_match(FcConfig *cfg, const char *family, int fc_weight, char *file, size_t cap,
                     int *index, char *got_family, size_t famcap, int *got_weight)
{
    FcPattern *pat = FcPatternCreate();
    if (!pat)
        return false;
    if (family)
        FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
    FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)"sans-serif");
    FcPatternAddString(pat, FC_LANG, (const FcChar8 *)"nb");
    FcPatternAddInteger(pat, FC_WEIGHT, fc_weight);
    FcPatternAddInteger(pat, FC_SLANT, FC_SLANT_ROMAN);
    FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(cfg, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res = FcResultNoMatch;
    FcPattern *m = FcFontMatch(cfg, pat, &res);
    FcPatternDestroy(pat);
    if (!m)
        return false;
    bool ok = false;
    FcChar8 *f = NULL, *fam = NULL;
    int idx = 0, wt = FC_WEIGHT_REGULAR;
    if (FcPatternGetString(m, FC_FILE, 0, &f) == FcResultMatch && f &&
        strlen((const char *)f) < cap && readable((const char *)f)) {
        snprintf(file, cap, "%s", (const char *)f);
        if (FcPatternGetInteger(m, FC_INDEX, 0, &idx) != FcResultMatch)
            idx = 0;
        if (FcPatternGetInteger(m, FC_WEIGHT, 0, &wt) != FcResultMatch)
            wt = FC_WEIGHT_REGULAR;
        if (FcPatternGetString(m, FC_FAMILY, 0, &fam) != FcResultMatch || !fam)
            fam = (FcChar8 *)"";
        *index = idx;
        *got_weight = wt;
        snprintf(got_family, famcap, "%s", (const char *)fam);
        ok = true;
    }
    FcPatternDestroy(m);
    return ok;
}

/* Maps path read only; NULL (and *len 0) when it cannot. */
static const void *map_file(const char *path, size_t *len)
{
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat sb;
    void *m = MAP_FAILED;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
        (unsigned long long)sb.st_size <= (size_t)-1 && (unsigned long long)sb.st_size <= INT32_MAX)
        m = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED)
        return NULL;
    *len = (size_t)sb.st_size;
    return m;
}

/* Face wi (0 regular, 1 bold) at px: from the mapped file when there is one. */
static TTF_Font *open_face(const qk_fonts *f, int wi, int px)
{
    if (f->map[wi]) {
        SDL_RWops *rw = SDL_RWFromConstMem(f->map[wi], (int)f->map_len[wi]);
        return rw ? TTF_OpenFontIndexRW(rw, 1, px, f->index[wi]) : NULL; /* closes rw */
    }
    return TTF_OpenFontIndex(f->file[wi], px, f->index[wi]);
}

/* The first character of s (UTF-8) not in font, as a code point; 0 if all are. */
static Uint32 missing_glyph(TTF_Font *font, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        Uint32 c;
        int n;
        if (*p < 0x80) {
            c = *p;
            n = 1;
        } else if ((*p & 0xE0) == 0xC0) {
            c = *p & 0x1F;
            n = 2;
        } else if ((*p & 0xF0) == 0xE0) {
            c = *p & 0x0F;
            n = 3;
        } else {
            c = *p & 0x07;
            n = 4;
        }
        int i = 1;
        for (; i < n && (p[i] & 0xC0) == 0x80; i++)
            c = (c << 6) | (p[i] & 0x3F);
        p += i;
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ')
            continue;
        if (!TTF_GlyphIsProvided32(font, c))
            return c;
    }
    return 0;
}

bool qk_fonts_lookup(qk_fonts *f, const char *opt_font, char *err, size_t errlen)
{
    memset(f, 0, sizeof *f);
    if (opt_font && *opt_font) {
        if (!readable(opt_font) || strlen(opt_font) >= sizeof f->file[0]) {
            snprintf(err, errlen,
                     "the font file %s in the station settings cannot be read; fix the path "
                     "or remove the setting to use the system font", opt_font);
            return false;
        }
        snprintf(f->file[0], sizeof f->file[0], "%s", opt_font);
        snprintf(f->file[1], sizeof f->file[1], "%s", opt_font);
        f->synthetic_bold = true;
    } else {
        FcConfig *cfg = FcInitLoadConfigAndFonts();
        char fam_r[256] = "", fam_b[256] = "";
        int wt_r = 0, wt_b = 0;
        bool ok = cfg && fc_match(cfg, "DejaVu Sans", FC_WEIGHT_REGULAR, f->file[0],
                                  sizeof f->file[0], &f->index[0], fam_r, sizeof fam_r, &wt_r);
        bool okb = ok && fc_match(cfg, fam_r, FC_WEIGHT_BOLD, f->file[1], sizeof f->file[1],
                                  &f->index[1], fam_b, sizeof fam_b, &wt_b);
        if (cfg)
            FcConfigDestroy(cfg);
        if (!ok) {
            snprintf(err, errlen,
                     "no font found through fontconfig; install the package fonts-dejavu-core "
                     "(apt-get install fonts-dejavu-core) or set a font file in the station "
                     "settings");
            return false;
        }
        if (!okb || strcmp(fam_r, fam_b) != 0 || wt_b < FC_WEIGHT_DEMIBOLD) {
            snprintf(f->file[1], sizeof f->file[1], "%s", f->file[0]);
            f->index[1] = f->index[0];
            f->synthetic_bold = true;
        }
    }

    f->map[0] = map_file(f->file[0], &f->map_len[0]);
    if (strcmp(f->file[1], f->file[0]) == 0) {
        f->map[1] = f->map[0];
        f->map_len[1] = f->map_len[0];
    } else {
        f->map[1] = map_file(f->file[1], &f->map_len[1]);
    }
    return true;
}

bool qk_fonts_check(qk_fonts *f, char *err, size_t errlen)
{
    TTF_Font *probe = open_face(f, 0, 32);
    if (!probe) {
        snprintf(err, errlen, "cannot open the font %s (%s); install fonts-dejavu-core or set "
                 "another font file in the station settings", f->file[0], TTF_GetError());
        return false;
    }
    Uint32 miss = missing_glyph(probe, norwegian);
    TTF_CloseFont(probe);
    if (miss) {
        snprintf(err, errlen, "the font %s has no letter U+%04X (it must have \xC3\xA6 \xC3\xB8 "
                 "\xC3\xA5); install fonts-dejavu-core or choose a font that covers Norwegian",
                 f->file[0], (unsigned)miss);
        return false;
    }
    return true;
}

TTF_Font *qk_fonts_get(qk_gfx *g, int px, qk_weight weight)
{
    qk_fonts *f = &g->fonts;
    int wi = weight == QK_WEIGHT_BOLD ? 1 : 0;
    if (px < 4)
        px = 4;
    if (px > 2000)
        px = 2000;
    qk_font_slot *victim = &f->slots[0];
    for (int i = 0; i < QK_FONT_SLOTS; i++) {
        qk_font_slot *s = &f->slots[i];
        if (s->font && s->px == px && s->weight == weight) {
            s->last_use = ++g->tick;
            return s->font;
        }
        if (!s->font)
            victim = s; /* a free slot beats any used one */
        else if (victim->font && s->last_use < victim->last_use)
            victim = s;
    }
    TTF_Font *font = open_face(f, wi, px);
    if (!font) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "quizkiosk: cannot open font %s at %d px: %s", f->file[wi], px, TTF_GetError());
        return NULL;
    }
    if (weight == QK_WEIGHT_BOLD && f->synthetic_bold)
        TTF_SetFontStyle(font, TTF_STYLE_BOLD);
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    if (victim->font)
        TTF_CloseFont(victim->font);
    victim->font = font;
    victim->px = px;
    victim->weight = weight;
    victim->last_use = ++g->tick;
    g->stats.fonts_opened++;
    return font;
}

void qk_fonts_close(qk_fonts *f)
{
    for (int i = 0; i < QK_FONT_SLOTS; i++) {
        if (f->slots[i].font)
            TTF_CloseFont(f->slots[i].font);
        f->slots[i].font = NULL;
    }
    if (f->map[1] && f->map[1] != f->map[0])
        munmap((void *)f->map[1], f->map_len[1]);
    if (f->map[0])
        munmap((void *)f->map[0], f->map_len[0]);
    f->map[0] = f->map[1] = NULL;
    f->map_len[0] = f->map_len[1] = 0;
}

const char *qk_gfx_font_path(const qk_gfx *g, qk_weight w)
{
    if (!g)
        return NULL;
    return g->fonts.file[w == QK_WEIGHT_BOLD ? 1 : 0];
}

bool qk_gfx_glyphs_provided(qk_gfx *g, const char *utf8, qk_weight w)
{
    if (!g || !utf8)
        return false;
    TTF_Font *font = qk_fonts_get(g, 32, w);
    return font && missing_glyph(font, utf8) == 0;
}
