// Hand-written declaration-only stub for liboic's OICDevice.h (external ../../liboic in iot_server.pro).
#pragma once
#include <string>
class OICDevice {
public:
    std::string getAddress();
    std::string getId();
    std::string getName();
};
