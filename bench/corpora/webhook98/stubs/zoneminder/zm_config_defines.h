/* Hand-written stand-in for ZoneMinder's zm_config_defines.h, which zmconfgen.pl generates from ConfigData.pm
 * (webhook98 corpus): only the Config members the corpus files use. */
#ifndef WEBHOOK98_ZM_CONFIG_DEFINES_H
#define WEBHOOK98_ZM_CONFIG_DEFINES_H
#define ZM_CFG_DECLARE_LIST \
  bool opt_use_auth; \
  const char *auth_type; \
  const char *auth_relay; \
  const char *auth_hash_secret; \
  bool auth_hash_ips; \
  int auth_hash_ttl; \
  bool opt_use_api; \
  bool opt_use_legacy_api_auth;
#endif
