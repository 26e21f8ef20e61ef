// Hand-written stand-in for PoDoFo's CMake-generated podofo_config_private.h
// (from src/podofo/private/podofo_config_private.h.in): vendored fmt, no AFDKO, no Win32 GDI.
#ifndef PODOFO_CONFIG_PRIVATE_H
#define PODOFO_CONFIG_PRIVATE_H

#endif // PODOFO_CONFIG_PRIVATE_H
