/* Hand-written stand-in for the gdbus-codegen output grd-dbus-mutter-screen-cast.h (opaque proxy types only). */
#pragma once
#include <gio/gio.h>
typedef struct _GrdDBusMutterScreenCast GrdDBusMutterScreenCast;
typedef struct _GrdDBusMutterScreenCastSession GrdDBusMutterScreenCastSession;
typedef struct _GrdDBusMutterScreenCastStream GrdDBusMutterScreenCastStream;
