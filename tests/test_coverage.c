/* test_coverage.c: checks that the shipped question sets teach what they promise.
 *
 * The main set, quizzes/god-ledelse.cfg, must ask about every one of KS' 10
 * kjennetegn for god ledelse (round "prinsipper") and every one of the 10
 * kjennetegn for god lederatferd (round "atferd"). A point counts as asked about
 * when one of its key words (listed below, lower case) occurs in that round in a
 * question's text, in a right answer (single, multiple) or in an item (order,
 * categorize). The same holds for the points of the talk's slides on health
 * leadership (7, 16-18, 20, 22-24) in round "helseledelse". Wrong answers and
 * explanations do not count: a point that only shows up as a distractor or in
 * an explanation is not being asked about.
 * Matching is case-insensitive for ASCII letters, which is why no key word
 * starts with æ, ø or å.
 *
 * The law round is a pool: the four points of the deck's slide 25 must each be
 * asked by a question with always = true, so that every session asks them.
 *
 * It also checks the shape of the shipped sets: every round has at least 12
 * questions (the main set), all five question types occur, every question has
 * an explanation that does not point at answers by position ("the first three":
 * answers are shuffled), answers and items are short enough for a touch tile, and the
 * English set has exactly the same rounds and question ids as the Norwegian one.
 * The second set, samhandlingsreformen.cfg, has at least 20 questions and a
 * round of later changes in which every question is dated and sourced.
 *
 * The nynorsk sets (god-ledelse_nn.cfg, samhandlingsreformen_nn.cfg) are held to
 * the same rules with nynorsk key words (they are written in nynorsk, not
 * transliterated, so "leiarrolla", not "lederrollen"), and have the same rounds and
 * question ids as their bokmål sets. Their file names sort after the bokmål ones,
 * so a station with no active_set still starts god-ledelse.cfg.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qk_i18n.h"
#include "qk_loader.h"
#include "qk_test.h"

#define MAIN_SET    QK_SOURCE_DIR "/quizzes/god-ledelse.cfg"
#define ENGLISH_SET QK_SOURCE_DIR "/quizzes/good-leadership-en.cfg"
#define SECOND_SET  QK_SOURCE_DIR "/quizzes/samhandlingsreformen.cfg"
#define MAIN_SET_NN   QK_SOURCE_DIR "/quizzes/god-ledelse_nn.cfg"
#define SECOND_SET_NN QK_SOURCE_DIR "/quizzes/samhandlingsreformen_nn.cfg"

/* Longest answer or item, in characters, that still reads well on a touch tile. */
#define MAX_TILE_CHARS 90

typedef struct {
    const char *point;      /* the point, for the failure message */
    const char *keys[3];    /* any one of these matches; NULL-terminated */
} key_point;

/* KS' 10 kjennetegn for god ledelse (KS' policy for god ledelse, 2008). */
static const key_point principles[10] = {
    { "1 helhetlig utvikling av lokalsamfunn og velferdstjenester", { "lokalsamfunn", NULL } },
    { "2 folkevalgtes oppgave og demokratiske prosesser", { "folkevalgt", "demokratiske prosesser", NULL } },
    { "3 sektorens egenart og positivt omdømme", { "omdømme", "egenart", NULL } },
    { "4 orientert mot utvikling og nyskaping", { "nyskaping", NULL } },
    { "5 kunnskaper om brukere, innbyggere og partnere", { "partnere", NULL } },
    { "6 dialogarenaer for samhandling", { "dialogarena", NULL } },
    { "7 medvirkning; kunnskaper, kreativitet og engasjement", { "kreativitet", NULL } },
    { "8 åpenhet og integritet", { "integritet", NULL } },
    { "9 resultater i tråd med politiske vedtak", { "politiske vedtak", "i tråd med vedtak", NULL } },
    { "10 ansvaret og myndigheten i lederrollen", { "lederrollen", NULL } },
};

