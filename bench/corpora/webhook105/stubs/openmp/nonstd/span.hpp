// Hand-written stand-in for span-lite's <nonstd/span.hpp> (martinmoene/span-lite, a git submodule of
// open.mp-sdk that is not materialized): nonstd::span is std::span (C++20).
#pragma once
#include <span>
namespace nonstd {
using std::span;
using std::dynamic_extent;
}
