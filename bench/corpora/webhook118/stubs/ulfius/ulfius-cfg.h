/* Hand-written stand-in for ulfius's CMake-generated include/ulfius-cfg.h (webhook118): version 2.7, every
 * optional feature enabled (jansson, curl, GnuTLS, websockets, yder); no FreeRTOS/lwIP. */
#ifndef _ULFIUS_CFG_H_
#define _ULFIUS_CFG_H_
#define ULFIUS_VERSION 2.7.15
#define ULFIUS_VERSION_STR "2.7.15"
#define ULFIUS_VERSION_MAJOR 2
#define ULFIUS_VERSION_MINOR 7
#define ULFIUS_VERSION_PATCH 15
#define ULFIUS_VERSION_NUMBER ((ULFIUS_VERSION_MAJOR << 16) | (ULFIUS_VERSION_MINOR << 8) | (ULFIUS_VERSION_PATCH << 0))
#define ULFIUS_CHECK_VERSION(major,minor,patch) \
  (ULFIUS_VERSION_MAJOR > (major) || \
   (ULFIUS_VERSION_MAJOR == (major) && ULFIUS_VERSION_MINOR > (minor)) || \
   (ULFIUS_VERSION_MAJOR == (major) && ULFIUS_VERSION_MINOR == (minor) && \
    ULFIUS_VERSION_PATCH >= (patch)))
#endif
