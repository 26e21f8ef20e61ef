/* config.h (net40): what cclive 0.9.3's configure defines on Debian 12 with libquvi 0.9 (stubbed) and Boost 1.74 */
#define HAVE_LIBQUVI_0_9 1
#define PACKAGE "cclive"
#define PACKAGE_NAME "cclive"
#define PACKAGE_VERSION "0.9.3"
#define VERSION "0.9.3"
#define VERSION_LONG "0.9.3"
#define CANONICAL_TARGET "x86_64-pc-linux-gnu"
#define BUILD_TIME "net40"
#define HAVE_SIGNAL_H 1
#define HAVE_UNISTD_H 1
#define HAVE_GETPID 1
#define HAVE_FORK 1
#define HAVE_SIGWINCH 1
#define HAVE_SIGACTION 1
#define CXX "clang++-19"
#define CXXFLAGS "-std=gnu++11"
