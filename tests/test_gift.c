/* test_gift.c: the GIFT writer and readers in memory (qk_fmt_gift.h,
 * qk_fmt_aiken.h, qk_fmt_import.h).
 *
 * The round trip: every shipped set (the .cfg files in quizzes/, globbed at run time) and
 * the test sets with every type are written as GIFT, read back, and must give
 * the same questions (ids, types, texts, answers in order, the right answers,
 * categories and their items, explanations) in rounds of the same titles;
 * only order questions, which GIFT cannot hold, are missing, each with a
 * warning. Also: the writer's escapes, Moodle's weights for several right
 * answers, and the text-format and id helpers.
 */
#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "qk_fmt_gift.h"
#include "qk_fmt_import.h"
#include "qk_fmt_text.h"
#include "qk_loader.h"
#include "qk_test.h"

/* Writes set as GIFT into a new buffer (caller frees). */
static char *to_gift(const qk_set *set, qk_diags *d, size_t *len, size_t *written)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    if (!f)
        return NULL;
    *written = qk_gift_write(set, f, d, set->path);
    fclose(f);
    return buf;
}

static qk_set *from_gift(const char *gift, size_t len, qk_diags *d)
{
    qk_bank b;
    if (!qk_bank_init(&b, d, "rt", "Round trip", "nb"))
        return NULL;
    qk_gift_read(&b, "rt.gift", gift, len);
    qk_set *s = qk_bank_take_set(&b);
    qk_bank_free(&b);
    return s;
}

static void check_same(const qk_set *a, const qk_set *b, const char *file)
{
    size_t nb = 0, orders = 0;
    for (size_t r = 0; r < a->n_rounds; r++) {
        const qk_round *ra = &a->rounds[r];
        for (size_t i = 0; i < ra->n_questions; i++) {
            const qk_question *qa = &ra->questions[i];
            if (qa->type == QK_Q_ORDER) {
                orders++;
                QK_CHECK(qk_set_find_question(b, qa->id, NULL) == NULL);
                continue;
            }
            size_t rb;
            const qk_question *qb = qk_set_find_question(b, qa->id, &rb);
            if (!qb) {
                fprintf(stderr, "%s: question %s lost in the round trip\n", file, qa->id);
                QK_CHECK(qb != NULL);
                continue;
            }
            nb++;
            QK_CHECK_STR(b->rounds[rb].title, ra->title);
            QK_CHECK_INT(qb->type, qa->type);
            QK_CHECK_STR(qb->text, qa->text);
            QK_CHECK_STR(qb->explanation, qa->explanation);
            QK_CHECK_INT(qb->truth, qa->truth);
            QK_REQUIRE(qb->n_choices == qa->n_choices);
            QK_REQUIRE(qb->n_categories == qa->n_categories);
            if (qa->type == QK_Q_CATEGORIZE) {
                /* written grouped by category: compare as sets of (item, category) */
                for (size_t c = 0; c < qa->n_categories; c++)
                    QK_CHECK_STR(qb->categories[c], qa->categories[c]);
                for (size_t k = 0; k < qa->n_choices; k++) {
                    bool found = false;
                    for (size_t m = 0; m < qb->n_choices && !found; m++)
                        found = strcmp(qb->choices[m].text, qa->choices[k].text) == 0 &&
                                qb->choices[m].category == qa->choices[k].category;
                    QK_CHECK(found);
                }
            } else {
                for (size_t k = 0; k < qa->n_choices; k++) {
                    QK_CHECK_STR(qb->choices[k].text, qa->choices[k].text);
                    QK_CHECK_INT(qb->choices[k].correct, qa->choices[k].correct);
                }
            }
        }
    }
    QK_CHECK_INT(qk_set_question_count(b), nb);
    QK_CHECK_INT(nb + orders, qk_set_question_count(a));
}

static void round_trip(const char *path)
{
    qk_diags d;
    qk_diags_init(&d);
    qk_set *a = qk_set_load(path, &d);
    QK_REQUIRE(a != NULL);
    qk_diags_clear(&d);
    size_t len = 0, written = 0;
    char *gift = to_gift(a, &d, &len, &written);
    QK_REQUIRE(gift != NULL);
    size_t orders = 0;
    for (size_t r = 0; r < a->n_rounds; r++)
        for (size_t i = 0; i < a->rounds[r].n_questions; i++)
            orders += a->rounds[r].questions[i].type == QK_Q_ORDER;
    QK_CHECK_INT(d.warnings, orders); /* one warning per order question */
    QK_CHECK_INT(written + orders, qk_set_question_count(a));
    qk_diags_clear(&d);
    qk_set *b = from_gift(gift, len, &d);
    QK_REQUIRE(b != NULL);
    if (d.errors) {
        qk_diags_print(&d, stderr);
        fprintf(stderr, "%s: the exported GIFT:\n%s\n", path, gift);
    }
    QK_CHECK_INT(d.errors, 0);
    QK_CHECK_INT(d.warnings, 0); /* every shipped question has an explanation */
    check_same(a, b, path);
    printf("     %s: %zu questions there and back (%zu order left out)\n", path, written, orders);
    qk_set_free(a);
    qk_set_free(b);
    free(gift);
    qk_diags_clear(&d);
}

