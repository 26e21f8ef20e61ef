/* Generated stand-in for collectd's autoconf config.h (net38): the HAVE_* results configure
 * finds on Debian 12 for the plugins parsed here. Not a library stand-in. */
#ifndef NET38_COLLECTD_CONFIG_H
#define NET38_COLLECTD_CONFIG_H
#define PACKAGE_NAME "collectd"
#define PACKAGE_VERSION "5.12.0"
#define PREFIX "/usr"
#define SYSCONFDIR "/etc"
#define LOCALSTATEDIR "/var"
#define PKGLOCALSTATEDIR "/var/lib/collectd"
#define PLUGINDIR "/usr/lib/collectd"
#define PKGDATADIR "/usr/share/collectd"
#define KERNEL_LINUX 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_STRINGS_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_WAIT_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_NETDB_H 1
#define HAVE_PTHREAD_H 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_CURLOPT_USERNAME 1
#define HAVE_CURLOPT_TIMEOUT_MS 1
#define HAVE_CURLOPT_UNIX_SOCKET_PATH 1
#define HAVE_LIBRDKAFKA_LOG_CB 1
#define HAVE_GETPWNAM_R 1
#define HAVE_GETGRNAM_R 1
#define NAN_STATIC_DEFAULT 1
#define FP_LAYOUT_NEED_NOTHING 1
#define HAVE_LIBYAJL 1
#define HAVE_YAJL_YAJL_VERSION_H 1
#endif
