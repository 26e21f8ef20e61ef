/* Hand-written stand-in for gnulib's minmax.h. */
#ifndef MINMAX_H
#define MINMAX_H
#ifndef MAX
# define MAX(a, b) ((a) > (b) ? (a) : (b))
#endif
#ifndef MIN
# define MIN(a, b) ((a) < (b) ? (a) : (b))
#endif
#endif
