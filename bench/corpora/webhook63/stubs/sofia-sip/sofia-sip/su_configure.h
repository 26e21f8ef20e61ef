/* Hand-written stand-in for su_configure.h (configure output of su_configure.h.in on Linux/glibc, 64-bit). */
#ifndef SU_CONFIGURE_H
#define SU_CONFIGURE_H
#define SU_HAVE_STDINT 1
#define SU_HAVE_INTTYPES 1
#define SU_HAVE_SYS_TYPES 1
#define SU_HAVE_BSDSOCK 1
#define SU_HAVE_PTHREADS 1
#define SU_HAVE_POLL 1
#define SU_HAVE_IN6 1
#define SU_HAVE_SOCKADDR_STORAGE 1
#define SU_HAVE_ADDRINFO 1
#define SU_HAVE_INLINE 1
#define SU_INLINE inline
#define su_inline static inline
#define SU_INLINE_TAG_CAST 1
#define SU_HAVE_TAGSTACK 1
#define SU_S64_C(i) (SU_S64_T)(i ## LL)
#define SU_U64_C(i) (SU_U64_T)(i ## ULL)
#define SU_S32_C(i) (SU_S32_T)(i ## L)
#define SU_U32_C(i) (SU_U32_T)(i ## UL)
#define SU_S16_C(i) (SU_S16_T)(i)
#define SU_U16_C(i) (SU_U16_T)(i ## U)
#define SU_S8_C(i)  (SU_S8_T)(i)
#define SU_U8_C(i)  (SU_U8_T)(i ## U)
#define SOFIA_SSIZE_T ssize_t
#define SOFIA_ISIZE_T size_t
#define ISIZE_MAX SIZE_MAX
#define SOFIA_ISSIZE_T ssize_t
#define ISSIZE_MAX SSIZE_MAX
#define SOFIA_USIZE_T size_t
#define USIZE_MAX SIZE_MAX
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#endif
