// A comparison written through a system header's macro (wolfSSL's
// <wolfssl/wolfcrypt/types.h> defines `XMEMCMP` as memcmp) is reported
// where the macro is used, in the project's file: clang-tidy would drop a
// diagnostic spelled in the system header, and the fix goes at the use.
// RUN: rm -rf %t && mkdir -p %t/sys
// RUN: printf '#include <string.h>\n#define XMEMCMP(a, b, n) memcmp((a), (b), (n))\n' > %t/sys/wolftypes.h
// RUN: %tidy %s -- -isystem %t/sys 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <wolftypes.h>

unsigned char *HMAC(const void *evp_md, const void *key, int key_len,
                    const unsigned char *data, size_t data_len,
                    unsigned char *md, unsigned int *md_len);
const void *EVP_sha256(void);

int accept_frame(const unsigned char *key, const unsigned char *frame,
                 size_t len, const unsigned char *frame_mac) {
  unsigned char mac[32];
  unsigned int mac_len = sizeof(mac);
  HMAC(EVP_sha256(), key, 32, frame, len, mac, &mac_len);
  if (XMEMCMP(mac, frame_mac, sizeof(mac)) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'mac' is compared with 'memcmp'{{.*}}[integration-timing-unsafe-compare]
    return 0;
  return 1;
}

int accept_frame_nolint(const unsigned char *key, const unsigned char *frame,
                        size_t len, const unsigned char *frame_mac) {
  unsigned char mac[32];
  unsigned int mac_len = sizeof(mac);
  HMAC(EVP_sha256(), key, 32, frame, len, mac, &mac_len);
  return XMEMCMP(mac, frame_mac, sizeof(mac)) == 0; // NOLINT(integration-timing-unsafe-compare)
}

// A protocol magic is public: no finding through the macro either.
int known_format(const unsigned char *header) {
  static const unsigned char magic[4] = {'W', 'T', 'P', 'M'};
  return XMEMCMP(header, magic, sizeof(magic)) == 0;
}
