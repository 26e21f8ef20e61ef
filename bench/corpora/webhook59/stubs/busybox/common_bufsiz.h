/* Hand-written stand-in for busybox's include/common_bufsiz.h, which scripts/generate_BUFSIZ.sh writes at build
   time (webhook59 corpus): the shared buffer declaration only. */
#pragma once
enum { COMMON_BUFSIZE = 1024 };
extern char bb_common_bufsiz1[];
#define setup_common_bufsiz() ((void)0)
