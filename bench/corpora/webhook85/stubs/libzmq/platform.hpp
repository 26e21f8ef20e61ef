/* Hand-written stand-in for the platform.hpp libzmq's CMake writes from builds/cmake/platform.hpp.in (Linux, epoll,
   CURVE through libsodium). */
#ifndef __ZMQ_PLATFORM_HPP_INCLUDED__
#define __ZMQ_PLATFORM_HPP_INCLUDED__
#define ZMQ_HAVE_LINUX 1
#define ZMQ_USE_EPOLL 1
#define ZMQ_IOTHREAD_POLLER_USE_EPOLL 1
#define ZMQ_POLL_BASED_ON_POLL 1
#define ZMQ_USE_CV_IMPL_STL11 1
#define ZMQ_HAVE_UIO 1
#define ZMQ_HAVE_EVENTFD 1
#define ZMQ_HAVE_IFADDRS 1
#define ZMQ_HAVE_SO_PEERCRED 1
#define ZMQ_HAVE_SOCK_CLOEXEC 1
#define ZMQ_HAVE_SO_KEEPALIVE 1
#define ZMQ_HAVE_TCP_KEEPCNT 1
#define ZMQ_HAVE_TCP_KEEPIDLE 1
#define ZMQ_HAVE_TCP_KEEPINTVL 1
#define ZMQ_HAVE_IPC 1
#define ZMQ_HAVE_STRLCPY 0
#define ZMQ_CACHELINE_SIZE 64
#define ZMQ_HAVE_CURVE 1
#define ZMQ_USE_LIBSODIUM 1
#define HAVE_POSIX_MEMALIGN 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_FORK 1
#define HAVE_STRNLEN 1
#endif
