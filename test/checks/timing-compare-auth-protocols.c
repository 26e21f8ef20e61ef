// Authentication protocols' own compares: HTTP Digest's response against
// one computed from the stored HA1; NTLM's message integrity code and a
// signature computed with an HMAC whose function has a long name; the VNC
// challenge encrypted with the password by d3des, and NTLM's by a project
// cipher given the password in clear; Asterisk's Digest response from the
// stored `a1_hash`; a salted MD5 of a
// password (GLib's GChecksum) against the stored one, a byte at a time.
// Not secrets: a block enciphered with no key given; digests of public
// documents read by a label naming the algorithm; NTLM's "NTLMSSP"
// signature (a format's magic, as a constant
// or a macro), a stored password against a placeholder macro, a check that
// only calls another check defined elsewhere, a setting read through the
// request's settings, a buffer the compared call writes afresh, a value
// passed to a variadic hash (read, not written).
// RUN: %tidy %s -- -std=c11 -I %inputs/d3des 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <d3des.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Apache httpd's mod_auth_digest. */
typedef struct {
  const char *digest, *nonce, *ha1, *uri;
} digest_header_rec;
typedef struct {
  void *pool;
  const char *user;
} request_rec;
const char *ap_md5(void *pool, const unsigned char *string);
char *apr_pstrcat(void *pool, ...);
static const char *old_digest(const request_rec *r,
                              const digest_header_rec *resp) {
  const char *ha2 = ap_md5(r->pool, (const unsigned char *)resp->uri);
  return ap_md5(r->pool, (unsigned char *)apr_pstrcat(r->pool, resp->ha1, ":",
                                                      resp->nonce, ":", ha2,
                                                      NULL));
}
int authenticate_digest_user(request_rec *r, digest_header_rec *resp) {
  if (strcmp(resp->digest, old_digest(r, resp)))
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC{{.*}} is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 401;
  return 0;
}

