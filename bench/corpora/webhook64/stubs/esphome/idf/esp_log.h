// Hand-written declaration-only stand-in for an ESP-IDF header (the SDK is not installed); only what the
// ESPHome files of this corpus use.
#pragma once
#include <stdarg.h>
#include <stdint.h>
typedef enum { ESP_LOG_NONE, ESP_LOG_ERROR, ESP_LOG_WARN, ESP_LOG_INFO, ESP_LOG_DEBUG, ESP_LOG_VERBOSE } esp_log_level_t;
#ifdef __cplusplus
extern "C" {
#endif
void esp_log_write(esp_log_level_t level, const char *tag, const char *format, ...);
uint32_t esp_log_timestamp(void);
#ifdef __cplusplus
}
#endif
