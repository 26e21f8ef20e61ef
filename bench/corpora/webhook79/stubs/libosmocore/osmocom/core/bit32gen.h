/* Hand-written, declaration-only stand-in for the osmocom/core/bit32gen.h that the libosmocore build generates
   from include/osmocom/core/bitXXgen.h.tpl (the real one has static inline bodies). */
#pragma once
#include <stdint.h>
uint32_t osmo_load32le_ext(const void *p, uint8_t n);
uint32_t osmo_load32be_ext(const void *p, uint8_t n);
uint32_t osmo_load32be_ext_2(const void *p, uint8_t n);
void osmo_store32le_ext(uint32_t x, void *p, uint8_t n);
void osmo_store32be_ext(uint32_t x, void *p, uint8_t n);
uint32_t osmo_load32le(const void *p);
uint32_t osmo_load32be(const void *p);
void osmo_store32le(uint32_t x, void *p);
void osmo_store32be(uint32_t x, void *p);
