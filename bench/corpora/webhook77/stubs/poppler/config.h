/* Hand-written stand-in for the config.h poppler's CMake generates (Linux, glibc, zlib only). */
#ifndef WEBHOOK77_POPPLER_CONFIG_H
#define WEBHOOK77_POPPLER_CONFIG_H
#define VERSION "21.07.0"
#define HAVE_DIRENT_H 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_FSEEKO 1
#define HAVE_MKSTEMP 1
#define HAVE_POPEN 1
#define HAVE_PTHREAD 1
#define HAVE_STRINGS_H 1
#define HAVE_UNISTD_H 1
#define ENABLE_ZLIB 1
#endif
