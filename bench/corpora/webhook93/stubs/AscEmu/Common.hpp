// Hand-written stand-in for AscEmu's generated src/shared/Common.hpp (CMake configure_file of Common.hpp.in).
#pragma once
#define AE_PLATFORM     "Unix"
#define AE_ARCHITECTURE "x64"
#define CONFIG "Release"
