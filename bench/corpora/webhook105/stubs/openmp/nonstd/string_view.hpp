// Hand-written stand-in for string-view-lite's <nonstd/string_view.hpp> (a git submodule of open.mp-sdk that is
// not materialized): nonstd::string_view is std::string_view.
#pragma once
#include <string_view>
namespace nonstd {
using std::string_view;
using std::basic_string_view;
}
