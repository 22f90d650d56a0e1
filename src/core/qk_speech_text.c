/* qk_speech_text.c: the normalisation step before synthesis (see the header).
 *
 * One left-to-right pass over the UTF-8 text. At each place the first rule that
 * matches writes its spoken form into a growing buffer and moves on past what
 * it read; bytes no rule claims are copied. The rules, in the order tried:
 *   1. "§"/"§§" with the reference after it ("§ 7-1" -> paragraf sju strek en)
 *   2. abbreviations from a table, only at the start of a word ("St.meld.")
 *   3. numbers: dates (d.m.yyyy, "1. januar"), ordinals before a lower-case
 *      word, ranges with '-' or '–' ("til"), years, decimals, thousands
 *      written with spaces, and '%'
 *   4. words: a genitive apostrophe after s/x/z ("KS'" -> "KS sine"), and short
 *      all-capital abbreviations spelt letter by letter ("KS" -> "kå ess")
 *   5. "(" and ")" become pauses (commas)
 * A last pass tidies the spaces and commas the rules leave behind.
 */
#include "qk_speech_text.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- a growing output buffer ------------------------------------------ */

typedef struct {
    char *p;
    size_t n, cap;
    bool oom;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t len)
{
    if (b->oom)
        return;
    if (b->n + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + len + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->oom = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, len);
    b->n += len;
    b->p[b->n] = '\0';
}

