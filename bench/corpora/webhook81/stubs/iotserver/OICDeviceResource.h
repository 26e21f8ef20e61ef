// Hand-written declaration-only stub for liboic's OICDeviceResource.h (external ../../liboic in iot_server.pro).
#pragma once
#include <string>
#define RT_OIC_R_LIGHT_DIMMING "oic.r.light.dimming"
class OICDeviceResource {
public:
    std::string getInterface();
    std::string getResourceType();
    std::string getHref();
    std::string getName();
};
