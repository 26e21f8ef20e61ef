// Hand-written stand-in for xalwart.base's vendored nlohmann/json.h: forwards to Debian's nlohmann-json3-dev.
#pragma once
#include <nlohmann/json.hpp>
