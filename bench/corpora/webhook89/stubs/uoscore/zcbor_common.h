/* Hand-written stand-in for zcbor's zcbor_common.h (zcbor is a git submodule of uoscore-uedhoc and is not packaged
 * by Debian 12). Only what the generated inc/cbor/ headers name: struct zcbor_string. */
#ifndef WH89_ZCBOR_COMMON_H
#define WH89_ZCBOR_COMMON_H
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
struct zcbor_string {
	const uint8_t *value;
	size_t len;
};
#endif
