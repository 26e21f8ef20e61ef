#ifndef foopulseversionhfoo
#define foopulseversionhfoo
/* Hand-written stand-in for the pulse/version.h that meson generates from src/pulse/version.h.in (PulseAudio 17). */
#include <pulse/cdecl.h>
PA_C_DECL_BEGIN
const char* pa_get_library_version(void);
#define pa_get_headers_version() ("17.0.0")
#define PA_API_VERSION 12
#define PA_PROTOCOL_VERSION 35
#define PA_MAJOR 17
#define PA_MINOR 0
#define PA_MICRO 0
#define PA_CHECK_VERSION(major,minor,micro) \
    ((PA_MAJOR > (major)) || \
     (PA_MAJOR == (major) && PA_MINOR > (minor)) || \
     (PA_MAJOR == (major) && PA_MINOR == (minor) && PA_MICRO >= (micro)))
PA_C_DECL_END
#endif
