/* Hand-written stand-in for the config.h that mini-snmpd's ./configure writes on Linux. */
#define PACKAGE_NAME "mini-snmpd"
#define PACKAGE_VERSION "1.6"
#define VERSION "1.6"
