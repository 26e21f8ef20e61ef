/* webhook51: written by hand; stands in for the sysconf.h that Anope's CMake build generates from
 * include/sysconf.h.cmake (release build on Linux, no localization). */
#pragma once

#define DEFUMASK 077
#define DLL_EXT ".so"
#define DEBUG_BUILD 0
#define DEFAULT_CONF_DIR "/usr/local/anope/conf"
#define DEFAULT_DATA_DIR "/usr/local/anope/data"
#define DEFAULT_LOCALE_DIR "/usr/local/anope/locale"
#define DEFAULT_LOG_DIR "/usr/local/anope/logs"
#define DEFAULT_MODULE_DIR "/usr/local/anope/modules"
#define HAVE_CLOCK_GETTIME 1
#define HAVE_LOCALIZATION 0
#define HAVE_UMASK 1
#define REPRODUCIBLE_BUILD 0

#if defined __GNUC__
# define ATTR_FORMAT(s, f) __attribute__((format(printf, s, f)))
# define ATTR_NOT_NULL(...) __attribute__((nonnull(__VA_ARGS__)))
#else
# define ATTR_FORMAT(s, f)
# define ATTR_NOT_NULL(...)
#endif
