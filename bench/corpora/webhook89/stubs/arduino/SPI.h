/* Hand-written stand-in for the Arduino SPI library header (declarations only). */
#ifndef WH89_SPI_H
#define WH89_SPI_H
#include "Arduino.h"
#define SPI_MODE0 0x00
class SPISettings {
public:
  SPISettings(uint32_t clock, uint8_t bitOrder, uint8_t dataMode);
  SPISettings();
};
class SPIClass {
public:
  void begin(void);
  void end(void);
  void beginTransaction(SPISettings settings);
  void endTransaction(void);
  uint8_t transfer(uint8_t data);
};
extern SPIClass SPI;
#endif
