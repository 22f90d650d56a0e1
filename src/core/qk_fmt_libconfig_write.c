/* qk_fmt_libconfig_write.c: the libconfig set writer (see
 * qk_fmt_libconfig_write.h). It writes what a trainer would write by hand:
 * the settings in the order docs/question-sets.md lists them, defaults left
 * out, one answer per line, comments where they help. Texts are written with
 * the escapes libconfig reads (\" \\ \n \t), so any text survives.
 */
#include "qk_fmt_libconfig_write.h"

#include <string.h>

static void put_str(FILE *out, const char *s)
{
    fputc('"', out);
    for (; s && *s; s++) {
        switch (*s) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        default: fputc(*s, out); break;
        }
    }
    fputc('"', out);
}

static void put_comment(FILE *out, const char *indent, const char *text)
{
    while (text && *text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        fprintf(out, "%s# %.*s\n", indent, (int)n, text);
        text += n + (nl ? 1 : 0);
    }
}

static void put_list(FILE *out, const char *name, const qk_question *q, int category,
                     const char *indent)
{
    fprintf(out, "%s%s = ( ", indent, name);
    size_t pad = strlen(indent) + strlen(name) + 5;
    bool first = true;
    for (size_t i = 0; i < q->n_choices; i++) {
        if (category >= 0 && q->choices[i].category != category)
            continue;
        if (!first)
            fprintf(out, ",\n%*s", (int)pad, "");
        put_str(out, q->choices[i].text);
        first = false;
    }
    fputs(" );\n", out);
}

/* A picture path relative to the set's folder (the model holds it resolved). */
static const char *rel_picture(const qk_set *set, const char *pic)
{
    size_t n = set->dir ? strlen(set->dir) : 0;
    if (n && strncmp(pic, set->dir, n) == 0 && pic[n] == '/')
        return pic + n + 1;
    return pic;
}

bool qk_cfg_write(const qk_set *set, FILE *out, const qk_cfg_write_opts *opts)
{
    if (opts && opts->header)
        put_comment(out, "", opts->header);
    fprintf(out, "format = %d;\n", QK_FORMAT_VERSION);
    fputs("id = ", out);
    put_str(out, set->id);
    fputs(";\ntitle = ", out);
    put_str(out, set->title);
    fputs(";\nlanguage = ", out);
    put_str(out, set->language);
    fputs(";\n", out);
    if (set->description) {
        fputs("description = ", out);
        put_str(out, set->description);
        fputs(";\n", out);
    }
    if (set->scoring == QK_SCORING_SPEED)
        fputs("scoring = \"speed\";\n", out);
    if (set->streak_bonus)
        fprintf(out, "streak_bonus = %d;\n", set->streak_bonus);
    fputs("shuffle = true;                    # the kiosk shows questions and answers in random "
          "order\n\nrounds = (\n", out);
    size_t qi = 0;
    for (size_t r = 0; r < set->n_rounds; r++) {
        const qk_round *rd = &set->rounds[r];
        fputs("  {\n    id = ", out);
        put_str(out, rd->id);
        fputs(";\n    title = ", out);
        put_str(out, rd->title);
        fputs(";\n", out);
        if (rd->intro) {
            fputs("    intro = ", out);
            put_str(out, rd->intro);
            fputs(";\n", out);
        }
        if (rd->pick)
            fprintf(out, "    pick = %zu;\n", rd->pick);
        if (!rd->shuffle)
            fputs("    shuffle = false;\n", out);
        fputs("    questions = (\n", out);
        for (size_t i = 0; i < rd->n_questions; i++, qi++) {
            const qk_question *q = &rd->questions[i];
            const char *in = "        ";
            fputs("      {\n", out);
            if (opts && qi < opts->n_notes && opts->notes[qi])
                put_comment(out, in, opts->notes[qi]);
            fprintf(out, "%sid = ", in);
            put_str(out, q->id);
            fprintf(out, ";\n%stype = \"%s\";\n%stext = ", in, qk_qtype_name(q->type), in);
            put_str(out, q->text);
            fputs(";\n", out);
            switch (q->type) {
            case QK_Q_SINGLE:
            case QK_Q_MULTIPLE: {
                put_list(out, "answers", q, -1, in);
                fprintf(out, "%scorrect = %s", in, q->type == QK_Q_MULTIPLE ? "[ " : "");
                bool first = true;
                for (size_t k = 0; k < q->n_choices; k++) {
                    if (!q->choices[k].correct)
                        continue;
                    fprintf(out, "%s%zu", first ? "" : ", ", k + 1);
                    first = false;
                    if (q->type == QK_Q_SINGLE)
                        break;
                }
                fprintf(out, "%s;%s\n", q->type == QK_Q_MULTIPLE ? " ]" : "",
                        q->type == QK_Q_SINGLE ? "                # the right answer's number"
                                               : "            # the right answers' numbers");
                break;
            }
            case QK_Q_TRUEFALSE:
                fprintf(out, "%scorrect = %s;\n", in, q->truth ? "true" : "false");
                break;
            case QK_Q_ORDER:
                put_list(out, "items", q, -1, in);
                break;
            case QK_Q_CATEGORIZE:
                fprintf(out, "%scategories = (\n", in);
                for (size_t c = 0; c < q->n_categories; c++) {
                    fprintf(out, "%s  { name = ", in);
                    put_str(out, q->categories[c]);
                    fputs(";\n", out);
                    char in2[32];
                    snprintf(in2, sizeof in2, "%s    ", in);
                    put_list(out, "items", q, (int)c, in2);
                    fprintf(out, "%s  }%s\n", in, c + 1 < q->n_categories ? "," : "");
                }
                fprintf(out, "%s);\n", in);
                break;
            default:
                break;
            }
            if (q->partial_credit && q->type != QK_Q_SINGLE && q->type != QK_Q_TRUEFALSE)
                fprintf(out, "%spartial_credit = true;\n", in);
            if (!q->shuffle && q->type != QK_Q_TRUEFALSE)
                fprintf(out, "%sshuffle = false;\n", in);
            if (q->picture) {
                fprintf(out, "%spicture = ", in);
                put_str(out, rel_picture(set, q->picture));
                fputs(";\n", out);
            }
            if (q->time_limit)
                fprintf(out, "%stime_limit = %d;\n", in, q->time_limit);
            if (q->points != 1)
                fprintf(out, "%spoints = %d;\n", in, q->points);
            if (q->always)
                fprintf(out, "%salways = true;\n", in);
            fprintf(out, "%sexplanation = ", in);
            put_str(out, q->explanation);
            fprintf(out, ";\n      }%s\n", i + 1 < rd->n_questions ? "," : "");
        }
        fprintf(out, "    );\n  }%s\n", r + 1 < set->n_rounds ? "," : "");
    }
    fputs(");\n", out);
    return !ferror(out);
}
