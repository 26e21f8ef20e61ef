// Hand-written stand-in for AscEmu's generated src/shared/git_version.hpp.
#pragma once
#define AE_BUILD_HASH "10c3eed931e419855d284c60c88d386e046355ec"
#define AE_BUILD_BRANCH "develop"
