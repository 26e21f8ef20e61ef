// A comparer written as a method: `ok = ok && (a[k] == b[k])` in a loop
// that runs while `ok` stops at the first difference, so the method's
// calls compare their arguments in variable time, and its body is
// reported once a call hands it a MAC. Not reported: a loop whose flag
// does not end it (it runs to the end), and the method given two public
// values.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstddef>

unsigned char *HMAC(const void *evp_md, const void *key, int key_len,
                    const unsigned char *d, size_t n, unsigned char *md,
                    unsigned int *md_len);
const void *EVP_sha256();

class Envelope {
public:
  bool DigestsEqual(const unsigned char a[32], const unsigned char b[32]) const;
  bool AllBytesEqual(const unsigned char a[32],
                     const unsigned char b[32]) const;
  bool Open(const unsigned char *body, size_t n,
            const unsigned char received_mac[32]);
  bool SameHeader(const unsigned char *header);

private:
  unsigned char m_secret[32];
  unsigned char m_magic[32];
  unsigned m_length = 32;
};

bool Envelope::DigestsEqual(const unsigned char a[32],
                            const unsigned char b[32]) const {
  bool success = true;
  for (unsigned k = 0; success && k < m_length; k++)
    success = success && (a[k] == b[k]);
  // CHECK: :[[@LINE-1]]:32: warning: the secret its callers hand 'DigestsEqual' as 'a' is compared with '=='
  return success;
}

bool Envelope::AllBytesEqual(const unsigned char a[32],
                             const unsigned char b[32]) const {
  bool success = true;
  for (unsigned k = 0; k < m_length; k++)
    success = success && (a[k] == b[k]);
  return success;
}

bool Envelope::Open(const unsigned char *body, size_t n,
                    const unsigned char received_mac[32]) {
  unsigned char computed_mac[32];
  unsigned int len = 0;
  HMAC(EVP_sha256(), m_secret, 32, body, n, computed_mac, &len);
  if (!AllBytesEqual(computed_mac, received_mac))
    return false;
  return DigestsEqual(computed_mac, received_mac);
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'computed_mac' is compared with 'DigestsEqual'
}

bool Envelope::SameHeader(const unsigned char *header) {
  return DigestsEqual(header, m_magic);
}
