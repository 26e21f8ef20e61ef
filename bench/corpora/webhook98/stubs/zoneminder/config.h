/* Hand-written stand-in for ZoneMinder's CMake-generated config.h (webhook98 corpus): a Linux build with
 * OpenSSL for the hashes, jwt-cpp (dep/jwt-cpp, HAVE_LIBJWT unset) for tokens, MySQL / MariaDB client. */
#ifndef WEBHOOK98_ZM_CONFIG_H
#define WEBHOOK98_ZM_CONFIG_H
#define HAVE_LIBOPENSSL 1
#define HAVE_LIBCRYPTO 1
#define HAVE_LIBPTHREAD 1
#define HAVE_SYS_SYSCALL_H 1
#define HAVE_SYSCALL 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_DECL_BACKTRACE 1
#define ZM_MEM_MAPPED 1
#define ZM_PATH_MAP "/dev/shm"
#define ZM_PATH_SOCKS "/run/zm"
#define ZM_PATH_SWAP "/tmp/zm"
#define ZM_PATH_LOGS "/var/log/zm"
#define ZM_PATH_ARP ""
#define ZM_PATH_IFCONFIG ""
#define ZM_PATH_IP ""
#define ZM_SSL_LIB "openssl"
#define VERSION "1.37"
#endif
