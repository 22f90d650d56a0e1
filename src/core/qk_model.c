/* qk_model.c: freeing and reading the question-set model (see qk_model.h).
 *
 * The model is plain structs built by the loader; this file only tears them
 * down and answers small questions about them (counts, lookups, type names).
 * A loaded set's texts live in blocks recorded in a small registry (see
 * qk_set_storage.h); a set built by hand has each text malloc'd.
 */
#include "qk_model.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "qk_set_storage.h"

static const char *const qtype_names[QK_Q_TYPE_COUNT] = {
    [QK_Q_SINGLE] = "single",
    [QK_Q_MULTIPLE] = "multiple",
    [QK_Q_TRUEFALSE] = "truefalse",
    [QK_Q_ORDER] = "order",
    [QK_Q_CATEGORIZE] = "categorize",
};

/* The registry of loaded sets' text blocks (see qk_set_storage.h): a short
 * array, since a station holds a handful of sets at a time. */
static pthread_mutex_t storage_lock = PTHREAD_MUTEX_INITIALIZER;
static struct storage_entry {
    const qk_set *set;
    qk_text_block *blocks;
} *storage;
static size_t storage_n, storage_cap;

bool qk_set_storage_attach(const qk_set *set, qk_text_block *blocks)
{
    bool ok = true;
    pthread_mutex_lock(&storage_lock);
    if (storage_n == storage_cap) {
        size_t cap = storage_cap ? storage_cap * 2 : 16;
        struct storage_entry *ns = realloc(storage, cap * sizeof *ns);
        if (ns) {
            storage = ns;
            storage_cap = cap;
        } else {
            ok = false;
        }
    }
    if (ok)
        storage[storage_n++] = (struct storage_entry){set, blocks};
    pthread_mutex_unlock(&storage_lock);
    return ok;
}

qk_text_block *qk_set_storage_detach(const qk_set *set)
{
    qk_text_block *blocks = NULL;
    if (!set)
        return NULL;
    pthread_mutex_lock(&storage_lock);
    for (size_t i = storage_n; i-- > 0;) {
        if (storage[i].set == set) {
            blocks = storage[i].blocks;
            storage[i] = storage[--storage_n];
            break;
        }
    }
    if (storage_n == 0) { /* nothing left: give the array back */
        free(storage);
        storage = NULL;
        storage_cap = 0;
    }
    pthread_mutex_unlock(&storage_lock);
    return blocks;
}

void *qk_big_alloc(size_t n, size_t *mapped)
{
    long page = sysconf(_SC_PAGESIZE);
    size_t pg = page > 0 ? (size_t)page : 4096;
    size_t len = (n + pg - 1) / pg * pg;
    /* 4 MiB and more (a large set file's buffer, qk_file_read): in 2 MiB
     * pages where the kernel has them (transparent huge pages on madvise,
     * as Debian's default): filling 11.6 MB a 4 KiB page at a time was most
     * of what a 10,000-question --check spent in the kernel beyond a bare
     * libconfig parse. The mapping is cut to start on a 2 MiB boundary, so
     * every whole 2 MiB of it can be one page; without huge pages (or
     * MADV_POPULATE_WRITE, Linux 5.14) it is filled by faults as before. */
    size_t huge = (size_t)2 << 20;
    if (len >= 2 * huge) {
        char *raw = mmap(NULL, len + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                         -1, 0);
        if (raw == MAP_FAILED)
            return NULL;
        char *p = (char *)(((uintptr_t)raw + huge - 1) & ~(uintptr_t)(huge - 1));
        if (p > raw)
            munmap(raw, (size_t)(p - raw));
        if (raw + len + huge > p + len)
            munmap(p + len, (size_t)(raw + len + huge - (p + len)));
#ifdef MADV_HUGEPAGE
        madvise(p, len, MADV_HUGEPAGE);
#endif
#ifdef MADV_POPULATE_WRITE
        madvise(p, len, MADV_POPULATE_WRITE);
#endif
        *mapped = len;
        return p;
    }
    /* MAP_POPULATE: the pages are filled at once, cheaper than a fault each */
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    *mapped = len;
    return p;
}

void qk_big_free(void *p, size_t mapped)
{
    if (p)
        munmap(p, mapped);
}

qk_text_block *qk_text_block_from_bytes(char *data, size_t mapped)
{
    qk_text_block *b = (qk_text_block *)(void *)(data - QK_BLOCK_HEAD);
    b->next = NULL;
    b->used = 0;
    b->cap = mapped - QK_BLOCK_HEAD;
    b->mapped_bytes = mapped;
    return b;
}

void qk_text_blocks_free(qk_text_block *b)
{
    while (b) {
        qk_text_block *next = b->next;
        if (b->mapped_bytes)
            qk_big_free(b, b->mapped_bytes);
        else
            free(b);
        b = next;
    }
}

/* Frees a question's arrays, and its texts when they are its own (texts). */
static void question_free(qk_question *q, bool texts)
{
    if (texts) {
        free(q->id);
        free(q->text);
        free(q->explanation);
        free(q->picture);
        for (size_t i = 0; i < q->n_choices; i++)
            free(q->choices[i].text);
        for (size_t i = 0; i < q->n_categories; i++)
            free(q->categories[i]);
    }
    free(q->choices);
    free(q->categories);
}

void qk_set_free(qk_set *set)
{
    if (!set)
        return;
    qk_text_block *blocks = qk_set_storage_detach(set);
    bool texts = blocks == NULL; /* else the texts live in the blocks */
    for (size_t r = 0; r < set->n_rounds; r++) {
        qk_round *round = &set->rounds[r];
        for (size_t i = 0; i < round->n_questions; i++)
            question_free(&round->questions[i], texts);
        free(round->questions);
        if (texts) {
            free(round->id);
            free(round->title);
            free(round->intro);
        }
    }
    free(set->rounds);
    if (texts) {
        free(set->id);
        free(set->title);
        free(set->language);
        free(set->description);
        free(set->path);
        free(set->dir);
    }
    qk_text_blocks_free(blocks);
    free(set);
}

size_t qk_set_question_count(const qk_set *set)
{
    size_t n = 0;
    if (!set)
        return 0;
    for (size_t r = 0; r < set->n_rounds; r++)
        n += set->rounds[r].n_questions;
    return n;
}

const qk_question *qk_set_find_question(const qk_set *set, const char *id, size_t *round_out)
{
    if (!set || !id)
        return NULL;
    for (size_t r = 0; r < set->n_rounds; r++) {
        const qk_round *round = &set->rounds[r];
        for (size_t i = 0; i < round->n_questions; i++) {
            if (round->questions[i].id && strcmp(round->questions[i].id, id) == 0) {
                if (round_out)
                    *round_out = r;
                return &round->questions[i];
            }
        }
    }
    return NULL;
}

const char *qk_qtype_name(qk_qtype type)
{
    if ((int)type < 0 || type >= QK_Q_TYPE_COUNT)
        return "unknown";
    return qtype_names[type];
}

int qk_qtype_from_name(const char *name)
{
    if (!name)
        return -1;
    for (int t = 0; t < QK_Q_TYPE_COUNT; t++)
        if (strcmp(qtype_names[t], name) == 0)
            return t;
    return -1;
}

bool qk_id_chars_ok(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++) {
        char c = *s;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_'))
            return false;
    }
    return true;
}
