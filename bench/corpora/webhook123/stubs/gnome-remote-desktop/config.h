/* Hand-written stand-in for gnome-remote-desktop's meson-generated config.h (meson.build cdata): VNC on, RDP off. */
#define GETTEXT_PACKAGE "gnome-remote-desktop"
#define VERSION "48.0"
#define HAVE_LIBSYSTEMD 0
#define HAVE_RDP 0
#define HAVE_VNC 1
#define GRD_DATA_DIR "/usr/share/gnome-remote-desktop"
#define GRD_LIBEXEC_DIR "/usr/libexec"
#define GRD_CUSTOM_CONF "/etc/gnome-remote-desktop/grd.conf"
#define GRD_DEFAULT_CONF "/usr/share/gnome-remote-desktop/grd.conf"
#define GRD_USERNAME "gnome-remote-desktop"
#define GRD_SHADER_DIR "/usr/share/gnome-remote-desktop/shaders"
