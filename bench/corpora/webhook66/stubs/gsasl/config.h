/* Hand-written stand-in for the config.h that gsasl's configure generates (webhook66 corpus).
   Only what the materialized mechanism files need to parse. */
#define PACKAGE "gsasl"
#define PACKAGE_VERSION "2.2.0"
#define USE_CRAM_MD5 1
#define USE_DIGEST_MD5 1
#define USE_SCRAM_SHA1 1
#define USE_SCRAM_SHA256 1
#define USE_LOGIN 1
#define USE_PLAIN 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
/* gnulib's config.h fragments: the unused-parameter attribute and the GNU extensions (asprintf). */
#define _GL_UNUSED __attribute__ ((__unused__))
#define _GL_ATTRIBUTE_PURE __attribute__ ((__pure__))
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1
#endif
