/* webhook81 hand-written stub: StatTimer.h includes "Poco\\Timer.h" with a Windows path separator; forward to the
   system Poco header (libpoco-dev) */
#include <Poco/Timer.h>
