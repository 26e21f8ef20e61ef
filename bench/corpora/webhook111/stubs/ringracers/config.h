/* Hand-written stand-in for the config.h that Ring Racers' CMake makes from src/config.h.in (Linux, glibc 2.36).
 * check_symbol_exists(strcasestr "string.h") fails without _GNU_SOURCE, so HAVE_STRCASESTR stays undefined and
 * doomtype.h maps strcasestr to the bundled nongnu_strcasestr; no strlcpy/strlcat, strupr/strlwr, stricmp. */
#ifndef SRB2_CONFIG_H
#define SRB2_CONFIG_H
#define HAVE_STRCASECMP
#define HAVE_STRNCASECMP
#endif
