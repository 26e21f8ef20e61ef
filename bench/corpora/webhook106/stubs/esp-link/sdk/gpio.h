/* Hand-written empty stand-in for the ESP8266 NONOS SDK <gpio.h> (nothing from it is needed to parse the labelled files). */
#include <c_types.h>
