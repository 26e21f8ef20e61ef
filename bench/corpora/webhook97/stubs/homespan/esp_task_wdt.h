/* Hand-written, declaration-only stand-in for ESP-IDF's esp_task_wdt.h (webhook97 corpus): the handle type and
 * the calls HomeSpan's Utils.h makes. */
#pragma once
#include <stdint.h>
typedef int esp_err_t;
typedef struct esp_task_wdt_user_handle_s* esp_task_wdt_user_handle_t;
typedef struct {
  uint32_t timeout_ms;
  uint32_t idle_core_mask;
  bool trigger_panic;
} esp_task_wdt_config_t;
esp_err_t esp_task_wdt_add_user(const char* user_name, esp_task_wdt_user_handle_t* user_handle_ret);
esp_err_t esp_task_wdt_delete_user(esp_task_wdt_user_handle_t user_handle);
esp_err_t esp_task_wdt_reset_user(esp_task_wdt_user_handle_t user_handle);
esp_err_t esp_task_wdt_reconfigure(const esp_task_wdt_config_t* config);
