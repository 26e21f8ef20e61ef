// Hand-written stand-in for AscEmu's generated src/logonserver/LogonConf.hpp (WotLK build).
#pragma once
#include "AEVersion.hpp"
#define CONFDIR "/etc/ascemu"
#define AE_EXPANSION_VERSION 24
