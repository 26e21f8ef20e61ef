/* Hand-written stand-in for library_suffix.h of the 3rdparty/library_suffix submodule of xash3d-fwgs (absent
   from the snapshot): declarations of the build OS / architecture name functions the engine calls. */
#pragma once
#ifndef LIBRARY_SUFFIX_H
#define LIBRARY_SUFFIX_H
const char *Q_buildos( void );
const char *Q_buildarch( void );
#endif
