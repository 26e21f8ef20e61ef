// Peer-to-peer nodes: a DHT write token compared with `std::equal` over
// `token.begin()`/`token.end()` against a hash keyed with the node's secret
// (the iterator rule is for `it != v.end()`, not for a range algorithm's
// arguments); an AEAD tag read out by a wrapper of Nettle's
// `gcm_aes128_digest`. Not reported: the received bytes searched for a
// secret-derived sync hash (the offset found, and the bytes after it, are
// no MAC), and an elliptic-curve point derived from a revealed secret
// against the one stored (public keys).
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

struct sha1_hash {
  char &operator[](int i);
  const char *data() const;
};
class hasher {
public:
  hasher();
  void update(std::string_view data);
  void update(const sha1_hash &h);
  sha1_hash final();
};

struct node {
  std::string m_secret[2];
  bool verify_token(std::string_view token, const sha1_hash &info_hash,
                    const std::string &address) const;
};

bool node::verify_token(std::string_view token, const sha1_hash &info_hash,
                        const std::string &address) const {
  hasher h1;
  h1.update(address);
  h1.update(m_secret[0]);
  h1.update(info_hash);
  sha1_hash h = h1.final();
  return std::equal(token.begin(), token.end(), &h[0]);
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'h' is compared with 'std::equal'{{.*}} [integration-timing-unsafe-compare]
}

struct gcm_aes128_ctx;
void gcm_aes128_set_key(gcm_aes128_ctx *ctx, const uint8_t *key);
void gcm_aes128_decrypt(gcm_aes128_ctx *ctx, size_t n, uint8_t *dst,
                        const uint8_t *src);
void gcmAes128Digest(gcm_aes128_ctx *ctx, uint8_t *digest);

std::vector<uint8_t> aesDecrypt(gcm_aes128_ctx *aes, const uint8_t *data,
                                size_t n, const std::vector<uint8_t> &key) {
  std::vector<uint8_t> ret(n - 16);
  std::array<uint8_t, 16> digest;
  gcm_aes128_set_key(aes, key.data());
  gcm_aes128_decrypt(aes, n - 16, ret.data(), data);
  gcmAes128Digest(aes, digest.data());
  if (!std::equal(digest.begin(), digest.end(), data + n - 16))
    // CHECK: :[[@LINE-1]]:8: warning: the computed MAC 'digest' is compared with 'std::equal'{{.*}} [integration-timing-unsafe-compare]
    return {};
  return ret;
}

struct connection {
  std::vector<char> m_recv_buffer;
  sha1_hash m_sync_hash;
  void on_receive(const std::string &secret);
};

void connection::on_receive(const std::string &secret) {
  hasher h;
  h.update("req1");
  h.update(secret);
  m_sync_hash = h.final();
  int syncoffset = static_cast<int>(
      std::search(m_recv_buffer.begin(), m_recv_buffer.end(),
                  m_sync_hash.data(), m_sync_hash.data() + 20) -
      m_recv_buffer.begin());
  std::vector<char> recv_buffer(m_recv_buffer.begin() + syncoffset,
                                m_recv_buffer.end());
  static const char sh_vc[] = {0, 0, 0, 0, 0, 0, 0, 0};
  if (!std::equal(sh_vc, sh_vc + 8, recv_buffer.begin() + 20))
    return;
}

bool priv2pub(uint8_t *pub, const uint8_t *priv);
struct channel {
  uint8_t prev_per_commitment_point[33];
};

bool revokeAndAck(channel *ch, const uint8_t *per_commitment_secret) {
  uint8_t prev_commitpt[33];
  if (!priv2pub(prev_commitpt, per_commitment_secret))
    return false;
  return memcmp(prev_commitpt, ch->prev_per_commitment_point, 33) == 0;
}
