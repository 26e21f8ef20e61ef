/* webhook51: written by hand; stands in for the version.h that Anope's build writes (include/version.cpp, from
 * src/version.sh: 2.1.16-git). */
#pragma once

#define VERSION_MAJOR 2
#define VERSION_MINOR 1
#define VERSION_PATCH 16
#define VERSION_EXTRA "-git"
