/* Hand-written, passed with -include (webhook66 corpus): glibc's <stdio.h> declares dprintf(int, const char *, ...),
   which clashes with wide-dhcpv6's own dprintf(int, const char *, const char *, ...); distributions rename the
   project's function. stdio.h is included first, then the project's name is mapped to another identifier. */
#include <stdio.h>
#define dprintf dhcp6_dprintf
