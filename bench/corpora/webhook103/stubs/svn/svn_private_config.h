/* Hand-written stand-in for Subversion's generated svn_private_config.h (corpus webhook103): Linux, no NLS. */
#ifndef SVN_PRIVATE_CONFIG_H
#define SVN_PRIVATE_CONFIG_H
#define PACKAGE_NAME "subversion"
#define PACKAGE_VERSION "1.15.0"
#define SVN_BUILD_HOST "x86_64-pc-linux-gnu"
#define SVN_BUILD_TARGET "x86_64-pc-linux-gnu"
#define SVN_DOMAIN PACKAGE_NAME
#define SVN_LOCALE_DIR "/usr/share/locale"
#define SVN_FS_WANT_DB_MAJOR 4
#define SVN_FS_WANT_DB_MINOR 0
#define SVN_FS_WANT_DB_PATCH 14
#define SVN_HAVE_MEMCACHE 0
#define HAVE_UNISTD_H 1
#define HAVE_SYS_UTSNAME_H 1
#define _(x) (x)
#define N_(x) x
#define U_(x) x
#define Q_(x1, x2, n) (((n) == 1) ? (x1) : (x2))
#define SVN_NEED_SWAP 0
#endif
