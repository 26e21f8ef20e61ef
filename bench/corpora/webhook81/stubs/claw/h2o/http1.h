/* declaration-only stand-in (webhook81 stubs): claw includes it but uses nothing from it */
#include <h2o.h>
