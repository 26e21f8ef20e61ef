/* Hand-written stand-in for the bitcoin-config.h that peercoin's configure generates (glibc / Debian 12
   values; only what the two corpus TUs need). */
#ifndef BITCOIN_CONFIG_H
#define BITCOIN_CONFIG_H
#define PACKAGE_NAME "Peercoin Core"
#define PACKAGE_URL "https://peercoin.net/"
#define PACKAGE_BUGREPORT "https://github.com/peercoin/peercoin/issues"
#define CLIENT_VERSION_MAJOR 25
#define CLIENT_VERSION_MINOR 2
#define CLIENT_VERSION_BUILD 0
#define CLIENT_VERSION_RC 0
#define CLIENT_VERSION_IS_RELEASE true
#define COPYRIGHT_YEAR 2025
#define COPYRIGHT_HOLDERS "The %s developers"
#define COPYRIGHT_HOLDERS_SUBSTITUTION "Peercoin Core"
#define HAVE_BYTESWAP_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_DECL_BSWAP_16 1
#define HAVE_DECL_BSWAP_32 1
#define HAVE_DECL_BSWAP_64 1
#define HAVE_DECL_HTOBE16 1
#define HAVE_DECL_HTOLE16 1
#define HAVE_DECL_BE16TOH 1
#define HAVE_DECL_LE16TOH 1
#define HAVE_DECL_HTOBE32 1
#define HAVE_DECL_HTOLE32 1
#define HAVE_DECL_BE32TOH 1
#define HAVE_DECL_LE32TOH 1
#define HAVE_DECL_HTOBE64 1
#define HAVE_DECL_HTOLE64 1
#define HAVE_DECL_BE64TOH 1
#define HAVE_DECL_LE64TOH 1
#define HAVE_DECL_FORK 1
#define HAVE_DECL_SETSID 1
#define HAVE_DECL_PIPE2 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYSTEM 1
#define HAVE_THREAD_LOCAL 1
#define HAVE_GETRANDOM 1
#define HAVE_O_CLOEXEC 1
#define HAVE_STRONG_GETAUXVAL 1
#define ENABLE_WALLET 1
#endif
