/* Hand-written, declaration-only stand-in for <xkbcommon/xkbcommon.h> (not installed): only the names swaylock's
 * headers use (webhook83). */
#ifndef WH83_XKBCOMMON_H
#define WH83_XKBCOMMON_H
#include <stdint.h>
typedef uint32_t xkb_keysym_t;
struct xkb_state;
struct xkb_context;
struct xkb_keymap;
#endif
