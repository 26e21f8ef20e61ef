/* Hand-written stand-in for the config.h meson generates for swaylock (webhook83). */
#ifndef WH83_SWAYLOCK_CONFIG_H
#define WH83_SWAYLOCK_CONFIG_H
#define HAVE_GDK_PIXBUF 0
#endif
