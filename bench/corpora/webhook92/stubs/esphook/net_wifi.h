/* Hand-written stand-in for esphook main/net_wifi.h. */
#pragma once
const char *wifi_get_ip(void);
