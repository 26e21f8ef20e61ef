/* Hand-written stand-in for the gdbus-codegen output grd-dbus-mutter-remote-desktop.h (opaque proxy types only). */
#pragma once
#include <gio/gio.h>
typedef struct _GrdDBusMutterRemoteDesktop GrdDBusMutterRemoteDesktop;
typedef struct _GrdDBusMutterRemoteDesktopSession GrdDBusMutterRemoteDesktopSession;
