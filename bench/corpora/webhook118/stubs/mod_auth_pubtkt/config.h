/* Hand-written stand-in for mod_auth_pubtkt's autoconf src/config.h (webhook118; configure.ac AC_CONFIG_HEADERS):
 * OpenSSL 3 (libcrypto, EVP_MD_CTX_new/free), Apache 2.4. APACHE24 itself comes from the command line, as
 * configure.old writes it to Makedefs as -DAPACHE24. */
#define HAVE_LIBCRYPTO 1
#define HAVE_EVP_MD_CTX_NEW 1
#define HAVE_EVP_MD_CTX_FREE 1
#define APACHE_UNESCAPE_HAS_LONG_ARGS 1
#define PACKAGE "mod_auth_pubtkt"
#define PACKAGE_VERSION "0.14"
