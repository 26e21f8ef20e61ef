/* Hand-written stand-in for QHttpEngine's CMake-generated qhttpengine_export.h (from qhttpengine_export.h.in):
   version 1.0.1, static build (no BUILD_SHARED_LIBS), so QHTTPENGINE_EXPORT is empty. */
#ifndef QHTTPENGINE_QHTTPENGINE_H
#define QHTTPENGINE_QHTTPENGINE_H
#include <QtCore/qglobal.h>
#define QHTTPENGINE_VERSION_MAJOR 1
#define QHTTPENGINE_VERSION_MINOR 0
#define QHTTPENGINE_VERSION_PATCH 1
#define QHTTPENGINE_VERSION       "1.0.1"
#define QHTTPENGINE_EXPORT
#endif
