#pragma once
// Hand-written stand-in for the defines.h that ESPHome's code generator writes for one device configuration
// (here: the host platform, native API with password, ESPHome OTA with password, MD5). Not the repository's
// IDE copy (that one enables every component, including ones whose SDK headers are not installed).
#include "esphome/core/macros.h"
#define ESPHOME_BOARD "host"
#define ESPHOME_PROJECT_NAME "webhook64"
#define ESPHOME_PROJECT_VERSION "v1"
#define ESPHOME_VARIANT "host"
#define USE_API
#define USE_API_PLAINTEXT
#define USE_MD5
#define USE_NETWORK
#define USE_OTA
#define USE_OTA_PASSWORD
#define USE_OTA_VERSION 2
#define USE_SOCKET_IMPL_BSD_SOCKETS
