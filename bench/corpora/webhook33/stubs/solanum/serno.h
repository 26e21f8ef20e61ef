#include "datecode.h"

/* webhook33 stub: vcs_tag output of serno.h.in */
#define SERNO "unknown"
