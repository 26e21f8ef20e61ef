/* Hand-written stand-in for libnetconf2's CMake-generated config.h (Linux, shadow, PAM, OpenSSL backend). */
#ifndef NC_CONFIG_H_
#define NC_CONFIG_H_
#define API __attribute__((visibility("default")))
#define MOCK __attribute__((visibility("default")))
#define HAVE_SHADOW 1
#define HAVE_TERMIOS 1
#define HAVE_LIBPAM 1
#define NC_SERVER_SEARCH_DIR "/usr/share/yang/modules/libnetconf2"
#define NC_CLIENT_SEARCH_DIR "/tmp"
#define NC_READ_INACT_TIMEOUT 20
#define NC_READ_ACT_TIMEOUT 20
#define NC_PS_QUEUE_SIZE 6
#define NC_TIMEOUT_STEP 100
#define HAVE_PTHREAD_RWLOCKATTR_SETKIND_NP 1
#endif
