/* Hand-written stand-in for the config.h that ipmitool's configure generates (Linux, OpenSSL 3, lanplus). */
#define HAVE_BYTESWAP_H 1
#define HAVE_CRYPTO_SHA256 1
#define IPMI_INTF_LANPLUS 1
#define HAVE_INTTYPES_H 1
#define HAVE_STDINT_H 1
#define HAVE_STRING_H 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_PATHS_H 1
#define PACKAGE "ipmitool"
#define VERSION "1.8.19"
