/* Hand-written stand-in for the config.h neatvnc's meson.build generates
 * (configuration_data 'config'): TLS (gnutls), nettle crypto, websocket on;
 * JPEG, GBM, H.264 and USDT off. */
#pragma once
#define ENABLE_TLS 1
#define HAVE_CRYPTO 1
#define HAVE_GETRANDOM 1
#define ENABLE_WEBSOCKET 1
