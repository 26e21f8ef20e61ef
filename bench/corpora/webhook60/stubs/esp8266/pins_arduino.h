// Hand-written declaration-only stand-in for the ESP8266 core's pins_arduino.h (NodeMCU / D1 mini variant): the Dn
// pin aliases. The core's Arduino.h includes it; force-included for the ESP8266 entries here.
#pragma once
#include <stdint.h>
static const uint8_t D0 = 16;
static const uint8_t D1 = 5;
static const uint8_t D2 = 4;
static const uint8_t D3 = 0;
static const uint8_t D4 = 2;
static const uint8_t D5 = 14;
static const uint8_t D6 = 12;
static const uint8_t D7 = 13;
static const uint8_t D8 = 15;
