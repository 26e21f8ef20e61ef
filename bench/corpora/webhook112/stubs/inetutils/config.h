/* Hand-written stand-in for GNU inetutils' autoconf config.h (with the confpaths.h path macros and the gnulib
   inline macros that lib/argp.h needs). Linux / glibc 2.36. */
#ifndef WH112_INETUTILS_CONFIG_H
#define WH112_INETUTILS_CONFIG_H
#define PACKAGE "inetutils"
#define PACKAGE_NAME "GNU inetutils"
#define PACKAGE_VERSION "1.9.1"
#define PACKAGE_STRING "GNU inetutils 1.9.1"
#define PACKAGE_BUGREPORT "bug-inetutils@gnu.org"
#define VERSION "1.9.1"
#define HAVE_CRYPT_H 1
#define HAVE_SHADOW_H 1
#define HAVE_GETSPNAM 1
#define HAVE_DECL_GETUSERSHELL 1
#define HAVE_INITGROUPS 1
#define HAVE_WAITPID 1
#define HAVE_UTMP_H 1
#define HAVE_STRUCT_LASTLOG 1
#define PATH_BSHELL "/bin/sh"
#define PATH_DEFPATH "/usr/bin:/bin"
#define PATH_TTY "/dev/tty"
#define PATH_UUCICO "/usr/lib/uucp/uucico"
#define PATH_LASTLOG "/var/log/lastlog"
#define PATH_FTPUSERS "/etc/ftpusers"
#define PATH_FTPCHROOT "/etc/ftpchroot"
#define PATH_FTPWELCOME "/etc/ftpwelcome"
#define PATH_FTPLOGINMESG "/etc/motd"
#define _GL_INLINE_HEADER_BEGIN
#define _GL_INLINE_HEADER_END
#define _GL_INLINE static inline
#define _GL_EXTERN_INLINE static inline
#define _GL_ATTRIBUTE_FORMAT(spec) __attribute__ ((__format__ spec))
#define _GL_ATTRIBUTE_PURE __attribute__ ((__pure__))
#define _GL_ATTRIBUTE_CONST __attribute__ ((__const__))
#define _GL_UNUSED __attribute__ ((__unused__))
#endif
