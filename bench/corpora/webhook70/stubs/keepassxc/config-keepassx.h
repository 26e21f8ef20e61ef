/* Hand-written stand-in for the config-keepassx.h that KeePassXC's CMake generates from config-keepassx.h.cmake:
   version and directory strings only, no optional feature (WITH_XC_*) enabled. */
#ifndef KEEPASSX_CONFIG_KEEPASSX_H
#define KEEPASSX_CONFIG_KEEPASSX_H
#define KEEPASSXC_VERSION "2.8.0"
#define KEEPASSX_SOURCE_DIR "/usr/src/keepassxc"
#define KEEPASSX_BINARY_DIR "/usr/src/keepassxc/build"
#define KEEPASSX_PREFIX_DIR "/usr"
#define KEEPASSX_PLUGIN_DIR "lib/keepassxc"
#define KEEPASSX_DATA_DIR "share/keepassxc"
#define HAVE_PR_SET_DUMPABLE 1
#define HAVE_RLIMIT_CORE 1
#define XC_COMPILER_SUPPORT(X) 0
#endif
