/* Hand-written, declaration-only stand-in for the osmocom/core/bit64gen.h that the libosmocore build generates
   from include/osmocom/core/bitXXgen.h.tpl (the real one has static inline bodies). */
#pragma once
#include <stdint.h>
uint64_t osmo_load64le_ext(const void *p, uint8_t n);
uint64_t osmo_load64be_ext(const void *p, uint8_t n);
uint64_t osmo_load64be_ext_2(const void *p, uint8_t n);
void osmo_store64le_ext(uint64_t x, void *p, uint8_t n);
void osmo_store64be_ext(uint64_t x, void *p, uint8_t n);
uint64_t osmo_load64le(const void *p);
uint64_t osmo_load64be(const void *p);
void osmo_store64le(uint64_t x, void *p);
void osmo_store64be(uint64_t x, void *p);
