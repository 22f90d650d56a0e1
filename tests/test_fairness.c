/* test_fairness.c: nothing in a shipped set is guessable from the form of its answers.
 *
 * Every file in quizzes/ (listed when the test runs, so a new set is covered the
 * day it is added) is loaded and checked against the thresholds below. They are
 * the rules a question writer follows; when one fails, the message names the set
 * and the question so the writer can fix the wording, not the threshold.
 *
 *  - Multiple choice: the number of right answers varies. With MC_MIN_QUESTIONS or
 *    more multiple-choice questions in a set, no one count of right answers may
 *    cover more than MC_MAX_SHARE of them, and at least two counts occur. No
 *    multiple-choice question may name the count in its text ("tre", "three"; the
 *    words are the set's language's).
 *  - True/false: both kinds occur in every set with two or more, and with TF_MIN
 *    or more the true share lies within [TF_LOW, TF_HIGH].
 *  - Length: a right answer is never much longer than every wrong one: for single
 *    questions the right answer, for multiple the shortest right answer, may be at
 *    most LEN_RATIO times the longest wrong answer, or LEN_SLACK characters longer.
 *  - Form: in a single question with three or more wrong answers, the right answer
 *    does not stand alone in its first word (all wrong ones "At ...", it not).
 *  - Points: not all equal. Every order and categorize question is worth more
 *    than the set's lowest value, so a set has at least two point values.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "qk_loader.h"
#include "qk_test.h"

#define QUIZ_DIR QK_SOURCE_DIR "/quizzes"

#define MC_MIN_QUESTIONS 4     /* the spread rule applies from this many multiple questions */
#define MC_MAX_SHARE     0.6   /* at most this share with one count of right answers */
#define TF_MIN           4     /* the balance rule applies from this many true/false */
#define TF_LOW           0.3   /* share of true statements, lower bound */
#define TF_HIGH          0.7   /* and upper bound */
#define LEN_RATIO        1.6   /* right answer vs the longest wrong answer */
#define LEN_SLACK        12    /* characters a right answer may exceed it by regardless */

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* A byte that belongs to a word: ASCII letters and digits, and every byte of a
 * non-ASCII UTF-8 character (æ, ø, å ...). */
static int word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

/* Does `text` contain `word` as a whole word (ASCII case-insensitive)? */
static int has_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = text; p && *p; p++) {
        if (p != text && word_byte((unsigned char)p[-1]))
            continue;
        size_t i = 0;
        while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)word[i]))
            i++;
        if (i == n && !word_byte((unsigned char)p[n]))
            return 1;
    }
    return 0;
}

/* Words that give away how many answers to pick, by the set's language. */
static const char *const count_words_no[] = { "to", "tre", "fire", "fem", "begge", "båe", NULL };
static const char *const count_words_en[] = { "two", "three", "four", "five", "both", NULL };

