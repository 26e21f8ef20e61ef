/* Hand-written stand-in for the lush.h that eggdrop's configure generates: the Tcl header. */
#include <tcl.h>
