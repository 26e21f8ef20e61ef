/* Hand-written stand-in for ESP-IDF esp_err.h (declarations only). */
#pragma once
#include <stdint.h>
typedef int esp_err_t;
#define ESP_OK 0
#define ESP_FAIL -1
