/* Hand-written stand-in for the osdep.h that the UW IMAP Makefile writes for the Linux port ("make lnp":
 * a copy of os_lnx.h). This corpus points -I at src/osdep/unix, so it simply includes that port header. */
#include "os_lnx.h"
