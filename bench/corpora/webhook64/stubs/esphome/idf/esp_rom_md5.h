// Hand-written declaration-only stand-in for an ESP-IDF header (the SDK is not installed); only what the
// ESPHome files of this corpus use.
#pragma once
#include <stdint.h>
typedef struct MD5Context {
  uint32_t buf[4];
  uint32_t bits[2];
  uint8_t in[64];
} md5_context_t;
#ifdef __cplusplus
extern "C" {
#endif
void esp_rom_md5_init(md5_context_t *context);
void esp_rom_md5_update(md5_context_t *context, const void *buf, uint32_t len);
void esp_rom_md5_final(uint8_t *digest, md5_context_t *context);
#ifdef __cplusplus
}
#endif