/* Length of the first word of s, in bytes. */
static size_t first_word_len(const char *s)
{
    size_t n = 0;
    while (s[n] && s[n] != ' ')
        n++;
    return n;
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

/* The rules for one question; returns the number broken (and says which). */
static int check_question(const char *path, const char *language, const qk_question *q)
{
    int bad = 0;
    const char *const *count_words =
        strncmp(language, "en", 2) == 0 ? count_words_en : count_words_no;
    if (q->type == QK_Q_MULTIPLE) {
        for (int k = 0; count_words[k]; k++) {
            if (has_word(q->text, count_words[k])) {
                fprintf(stderr, "%s: %s: the text says \"%s\": it tells how many to pick\n",
                        path, q->id, count_words[k]);
                bad++;
            }
        }
    }
    if (q->type == QK_Q_SINGLE || q->type == QK_Q_MULTIPLE) {
        size_t right_min = (size_t)-1, wrong_max = 0, n_wrong = 0;
        for (size_t c = 0; c < q->n_choices; c++) {
            size_t len = utf8_chars(q->choices[c].text);
            if (q->choices[c].correct) {
                if (len < right_min) right_min = len;
            } else {
                n_wrong++;
                if (len > wrong_max) wrong_max = len;
            }
        }
        if (n_wrong > 0 && right_min != (size_t)-1 &&
            (double)right_min > LEN_RATIO * (double)wrong_max &&
            right_min > wrong_max + LEN_SLACK) {
            fprintf(stderr, "%s: %s: the right answer (%zu characters) is much longer than "
                    "every wrong one (at most %zu)\n", path, q->id, right_min, wrong_max);
            bad++;
        }
    }
    if (q->type == QK_Q_SINGLE && q->n_choices >= 4) {
        const char *right = NULL, *first_wrong = NULL;
        int wrong_alike = 1;
        for (size_t c = 0; c < q->n_choices; c++) {
            const char *t = q->choices[c].text;
            if (q->choices[c].correct) {
                right = t;
            } else if (!first_wrong) {
                first_wrong = t;
            } else {
                size_t n = first_word_len(first_wrong);
                wrong_alike &= first_word_len(t) == n && strncmp(t, first_wrong, n) == 0;
            }
        }
        if (right && first_wrong && wrong_alike) {
            size_t n = first_word_len(first_wrong);
            if (!(first_word_len(right) == n && strncmp(right, first_wrong, n) == 0)) {
                fprintf(stderr, "%s: %s: every wrong answer starts with \"%.*s\", the right "
                        "one does not\n", path, q->id, (int)n, first_wrong);
                bad++;
            }
        }
    }
    return bad;
}

/* All the rules for one set; returns the number broken (and says which). */
static int set_faults(const char *path, const qk_set *set)
{
    int count_of[QK_MAX_CHOICES + 1] = { 0 };
    int n_multiple = 0, n_true = 0, n_false = 0, bad = 0;
    int min_points = QK_MAX_POINTS + 1, max_points = -1;
    for (size_t r = 0; r < set->n_rounds; r++) {
        for (size_t i = 0; i < set->rounds[r].n_questions; i++) {
            const qk_question *q = &set->rounds[r].questions[i];
            bad += check_question(path, set->language, q);
            if (q->points < min_points) min_points = q->points;
            if (q->points > max_points) max_points = q->points;
            if (q->type == QK_Q_MULTIPLE) {
                int right = 0;
                for (size_t c = 0; c < q->n_choices; c++)
                    right += q->choices[c].correct;
                count_of[right]++;
                n_multiple++;
            }
            if (q->type == QK_Q_TRUEFALSE)
                *(q->truth ? &n_true : &n_false) += 1;
        }
    }
    /* order and categorize are worth more than the least a question is worth */
    for (size_t r = 0; r < set->n_rounds; r++) {
        for (size_t i = 0; i < set->rounds[r].n_questions; i++) {
            const qk_question *q = &set->rounds[r].questions[i];
            if ((q->type == QK_Q_ORDER || q->type == QK_Q_CATEGORIZE) && q->points <= min_points) {
                fprintf(stderr, "%s: %s: a%s question worth %d point%s, no more than a quoted "
                        "true/false: give it points = 2;\n", path, q->id,
                        q->type == QK_Q_ORDER ? "n order" : " categorize", q->points,
                        q->points == 1 ? "" : "s");
                bad++;
            }
        }
    }
    if (min_points == max_points) {
        fprintf(stderr, "%s: every question is worth %d: weigh the harder ones more\n", path,
                min_points);
        bad++;
    }
    if (n_multiple >= MC_MIN_QUESTIONS) {
        int kinds = 0;
        for (int k = 0; k <= QK_MAX_CHOICES; k++) {
            kinds += count_of[k] > 0;
            if (count_of[k] > MC_MAX_SHARE * n_multiple) {
                fprintf(stderr, "%s: %d of %d multiple-choice questions have exactly %d right "
                        "answers (at most %.0f %% may): vary the count\n", path, count_of[k],
                        n_multiple, k, 100 * MC_MAX_SHARE);
                bad++;
            }
        }
        if (kinds < 2) {
            fprintf(stderr, "%s: every multiple-choice question has the same number of right "
                    "answers\n", path);
            bad++;
        }
    }
    int n_tf = n_true + n_false;
    if (n_tf >= 2 && (n_true == 0 || n_false == 0)) {
        fprintf(stderr, "%s: all %d true/false statements are %s\n", path, n_tf,
                n_true ? "true" : "false");
        bad++;
    } else if (n_tf >= TF_MIN) {
        double share = (double)n_true / n_tf;
        if (share < TF_LOW || share > TF_HIGH) {
            fprintf(stderr, "%s: %d of %d true/false statements are true (keep between %.0f "
                    "and %.0f %%)\n", path, n_true, n_tf, 100 * TF_LOW, 100 * TF_HIGH);
            bad++;
        }
    }
    printf("     %s: %d multiple (right answers: 2:%d 3:%d 4:%d), true/false %d/%d, "
           "points %d-%d\n", set->id, n_multiple, count_of[2], count_of[3], count_of[4],
           n_true, n_false, min_points, max_points);
    return bad;
}

static void check_set(const char *path)
{
    qk_set *set = load(path);
    QK_REQUIRE(set != NULL);
    QK_CHECK_INT(set_faults(path, set), 0);
    qk_set_free(set);
}

static int is_cfg(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".cfg") == 0;
}

