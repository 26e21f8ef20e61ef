/* Hand-written, declaration-only stand-in for wire/onion_wiregen.h, which core-lightning generates from
 * wire/onion_wire.csv at build time (webhook83): the project headers it pulls in and the three failure codes
 * common/sphinx.c uses (values from onion_wire.csv: BADONION 0x8000, PERM 0x4000). */
#ifndef WH83_CLN_ONION_WIREGEN_H
#define WH83_CLN_ONION_WIREGEN_H
#include <ccan/short_types/short_types.h>
#include <wire/wire.h>
#include <bitcoin/short_channel_id.h>
#include <common/amount.h>
#include <common/bigsize.h>
#include <common/node_id.h>
enum onion_wire {
	WIRE_INVALID_ONION_VERSION = 0x8000 | 0x4000 | 4,
	WIRE_INVALID_ONION_HMAC = 0x8000 | 0x4000 | 5,
	WIRE_INVALID_ONION_KEY = 0x8000 | 0x4000 | 6,
};
#endif
