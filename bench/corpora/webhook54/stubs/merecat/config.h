/* Hand-written stand-in for the config.h that merecat's ./configure writes on Linux/glibc.
 * Only what src/libhttpd.c needs to parse. */
#define PACKAGE "merecat"
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1 /* AC_USE_SYSTEM_EXTENSIONS */
#endif
#define PACKAGE_NAME "merecat"
#define VERSION "2.32"
#define PACKAGE_VERSION VERSION
#define PACKAGE_STRING "merecat 2.32"
#define HAVE_ATOLL 1
#define HAVE_DIRENT_H 1
#define HAVE_SYS_SENDFILE_H 1
#define HAVE_SENDFILE 1
#define HAVE_ACCEPT4 1
#define HAVE_BACKTRACE 1
#define AUTH_FILE ".htpasswd"   /* --enable-htpasswd */
#define ACCESS_FILE ".htaccess" /* --enable-htaccess */
