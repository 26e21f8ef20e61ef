/* Hand-written stand-in for the config.h that CMake generates from encfs's config.h.cmake (Linux, glibc). */
#define VERSION "1.9.5"
#define HAVE_SYS_XATTR_H
#define HAVE_UTIMENSAT
#define HAVE_FDATASYNC
#define HAVE_DIRENT_D_TYPE
#define CMAKE_USE_PTHREADS_INIT
