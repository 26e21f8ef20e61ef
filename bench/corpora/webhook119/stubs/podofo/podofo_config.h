// Hand-written stand-in for PoDoFo's CMake-generated podofo/auxiliary/podofo_config.h
// (from src/podofo/auxiliary/podofo_config.h.in): a Linux build with libjpeg and libpng, vendored tcb span.
#ifndef PODOFO_CONFIG_H
#define PODOFO_CONFIG_H

#define PODOFO_VERSION_MAJOR 1
#define PODOFO_VERSION_MINOR 0
#define PODOFO_VERSION_PATCH 0

#define PODOFO_HAVE_JPEG_LIB
#define PODOFO_HAVE_PNG_LIB

#endif // PODOFO_CONFIG_H
