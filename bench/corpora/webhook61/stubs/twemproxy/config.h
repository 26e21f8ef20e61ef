/* Hand-written stand-in for twemproxy's autoconf config.h (Linux, default ./configure). */
#define HAVE_EPOLL 1
#define HAVE_STATS 1
#define HAVE_LITTLE_ENDIAN 1
#define HAVE_BACKTRACE 1
#define HAVE_ASSERT_LOG 1
#define PACKAGE "nutcracker"
#define PACKAGE_VERSION "0.5.0"
#define NC_VERSION_STRING "0.5.0"
