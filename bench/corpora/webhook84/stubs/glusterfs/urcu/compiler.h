/* Hand-written stand-in for liburcu's urcu/compiler.h (liburcu-dev is not installed): the branch hints that the
   GlusterFS headers use. */
#ifndef WEBHOOK84_URCU_COMPILER_H
#define WEBHOOK84_URCU_COMPILER_H
#define caa_likely(x) __builtin_expect(!!(x), 1)
#define caa_unlikely(x) __builtin_expect(!!(x), 0)
#endif
