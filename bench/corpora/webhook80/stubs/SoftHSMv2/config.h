/* Hand-written stand-in for SoftHSMv2's CMake-generated config.h (webhook80 corpus): OpenSSL backend, ECC, EDDSA,
   AES GCM, file object store; Debian 12 / glibc. Declarations and macros only. */
#ifndef WEBHOOK80_SOFTHSM_CONFIG_H
#define WEBHOOK80_SOFTHSM_CONFIG_H
#define CRYPTOKI_VISIBILITY 1
#define DEFAULT_LOG_LEVEL "INFO"
#define DEFAULT_OBJECTSTORE_BACKEND "file"
#define DEFAULT_PKCS11_LIB "/usr/lib/softhsm/libsofthsm2.so"
#define DEFAULT_SOFTHSM2_CONF "/etc/softhsm2.conf"
#define DEFAULT_TOKENDIR "/var/lib/softhsm/tokens/"
#define DEFAULT_UMASK 0077
#define HAVE_AES_KEY_WRAP 1
#define HAVE_AES_KEY_WRAP_PAD 1
#define HAVE_CXX11 1
#define HAVE_DLFCN_H 1
#define HAVE_DLOPEN 1
#define HAVE_GETPWUID_R 1
#define HAVE_INTTYPES_H 1
#define HAVE_LIBCRYPTO 1
#define HAVE_MEMORY_H 1
#define HAVE_OPENSSL_SSL_H 1
#define HAVE_PTHREAD_H 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_MMAN_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define MAX_PIN_LEN 255
#define MIN_PIN_LEN 4
#define PACKAGE "softhsm2"
#define PACKAGE_NAME "SoftHSM"
#define PACKAGE_VERSION "2.6.1"
#define PACKAGE_STRING "SoftHSM 2.6.1"
#define PACKAGE_TARNAME "softhsm2"
#define PACKAGE_BUGREPORT ""
#define PACKAGE_URL ""
#define STDC_HEADERS 1
#define VERSION "2.6.1"
#define VERSION_MAJOR 2
#define VERSION_MINOR 6
#define WITH_AES_GCM 1
#define WITH_ECC 1
#define WITH_EDDSA 1
#define WITH_OPENSSL 1
#endif
