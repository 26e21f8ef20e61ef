/* Hand-written stand-in for cdb/uint32.h, which cdb/Makefile picks from uint32.h1 / uint32.h2 by running
   tryulong32 (on LP64 Linux: unsigned int). */
#ifndef UINT32_H
#define UINT32_H
typedef unsigned int uint32;
#endif
