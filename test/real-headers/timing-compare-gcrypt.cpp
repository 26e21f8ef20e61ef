// REQUIRES: gcrypt-headers
// libgcrypt's generic digest keyed with a shared secret: a RADIUS client
// checks the Response Authenticator of a reply against the MD5 of the reply
// and the secret (openvpn-radiusplugin's
// `RadiusPacket::authenticateReceivedPacket(secret)`), and an HMAC opened
// with `GCRY_MD_FLAG_HMAC`. Not secrets: the MD5 of a file's own bytes
// against the checksum listed for it, and the request's identifier.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cstring>
#include <gcrypt.h>

class RadiusPacket {
public:
  int authenticateReceivedPacket(const char *secret);
  int sameIdentifier(const RadiusPacket &other) const;

private:
  unsigned char *sendbuffer = nullptr;
  unsigned char *recvbuffer = nullptr;
  int recvbufferlen = 0;
};

int RadiusPacket::authenticateReceivedPacket(const char *secret) {
  gcry_md_hd_t context;
  unsigned char *copy = new unsigned char[recvbufferlen];
  memcpy(copy, recvbuffer, recvbufferlen);
  memcpy(copy + 4, sendbuffer + 4, 16);
  gcry_md_open(&context, GCRY_MD_MD5, 0);
  gcry_md_write(context, copy, recvbufferlen);
  gcry_md_write(context, secret, strlen(secret));
  delete[] copy;
  if (memcmp(recvbuffer + 4, gcry_md_read(context, GCRY_MD_MD5), 16) != 0) {
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC is compared with 'memcmp', which stops at the first differing byte
    gcry_md_close(context);
    return 1;
  }
  gcry_md_close(context);
  return 0;
}

int RadiusPacket::sameIdentifier(const RadiusPacket &other) const {
  return memcmp(recvbuffer + 1, other.sendbuffer + 1, 1) == 0;
}

int check_tag(const unsigned char *key, size_t key_len,
              const unsigned char *msg, size_t len,
              const unsigned char *received_tag) {
  gcry_md_hd_t h;
  gcry_md_open(&h, GCRY_MD_SHA256, GCRY_MD_FLAG_HMAC);
  gcry_md_setkey(h, key, key_len);
  gcry_md_write(h, msg, len);
  unsigned char *tag = gcry_md_read(h, GCRY_MD_SHA256);
  int ok = memcmp(tag, received_tag, 32) == 0;
  // CHECK: :[[@LINE-1]]:12: warning: the computed MAC 'tag' is compared with 'memcmp'
  gcry_md_close(h);
  return ok;
}

int same_file(const unsigned char *data, size_t len,
              const unsigned char *listed_md5) {
  gcry_md_hd_t h;
  gcry_md_open(&h, GCRY_MD_MD5, 0);
  gcry_md_write(h, data, len);
  int same = memcmp(gcry_md_read(h, GCRY_MD_MD5), listed_md5, 16) == 0;
  gcry_md_close(h);
  return same;
}
