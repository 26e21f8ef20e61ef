/* Stand-in for NuttX's <nuttx/debug.h> (hand-written, declaration-only): the logging macros as no-ops. */
#define ninfo(...) ((void)0)
#define nwarn(...) ((void)0)
#define nerr(...) ((void)0)
#define _info(...) ((void)0)
#define _warn(...) ((void)0)
#define _err(...) ((void)0)
#define DEBUGASSERT(x) ((void)0)
#define UNUSED(x) ((void)(x))
