/* Hand-written stand-in for pound's autoconf config.h (Linux/glibc, OpenSSL 3; no Lua, no dynamic backends). */
#define HAVE_CRYPT_H 1
#define HAVE_GETOPT_H 1
#define HAVE_LONG_LONG_INT 1
#define HAVE_OPENSSL_SSL_H 1
#define PACKAGE "pound"
#define PACKAGE_NAME "pound"
#define PACKAGE_VERSION "4.0"
#define PACKAGE_STRING "pound 4.0"
#define PACKAGE_BUGREPORT "gray@gnu.org"
#define PACKAGE_URL ""
