/* Hand-written stand-in for the config.h that shishi's configure generates (webhook66 corpus): a glibc build
   with all encryption types, only what the materialized lib/ files need to parse. */
#define PACKAGE "shishi"
#define PACKAGE_VERSION "1.0.3"
#define SYSTEMCFGFILE "/etc/shishi/shishi.conf"
#define SKELCFGFILE "/etc/shishi/shishi.skel"
#define USERCFGFILE ".shishi/shishi.conf"
#define BASE_DIR "/var/lib/shishi"
#define LOCALEDIR "/usr/share/locale"
#define HAVE_SYS_IOCTL_H 1
#define HAVE_NETDB_H 1
#define HAVE_FCNTL_H 1
#define HAVE_ERRNO_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_SYSLOG_H 1
#define WITH_NULL 1
#define WITH_DES 1
#define WITH_3DES 1
#define WITH_AES 1
#define WITH_MD 1
#define WITH_ARCFOUR 1
#define ENABLE_NLS 0
#define _GL_ATTRIBUTE_PURE __attribute__ ((__pure__))
#define _GL_ATTRIBUTE_CONST __attribute__ ((__const__))
#define _GL_ATTRIBUTE_MALLOC __attribute__ ((__malloc__))
#define _GL_ATTRIBUTE_DEALLOC_FREE
#define _GL_ATTRIBUTE_DEALLOC(f, i)
#define _GL_ATTRIBUTE_RETURNS_NONNULL __attribute__ ((__returns_nonnull__))
#define _GL_ATTRIBUTE_NODISCARD
#define _GL_ATTRIBUTE_FORMAT(spec) __attribute__ ((__format__ spec))
#define _GL_ATTRIBUTE_ALLOC_SIZE(args) __attribute__ ((__alloc_size__ args))
#define _GL_UNUSED __attribute__ ((__unused__))
#define _GL_INLINE_HEADER_BEGIN
#define _GL_INLINE_HEADER_END
#define _GL_INLINE static inline
#define _GL_EXTERN_INLINE extern inline
#ifndef _GNU_SOURCE
# define _GNU_SOURCE 1
#endif
/* gnulib config.h / time.h fragments used by gl/timespec.h and gl/parse-datetime.h. */
#define _GL_CMP(n1, n2) (((n1) > (n2)) - ((n1) < (n2)))
#include <time.h>
typedef struct tm_zone *timezone_t;
/* gnulib module switches that configure sets (gl/xalloc.h declares xmalloc & co. only under them). */
#define GNULIB_XALLOC 1
#define GNULIB_XALLOC_DIE 1