/* KS' 10 kjennetegn for god lederatferd. */
static const key_point behaviours[10] = {
    { "1 brukernes og borgerens behov i fokus", { "borger", NULL } },
    { "2 engasjerer brukerne i løsningen av egne behov", { "egne behov", NULL } },
    { "3 nyorientering og utvikling", { "nyorientering", NULL } },
    { "4 dialogen og den gode samtalen", { "gode samtalen", NULL } },
    { "5 prestasjons- og resultatorientert", { "resultatorient", "prestasjons", NULL } },
    { "6 helheten i tjenesteyting og samfunnsbygging", { "samfunnsbygging", NULL } },
    { "7 hverdagsmakt til alle", { "hverdagsmakt", NULL } },
    { "8 synlige, engasjerte og bryr oss", { "synlige", "bryr oss", NULL } },
    { "9 tillit til og støtter andres vurderinger", { "tillit", NULL } },
    { "10 etisk refleksjon og åpenhet", { "etisk refleksjon", NULL } },
};

/* The same 20 points as the nynorsk set words them. */
static const key_point principles_nn[10] = {
    { "1 heilskapleg utvikling av lokalsamfunn og velferdstenester", { "lokalsamfunn", NULL } },
    { "2 oppgåva til dei folkevalde og demokratiske prosessar", { "folkevald", "demokratiske prosessar", NULL } },
    { "3 eigenarten til sektoren og positivt omdøme", { "omdøme", "eigenart", NULL } },
    { "4 retta mot utvikling og nyskaping", { "nyskaping", NULL } },
    { "5 kunnskap om brukarar, innbyggjarar og partnarar", { "partnarar", NULL } },
    { "6 dialogarenaer for samhandling", { "dialogarena", NULL } },
    { "7 medverknad; kunnskapar, kreativitet og engasjement", { "kreativitet", NULL } },
    { "8 openheit og integritet", { "integritet", NULL } },
    { "9 resultat i tråd med politiske vedtak", { "politiske vedtak", NULL } },
    { "10 ansvaret og mynda i leiarrolla", { "leiarrolla", NULL } },
};

static const key_point behaviours_nn[10] = {
    { "1 behova til brukarane og borgaren i fokus", { "borgar", NULL } },
    { "2 engasjerer brukarane i løysinga av eigne behov", { "eigne behov", NULL } },
    { "3 nyorientering og utvikling", { "nyorientering", NULL } },
    { "4 dialogen og den gode samtalen", { "gode samtalen", NULL } },
    { "5 prestasjons- og resultatorienterte", { "resultatorient", "prestasjons", NULL } },
    { "6 heilskapen i tenesteyting og samfunnsbygging", { "samfunnsbygging", NULL } },
    { "7 kvardagsmakt til alle", { "kvardagsmakt", NULL } },
    { "8 synlege, engasjerte og bryr oss", { "synlege", "bryr oss", NULL } },
    { "9 tillit til og støttar vurderingane til andre", { "tillit", NULL } },
    { "10 etisk refleksjon og openheit", { "etisk refleksjon", NULL } },
};

/* Case-insensitive (ASCII) substring search. */
static int contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!hay) return 0;
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] &&
               tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n) return 1;
    }
    return 0;
}

static int matches_point(const char *text, const key_point *p)
{
    for (int k = 0; p->keys[k]; k++)
        if (contains(text, p->keys[k])) return 1;
    return 0;
}

/* Does question q ask about point p (text, right answers, items)? */
static int asks_about(const qk_question *q, const key_point *p)
{
    if (matches_point(q->text, p)) return 1;
    for (size_t c = 0; c < q->n_choices; c++) {
        const qk_choice *ch = &q->choices[c];
        int counts = (q->type == QK_Q_SINGLE || q->type == QK_Q_MULTIPLE) ? ch->correct : 1;
        if (counts && matches_point(ch->text, p)) return 1;
    }
    return 0;
}

/* The deck's other slides on health leadership (7, 16-18, 20, 22-24), asked in
 * the round "helseledelse". */