static void sb_str(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

/* ---- words for numbers -------------------------------------------------- */

static const char *const nb_ones[20] = {
    "null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti",
    "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"};
static const char *const nb_tens[10] = {
    "", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"};
static const char *const en_ones[20] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen"};
static const char *const en_tens[10] = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

static const char *const nb_ordinals[32] = {
    "", "første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende",
    "niende", "tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende",
    "sekstende", "syttende", "attende", "nittende", "tjuende", "tjueførste", "tjueandre",
    "tjuetredje", "tjuefjerde", "tjuefemte", "tjuesjette", "tjuesjuende", "tjueåttende",
    "tjueniende", "trettiende", "trettiførste"};
static const char *const en_ordinals[32] = {
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
    "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
    "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"};

static const char *const nb_months[12] = {
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "desember"};
static const char *const en_months[12] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"};

static void words_below_100(sbuf *b, long n, bool en)
{
    if (n < 20) {
        sb_str(b, en ? en_ones[n] : nb_ones[n]);
        return;
    }
    sb_str(b, en ? en_tens[n / 10] : nb_tens[n / 10]);
    if (n % 10) {
        if (en)
            sb_str(b, "-");
        sb_str(b, en ? en_ones[n % 10] : nb_ones[n % 10]);
    }
}

static void words(sbuf *b, long n, bool en)
{
    if (n >= 1000000) {
        long m = n / 1000000, r = n % 1000000;
        if (m == 1 && !en) {
            sb_str(b, "en million");
        } else {
            words(b, m, en);
            sb_str(b, en ? " million" : " millioner");
        }
        if (r) {
            sb_str(b, r < 100 ? (en ? " and " : " og ") : " ");
            words(b, r, en);
        }
        return;
    }
    if (n >= 1000) {
        long t = n / 1000, r = n % 1000;
        if (t == 1)
            sb_str(b, en ? "one thousand" : "tusen");
        else {
            words(b, t, en);
            sb_str(b, en ? " thousand" : " tusen");
        }
        if (r)  {
            sb_str(b, r < 100 ? (en ? " and " : " og ") : " ");
            words(b, r, en);
        }
        return;
    }
    if (n >= 100) {
        long h = n / 100, r = n % 100;
        if (en) {
            sb_str(b, en_ones[h]);
            sb_str(b, " hundred");
        } else {
            if (h > 1) {
                sb_str(b, nb_ones[h]);
                sb_str(b, " ");
            }
            sb_str(b, "hundre");
        }
        if (r) {
            sb_str(b, en ? " and " : " og ");
            words_below_100(b, r, en);
        }
        return;
    }
    words_below_100(b, n, en);
}

static void year_words(sbuf *b, long y, bool en)
{
    long hi = y / 100, r = y % 100;
    if (y < 1100 || y > 2099 || (!en && y >= 2000) || (en && y >= 2000 && y < 2010)) {
        words(b, y, en);
        return;
    }
    words_below_100(b, hi, en);
    if (r == 0) {
        sb_str(b, en ? " hundred" : " hundre");
    } else if (r < 10) {
        sb_str(b, en ? " oh " : " hundre og ");
        words_below_100(b, r, en);
    } else {
        sb_str(b, " ");
        words_below_100(b, r, en);
    }
}

static char *to_buf(sbuf *b, char *buf, size_t cap)
{
    if (cap == 0)
        return buf;
    size_t len = b->oom || !b->p ? 0 : b->n;
    if (len >= cap)
        len = cap - 1;
    if (len)
        memcpy(buf, b->p, len);
    buf[len] = '\0';
    free(b->p);
    return buf;
}

char *qk_speech_number(long n, qk_speak_lang lang, char *buf, size_t cap)
{
    sbuf b = {0};
    if (n < 0) {
        sb_str(&b, lang == QK_SPEAK_EN ? "minus " : "minus ");
        n = -n;
    }
    if (n > 999999999)
        n = 999999999;
    words(&b, n, lang == QK_SPEAK_EN);
    return to_buf(&b, buf, cap);
}

char *qk_speech_year(long y, qk_speak_lang lang, char *buf, size_t cap)
{
    sbuf b = {0};
    if (y < 0 || y > 999999999)
        y = 0;
    year_words(&b, y, lang == QK_SPEAK_EN);
    return to_buf(&b, buf, cap);
}

/* ---- letters -------------------------------------------------------------- */

static const char *const nb_letters[26] = {
    "a", "be", "se", "de", "e", "eff", "ge", "hå", "i", "je", "kå", "ell", "emm",
    "enn", "o", "pe", "ku", "ærr", "ess", "te", "u", "ve", "dobbelt-ve", "eks", "y", "sett"};
static const char *const en_letters[26] = {
    "ay", "bee", "see", "dee", "ee", "eff", "gee", "aitch", "eye", "jay", "kay", "ell",
    "em", "en", "oh", "pee", "cue", "ar", "ess", "tee", "you", "vee", "double-you", "ex",
    "why", "zed"};

const char *qk_speech_letter(char letter, qk_speak_lang lang)
{
    int c = toupper((unsigned char)letter);
    if (c < 'A' || c > 'Z')
        return NULL;
    return lang == QK_SPEAK_EN ? en_letters[c - 'A'] : nb_letters[c - 'A'];
}

qk_speak_lang qk_speak_lang_from_code(const char *code)
{
    if (!code)
        return QK_SPEAK_NB;
    if (strncmp(code, "en", 2) == 0)
        return QK_SPEAK_EN;
    if (strncmp(code, "nn", 2) == 0)
        return QK_SPEAK_NN;
    return QK_SPEAK_NB;
}

/* ---- the pass ------------------------------------------------------------- */

typedef struct {
    const char *written, *spoken;
} abbrev;

/* Written forms are matched case-sensitively at the start of a word. */
static const abbrev nb_abbrevs[] = {
    {"Meld. St.", "melding til Stortinget"}, {"St.meld.", "stortingsmelding"},
    {"St.prp.", "stortingsproposisjon"}, {"Prop.", "proposisjon"}, {"Ot.prp.", "odelstingsproposisjon"},
    {"f.eks.", "for eksempel"}, {"bl.a.", "blant annet"}, {"jf.", "jamfør"},
    {"m.m.", "med mer"}, {"mv.", "med videre"}, {"osv.", "og så videre"},
    {"dvs.", "det vil si"}, {"ca.", "cirka"}, {"nr.", "nummer"}, {"kap.", "kapittel"},
    {"kl.", "klokka"}, {"evt.", "eventuelt"}, {"o.l.", "og lignende"}, {"pst.", "prosent"},
    {NULL, NULL}};
static const abbrev en_abbrevs[] = {
    {"e.g.", "for example"}, {"i.e.", "that is"}, {"etc.", "et cetera"},
    {"No.", "number"}, {"approx.", "approximately"}, {"vs.", "versus"}, {NULL, NULL}};

/* All-capital words said as words, not spelt. */
static const char *const said_as_words[] = {"NAV", "KOSTRA", "NOKUT", "HMS", NULL};

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* A letter: ASCII, or a UTF-8 lead byte of Latin letters (U+00C0..U+07FF) or
 * a continuation byte. (0xC2 starts §, the no-break space and others.) */
static bool is_letter_byte(unsigned char c)
{
    return isalpha(c) || (c >= 0xC3 && c <= 0xDF) || (c >= 0x80 && c <= 0xBF);
}

/* Spaces that may group thousands: ' ', U+00A0, U+202F. Returns its length or 0. */
static size_t group_space(const char *s)
{
    if (s[0] == ' ')
        return 1;
    if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
        return 2;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xAF)
        return 3;
    return 0;
}

/* A dash between numbers: '-', U+2013 en dash or U+2212 minus. Its length or 0. */
static size_t dash_at(const char *s)
{
    if (s[0] == '-')
        return 1;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x93)
        return 3;
    if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x88 && (unsigned char)s[2] == 0x92)
        return 3;
    return 0;
}

