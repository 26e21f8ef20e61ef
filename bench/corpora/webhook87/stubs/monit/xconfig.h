/* Hand-written stand-in for libmonit's configure-generated xconfig.h. */
#include "config.h"
