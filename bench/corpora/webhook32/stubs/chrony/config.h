/* config.h (webhook32): what chrony's ./configure writes on Debian 12 x86_64 with nettle (hashes, CMAC,
   nettle_memeql_sec) and GnuTLS (NTS) available, as the Debian package is built. */
#define LINUX 1
#define FEAT_NTP 1
#define FEAT_CMDMON 1
#define FEAT_REFCLOCK 1
#define FEAT_PHC 1
#define FEAT_RTC 1
#define FEAT_PRIVDROP 1
#define FEAT_SCFILTER 0
#define FEAT_IPV6 1
#define FEAT_ASYNCDNS 1
#define FEAT_SECHASH 1
#define FEAT_CMAC 1
#define FEAT_NTS 1
#define HAVE_NETTLE 1
#define HAVE_NETTLE_MEMEQL 1
#define HAVE_CMAC 1
#define HAVE_GNUTLS 1
#define HAVE_GNUTLS_SIV_GCM 1
#define HAVE_GNUTLS_AEAD_CIPHER_SET_KEY 1
#define HAVE_STDINT_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_GETRANDOM 1
#define HAVE_IN_PKTINFO 1
#define HAVE_IN6_PKTINFO 1
#define HAVE_CLOCK_GETTIME 1
#define HAVE_LINUX_TIMESTAMPING 1
#define HAVE_LINUX_TIMESTAMPING_RXFILTER_NTP 1
#define HAVE_LINUX_TIMESTAMPING_OPT_PKTINFO 1
#define HAVE_LINUX_TIMESTAMPING_OPT_TX_SWHW 1
#define HAVE_RECVMMSG 1
#define HAVE_PTHREAD 1
#define NTP_ERA_SPLIT (1735689600LL - 18250LL * 24 * 3600)
#define DEFAULT_CONF_FILE "/etc/chrony/chrony.conf"
#define DEFAULT_HWCLOCK_FILE ""
#define DEFAULT_PID_FILE "/run/chrony/chronyd.pid"
#define DEFAULT_RTC_DEVICE "/dev/rtc"
#define DEFAULT_USER "_chrony"
#define DEFAULT_COMMAND_SOCKET "/run/chrony/chronyd.sock"
#define DEFAULT_CHRONYC_USER "_chrony"
#define MAIL_PROGRAM "/usr/sbin/sendmail"
#define CHRONY_VERSION "4.8"
#define CHRONYD_FEATURES "+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP -SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG"
#define CHRONYC_FEATURES "+READLINE +SECHASH +IPV6 -DEBUG"
#define DEBUG 0
