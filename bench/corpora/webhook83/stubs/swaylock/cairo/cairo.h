/* Hand-written, declaration-only stand-in for <cairo/cairo.h> (not installed): only the types swaylock's headers
 * use (webhook83). */
#ifndef WH83_CAIRO_H
#define WH83_CAIRO_H
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef enum _cairo_subpixel_order {
	CAIRO_SUBPIXEL_ORDER_DEFAULT,
	CAIRO_SUBPIXEL_ORDER_RGB,
	CAIRO_SUBPIXEL_ORDER_BGR,
	CAIRO_SUBPIXEL_ORDER_VRGB,
	CAIRO_SUBPIXEL_ORDER_VBGR
} cairo_subpixel_order_t;
#endif
