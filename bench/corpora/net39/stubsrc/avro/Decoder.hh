// net39 stub: see Specific.hh
#include "Specific.hh"
