/* Hand-written declaration-only stand-in for lwIP's apps/sntp.h (ESP32 core). */
#pragma once
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
#define SNTP_OPMODE_POLL 0
void sntp_setoperatingmode(uint8_t operating_mode);
void sntp_init(void);
void sntp_stop(void);
uint8_t sntp_enabled(void);
void sntp_setservername(uint8_t idx, const char *server);
const char *sntp_getservername(uint8_t idx);
#ifdef __cplusplus
}
#endif