static void test_round_trip_shipped_sets(void)
{
    glob_t g;
    QK_REQUIRE(glob(QK_SOURCE_DIR "/quizzes/*.cfg", 0, NULL, &g) == 0);
    QK_CHECK(g.gl_pathc >= 3);
    for (size_t i = 0; i < g.gl_pathc; i++)
        round_trip(g.gl_pathv[i]);
    globfree(&g);
}

static void test_round_trip_every_type(void)
{
    round_trip(QK_TESTS_DIR "/good_sets/every_type.cfg");
    round_trip(QK_TESTS_DIR "/good_sets/doc_example.cfg");
}

/* Texts full of GIFT's special characters come back as they were. */
static void test_round_trip_special_characters(void)
{
    static const char cfg[] =
        "format = 1; id = \"s\"; title = \"S\"; language = \"nb\";\n"
        "rounds = ( { id = \"r\"; title = \"Runde: 1/2\"; questions = (\n"
        "  { id = \"q1\"; type = \"single\"; text = \"a=b, c~d, e#f, {g}, h:i, \\\\ og\\nlinje\";\n"
        "    answers = ( \"x = y\", \"<b>ikke html</b> & co\", \"[html] ikke format\" ); correct = 2;\n"
        "    explanation = \"#### er ikke generell tilbakemelding\"; },\n"
        "  { id = \"q2\"; type = \"multiple\"; text = \"Tre av fem\";\n"
        "    answers = ( \"1\", \"2\", \"3\", \"4\", \"5\" ); correct = [ 1, 3, 5 ];\n"
        "    explanation = \"-> pil\"; }\n"
        "); } );\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *a = qk_set_load_buffer("special.cfg", NULL, cfg, sizeof cfg - 1, &d);
    if (!a)
        qk_diags_print(&d, stderr);
    QK_REQUIRE(a != NULL);
    size_t len, written;
    char *gift = to_gift(a, &d, &len, &written);
    QK_REQUIRE(gift != NULL);
    /* Moodle's weights for 3 right answers, which it rounds to 100 % */
    QK_CHECK(strstr(gift, "~%33.33333%1") != NULL);
    QK_CHECK(strstr(gift, "$CATEGORY: Runde: 1//2") != NULL);
    QK_CHECK(strstr(gift, "a\\=b, c\\~d, e\\#f, \\{g\\}, h\\:i, \\\\ og\\nlinje") != NULL);
    QK_CHECK(strstr(gift, "[plain]<b>ikke html</b> & co") != NULL);
    qk_set *b = from_gift(gift, len, &d);
    QK_REQUIRE(b != NULL);
    QK_CHECK_INT(d.errors, 0);
    check_same(a, b, "special");
    QK_CHECK(b->rounds[0].questions[1].partial_credit);
    qk_set_free(a);
    qk_set_free(b);
    free(gift);
    qk_diags_clear(&d);
}

static char *plain(const char *s, qk_text_format f)
{
    return qk_text_to_plain(s, strlen(s), f);
}

static void test_text_to_plain(void)
{
    char *s = plain("<p>A &amp; B</p>\n<p>C&nbsp;&#230;&#xF8;</p>", QK_TF_HTML);
    QK_CHECK_STR(s, "A & B\nC \xC3\xA6\xC3\xB8");
    free(s);
    s = plain("2 < 3 &unknown; <br>x", QK_TF_MOODLE);
    QK_CHECK_STR(s, "2 < 3 &unknown; \nx");
    free(s);
    s = plain("# Tittel\n**fet** og *kursiv*", QK_TF_MARKDOWN);
    QK_CHECK_STR(s, "Tittel\nfet og kursiv");
    free(s);
    s = plain("<b>&amp;</b>", QK_TF_PLAIN);
    QK_CHECK_STR(s, "<b>&amp;</b>");
    free(s);
}

