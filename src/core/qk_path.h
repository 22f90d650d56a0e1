/* qk_path.h: the path helpers the core's modules share. qk_path_join and
 * qk_path_dir return a new string the caller frees, or NULL when out of
 * memory; qk_path_below borrows. */
#ifndef QK_PATH_H
#define QK_PATH_H

/* "dir" + "/" + "name" (no doubled slash when dir ends in one). */
char *qk_path_join(const char *dir, const char *name);
/* The folder part of path: "." when it has none, "/" for a file at the root. */
char *qk_path_dir(const char *path);
/* path as a name below dir ("d/bilder/x.png" below "d" is "bilder/x.png"): a
 * pointer into path, or path itself when it is not below dir. */
const char *qk_path_below(const char *path, const char *dir);

#endif
