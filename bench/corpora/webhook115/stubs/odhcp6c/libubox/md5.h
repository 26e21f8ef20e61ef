/* Hand-written declaration-only stand-in for libubox's md5.h (libubox is not packaged by Debian 12). */
#ifndef STUB_LIBUBOX_MD5_H
#define STUB_LIBUBOX_MD5_H
#include <stddef.h>
#include <stdint.h>
typedef struct md5_ctx {
	uint32_t lo, hi;
	uint32_t a, b, c, d;
	unsigned char buffer[64];
} md5_ctx_t;
void md5_begin(md5_ctx_t *ctx);
void md5_hash(const void *data, size_t length, md5_ctx_t *ctx);
void md5_end(void *resbuf, md5_ctx_t *ctx);
#endif
