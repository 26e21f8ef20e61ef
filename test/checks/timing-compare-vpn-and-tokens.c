// A VPN server's logins and a few protocol stacks (SoftEther, Varnish's
// CLI, a DHT, a JOSE library): a challenge answer computed with a hash
// the project names (`SecurePassword`), a keyed hash a helper writes
// straight into its out-parameter, a call that answers a challenge.
// Not secrets: the digest of the empty password (a test whether one is
// set), the new password a setter was given, the words a tokenizer cut
// (their member is named `Token`), a network address, a self-test's
// known answers, the name checks inside a signing function.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

typedef unsigned char UCHAR;
typedef unsigned int UINT;
#define SHA1_SIZE 20
int Cmp(void *p1, void *p2, UINT size);
int StrCmpi(char *str1, char *str2);
void Sha0(void *dst, void *src, UINT size);
void HashPassword(void *dst, char *username, char *password);
void HashAdminPassword(void *hash, char *password);
void SecurePassword(void *secure_password, void *password, void *random);

typedef struct CONNECTION {
  UCHAR Random[SHA1_SIZE];
  char FamilyName[64];
} CONNECTION;
typedef struct AUTHPASSWORD {
  UCHAR HashedKey[SHA1_SIZE];
} AUTHPASSWORD;
typedef struct SERVER {
  UCHAR HashedPassword[SHA1_SIZE];
} SERVER;

