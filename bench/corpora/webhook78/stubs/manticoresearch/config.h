// Hand-written stand-in for the config.h CMake generates from config/config_cmake.h.in:
// Linux x86-64, glibc (Debian 12), OpenSSL on, optional libraries (RE2, ICU, stemmer, jieba, curl, zstd) off.
// Only defines, no code.
#pragma once
#define COMPILER "clang 19"
#define OS_UNAME "Linux"
#define CONFIGURE_FLAGS ""
#define HAVE_BACKTRACE 1
#define HAVE_BACKTRACE_SYMBOLS 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_DLOPEN 1
#define HAVE_GETADDRINFO_A 1
#define HAVE_GETRLIMIT 1
#define HAVE_SETRLIMIT 1
#define HAVE_EPOLL 1
#define HAVE_EVENTFD 1
#define HAVE_SO_REUSEPORT 1
#define HAVE_MALLOC_TRIM 1
#define HAVE_MALLOC_STATS 1
#define HAVE_RWLOCK_PREFER_WRITER 1
#define HAVE_F_SETLKW 1
#define HAVE_LOGF 1
#define HAVE_MREMAP 1
#define HAVE_POLL 1
#define HAVE_PREAD 1
#define HAVE_PTHREAD_MUTEX_TIMEDLOCK 1
#define HAVE_PTHREAD_COND_TIMEDWAIT 1
#define HAVE_PTHREAD_GETNAME_NP 1
#define HAVE_PTHREAD_SETNAME_NP 1
#define HAVE_STRNLEN 1
#define HAVE_SYNC_FETCH 1
#define USE_SYSLOG 1
#define USE_LITTLE_ENDIAN (!0)
#define WITH_SMALLALLOC 0
#define DISABLE_MEMROUTINES 0
#define UNALIGNED_RAM_ACCESS 1
#define GALERA_SONAME "libgalera_manticore.so"
#define WITH_RE2 0
#define WITH_STEMMER 0
#define WITH_ICU 0
#define DL_ICU 0
#define WITH_JIEBA 0
#define WITH_SSL 1
#define WITH_ZLIB 1
#define WITH_ZSTD 0
#define DL_ZSTD 0
#define WITH_CURL 0
#define DL_CURL 0
#define FULL_SHARE_DIR "/usr/share/manticore"
#define LOCALDATADIR "/var/lib/manticore"
#define SYSCONFDIR "/etc/manticoresearch"
#define HARDCODED_PLUGIN_DIR "/usr/local/lib/manticore"
#define BUDDY_EXECUTOR_VERNUM "0.0.0"
