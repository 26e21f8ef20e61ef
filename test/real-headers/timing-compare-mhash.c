// REQUIRES: mhash-headers
// MACs from libmhash (as mail servers' CRAM-MD5 use it): the MAC returned
// by `mhash_hmac_end`, or written by `mhash_hmac_deinit`, compared with what
// the client sent. Not MACs: a plain digest of public content, and the same
// MAC compared in constant time. Over the real libmhash header.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <mhash.h>
#include <stdio.h>
#include <string.h>

int cram_verify(const char *secret, const char *challenge,
                const char *response) {
  MHASH td = mhash_hmac_init(MHASH_MD5, (void *)secret, strlen(secret),
                             mhash_get_hash_pblock(MHASH_MD5));
  mhash(td, challenge, strlen(challenge));
  unsigned char *mac = mhash_hmac_end(td);
  char hex[33];
  for (int i = 0; i < 16; i++)
    snprintf(hex + 2 * i, 3, "%02x", mac[i]);
  return strncmp(hex, response, 32) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strncmp'
}

int packet_mac_ok(const char *key, const unsigned char *packet, size_t n,
                  const unsigned char *received) {
  unsigned char computed[16];
  MHASH td = mhash_hmac_init(MHASH_MD5, (void *)key, strlen(key),
                             mhash_get_hash_pblock(MHASH_MD5));
  mhash(td, packet, n);
  mhash_hmac_deinit(td, computed);
  return memcmp(computed, received, sizeof(computed)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'memcmp'
}

// The same MAC, compared in constant time.
int packet_mac_ok_ct(const char *key, const unsigned char *packet, size_t n,
                     const unsigned char *received) {
  unsigned char computed[16];
  MHASH td = mhash_hmac_init(MHASH_MD5, (void *)key, strlen(key),
                             mhash_get_hash_pblock(MHASH_MD5));
  mhash(td, packet, n);
  mhash_hmac_deinit(td, computed);
  unsigned char diff = 0;
  for (size_t i = 0; i < sizeof(computed); i++)
    diff |= computed[i] ^ received[i];
  return diff == 0;
}

// A digest of the file's public content against the checksum published
// next to it: no secret.
int download_intact(const unsigned char *content, size_t n,
                    const unsigned char *published_md5) {
  MHASH td = mhash_init(MHASH_MD5);
  mhash(td, content, n);
  unsigned char *sum = mhash_end(td);
  return memcmp(sum, published_md5, 16) == 0;
}
