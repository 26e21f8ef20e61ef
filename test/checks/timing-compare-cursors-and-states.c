// C code that walks buffers and states: a MUD's login state machine checks
// the password at login and before a deletion, and a retyped new password
// in a confirmation state; a config reader matches keywords named like a
// secret; a smart card driver moves one cursor across the request, the
// response and a key buffer a digest fills.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <openssl/evp.h>
#include <string.h>

char *crypt(const char *key, const char *salt);
#define CRYPT(a, b) ((char *)crypt((a), (b)))
#define MAX_PWD_LENGTH 30
#define CON_PASSWORD 1
#define CON_NEWPASSWD 2
#define CON_CNFPASSWD 3
#define CON_CHPWD_VRFY 4
#define CON_DELCNF1 5

struct char_data {
  char passwd[MAX_PWD_LENGTH + 1];
  char name[20];
};
struct descriptor_data {
  int connected;
  struct char_data *character;
};
void write_to_output(struct descriptor_data *d, const char *text);

void nanny(struct descriptor_data *d, char *arg) {
  switch (d->connected) {
  case CON_PASSWORD:
    if (strncmp(CRYPT(arg, d->character->passwd), d->character->passwd,
                MAX_PWD_LENGTH))
      // CHECK: :[[@LINE-2]]:9: warning: {{.*}}[integration-timing-unsafe-compare]
      write_to_output(d, "Wrong password.\r\n");
    break;
  case CON_NEWPASSWD:
    strncpy(d->character->passwd, CRYPT(arg, d->character->name),
            MAX_PWD_LENGTH);
    break;
  // Negative: the retyped new password against the hash just set.
  case CON_CNFPASSWD:
  case CON_CHPWD_VRFY:
    if (strncmp(CRYPT(arg, d->character->passwd), d->character->passwd,
                MAX_PWD_LENGTH))
      write_to_output(d, "Passwords don't match.\r\n");
    break;
  // A deletion confirmed with the password is a password check.
  case CON_DELCNF1:
    if (strncmp(CRYPT(arg, d->character->passwd), d->character->passwd,
                MAX_PWD_LENGTH))
      // CHECK: :[[@LINE-2]]:9: warning: {{.*}}[integration-timing-unsafe-compare]
      write_to_output(d, "Incorrect password.\r\n");
    break;
  }
}

// Negative: keywords of a peers file, `password:` among them.
#define PASSWORD "password:"
#define HOSTNAME "hostname:"
char *read_word(FILE *f);
void read_peers(FILE *f, char **password) {
  char *word;
  while ((word = read_word(f)) != NULL) {
    if (!strncmp(word, HOSTNAME, sizeof HOSTNAME))
      continue;
    if (!strncmp(word, PASSWORD, sizeof PASSWORD))
      *password = read_word(f);
  }
}

// A cursor over the request, the response and the derived keys; the card's
// cryptogram checked against the CMAC computed into its own buffer.
typedef unsigned char u8;
int card_io(const u8 *out, size_t outlen, u8 *in, size_t inlen);
int decode_cert(u8 **buf, size_t *len, u8 *cache, size_t cache_len);
int cmac(const u8 *key, const u8 *data, size_t n, u8 *mac);
int sm_open(const u8 *shared_secret, size_t secret_len, u8 *cache, size_t cache_len) {
  u8 sbuf[64], rbuf[256], aeskeys[64], confirm_mac[16], cryptogram[16];
  size_t len = sizeof rbuf;
  unsigned hashlen = 0;
  u8 *p = sbuf;
  memcpy(p, shared_secret, secret_len);
  card_io(sbuf, sizeof sbuf, rbuf, sizeof rbuf);
  p = rbuf;
  memcpy(cryptogram, p, sizeof cryptogram);
  p += sizeof cryptogram;
  if (decode_cert(&p, &len, cache, cache_len) != 0)
    return -1;
  EVP_MD_CTX *hash_ctx = EVP_MD_CTX_new();
  p = aeskeys;
  EVP_DigestUpdate(hash_ctx, shared_secret, secret_len);
  EVP_DigestFinal_ex(hash_ctx, p, &hashlen);
  cmac(aeskeys, rbuf, len, confirm_mac);
  return memcmp(cryptogram, confirm_mac, sizeof confirm_mac);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}}[integration-timing-unsafe-compare]
}
// A decoder that skips a certificate it has already decoded.
int decode_cert(u8 **buf, size_t *len, u8 *cache, size_t cache_len) {
  if (cache_len == *len && memcmp(cache, *buf, *len) == 0)
    return 0;
  return 1;
}

// An IRC services module's own line protocol: the line a client sent, cut
// into words, its password against the configured one. Negative: the
// command word, and a new password checked against the account's handle
// (a quality rule, no secret compared).
struct qserver_conf {
  const char *password;
};
static struct qserver_conf conf;
int read_line(int fd, char *line, int size);
unsigned split_line(char *line, int irc_colon, unsigned argv_size, char **argv);
int irccasecmp(const char *a, const char *b);
void write_line(int fd, const char *text);
void qserver_read(int fd) {
  char *argv[16];
  char line[512];
  if (read_line(fd, line, sizeof line) <= 0)
    return;
  if (split_line(line, 0, 16, argv) < 3)
    return;
  if (!strcmp(argv[1], "PASS") && conf.password &&
      !strcmp(argv[2], conf.password))
    // CHECK: :[[@LINE-1]]:8: warning: the secret 'password' {{.*}}[integration-timing-unsafe-compare]
    write_line(fd, "PASSWORD_OK");
}
int is_valid_password(const char *handle, const char *pass) {
  if (strlen(pass) < 5)
    return 0;
  if (!irccasecmp(pass, handle))
    return 0;
  return 1;
}

// Smart cards' secure messaging: a CBC-MAC under the session MAC key into
// `mac`, a retail MAC built in `macbuf` and checked on its first four
// bytes. Negative: a cipher's known-answer self test.
struct sm_exdata {
  u8 sk_enc[16];
  u8 sk_mac[16];
};
int des_encrypt_cbc(const u8 *key, int keysize, u8 *iv, const u8 *in,
                    size_t len, u8 *out);
int check_response_mac(struct sm_exdata *exdata, const u8 *in, size_t len,
                       const u8 *tag) {
  u8 iv[8] = {0}, mac[64];
  des_encrypt_cbc(exdata->sk_mac, 8, iv, in, len, mac);
  return memcmp(tag, mac + len - 8, 8);
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'mac' {{.*}}[integration-timing-unsafe-compare]
}
int check_retail_mac(EVP_CIPHER_CTX *cctx, const u8 *key, const u8 *given) {
  u8 macbuf[8] = {0};
  int n = 0;
  EVP_EncryptInit_ex(cctx, EVP_des_ede_ecb(), NULL, key, NULL);
  EVP_EncryptUpdate(cctx, macbuf, &n, macbuf, 8);
  return memcmp(given, macbuf, 4);
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'macbuf' {{.*}}[integration-timing-unsafe-compare]
}
int des_self_test(void) {
  static const u8 test_key[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  static const u8 plain[8] = {0}, known[8] = {0x8c, 0xa6, 0x4d, 0xe9,
                                              0xc1, 0xb1, 0x23, 0xa7};
  u8 iv[8] = {0}, out[8];
  des_encrypt_cbc(test_key, 8, iv, plain, 8, out);
  return memcmp(out, known, 8);
}