/* Reads a run of at most 9 digits at s: its value and length (0 = none). */
static size_t read_digits(const char *s, long *v)
{
    size_t i = 0;
    long x = 0;
    while (is_digit(s[i]) && i < 9)
        x = x * 10 + (s[i++] - '0');
    if (i == 9 && is_digit(s[i]))
        return 0; /* too long for words: leave it */
    *v = x;
    return i;
}

static bool looks_like_year(long v, size_t len) { return len == 4 && v >= 1100 && v <= 2099; }

static void say_number(sbuf *b, long v, size_t len, bool en)
{
    if (looks_like_year(v, len))
        year_words(b, v, en);
    else
        words(b, v, en);
}

static void say_date(sbuf *b, long d, long m, bool en)
{
    if (en) {
        sb_str(b, "the ");
        sb_str(b, en_ordinals[d]);
        sb_str(b, " of ");
        sb_str(b, en_months[m - 1]);
    } else {
        sb_str(b, nb_ordinals[d]);
        sb_str(b, " ");
        sb_str(b, nb_months[m - 1]);
    }
}

/* Number rule at s (a digit). Writes and returns the bytes read. */
static size_t number_rule(sbuf *b, const char *s, bool en)
{
    long v = 0, v2 = 0, v3 = 0;
    size_t n = read_digits(s, &v);
    if (!n)
        return 0;
    /* d.m.yyyy */
    if (n <= 2 && s[n] == '.' && v >= 1 && v <= 31) {
        size_t n2 = read_digits(s + n + 1, &v2);
        if (n2 >= 1 && n2 <= 2 && v2 >= 1 && v2 <= 12 && s[n + 1 + n2] == '.') {
            const char *ys = s + n + 1 + n2 + 1;
            size_t n3 = read_digits(ys, &v3);
            if (n3 == 4) {
                say_date(b, v, v2, en);
                sb_str(b, " ");
                year_words(b, v3, en);
                return (size_t)(ys + n3 - s);
            }
        }
        /* "1. januar", "7. plass": an ordinal before a lower-case word */
        if (s[n + 1] == ' ' && islower((unsigned char)s[n + 2]) && !en) {
            sb_str(b, nb_ordinals[v]);
            return n + 1;
        }
    }
    /* English "1 January" */
    if (en && n <= 2 && v >= 1 && v <= 31 && s[n] == ' ') {
        for (int m = 0; m < 12; m++) {
            size_t ml = strlen(en_months[m]);
            if (strncmp(s + n + 1, en_months[m], ml) == 0 && !isalpha((unsigned char)s[n + 1 + ml])) {
                say_date(b, v, m + 1, en);
                return n + 1 + ml;
            }
        }
    }
    /* thousands written in groups: "10 000", "1 250 000" */
    size_t end = n;
    if (n <= 3) {
        for (;;) {
            size_t sp = group_space(s + end);
            long g;
            if (!sp || read_digits(s + end + sp, &g) != 3 || is_digit(s[end + sp + 3]) || v > 999999)
                break;
            v = v * 1000 + g;
            end += sp + 3;
            n = 0; /* no longer a plain run: not a year */
        }
    }
    size_t len = n ? n : 7;
    /* a range: 2008–2009, 5-10 */
    size_t d = dash_at(s + end);
    if (d && is_digit(s[end + d])) {
        size_t m2 = read_digits(s + end + d, &v2);
        if (m2) {
            say_number(b, v, len, en);
            sb_str(b, en ? " to " : " til ");
            say_number(b, v2, m2, en);
            return end + d + m2;
        }
    }
    say_number(b, v, len, en);
    /* decimals: 2,5 (en 2.5) */
    char mark = en ? '.' : ',';
    if (s[end] == mark && is_digit(s[end + 1])) {
        size_t m2 = read_digits(s + end + 1, &v2);
        if (m2) {
            sb_str(b, en ? " point " : " komma ");
            for (size_t i = 0; i < m2 && s[end + 1 + i] == '0' && i + 1 < m2; i++)
                sb_str(b, en ? "zero " : "null ");
            words(b, v2, en);
            end += 1 + m2;
        }
    }
    if (s[end] == '%') {
        sb_str(b, en ? " percent" : " prosent");
        end++;
    } else if (s[end] == ' ' && s[end + 1] == '%') {
        sb_str(b, en ? " percent" : " prosent");
        end += 2;
    }
    return end;
}

