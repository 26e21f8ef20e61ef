/* Hand-written stand-in for mod_auth_openidc's autoconf config.h (webhook113): no Redis, no JQ, no libbrotli. */
#define PACKAGE_NAME "mod_auth_openidc"
#define PACKAGE_VERSION "2.4.17"
#define PACKAGE_STRING "mod_auth_openidc 2.4.17"
#define NAMEVER "mod_auth_openidc-2.4.17"
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define HAVE_LIBPCRE2 1
