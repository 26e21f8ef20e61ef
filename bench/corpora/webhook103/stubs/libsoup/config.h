/* Hand-written stand-in for libsoup's meson-generated config.h (corpus webhook103): Linux, glib >= 2.70,
 * no brotli/zstd, no sysprof, no Apache test server. */
#ifndef LIBSOUP_CORPUS_CONFIG_H
#define LIBSOUP_CORPUS_CONFIG_H
#define GLIB_VERSION_MAX_ALLOWED GLIB_VERSION_2_70
#define GLIB_VERSION_MIN_REQUIRED GLIB_VERSION_2_70
#define _SOUP_EXTERN __attribute__((visibility("default"))) extern
#define HAVE_GMTIME_R 1
#define HAVE_SYSPROF 0
#define PACKAGE_VERSION "3.7.1"
#define LOCALEDIR "/usr/share/locale"
#define GETTEXT_PACKAGE "libsoup-3.0"
#endif
