/* Hand-written stand-in for libfuse 2's <fuse.h> (libfuse-dev is not installed): only the two names
 * encfs/encfs.h uses in prototypes. Declarations only. */
#ifndef WEBHOOK77_FUSE_H
#define WEBHOOK77_FUSE_H
#include <sys/types.h>
#include <sys/stat.h>
#ifdef __cplusplus
extern "C" {
#endif
struct fuse_file_info;
typedef int (*fuse_fill_dir_t)(void *buf, const char *name, const struct stat *stbuf, off_t off);
#ifdef __cplusplus
}
#endif
#endif
