// Hand-written stand-in for include/cactus/version.hpp, which xmake generates from include/cactus/version.h.in at
// configure time (add_configfiles): the same constants, with placeholder values.
#pragma once
#include <string>

namespace cactus {
inline static const std::string VERSION = "v0.0.0";
inline static const std::string GIT_VERSION = "unknown";
inline static const std::string BUILD_TIME = "unknown";
inline static const std::string PROJECT_NAME = "Cactus";
inline static const std::string PROJECT_DESCRIPTION = "";
inline static const std::string PROJECT_HOME = "";
} // namespace cactus
