// Logins of system tools and protocol stacks (shadow, vsftpd, sudo,
// tinydtls, WeeChat's relay, libcoap, open62541): crypt(3) by another name
// (`pw_encrypt`), a hash variable set twice (the last set before the
// comparison counts), a check given two secrets, a hash through a plugin
// API's function pointers, a DTLS cookie a project HMAC writes. Not
// secrets: a password against its retyping at the terminal, a file's
// digest, an account entry's public fields, a scheme's prefix, a position
// in a buffer, an AND-accumulate comparison, OpenSSL's allocator.
// RUN: %tidy %s -- -std=c11 -D_DEFAULT_SOURCE 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <crypt.h>
#include <pwd.h>
#include <shadow.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

// shadow: pw_encrypt is crypt(3).
char *agetpass(const char *prompt);
void erase_pass(char *pass);
char *pw_encrypt(const char *clear, const char *salt);
#define streq(s1, s2) (!strcmp(s1, s2))

int pw_auth(const char *cipher) {
  char *clear = agetpass("Password: ");
  const char *input = clear ? clear : "";
  const char *encrypted = pw_encrypt(input, cipher);
  int retval = -1;
  if (encrypted)
    retval = strcmp(encrypted, cipher);
  // CHECK: :[[@LINE-1]]:14: warning: the password hash 'encrypted' is compared with 'strcmp'
  erase_pass(clear);
  return retval;
}

// login without PAM: salted with a local set to the stored hash.
bool valid(const char *password, const struct passwd *ent) {
  const char *encrypted;
  const char *salt;
  if (ent->pw_name && streq(ent->pw_passwd, ""))
    return streq(password, "");
  if (!ent->pw_name || streq(ent->pw_passwd, ""))
    salt = "xx";
  else
    salt = ent->pw_passwd;
  encrypted = pw_encrypt(password, salt);
  return ent->pw_name && encrypted && streq(encrypted, ent->pw_passwd);
  // CHECK: :[[@LINE-1]]:39: warning: the {{.*}} is compared with 'strcmp'
}

// The new password and its retyping, both typed at the terminal, and the
// hash made of it after the loop: a confirmation, not a login.
int new_password(void) {
  char pass[200];
  char *cp = NULL;
  for (int i = 5; i > 0; i--) {
    cp = agetpass("New password: ");
    if (!cp)
      return -1;
    strcpy(pass, cp);
    erase_pass(cp);
    cp = agetpass("Re-enter new password: ");
    if (!cp)
      return -1;
    if (!streq(cp, pass)) {
      erase_pass(cp);
      continue;
    }
    break;
  }
  cp = pw_encrypt(pass, "$6$salt");
  return cp != NULL;
}

// vsftpd: `p_crypted` is set from the shadow entry, compared, then set
// again from the passwd entry; each comparison is with its own hash. The
// login shell is an account's public field.
int vsf_sysutil_strcmp(const char *p_src1, const char *p_src2);
int check_auth(const char *user, const char *pass) {
  const struct passwd *p_pwd = getpwnam(user);
  if (!p_pwd)
    return 0;
  const char *p_shell;
  while ((p_shell = getusershell()) != NULL)
    if (!vsf_sysutil_strcmp(p_shell, p_pwd->pw_shell))
      break;
  endusershell();
  const char *p_crypted;
  const struct spwd *p_spwd = getspnam(user);
  if (p_spwd) {
    p_crypted = crypt(pass, p_spwd->sp_pwdp);
    if (!vsf_sysutil_strcmp(p_crypted, p_spwd->sp_pwdp))
      // CHECK: :[[@LINE-1]]:10: warning: the password hash 'p_crypted' is compared with 'vsf_sysutil_strcmp'
      return 1;
  }
  p_crypted = crypt(pass, p_pwd->pw_passwd);
  return !vsf_sysutil_strcmp(p_crypted, p_pwd->pw_passwd);
  // CHECK: :[[@LINE-1]]:11: warning: the secret 'pw_passwd' is compared with 'vsf_sysutil_strcmp'
}

// sudo: the digest of a command file against the one sudoers lists.
unsigned char *sudo_filedigest(int fd, const char *file, unsigned int type,
                               size_t *digest_len);
