// REQUIRES: ell-headers
// MACs from ell's checksum objects (as iwd computes EAPOL MICs): a checksum
// created keyed (`l_checksum_new_hmac`, `l_checksum_new_cmac_aes`) yields a
// MAC from `l_checksum_get_digest`. Not MACs: a plain checksum's digest of
// public data; the MAC compared with `l_secure_memcmp`. Over the real ell
// headers.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=gnu11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <ell/checksum.h>
#include <ell/util.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

bool eapol_verify_mic(const uint8_t *kck, const uint8_t *frame, size_t len,
                      const uint8_t *frame_mic) {
  uint8_t mic[16];
  struct l_checksum *checksum = l_checksum_new_hmac(L_CHECKSUM_SHA1, kck, 16);
  if (!checksum)
    return false;
  l_checksum_update(checksum, frame, len);
  l_checksum_get_digest(checksum, mic, sizeof(mic));
  l_checksum_free(checksum);
  return memcmp(frame_mic, mic, sizeof(mic)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'memcmp'
}

bool cmac_verify(const uint8_t *key, const uint8_t *msg, size_t len,
                 const uint8_t *tag) {
  uint8_t expected[16];
  struct l_checksum *cmac = l_checksum_new_cmac_aes(key, 16);
  if (!cmac)
    return false;
  l_checksum_update(cmac, msg, len);
  l_checksum_get_digest(cmac, expected, sizeof(expected));
  l_checksum_free(cmac);
  return !memcmp(expected, tag, sizeof(expected));
  // CHECK: :[[@LINE-1]]:11: warning: {{.*}} is compared with 'memcmp'
}

// The same MIC compared in constant time.
bool eapol_verify_mic_ct(const uint8_t *kck, const uint8_t *frame, size_t len,
                         const uint8_t *frame_mic) {
  uint8_t mic[16];
  struct l_checksum *checksum = l_checksum_new_hmac(L_CHECKSUM_SHA1, kck, 16);
  if (!checksum)
    return false;
  l_checksum_update(checksum, frame, len);
  l_checksum_get_digest(checksum, mic, sizeof(mic));
  l_checksum_free(checksum);
  return l_secure_memcmp(frame_mic, mic, sizeof(mic)) == 0;
}

// A digest of a public file against the checksum published with it.
bool download_intact(const uint8_t *data, size_t len,
                     const uint8_t *published_sha256) {
  uint8_t sum[32];
  struct l_checksum *checksum = l_checksum_new(L_CHECKSUM_SHA256);
  if (!checksum)
    return false;
  l_checksum_update(checksum, data, len);
  l_checksum_get_digest(checksum, sum, sizeof(sum));
  l_checksum_free(checksum);
  return memcmp(sum, published_sha256, sizeof(sum)) == 0;
}
