// Hand-written stand-in for hyperion.ng's CMake-generated HyperionConfig.h (no build directory here): every
// optional feature off; version strings made up.
#pragma once
#define HYPERION_VERSION "0.0.0-corpus"
#define HYPERION_BUILD_ID "corpus"
#define HYPERION_GIT_REMOTE "corpus"
#define HYPERION_JSON_VERSION "0.0.0"
