/* version.h.in (accel-ppp) as CMake fills it (ACCEL_PPP_VERSION when built outside git). */
#define ACCEL_PPP_VERSION "1.14.0"
