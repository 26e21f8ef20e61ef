/* Hand-written stand-in for courier-libs pcp/config.h (autoconf); only what pcpdauthtoken.c tests. */
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_UNISTD_H 1
