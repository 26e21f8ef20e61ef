/* Hand-written stand-in for Wt's CMake-generated WConfig.h (from WConfig.h.in): version 4.14.0, OpenSSL on,
   threaded, std::any, std::filesystem, Boost.Asio; no static / graphics / PDF / SAML options. */
#ifndef WCONFIG_H
#define WCONFIG_H
#define WT_SERIES 4
#define WT_MAJOR  14
#define WT_MINOR  0
#define WT_VERSION (((WT_SERIES & 0xff) << 24) | ((WT_MAJOR & 0xff) << 16) | ((WT_MINOR & 0xff) << 8))
#define WT_VERSION_STR "4.14.0"
#define WT_CLASS       "Wt4_14_0"
#define WT_INCLUDED_VERSION Wt_4_14_0
#define RUNDIR "/var/run/wt"
#define WT_CONFIG_XML "/etc/wt/wt_config.xml"
#define WTHTTP_CONFIGURATION "/etc/wt/wthttpd"
#define WT_WITH_SSL
#define WT_THREADED
#define WT_ANY_IS_STD_ANY
#define WT_FILESYSTEM_IMPL_STD
#define WT_DATE_TZ_USE_DATE
#define WT_ASIO_IS_BOOST_ASIO
#if defined(WIN32) || defined(_WIN32)
#define WT_WIN32 1
#endif
#endif
