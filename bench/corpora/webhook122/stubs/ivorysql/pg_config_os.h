/* Hand-written stand-in for the configure-made link pg_config_os.h -> port/linux.h. */
#include "port/linux.h"
