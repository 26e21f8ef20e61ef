/* Hand-written stand-in for lwIP's httpd fs header (declarations only). */
#ifndef STUB_LWIP_FS_H
#define STUB_LWIP_FS_H
#include <stdint.h>
#define FS_FILE_FLAGS_HEADER_PERSISTENT 0x04
struct fs_file { const char *data; int len; int index; void *pextension; uint8_t flags; };
#endif
