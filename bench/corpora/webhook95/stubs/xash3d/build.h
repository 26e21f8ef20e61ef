/* Hand-written stand-in for xash3d-fwgs's build.h (platform / architecture detection; it comes from the
   3rdparty/library_suffix submodule, absent from the snapshot). Values for x86-64 Linux, glibc. */
#pragma once
#ifndef BUILD_H
#define BUILD_H
#define XASH_POSIX 1
#define XASH_LINUX 1
#define XASH_64BIT 1
#define XASH_AMD64 1
#define XASH_X86 0
#define XASH_ARM 0
#define XASH_LITTLE_ENDIAN 1
#define XASH_BIG_ENDIAN 0
#endif
