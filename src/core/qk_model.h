/* qk_model.h: the question-set model, as the loader builds it.
 *
 * A qk_set is a tree of plain structs: set -> rounds -> questions -> choices.
 * It is built by qk_set_load() (qk_loader.h) and freed by qk_set_free(); every
 * string and array in it belongs to the set. Callers read it and never write it.
 * Indices (correct answers, categories) are 0-based here, even though the file
 * format is 1-based for people: the loader converts.
 *
 * Limits (also documented in docs/question-sets.md) are compile-time constants
 * so that the engine and screens can use fixed-size arrays.
 */
#ifndef QK_MODEL_H
#define QK_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define QK_FORMAT_VERSION     1
#define QK_MAX_FILE_BYTES     (16u * 1024u * 1024u) /* a set file larger than this is refused */
#define QK_MAX_TEXT_BYTES     2000u  /* question text, explanation, description */
#define QK_MAX_LABEL_BYTES    300u   /* answer, item, category, title, id */
#define QK_MAX_ID_BYTES       64u
#define QK_MAX_CHOICES        9      /* answers / items per question: keys 1-9 reach all */
#define QK_MIN_CATEGORIES     2
#define QK_MAX_CATEGORIES     4
#define QK_MAX_ROUNDS         50
#define QK_MAX_QUESTIONS      100000 /* per set */
#define QK_MAX_TIME_LIMIT     600    /* seconds */
#define QK_MAX_POINTS         100

typedef enum {
    QK_Q_SINGLE = 0,   /* one correct answer among 2..9 */
    QK_Q_MULTIPLE,     /* choose all that apply: 1..n correct among 2..9 */
    QK_Q_TRUEFALSE,    /* a statement, true or false */
    QK_Q_ORDER,        /* put 2..9 items in sequence */
    QK_Q_CATEGORIZE,   /* sort 2..9 items into 2..4 categories */
    QK_Q_TYPE_COUNT
} qk_qtype;

typedef enum {
    QK_SCORING_ACCURACY = 0, /* points for correct answers only (default) */
    QK_SCORING_SPEED         /* timed questions: fewer points the longer one takes, >= half */
} qk_scoring;

/* One answer (single, multiple) or item (order, categorize).
 * truefalse questions have no choices: see qk_question.truth. */
typedef struct {
    char *text;
    bool correct;   /* single, multiple: this answer is (one of) the right one(s) */
    int category;   /* categorize: index of the right category; -1 otherwise */
    int line;       /* source line, for messages */
} qk_choice;

typedef struct {
    char *id;            /* stable, unique in the set */
    qk_qtype type;
    char *text;          /* the question or statement */
    char *explanation;   /* required: shown after the answer */
    char *picture;       /* NULL, or a path resolved against the set's folder */
    int time_limit;      /* seconds; 0 = no limit */
    int points;          /* weight, default 1; 0 allowed (an unscored question) */
    bool shuffle;        /* answers/items may be shown in random order */
    bool partial_credit; /* multiple/order/categorize: credit for partly right answers */
    bool truth;          /* truefalse: the statement is true */
    size_t n_choices;
    qk_choice *choices;  /* order: listed in the right order */
    size_t n_categories;
    char **categories;   /* categorize: category names */
    int line;            /* source line of the question's group */
    bool always;         /* in a pool (round->pick): drawn in every session */
} qk_question;

typedef struct {
    char *id;
    char *title;
    char *intro;         /* may be NULL */
    size_t pick;         /* pool: draw this many per session (its `always` questions
                          * among them); 0 = all questions */
    bool shuffle;        /* question order may be shuffled */
    size_t n_questions;
    qk_question *questions;
    int line;
} qk_round;

typedef struct {
    int format;          /* QK_FORMAT_VERSION */
    char *id;
    char *title;
    char *language;      /* BCP 47 tag, e.g. "nb" */
    char *description;   /* may be NULL */
    qk_scoring scoring;
    int streak_bonus;    /* points added from the 3rd correct answer in a row; 0 = none */
    char *path;          /* the file it was loaded from */
    char *dir;           /* that file's folder: pictures are resolved against it */
    char hash[65];       /* SHA-256 of the file's bytes, lowercase hex */
    size_t n_rounds;
    qk_round *rounds;
} qk_set;

/* Frees a set and everything in it. NULL is a no-op. */
void qk_set_free(qk_set *set);

/* Number of questions in the whole set. */
size_t qk_set_question_count(const qk_set *set);

/* Finds a question by id; NULL when absent. *round_out (may be NULL) gets its round. */
const qk_question *qk_set_find_question(const qk_set *set, const char *id, size_t *round_out);

/* True when s is a usable id: not empty, only ASCII letters, digits, - and _.
 * The length limit is the caller's (QK_MAX_ID_BYTES for sets and questions). */
bool qk_id_chars_ok(const char *s);

/* "single", "multiple", ...; and the reverse (-1 when unknown). */
const char *qk_qtype_name(qk_qtype type);
int qk_qtype_from_name(const char *name);

#endif