static const key_point slides[] = {
    { "7 nye gjennombrudd i medisinsk diagnose og behandling", { "gjennombrudd", NULL } },
    { "7 innvandring, mange etnisiteter", { "innvandring", "etnisitet", NULL } },
    { "7 stort fokus på spesialisering", { "spesialisering", NULL } },
    { "7 flere eldre, for få varme hender", { "varme hender", NULL } },
    { "16 ledelse og administrasjon", { "administrasjon", NULL } },
    { "17 ledelse er viktigere enn organisasjon", { "viktigere enn organisasjon", NULL } },
    { "17 lederopplæring på bachelornivå", { "bachelor", NULL } },
    { "18 faglig ledelse, en foreldet strategi", { "faglig ledelse", NULL } },
    { "18 rekruttering etter erfaring, ansiennitet og egnethet", { "ansiennitet", NULL } },
    { "20 helhetlig ledelse", { "helhetlig ledelse", NULL } },
    { "20 lederfunksjonene (fag, personal, økonomi, ...)", { "avtaleverk", NULL } },
    { "22 samhandlingskompetanse", { "samhandlingskompetanse", NULL } },
    { "23 ledelse må prioriteres", { "prioritet", "prioriteres", NULL } },
    { "23 ildsjeler som ambassadører", { "ildsjel", NULL } },
    { "23 strategiske allianser", { "allianse", NULL } },
    { "23 krav til utdanningsinstitusjonene", { "utdanningsinstitusjon", NULL } },
    { "23 målrettet og systematisk kompetansebygging", { "kompetansebygging", NULL } },
    { "23 en lærende organisasjon", { "lærende organisasjon", NULL } },
    { "23 piloter framfor utredning", { "piloter", NULL } },
    { "24 motstand hos profesjonene", { "profesjon", NULL } },
    { "24 friksjon gir innovasjon", { "friksjon", NULL } },
};

static const key_point slides_nn[] = {
    { "7 nye gjennombrot i medisinsk diagnose og behandling", { "gjennombrot", NULL } },
    { "7 innvandring, mange etnisitetar", { "innvandring", "etnisitet", NULL } },
    { "7 stort fokus på spesialisering", { "spesialisering", NULL } },
    { "7 fleire eldre, for få varme hender", { "varme hender", NULL } },
    { "16 leiing og administrasjon", { "administrasjon", NULL } },
    { "17 leiing er viktigare enn organisasjon", { "viktigare enn organisasjon", NULL } },
    { "17 leiaropplæring på bachelornivå", { "bachelor", NULL } },
    { "18 fagleg leiing, ein forelda strategi", { "fagleg leiing", NULL } },
    { "18 rekruttering etter erfaring, ansiennitet og eignaskap", { "ansiennitet", NULL } },
    { "20 heilskapleg leiing", { "heilskapleg leiing", NULL } },
    { "20 leiarfunksjonane (fag, personal, økonomi, ...)", { "avtaleverk", NULL } },
    { "22 samhandlingskompetanse", { "samhandlingskompetanse", NULL } },
    { "23 leiing må prioriterast", { "prioritet", "prioriterast", NULL } },
    { "23 eldsjeler som ambassadørar", { "eldsjel", NULL } },
    { "23 strategiske alliansar", { "alliansar", NULL } },
    { "23 krav til utdanningsinstitusjonane", { "utdanningsinstitusjon", NULL } },
    { "23 målretta og systematisk kompetansebygging", { "kompetansebygging", NULL } },
    { "23 ein lærande organisasjon", { "lærande organisasjon", NULL } },
    { "23 pilotar framfor utgreiing", { "pilotar", NULL } },
    { "24 motstand hos profesjonane", { "profesjon", NULL } },
    { "24 friksjon gjev innovasjon", { "friksjon", NULL } },
};
#define N_SLIDES (sizeof slides / sizeof slides[0])

/* The deck's slide 25, "Ny kommunal helse- og omsorgslov": the four points the
 * law round is built on. Each must be asked in every session, so a question
 * asking it must carry always = true (the round is a pool). */
static const key_point slide25_nb[4] = {
    { "gjeldende rett videreføres", { "gjeldende rett", NULL } },
    { "nytt regelverk, særlig for sosiale tjenester", { "sosiale tjenester", NULL } },
    { "overordnede beskrivelser for kommunal frihet", { "frihet", NULL } },
    { "profesjonsnøytralitet", { "yrkesgrupper", "profesjon", NULL } },
};
static const key_point slide25_en[4] = {
    { "the law in force carried on", { "law in force", NULL } },
    { "new rules, above all for social services", { "social services", NULL } },
    { "more general descriptions, municipal freedom", { "freedom", NULL } },
    { "professional neutrality", { "profession", NULL } },
};
static const key_point slide25_nn[4] = {
    { "gjeldande rett vert ført vidare", { "gjeldande rett", NULL } },
    { "nytt regelverk, særleg for sosiale tenester", { "sosiale tenester", NULL } },
    { "overordna skildringar for kommunal fridom", { "fridom", NULL } },
    { "profesjonsnøytralitet", { "yrkesgrupper", "profesjon", NULL } },
};

