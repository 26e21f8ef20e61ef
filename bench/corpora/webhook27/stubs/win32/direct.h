/* Hand-written declaration-only stand-in for the MSVC CRT's direct.h. */
#ifndef STUB_DIRECT_H
#define STUB_DIRECT_H
int _mkdir(const char *dirname);
#endif
