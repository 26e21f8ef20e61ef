/* Hand-written stand-in for nginx's configure-generated objs/ngx_auto_headers.h (webhook118; Linux, glibc). */
#ifndef NGX_HAVE_UNISTD_H
#define NGX_HAVE_UNISTD_H 1
#endif
#ifndef NGX_HAVE_INTTYPES_H
#define NGX_HAVE_INTTYPES_H 1
#endif
#ifndef NGX_HAVE_LIMITS_H
#define NGX_HAVE_LIMITS_H 1
#endif
#ifndef NGX_HAVE_SYS_PARAM_H
#define NGX_HAVE_SYS_PARAM_H 1
#endif
#ifndef NGX_HAVE_SYS_MOUNT_H
#define NGX_HAVE_SYS_MOUNT_H 1
#endif
#ifndef NGX_HAVE_SYS_STATVFS_H
#define NGX_HAVE_SYS_STATVFS_H 1
#endif
#ifndef NGX_HAVE_CRYPT_H
#define NGX_HAVE_CRYPT_H 1
#endif
#ifndef NGX_LINUX
#define NGX_LINUX 1
#endif
