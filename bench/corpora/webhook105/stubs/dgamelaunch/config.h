/* Hand-written stand-in for dgamelaunch's autoconf config.h (Linux; configured with
   --enable-sqlite and --enable-shmem; openpty and setenv from glibc). */
#ifndef DGL_STUB_CONFIG_H
#define DGL_STUB_CONFIG_H
#define PACKAGE_NAME "dgamelaunch"
#define PACKAGE_VERSION "1.5.1"
#define PACKAGE_STRING "dgamelaunch 1.5.1"
#define NOSTREAMS 1
#define USE_NCURSES_COLOR 1
#define USE_SQLITE3 1
#define USE_SQLITE_DB "/dgldir/dgamelaunch.db"
#define USE_SHMEM 1
#define DEFCONFIG "/etc/dgamelaunch.conf"
#define HAVE_OPENPTY 1
#define HAVE_SETENV 1
#define SPT_TYPE SPT_REUSEARGV
#endif
