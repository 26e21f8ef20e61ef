/* webhook52 stub, written by hand: the subset of what tac_plus's configure would define on Debian 12 / x86_64
 * with its default options (ACLs, user-enable, maxsess on; ARAP DES, MSCHAP and MSCHAP DES off), for the parsed
 * files default_fn.c, pwlib.c and enable.c only. */
#define STDC_HEADERS 1
#define TIME_WITH_SYS_TIME 1
#define HAVE_CRYPT_H 1
#define HAVE_FCNTL_H 1
#define HAVE_MALLOC_H 1
#define HAVE_SHADOW_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_UNISTD_H 1
#define HAVE_UTMP_H 1
#define HAVE_UTMPX_H 1
#define HAVE_STRERROR 1
#define SHADOW_PASSWORDS 1
#define HAVE_PAM 1
#define ACLS 1
#define UENABLE 1
#define MAXSESS 1
#define RETSIGTYPE void
