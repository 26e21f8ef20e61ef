/* Hand-written stand-in for the me.h that MakeMe generates: uses the project's own Linux default settings. */
#include "goahead-linux-default-me.h"