static const qk_round *find_round(const qk_set *set, const char *id)
{
    for (size_t r = 0; r < set->n_rounds; r++)
        if (strcmp(set->rounds[r].id, id) == 0) return &set->rounds[r];
    return NULL;
}

static qk_set *load(const char *path)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load(path, &d);
    if (d.count) qk_diags_print(&d, stderr);
    qk_diags_clear(&d);
    return set;
}

/* Checks that every point has at least one question in `round_id` of the set at
 * `path`. */
static void check_points(const char *path, const char *round_id, const key_point *points,
                         size_t n)
{
    qk_set *set = load(path);
    QK_REQUIRE(set != NULL);
    const qk_round *round = find_round(set, round_id);
    QK_CHECK(round != NULL);
    if (round) {
        for (size_t p = 0; p < n; p++) {
            int asked = 0;
            for (size_t q = 0; q < round->n_questions; q++)
                asked += asks_about(&round->questions[q], &points[p]);
            if (!asked)
                fprintf(stderr, "%s: round \"%s\" never asks about point %s\n", path,
                        round_id, points[p].point);
            QK_CHECK(asked > 0);
        }
    }
    qk_set_free(set);
}

static void test_every_principle_is_asked(void)
{
    check_points(MAIN_SET, "prinsipper", principles, 10);
    check_points(MAIN_SET_NN, "prinsipper", principles_nn, 10);
}

static void test_every_behaviour_is_asked(void)
{
    check_points(MAIN_SET, "atferd", behaviours, 10);
    check_points(MAIN_SET_NN, "atferd", behaviours_nn, 10);
}

static void test_every_slide_is_asked(void)
{
    _Static_assert(sizeof slides_nn / sizeof slides_nn[0] == N_SLIDES,
                   "the nynorsk slide keys are the bokmål ones, point for point");
    check_points(MAIN_SET, "helseledelse", slides, N_SLIDES);
    check_points(MAIN_SET_NN, "helseledelse", slides_nn, N_SLIDES);
}

/* Every slide-25 point has an always-asked question in the law round. */
static void check_slide25(const char *path, const key_point *points)
{
    qk_set *set = load(path);
    QK_REQUIRE(set != NULL);
    const qk_round *round = find_round(set, "helse-og-omsorgslov");
    QK_CHECK(round != NULL);
    for (size_t p = 0; round && p < 4; p++) {
        int asked = 0;
        for (size_t q = 0; q < round->n_questions; q++)
            asked += round->questions[q].always && asks_about(&round->questions[q], &points[p]);
        if (!asked)
            fprintf(stderr, "%s: no always = true question of the law round asks about slide "
                    "25's point \"%s\"\n", path, points[p].point);
        QK_CHECK(asked > 0);
    }
    qk_set_free(set);
}

static void test_slide25_always_asked(void)
{
    check_slide25(MAIN_SET, slide25_nb);
    check_slide25(ENGLISH_SET, slide25_en);
    check_slide25(MAIN_SET_NN, slide25_nn);
}

