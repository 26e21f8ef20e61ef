/* Hand-written, declaration-only stand-in for <wayland-client.h> (not installed): only the names swaylock's
 * headers use (webhook83). */
#ifndef WH83_WAYLAND_CLIENT_H
#define WH83_WAYLAND_CLIENT_H
#include <stdint.h>
struct wl_list {
	struct wl_list *prev;
	struct wl_list *next;
};
enum wl_output_subpixel {
	WL_OUTPUT_SUBPIXEL_UNKNOWN = 0,
	WL_OUTPUT_SUBPIXEL_NONE = 1,
	WL_OUTPUT_SUBPIXEL_HORIZONTAL_RGB = 2,
	WL_OUTPUT_SUBPIXEL_HORIZONTAL_BGR = 3,
	WL_OUTPUT_SUBPIXEL_VERTICAL_RGB = 4,
	WL_OUTPUT_SUBPIXEL_VERTICAL_BGR = 5,
};
struct wl_display;
struct wl_compositor;
struct wl_subcompositor;
struct wl_shm;
struct wl_output;
struct wl_surface;
struct wl_subsurface;
struct wl_callback;
struct wl_buffer;
struct wl_pointer;
struct wl_keyboard;
struct wl_seat;
struct wl_seat_listener;
#endif
