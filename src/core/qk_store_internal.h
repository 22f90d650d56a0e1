/* qk_store_internal.h: for the store's own read-only helpers in other files
 * (qk_store_history.c). Not for the kiosk or the screens: they use qk_store.h. */
#ifndef QK_STORE_INTERNAL_H
#define QK_STORE_INTERNAL_H

#include <sqlite3.h>

#include "qk_store.h"

/* The open database handle (owned by the store), or NULL when not open. */
sqlite3 *qk_store_sqlite(qk_store *st);

#endif
