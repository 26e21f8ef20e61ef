/* Hand-written stand-in for the build.h tvheadend's configure generates (support/configure.inc, webhook83): no
 * optional feature is enabled (every ENABLE_* is left undefined, i.e. 0 in #if); time_t is a long on x86-64. */
#ifndef WH83_TVH_BUILD_H
#define WH83_TVH_BUILD_H
#define CONFIG_TIME_LD 1
#define DESCRAMBLER_MAX_KEYS 8
extern const char* build_config_str;
extern const char* build_timestamp;
#endif
