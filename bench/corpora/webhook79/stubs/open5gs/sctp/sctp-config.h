/* Hand-written stand-in for the sctp-config.h that meson generates (lib/sctp/meson.build): no usrsctp and no
   <netinet/sctp.h> (libsctp-dev is not installed), so both HAVE_ defines stay unset. */
#ifndef SCTP_CONFIG_H_STUB
#define SCTP_CONFIG_H_STUB
#endif
