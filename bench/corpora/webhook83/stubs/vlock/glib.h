/* Hand-written, declaration-only stand-in for <glib.h> (glib is not installed): only the names vlock's
 * auth-shadow.c, auth.h and prompt.h use (webhook83). */
#ifndef WH83_GLIB_H
#define WH83_GLIB_H
#include <stdlib.h>
typedef unsigned int GQuark;
typedef struct _GError {
	GQuark domain;
	int code;
	char *message;
} GError;
GQuark g_quark_from_static_string(const char *string);
void g_propagate_error(GError **dest, GError *src);
GError *g_error_new_literal(GQuark domain, int code, const char *message);
const char *g_strerror(int errnum);
void g_set_error(GError **err, GQuark domain, int code, const char *format, ...);
void g_clear_error(GError **err);
#define g_return_val_if_fail(expr, val) do { if (!(expr)) return (val); } while (0)
#define g_assert(expr) do { if (!(expr)) abort(); } while (0)
#endif