/* The key words must not be so loose that a made-up question matches them all. */
static void test_key_words_are_specific(void)
{
    qk_choice answer = { "Kutte kostnader og styre alt sentralt", true, -1, 1 };
    qk_question q = { 0 };
    q.type = QK_Q_SINGLE;
    q.text = "Hva er viktigst for en leder i kommunen?";
    q.n_choices = 1;
    q.choices = &answer;
    for (size_t p = 0; p < 10; p++) {
        QK_CHECK(!asks_about(&q, &principles[p]));
        QK_CHECK(!asks_about(&q, &behaviours[p]));
    }
    for (size_t p = 0; p < 10; p++) {
        QK_CHECK(!asks_about(&q, &principles_nn[p]));
        QK_CHECK(!asks_about(&q, &behaviours_nn[p]));
    }
    for (size_t p = 0; p < N_SLIDES; p++) {
        QK_CHECK(!asks_about(&q, &slides[p]));
        QK_CHECK(!asks_about(&q, &slides_nn[p]));
    }
    /* and a point offered only as a wrong answer is not "asked about" */
    qk_choice wrong[2] = { { "Noe annet", true, -1, 1 }, { "At vi gir hverdagsmakt til alle", false, -1, 2 } };
    q.n_choices = 2;
    q.choices = wrong;
    QK_CHECK(!asks_about(&q, &behaviours[6]));
    wrong[1].correct = true;
    QK_CHECK(asks_about(&q, &behaviours[6]));
}

static void check_main_set_shape(const char *path, const char *language)
{
    qk_set *set = load(path);
    QK_REQUIRE(set != NULL);
    QK_CHECK_STR(set->language, language);
    QK_CHECK(set->n_rounds >= 3);
    QK_CHECK(find_round(set, "helse-og-omsorgslov") != NULL);
    int seen[QK_Q_TYPE_COUNT] = { 0 };
    int timed = 0, pictures = 0;
    for (size_t r = 0; r < set->n_rounds; r++) {
        const qk_round *round = &set->rounds[r];
        if (round->n_questions < 12)
            fprintf(stderr, "round \"%s\" has %zu questions, fewer than 12\n", round->id,
                    round->n_questions);
        QK_CHECK(round->n_questions >= 12);
        for (size_t q = 0; q < round->n_questions; q++) {
            const qk_question *qu = &round->questions[q];
            seen[qu->type]++;
            timed += qu->time_limit > 0;
            pictures += qu->picture != NULL;
        }
    }
    for (int t = 0; t < QK_Q_TYPE_COUNT; t++) {
        if (!seen[t]) fprintf(stderr, "no question of type %s\n", qk_qtype_name((qk_qtype)t));
        QK_CHECK(seen[t] > 0);
    }
    QK_CHECK(timed > 0);
    QK_CHECK(pictures > 0);
    qk_set_free(set);
}

static void test_main_set_shape(void)
{
    check_main_set_shape(MAIN_SET, "nb");
    check_main_set_shape(MAIN_SET_NN, "nn");
}

/* Number of characters (UTF-8 code points) in s. */
static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Phrases that point at answers by their place in the list: wrong when the kiosk
 * shuffles the answers, as it does unless a question says shuffle = false. */
static const char *const positional[] = {
    "de to første", "de tre første", "det første svaret", "det siste svaret",
    "the first two", "the first three", "the first answer", "the last answer", NULL
};

/* Every question explains itself without pointing at answer positions, and
 * every answer fits on a tile. */
static void check_quality(const char *path)
{
    qk_set *set = load(path);
    QK_REQUIRE(set != NULL);
    QK_CHECK(qk_set_question_count(set) >= 10);
    for (size_t r = 0; r < set->n_rounds; r++) {
        for (size_t q = 0; q < set->rounds[r].n_questions; q++) {
            const qk_question *qu = &set->rounds[r].questions[q];
            int explained = qu->explanation && utf8_chars(qu->explanation) >= 40;
            if (!explained) fprintf(stderr, "%s: %s: explanation missing or too short\n", path, qu->id);
            QK_CHECK(explained);
            for (int k = 0; qu->shuffle && qu->explanation && positional[k]; k++) {
                if (contains(qu->explanation, positional[k]))
                    fprintf(stderr, "%s: %s: the answers are shuffled, but the explanation "
                            "says \"%s\"\n", path, qu->id, positional[k]);
                QK_CHECK(!contains(qu->explanation, positional[k]));
            }
            for (size_t c = 0; c < qu->n_choices; c++) {
                size_t len = utf8_chars(qu->choices[c].text);
                if (len >= MAX_TILE_CHARS)
                    fprintf(stderr, "%s: %s: answer \"%s\" is %zu characters\n", path, qu->id,
                            qu->choices[c].text, len);
                QK_CHECK(len < MAX_TILE_CHARS);
            }
        }
    }
    qk_set_free(set);
}

