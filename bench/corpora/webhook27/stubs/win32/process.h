/* Hand-written declaration-only stand-in for the MSVC CRT's process.h (thread start). */
#ifndef STUB_PROCESS_H
#define STUB_PROCESS_H
#include <stdint.h>
uintptr_t _beginthread(void (*start_address)(void *), unsigned stack_size, void *arglist);
uintptr_t _beginthreadex(void *security, unsigned stack_size, unsigned (*start_address)(void *), void *arglist,
                         unsigned initflag, unsigned *thrdaddr);
void _endthread(void);
#endif
