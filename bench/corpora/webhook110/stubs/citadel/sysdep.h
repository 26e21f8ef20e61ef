/* Hand-written stand-in for the autoconf-generated sysdep.h of the Citadel server (webhook110 corpus).
 * Debian 12 / glibc, Berkeley DB 5.3 (libdb-dev), OpenSSL, OpenLDAP, libical, expat, zlib.
 * HAVE_PAM_START is left undefined (configure --without-pam), so validpw() in auth.c checks crypt(). */
#ifndef WH110_CITADEL_SYSDEP_H
#define WH110_CITADEL_SYSDEP_H
#define CTDLDIR "/usr/local/citadel"
#define EGD_POOL "/var/run/egd-pool"
#define SSL_DIR "/usr/local/citadel/keys"
#define LOCALEDIR "/usr/local/share/locale"
#define HAVE_DB_H 1
#define HAVE_PTHREAD_H 1
#define HAVE_FCNTL_H 1
#define HAVE_LIMITS_H 1
#define HAVE_MALLOC_H 1
#define HAVE_TERMIOS_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_PRCTL_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_UNISTD_H 1
#define HAVE_UTMP_H 1
#define HAVE_UTMPX_H 1
#define HAVE_PATHS_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_NAMESER_H 1
#define HAVE_ARPA_NAMESER_COMPAT_H 1
#define HAVE_SYSCALL_H 1
#define HAVE_SYS_SYSCALL_H 1
#define HAVE_RESOLV_H 1
#define HAVE_STRUCT_TM 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_ICONV 1
#define HAVE_OPENSSL 1
#define HAVE_LDAP 1
#define HAVE_EXPAT 1
#define HAVE_LIBICAL 1
#define HAVE_GETSPNAM 1
#define HAVE_PTHREAD_CANCEL 1
#define HAVE_UT_TYPE 1
#define HAVE_UT_HOST 1
#define HAVE_STRFTIME_L 1
#define HAVE_GETLOADAVG 1
#define HAVE_GETPWNAM_R 1
#define HAVE_GETPWUID_R 1
#define HAVE_PTHREAD_H 1
#define SIZEOF_CHAR 1
#define SIZEOF_SHORT 2
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_LOFF_T 8
#define F_UID_T "%d"
#define F_PID_T "%d"
#define F_XPID_T "%x"
#define STDC_HEADERS 1
#define _GNU_SOURCE 1
#endif
