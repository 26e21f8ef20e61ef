#include "api.h"

int core_get_updates(int offset);

int api_get_updates(int offset) { return core_get_updates(offset); }
