// Hand-written stand-in for the header CMake generates from include/maxscale/version.hh.in
// (values of versions/VERSION2402.cmake at the pinned commit).
#pragma once

constexpr char MAXSCALE_VERSION[] = "24.02.4";
constexpr int MAXSCALE_VERSION_MAJOR = 24;
constexpr int MAXSCALE_VERSION_MINOR = 2;
constexpr int MAXSCALE_VERSION_PATCH = 4;
