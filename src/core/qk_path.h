/* qk_path.h: the two path helpers the core's modules share. Both return a new
 * string the caller frees, or NULL when out of memory. */
#ifndef QK_PATH_H
#define QK_PATH_H

/* "dir" + "/" + "name" (no doubled slash when dir ends in one). */
char *qk_path_join(const char *dir, const char *name);
/* The folder part of path: "." when it has none, "/" for a file at the root. */
char *qk_path_dir(const char *path);

#endif