/* WinPR's NTLM. */
typedef unsigned char BYTE;
typedef struct WINPR_HMAC_CTX WINPR_HMAC_CTX;
int winpr_HMAC_Final(WINPR_HMAC_CTX *ctx, void *output, size_t n);
int ntlm_compute_message_integrity_check(void *context, BYTE *mic, size_t n);
typedef struct {
  char Signature[8];
  uint32_t MessageType;
  BYTE MessageIntegrityCheck[16];
} NTLM_MESSAGE;
static const char NTLM_SIGNATURE[8] = {'N', 'T', 'L', 'M', 'S', 'S', 'P', '\0'};
#define NTLMSSP_SIGNATURE "NTLMSSP"
int ntlm_read_header(NTLM_MESSAGE *header) {
  if (strncmp(header->Signature, NTLM_SIGNATURE, 8) != 0)
    return 0;
  return strncmp(header->Signature, NTLMSSP_SIGNATURE, 8) == 0;
}
int ntlm_read_authenticate(void *context, NTLM_MESSAGE *message) {
  BYTE messageIntegrityCheck[16];
  if (!ntlm_compute_message_integrity_check(context, messageIntegrityCheck,
                                            sizeof messageIntegrityCheck))
    return 0;
  if (memcmp(messageIntegrityCheck, message->MessageIntegrityCheck, 16) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'messageIntegrityCheck' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}
int ntlm_verify_signature(WINPR_HMAC_CTX *hmac, const BYTE *received) {
  BYTE digest[16];
  if (!winpr_HMAC_Final(hmac, digest, sizeof digest))
    return 0;
  return memcmp(received, digest, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'digest' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

/* The VNC servers' d3des: the challenge encrypted with the password. */
struct vnc_auth {
  unsigned char challenge[16], response[16];
};
int verify_response(struct vnc_auth *auth, const char *password) {
  unsigned char key[8], expected[16];
  for (int i = 0; i < 8; i++)
    key[i] = password[i];
  deskey(key, EN0);
  for (int j = 0; j < 16; j += 8)
    des(auth->challenge + j, expected + j);
  return memcmp(auth->response, expected, 16) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'expected' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

/* Exim's NTLM (SPA) server: the client's challenge, built from its request,
 * enciphered with the password in clear; the response expected is as
 * secret as a MAC. A block enciphered with no secret is not. */
typedef struct {
  unsigned char flags[8];
} spa_request;
typedef struct {
  unsigned char challengeData[8];
} spa_challenge;
int spa_base64_to_bits(char *out, int n, const char *in);
void spa_build_auth_challenge(spa_request *request, spa_challenge *challenge);
void spa_smb_nt_encrypt(unsigned char *passwd, unsigned char *c8,
                        unsigned char *p24);
void block_encrypt(unsigned char *in, unsigned char *out);
unsigned char *expand_string(const unsigned char *);
extern const unsigned char *spa_serverpassword;
int auth_spa_server(const char *data, const unsigned char *response) {
  spa_request request;
  spa_challenge challenge;
  unsigned char ntRespData[24];
  unsigned char *clearpass;
  if (spa_base64_to_bits((char *)&request, sizeof request, data) < 0)
    return 0;
  spa_build_auth_challenge(&request, &challenge);
  if (!(clearpass = expand_string(spa_serverpassword)))
    return 0;
  spa_smb_nt_encrypt(clearpass, challenge.challengeData, ntRespData);
  return memcmp(ntRespData, response, 24) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'ntRespData' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}
int same_block(unsigned char *block, const unsigned char *expected) {
  unsigned char out[8];
  block_encrypt(block, out);
  return memcmp(out, expected, 8) == 0;
}

/* Asterisk's HTTP manager: the Digest response computed from the user's
 * stored H(A1), named `a1_hash`, against the client's. Tor's consensus
 * cache: documents' SHA3 digests, read by a label naming the algorithm,
 * are checksums of public documents. */
struct ami_user {
  char a1_hash[33];
};
void ast_md5_hash(char *out, const char *in);
int manager_digest(const struct ami_user *user, const char *response,
                   unsigned long nonce, const char *a2_hash) {
  char resp[256], resp_hash[33];
  snprintf(resp, sizeof resp, "%s:%08lx:%s", user->a1_hash, nonce, a2_hash);
  ast_md5_hash(resp_hash, resp);
  return strncasecmp(response, resp_hash, strlen(resp_hash)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strncasecmp'{{.*}} [integration-timing-unsafe-compare]
}
typedef struct consensus_cache_entry_t consensus_cache_entry_t;
const char *consensus_cache_entry_get_value(consensus_cache_entry_t *ent,
                                            const char *key);
#define LABEL_SHA3_DIGEST_UNCOMPRESSED "sha3-digest-uncompressed"
#define LABEL_TARGET_SHA3_DIGEST "target-sha3-digest"
int diff_is_current(consensus_cache_entry_t *diff,
                    consensus_cache_entry_t *most_recent) {
  const char *most_recent_sha3 = consensus_cache_entry_get_value(
      most_recent, LABEL_SHA3_DIGEST_UNCOMPRESSED);
  const char *target_sha3 =
      consensus_cache_entry_get_value(diff, LABEL_TARGET_SHA3_DIGEST);
  return most_recent_sha3 && target_sha3 &&
         strcmp(target_sha3, most_recent_sha3) == 0;
}

/* bitlbee: a salted MD5 of the password against the stored hash, leaving
 * the loop at the first differing byte; its placeholder for a password not
 * yet given; a check that hands the password to one defined elsewhere. */
typedef struct GChecksum GChecksum;
GChecksum *g_checksum_new(int type);
void g_checksum_update(GChecksum *c, const unsigned char *data, long n);
void g_checksum_get_digest(GChecksum *c, uint8_t *buffer, size_t *n);
size_t base64_decode(const char *in, unsigned char **out);
int md5_verify_password(char *password, char *hash) {
  unsigned char *pass_dec = NULL;
  uint8_t pass_md5[16];
  size_t digest_len = 16;
  int i;
  if (base64_decode(hash, &pass_dec) != 21)
    return -1;
  GChecksum *md5_state = g_checksum_new(0);
  g_checksum_update(md5_state, (unsigned char *)password, strlen(password));
  g_checksum_update(md5_state, pass_dec + 16, 5);
  g_checksum_get_digest(md5_state, pass_md5, &digest_len);
  for (i = 0; i < 16; i++)
    if (pass_dec[i] != pass_md5[i])
      // CHECK: :[[@LINE-1]]:21: warning: {{.*}} is compared with '!='{{.*}} [integration-timing-unsafe-compare]
      break;
  return i == 16 ? 0 : 1;
}
#define PASSWORD_PENDING "\r\rchangeme\r\r"
struct account {
  char *pass;
  struct account *next;
};
struct bee {
  struct account *accounts;
};
struct irc {
  struct bee *b;
};
int accounts_waiting(struct irc *irc) {
  struct account *a;
  int n = 0;
  for (a = irc->b->accounts; a; a = a->next)
    if (strcmp(a->pass, PASSWORD_PENDING) == 0)
      n++;
  return n;
}
int storage_check_pass(void *irc, const char *nick, const char *password);
int auth_check_pass(void *irc, const char *nick, const char *password) {
  return storage_check_pass(irc, nick, password);
}
int sasl_check(void *irc, char *user, char *pass) {
  return auth_check_pass(irc, user, pass) == 0;
}

/* Dovecot: the setting that says how to log passwords, read through the
 * request's settings, is the server's. */
struct auth_settings {
  const char *verbose_passwords;
};
struct auth_request {
  const struct auth_settings *set;
  const char *mech_password;
};
int log_passwords_plain(struct auth_request *request) {
  const char *log_type = request->set->verbose_passwords;
  return strcmp(log_type, "plain") == 0;
}

/* DarkPlaces: the rcon password list walked, a user's part formatted into a
 * static buffer; the buffer compared is the one `va` writes right there. */
struct cvar {
  const char *string;
};
extern struct cvar rcon_password;
char *va(char *buf, size_t n, const char *format, ...);
const char *rcon_level(const char *s, const char *command) {
  static char vabuf[64];
  const char *userpass_start = rcon_password.string;
  if (!memcmp(va(vabuf, sizeof vabuf, "%s ", command), s, strlen(command) + 1))
    return NULL;
  return va(vabuf, sizeof vabuf, "rcon (%s)", userpass_start);
}

/* civetweb's WebDAV locks: the link given to a variadic MD5 is read, so it
 * takes no key from the lock's token. */
struct dav_lock {
  char path[64], token[33];
};
void mg_md5(char out[33], ...);
void request_link(void *conn, char *buf, size_t n);
int find_lock(void *conn, struct dav_lock *locks, int n) {
  char link_buf[64];
  request_link(conn, link_buf, sizeof link_buf);
  for (int i = 0; i < n; i++) {
    if (!strcmp(locks[i].path, link_buf))
      return i;
    mg_md5(locks[i].token, link_buf, "\x01", NULL);
    strncpy(locks[i].path, link_buf, sizeof locks[i].path);
  }
  return -1;
}

/* Squid's cached Basic credentials: the new request's password against the
 * cached one, one member of two objects (reported); a comparer given both
 * objects is judged at its calls (Odyssey's `kiwi_password_compare`) and,
 * named for passwords, inside as well, where the fix goes. Knot: a digest pointer
 * against an address is which buffer, not what it holds; a match of a
 * configured address is public. */
struct basic_user {
  char *name, *passwd;
};
struct basic_user *cached_user(const char *name);
int same_password(struct basic_user *from) {
  struct basic_user *cached = cached_user(from->name);
  return cached && strcmp(from->passwd, cached->passwd) == 0;
  // CHECK: :[[@LINE-1]]:20: warning: the secret 'passwd' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
int password_compare(const struct basic_user *a, const struct basic_user *b) {
  return strcmp(a->passwd, b->passwd) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret its callers hand 'password_compare' as 'a' is compared with 'strcmp'
}
int login(struct basic_user *rule, char *sent) {
  struct basic_user client_password = {rule->name, rule->passwd};
  struct basic_user client_token = {rule->name, sent};
  return password_compare(&client_password, &client_token);
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'password_compare', which uses 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
int zone_digest(uint8_t **out, size_t *n);
void release_digest(void) {
  static uint8_t zero;
  uint8_t *digest = &zero;
  size_t dsize = 1;
  zone_digest(&digest, &dsize);
  if (digest != &zero)
    digest[0] = 0;
}
struct conf_val {
  const uint8_t *data;
};
int conf_addr_match(struct conf_val *match, const char *addr);
extern const uint8_t server_tsig_key[32];
int check_remote(const char *remote_addr) {
  struct conf_val tsig_secret = {server_tsig_key};
  return conf_addr_match(&tsig_secret, remote_addr);
}

/* fwknop: a helper that checks the user name an SPA packet carries against
 * the one a stanza requires compares names, at its calls too. libjuice: the
 * PASSWORD-ALGORITHMS list a STUN client echoes is a list of algorithms. */
typedef struct {
  char *username;
  char *spa_message;
} spa_data_t;
typedef struct {
  char *require_username;
  char *key;
} acc_stanza_t;
static int check_username(acc_stanza_t *acc, spa_data_t *spadat) {
  if (acc->require_username != NULL &&
      strcmp(spadat->username, acc->require_username) != 0)
    return 0;
  return 1;
}
int incoming_spa(acc_stanza_t *acc, spa_data_t *spadat) {
  if (!check_username(acc, spadat))
    return -1;
  return 0;
}
struct stun_credentials {
  uint8_t password_algorithms_value[64];
  size_t password_algorithms_value_size;
};
size_t generate_password_algorithms_attr(uint8_t *out);
int check_algorithms(const struct stun_credentials *credentials) {
  uint8_t pwa_value[64];
  size_t pwa_size = generate_password_algorithms_attr(pwa_value);
  return pwa_size != credentials->password_algorithms_value_size ||
         memcmp(credentials->password_algorithms_value, pwa_value, pwa_size) != 0;
}

/* libcsp: the packet's HMAC trailer cut to 4 bytes is still a MAC; four
 * bytes against a literal stay a magic tag. */
#define CSP_HMAC_LENGTH 4
typedef struct {
  uint16_t length;
  uint8_t data[256];
} csp_packet_t;
static uint8_t csp_hmac_key[16];
int csp_hmac_memory(const void *key, uint32_t keylen, const void *data,
                    uint32_t datalen, uint8_t *hmac);
int csp_hmac_verify(csp_packet_t *packet) {
  uint8_t hmac[20];
  csp_hmac_memory(csp_hmac_key, sizeof(csp_hmac_key), packet->data,
                  packet->length - CSP_HMAC_LENGTH, hmac);
  if (memcmp(&packet->data[packet->length] - CSP_HMAC_LENGTH, hmac, CSP_HMAC_LENGTH) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'hmac' is compared with 'memcmp'
    return -1;
  if (memcmp(packet->data, "CSP1", 4) != 0)
    return -1;
  return 0;
}