static void test_every_shipped_set(void)
{
    DIR *d = opendir(QUIZ_DIR);
    QK_REQUIRE(d != NULL);
    int sets = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!is_cfg(e->d_name))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", QUIZ_DIR, e->d_name);
        check_set(path);
        sets++;
    }
    closedir(d);
    QK_CHECK(sets >= 3);
}

/* The rules can fail: hand-made questions that break each one. */
static void test_rules_catch_faults(void)
{
    qk_choice long_right[3] = {
        { "Å få jobben gjort gjennom medarbeiderne i henhold til predefinerte mål", true, -1, 1 },
        { "Å få sakene unna", false, -1, 2 },
        { "Å ta beslutningene", false, -1, 3 },
    };
    const char *lang = "nb";
    qk_question q = { 0 };
    q.id = "x";
    q.type = QK_Q_SINGLE;
    q.text = "Hva er ledelse?";
    q.n_choices = 3;
    q.choices = long_right;
    QK_CHECK_INT(check_question("fixture", lang, &q), 1);
    long_right[1].text = "Å få sakene unna innen fristene, slik at alt er i orden i tide";
    QK_CHECK_INT(check_question("fixture", lang, &q), 0);

    qk_choice form[4] = {
        { "Folkevalgtes oppgave", true, -1, 1 },
        { "At administrasjonen bestemmer", false, -1, 2 },
        { "At fagfolkene bestemmer", false, -1, 3 },
        { "At staten bestemmer", false, -1, 4 },
    };
    q.n_choices = 4;
    q.choices = form;
    QK_CHECK_INT(check_question("fixture", lang, &q), 1);
    form[0].text = "At de folkevalgte bestemmer";
    QK_CHECK_INT(check_question("fixture", lang, &q), 0);

    q.type = QK_Q_MULTIPLE;
    q.text = "Hvilke tre deler hører med? Velg alle som passer.";
    QK_CHECK_INT(check_question("fixture", lang, &q), 1);
    lang = "en";
    q.text = "Which two areas does KS name?";
    QK_CHECK_INT(check_question("fixture", lang, &q), 1);
    q.text = "What else should staff get to know? Choose all that apply.";
    QK_CHECK_INT(check_question("fixture", lang, &q), 0);
    lang = "nb";
    q.text = "Hva nevner det? Velg alle som passer, totalt.";
    QK_CHECK_INT(check_question("fixture", lang, &q), 0);
}

/* And the set-wide rules: one count of right answers, only true statements, every
 * question worth the same and an order question worth no more than the rest. */
static void test_set_rules_catch_faults(void)
{
    const char *text =
        "format = 1; id = \"f\"; title = \"F\"; language = \"nb\";\n"
        "rounds = ( { id = \"r\"; title = \"R\"; questions = (\n"
        "  { id = \"m1\"; type = \"multiple\"; text = \"T\"; answers = ( \"a\", \"b\", \"c\" );\n"
        "    correct = [ 1, 2 ]; explanation = \"E\"; },\n"
        "  { id = \"m2\"; type = \"multiple\"; text = \"T\"; answers = ( \"a\", \"b\", \"c\" );\n"
        "    correct = [ 1, 3 ]; explanation = \"E\"; },\n"
        "  { id = \"m3\"; type = \"multiple\"; text = \"T\"; answers = ( \"a\", \"b\", \"c\" );\n"
        "    correct = [ 2, 3 ]; explanation = \"E\"; },\n"
        "  { id = \"m4\"; type = \"multiple\"; text = \"T\"; answers = ( \"a\", \"b\", \"c\" );\n"
        "    correct = [ 1, 2 ]; explanation = \"E\"; },\n"
        "  { id = \"t1\"; type = \"truefalse\"; text = \"T\"; correct = true; explanation = \"E\"; },\n"
        "  { id = \"t2\"; type = \"truefalse\"; text = \"T\"; correct = true; explanation = \"E\"; },\n"
        "  { id = \"o1\"; type = \"order\"; text = \"T\"; items = ( \"x\", \"y\" ); explanation = \"E\"; }\n"
        "); } );\n";
    qk_diags d;
    qk_diags_init(&d);
    qk_set *set = qk_set_load_buffer("fixture", NULL, text, strlen(text), &d);
    qk_diags_clear(&d);
    QK_REQUIRE(set != NULL);
    /* one count (4 of 4 with 2 right; and only one kind), all true, all worth 1,
     * the order question worth no more than the rest */
    QK_CHECK_INT(set_faults("fixture", set), 5);
    qk_set_free(set);
}

int main(void)
{
    QK_RUN(test_rules_catch_faults);
    QK_RUN(test_set_rules_catch_faults);
    QK_RUN(test_every_shipped_set);
    return qk_test_summary();
}