static void test_main_set_quality(void)    { check_quality(MAIN_SET); }
static void test_english_set_quality(void) { check_quality(ENGLISH_SET); }
static void test_second_set_quality(void)  { check_quality(SECOND_SET); }
static void test_nynorsk_sets_quality(void)
{
    check_quality(MAIN_SET_NN);
    check_quality(SECOND_SET_NN);
}

/* Does s contain a year, 1900-2099? */
static int has_year(const char *s)
{
    for (; s && s[0] && s[1] && s[2] && s[3]; s++)
        if ((strncmp(s, "19", 2) == 0 || strncmp(s, "20", 2) == 0) &&
            isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
            !isdigit((unsigned char)s[4]))
            return 1;
    return 0;
}

/* The second set is a course of its own: at least 20 questions, and a round on
 * the changes after 2012 where every question dates its fact and names a source
 * ("Kilde"; in nynorsk "Kjelde"). */
static void check_second_set_shape(const char *path, const char *title_words,
                                   const char *source_word)
{
    qk_set *set = load(path);
    QK_REQUIRE(set != NULL);
    QK_CHECK(qk_set_question_count(set) >= 20);
    const qk_round *later = find_round(set, "senere-endringer");
    QK_REQUIRE(later != NULL);
    QK_CHECK(contains(later->title, title_words));
    QK_CHECK(later->n_questions >= 5);
    for (size_t q = 0; q < later->n_questions; q++) {
        const qk_question *qu = &later->questions[q];
        int dated = has_year(qu->text) || has_year(qu->explanation);
        int sourced = contains(qu->explanation, source_word);
        if (!dated || !sourced)
            fprintf(stderr, "%s: %s: a later change without %s\n", path, qu->id,
                    dated ? "a source" : "a date");
        QK_CHECK(dated && sourced);
    }
    qk_set_free(set);
}

static void test_second_set_shape(void)
{
    check_second_set_shape(SECOND_SET, "senere endringer", "kilde");
    check_second_set_shape(SECOND_SET_NN, "seinare endringar", "kjelde");
}

/* A translation (English) or a second written standard (nynorsk) of a bokmål set:
 * same rounds, same question ids in the same places, same types, the same right
 * answers and categories, so results can be compared across them. Only the set's
 * own id and its language differ. */
static void check_same_ids(const char *nb_path, const char *other_path, const char *language,
                           const char *other_id)
{
    qk_set *nb = load(nb_path);
    qk_set *en = load(other_path);
    QK_CHECK(nb != NULL);
    QK_CHECK(en != NULL);
    if (nb && en) {
        QK_CHECK_STR(en->language, language);
        QK_CHECK_STR(en->id, other_id);
        QK_CHECK(strcmp(en->id, nb->id) != 0);
        QK_CHECK_INT(en->n_rounds, nb->n_rounds);
        for (size_t r = 0; r < nb->n_rounds && r < en->n_rounds; r++) {
            const qk_round *a = &nb->rounds[r], *b = &en->rounds[r];
            QK_CHECK_STR(b->id, a->id);
            QK_CHECK_INT(b->n_questions, a->n_questions);
            QK_CHECK_INT(b->pick, a->pick);
            for (size_t q = 0; q < a->n_questions && q < b->n_questions; q++) {
                const qk_question *x = &a->questions[q], *y = &b->questions[q];
                if (strcmp(y->id, x->id) != 0)
                    fprintf(stderr, "%s: round \"%s\", question %zu is \"%s\", in %s it is "
                            "\"%s\"\n", other_path, a->id, q + 1, y->id, nb_path, x->id);
                QK_CHECK_STR(y->id, x->id);
                QK_CHECK_INT(y->type, x->type);
                QK_CHECK_INT(y->n_choices, x->n_choices);
                QK_CHECK_INT(y->truth, x->truth);
                QK_CHECK_INT(y->time_limit, x->time_limit);
                QK_CHECK_INT(y->always, x->always);
                QK_CHECK_INT(y->points, x->points);
                QK_CHECK_INT(y->shuffle, x->shuffle);
                QK_CHECK_INT(y->picture != NULL, x->picture != NULL);
                for (size_t c = 0; c < x->n_choices && c < y->n_choices; c++) {
                    QK_CHECK_INT(y->choices[c].correct, x->choices[c].correct);
                    QK_CHECK_INT(y->choices[c].category, x->choices[c].category);
                }
            }
        }
    }
    qk_set_free(nb);
    qk_set_free(en);
}

