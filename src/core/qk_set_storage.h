/* qk_set_storage.h: where a loaded set's texts live (private to the core).
 *
 * The loader keeps a set's texts in a list of large blocks instead of one
 * malloc per text (a 10,000-question set has ~100,000 texts). qk_set has no
 * field for that list, and sets built by hand (tests, fixtures) must still be
 * freed text by text, so the list is recorded here, keyed by the set:
 * qk_set_free asks for it and frees the blocks instead of the texts.
 */
#ifndef QK_SET_STORAGE_H
#define QK_SET_STORAGE_H

#include <stddef.h>

#include "qk_model.h"

/* A block of texts; `next` links the list. A block of mapped_bytes > 0 came
 * from mmap (see qk_big_alloc), else from malloc. */
typedef struct qk_text_block {
    struct qk_text_block *next;
    size_t used, cap;
    size_t mapped_bytes;
    char data[];
} qk_text_block;

/* Large buffers straight from mmap, and back. glibc raises its mmap
 * threshold after a large buffer is freed; later large buffers then come from
 * the heap, and freeing one makes glibc consolidate every small chunk that
 * libconfig has just freed: measured at a tenth of the load time of a 10 MB
 * set. qk_big_alloc returns NULL when out of memory; *mapped gets the size to
 * give to qk_big_free. */
void *qk_big_alloc(size_t n, size_t *mapped);
void qk_big_free(void *p, size_t mapped);

/* A file's bytes read into a buffer from qk_big_alloc keep the room of a
 * block's header in front of them (qk_file_read), so that once they are no
 * longer needed the buffer can hold texts (qk_text_block_from_bytes):
 * pages already filled, instead of as many new ones zeroed for the texts. */
#define QK_BLOCK_HEAD (offsetof(qk_text_block, data))
/* data came from qk_file_read with mapped > 0; its bytes are given up and
 * the whole buffer becomes an empty block (freed with qk_text_blocks_free). */
qk_text_block *qk_text_block_from_bytes(char *data, size_t mapped);

/* Records that set's texts live in `blocks` (which the set now owns, with
 * every block later linked behind the first). Returns false when out of
 * memory (nothing recorded). Thread-safe. */
bool qk_set_storage_attach(const qk_set *set, qk_text_block *blocks);

/* Removes and returns the blocks recorded for set, or NULL (a set built by
 * hand, or NULL). Thread-safe. */
qk_text_block *qk_set_storage_detach(const qk_set *set);

/* Frees a list of blocks. */
void qk_text_blocks_free(qk_text_block *b);

#endif
