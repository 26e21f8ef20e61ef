// Hand-written stub (webhook67): stands in for deps/jemalloc-4.1.0's jemalloc.h, which src/version.h includes
// (build.sh builds jemalloc and links it; its standard malloc/free names come from <stdlib.h>). Empty on purpose.
#pragma once
#include <stdlib.h>
