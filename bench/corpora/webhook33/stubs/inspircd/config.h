/* webhook33 stub: make/template/config.h as ./configure writes it (InspIRCd 4.11.0, default paths under run/,
 * Linux with glibc 2.36: arc4random_buf, clock_gettime and getentropy available). */
#pragma once

/** The branch version that is shown to unprivileged users. */
#define INSPIRCD_BRANCH "InspIRCd-4"

/** The full version that is shown to privileged users. */
#define INSPIRCD_VERSION "InspIRCd-4.11.0"

/** Determines whether this version of InspIRCd is older than the requested version. */
#define INSPIRCD_VERSION_BEFORE(MAJOR, MINOR) (((4 << 8) | 11) < ((MAJOR << 8) | (MINOR)))

/** Determines whether this version of InspIRCd is equal to or newer than the requested version. */
#define INSPIRCD_VERSION_SINCE(MAJOR, MINOR) (((4 << 8) | 11) >= ((MAJOR << 8) | (MINOR)))

#define INSPIRCD_CONFIG_PATH "run/conf"
#define INSPIRCD_EXAMPLE_PATH "run/conf/examples"
#define INSPIRCD_DATA_PATH "run/data"
#define INSPIRCD_LOG_PATH "run/logs"
#define INSPIRCD_MODULE_PATH "run/modules"
#define INSPIRCD_RUNTIME_PATH "run/data"
#define INSPIRCD_DOCS "https://docs.inspircd.org/4/"

#define HAS_ARC4RANDOM_BUF
#define HAS_CLOCK_GETTIME
#define HAS_GETENTROPY
