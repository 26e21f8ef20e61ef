// Hand-written stand-in for the Arduino core's WString.h: String is declared in the Arduino.h stand-in.
#pragma once
#include <Arduino.h>
