/* Hand-written declaration-only stand-in for the MSVC CRT's io.h. */
#ifndef STUB_IO_H
#define STUB_IO_H
int _access(const char *path, int mode);
#endif
