/* Hand-written stand-in for ESP-IDF's esp_event.h: only what previoustube's main/webserver.cpp uses. */
#pragma once
#include <stddef.h>
#include <stdint.h>

typedef int esp_err_t;
#define ESP_OK 0
#define ESP_FAIL -1
typedef const char *esp_event_base_t;
typedef void *esp_event_handler_instance_t;
typedef void (*esp_event_handler_t)(void *event_handler_arg, esp_event_base_t event_base, int32_t event_id,
                                    void *event_data);
typedef uint32_t TickType_t;
#define portMAX_DELAY ((TickType_t)0xffffffffUL)

#define ESP_EVENT_DECLARE_BASE(id) extern esp_event_base_t const id
#define ESP_EVENT_DEFINE_BASE(id) esp_event_base_t const id = #id

#ifdef __cplusplus
extern "C" {
#endif
esp_err_t esp_event_post(esp_event_base_t event_base, int32_t event_id, const void *event_data,
                         size_t event_data_size, TickType_t ticks_to_wait);
esp_err_t esp_event_handler_instance_register(esp_event_base_t event_base, int32_t event_id,
                                              esp_event_handler_t event_handler, void *event_handler_arg,
                                              esp_event_handler_instance_t *instance);
void esp_error_check_failed(esp_err_t rc, const char *file, int line, const char *function, const char *expression);
#ifdef __cplusplus
}
#endif

#define ESP_ERROR_CHECK(x)                                                                           \
  do {                                                                                               \
    esp_err_t err_rc_ = (x);                                                                         \
    if (err_rc_ != ESP_OK) esp_error_check_failed(err_rc_, __FILE__, __LINE__, __func__, #x);        \
  } while (0)
