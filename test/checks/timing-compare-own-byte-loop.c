// A project helper that walks two of its parameters byte by byte and
// returns at the first difference compares them in variable time, whatever
// its name: its callers compare what they hand it. A helper that counts the
// differences to the end, and one handed public values, are not reported.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

unsigned char *HMAC(const void *evp_md, const void *key, int key_len,
                    const unsigned char *data, size_t data_len,
                    unsigned char *md, unsigned int *md_len);
const void *EVP_sha256(void);

// Stops at the first differing byte.
static int same_block(const unsigned char *a, const unsigned char *b,
                      size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i])
      return 0;
  return 1;
}

// Walks every byte and ORs the differences: constant time.
static int blocks_agree(const unsigned char *a, const unsigned char *b,
                        size_t n) {
  unsigned char diff = 0;
  for (size_t i = 0; i < n; i++)
    diff |= a[i] ^ b[i];
  return diff == 0;
}

int accept_frame(const unsigned char *key, const unsigned char *frame,
                 size_t len, const unsigned char *frame_mac) {
  unsigned char mac[32];
  unsigned int mac_len = sizeof(mac);
  HMAC(EVP_sha256(), key, 32, frame, len, mac, &mac_len);
  return same_block(mac, frame_mac, sizeof(mac));
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'mac' is compared with 'same_block', which uses '!=' and stops at the first differing byte{{.*}}[integration-timing-unsafe-compare]
}

int accept_frame_safely(const unsigned char *key, const unsigned char *frame,
                        size_t len, const unsigned char *frame_mac) {
  unsigned char mac[32];
  unsigned int mac_len = sizeof(mac);
  HMAC(EVP_sha256(), key, 32, frame, len, mac, &mac_len);
  return blocks_agree(mac, frame_mac, sizeof(mac));
}

// A device id is public: the same helper compares it without a finding.
struct peer {
  unsigned char device_id[16];
};

int known_peer(const struct peer *p, const unsigned char *announced_id) {
  return same_block(p->device_id, announced_id, sizeof(p->device_id));
}
