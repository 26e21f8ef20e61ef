/* Hand-written stand-in for Armagetron Advanced's autoconf aa_config.h (dedicated server build on Linux). */
#ifndef CONFIG_H_INCLUDED
#define CONFIG_H_INCLUDED
#define DEDICATED 1
#define HAVE_UNISTD_H 1
#define HAVE_STDINT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_LIBZ 1
#define PACKAGE_NAME "Armagetron Advanced"
#define PACKAGE_TARNAME "armagetronad"
#define PACKAGE_VERSION "0.4"
#define PACKAGE_STRING "Armagetron Advanced 0.4"
#define TOP_SOURCE_DIR "."
#define DATA_DIR "/usr/share/games/armagetronad"
#define CONFIG_DIR "/etc/armagetronad"
#define USER_DATA_DIR "~/.armagetronad"
#endif
