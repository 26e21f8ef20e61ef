/* Hand-written stand-in for charybdis's autoconf include/setup.h (Linux, glibc, OpenSSL). */
#ifndef CHARYBDIS_SETUP_H_STUB
#define CHARYBDIS_SETUP_H_STUB
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STDBOOL_H 1
#define HAVE_ALLOCA_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_CRYPT_H 1
#define HAVE_ERRNO_H 1
#define HAVE_LIBCRYPTO 1
#define HAVE_OPENSSL 1
#define STDC_HEADERS 1
#define NICKNAMEHISTORYLENGTH 15000
#define TOPICLEN 390
#define NICKLEN (31+1)
#define USE_IODEBUG_HOOKS 0
#define PACKAGE_NAME "charybdis"
#define PACKAGE_VERSION "4.1.3-dev"
#define PACKAGE_TARNAME "charybdis"
#define PACKAGE_STRING "charybdis 4.1.3-dev"
#define PACKAGE "charybdis"
#define VERSION "4.1.3-dev"
#define ETC_DIR "/usr/local/etc"
#define LOG_DIR "/usr/local/logs"
#define MODULE_DIR "/usr/local/modules"
#define PKGLIBEXECDIR "/usr/local/libexec/charybdis"
#define PKGRUNDIR "/usr/local/var/run"
#define PKGLOCALSTATEDIR "/usr/local/var"
#define HELP_DIR "/usr/local/share/help"
#define SHARED_SUFFIX ".so"
#define MODS_DIR "/usr/local/modules"
#define AUTOMODPATH "/usr/local/modules/autoload"
#define IRCD_PREFIX "/usr/local"
#define CPATH ETC_DIR "/ircd.conf"
#endif
