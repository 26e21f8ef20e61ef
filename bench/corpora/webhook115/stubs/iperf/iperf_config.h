/* Hand-written stand-in for iperf3's autoconf iperf_config.h (Linux, OpenSSL 3, lksctp). */
#define HAVE_SSL 1
#define HAVE_SCTP_H 1
#define HAVE_NETINET_SCTP_H 1
#define HAVE_STRUCT_SCTP_ASSOC_VALUE 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_ENDIAN_H 1
#define HAVE_POLL_H 1
#define HAVE_PTHREAD 1
#define HAVE_STDATOMIC_H 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_NANOSLEEP 1
#define HAVE_LINUX_TCP_H 1
#define HAVE_TCP_CONGESTION 1
#define HAVE_SO_MAX_PACING_RATE 1
#define HAVE_SO_BINDTODEVICE 1
#define HAVE_MSG_TRUNC 1
#define HAVE_DAEMON 1
#define HAVE_GETLINE 1
#define PACKAGE_VERSION "3.x"
#define PACKAGE_STRING "iperf 3.x"
#define PACKAGE_NAME "iperf"
