/* Hand-written stand-in for liburcu's urcu/arch.h (liburcu-dev is not installed): the cache line size GlusterFS uses. */
#ifndef WEBHOOK84_URCU_ARCH_H
#define WEBHOOK84_URCU_ARCH_H
#define CAA_CACHE_LINE_SIZE 64
#endif
