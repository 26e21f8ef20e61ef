/* Hand-written stand-in for the gdbus-codegen output grd-dbus-remote-desktop.h (opaque interface types only). */
#pragma once
#include <gio/gio.h>
typedef struct _GrdDBusRemoteDesktopRdpServer GrdDBusRemoteDesktopRdpServer;
typedef struct _GrdDBusRemoteDesktopVncServer GrdDBusRemoteDesktopVncServer;
