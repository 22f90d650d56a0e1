/* qk_i18n.h: the program's own words (not the questions'), in bokmål (the
 * default), nynorsk and English.
 *
 * Every sentence the program shows is a qk_str; qk_tr() looks it up in the
 * current language. Some strings are printf formats: their comment says which
 * arguments they take. The table lives in qk_i18n.c; a test checks that every
 * entry is filled in for every language.
 */
#ifndef QK_I18N_H
#define QK_I18N_H

#include <stdbool.h>

typedef enum { QK_LANG_NB = 0, QK_LANG_NN, QK_LANG_EN, QK_LANG_COUNT } qk_lang;

typedef enum {
    QK_S_TOUCH_TO_START = 0,
    QK_S_ATTRACT_SUB,
    QK_S_CHOOSE_ROUND,
    QK_S_ALL_ROUNDS,
    QK_S_N_QUESTIONS,        /* %d: number of questions (2 or more) */
    QK_S_ONE_QUESTION,
    QK_S_QUESTION,           /* label above the progress "3 / 10" */
    QK_S_POINTS,             /* label above the running score */
    QK_S_ROUND_N_OF_M,       /* %d %d: round position, round count */
    QK_S_SUBMIT,
    QK_S_UNDO,
    QK_S_TRUE,
    QK_S_FALSE,
    QK_S_HINT_SINGLE,
    QK_S_HINT_MULTIPLE,
    QK_S_HINT_TRUEFALSE,
    QK_S_HINT_ORDER,
    QK_S_HINT_CATEGORIZE,
    QK_S_YOUR_ORDER,
    QK_S_CORRECT,
    QK_S_WRONG,
    QK_S_PARTLY,
    QK_S_TIMEOUT,
    QK_S_RIGHT_ANSWER,
    QK_S_RIGHT_ANSWERS,
    QK_S_RIGHT_ORDER,
    QK_S_RIGHT_SORTING,
    QK_S_EXPLANATION,
    QK_S_NEXT,
    QK_S_ROUND_DONE,
    QK_S_N_OF_M_RIGHT,       /* %d %d: right answers, questions */
    QK_S_NEXT_ROUND,
    QK_S_SEE_RESULT,
    QK_S_SUMMARY_TITLE,
    QK_S_POINTS_OF,          /* %s %s: points earned, points possible */
    QK_S_MISSED,
    QK_S_ALL_RIGHT,
    QK_S_YOU_ANSWERED,
    QK_S_NO_ANSWER,
    QK_S_FINISH,
    QK_S_PREV,
    QK_S_STILL_THERE,
    QK_S_STILL_THERE_SUB,    /* under it; the seconds left are shown big, not here */
    QK_S_CONTINUE,
    QK_S_PIN_TITLE,
    QK_S_PIN_WRONG,          /* %d: tries left */
    QK_S_PIN_LOCKED,         /* %d: seconds left */
    QK_S_CANCEL,
    QK_S_OK,
    QK_S_MENU_TITLE,
    QK_S_MENU_EXIT,
    QK_S_MENU_RELOAD,
    QK_S_MENU_BACK,
    QK_S_MENU_SET,           /* %s: the active set's title */
    QK_S_SORT_INTO,          /* heading over the categories */
    QK_S_PLACED_IN,          /* %s: category name, shown on a sorted item */
    QK_S_BACK,
    QK_S_GAINED,             /* %s: points earned by one answer */
    QK_S_MENU_CHOOSE_SET,
    QK_S_MENU_FROM_SERVER,   /* after a set's id in the menu: it came from the server */
    QK_S_MENU_FIGURES,
    QK_S_MENU_EXPORT,
    QK_S_EXPORTED,           /* %ld %s: rows, file */
    QK_S_EXPORT_FAILED,      /* %s: what went wrong */
    QK_S_FIG_SESSIONS,       /* %ld %ld %ld %ld: sessions, completed, stopped, abandoned */
    QK_S_FIG_AVG,            /* %s: average score in per cent */
    QK_S_FIG_MISSED,
    QK_S_FIG_NONE,
    QK_S_NO_STORE,           /* %s: the store's problem */
    QK_S_RELOADED,           /* %s: the active set's title */
    QK_S_MENU_SKIPPED,       /* %d: how many question-set files were skipped as invalid */
    /* Why results are not kept (qk_store_problem_words), each after QK_S_NO_STORE;
     * %s: the database file. */
    QK_S_STORE_NOT_CONFIGURED, /* no %s: no file is set */
    QK_S_STORE_NO_FOLDER,
    QK_S_STORE_CANNOT_OPEN,
    QK_S_STORE_READ_ONLY,
    QK_S_STORE_FULL,
    QK_S_STORE_IO_ERROR,
    QK_S_STORE_DAMAGED,
    QK_S_STORE_BUSY,
    QK_S_STORE_NEWER,
    QK_S_STORE_OTHER,
    /* Results exports (qk_export_*.c, qk_answer_text.c) */
    QK_S_NOTHING_CHOSEN,     /* a multiple-choice answer with nothing selected */
    QK_S_TEXTS_MISSING,      /* %s: the set versions, "id (hash)", comma-separated */
    /* Participant feedback screens (issue 9) */
    QK_S_STOP,               /* the "Avslutt" button of a session in play */
    QK_S_SPEAK,              /* the speaker button's label (speech "button") */
    QK_S_SAY_SPEAK,          /* the speaker button, spoken when it has the focus */
    QK_S_SAY_QUESTION_N_OF_M, /* read aloud before a question: "Spørsmål 3 av 10" */
    QK_S_STOP_ASK,
    QK_S_STOP_SUB,
    QK_S_STOP_YES,
    QK_S_STOP_NO,
    QK_S_START_ROUND,
    QK_S_ROUND_INTRO_COUNT,  /* %d: questions in the round (2 or more) */
    QK_S_ROUND_INTRO_ONE,
    /* Results (issue 12), continued */
    QK_S_ST_COMPLETED,       /* session status words, as shown to trainers */
    QK_S_ST_STOPPED,
    QK_S_ST_ABANDONED,
    QK_S_ST_IN_PROGRESS,
    QK_S_XLSX_HEAD_ANSWERS,  /* the workbook's column titles, '|' between them */
    QK_S_XLSX_HEAD_SESSIONS,
    QK_S_XLSX_HEAD_QUESTIONS,
    QK_S_YES,
    QK_S_NO,
    /* The trainer's preview window (src/shell/preview.c) */
    QK_S_PREVIEW_TITLE,      /* %s: the set file (the window's title) */
    QK_S_PREVIEW_WHERE,      /* %s %d %d %d %s: question id, line, place, count, round title */
    QK_S_PREVIEW_ERRORS,     /* %d %s: number of errors, the set file */
    QK_S_PREVIEW_NONE_YET,   /* no version of the file has loaded yet */
    QK_S_PREVIEW_ERRORS_ONLY, /* %d %s: number of errors, the set file (nothing loaded yet) */
    /* Out of order (src/shell/screens/screen_offline.c) */
    QK_S_OFFLINE_TITLE,
    QK_S_OFFLINE_NO_SETS,    /* the folder is there but no set in it is valid */
    QK_S_OFFLINE_NO_FOLDER,  /* the folder is missing or cannot be read */
    QK_S_OFFLINE_CALL,       /* what the person at the station should do */
    QK_S_OFFLINE_FOLDER,     /* %s: the folder, for the trainer */
    QK_S_PARTLY_N_OF_M,      /* %d %d: given right, asked for */
    QK_S_N_PARTLY,           /* %d: answers partly right (round result) */
    QK_S_BELONGS_AT,         /* %d: the position an order item belongs at */
    QK_S_BELONGS_IN,         /* %s: the category an item belongs in */
    QK_S_NOT_SORTED,
    QK_S_YOUR_ANSWER_MARKED, /* heading over the marked answer */
    /* Results (issue 12): the set kept, the report, the menu's export and pictures */
    QK_S_SET_KEPT,           /* %s %s: the active set's id and title */
    QK_S_RPT_TITLE,
    QK_S_RPT_STATION,        /* %s: station id */
    QK_S_RPT_ALL_STATIONS,   /* %ld %s: how many stations, their ids (--report --server) */
    QK_S_RPT_PERIOD,         /* %s %s: first and last day */
    QK_S_RPT_SET,            /* %s: set id(s) */
    QK_S_RPT_SUMMARY,        /* %ld %ld: sessions, answers */
    QK_S_RPT_PER_DAY,
    QK_S_RPT_SCORES,
    QK_S_RPT_ROUNDS,
    QK_S_RPT_MISSED,
    QK_S_RPT_WRONG_OF,       /* %ld %ld: wrong, asked */
    QK_S_RPT_TOP_WRONG,
    QK_S_RPT_NONE,
    QK_S_RPT_AUTOPLAY_NOTE,
    QK_S_RPT_MADE,           /* %s: date and time */
    QK_S_RPT_SESSIONS,       /* axis label: sessions */
    QK_S_RPT_NO_TEXT,        /* a question whose set version is gone */
    QK_S_MENU_EXPORT_XLSX,
    QK_S_MENU_EXPORT_CSV,
    QK_S_MENU_EXPORT_TO,     /* %s: the export folder */
    QK_S_MENU_PROBLEMS,      /* the page that lists every error of the skipped sets */
    QK_S_FIG_BY_STATUS,
    QK_S_FIG_PCT_WRONG,      /* %s: per cent wrong */
    QK_S_MENU_SKIPPED_SEE,   /* %d: files skipped; the main page points to the errors page */
    QK_S_MENU_ERRORS_HEAD,   /* %d %d: errors, files (the errors page's first line) */
    QK_S_MENU_UNSENT,        /* %ld: results queued for the central server */
    QK_S_MENU_ALL_SENT,      /* the same when none is queued */
    QK_S_FIG_NO_MISSED,      /* no question answered wrong today */
    /* Why an export was not written (qk_export_file.c, qk_export_xlsx.c): */
    QK_S_EXPORT_E_NO_NAME,   /* no file name given */
    QK_S_EXPORT_E_LONG,      /* %s: the file name, too long */
    QK_S_EXPORT_E_OPEN,      /* %s %s: the file, the system's reason (a folder missing) */
    QK_S_EXPORT_E_WRITE,     /* %s %s: the file, the reason (a full disk, a stick pulled) */
    QK_S_EXPORT_E_PLACE,     /* %s %s: the file, the reason the rename failed */
    QK_S_EXPORT_E_MEMORY,    /* %s: the file */
    QK_S_CHEER_HIGH,         /* summary: 75 % right or more (not all) */
    QK_S_CHEER_MID,          /* 40-74 % */
    QK_S_CHEER_LOW,          /* under 40 % */
    QK_S_CHEER_NONE,         /* stopped before the first answer */
    QK_S_REVIEW_HEAD,        /* %d: questions in the review list */
    QK_S_ROUND_LENGTH,       /* %d %d: questions (2 or more), minutes (about) */
    QK_S_ROUND_LENGTH_ONE,   /* %d: minutes (about), for a one-question round */
    QK_S_START,              /* the one button of a set with one round */
    QK_S_ALL_ROUNDS_N,       /* %d: questions in all rounds */
    /* universal design (issue 10): the two toggles in the header, and words
     * the keyboard focus says about a target */
    QK_S_LARGE_TEXT_BTN,     /* the large-text toggle's label ("A+") */
    QK_S_CONTRAST_BTN,       /* the high-contrast toggle's label (a symbol) */
    QK_S_SAY_LARGE_TEXT,     /* the large-text toggle, spoken */
    QK_S_SAY_CONTRAST,       /* the high-contrast toggle, spoken */
    QK_S_SAY_ON,             /* a toggle that is on, spoken after its name */
    QK_S_SAY_OFF,            /* ... that is off */
    QK_S_SAY_CHOSEN,         /* a chosen answer or picked item, spoken after it */
    QK_S_SAY_EMPTY,          /* an empty order slot, spoken after its number */
    /* Diagnostics of --check, --import, --check-config and the trainer menu
     * (qk_diag_addt): printf formats, the same arguments in every language. */
    QK_D_NO_COMMA,           /* two texts in a list with no comma */
    QK_D_STR_RUNS_ON,        /* a text in quotes runs to the end of the file */
    QK_D_STR_RUNS_ON_QUOTE,  /* the same, the line has a " inside a text */
    QK_D_STR_UNCLOSED,       /* a text in quotes never closed */
    QK_D_STR_UNCLOSED_QUOTE, /* the same, the line has a " inside a text */
    QK_D_SYNTAX_INNER_QUOTE, /* libconfig's syntax error on a line with a " inside a text */
    /* Diagnostics, continued (issue 11): the readers', checks' and tools' messages,
     * and the words and phrases inside them (%@, %&: see qk_diag.h). */
    QK_D_T_INT,            /* setting kinds, after "found" */
    QK_D_T_FLOAT,
    QK_D_T_STRING,
    QK_D_T_BOOL,
    QK_D_T_ARRAY,
    QK_D_T_LIST,
    QK_D_T_GROUP,
    QK_D_T_NONE,
    QK_D_W_ROUND_N,        /* %zu: where in the set */
    QK_D_W_ROUND_ID,       /* %s: round id */
    QK_D_W_QUESTION_N,     /* %zu %&: number, the round */
    QK_D_W_QUESTION_ID,    /* %s: question id */
    QK_D_W_CATEGORY_N,     /* %zu */
    QK_D_W_CATEGORY_NAME,  /* %s: the category */
    QK_D_W_A_QUESTION,
    QK_D_W_A_ROUND,
    QK_D_W_THE_SET,
    QK_D_W_SETTING,        /* %s: a setting's name */
    QK_D_W_ANSWER_N,       /* %zu */
    QK_D_W_ITEM_N,         /* %zu */
    QK_D_W_ANSWERS,        /* what a question has too few or many of */
    QK_D_W_ITEMS,
    QK_D_W_CAT_ITEMS,
    QK_D_W_THE_ANSWER,     /* what appears twice */
    QK_D_W_THE_ITEM,
    QK_D_ADV_ANSWERS,      /* what to use instead of 'answers' */
    QK_D_ADV_CORRECT,
    QK_D_ADV_ITEMS,
    QK_D_ADV_CATEGORIES,
    QK_D_LC_SYNTAX,        /* libconfig's own words, translated */
    QK_D_LC_DUPLICATE,
    QK_D_LC_MISMATCH,
    QK_D_HINT_DUP,         /* after a libconfig error */
    QK_D_HINT_ARRAY,
    QK_D_HINT_SYNTAX,
    QK_D_HINT_INNER_QUOTE,
    QK_D_HINT_MULTILINE,   /* %d: the line the text starts at */
    QK_D_NUL,
    QK_D_CONTROL,          /* %02X: the byte */
    QK_D_GROUP_TOO_BIG,    /* %d: the limit */
    QK_D_INCLUDE,
    QK_D_NESTING,          /* %d: the limit */
    QK_D_CLOSE_UNOPENED,   /* %c %c: the bracket, the one to open it */
    QK_D_CLOSE_MISMATCH,   /* %c %c %d %c %c: this bracket, the open one, its line, the close one twice */
    QK_D_COMMENT_UNCLOSED,
    QK_D_NEVER_CLOSED,     /* %c %c: the bracket, its close */
    QK_D_UNKNOWN_NEAR,     /* %s %& %s: the name, where, the near name */
    QK_D_UNKNOWN,          /* %s %&: the name, where */
    QK_D_TEXT_UTF8,        /* %&: which text */
    QK_D_TEXT_CONTROL,     /* %& %02X */
    QK_D_TEXT_LONG,        /* %& %zu %zu: which text, its bytes, the limit */
    QK_D_TEXT_EMPTY,       /* %& */
    QK_D_NO_STRING,        /* %& %s %s: where, the name twice */
    QK_D_NOT_STRING,       /* %s %s %@: the name twice, the kind found */
    QK_D_NO_INT,           /* %& %s %s */
    QK_D_INT_QUOTED,       /* %s %s */
    QK_D_NOT_INT,          /* %s %s %@ */
    QK_D_RANGE,            /* %s %lld %lld %lld: name, value, lowest, highest */
    QK_D_RANGE_SECONDS,    /* %s %lld %lld %lld */
    QK_D_BOOL_QUOTED,      /* %s */
    QK_D_NOT_BOOL,         /* %s %@ */
    QK_D_BAD_ID,           /* %s: the id */
    QK_D_PIC_BACKSLASH,    /* %s: the picture */
    QK_D_PIC_ABSOLUTE,     /* %s */
    QK_D_PIC_DOTDOT,       /* %s */
    QK_D_PIC_MISSING,      /* %s %s %s: the picture, its full path, the system error */
    QK_D_PIC_SYMLINK,      /* %s %s: the picture, where it leads */
    QK_D_PIC_NOT_FILE,     /* %s */
    QK_D_NOT_LIST,         /* %s %s %@ */
    QK_D_LABEL_NOT_STRING, /* %& %@: which answer or item, the kind found */
    QK_D_TOO_FEW,          /* %& %@ %zu: where, of what, how many */
    QK_D_TOO_MANY,         /* %& %@ %zu %d %d */
    QK_D_TWICE_AMBIGUOUS,  /* %@ %s %d: answer or item, its text, the other line */
    QK_D_TWICE,            /* %@ %s %d */
    QK_D_CORRECT_ZERO,     /* %lld */
    QK_D_CORRECT_OVER,     /* %lld %zu: the number, the answers */
    QK_D_CORRECT_TWICE,    /* %lld */
    QK_D_NO_ANSWERS,       /* %& */
    QK_D_NO_CORRECT,       /* %& %s: where, an example */
    QK_D_SINGLE_ONE,
    QK_D_CORRECT_NOT_INT,  /* %@ */
    QK_D_CORRECT_NOT_LIST, /* %@ */
    QK_D_CORRECT_EMPTY,
    QK_D_CORRECT_ELEM,     /* %@ */
    QK_D_NO_ITEMS_ORDER,   /* %& */
    QK_D_NO_CATEGORIES,    /* %& */
    QK_D_CATEGORIES_ZERO,  /* %& %d %d: where, fewest, most */
    QK_D_CATEGORIES_NOT_LIST, /* %@ */
    QK_D_CATEGORY_ONE,     /* %& %d %d */
    QK_D_CATEGORY_COUNT,   /* %& %zu %d %d */
    QK_D_CATEGORY_NOT_GROUP, /* %zu %@ */
    QK_D_CATEGORY_TWICE,   /* %s: the name */
    QK_D_NO_ITEMS,         /* %& */
    QK_D_CATEGORY_EMPTY,   /* %&: the category */
    QK_D_NOT_USED,         /* %s %s %@: the setting, the type, what to do */
    QK_D_PARTIAL_NO_EFFECT, /* %s: the type */
    QK_D_QUESTION_NOT_GROUP, /* %& %@ */
    QK_D_QUESTION_ID_TWICE, /* %s %d: the id, the earlier line */
    QK_D_NO_TYPE,          /* %& */
    QK_D_TYPE_NOT_STRING,  /* %@ */
    QK_D_TYPE_UNKNOWN,     /* %s: the type written */
    QK_D_TYPE_UNKNOWN_NEAR, /* %s %s: the type written, the near one */
    QK_D_TF_NO_CORRECT,    /* %& */
    QK_D_TF_NOT_BOOL,      /* %@ */
    QK_D_ALWAYS_NO_PICK,   /* %&: the round */
    QK_D_ALWAYS_OVER_PICK, /* %& %zu %zu %zu: the round, always, pick, always */
    QK_D_ROUND_NOT_GROUP,  /* %& %@ */
    QK_D_NO_QUESTIONS_SETTING, /* %& */
    QK_D_NO_QUESTIONS,     /* %& */
    QK_D_QUESTIONS_NOT_LIST, /* %@ */
    QK_D_PICK_ZERO,        /* %lld */
    QK_D_PICK_OVER,        /* %lld %& %zu %zu: pick, the round, its questions twice */
    QK_D_LANGUAGE_TAG,     /* %s */
    QK_D_LANGUAGE_TAG_UNDERSCORE, /* %s */
    QK_D_SCORING,          /* %s */
    QK_D_NO_ROUNDS_SETTING,
    QK_D_NO_ROUNDS,
    QK_D_ROUNDS_NOT_LIST,  /* %@ */
    QK_D_TOO_MANY_ROUNDS,  /* %zu %d */
    QK_D_TOO_MANY_QUESTIONS, /* %zu %d */
    QK_D_ROUND_ID_TWICE,   /* %s %d */
    QK_D_PARSE,            /* %& %& %&: libconfig's error, a hint, the multi-line hint */
    QK_D_PARSE_SMART,      /* %& %& %& */
    QK_D_FILE_TOO_BIG,     /* %.1f %u: its size, the limit */
    QK_D_FILE_OVER,        /* %u %u: the limit twice */
    QK_D_OOM,
    QK_D_NO_LIBCRYPTO,
    QK_D_OOM_READING,
    QK_D_EMPTY_FILE,
    QK_D_CANNOT_OPEN,      /* %s: the system error */
    QK_D_CANNOT_READ,      /* %s */
    QK_D_IS_FOLDER,
    QK_D_FILE_CHANGED,
    QK_D_UTF16_BROKEN,     /* %@ %zu: byte order, where */
    QK_D_W_BIG_ENDIAN,
    QK_D_W_LITTLE_ENDIAN,
    QK_D_BAD_UTF8,         /* %02X %&: the byte, a guess */
    QK_D_W_CP1252,         /* %s: the letter */
    QK_D_CONTROL_TEXT,     /* %02X */
    QK_D_GUARD_TEXT,       /* %zu %u: the byte limit, the longest text */
    QK_D_GUARD_WORD,       /* %zu */
    QK_D_GUARD_DEPTH,      /* %d */
    QK_D_GUARD_LIST_NAMED, /* %s %zu: the list, the limit */
    QK_D_GUARD_LIST,       /* %zu */
    QK_D_GUARD_TOKENS,     /* %zu %zu: the limit, the file size */
    QK_D_C_ROUND,          /* 1 round */
    QK_D_C_ROUNDS,         /* %zu */
    QK_D_C_QUESTION,
    QK_D_C_QUESTIONS,      /* %zu */
    QK_D_C_WARNING,
    QK_D_C_WARNINGS,       /* %zu */
    QK_D_C_ERROR,
    QK_D_C_ERRORS,         /* %zu */
    QK_D_CHECK_OK,         /* %s %& %&: the file, its rounds, its questions */
    QK_D_CHECK_OK_WARN,    /* %s %& %& %&: ... and its warnings */
    QK_D_CHECK_NOT_LOADED,
    QK_D_CHECK_FILES_BAD,  /* %d %d: bad files, all files */
    QK_D_CANNOT_WRITE,     /* %s: the system error */
    QK_D_IMPORT_NOTHING,   /* %zu %& %s: left out, the errors, the file not written */
    QK_D_IMPORT_FAULT,     /* %s: the file not written */
    QK_D_IMPORT_DONE,      /* %s %& %&: the file, the questions, the rounds */
    QK_D_IMPORT_LEFT,      /* %zu: left out, after QK_D_IMPORT_DONE */
    QK_D_IMPORT_SRC_ERRORS, /* %&: the errors */
    QK_D_EXPORT_HAS_ERRORS, /* %s %s: the set twice */
    QK_D_EXPORT_NONE,
    QK_D_EXPORT_DONE,      /* %s %zu %&: the file, written, all */
    QK_D_TOOL_OOM,
    QK_D_LEFT_OUT,         /* %s %& %&: the question, why, what to do */
    QK_D_LEFT_OUT_NONAME,  /* %& %&: why, what to do */
    QK_D_R_SEVERAL_RIGHT,  /* why a question is left out (after "is") */
    QK_D_X_SEVERAL_RIGHT,  /* what to do about it */
    QK_D_R_NO_RIGHT,
    QK_D_X_NO_RIGHT,
    QK_D_R_MATCH_TARGETS,  /* %zu: different answers */
    QK_D_X_MATCH_TARGETS,
    QK_D_R_DESCRIPTION,
    QK_D_X_DESCRIPTION,
    QK_D_R_ESSAY,
    QK_D_X_ESSAY,
    QK_D_R_NUMERICAL,
    QK_D_X_NUMERICAL,
    QK_D_R_SHORT,
    QK_D_X_SHORT,
    QK_D_R_SHORT_TF,       /* %.*s: what was written */
    QK_D_X_SHORT_TF,
    QK_D_R_NO_TEXT,
    QK_D_X_NO_TEXT,
    QK_D_R_TEXT_LONG,      /* %zu %u: its bytes, the limit */
    QK_D_X_TEXT_LONG,
    QK_D_R_FEEDBACK_LONG,  /* %zu %u */
    QK_D_X_FEEDBACK_LONG,
    QK_D_R_TOO_MANY,       /* %zu %@ %d: how many, of what, the limit */
    QK_D_X_TOO_MANY,
    QK_D_R_TOO_FEW,
    QK_D_X_TOO_FEW,
    QK_D_R_EMPTY_ANSWER,
    QK_D_X_EMPTY_ANSWER,
    QK_D_R_ANSWER_LONG,    /* %zu %u */
    QK_D_X_ANSWER_LONG,
    QK_D_R_ITEM_TWICE,
    QK_D_X_ITEM_TWICE,
    QK_D_R_TARGET_LONG,
    QK_D_X_TARGET_LONG,
    QK_D_R_ONE_TOO_MANY,
    QK_D_R_CATEGORY_51,
    QK_D_X_REST_ELSEWHERE,
    QK_D_X_ROUNDS_ELSEWHERE,
    QK_D_GIFT_PARTIAL_DROPPED, /* %s: the question */
    QK_D_GIFT_WEIGHTS_SUM, /* %s %g: the question, the sum */
    QK_D_GIFT_PAIR_NO_ANSWER, /* %s %s: the question, the item */
    QK_D_GIFT_EXTRA_ANSWERS, /* %s %zu: the question, how many */
    QK_D_GIFT_CATEGORY_LINES,
    QK_D_GIFT_CATEGORY_LONG, /* %s %zu %u: the category, its bytes, the limit */
    QK_D_GIFT_ORDER_NOT_EXPORTED, /* %s: the question id */
    QK_D_GIFT_FEW_ANSWERS, /* %s %zu: the question, its answers */
    QK_D_GIFT_PAIR_NO_ARROW, /* %s */
    QK_D_GIFT_FEW_PAIRS,   /* %s %zu */
    QK_D_GIFT_BRACES,      /* %s %@: the question, what is wrong */
    QK_D_W_CLOSE_NO_OPEN,
    QK_D_W_OPEN_NO_CLOSE,
    QK_D_W_CLOSE_BEFORE_OPEN,
    QK_D_AIKEN_CHOICE_OUTSIDE, /* %c %c: the letter and its mark */
    QK_D_AIKEN_ANSWER_OUTSIDE,
    QK_D_AIKEN_FEW_CHOICES, /* %s %zu: the question, its choices */
    QK_D_AIKEN_BAD_ANSWER, /* %.*s %s %zu %c: the letter, the question, its choices, the last letter */
    QK_D_AIKEN_NO_ANSWER,  /* %s %d: the question, the next one's line */
    QK_D_AIKEN_NO_ANSWER_CASE, /* %s %d */
    QK_D_AIKEN_NO_ANSWER_END, /* %s */
    QK_D_NO_FEEDBACK,      /* %s %s: the question, the explanation written */
    QK_D_INT_NOT_FIT_NAMED, /* %s %.*s: the setting, the number */
    QK_D_INT_NOT_FIT,      /* %.*s: the number */
    QK_D_ST_CANNOT_OPEN,   /* %s: the system error */
    QK_D_ST_IS_FOLDER,
    QK_D_ST_OOM,
    QK_D_ST_CANNOT_READ,   /* %s */
    QK_D_ST_TOO_BIG,       /* %u: KiB */
    QK_D_ST_NUL,
    QK_D_ST_INCLUDE,
    QK_D_ST_WRONG_TYPE,    /* %s %@ %@ %s: the setting, what it must be, what it is, an example */
    QK_D_T_ROUND_IDS,      /* what a station setting must be */
    QK_D_T_BOOL_BARE,
    QK_D_T_OTHER,
    QK_D_W_OR,             /* between the last two words of a list */
    QK_D_ST_ROUND_NOT_STRING, /* %d %s: the item, an example */
    QK_D_ST_ROUND_NOT_ID,  /* %d %s */
    QK_D_ST_ROUND_TWICE,   /* %s */
    QK_D_ST_SERVER_URI,
    QK_D_ST_SERVER_PASSWORD,
    QK_D_ST_UNKNOWN_NEAR,  /* %s %s: the name, the near one */
    QK_D_ST_UNKNOWN,       /* %s %s: the name, the known names */
    QK_D_ST_RANGE,         /* %s %lld %d %d: the setting, its value, lowest, highest */
    QK_D_ST_RANGE_SECONDS, /* %s %lld %d %d */
    QK_D_ST_CHOICE,        /* %s %s %&: the setting, its value, the words it takes */
    QK_D_ST_STRING,        /* %s %u %s: the setting, its most characters, an example */
    QK_D_ST_SET_ID,        /* %s %s */
    QK_D_ST_LANGUAGE,      /* %s */
    QK_D_ST_PIN_HASH,
    QK_D_ST_PATH,          /* %s %s: the setting, an example */
    QK_D_ST_PATH_FONT,     /* %s %s */
    QK_D_ST_SYNTAX,        /* %&: libconfig's error */
    QK_D_ST_NO_PIN,
    QK_D_ST_EXAMPLE_PIN,
    QK_D_ST_NO_FILE,
    QK_D_CC_NO_FOLDER,     /* %s %s: the folder, the system error */
    QK_D_CC_NOT_FOLDER,    /* %s */
    QK_D_CC_FOLDER_UNREADABLE, /* %s %s */
    QK_D_CC_FONT,          /* %s %s: the font, the system error */
    QK_D_CC_NO_VALID_SET,  /* %s: the folder */
    QK_D_CC_SET_SKIPPED,   /* %s: the set file */
    QK_D_CC_ACTIVE_MISSING, /* %s %s %s: the id, the folder, the valid ids */
    QK_D_CC_ROUND_MISSING, /* %s %s: the round, the set */
    QK_D_CC_PIN_1234,
    QK_D_CC_PW_NO_SERVER,  /* results_server_password_file without results_server */
    QK_D_CC_PW_MISSING,    /* %s %s: the password file, the system error */
    QK_D_CC_PW_NOT_FILE,   /* %s */
    QK_D_CC_PW_OPEN,       /* %s %o %s: the file, its mode, the file */
    QK_D_CC_SUM_NO_FOLDER, /* the summary of --check-config's ok line */
    QK_D_CC_SUM_NO_SET,    /* %s: the folder */
    QK_D_CC_SUM,           /* %& %s %zu %s: the valid sets, the folder, the invalid ones, the active set */
    QK_D_C_VALID_SET,
    QK_D_C_VALID_SETS,     /* %zu */
    QK_D_CC_OK,            /* %s %s %& %s: the file, the station, the summary, the results file */
    QK_D_CC_ERRORS,        /* %s %&: the file, its errors */
    QK_D_CAT_CANNOT_READ,  /* %s: the system error */
    QK_D_CAT_CHOICE_UNREADABLE, /* %s */
    QK_D_CAT_CHOICE_BAD,
    QK_D_CAT_CHOICE_UNSAVED, /* %s */
    QK_D_CAT_MENU_CHOICE_MISSING, /* %s: the set id */
    QK_D_CAT_ACTIVE_MISSING, /* %s %s: the id, the folder */
    QK_D_CAT_W_MENU,       /* where a missing set was named (the kiosk note) */
    QK_D_CAT_W_STATION,
    QK_D_CAT_W_BEFORE,
    QK_D_CAT_NOTE_MISSING, /* %s %s: the set and where it was named, the set running (the kiosk note) */
    QK_D_CAT_RUNNING_INSTEAD, /* %s */
    QK_D_CAT_KEPT,         /* %s */
    QK_D_CAT_ID_TWICE,     /* %s %s: the id, the other file */
    QK_D_CAT_ANOTHER,
    QK_D_CAT_NO_SETS,
    QK_D_CAT_NONE_VALID,   /* %zu: the files */
    QK_D_CAT_RELOAD_NONE,
    QK_D_INS_PICTURE,      /* %s: the picture */
    QK_D_INS_BAD_NAME,
    QK_D_INS_BAD_FILE,     /* %s: the file */
    QK_D_INS_HASH,         /* %s %s: the hash found, the one published */
    QK_D_INS_STAGING,      /* %s: the system error */
    QK_D_INS_WRITE,        /* %s %s: the file, the system error */
    QK_D_INS_PLACE,        /* %s %s */
    QK_D_PIN_PROMPT,       /* asked on the terminal */
    QK_D_PIN_AGAIN,
    QK_D_PIN_NONE,
    QK_D_PIN_FORM,         /* %d %d: fewest and most digits */
    QK_D_PIN_TRIVIAL,      /* %s: the PIN */
    QK_D_PIN_DIFFER,
    QK_D_PIN_HASH_FAILED,
    QK_D_PIN_PASTE,
    QK_D_PV_NO_QUESTION,   /* %s %s: the set file, the id (printed with fprintf) */
    QK_D_PV_NO_WATCH,      /* %s %s: the folder, the system error (fprintf) */
    /* the command line's usage errors (src/main.c) */
    QK_D_U_LANG, /* %s: the option */
    QK_D_U_FILE, /* %s: the option */
    QK_D_U_FILE_CSV, /* %s: the option */
    QK_D_U_FILE_HTML, /* %s: the option */
    QK_D_U_SET_ID, /* %s: the option */
    QK_D_U_SEPARATOR, /* %s: the option */
    QK_D_U_DATE, /* %s: the option */
    QK_D_U_SET_CFG, /* %s: the option */
    QK_D_U_QUESTION_ID, /* %s: the option */
    QK_D_U_FROM, /* %s: the option */
    QK_D_U_VALUE, /* %s: the option */
    QK_D_U_URL, /* %s: the option */
    QK_D_U_STATIONS, /* %s: the option */
    QK_D_U_STATION, /* %s: the option */
    QK_D_U_SIZE, /* %s: the option */
    QK_D_U_AUTOPLAY, /* %s: the option */
    QK_D_U_NUMBER, /* %s: the option */
    QK_D_U_SEED, /* %s: the option */
    QK_D_U_FOLDER, /* %s: the option */
    QK_D_U_UNKNOWN, /* %s: the option */
    QK_D_U_NOT_RUN, /* %s: the option */
    QK_D_U_TWO_COMMANDS, /* %s %s */
    QK_D_U_NOT_WITH, /* %s %s */
    QK_D_U_STATION_SERVER, /* no arguments */
    QK_D_U_CHECK_FILES, /* no arguments */
    QK_D_U_IMPORT_FILES, /* no arguments */
    QK_D_U_IMPORT_OUT, /* no arguments */
    QK_D_U_EXPORT_OUT, /* no arguments */
    QK_D_U_SCREENSHOTS, /* no arguments */
    QK_D_U_TRY_HELP, /* printed as it is */
    QK_D_U_NO_STATION, /* %s: the places looked in, one a line "  PATH (why)\n" (src/front.c) */
    /* end of the issue 11 diagnostics */
    QK_D_FORMAT_MISSING,     /* %d %d: the format version twice */
    QK_D_FORMAT_NOT_INT,     /* %d %d: the format version twice */
    QK_D_FORMAT_OTHER,       /* %lld %d %d: the file's format, ours twice */
    /* The results, fleet and publishing commands' own output (qk_cmd_results.c,
     * qk_cmd_fleet.c, qk_cmd_publish.c), stdout and stderr. A count has two
     * entries, as elsewhere in the table: _ONE for exactly 1 and the plural;
     * both take the same arguments, the count printed by both. */
    QK_T_STATION_ERRORS,     /* the station file has errors (printed above) */
    QK_T_NO_RESULTS_DB,      /* the station file names no results_db */
    QK_T_OUT_OF_MEMORY,
    QK_T_SINCE_DATE,         /* %s: what --since got */
    QK_T_SERVER_NO_SCHEMA,   /* the server has no quizkiosk schema */
    QK_T_THE_SERVER,         /* %s: database, host, port, role */
    QK_T_NONE_STORED,        /* %s %s: the database file, what was not done */
    QK_T_NOTHING_EXPORTED,   /* after QK_T_NONE_STORED */
    QK_T_NO_REPORT,          /* after QK_T_NONE_STORED */
    QK_T_EXPORTED_ROWS,      /* %ld %s: CSV rows, where from */
    QK_T_EXPORTED_ROW_ONE,   /* %ld %s (the same, for 1) */
    QK_T_EXPORTED_ANSWERS,   /* %ld %s: workbook answers, where from */
    QK_T_EXPORTED_ANSWER_ONE, /* %ld %s (the same, for 1) */
    QK_T_EXPORTED_STATION,   /* %s: the one station chosen on the server */
    QK_T_EXPORTED_ALL,       /* every station on the server */
    QK_T_EXPORTED_TO,        /* %s: the file written */
    QK_T_EXPORTED_SINCE,     /* %s: the --since date */
    QK_T_EXPORTED_NO_AUTOPLAY, /* after the sentence's full stop, --no-autoplay */
    QK_T_EXPORT_NOT_READ,    /* %s %s: the file, why the rows could not be read */
    QK_T_REPORT_WROTE,       /* %ld %s: sessions, the file */
    QK_T_REPORT_WROTE_ONE,   /* %ld %s (the same, for 1) */
    QK_T_REPORT_NOT_READ,    /* %s %s: the file, why the rows could not be read */
    QK_T_N_SESSIONS,         /* %ld */
    QK_T_ONE_SESSION,        /* %ld (the same, for 1) */
    QK_T_N_ANSWERS,          /* %ld */
    QK_T_ONE_ANSWER,         /* %ld (the same, for 1) */
    QK_T_STATS_LINE,         /* %s %s %ld %ld %ld: the period, sessions (above), completed,
                              * stopped, abandoned; the parenthesis is left open */
    QK_T_STATS_IN_PROGRESS,  /* %ld: sessions in progress or cut off */
    QK_T_STATS_AVG,          /* %.0f: the average score in per cent */
    QK_T_STATS_AVG_NONE,
    QK_T_STATS_TODAY,        /* %s: today's date */
    QK_T_STATS_SINCE,        /* %s: the --since date */
    QK_T_STATS_DB,           /* %s: the database file */
    QK_T_STATS_NONE_YET,     /* no database file yet */
    QK_T_STATS_SERVER,       /* %s: database, host, port, role */
    QK_T_STATS_STATION,      /* %s: the station chosen */
    QK_T_STATS_STATIONS,     /* %ld: stations in the rows (their ids follow) */
    QK_T_STATS_MISSED_SINCE, /* %s: the --since date */
    QK_T_STATS_MISSED_ALL,
    QK_T_STATS_MISSED_NONE,
    QK_T_STATS_COL_WRONG,    /* the four column titles, short (ASCII keeps the columns) */
    QK_T_STATS_COL_RATIO,
    QK_T_STATS_COL_SET,
    QK_T_STATS_COL_QUESTION,
    QK_T_STATS_AUTOPLAY,     /* the last line */
    QK_T_MIGRATE_NO_SERVER,
    QK_T_MIGRATE_NEWEST,     /* %d: the schema version */
    QK_T_MIGRATE_WENT,       /* %d %d: before, after */
    QK_T_SYNC_NO_SERVER,     /* %s: the station file, or QK_T_THE_SETTINGS */
    QK_T_THE_SETTINGS,
    QK_T_SYNC_NONE_STORED,   /* %s: the database file */
    QK_T_SYNC_SENT_MORE,     /* %ld %ld: rows sent, rows stored meanwhile */
    QK_T_SYNC_SENT_ONE_MORE, /* %ld %ld (the same, for 1 sent) */
    QK_T_SYNC_SENT,          /* %ld: rows sent */
    QK_T_SYNC_SENT_ONE,      /* %ld (the same, for 1) */
    QK_T_SYNC_FAILED,        /* %s: why (the server's, libpq's or the database's words) */
    QK_T_SYNC_LEFT,          /* %ld %ld: rows sent, rows still to send */
    QK_T_SYNC_LEFT_ONE,      /* %ld %ld (the same, for 1 sent) */
    QK_T_PUB_NO_SERVER,
    QK_T_PUB_NO_SODIUM,
    QK_T_PUB_SET_ERRORS,     /* %s %s: the set file twice */
    QK_T_PUB_BAD_NAME,       /* after "FILE: error: " */
    QK_T_PUB_PICTURE_PATH,   /* %s: the picture; after "FILE:LINE: error: " */
    QK_T_PUB_PICTURE_MISSING, /* %s %s: the picture, why */
    QK_T_PUB_PICTURES,       /* a picture could not come along */
    QK_T_PUB_CHANGED,        /* %s: the set file */
    QK_T_PUB_NOTHING,        /* after a server error */
    QK_T_PUB_STATIONS_LIST,  /* %s: what --stations got */
    QK_T_PUB_CANNOT_READ,    /* %s %s: the file, the system's reason */
    QK_T_PUB_NOT_REGULAR,    /* the reason when it is not a regular file */
    QK_T_PUB_TOO_BIG,        /* %s %lld %ld: the file, its bytes, the limit in MiB */
    QK_T_PUB_NOT_WHOLE,      /* %s: the file */
    QK_T_PUB_MEMORY,         /* %s: the file */
    QK_T_PUB_BEGIN,          /* what the server was doing, before its words */
    QK_T_PUB_STORE_SET,
    QK_T_PUB_STORE_PICTURE,
    QK_T_PUB_STORE_STATIONS,
    QK_T_PUB_COMMIT,
    QK_T_PUB_DONE,           /* %s %s %zu %ld %s: set id, file, bytes, pictures, number */
    QK_T_PUB_DONE_ONE,       /* the same, for 1 picture */
    QK_T_PUB_FOR_ALL,        /* after QK_T_PUB_DONE: every station */
    QK_T_PUB_FOR_STATIONS,   /* before the list of station ids */
    QK_T_PUB_ACTIVE,         /* after the stations, --active */
    QK_T_PUB_FETCH_NOTE,     /* the full stop, then the next line */
    QK_T_FETCH_NO_SERVER,
    QK_T_FETCH_INSTALLED,    /* %s %s %lld %s: set id, file, publishing, folder */
    QK_T_FETCH_IO,           /* %s %s %lld %s: set id, file, publishing, why */
    QK_T_FETCH_REJECTED,     /* %s %s %lld %s */
    QK_T_FETCH_NONE,         /* %s: the station id */
    QK_T_FETCH_ACTIVE,       /* %s: the set id */
    QK_T_FETCH_NOT_ACTIVE,   /* %s: the set id */
    /* end of the commands' output */
    QK_S_COUNT
} qk_str;

/* Sets the language from a tag ("nb", "nn", "en", also "no", "nb-NO", "en-GB",
 * ...). Unknown or NULL tags give bokmål and return false. */
bool qk_i18n_set(const char *tag);
/* Sets the language from the environment for the command-line tools
 * (--check, --import, --check-config): LANGUAGE, LC_ALL, LC_MESSAGES, LANG, the
 * first one set; "en_GB.UTF-8" gives English, "nn_NO" nynorsk, anything else
 * (C, POSIX, nb_NO, de_DE, nothing) bokmål. */
void qk_i18n_set_from_env(void);
void qk_i18n_set_lang(qk_lang lang);
qk_lang qk_i18n_lang(void);
/* The string in the current language; never NULL (an unknown id gives ""). */
const char *qk_tr(qk_str id);
/* The string in a given language, for tests. */
const char *qk_tr_in(qk_lang lang, qk_str id);
/* "nb", "nn" or "en". */
const char *qk_lang_code(qk_lang lang);

#endif
