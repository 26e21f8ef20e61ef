// A TACACS+/RADIUS server and its authentication back ends, a SIP stack's
// digest check and a mail server's APOP: a password record's value against
// the text the check was given (reported inside the helper, not again at
// the calls of the function that hands its values on); the client's
// password hashed and encoded against the stored hash; an MS-CHAP answer
// computed from the record's value; TLS 1.3's master key against the
// pre-shared key (into an array of run-time size); a password read by a
// numeric attribute key; HTTP Digest's HA1 through a pointer to its buffer;
// an APOP digest written in hex through a pointer.
// Not secrets: a password already rejected, a client's kept credentials
// against the new ones it is given, an RSA signature's decoded digest.
// RUN: %tidy %s -- -std=gnu11 -Wno-deprecated-declarations 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>
#include <openssl/sha.h>
#include <openssl/md5.h>
#include <openssl/ssl.h>
#include <openssl/hmac.h>
#include <stdint.h>
#include <sys/types.h>

typedef unsigned char u_char;
char *crypt(const char *key, const char *salt);
enum token { S_permit, S_deny, S_clear, S_crypt, S_4 };
struct pwdat {
  enum token type;
  char value[1];
};
struct user {
  struct pwdat *passwd[4];
};
typedef struct {
  struct user *user;
  char *password;
  char *password_bad;
  char *username;
  u_char chap_challenge[16];
  u_char chap_response[24];
} tac_session;
void cisco64_enc(const unsigned char *in, size_t in_len, char *out);

static int verify_cisco_type4(char *hash_in, char *password) {
  unsigned char hash[SHA256_DIGEST_LENGTH];
  SHA256((unsigned char *)password, strlen(password), hash);
  char hash64[128];
  cisco64_enc(hash, SHA256_DIGEST_LENGTH, hash64);
  return strcmp(hash64, hash_in);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}

static enum token compare_pwdat(struct pwdat *a, char *username, char *b) {
  int res = -1;
  switch (a->type) {
  case S_clear:
    if (b)
      res = strcmp(a->value, b);
    // CHECK: :[[@LINE-1]]:13: warning: {{.*}}[integration-timing-unsafe-compare]
    break;
  case S_crypt:
    if (b) {
      char *c = crypt(b, a->value);
      if (c)
        res = strcmp(a->value, c);
      // CHECK: :[[@LINE-1]]:15: warning: {{.*}}[integration-timing-unsafe-compare]
    }
    break;
  case S_4:
    if (b)
      res = verify_cisco_type4(a->value, b);
    break;
  default:
    break;
  }
  return res ? S_deny : S_permit;
}

static enum token check_access(tac_session *session, struct pwdat *pwdat,
                               char *passwd) {
  enum token res = S_deny;
  if (pwdat)
    res = compare_pwdat(pwdat, session->username, passwd);
  return res;
}

// Negative: the call of the function that hands its values to the helper
// reported inside; and a password already rejected.
enum token do_login(tac_session *session, struct pwdat *pwdat) {
  if (session->password && session->password_bad &&
      !strcmp(session->password, session->password_bad))
    return S_deny;
  return check_access(session, pwdat, session->password);
}

void mschap_nthash(char *password, u_char *hash);
void mschap_chalresp(u_char *chal, u_char *hash, u_char *resp);
static void mschapv1_ntresp(u_char chal[16], char *password, u_char resp[24]) {
  u_char nt_hash[16];
  mschap_nthash(password, nt_hash);
  mschap_chalresp(chal, nt_hash, resp);
}
void mschap_helper(tac_session *session, enum token *res) {
  if (session->user) {
    u_char response[24];
    mschapv1_ntresp(session->chap_challenge, session->user->passwd[1]->value,
                    response);
    if (!memcmp(response, session->chap_response, 24))
    // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
      *res = S_permit;
  }
}

struct tls_psk {
  struct {
    char *txt;
    size_t len;
  } key;
};
struct host {
  struct tls_psk *tls_psk_key;
};
struct conn {
  struct host *host;
  SSL *tls;
};
int psk_check(struct conn *ctx) {
  unsigned char buf[ctx->host->tls_psk_key->key.len];
  if (ctx->host->tls_psk_key->key.len !=
          SSL_SESSION_get_master_key(SSL_get_session(ctx->tls), buf,
                                     ctx->host->tls_psk_key->key.len) ||
      memcmp(buf, ctx->host->tls_psk_key->key.txt,
             ctx->host->tls_psk_key->key.len))
    return -1;
  // CHECK: :[[@LINE-3]]:7: warning: {{.*}}[integration-timing-unsafe-compare]
  return 0;
}

