/* Hand-written stand-in for ACE ace/OS_NS_dlfcn.h (webhook73 corpus). */
#include <dlfcn.h>
