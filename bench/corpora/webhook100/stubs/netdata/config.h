/* Hand-written stand-in for netdata's CMake-generated config.h
 * (packaging/cmake/config.cmake.h.in): Linux x86-64, glibc 2.36, OpenSSL 3,
 * json-c and libuv from Debian 12, vendored Judy; no optional plugins,
 * no dbengine, no ML, no protobuf. */
#ifndef W100_NETDATA_CONFIG_H
#define W100_NETDATA_CONFIG_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define __always_unused __attribute__((unused))
#define __maybe_unused __attribute__((unused))
#define SIZEOF_VOID_P 8
#define OS_LINUX 1
#define MAJOR_IN_SYSMACROS 1
#define STRERROR_R_CHAR_P 1
#define SSL_HAS_PENDING 1
#define ENABLE_JSONC 1
#define NETDATA_RUNTIME_PREFIX ""
#define CACHE_DIR "/var/cache/netdata"
#define CONFIG_DIR "/etc/netdata"
#define NETDATA_VERSION_MAJOR "2"
#define NETDATA_VERSION_MINOR "0"
#define NETDATA_VERSION_PATCH "0"
#define NETDATA_VERSION_TWEAK "0"
#define NETDATA_VERSION_DESCR ""
#define NETDATA_VERSION "v2.0.0"
#define HAVE_NETINET_IN_H 1
#define HAVE_RESOLV_H 1
#define HAVE_NETDB_H 1
#define HAVE_SYS_PRCTL_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_VFS_H 1
#define HAVE_SYS_STATFS_H 1
#define HAVE_LINUX_MAGIC_H 1
#define HAVE_SYS_MOUNT_H 1
#define HAVE_SYS_STATVFS_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETINET_TCP_H 1
#define HAVE_SYS_IOCTL_H 1
#define HAVE_GRP_H 1
#define HAVE_PWD_H 1
#define HAVE_NET_IF_H 1
#define HAVE_POLL_H 1
#define HAVE_SYSLOG_H 1
#define HAVE_SYS_MMAN_H 1
#define HAVE_SYS_RESOURCE_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_SPAWN_H 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_STRERROR_R 1
#define HAVE_FINITE 1
#define HAVE_ISFINITE 1
#define HAVE_RECVMMSG 1
#define HAVE_GETTID 1
#define HAVE_WAITID 1
#define HAVE_NICE 1
#define HAVE_GETPRIORITY 1
#define HAVE_SETENV 1
#define HAVE_DLSYM 1
#define HAVE_SETRESUID 1
#define HAVE_SETRESGID 1
#define HAVE_GETRANDOM 1
#define HAVE_SYSINFO 1
#define HAVE_TIMEGM 1
#define HAVE_TM_GMTOFF 1
#define HAVE_BACKTRACE 1
#define HAVE_CLOSE_RANGE 1
#define HAVE_SCHED_GETSCHEDULER 1
#define HAVE_SCHED_SETSCHEDULER 1
#define HAVE_SCHED_GET_PRIORITY_MIN 1
#define HAVE_SCHED_GET_PRIORITY_MAX 1
#define HAVE_PTHREAD_GETNAME_NP 1
#define HAVE_ACCEPT4 1
#define HAVE_C__GENERIC 1
#define HAVE_C_MALLOPT 1
#define HAVE_C_MALLOC_TRIM 1
#define HAVE_C_MALLOC_INFO 1
#define HAVE_C_MALLINFO2 1
#define HAVE_SETNS 1
#define HAVE_STRNDUP 1
#define HAVE_FUNC_ATTRIBUTE_FORMAT_GNU_PRINTF 1
#define HAVE_FUNC_ATTRIBUTE_MALLOC 1
#define HAVE_FUNC_ATTRIBUTE_NOINLINE 1
#define HAVE_FUNC_ATTRIBUTE_NORETURN 1
#define HAVE_FUNC_ATTRIBUTE_RETURNS_NONNULL 1
#define HAVE_FUNC_ATTRIBUTE_WARN_UNUSED_RESULT 1
#define HAVE_CRYPTO 1
#define HAVE_X509_VERIFY_PARAM_set1_host 1
#endif
