/* Hand-written stand-in for the config.h that bzrtp's CMake writes from config.h.cmake (ZID cache on, as by
 * default; no CUnit, no GoClear, no post-quantum algorithms). */
#define ZIDCACHE_ENABLED 1
