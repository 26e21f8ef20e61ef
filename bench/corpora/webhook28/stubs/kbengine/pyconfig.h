/* Hand-written stand-in for the pyconfig.h that the vendored CPython 3.7 (kbe/src/lib/python) generates at configure time:
   the answers for Linux x86_64 / glibc of the macros its Include/ headers test. */
#ifndef Py_PYCONFIG_H
#define Py_PYCONFIG_H

/* type sizes (LP64) */
#define SIZEOF_SHORT 2
#define SIZEOF_INT 4
#define SIZEOF_LONG 8
#define SIZEOF_LONG_LONG 8
#define SIZEOF_LONG_DOUBLE 16
#define SIZEOF_FLOAT 4
#define SIZEOF_DOUBLE 8
#define SIZEOF_VOID_P 8
#define SIZEOF_SIZE_T 8
#define SIZEOF_UINTPTR_T 8
#define SIZEOF_TIME_T 8
#define SIZEOF_OFF_T 8
#define SIZEOF_FPOS_T 16
#define SIZEOF_PID_T 4
#define SIZEOF_PTHREAD_T 8
#define SIZEOF_WCHAR_T 4
#define SIZEOF__BOOL 1

/* headers */
#define HAVE_ERRNO_H 1
#define HAVE_LANGINFO_H 1
#define HAVE_STDDEF_H 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_SYS_SELECT_H 1
#define HAVE_SYS_STAT_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_SYS_TYPES_H 1
#define HAVE_UNISTD_H 1
#define HAVE_WCHAR_H 1
#define HAVE_CRYPT_H 1
#define HAVE_DLFCN_H 1
#define STDC_HEADERS 1
#define TIME_WITH_SYS_TIME 1

/* types and compiler features */
#define HAVE_LONG_LONG 1
#define HAVE_SSIZE_T 1
#define HAVE_UINTPTR_T 1
#define HAVE_INTPTR_T 1
#define HAVE_STDARG_PROTOTYPES 1
#define HAVE_PROTOTYPES 1
#define HAVE_BUILTIN_ATOMIC 1
#define HAVE_STD_ATOMIC 1
#define HAVE_GCC_ASM_FOR_X87 1
#define HAVE_GCC_ASM_FOR_X64 1
#define HAVE_GCC_UINT128_T 1
#define HAVE_COMPUTED_GOTOS 1
#define DOUBLE_IS_LITTLE_ENDIAN_IEEE754 1
#define PY_FORMAT_SIZE_T "z"
#define HAVE_DECL_ISFINITE 1
#define HAVE_DECL_ISINF 1
#define HAVE_DECL_ISNAN 1

/* library functions */
#define HAVE_CLOCK_GETTIME 1
#define HAVE_COPYSIGN 1
#define HAVE_CRYPT_R 1
#define HAVE_DLOPEN 1
#define HAVE_DYNAMIC_LOADING 1
#define HAVE_FINITE 1
#define HAVE_FORK 1
#define HAVE_HYPOT 1
#define HAVE_READLINK 1
#define HAVE_REALPATH 1
#define HAVE_ROUND 1
#define HAVE_SNPRINTF 1
#define HAVE_STAT 1
#define HAVE_STRFTIME 1
#define HAVE_WCSCOLL 1

/* build options */
#define WITH_THREAD 1
#define WITH_PYMALLOC 1
#define WITH_DOC_STRINGS 1
#define _POSIX_THREADS 1
#define HAVE_PTHREAD_H 1
#define PY_COERCE_C_LOCALE 1

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#endif /* Py_PYCONFIG_H */
