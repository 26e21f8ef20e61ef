/* config.h.in (accel-ppp) as CMake fills it on Debian 12 x86_64: linux/netfilter/ipset/ip_set.h present, setns() and
   VRF support found. Generated-header stand-in for webhook34. */
//#cmakedefine ACCEL_PPP_VERSION "${ACCEL_PPP_VERSION}"
//#cmakedefine RADIUS
#define HAVE_IPSET
#define HAVE_SETNS
#define HAVE_VRF
