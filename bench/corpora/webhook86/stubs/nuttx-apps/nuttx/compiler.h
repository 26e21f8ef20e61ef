/* Stand-in for NuttX's <nuttx/compiler.h> (hand-written): FAR/CODE come from the config.h stand-in. */
#include <nuttx/config.h>