static void test_english_matches_norwegian(void)
{
    check_same_ids(MAIN_SET, ENGLISH_SET, "en", "good-leadership-en");
}

static void test_nynorsk_matches_bokmal(void)
{
    check_same_ids(MAIN_SET, MAIN_SET_NN, "nn", "god-ledelse-nn");
    check_same_ids(SECOND_SET, SECOND_SET_NN, "nn", "samhandlingsreformen-nn");
}

/* The comparison can fail: a set against a different set differs. */
static void test_same_ids_can_fail(void)
{
    int before = qk_test_failed_checks;
    fprintf(stderr, "(test_same_ids_can_fail: the mismatches below are expected)\n");
    check_same_ids(MAIN_SET, SECOND_SET_NN, "nn", "samhandlingsreformen-nn");
    int caught = qk_test_failed_checks - before;
    fprintf(stderr, "(test_same_ids_can_fail: end of expected mismatches)\n");
    qk_test_failed_checks = before;
    QK_CHECK(caught > 0);
}

/* A station with no active_set runs the first valid set by file name (strcmp, as
 * the catalog sorts): that is the bokmål main set, and every _nn file sorts right
 * after its bokmål set, not before it (a "-nn" name would: '-' < '.'). */
static void test_bokmal_sorts_first(void)
{
    DIR *d = opendir(QK_SOURCE_DIR "/quizzes");
    QK_REQUIRE(d != NULL);
    char first[256] = "";
    int nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n <= 4 || strcmp(e->d_name + n - 4, ".cfg") != 0)
            continue;
        if (!first[0] || strcmp(e->d_name, first) < 0)
            snprintf(first, sizeof first, "%s", e->d_name);
        if (n > 7 && strcmp(e->d_name + n - 7, "_nn.cfg") == 0) {
            char nb[256];
            snprintf(nb, sizeof nb, "%.*s.cfg", (int)(n - 7), e->d_name);
            QK_CHECK(strcmp(nb, e->d_name) < 0);
            nn++;
        }
    }
    closedir(d);
    QK_CHECK_STR(first, "god-ledelse.cfg");
    QK_CHECK_INT(nn, 2);
}

/* Issue 9, item 7: no instruction said twice. The question screen's hint line
 * under a multiple-choice question already says "Velg alle som passer, og trykk
 * «Send svar»." (QK_S_HINT_MULTIPLE), so the question text must not say its
 * first part again, in the set's own language. */
static int repeats_hint(const qk_set *set)
{
    qk_lang lang = QK_LANG_NB;
    if (set->language && strncmp(set->language, "nn", 2) == 0) lang = QK_LANG_NN;
    if (set->language && strncmp(set->language, "en", 2) == 0) lang = QK_LANG_EN;
    const char *hint = qk_tr_in(lang, QK_S_HINT_MULTIPLE);
    size_t len = strcspn(hint, ",");
    char first[128];
    snprintf(first, sizeof first, "%.*s", (int)len, hint);
    int n = 0;
    for (size_t r = 0; r < set->n_rounds; r++)
        for (size_t q = 0; q < set->rounds[r].n_questions; q++) {
            const qk_question *qu = &set->rounds[r].questions[q];
            if (qu->type == QK_Q_MULTIPLE && strstr(qu->text, first)) {
                fprintf(stderr, "  %s: question %s says \"%s\" as its hint line does\n",
                        set->id, qu->id, first);
                n++;
            }
        }
    return n;
}

