/* Hand-written stand-in for the config.h that GlusterFS's configure.ac generates on glibc Linux (only what the
   auth/login and protocol/server files of this corpus need). */
#ifndef WEBHOOK84_GLUSTERFS_CONFIG_H
#define WEBHOOK84_GLUSTERFS_CONFIG_H
#define PACKAGE_NAME "glusterfs"
#define PACKAGE_VERSION "11.1"
#define PACKAGE_STRING "glusterfs 11.1"
#define GF_LINUX_HOST_OS 1
#define SIZEOF_LONG 8
#define SIZEOF_INT 4
#define SIZEOF_SHORT 2
#define SIZEOF_LONG_LONG 8
#define SIZEOF_TIME_T 8
#define HAVE_ATOMIC_BUILTINS 1
#define HAVE_LINKAT 1
#define HAVE_BACKTRACE 1
#define HAVE_STRNLEN 1
#define HAVE_SYS_XATTR_H 1
#define HAVE_SYS_EPOLL_H 1
#define HAVE_SET_FSID 1
#define GLUSTERFS_LIBEXECDIR "/usr/libexec/glusterfs"
#define GLUSTERD_WORKDIR "/var/lib/glusterd"
#define DEFAULT_LOG_FILE_DIRECTORY "/var/log/glusterfs"
#define GLUSTERD_DEFAULT_WORKDIR "/var/lib/glusterd"
#define GLUSTERFS_STATEDIR "/var/lib/glusterd"
#define XLATORDIR "/usr/lib/glusterfs/11.1/xlator"
#define XLATORPARENTDIR "/usr/lib/glusterfs/11.1"
#define GLUSTERD_VOLFILE "/etc/glusterfs/glusterd.vol"
#endif
