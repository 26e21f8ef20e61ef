/* Hand-written stand-in for x11vnc's configure-generated config.h (webhook98 corpus).
 * A Linux build with X11, OpenSSL, libcrypt and the POSIX user / process calls; the optional X extensions
 * (XShm, XTest, RECORD, Xinerama, Xrandr, Xfixes, Xdamage, ...) are left off. */
#ifndef WEBHOOK98_X11VNC_CONFIG_H
#define WEBHOOK98_X11VNC_CONFIG_H
#define PACKAGE "x11vnc"
#define PACKAGE_NAME "x11vnc"
#define PACKAGE_STRING "x11vnc 0.9.17"
#define PACKAGE_VERSION "0.9.17"
#define VERSION "0.9.17"
#define HAVE_X11 1
#define HAVE_LIBSSL 1
#define HAVE_LIBCRYPTO 1
#define HAVE_LIBCRYPT 1
#define HAVE_CRYPT 1
#define HAVE_ARPA_INET_H 1
#define HAVE_FCNTL_H 1
#define HAVE_NETDB_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_UNISTD_H 1
#define HAVE_PWD_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_UTMPX_H 1
#define HAVE_TERMIOS_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_GETPWUID 1
#define HAVE_GETPWNAM 1
#define HAVE_GETSPNAM 1
#define HAVE_GETUID 1
#define HAVE_GETEUID 1
#define HAVE_SETUID 1
#define HAVE_SETGID 1
#define HAVE_SETEUID 1
#define HAVE_SETEGID 1
#define HAVE_INITGROUPS 1
#define HAVE_WAITPID 1
#define HAVE_SETSID 1
#define HAVE_SETPGRP 1
#define HAVE_SETUTXENT 1
#define HAVE_GRANTPT 1
#define HAVE_SHMAT 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_MMAP 1
#define HAVE_SELECT 1
#define HAVE_SOCKET 1
#endif