// The client's answer against the one computed from the stored hash; then
// whether it answered for the empty password.
int ServerAccept(CONNECTION *c, AUTHPASSWORD *pw, char *username,
                 UCHAR *secure_password) {
  UCHAR check[SHA1_SIZE];
  SecurePassword(check, pw->HashedKey, c->Random);
  if (Cmp(check, secure_password, SHA1_SIZE) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'check' is compared with 'Cmp'
    return 0;
  UCHAR hashed_empty_password[SHA1_SIZE];
  UCHAR secure_empty_password[SHA1_SIZE];
  HashPassword(hashed_empty_password, username, "");
  SecurePassword(secure_empty_password, hashed_empty_password, c->Random);
  if (Cmp(secure_password, secure_empty_password, SHA1_SIZE) == 0)
    return 2;
  return 1;
}

// The stored hash against the hash of "": is a password set at all?
int SiIsEmptyPassword(void *hash_password) {
  UCHAR hash[SHA1_SIZE];
  Sha0(hash, "", 0);
  return Cmp(hash_password, hash, SHA1_SIZE) == 0;
}

int AdminLogin(SERVER *s, char *password) {
  char empty_pw_hash[SHA1_SIZE];
  char pw_hash[SHA1_SIZE];
  HashAdminPassword(empty_pw_hash, "");
  HashAdminPassword(pw_hash, password);
  if (Cmp(s->HashedPassword, empty_pw_hash, SHA1_SIZE) == 0)
    return 1;
  return Cmp(s->HashedPassword, pw_hash, SHA1_SIZE) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the {{.*}} is compared with 'Cmp'
}

// A buffer emptied by a copy, then filled with a MAC, holds the MAC: no
// digest of the empty password.
void hmac_sha256_hex(const char *key, const char *data, char *out);
int check_hook(const char *body, const char *secret_key, const char *sig) {
  char expected[65];
  strcpy(expected, "");
  hmac_sha256_hex(secret_key, body, expected);
  return strcmp(expected, sig) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'expected' is compared with 'strcmp'
}

// After the old password checked out: is the new one the same?
int PackGetData2(void *p, char *name, void *data, UINT size);
int ChangePasswordAccept(CONNECTION *c, void *p, AUTHPASSWORD *pw) {
  UCHAR secure_old_password[SHA1_SIZE];
  UCHAR new_password[SHA1_SIZE];
  UCHAR check_secure_old_password[SHA1_SIZE];
  PackGetData2(p, "secure_old_password", secure_old_password,
               sizeof(secure_old_password));
  PackGetData2(p, "new_password", new_password, sizeof(new_password));
  SecurePassword(check_secure_old_password, pw->HashedKey, c->Random);
  if (Cmp(check_secure_old_password, secure_old_password, SHA1_SIZE) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'check_secure_old_password' is compared with 'Cmp'
    return 1;
  if (Cmp(pw->HashedKey, new_password, SHA1_SIZE) != 0)
    memcpy(pw->HashedKey, new_password, SHA1_SIZE);
  return 0;
}

// A tokenizer's words: a list it returns, set at the declaration or later,
// and a state it is given by address.
typedef struct TOKEN_LIST {
  UINT NumTokens;
  char **Token;
} TOKEN_LIST;
TOKEN_LIST *ParseToken(char *str, char *split_chars);
TOKEN_LIST *ParseTokenWithNullStr(char *str, char *split_chars);
typedef struct IP {
  UCHAR address[16];
} IP;
typedef struct SOCK {
  IP RemoteIP;
} SOCK;
#define CmpIpAddr(ip1, ip2)                                                    \
  (Cmp((ip1)->address, (ip2)->address, sizeof((ip1)->address)))
int ParseIpAndMask46(char *src, IP *ip, IP *mask);
void IPAnd4(IP *dst, IP *a, IP *b);

int MatchFamily(CONNECTION *c, char *line) {
  TOKEN_LIST *t = ParseTokenWithNullStr(line, " \t");
  return t != NULL && t->NumTokens >= 5 &&
         StrCmpi(t->Token[0], c->FamilyName) == 0;
}

char *CfgReadNextLine(void *b);
int CheckAdminSourceAddress(SOCK *sock, char *hubname, void *b) {
  TOKEN_LIST *t;
  IP ip, mask, ip1, ip2;
  char *line = CfgReadNextLine(b);
  t = ParseToken(line, " \t");
  if (t == NULL || (t->NumTokens > 1 && StrCmpi(hubname, t->Token[1]) != 0))
    return 0;
  if (!ParseIpAndMask46(t->Token[0], &ip, &mask))
    return 0;
  IPAnd4(&ip1, &sock->RemoteIP, &mask);
  IPAnd4(&ip2, &ip, &mask);
  return CmpIpAddr(&ip1, &ip2) == 0;
}

struct lws;
struct lws_tokenize {
  const char *token;
  size_t token_len;
};
void lws_tokenize_init(struct lws_tokenize *ts, const char *start, int flags);
int lws_tokenize(struct lws_tokenize *ts);
int lws_hdr_copy(struct lws *wsi, char *dest, int len, int h);
int ConnectionUpgrades(struct lws *wsi) {
  char buf[128];
  struct lws_tokenize ts;
  lws_tokenize_init(&ts, buf, 0);
  if (lws_hdr_copy(wsi, buf, sizeof(buf) - 1, 3) <= 0)
    return 0;
  while (lws_tokenize(&ts) > 0)
    if (!strncasecmp(ts.token, "upgrade", ts.token_len))
      return 1;
  return 0;
}

// A DHT's announce token: a hash keyed by the node's secret, written by a
// helper into its out-parameter; the peer's token is checked against it.
struct dht_ctx {
  uint8_t secret[8];
  uint8_t oldsecret[8];
};
void lws_dht_hash(struct dht_ctx *ctx, void *hash_return, int hash_size,
                  const void *v1, int len1, const void *v2, int len2);
static void make_token(struct dht_ctx *ctx, const uint8_t *ip, int old,
                       uint8_t *token_return) {
  lws_dht_hash(ctx, token_return, 8, old ? ctx->oldsecret : ctx->secret,
               sizeof(ctx->secret), ip, 4);
}
int token_match(struct dht_ctx *ctx, const uint8_t *token, size_t token_len,
                const uint8_t *ip) {
  uint8_t t[8];
  if (token_len != 8)
    return 0;
  make_token(ctx, ip, 0, t);
  if (memcmp(t, token, 8) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 't' is compared with 'memcmp'
    return 1;
  return 0;
}

// A retry token's plaintext names the client's address: compared with the
// peer's, public.
struct lws_gencrypto_keyelem {
  uint8_t *buf;
  uint32_t len;
};
struct lws_genaes_ctx {
  int mode;
};
struct lws_context {
  uint8_t quic_retry_secret[16];
};
struct lws_quic_cid {
  uint8_t len;
  uint8_t id[20];
};
int lws_genaes_create(struct lws_genaes_ctx *ctx, int op, int mode,
                      struct lws_gencrypto_keyelem *el, int padding,
                      void *engine);
int lws_genaes_crypt(struct lws_genaes_ctx *ctx, const uint8_t *in, size_t len,
                     uint8_t *out, uint8_t *iv, uint8_t *stream_block_16,
                     size_t *iv_off, int taglen);
int lws_genaes_destroy(struct lws_genaes_ctx *ctx, unsigned char *tag,
                       size_t tlen);
int lws_quic_validate_retry_token(struct lws_context *context,
                                  const uint8_t *token, size_t token_len,
                                  const uint8_t *client_ip, size_t ip_len,
                                  struct lws_quic_cid *orig_dcid) {
  struct lws_genaes_ctx aead;
  struct lws_gencrypto_keyelem keys[1];
  uint8_t pt[256], tag[16];
  size_t ct_len, iv_len = 12, p = 0;
  if (token_len < 12 + 16 + 1)
    return -1;
  ct_len = token_len - 12 - 16;
  keys[0].buf = context->quic_retry_secret;
  keys[0].len = 16;
  if (lws_genaes_create(&aead, 1, 2, keys, 0, NULL))
    return -1;
  memcpy(tag, token + 12 + ct_len, 16);
  if (lws_genaes_crypt(&aead, token + 12, ct_len, pt, (uint8_t *)token, tag,
                       &iv_len, 16) ||
      lws_genaes_destroy(&aead, tag, 16))
    return -1;
  orig_dcid->len = pt[p++];
  if (orig_dcid->len)
    memcpy(orig_dcid->id, pt + p, orig_dcid->len);
  p += orig_dcid->len;
  if (pt[p++] != ip_len)
    return -1;
  return ip_len && memcmp(pt + p, client_ip, ip_len) != 0;
}

// Varnish's CLI: the answer to the challenge, hashed with the secret file,
// against what the client sent.
struct cli {
  char challenge[34];
};
void VCLI_AuthResponse(int S_fd, const char *challenge, char *response);
int mcf_auth(struct cli *cli, int fd, const char *const *av) {
  char buf[65];
  VCLI_AuthResponse(fd, cli->challenge, buf);
  return strcasecmp(buf, av[2]) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'buf' is compared with 'strcasecmp'
}

// A self-test's known answers: the same check outside one is reported.
struct hmac_vector {
  const char *key;
  const char *data;
  unsigned char mac[32];
};
static const struct hmac_vector vectors[1] = {
    {"key", "The quick brown fox", {0xf7, 0xbc}}};
int hmac_self_test(void) {
  for (int i = 0; i < 1; i++) {
    const struct hmac_vector *tv = &vectors[i];
    unsigned char md[32];
    unsigned int md_len = 0;
    HMAC(EVP_sha256(), tv->key, (int)strlen(tv->key),
         (const unsigned char *)tv->data, strlen(tv->data), md, &md_len);
    if (memcmp(md, tv->mac, sizeof(md)) != 0)
      return 1;
  }
  return 0;
}
int hmac_check(const struct hmac_vector *tv) {
  unsigned char md[32];
  unsigned int md_len = 0;
  HMAC(EVP_sha256(), tv->key, (int)strlen(tv->key),
       (const unsigned char *)tv->data, strlen(tv->data), md, &md_len);
  return memcmp(md, tv->mac, sizeof(md)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'md' is compared with 'memcmp'
}

// A signing function checks its key's curve by name: no comparer of its
// arguments, so a call of it compares nothing.
struct jwk {
  char *crv;
};
struct jose {
  const char *curve_name;
};
int lws_jws_sign_from_b64(struct jose *jose, struct jwk *jwk, char *b64_sig,
                          size_t sig_len) {
  if (strcmp(jwk->crv, jose->curve_name))
    return -1;
  b64_sig[0] = '\0';
  return (int)sig_len;
}
int sign_token(struct jose *jose, const char *hmac_key, const char *payload,
               char *out) {
  unsigned char md[32];
  unsigned int md_len = 0;
  struct jwk signature = {(char *)md};
  HMAC(EVP_sha256(), hmac_key, (int)strlen(hmac_key),
       (const unsigned char *)payload, strlen(payload), md, &md_len);
  return lws_jws_sign_from_b64(jose, &signature, out, 64);
}

/* hans: the answer expected for the client's challenge, returned by a
 * function named for it, compared with what the client sent. */
struct auth_response {
  unsigned char data[20];
};
struct auth_response get_response(unsigned long long challenge);
int check_challenge(unsigned long long challenge, const unsigned char *payload) {
  struct auth_response right = get_response(challenge);
  return memcmp(&right, payload, sizeof(right)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'memcmp'
}
