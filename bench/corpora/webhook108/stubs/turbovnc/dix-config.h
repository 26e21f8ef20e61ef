/* Hand-written stand-in for the dix-config.h that TurboVNC's CMake build
 * configures from unix/Xvnc/programs/Xserver/include/dix-config.h.in (Linux,
 * glibc 2.36: no timingsafe_memcmp, so os/timingsafe_memcmp.c's is used). */
#ifndef _DIX_CONFIG_H_
#define _DIX_CONFIG_H_
#define HAVE_CBRT 1
#define HAVE_DLFCN_H 1
#define HAVE_GETIFADDRS 1
#define HAVE_GETRESUID 1
#define HAVE_MKOSTEMP 1
#define HAVE_STRCASESTR 1
#define HAVE_STRNCASECMP 1
#define HAVE_STRNDUP 1
#define HAVE_ASPRINTF 1
#define HAVE_VASPRINTF 1
#define HAVE_TYPEOF 1
#define XTRANS_SEND_FDS 1
#define BUSFAULT 1
#define LISTEN_UNIX
#define LISTEN_LOCAL 1
#define HAVE_SETITIMER 1
#define HAVE_POLL 1
#define HAVE_EPOLL_CREATE1 1
#define CMAKE_INSTALL_FULL_SYSCONFDIR "/etc"
#endif
