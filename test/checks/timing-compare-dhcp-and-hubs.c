// A DHCPv6 client's configured reconfigure token (odhcp6c's
// `config_dhcp->auth_token`) against the token in a server's AUTH option:
// a kept credential against received bytes. Not reported: a sort's or a
// tree's ordering callback that breaks ties by token (uhub's
// `grant_expiry_compare` returning `strcmp(ka->token, kb->token)`), and the
// hub's constant-time check of a presented grant.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct config_dhcp {
  char *auth_token;
};
extern struct config_dhcp *config_dhcp;

struct auth_option {
  uint8_t protocol;
  uint8_t algorithm;
  uint8_t data[];
};

int reconfigure_token_ok(const void *buf, size_t olen) {
  const struct auth_option *r = buf;
  size_t token_len = olen - 11;
  if (config_dhcp->auth_token == NULL ||
      strlen(config_dhcp->auth_token) != token_len)
    return 0;
  return !memcmp(r->data, config_dhcp->auth_token, token_len);
  // CHECK: :[[@LINE-1]]:11: warning: the secret 'auth_token' is compared with 'memcmp'
}

struct grant_expiry_key {
  long expires;
  const char *token;
};

static int grant_expiry_compare(const void *a, const void *b) {
  const struct grant_expiry_key *ka = a;
  const struct grant_expiry_key *kb = b;
  if (ka->expires < kb->expires)
    return -1;
  if (ka->expires > kb->expires)
    return 1;
  return strcmp(ka->token, kb->token);
}

static int grant_const_time_equal(const char *a, const char *b, size_t len) {
  unsigned char diff = 0;
  for (size_t i = 0; i < len; i++)
    diff |= (unsigned char)(a[i] ^ b[i]);
  return diff == 0;
}

int grant_matches(const char *presented_token, const char *grant_token) {
  size_t n = strlen(grant_token);
  return strlen(presented_token) == n &&
         grant_const_time_equal(presented_token, grant_token, n);
}

int (*grant_order)(const void *, const void *) = grant_expiry_compare;
