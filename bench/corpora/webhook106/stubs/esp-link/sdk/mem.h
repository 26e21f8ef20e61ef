/* Hand-written empty stand-in for the ESP8266 NONOS SDK <mem.h> (nothing from it is needed to parse the labelled files). */
#include <c_types.h>
#include <stdlib.h>
#define os_malloc malloc
#define os_zalloc(s) calloc(1, s)
#define os_free free
#define os_realloc realloc
