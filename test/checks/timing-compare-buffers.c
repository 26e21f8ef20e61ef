// Values a call writes into a local buffer: what a request accessor
// fills (`get_creds(req, user, pass)`) is request data, what a MAC
// function fills and what an encoder writes from it is a MAC; a function
// named like an HMAC computation computes one whatever its body. A short
// `pass` is a password.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

struct http_message {
  const char *body, *uri;
  size_t body_len;
};
struct user {
  const char *name, *pass, *access_token;
};

void get_creds(struct http_message *hm, char *user, size_t ulen, char *pass,
               size_t plen);
void platform_hmac_sha256(const char *key, size_t klen, const char *data,
                          size_t dlen, uint8_t out[32]);
void b64url_encode(const uint8_t *in, size_t len, char *out);
extern struct user users[];
extern const char *s_pass;

struct user *authenticate(struct http_message *hm) {
  char user[64], pass[64];
  get_creds(hm, user, sizeof(user), pass, sizeof(pass));
  for (struct user *u = users; u->name != NULL; u++) {
    // The user's name is not a secret; the password and the token are.
    if (strcmp(user, u->name) == 0 && strcmp(pass, u->pass) == 0)
      // CHECK: :[[@LINE-1]]:39: warning: the secret 'pass' is compared with
      // 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return u;
    if (user[0] == '\0' && strcmp(pass, u->access_token) == 0)
      // CHECK: :[[@LINE-1]]:28: warning: the secret 'access_token' is compared
      // with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return u;
  }
  if (strcmp(pass, s_pass) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 's_pass' is compared with
    // 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return &users[0];
  return NULL;
}

long jwt_verify(const char *token, const char *secret) {
  const char *dot = strrchr(token, '.');
  if (!dot)
    return -1;
  uint8_t mac[32];
  platform_hmac_sha256(secret, strlen(secret), token, (size_t)(dot - token),
                       mac);
  char expected[64];
  b64url_encode(mac, 32, expected);
  if (strcmp(expected, dot + 1) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'expected' is compared
    // with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}

// A streaming digest fed a secret of the server's is a keyed hash (CHAP,
// HTTP Digest): what its final call writes is a MAC, whatever the
// response it is compared with is called. A digest of public data is not.
typedef struct {
  unsigned state[4];
} MD5_CTX;
typedef struct md_ctx PPP_MD_CTX;
int MD5_Init(MD5_CTX *c);
int MD5_Update(MD5_CTX *c, const void *data, size_t len);
int MD5_Final(unsigned char *md, MD5_CTX *c);
PPP_MD_CTX *PPP_MD_CTX_new(void);
int PPP_DigestUpdate(PPP_MD_CTX *ctx, const void *data, size_t cnt);
int PPP_DigestFinal(PPP_MD_CTX *ctx, unsigned char *out, unsigned int *outlen);

int chap_md5_verify(unsigned char id, const unsigned char *secret,
                    int secret_len, const unsigned char *challenge,
                    const unsigned char *response) {
  unsigned char hash[16];
  unsigned int hash_len = sizeof(hash);
  PPP_MD_CTX *ctx = PPP_MD_CTX_new();
  PPP_DigestUpdate(ctx, &id, 1);
  PPP_DigestUpdate(ctx, secret, secret_len);
  PPP_DigestUpdate(ctx, challenge, 16);
  PPP_DigestFinal(ctx, hash, &hash_len);
  if (memcmp(hash, response, hash_len) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'hash' is compared
    // with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return 1;
  return 0;
}

int digest_response_ok(const char *ha1, const char *nonce, const char *ha2,
                       const char *response) {
  MD5_CTX md5;
  unsigned char hash[16];
  char digest_key[256];
  snprintf(digest_key, sizeof(digest_key), "%s:%s:%s", ha1, nonce, ha2);
  MD5_Init(&md5);
  MD5_Update(&md5, digest_key, strlen(digest_key));
  MD5_Final(hash, &md5);
  return memcmp(hash, response, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'hash' is compared
  // with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

// Not secrets: a checksum of a file's own bytes, checked against the one
// its header carries.
int file_intact(const unsigned char *data, size_t len,
                const unsigned char *expected_md5) {
  MD5_CTX md5;
  unsigned char sum[16];
  MD5_Init(&md5);
  MD5_Update(&md5, data, len);
  MD5_Final(sum, &md5);
  return memcmp(sum, expected_md5, 16) == 0;
}

// MS-CHAP: what a call computes from the server's secret is what the peer
// must send; a value computed from public data alone is not.
void ChapMS(const unsigned char *challenge, const char *secret, int secret_len,
            unsigned char *response);
void ChallengeEcho(const unsigned char *challenge, unsigned char *echo);
int chapms_verify_response(const unsigned char *secret, int secret_len,
                           const unsigned char *challenge,
                           const unsigned char *response) {
  unsigned char md[49];
  ChapMS(challenge, (const char *)secret, secret_len, md);
  if (memcmp(&response[24], &md[24], 24) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'md' is compared with
    // 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  unsigned char echo[16];
  ChallengeEcho(challenge, echo);
  return memcmp(echo, response, 16) == 0;
}

// Where parsing a session id stopped is no value computed from it.
unsigned long long strtoull(const char *s, char **end, int base);
int session_id_number(const char *session_id, unsigned long long *out) {
  char *endptr = NULL;
  *out = strtoull(session_id, &endptr, 10);
  return endptr == session_id || *endptr != '\0';
}

// OpenSprinkler: a station's name read by its station id (`sid`, a
// number) is no value computed from a session id.
void get_station_name(unsigned char sid, char tmp[]);
int station_name_changed(unsigned char sid, char tmp[]) {
  char n0[33];
  get_station_name(sid, n0);
  return memcmp(n0, tmp, strlen(n0)) != 0;
}

/* A public key compared is public (c-toxcore's `pk_equal(cookie_plain,
 * expected_real_pk)`); a secret key compared with memcmp is not. */
int pk_equal(const uint8_t *a, const uint8_t *b);
int open_cookie(uint8_t *plain, const uint8_t *cookie, const uint8_t *secret_key);
int handle_cookie(const uint8_t *cookie, const uint8_t *expected_real_pk,
                  const uint8_t *secret_key, const uint8_t *shared_key,
                  const uint8_t *peer_shared_key) {
  uint8_t cookie_plain[64];
  if (open_cookie(cookie_plain, cookie, secret_key) != 0)
    return -1;
  if (!pk_equal(cookie_plain, expected_real_pk))
    return -1;
  return memcmp(shared_key, peer_shared_key, 32);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

/* Which buffer a key is in, by address (net-snmp's `userKey ==
 * user->privKey`), is no comparison of the key. */
struct usm_user {
  uint8_t *privKey;
  uint8_t *authKey;
};
int keep_master_key(struct usm_user *user, const char *password) {
  uint8_t userKey[32];
  size_t userKeyLen = sizeof userKey;
  (void)password;
  (void)userKeyLen;
  if (userKey == user->privKey)
    return 1;
  return userKey == user->authKey ? 2 : 0;
}

/* OpenLDAP's {CLEARTEXT} scheme: a berval's bytes are the value its holder
 * names (`passwd->bv_val`, `cred->bv_val`). */
struct berval {
  size_t bv_len;
  char *bv_val;
};
int chk_cleartext(const struct berval *passwd, const struct berval *cred) {
  return passwd->bv_len == cred->bv_len
             ? memcmp(passwd->bv_val, cred->bv_val, passwd->bv_len)
             : 1;
  // CHECK: :[[@LINE-2]]:16: warning: the secret 'passwd->bv_val' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

/* OpenLDAP's TOTP scheme: the stored secret is decoded into a struct's
 * bytes, the expected code generated from it into a struct given by
 * address, then compared with the code the client sent. */
typedef struct myval {
  size_t mv_len;
  void *mv_val;
} myval;
int b32_decode(const char *src, unsigned char *target, size_t n);
void generate_code(myval *key, unsigned long step, int digits, myval *out);
int chk_totp(const struct berval *passwd, const struct berval *cred,
             unsigned long t) {
  char outbuf[32];
  myval key, out;
  key.mv_len = passwd->bv_len * 5 / 8;
  key.mv_val = malloc(key.mv_len + 1);
  if (b32_decode(passwd->bv_val, key.mv_val, key.mv_len) < 1)
    return -1;
  out.mv_val = outbuf;
  out.mv_len = sizeof(outbuf);
  generate_code(&key, t, 6, &out);
  if (out.mv_len != cred->bv_len)
    return -1;
  return memcmp(out.mv_val, cred->bv_val, out.mv_len) ? -1 : 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret '{{.*}}' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

/* The same shape over a public value: a checksum of the message received
 * against the one it carries. */
void checksum_of(const myval *msg, myval *out);
int chk_frame(const struct berval *frame, const struct berval *received) {
  char sumbuf[4];
  myval msg, sum;
  msg.mv_val = frame->bv_val;
  msg.mv_len = frame->bv_len;
  sum.mv_val = sumbuf;
  sum.mv_len = sizeof(sumbuf);
  checksum_of(&msg, &sum);
  return memcmp(sum.mv_val, received->bv_val, sum.mv_len) ? -1 : 0;
}

/* A berval that holds a name is no secret. */
int same_dn(const struct berval *dn, const struct berval *other_dn) {
  return dn->bv_len == other_dn->bv_len &&
         memcmp(dn->bv_val, other_dn->bv_val, dn->bv_len) == 0;
}

/* Cyrus SASL's SCRAM check: a computed MAC compared a byte at a time,
 * leaving at the first difference; a loop that only accumulates the
 * differences is constant time. */
void HMAC_into(const uint8_t *key, const uint8_t *msg, uint8_t *out);
int check_server_signature(const uint8_t *key, const uint8_t *msg,
                           const uint8_t *received, size_t n) {
  uint8_t ServerSignature[32];
  size_t k;
  HMAC_into(key, msg, ServerSignature);
  for (k = 0; k < n; k++) {
    if (ServerSignature[k] != received[k])
      // CHECK: :[[@LINE-1]]:28: warning: the computed MAC 'ServerSignature' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
      return -1;
  }
  return 0;
}
int check_server_signature_ct(const uint8_t *key, const uint8_t *msg,
                              const uint8_t *received, size_t n) {
  uint8_t ServerSignature[32];
  uint8_t diff = 0;
  size_t k;
  HMAC_into(key, msg, ServerSignature);
  for (k = 0; k < n; k++)
    diff |= ServerSignature[k] ^ received[k];
  return diff == 0 ? 0 : -1;
}

/* Exim's CRAM-MD5 check: the client's hex digest decoded a byte at a time
 * in the loop and compared with the one computed from the secret, leaving
 * at the first difference; its SPA check: the response computed into a
 * buffer from a password held in a local the configuration filled. Not a
 * padding check (a byte fixed before the loop), nor a constant. */
typedef unsigned char uschar;
uschar *expand_string(uschar *);
void compute_cram_md5(uschar *secret, uschar *challenge, uschar *digest);
void spa_smb_nt_encrypt(uschar *passwd, uschar *c8, uschar *p24);
struct auth_options {
  uschar *server_secret, *spa_serverpassword;
};
int cram_md5_server(struct auth_options *ob, uschar *challenge,
                    uschar *clear) {
  uschar digest[16];
  uschar *secret = expand_string(ob->server_secret);
  compute_cram_md5(secret, challenge, digest);
  for (int i = 0; i < 16; i++) {
    int a = *clear++;
    int b = *clear++;
    if ((((a >= 'a') ? a - 'a' + 10 : a - '0') << 4) +
            ((b >= 'a') ? b - 'a' + 10 : b - '0') !=
        digest[i])
      // CHECK: :[[@LINE-2]]:51: warning: the computed MAC 'digest' is compared with '!='{{.*}} [integration-timing-unsafe-compare]
      return 1;
  }
  return 0;
}
int spa_server(struct auth_options *ob, uschar *challenge,
               uschar *response) {
  uschar ntRespData[24];
  uschar *clearpass;
  if (!(clearpass = expand_string(ob->spa_serverpassword)))
    return 0;
  spa_smb_nt_encrypt(clearpass, challenge, ntRespData);
  return memcmp(ntRespData, response, 24) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'ntRespData' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
int padding_valid(struct auth_options *ob, uschar *challenge,
                  const uschar *block, int n) {
  uschar digest[16];
  uschar *secret = expand_string(ob->server_secret);
  compute_cram_md5(secret, challenge, digest);
  int pad = block[n - 1];
  for (int i = 0; i < pad; i++)
    if (block[n - 1 - i] != pad)
      return 0;
  for (int i = 0; i < 16; i++)
    if (digest[i] != 0)
      return 1;
  return 0;
}

/* libssh2's algorithm negotiation: a function named for the kinds of
 * signature lists names, not a signature; one named for signing returns
 * one. */
const char *supported_key_sign_algs(const char *method);
const char *session_sign(const unsigned char *data, size_t n);
int pick_sign_algorithm(const char *method, const char *offered, size_t n) {
  const char *a = supported_key_sign_algs(method);
  return a && !memcmp(a, offered, n);
}
int check_session_signature(const unsigned char *data, size_t n,
                            const char *received) {
  const char *expected = session_sign(data, n);
  return !memcmp(expected, received, 32);
  // CHECK: :[[@LINE-1]]:11: warning: the computed MAC 'expected' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

/* kamailio's auth_xkeys: a digest over "key:data", the key the value member
 * of a record named like a key, is a keyed hash (a MAC); a record named like
 * a table's key holds no secret. */
typedef struct {
  char *s;
  int len;
} str;
typedef struct _auth_xkey {
  str kid;
  str kvalue;
  struct _auth_xkey *next;
} auth_xkey_t;
typedef struct _cache_key {
  str kvalue;
  struct _cache_key *next;
} cache_key_t;
void compute_sha256(char *dst, unsigned char *src, int len);
int xkeys_check(auth_xkey_t *itc, const str *digest, const str *data) {
  char xout[65];
  char buf[512];
  str xdata;
  xdata.s = buf;
  for (; itc; itc = itc->next) {
    xdata.len = data->len + itc->kvalue.len + 1;
    strncpy(xdata.s, itc->kvalue.s, itc->kvalue.len);
    xdata.s[itc->kvalue.len] = ':';
    strncpy(xdata.s + itc->kvalue.len + 1, data->s, data->len);
    compute_sha256(xout, (unsigned char *)xdata.s, xdata.len);
    if (strncasecmp(xout, digest->s, digest->len) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the computed MAC 'xout' is compared with 'strncasecmp'{{.*}} [integration-timing-unsafe-compare]
      return 0;
  }
  return -1;
}
int cache_lookup(cache_key_t *ck, const str *wanted) {
  char xout[65];
  char buf[512];
  str xdata;
  xdata.s = buf;
  for (; ck; ck = ck->next) {
    strncpy(xdata.s, ck->kvalue.s, ck->kvalue.len);
    compute_sha256(xout, (unsigned char *)xdata.s, ck->kvalue.len);
    if (strncasecmp(xout, wanted->s, wanted->len) == 0)
      return 0;
  }
  return -1;
}

/* LibVNCServer's password check: the challenge held by the client's record,
 * encrypted in place with the password, is the response expected; a nonce
 * filled with random bytes is no secret. */
typedef struct {
  unsigned char authChallenge[16];
  unsigned char nonce[16];
  const char *passwordFile;
} vnc_client;
char *decrypt_password_file(const char *path);
void encrypt_bytes(unsigned char *bytes, char *passwd);
void random_bytes(unsigned char *out, size_t n);
int vnc_password_check(vnc_client *cl, const char *response, int len) {
  char *passwd = decrypt_password_file(cl->passwordFile);
  if (!passwd)
    return 0;
  encrypt_bytes(cl->authChallenge, passwd);
  free(passwd);
  return memcmp(cl->authChallenge, response, len) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'authChallenge' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
int vnc_nonce_echo(vnc_client *cl, const unsigned char *echoed) {
  random_bytes(cl->nonce, sizeof cl->nonce);
  return memcmp(cl->nonce, echoed, sizeof cl->nonce) == 0;
}

/* accel-ppp's MS-CHAP check: the response computed from the stored
 * password against the one the variadic caller passed (`va_arg`). The
 * secrets file's handle, the lines read from it by the user's name, a user
 * name hashed to look it up and the address of a private-data key are no
 * keys. */
struct cs_pd {
  char *passwd;
  void *key;
};
static int pd_key;
struct sha1_ctx {
  unsigned state[5];
};
void sha1_init(struct sha1_ctx *ctx);
void sha1_update(struct sha1_ctx *ctx, const void *data, size_t n);
void sha1_final(uint8_t *out, struct sha1_ctx *ctx);
void des_encrypt(const uint8_t *input, const uint8_t *key, uint8_t *output);
int auth_mschap(struct cs_pd *pd, va_list args) {
  const uint8_t *challenge = va_arg(args, const uint8_t *);
  const uint8_t *nt_response = va_arg(args, const uint8_t *);
  uint8_t z_hash[21];
  uint8_t nt_hash[24];
  memcpy(z_hash, pd->passwd, 16);
  memset(z_hash + 16, 0, sizeof(z_hash) - 16);
  des_encrypt(challenge, z_hash, nt_hash);
  if (memcmp(nt_hash, nt_response, 24))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'nt_hash' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  return 0;
}
extern char *conf_chap_secrets;
int find_user(struct cs_pd *pd, const char *username, int hashed) {
  char buf[256];
  char username_hash[41];
  uint8_t hash[20];
  struct sha1_ctx ctx;
  size_t n;
  if (hashed) {
    sha1_init(&ctx);
    sha1_update(&ctx, username, strlen(username));
    sha1_final(hash, &ctx);
    for (n = 0; n < sizeof hash; n++)
      sprintf(username_hash + 2 * n, "%02x", hash[n]);
    username = username_hash;
  }
  FILE *f = fopen(conf_chap_secrets, "r");
  pd->key = &pd_key;
  if (!f)
    return -1;
  while (fgets(buf, sizeof buf, f))
    if (!strcmp(buf, username))
      return 0;
  return -1;
}

/* tinc's record check: a project Poly1305 computes the tag expected. */
void poly1305_auth(uint8_t *out, const uint8_t *m, size_t n,
                   const uint8_t *key);
int chacha_poly1305_check(const uint8_t *in, size_t n, const uint8_t *key) {
  uint8_t expected_tag[16];
  const uint8_t *tag = in + n - 16;
  poly1305_auth(expected_tag, in, n - 16, key);
  if (memcmp(expected_tag, tag, 16))
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'expected_tag' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}

/* accel-ppp's CLI login: the first line a client sent, held by the
 * connection the handler's argument points into, against the configured
 * password. */
struct md_handler {
  int fd;
};
struct cli_client {
  struct md_handler hnd;
  char cmdline[256];
  int auth;
};
extern const char *conf_cli_passwd;
int cli_read(struct md_handler *h) {
  struct cli_client *cln =
      (struct cli_client *)((char *)h - offsetof(struct cli_client, hnd));
  if (!cln->auth && strcmp(cln->cmdline, conf_cli_passwd))
    // CHECK: :[[@LINE-1]]:21: warning: the secret 'conf_cli_passwd' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  cln->auth = 1;
  return 0;
}

/* tinc: a `mac` of an address type is an Ethernet address, no MAC; a file
 * named after a keyed hash holds no MAC, and the name read from it is none. */
typedef struct mac_t {
  uint8_t x[6];
} mac_t;
typedef struct subnet_mac_t {
  mac_t address;
} subnet_mac_t;
struct subnet {
  subnet_mac_t mac;
};
extern mac_t mac_cache_last;
int cached_mac(const struct subnet *s) {
  return memcmp(&mac_cache_last, &s->mac.address, sizeof(mac_t)) == 0;
}
void sha512(const void *in, size_t n, void *out);
int redeem_invitation(const uint8_t *data, const char *name_wanted,
                      const uint8_t *invitation_key) {
  char hashbuf[64], cookie[64], usedname[256], buf[256];
  memcpy(hashbuf, data, 18);
  memcpy(hashbuf + 18, invitation_key, 32);
  sha512(hashbuf, 50, cookie);
  snprintf(usedname, sizeof usedname, "invitations/%s.used", cookie);
  FILE *f = fopen(usedname, "r");
  if (!f || !fgets(buf, sizeof buf, f))
    return 0;
  return strcmp(buf, name_wanted) == 0;
}

/* A local struct's array member named like bytes, filled by a call: no
 * pointer member, no holder (this once crashed the analysis). */
struct block {
  unsigned char data[16];
};
void fill_block(unsigned char *out, size_t n);
int same_block(const unsigned char *expected) {
  struct block blk;
  fill_block(blk.data, sizeof blk.data);
  return memcmp(blk.data, expected, sizeof blk.data) == 0;
}

/* n2n's supernode: the auth record an edge registered with against the one
 * it presents now, compared whole (its token with it), reported once,
 * inside, not again at its callers; a record of a public key is no
 * credential, nor is an author's record. */
typedef struct n2n_auth {
  uint16_t scheme;
  uint16_t token_size;
  uint8_t token[128];
} n2n_auth_t;
typedef struct {
  uint8_t public_key[32];
} peer_id_t;
struct author {
  char name[32];
  char signature[64];
};
int auth_edge(const n2n_auth_t *present, const n2n_auth_t *presented) {
  return memcmp(present, presented, sizeof(n2n_auth_t));
  // CHECK: :[[@LINE-1]]:10: warning: the secret{{.*}} is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
int register_super(const n2n_auth_t *registered, const n2n_auth_t *auth) {
  return auth_edge(registered, auth) == 0;
}
int same_peer(const peer_id_t *a, const peer_id_t *b) {
  return memcmp(a, b, sizeof *a);
}
int same_author(const struct author *a, const struct author *b) {
  return memcmp(a, b, sizeof *a);
}