#define AV_A_PASSWORD 8
#define AV_A_DBPASSWORD 9
#define AV_A_RESULT 10
struct av_ctx;
char *av_get(struct av_ctx *ac, int attr);
void av_set(struct av_ctx *ac, int attr, const char *value);
int mavis_auth(struct av_ctx *ac) {
  char *in_dbpass = av_get(ac, AV_A_DBPASSWORD);
  char *in_password = av_get(ac, AV_A_PASSWORD);
  if (in_dbpass && in_password && !strcmp(in_dbpass, in_password)) {
    // CHECK: :[[@LINE-1]]:36: warning: {{.*}}[integration-timing-unsafe-compare]
    av_set(ac, AV_A_RESULT, "ACK");
    return 0;
  }
  return -1;
}

typedef struct {
  char const *apw_user;
  char const *apw_hash;
  char const *apw_pass;
} auth_passwd_t;
typedef struct {
  char const *ar_response;
  int ar_md5sess;
} auth_response_t;
typedef char auth_hexmd5_t[33];
void auth_digest_a1(auth_response_t *ar, auth_hexmd5_t ha1,
                    char const *secret);
void auth_digest_a1sess(auth_response_t *ar, auth_hexmd5_t ha1sess,
                        char const *ha1);
void auth_digest_response(auth_response_t *ar, auth_hexmd5_t response,
                          auth_hexmd5_t const ha1, char const *method_name,
                          void const *data, size_t dlen);
int auth_check_digest(auth_response_t *ar, auth_passwd_t *apw,
                      const char *method) {
  char const *a1;
  auth_hexmd5_t a1buf, response;
  if (apw && apw->apw_hash)
    a1 = apw->apw_hash;
  else if (apw && apw->apw_pass)
    auth_digest_a1(ar, a1buf, apw->apw_pass), a1 = a1buf;
  else
    auth_digest_a1(ar, a1buf, "xyzzy"), a1 = a1buf, apw = NULL;
  if (ar->ar_md5sess)
    auth_digest_a1sess(ar, a1buf, a1), a1 = a1buf;
  auth_digest_response(ar, response, a1, method, NULL, 0);
  return !apw || strcmp(response, ar->ar_response);
  // CHECK: :[[@LINE-1]]:18: warning: {{.*}}[integration-timing-unsafe-compare]
}

// Negative: a client keeping its credentials skips an update to the same
// ones.
typedef struct {
  char *ca_user;
  char *ca_pass;
} auth_client_t;
int su_strmatch(char const *s1, char const *s2);
char *su_strdup(void *home, char const *s);
int ca_credentials(auth_client_t *ca, char const *user, char const *pass) {
  char *old_user = ca->ca_user, *old_pass = ca->ca_pass;
  if (su_strmatch(user, old_user) && su_strmatch(pass, old_pass))
    return 0;
  ca->ca_user = su_strdup(NULL, user);
  ca->ca_pass = su_strdup(NULL, pass);
  return 1;
}

int authapop(char *password, char *timestamp, char *clearpass) {
  static const char hextab[] = "0123456789abcdef";
  MD5_CTX context;
  unsigned char digest[16];
  char encrypted[16 * 2 + 1];
  char *s;
  MD5_Init(&context);
  MD5_Update(&context, timestamp, strlen(timestamp));
  MD5_Update(&context, clearpass, strlen(clearpass));
  MD5_Final(digest, &context);
  s = encrypted;
  for (int i = 0; i < (int)sizeof(digest); ++i) {
    *s = hextab[digest[i] / 16];
    ++s;
    *s = hextab[digest[i] % 16];
    ++s;
  }
  *s = '\0';
  return strcmp(password, encrypted);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}

// Negative: an RSA signature decoded with the public key against the
// message's hash: both public.
struct der_item {
  unsigned long size;
  void *data;
};
int rsa_verify_hash_ex(const unsigned char *sig, unsigned long siglen,
                       const unsigned char *hash, unsigned long hashlen,
                       int *stat) {
  struct der_item siginfo[2];
  siginfo[1].data = (void *)sig;
  siginfo[1].size = siglen;
  if (siginfo[1].size == hashlen &&
      memcmp(siginfo[1].data, hash, hashlen) == 0)
    *stat = 1;
  return 0;
}

