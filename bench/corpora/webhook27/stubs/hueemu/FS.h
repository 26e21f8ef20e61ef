// Hand-written stand-in: the ESP8266 core's FS.h = the esp8266react FS.h stand-in plus the global SPIFFS file system.
#pragma once
#include_next <FS.h>
namespace fs {
class SPIFFSFS : public FS {
public:
    bool begin();
    bool format();
    void end();
};
} // namespace fs
extern fs::SPIFFSFS SPIFFS;
