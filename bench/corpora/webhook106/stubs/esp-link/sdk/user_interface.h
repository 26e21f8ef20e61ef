/* Hand-written stand-in for the ESP8266 NONOS SDK <user_interface.h>: the few system_* calls esp-link's headers use. */
#ifndef WH106_USER_INTERFACE_H
#define WH106_USER_INTERFACE_H
#include <c_types.h>
#include <ip_addr.h>
void system_set_os_print(uint8 onoff);
uint32 system_get_time(void);
uint32 system_get_free_heap_size(void);
void system_restart(void);
void system_soft_wdt_feed(void);
#endif
