/* Hand-written, declaration-only stand-in for the osmocom/core/bit16gen.h that the libosmocore build generates
   from include/osmocom/core/bitXXgen.h.tpl (the real one has static inline bodies). */
#pragma once
#include <stdint.h>
uint16_t osmo_load16le_ext(const void *p, uint8_t n);
uint16_t osmo_load16be_ext(const void *p, uint8_t n);
uint16_t osmo_load16be_ext_2(const void *p, uint8_t n);
void osmo_store16le_ext(uint16_t x, void *p, uint8_t n);
void osmo_store16be_ext(uint16_t x, void *p, uint8_t n);
uint16_t osmo_load16le(const void *p);
uint16_t osmo_load16be(const void *p);
void osmo_store16le(uint16_t x, void *p);
void osmo_store16be(uint16_t x, void *p);
