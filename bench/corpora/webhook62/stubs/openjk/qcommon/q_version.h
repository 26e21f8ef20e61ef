/* Hand-written stand-in for OpenJK's CMake-generated qcommon/q_version.h (from shared/qcommon/q_version.h.in,
   no SOURCE_DATE / GIT_TAG / BUILD_PORTABLE set). */
#if !defined(SOURCE_DATE)
#  define SOURCE_DATE __DATE__
#endif
