/* Hand-written stand-in for esphook main/http_server.h (not extracted: no snapshot). */
#pragma once
#include "esp_err.h"
esp_err_t http_start(void);
