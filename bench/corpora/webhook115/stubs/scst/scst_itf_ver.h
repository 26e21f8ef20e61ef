/* Hand-written stand-in for the generated scst_itf_ver.h. */
#define SCST_INTF_VER "0000000000000000000000000000000000000000"
