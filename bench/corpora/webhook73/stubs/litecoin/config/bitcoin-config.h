/* Hand-written stand-in for the config/bitcoin-config.h that Litecoin Core's configure generates
   (webhook73 corpus): package macros and the glibc HAVE_ defines the byteswap/endian/compat headers test. */
#ifndef BITCOIN_CONFIG_H
#define BITCOIN_CONFIG_H
#define PACKAGE_NAME "Litecoin Core"
#define PACKAGE_VERSION "0.21.4"
#define PACKAGE_URL "https://litecoin.org/"
#define PACKAGE_BUGREPORT "https://github.com/litecoin-project/litecoin/issues"
#define CLIENT_VERSION_MAJOR 0
#define CLIENT_VERSION_MINOR 21
#define CLIENT_VERSION_REVISION 4
#define CLIENT_VERSION_BUILD 0
#define CLIENT_VERSION_IS_RELEASE true
#define COPYRIGHT_YEAR 2026
#define COPYRIGHT_HOLDERS "The %s developers"
#define COPYRIGHT_HOLDERS_SUBSTITUTION "Litecoin Core"
#define COPYRIGHT_HOLDERS_FINAL "The Litecoin Core developers"
#define HAVE_BYTESWAP_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_DECL_BSWAP_16 1
#define HAVE_DECL_BSWAP_32 1
#define HAVE_DECL_BSWAP_64 1
#define HAVE_DECL_HTOBE16 1
#define HAVE_DECL_HTOBE32 1
#define HAVE_DECL_HTOBE64 1
#define HAVE_DECL_HTOLE16 1
#define HAVE_DECL_HTOLE32 1
#define HAVE_DECL_HTOLE64 1
#define HAVE_DECL_BE16TOH 1
#define HAVE_DECL_BE32TOH 1
#define HAVE_DECL_BE64TOH 1
#define HAVE_DECL_LE16TOH 1
#define HAVE_DECL_LE32TOH 1
#define HAVE_DECL_LE64TOH 1
#define HAVE_DECL_STRNLEN 1
#define HAVE_DECL_DAEMON 1
#define HAVE_DECL_GETIFADDRS 1
#define HAVE_DECL_FREEIFADDRS 1
#define HAVE_BUILTIN_CLZL 1
#define HAVE_BUILTIN_CLZLL 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_PRCTL_H 1
#define HAVE_SYS_GETRANDOM 1
#define HAVE_GETENTROPY_RAND 1
#define HAVE_THREAD_LOCAL 1
#define HAVE_FUNC_ATTRIBUTE_VISIBILITY 1
#define HAVE_O_CLOEXEC 1
#define HAVE_MALLOPT_ARENA_MAX 1
#define HAVE_STRONG_GETAUXVAL 1
#endif