static void test_make_id(void)
{
    char *s = qk_make_id("Q1 Ærlig talt: på søndag!", 64);
    QK_CHECK_STR(s, "q1-aerlig-talt-pa-sondag");
    free(s);
    s = qk_make_id("«»", 64);
    QK_CHECK_STR(s, "");
    free(s);
}

/* Two questions with the same ::name:: get unique ids; no name gives q<N>. */
static void test_unique_ids(void)
{
    static const char g[] = "::Samme::A?{=1 ~2####x}\n\n::Samme::B?{=1 ~2####x}\n\n"
                            "C?{=1 ~2####x}\n\n::Q-3::D?{TRUE####x}\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = from_gift(g, sizeof g - 1, &d);
    QK_REQUIRE(s && s->n_rounds == 1 && s->rounds[0].n_questions == 4);
    QK_CHECK_STR(s->rounds[0].questions[0].id, "samme");
    QK_CHECK_STR(s->rounds[0].questions[1].id, "samme-2");
    QK_CHECK_STR(s->rounds[0].questions[2].id, "q3");
    QK_CHECK_STR(s->rounds[0].questions[3].id, "q-3");
    qk_set_free(s);
    qk_diags_clear(&d);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A bank of 4,000 questions of one name (a Moodle export where every question
 * kept the default name) gets 4,000 ids, all different: samme, samme-2 ...
 * samme-4000. Named ids that look like suffixes are respected: "A", "A-2",
 * "A" gives a, a-2, a-3, and "A-3" after them a-3-2. Each id was once looked
 * for in the whole set, suffix after suffix: 4,000 took 60 s. */
static void test_unique_ids_many(void)
{
    enum { N = 4000 };
    char *g = malloc(N * 24 + 256);
    QK_REQUIRE(g);
    size_t len = 0;
    len += (size_t)sprintf(g + len, "::A::a?{T}\n\n::A-2::b?{T}\n\n::A::c?{T}\n\n::A-3::d?{T}\n\n");
    for (int i = 0; i < N; i++)
        len += (size_t)sprintf(g + len, "::Samme::Q%d?{T}\n\n", i);
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = from_gift(g, len, &d);
    free(g);
    QK_REQUIRE(s && s->n_rounds == 1 && s->rounds[0].n_questions == N + 4);
    const qk_question *q = s->rounds[0].questions;
    QK_CHECK_STR(q[0].id, "a");
    QK_CHECK_STR(q[1].id, "a-2");
    QK_CHECK_STR(q[2].id, "a-3");
    QK_CHECK_STR(q[3].id, "a-3-2");
    QK_CHECK_STR(q[4].id, "samme");
    QK_CHECK_STR(q[5].id, "samme-2");
    QK_CHECK_STR(q[N + 3].id, "samme-4000");
    const char **ids = malloc((N + 4) * sizeof *ids);
    QK_REQUIRE(ids);
    for (size_t i = 0; i < N + 4; i++)
        ids[i] = q[i].id;
    qsort(ids, N + 4, sizeof *ids, cmp_str);
    size_t same = 0;
    for (size_t i = 1; i < N + 4; i++)
        same += strcmp(ids[i - 1], ids[i]) == 0;
    QK_CHECK_INT(same, 0);
    free(ids);
    qk_set_free(s);
    qk_diags_clear(&d);
}

/* Comment lines inside a block are dropped; many of them after the question
 * once overran the block's buffer (found by fuzzing; ASan builds see it). */
static void test_comment_lines(void)
{
    static const char g[] = "// before\n::Q::Tekst{=a ~b\n// inside\n####Fordi.}\n// 1\n// 2\n"
                            "// 3\n// 4\n// 5\n// 6\n// 7\n// 8\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *s = from_gift(g, sizeof g - 1, &d);
    QK_REQUIRE(s && s->n_rounds == 1 && s->rounds[0].n_questions == 1);
    const qk_question *q = &s->rounds[0].questions[0];
    QK_CHECK_STR(q->text, "Tekst");
    QK_CHECK_INT(q->n_choices, 2);
    QK_CHECK_STR(q->choices[1].text, "b");
    QK_CHECK_STR(q->explanation, "Fordi.");
    qk_set_free(s);
    qk_diags_clear(&d);
}

int main(void)
{
    QK_RUN(test_comment_lines);
    QK_RUN(test_round_trip_shipped_sets);
    QK_RUN(test_round_trip_every_type);
    QK_RUN(test_round_trip_special_characters);
    QK_RUN(test_text_to_plain);
    QK_RUN(test_make_id);
    QK_RUN(test_unique_ids);
    QK_RUN(test_unique_ids_many);
    return qk_test_summary();
}
