/* webhook51: written by hand for parsing dhcpcd's src/auth.c on Debian 12 / Linux (glibc 2.36, no OpenSSL
 * crypto, dhcpcd's own compat/ MD5 and HMAC); stands in for the config.h that dhcpcd's ./configure writes. */
#ifndef CONFIG_H
#define CONFIG_H

#define SYSCONFDIR   "/etc"
#define SBINDIR      "/sbin"
#define LIBDIR       "/lib"
#define LIBEXECDIR   "/libexec"
#define DBDIR        "/var/db/dhcpcd"
#define RUNDIR       "/var/run/dhcpcd"
#define PRIVSEP_USER "dhcpcd"

#include <asm/types.h>
#include <sys/socket.h>
#include <linux/rtnetlink.h>

/* glibc 2.36 lacks these; dhcpcd then uses its compat/ versions */
#include "compat/arc4random.h"
#include "compat/arc4random_uniform.h"
#include "compat/strlcpy.h"
#include "compat/strtoi.h"
#include "compat/pidfile.h"
#include "compat/consttime_memequal.h"
#include "compat/memset_explicit.h"

#define HAVE_EXPLICIT_BZERO
#define HAVE_OPEN_MEMSTREAM
#define HAVE_PROGRAM_INVOCATION_SHORT_NAME
#define HAVE_REALLOCARRAY

#include "compat/crypt/md5.h"
#include "compat/crypt/sha256.h"
#include "compat/crypt/hmac.h"

#endif
