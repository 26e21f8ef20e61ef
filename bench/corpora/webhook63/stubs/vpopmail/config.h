/* Hand-written stand-in for vpopmail's autoconf config.h (Linux/glibc, cdb backend, clear passwords kept, --enable-passwd,
   shadow passwords, logging level 2). */
#define CLEAR_PASS 1
#define HAS_SHADOW 1
#define ENABLE_PASSWD 1
#define HAVE_SHADOW_H 1
#define HAVE_GETSPNAM 1
#define HAVE_CRYPT_H 1
#define HAVE_LIBCRYPT 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_BYTESWAP_H 1
#define ENABLE_LOGGING 2
#define LOG_NAME "vpopmail"
#define QMAILDIR "/var/qmail"
#define VPOPMAILDIR "/home/vpopmail"
#define VPOPUSER "vpopmail"
#define VPOPGROUP "vchkpw"
#define DOMAINS_DIR "domains"
#define USERS_BIG_DIR 1
#define VLIMITS_DEFAULT_FILE "/home/vpopmail/etc/vlimits.default"
#define PS_COMMAND "ps -e"
#define PACKAGE "vpopmail"
#define PACKAGE_VERSION "5.6"
#define VERSION "5.6"
