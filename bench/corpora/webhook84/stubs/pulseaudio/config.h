/* Hand-written stand-in for the config.h that PulseAudio's meson build generates on glibc Linux (only what
   protocol-native.c / protocol-esound.c and the pulsecore headers they include need). */
#ifndef WEBHOOK84_PULSEAUDIO_CONFIG_H
#define WEBHOOK84_PULSEAUDIO_CONFIG_H
#define PACKAGE "pulseaudio"
#define PACKAGE_NAME "pulseaudio"
#define PACKAGE_VERSION "17.0"
#define HAVE_CREDS 1
#define HAVE_UNISTD_H 1
#define HAVE_SYS_SOCKET_H 1
#define HAVE_SYS_UN_H 1
#define HAVE_NETINET_IN_H 1
#define HAVE_ARPA_INET_H 1
#define HAVE_PTHREAD 1
#define HAVE_STD_BOOL 1
#define HAVE_SYS_MMAN_H 1
#define HAVE_ATOMIC_BUILTINS 1
#define HAVE_ATOMIC_BUILTINS_MEMORY_MODEL 1
#define HAVE_POSIX_MEMALIGN 1
#define HAVE_MEMFD 1
#define HAVE_SHM_OPEN 1
#define HAVE_STRTOD_L 1
#define HAVE_GRP_H 1
#define HAVE_PWD_H 1
#define HAVE_POLL_H 1
#define HAVE_SYS_POLL_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_UIO_H 1
#define PA_CFLAGS "-O2"
#define PA_BINARY "/usr/bin/pulseaudio"
#define PA_DLSEARCHPATH "/usr/lib/pulse/modules"
#define PA_DEFAULT_CONFIG_DIR "/etc/pulse"
#define PA_MACHINE_ID "/etc/machine-id"
#define PA_SRCDIR "/usr/src/pulseaudio/src"
#define PA_BUILDDIR "/usr/src/pulseaudio/build"
#define PA_ACCESS_GROUP "pulse-access"
#define PA_SYSTEM_USER "pulse"
#define PA_SYSTEM_GROUP "pulse"
#define PA_SYSTEM_RUNTIME_PATH "/var/run/pulse"
#define PA_SYSTEM_STATE_PATH "/var/lib/pulse"
#define PA_SYSTEM_CONFIG_PATH "/var/lib/pulse"
#define GETTEXT_PACKAGE "pulseaudio"
#endif
