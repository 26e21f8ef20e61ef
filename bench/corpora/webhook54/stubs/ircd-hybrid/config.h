/* Hand-written stand-in for the config.h that ircd-hybrid's ./configure writes on Linux/glibc.
 * Only the HAVE_ macros src/stdinc.h tests for the parsed files. */
#define HAVE_CRYPT_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_PARAM_H 1
