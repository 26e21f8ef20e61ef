/* Hand-written stand-in for the meson-generated config.h of gnome-keyring (meson.build "Project-wide defines"). */
#define GETTEXT_PACKAGE "gnome-keyring"
#define LOCALE_DIR "/usr/share/locale"
#define VERSION "48.0"
#define LIBGCRYPT_VERSION "1.10.1"
#define DOTLOCK_USE_PTHREAD 1
#define DOTLOCK_GLIB_LOGGING 1
#define DOTLOCK_EXT_SYM_PREFIX _gkm_
#define HAVE_SOCKLEN_T 1
#define HAVE_FLOCK 1
#define HAVE_MLOCK 1
#define HAVE_TIMEGM 1
#define HAVE_FSYNC 1
#define WITH_SSH 1
