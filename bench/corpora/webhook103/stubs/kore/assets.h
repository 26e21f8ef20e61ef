/* Hand-written stand-in for the assets.h that kodev generates from examples/generic/assets/ (corpus webhook103):
 * one byte array, length and serve function per asset, as kodev's cli.c writes them. */
#ifndef KORE_GENERIC_ASSETS_H
#define KORE_GENERIC_ASSETS_H
#include <sys/types.h>
#include <stdint.h>
struct http_request;
#define KORE_ASSET(n) \
	extern const u_int8_t asset_##n[]; \
	extern const u_int32_t asset_len_##n; \
	extern const time_t asset_mtime_##n; \
	extern const char *asset_sha256_##n; \
	int asset_serve_##n(struct http_request *);
KORE_ASSET(index_html)
KORE_ASSET(intro_jpg)
KORE_ASSET(params_html)
KORE_ASSET(private_html)
KORE_ASSET(private_test_html)
KORE_ASSET(style_css)
KORE_ASSET(upload_html)
#undef KORE_ASSET
#endif