size_t sudo_base64_decode(const char *in, unsigned char *out, size_t out_len);
int digest_matches(int fd, const char *path, const char *digest_str) {
  size_t digest_len = 0;
  unsigned char *file_digest = sudo_filedigest(fd, path, 1, &digest_len);
  unsigned char *sudoers_digest = malloc(digest_len);
  if (!file_digest || !sudoers_digest ||
      sudo_base64_decode(digest_str, sudoers_digest, digest_len) != digest_len)
    return 0;
  return memcmp(file_digest, sudoers_digest, digest_len) == 0;
}

// tinydtls: `equals` ANDs each byte's equality into the result, in
// constant time; the cookie a project HMAC writes is a MAC, compared with
// memcmp; `p == buf + n` compares positions.
typedef struct {
  unsigned char key[32];
} dtls_hmac_context_t;
void dtls_hmac_init(dtls_hmac_context_t *ctx, const unsigned char *key,
                    size_t klen);
void dtls_hmac_update(dtls_hmac_context_t *ctx, const unsigned char *in,
                      size_t len);
int dtls_hmac_finalize(dtls_hmac_context_t *ctx, unsigned char *result);
static unsigned char cookie_secret[16];

static inline int equals(unsigned char *a, unsigned char *b, size_t len) {
  int result = 1;
  while (len--)
    result &= (*a++ == *b++);
  return result;
}

static int create_cookie(const unsigned char *msg, size_t msglen,
                         unsigned char *cookie, int *clen) {
  unsigned char buf[32];
  dtls_hmac_context_t hmac_context;
  dtls_hmac_init(&hmac_context, cookie_secret, sizeof cookie_secret);
  dtls_hmac_update(&hmac_context, msg, msglen);
  int len = dtls_hmac_finalize(&hmac_context, buf);
  if (len < *clen)
    *clen = len;
  memcpy(cookie, buf, *clen);
  return 0;
}

int check_finished(unsigned char *data, const unsigned char *handshake,
                   size_t n) {
  unsigned char mac[32];
  dtls_hmac_context_t hmac_context;
  dtls_hmac_init(&hmac_context, cookie_secret, sizeof cookie_secret);
  dtls_hmac_update(&hmac_context, handshake, n);
  dtls_hmac_finalize(&hmac_context, mac);
  return equals(data, mac, 12) ? 0 : -1;
}

int verify_peer(const unsigned char *data, size_t data_length,
                unsigned char *cookie) {
  unsigned char buf[64];
  int len = 32;
  unsigned char *p = buf;
  create_cookie(data, data_length, buf + 3, &len);
  if (memcmp(cookie, buf + 3, len))
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'buf' is compared with 'memcmp'
    return -1;
  p += 3;
  return p == buf + 3;
}

// WeeChat's relay: a scheme's prefix selects how the password comes; the
// check is given the client's password and the relay's; a hash of the
// relay password through the plugin API's function pointers against the
// one the client sent.
struct t_weechat_plugin {
  int (*crypto_hash)(const void *data, int data_size, const char *hash_algo,
                     void *hash, int *hash_size);
  int (*string_base_encode)(const char *base, const char *from, int length,
                            char *to);
  int (*strcasecmp)(const char *string1, const char *string2);
};
extern struct t_weechat_plugin *weechat_plugin;
#define weechat_crypto_hash(data, size, algo, hash, hash_size)                 \
  (weechat_plugin->crypto_hash)(data, size, algo, hash, hash_size)
#define weechat_string_base_encode(base, from, length, to)                     \
  (weechat_plugin->string_base_encode)(base, from, length, to)
#define weechat_strcasecmp(a, b) (weechat_plugin->strcasecmp)(a, b)

int relay_auth_check_password_plain(const char *password,
                                    const char *relay_password) {
  return strcmp(password, relay_password) == 0 ? 0 : -2;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'relay_password' is compared with 'strcmp'
}

