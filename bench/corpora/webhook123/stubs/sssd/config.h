/* Hand-written stand-in for SSSD's autoconf-generated config.h (Debian 12, glibc x86_64): only what the
 * extracted headers test (src/external/sizes.m4, libpcre.m4, configure.ac's fallthrough attribute check). */
#ifndef SSSD_STUB_CONFIG_H
#define SSSD_STUB_CONFIG_H
#define _GNU_SOURCE 1
#define SIZEOF_INT 4
#define SIZEOF_CHAR 1
#define SIZEOF_SHORT 2
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_UID_T 4
#define SIZEOF_GID_T 4
#define SIZEOF_ID_T 4
#define SIZEOF_TIME_T 8
#define SIZEOF_RLIM_T 8
#define SIZEOF_PID_T 4
#define SIZEOF_SIZE_T 8
#define SIZEOF_OFF_T 8
#define PCRE2_CODE_UNIT_WIDTH 8
#define SSS_ATTRIBUTE_FALLTHROUGH __attribute__ ((fallthrough))
#define HAVE_PTHREAD 1
#define HAVE_KRB5_GET_INIT_CREDS_OPT_SET_RESPONDER 1
#define HAVE_FUNCTION_ATTRIBUTE_FORMAT 1
#define HAVE_FUNCTION_ATTRIBUTE_WARN_UNUSED_RESULT 1
#define PACKAGE "sssd"
#define VERSION "2.10.0"
#define SSSD_LIBEXEC_PATH "/usr/libexec/sssd"
#define DB_PATH "/var/lib/sss/db"
#define PIPE_PATH "/var/lib/sss/pipes"
#define PUBCONF_PATH "/var/lib/sss/pubconf"
#define MCACHE_PATH "/var/lib/sss/mc"
#define SSSD_CONF_DIR "/etc/sssd"
#define SSS_STATEDIR "/var/lib/sss"
#define LOCALEDIR "/usr/share/locale"
#define PID_PATH "/run"
#define SSS_NSS_SOCKET_NAME "/var/lib/sss/pipes/nss"
#define HAVE_KRB5_TICKET_TIMES 1
#endif
