/* Hand-written stand-in for OpenSC's configure-generated config.h (Linux / glibc, OpenSSL 3, secure messaging and
   PIV secure messaging on, zlib on). */
#ifndef WEBHOOK72_STUB_OPENSC_CONFIG_H
#define WEBHOOK72_STUB_OPENSC_CONFIG_H
#define PACKAGE "opensc"
#define PACKAGE_NAME "OpenSC"
#define PACKAGE_VERSION "0.26.0"
#define VERSION "0.26.0"
#define OPENSC_VERSION_MAJOR 0
#define OPENSC_VERSION_MINOR 26
#define OPENSC_VERSION_FIX 0
#define OPENSC_CONF_PATH "/etc/opensc.conf"
#define OPENSC_SCL_PATH "/usr/lib/opensc"
#define SC_PKCS15_PROFILE_DIRECTORY "/usr/share/opensc"
#define CVCDIR "/etc/eac/cvc"
#define X509DIR "/etc/eac/x509"
#define DEFAULT_SM_MODULE "libsmm-local.so"
#define DEFAULT_SM_MODULE_PATH "/usr/lib"
#define DEFAULT_PCSC_PROVIDER "libpcsclite.so.1"
#define ENABLE_OPENSSL 1
#define ENABLE_SM 1
#define ENABLE_PIV_SM 1
#define ENABLE_ZLIB 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_UNISTD_H 1
#define HAVE_STRINGS_H 1
#define HAVE_STRING_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_GETTIMEOFDAY 1
#define HAVE_STRNLEN 1
#define HAVE_STRERROR 1
#define HAVE_EXPLICIT_BZERO 1
#define HAVE_PTHREAD 1
#define HAVE_DLFCN_H 1
#define HAVE_FCNTL_H 1
#define HAVE_SYS_MMAN_H 1
#endif
