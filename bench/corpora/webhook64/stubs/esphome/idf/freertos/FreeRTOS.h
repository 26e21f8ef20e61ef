// Hand-written declaration-only stand-in for an ESP-IDF header (the SDK is not installed); only what the
// ESPHome files of this corpus use.
#pragma once
#include <stdint.h>
typedef uint32_t TickType_t;
typedef int BaseType_t;
typedef unsigned int UBaseType_t;
#define portMAX_DELAY ((TickType_t) 0xffffffffUL)
#define pdTRUE ((BaseType_t) 1)
#define pdFALSE ((BaseType_t) 0)
#define pdPASS pdTRUE
