/* Hand-written stand-in for hev-task-system include/hev-memory-allocator.h, a symlink in git to
   src/mem/api/hev-memory-allocator-api.h (the materialized symlink is only its target path). */
#include "hev-memory-allocator-api.h"
