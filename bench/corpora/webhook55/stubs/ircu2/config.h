/* Hand-written stand-in for the config.h that ircu2's ./configure writes on Linux: only the defines the parsed
 * files need. */
#define MAJOR_PROTOCOL "10"
#define MAXCONNECTIONS 4096
#define HAVE_CRYPT_H 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
