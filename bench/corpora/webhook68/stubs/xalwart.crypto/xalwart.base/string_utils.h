// Hand-written stand-in for xalwart.base/string_utils.h (declarations only).
#pragma once
#include <string>
#include <vector>
#include "_def_.h"
namespace xw::str {
std::string to_upper(const std::string& s);
std::string to_lower(const std::string& s);
std::vector<std::string> split(const std::string& s, char delimiter = ' ', long split_count = -1);
}
