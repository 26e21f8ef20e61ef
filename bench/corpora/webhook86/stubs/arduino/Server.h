// Stand-in for the Arduino core's <Server.h> (hand-written, declaration-only).
#ifndef W86_SERVER_H
#define W86_SERVER_H
#include <Arduino.h>
class Server : public Print {
public:
  virtual void begin() = 0;
};
#endif