// ... but a verification function that covers HMAC too (an IKE daemon's
// `dsa_verify_final`): the MAC it computes is a secret.
struct iked_dsa {
  int dsa_hmac;
  HMAC_CTX *dsa_ctx;
};
ssize_t dsa_verify_final(struct iked_dsa *dsa, void *buf, size_t len) {
  uint8_t sig[EVP_MAX_MD_SIZE];
  unsigned int siglen = sizeof(sig);
  if (dsa->dsa_hmac) {
    if (!HMAC_Final(dsa->dsa_ctx, sig, &siglen))
      return -1;
    if (siglen != len || memcmp(buf, sig, siglen) != 0)
      // CHECK: :[[@LINE-1]]:26: warning: {{.*}}[integration-timing-unsafe-compare]
      return -1;
  }
  return 0;
}

// Negative: a TLS pre-shared key's identity, offered in clear in the
// ClientHello, against the configured one.
typedef struct {
  uint8_t *base;
  size_t len;
} ptls_iovec_t;
struct psk_identity {
  ptls_iovec_t identity;
};
struct tls_context {
  struct {
    ptls_iovec_t identity;
    ptls_iovec_t secret;
  } pre_shared_key;
};
struct client_hello {
  struct {
    struct {
      struct psk_identity *list;
      size_t count;
    } identities;
  } psk;
};
int find_psk(struct tls_context *ctx, struct client_hello *ch) {
  for (size_t psk_index = 0; psk_index < ch->psk.identities.count;
       ++psk_index) {
    struct psk_identity *identity = ch->psk.identities.list + psk_index;
    if (identity->identity.len == ctx->pre_shared_key.identity.len &&
        memcmp(identity->identity.base, ctx->pre_shared_key.identity.base,
               identity->identity.len) == 0)
      return (int)psk_index;
  }
  return -1;
}

// A RADIUS client's authenticator check: a project function keys an MD5
// with the shared secret and finishes it into its pointer parameter, so its
// caller's buffer holds a MAC.
struct l2tp_config {
  char radiussecret[64];
};
extern struct l2tp_config *config;
static void calc_auth(const void *buf, size_t len, const uint8_t *in,
                      uint8_t *out) {
  MD5_CTX ctx;
  MD5_Init(&ctx);
  MD5_Update(&ctx, (void *)buf, 4);
  MD5_Update(&ctx, (void *)in, 16);
  MD5_Update(&ctx, (const char *)buf + 20, len - 20);
  MD5_Update(&ctx, config->radiussecret, strlen(config->radiussecret));
  MD5_Final(out, &ctx);
}
int radius_answer(uint8_t *buf, size_t len, const uint8_t *request_auth) {
  uint8_t hash[16];
  calc_auth(buf, len, request_auth, hash);
  if (memcmp(hash, buf + 4, 16))
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}}[integration-timing-unsafe-compare]
    return -1;
  return 0;
}

// SASL PLAIN on the server: the password the application hands over by a
// property (an enum's constant names it), normalized into a pointer the
// call sets, against the client's normalized one. The SCRAM client: the
// server signature it expects against the one the server sent.
typedef enum { GSASL_AUTHID = 1, GSASL_PASSWORD = 2 } Gsasl_property;
typedef struct Gsasl_session Gsasl_session;
const char *gsasl_property_get(Gsasl_session *sctx, Gsasl_property prop);
int gsasl_saslprep(const char *in, int flags, char **out, int *stringpreprc);
int plain_server(Gsasl_session *sctx, const char *password) {
  const char *key;
  char *normkey, *passprep;
  if (gsasl_saslprep(password, 0, &passprep, NULL) != 0)
    return -1;
  key = gsasl_property_get(sctx, GSASL_PASSWORD);
  if (!key || gsasl_saslprep(key, 0, &normkey, NULL) != 0)
    return -1;
  return strcmp(normkey, passprep) == 0 ? 0 : -1;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}
struct scram_server_final {
  char *verifier;
};
struct scram_client_state {
  struct scram_server_final sl;
  char *serversignature;
};
int scram_client_final(struct scram_client_state *state) {
  if (strcmp(state->sl.verifier, state->serversignature) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}}[integration-timing-unsafe-compare]
    return -1;
  return 0;
}

// Negative: where a parser stopped in a secret is a position, not the
// secret.
unsigned long long strtoull(const char *nptr, char **endptr, int base);
int parse_session(const char *session_id) {
  char *endptr = NULL;
  unsigned long long id = strtoull(session_id, &endptr, 10);
  if (endptr == session_id + strlen(session_id))
    return (int)id;
  return -1;
}
