/* Hand-written stand-in for openvpn-otp's autoconf config.h (glibc / Linux, plugin header found as
 * openvpn-plugin.h, which is stubs/openvpn-otp/openvpn-plugin.h). */
#define HAVE_ENDIAN_H 1
#define HAVE_OPENVPN_PLUGIN_H 1
#define PACKAGE "openvpn-otp"
#define VERSION "1.0"
