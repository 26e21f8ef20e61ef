/* Hand-written stand-in for the osmocom/core/socket_compat.h that the libosmocore build generates from
   include/osmocom/core/socket_compat.h.tpl (Linux: both headers exist). */
#pragma once
#define __LIBOSMOCORE_HAVE_SYS_SOCKET_H 1
#define __LIBOSMOCORE_HAVE_NETINET_IN_H 1
#include <sys/socket.h>
#include <netinet/in.h>