static void test_hint_not_repeated(void)
{
    const char *paths[] = {MAIN_SET, MAIN_SET_NN, ENGLISH_SET, SECOND_SET, SECOND_SET_NN};
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        qk_set *set = load(paths[i]);
        QK_CHECK(set != NULL);
        if (!set) continue;
        QK_CHECK(repeats_hint(set) == 0);
        qk_set_free(set);
    }
    /* The check can fail: a question that says it is caught. */
    qk_set *set = load(MAIN_SET);
    QK_CHECK(set != NULL);
    for (size_t r = 0; set && r < set->n_rounds; r++)
        for (size_t q = 0; q < set->rounds[r].n_questions; q++) {
            qk_question *qu = &set->rounds[r].questions[q];
            if (qu->type != QK_Q_MULTIPLE) continue;
            char *old = qu->text;
            char buf[1024];
            snprintf(buf, sizeof buf, "%s Velg alle som passer.", old);
            qu->text = buf;
            QK_CHECK(repeats_hint(set) == 1);
            qu->text = old;
            r = set->n_rounds;
            break;
        }
    qk_set_free(set);
}

/* Issue 9, item 7: no double spaces in any text a participant sees. Every
 * text of every shipped set (set, rounds, questions, answers, items,
 * categories, explanations); a "a " "b" split across lines is where one
 * creeps in. Returns the number of texts with one. */
static int double_spaces_in(const char *where, const char *id, const char *text)
{
    if (!text || !strstr(text, "  "))
        return 0;
    fprintf(stderr, "  %s: %s has a double space: \"%s\"\n", where, id, text);
    return 1;
}

static int set_double_spaces(const qk_set *set)
{
    int n = double_spaces_in(set->id, "title", set->title) +
            double_spaces_in(set->id, "description", set->description);
    for (size_t r = 0; r < set->n_rounds; r++) {
        const qk_round *ro = &set->rounds[r];
        n += double_spaces_in(set->id, ro->id, ro->title) +
             double_spaces_in(set->id, ro->id, ro->intro);
        for (size_t q = 0; q < ro->n_questions; q++) {
            const qk_question *qu = &ro->questions[q];
            n += double_spaces_in(set->id, qu->id, qu->text) +
                 double_spaces_in(set->id, qu->id, qu->explanation);
            for (size_t c = 0; c < qu->n_choices; c++)
                n += double_spaces_in(set->id, qu->id, qu->choices[c].text);
            for (size_t c = 0; c < qu->n_categories; c++)
                n += double_spaces_in(set->id, qu->id, qu->categories[c]);
        }
    }
    return n;
}

static void test_no_double_spaces(void)
{
    DIR *d = opendir(QK_SOURCE_DIR "/quizzes");
    QK_REQUIRE(d != NULL);
    int sets = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n <= 4 || strcmp(e->d_name + n - 4, ".cfg") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/quizzes/%s", QK_SOURCE_DIR, e->d_name);
        qk_set *set = load(path);
        QK_CHECK(set != NULL);
        if (!set)
            continue;
        sets++;
        QK_CHECK_INT(set_double_spaces(set), 0);
        qk_set_free(set);
    }
    closedir(d);
    QK_CHECK(sets >= 5);
    /* The check can fail: an explanation with a double space is caught. */
    qk_set *set = load(MAIN_SET);
    QK_REQUIRE(set != NULL);
    qk_question *qu = &set->rounds[0].questions[0];
    char *old = qu->explanation;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s  Se lysark 3.", old);
    qu->explanation = buf;
    QK_CHECK_INT(set_double_spaces(set), 1);
    qu->explanation = old;
    qk_set_free(set);
}

int main(void)
{
    QK_RUN(test_key_words_are_specific);
    QK_RUN(test_every_principle_is_asked);
    QK_RUN(test_every_behaviour_is_asked);
    QK_RUN(test_every_slide_is_asked);
    QK_RUN(test_slide25_always_asked);
    QK_RUN(test_main_set_shape);
    QK_RUN(test_main_set_quality);
    QK_RUN(test_english_set_quality);
    QK_RUN(test_second_set_quality);
    QK_RUN(test_second_set_shape);
    QK_RUN(test_english_matches_norwegian);
    QK_RUN(test_nynorsk_sets_quality);
    QK_RUN(test_nynorsk_matches_bokmal);
    QK_RUN(test_same_ids_can_fail);
    QK_RUN(test_bokmal_sorts_first);
    QK_RUN(test_hint_not_repeated);
    QK_RUN(test_no_double_spaces);
    return qk_test_summary();
}
