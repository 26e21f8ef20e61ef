/* Hand-written stand-in for the core-config.h that meson generates (lib/core/meson.build, Linux, little endian). */
#ifndef CORE_CONFIG_H_STUB
#define CORE_CONFIG_H_STUB
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#define OGS_BIG_ENDIAN 4321
#define OGS_LITTLE_ENDIAN 1234
#define OGS_BYTE_ORDER OGS_LITTLE_ENDIAN
#define OGS_DIR_SEPARATOR '/'
#define OGS_DIR_SEPARATOR_S "/"
#endif
