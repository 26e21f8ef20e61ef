/* Hand-written stand-in for misc/version.h, which the top-level GNUmakefile writes from LAST_COMMIT. */
#define VERSION "webhook63"
#define RELEASE "0"
