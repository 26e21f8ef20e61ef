/* Hand-written stand-in for xscreensaver's autoconf config.h (webhook83): the glibc / shadow-password
 * configuration the pwent backend is built with on Linux. */
#ifndef WH83_XSCREENSAVER_CONFIG_H
#define WH83_XSCREENSAVER_CONFIG_H
#define HAVE_UNISTD_H 1
#define HAVE_CRYPT_H 1
#define HAVE_SHADOW_PASSWD 1
#endif
