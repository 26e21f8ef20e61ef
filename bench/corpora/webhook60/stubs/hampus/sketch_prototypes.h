// Hand-written stand-in for the prototypes the Arduino builder generates for esp8266-jonas/test-wifi-post.ino
// (the sketch calls handleLamp before defining it); force-included after Arduino.h.
#pragma once
void handleLamp();
