// Hand-written stand-in for the ESP8266 core's ESP8266WiFi.h: the WiFi object of the WiFi.h stand-in.
#pragma once
#include <WiFi.h>
