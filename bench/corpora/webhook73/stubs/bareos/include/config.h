/* Hand-written stand-in for the include/config.h that Bareos's CMake generates from core/src/include/config.h.in
   (webhook73 corpus): Linux/glibc/clang defines only, no optional libraries. */
#ifndef BAREOS_INCLUDE_CONFIG_H_
#define BAREOS_INCLUDE_CONFIG_H_
#define BAREOS "bareos"
#define FD_DEFAULT_PORT "9102"
#define SD_DEFAULT_PORT "9103"
#define DIR_DEFAULT_PORT "9101"
#define NDMP_DEFAULT_PORT "10000"
#define HAVE_CLANG 1
#define HAVE_SOURCE_LOCATION 1
#define HAVE_LINUX_OS 1
#define HAVE_BACKTRACE 1
#define HAVE_BACKTRACE_SYMBOLS 1
#define HAVE_GETPAGESIZE 1
#define HAVE_POLL 1
#define HAVE_POSIX_FADVISE 1
#define HAVE_SHA2 1
#define HAVE_IS_TRIVIALLY_COPYABLE
#define CONFDIR "/etc/bareos"
#define LIBDIR "/usr/lib/bareos"
#define LOCALEDIR "/usr/share/locale"
#define SYSCONFDIR "/etc"
#define PACKAGE_NAME "bareos"
#define PATH_BAREOS_BACKENDDIR "/usr/lib/bareos/backends"
#define PATH_BAREOS_SCRIPTDIR "/usr/lib/bareos/scripts"
#define PATH_BAREOS_WORKINGDIR "/var/lib/bareos"
#define PATH_BAREOS_PIDDIR "/var/lib/bareos"
#define _FILE_OFFSET_BITS 64
#define _LARGEFILE_SOURCE 1
#endif
