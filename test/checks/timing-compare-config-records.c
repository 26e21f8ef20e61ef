// Settings and tables a program keeps: an enrolment password run together
// with `auth` and a hash of a key derived from a passphrase are checked
// against what a client or a file gave (reported); two passwords of one
// settings record compared with each other, and a format's name from a
// table written in the code, are not.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <string.h>

int parse_enrolment(char *buf, const char *authpass) {
  if (strncmp(buf, "OSSEC PASS: ", 12) != 0)
    return 0;
  buf += 12;
  return strlen(buf) > strlen(authpass) &&
         strncmp(buf, authpass, strlen(authpass)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}'strncmp'
}

struct sha256 {
  unsigned int state[8];
};
void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t n);
void sha256_final(struct sha256 *s, unsigned char *digest);
void key_derive(const char *passphrase, unsigned char *key, int iexp,
                const unsigned char *iv);
void get_passphrase(char *buf, size_t n, const char *prompt);

int unlock_secret_key(const unsigned char *stored_hash, int iexp,
                      const unsigned char *iv) {
  struct sha256 sha[1];
  unsigned char protect[32], protect_hash[32];
  char pass[256];
  get_passphrase(pass, sizeof(pass), "passphrase: ");
  key_derive(pass, protect, iexp, iv);
  sha256_init(sha);
  sha256_update(sha, protect, sizeof(protect));
  sha256_final(sha, protect_hash);
  return memcmp(protect_hash, stored_hash, 20) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}'memcmp'
}

struct controller_ctx {
  const char *password;
  const char *enable_password;
};

int same_passwords(const struct controller_ctx *ctx) {
  return ctx->password && ctx->enable_password &&
         strcmp(ctx->password, ctx->enable_password) == 0;
}

struct sig_cfg {
  const char *sig;
  int flags;
};
struct sig_cfg sig_cfgs[] = {{"TRUE", 1}, {"VERA", 2}, {NULL, 0}};

const struct sig_cfg *cfg_from_sig(const char *sig) {
  const struct sig_cfg *cfg;
  for (cfg = &sig_cfgs[0]; cfg->sig != NULL; cfg++)
    if (strcmp(cfg->sig, sig) == 0)
      return cfg;
  return NULL;
}