/* "§" rule at s (the bytes C2 A7). */
static size_t section_rule(sbuf *b, const char *s, bool en)
{
    size_t i = 2;
    bool plural = (unsigned char)s[2] == 0xC2 && (unsigned char)s[3] == 0xA7;
    if (plural)
        i = 4;
    sb_str(b, en ? (plural ? "sections" : "section") : (plural ? "paragrafene" : "paragraf"));
    size_t sp = group_space(s + i);
    if (!is_digit(s[i + sp]))
        return i;
    i += sp;
    sb_str(b, " ");
    long v = 0, v2 = 0;
    size_t n = read_digits(s + i, &v);
    words(b, v, en);
    i += n;
    if (s[i] == '-' && is_digit(s[i + 1])) {
        size_t m = read_digits(s + i + 1, &v2);
        sb_str(b, en ? " dash " : " strek ");
        words(b, v2, en);
        i += 1 + m;
    }
    if (s[i] >= 'a' && s[i] <= 'h' && !is_letter_byte((unsigned char)s[i + 1])) {
        sb_str(b, " ");
        sb_str(b, qk_speech_letter(s[i], en ? QK_SPEAK_EN : QK_SPEAK_NB));
        i++;
    }
    return i;
}

static bool spelt_out(const char *w, size_t len)
{
    if (len < 2 || len > 5)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!(w[i] >= 'A' && w[i] <= 'Z'))
            return false;
    for (size_t k = 0; said_as_words[k]; k++)
        if (strlen(said_as_words[k]) == len && memcmp(said_as_words[k], w, len) == 0)
            return false;
    return true;
}

/* Word rule at s (a letter). */
static size_t word_rule(sbuf *b, const char *s, qk_speak_lang lang)
{
    bool en = lang == QK_SPEAK_EN;
    size_t n = 0;
    while (s[n] && is_letter_byte((unsigned char)s[n]))
        n++;
    if (spelt_out(s, n)) {
        for (size_t i = 0; i < n; i++) {
            if (i)
                sb_str(b, " ");
            sb_str(b, qk_speech_letter(s[i], lang));
        }
    } else {
        sb_add(b, s, n);
    }
    /* genitive apostrophe: KS' / KS’ */
    size_t ap = s[n] == '\'' ? 1
        : ((unsigned char)s[n] == 0xE2 && (unsigned char)s[n + 1] == 0x80 &&
           (unsigned char)s[n + 2] == 0x99) ? 3 : 0;
    char last = (char)tolower((unsigned char)s[n - 1]);
    if (ap && (last == 's' || last == 'x' || last == 'z') &&
        !is_letter_byte((unsigned char)s[n + ap])) {
        if (!en)
            sb_str(b, " sine");
        return n + ap;
    }
    return n;
}

/* Squeezes runs of spaces, drops spaces before , . ; : ? ! and commas before
 * other punctuation or at the end. In place. */
static void tidy(char *p)
{
    size_t w = 0;
    for (size_t r = 0; p[r]; r++) {
        char c = p[r];
        if ((c == ' ' || c == ',') && (w == 0 || p[w - 1] == ' ') && !(c == ',' && w > 0))
            continue;
        if (strchr(",.;:?!", c) && w > 0 && p[w - 1] == ' ')
            w--;
        if (strchr(".;:?!,", c) && w > 0 && p[w - 1] == ',')
            w--;
        p[w++] = c;
    }
    while (w > 0 && (p[w - 1] == ' ' || p[w - 1] == ','))
        w--;
    p[w] = '\0';
}

char *qk_speech_normalise(const char *text, qk_speak_lang lang)
{
    bool en = lang == QK_SPEAK_EN;
    const abbrev *abbrevs = en ? en_abbrevs : nb_abbrevs;
    sbuf b = {0};
    sb_add(&b, "", 0);
    size_t i = 0;
    while (text[i] && !b.oom) {
        const char *s = text + i;
        bool word_start = i == 0 || !is_letter_byte((unsigned char)text[i - 1]);
        if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA7) {
            i += section_rule(&b, s, en);
            continue;
        }
        if (word_start) {
            size_t k;
            for (k = 0; abbrevs[k].written; k++) {
                size_t len = strlen(abbrevs[k].written);
                if (strncmp(s, abbrevs[k].written, len) == 0)
                    break;
            }
            if (abbrevs[k].written) {
                sb_str(&b, abbrevs[k].spoken);
                i += strlen(abbrevs[k].written);
                continue;
            }
        }
        if (is_digit(s[0]) && (i == 0 || !is_digit(text[i - 1]))) {
            size_t n = number_rule(&b, s, en);
            if (n) {
                i += n;
                continue;
            }
        }
        if (word_start && is_letter_byte((unsigned char)s[0]) && (unsigned char)s[0] < 0x80) {
            i += word_rule(&b, s, lang);
            continue;
        }
        if (s[0] == '(') {
            sb_str(&b, ", ");
            i++;
            continue;
        }
        if (s[0] == ')') {
            sb_str(&b, ", ");
            i++;
            continue;
        }
        sb_add(&b, s, 1);
        i++;
    }
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    tidy(b.p);
    return b.p;
}