int relay_auth_check_hash_sha(const char *hash_algo, const char *salt,
                              int salt_size, const char *hash_sha,
                              const char *relay_password) {
  char hash[64], hash_hexa[129];
  int hash_size, rc = 0;
  int length = salt_size + (int)strlen(relay_password);
  char *salt_password = malloc(length);
  if (!salt_password)
    return 0;
  memcpy(salt_password, salt, salt_size);
  memcpy(salt_password + salt_size, relay_password, strlen(relay_password));
  if (weechat_crypto_hash(salt_password, length, hash_algo, hash,
                          &hash_size)) {
    weechat_string_base_encode("16", hash, hash_size, hash_hexa);
    if (weechat_strcasecmp(hash_hexa, hash_sha) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'hash_hexa' is compared with 'strcasecmp'
      rc = 1;
  }
  free(salt_password);
  return rc;
}

struct t_relay_http_request;
const char *header_get(struct t_relay_http_request *request, const char *name);
int base_decode(const char *from, char *to);
int relay_http_check_auth(struct t_relay_http_request *request,
                          const char *relay_password) {
  const char *auth = header_get(request, "authorization");
  char *user_pass = malloc(strlen(auth) + 1);
  if (!user_pass || base_decode(auth, user_pass) < 0)
    return -1;
  if (strncmp(user_pass, "plain:", 6) == 0)
    return relay_auth_check_password_plain(user_pass + 6, relay_password);
  return -1;
}

// A check given two secrets compares the one presented with the one kept;
// not a form's password and its confirmation.
int check_token(const char *token, const char *secret) {
  return strcmp(token, secret) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret '{{token|secret}}' is compared with 'strcmp'
}

int checkCPassword(const char *password, const char *c_password) {
  return strcmp(password, c_password) == 0;
}

// libcoap: OpenSSL's `OPENSSL_strdup` is `CRYPTO_strdup`, no crypt(3).
char *CRYPTO_strdup(const char *str, const char *file, int line);
struct sni_entry {
  char *sni;
};
int find_sni(struct sni_entry *list, size_t count, const char *sni) {
  list[count].sni = CRYPTO_strdup(sni, __FILE__, __LINE__);
  for (size_t i = 0; i < count; i++)
    if (!strcasecmp(sni, list[i].sni))
      return (int)i;
  return -1;
}

// open62541: `UA_ByteString_equal` hands both values to `UA_order`, out of
// view: by its name, a plain comparison. A user token's `userName` is
// public.
typedef struct {
  size_t length;
  unsigned char *data;
} UA_ByteString;
typedef UA_ByteString UA_String;
int UA_order(const void *p1, const void *p2, int type);
static inline bool UA_ByteString_equal(const UA_ByteString *p1,
                                       const UA_ByteString *p2) {
  return UA_order(p1, p2, 15) == 0;
}
int HMAC_SHA256(const unsigned char *key, size_t klen,
                const unsigned char *msg, size_t n, unsigned char *out);

int hmac_sha256_verify(const UA_ByteString *message, const UA_ByteString *key,
                       const UA_ByteString *signature) {
  unsigned char buf[32] = {0};
  UA_ByteString mac = {32, buf};
  HMAC_SHA256(key->data, key->length, message->data, message->length,
              mac.data);
  if (!UA_ByteString_equal(signature, &mac))
    // CHECK: :[[@LINE-1]]:8: warning: the computed MAC 'mac' is compared with 'UA_ByteString_equal', which uses 'UA_order'
    return -1;
  return 0;
}

typedef struct {
  UA_String userName;
  UA_ByteString password;
} UA_UserNameIdentityToken;
typedef struct {
  UA_String username;
} UA_UsernamePasswordLogin;
typedef struct {
  void *data;
} UA_ExtensionObject;
int find_login(const UA_ExtensionObject *userIdentityToken,
               const UA_UsernamePasswordLogin *logins, size_t n) {
  const UA_UserNameIdentityToken *userToken = userIdentityToken->data;
  for (size_t i = 0; i < n; i++)
    if (UA_ByteString_equal(&userToken->userName, &logins[i].username))
      return (int)i;
  return -1;
}

// httpd: a provider, called through a pointer with the request and the
// user's name, looks up the stored hash of user:realm:password; the hash of
// what the client sent is compared with it.
typedef struct request_rec {
  void *pool;
} request_rec;
typedef struct {
  int (*get_realm_hash)(request_rec *r, const char *user, const char *realm,
                        char **rethash);
} authn_provider;
char *ap_md5(void *pool, const unsigned char *string);
char *apr_pstrcat(void *pool, ...);
int get_basic_auth(request_rec *r, const char **user, const char **pw);
int authenticate_basic_user(request_rec *r, const authn_provider *provider,
                            const char *realm) {
  const char *sent_user, *sent_pw;
  if (get_basic_auth(r, &sent_user, &sent_pw))
    return 401;
  char *digest = ap_md5(r->pool, (unsigned char *)apr_pstrcat(
                                     r->pool, sent_user, ":", realm, ":",
                                     sent_pw, NULL));
  char *password;
  if (provider->get_realm_hash(r, sent_user, realm, &password) != 0)
    return 0;
  return strcmp(digest, password) ? 0 : 1;
  // CHECK: :[[@LINE-1]]:10: warning: the {{.*}} is compared with 'strcmp'
}
