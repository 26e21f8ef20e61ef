/* Hand-written declaration-only stand-in for ESP-IDF's freertos/FreeRTOS.h. */
#pragma once
#include <stdint.h>
typedef uint32_t TickType_t;
typedef int BaseType_t;
typedef unsigned int UBaseType_t;
#define portMAX_DELAY ((TickType_t)0xffffffffUL)
#define pdTRUE 1
#define pdFALSE 0
#define pdPASS pdTRUE
#define portTICK_PERIOD_MS 1
#define pdMS_TO_TICKS(ms) ((TickType_t)(ms))
