/* Hand-written stand-in for numlib/config.h (autoconf): empty, glibc provides the types numlib.h uses. */
