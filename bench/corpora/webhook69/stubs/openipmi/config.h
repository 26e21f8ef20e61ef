/* Hand-written for the webhook69 corpus: stands in for OpenIPMI's autoconf
   config.h (only the switch these files test; OpenSSL 3 is installed). */
#ifndef OPENIPMI_STUB_CONFIG_H
#define OPENIPMI_STUB_CONFIG_H
#define HAVE_OPENSSL 1
#endif
