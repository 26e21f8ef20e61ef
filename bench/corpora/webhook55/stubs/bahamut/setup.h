/* Hand-written stand-in for the setup.h that bahamut's ./configure writes on Linux (glibc): only the defines the
 * parsed files need. */
#define STDC_HEADERS 1
#define HAVE_PARAM_H 1
#define HAVE_STRING_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STDLIB_H 1
#define HAVE_UNISTD_H 1
#define HAVE_DN_SKIPNAME 1
#define HAVE_STRTOK 1
#define HAVE_INET_ADDR 1
#define HAVE_INET_NTOA 1
#define HAVE_INET_NETOF 1
#define HAVE_MINMAX 1
#define HAVE_BCOPY 1
#define HAVE_BCMP 1
#define HAVE_BZERO 1
#define HAVE_INDEX 1
#define USE_POLL 1
#define OS_LINUX 1
