/* Hand-written stand-in for Hiawatha's CMake-generated config.h (from config.h.in; Linux, glibc, TLS via the
 * bundled mbed TLS, Tomahawk admin console on, XSLT off). */
#ifndef WH99_HIAWATHA_CONFIG_H
#define WH99_HIAWATHA_CONFIG_H
#define CONFIG_DIR  "/etc/hiawatha"
#define LOG_DIR     "/var/log/hiawatha"
#define PID_DIR     "/run"
#define SBIN_DIR    "/usr/sbin"
#define VERSION     "10.9"
#define WEBROOT_DIR "/var/www/hiawatha"
#define WORK_DIR    "/var/lib/hiawatha"
#define _GNU_SOURCE 1
#define _FILE_OFFSET_BITS 64
#define ENABLE_CACHE ON
#define ENABLE_IPV6 ON
#define ENABLE_LOADCHECK ON
#define ENABLE_MONITOR ON
#define ENABLE_RPROXY ON
#define ENABLE_TLS ON
#define ENABLE_TOMAHAWK ON
#define ENABLE_TOOLKIT ON
#define ENABLE_CHALLENGE ON
#define ENABLE_FILEHASHES ON
#define ENABLE_THREAD_POOL ON
#define HAVE_CRYPT_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_CRYPT_R 1
#define HAVE_SETENV 1
#define HAVE_UNSETENV 1
#define HAVE_CLEARENV 1
#define HAVE_STRCASECMP 1
#define HAVE_STRNCASECMP 1
#define HAVE_STRCASESTR 1
#endif
