// C servers whose secrets take a detour before the compare: an HMAC token
// written in hex through a pointer into a heap buffer and returned, a
// password found in the server's own table by what the client sent, a
// password scheme's compare function hashing the bind password, and a MAC
// function out of view that names its output parameter; an 802.15.4 MIC
// an AEAD driver writes; an SNMP community decoded from the packet against
// the configured one. Not secrets: a CoAP token, which matches an
// observation to its request.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct hmac_hashinfo {
  unsigned hh_L;
};
extern struct hmac_hashinfo hmac_sha1;
void hmac_hashkey(const struct hmac_hashinfo *, const char *key, unsigned len,
                  unsigned char *outer, unsigned char *inner);
void hmac_hashtext(const struct hmac_hashinfo *, const char *text,
                   unsigned len, const unsigned char *outer,
                   const unsigned char *inner, unsigned char *out);
static char cur_token[32];
static const char xdigit[] = "0123456789ABCDEF";

// The user id, then the HMAC of it in hex, appended through `r`.
static char *mktoken(const char *userid, const char *key) {
  char *p = malloc(strlen(userid) + 2 + hmac_sha1.hh_L * 2);
  unsigned char *q = malloc(hmac_sha1.hh_L * 3);
  char *r;
  unsigned i;
  if (!p || !q)
    return NULL;
  strcpy(p, userid);
  hmac_hashkey(&hmac_sha1, key, sizeof(cur_token), q, q + hmac_sha1.hh_L);
  hmac_hashtext(&hmac_sha1, p, strlen(p), q, q + hmac_sha1.hh_L,
                q + hmac_sha1.hh_L * 2);
  r = p + strlen(p);
  *r++ = '-';
  for (i = 0; i < hmac_sha1.hh_L; i++) {
    int c = q[hmac_sha1.hh_L * 2 + i];
    *r++ = xdigit[c / 16];
    *r++ = xdigit[c % 16];
  }
  *r = 0;
  free(q);
  return p;
}

int authtoken_verify(const char *userid, const char *token) {
  char *q = mktoken(userid, cur_token);
  int ok = q && strcmp(q, token) == 0;
  // CHECK: :[[@LINE-1]]:17: warning: the computed MAC 'q' is compared with 'strcmp'
  free(q);
  return ok;
}

// The same buffer with the user id alone: no MAC written into it.
static char *mklabel(const char *userid) {
  char *p = malloc(strlen(userid) + 8);
  char *r;
  if (!p)
    return NULL;
  strcpy(p, userid);
  r = p + strlen(p);
  *r++ = '-';
  *r++ = xdigit[strlen(userid) % 16];
  *r = 0;
  return p;
}

int label_matches(const char *userid, const char *label) {
  char *q = mklabel(userid);
  int ok = q && strcmp(q, label) == 0;
  free(q);
  return ok;
}

// Basic authentication against a password file the server loaded: the
// password the client sent against the one found by its user name.
struct hash;
void *hash_find(const struct hash *table, const void *key);
struct realm_password_file {
  struct hash *entries;
};
static struct realm_password_file *realm_file;
unsigned char *base64_decode(const unsigned char *in, size_t n, size_t *out);
static inline bool streq(const char *a, const char *b) {
  return strcmp(a, b) == 0;
}

static bool authorize(const char *header, size_t header_len) {
  size_t decoded_len;
  unsigned char *decoded;
  char *colon, *password, *looked_password;
  bool password_ok = false;

  decoded = base64_decode((const unsigned char *)header, header_len,
                          &decoded_len);
  if (!decoded)
    return false;
  colon = memchr(decoded, ':', decoded_len);
  if (!colon)
    goto out;
  *colon = '\0';
  password = colon + 1;
  looked_password = hash_find(realm_file->entries, decoded);
  if (looked_password)
    password_ok = streq(password, looked_password);
  // CHECK: :[[@LINE-1]]:19: warning: the secret 'looked_password' is compared with 'streq'
out:
  free(decoded);
  return password_ok;
}

// The user's display name found by the user name: no secret.
struct hash *display_names;
bool is_admin_name(const char *user) {
  const char *shown = hash_find(display_names, user);
  return shown && streq(shown, "Administrator");
}

bool authorize_header(const char *h) { return authorize(h, strlen(h)); }

// A directory server's password scheme: the bind password hashed with the
// stored salt against the stored hash, decoded from its base64.
int pbkdf2_sha256_hash(char *hash_out, size_t n, const char *pwd,
                       const char *salt, unsigned iterations);
char *base64_decode_into(const char *in, size_t n, char *out);

int pbkdf2_sha256_pw_cmp(const char *userpwd, const char *dbpwd) {
  char dbhash[100] = {0};
  char userhash[32] = {0};
  if (strlen(dbpwd) > 130)
    return 1;
  if (!base64_decode_into(dbpwd, strlen(dbpwd), dbhash))
    return 1;
  if (pbkdf2_sha256_hash(userhash, sizeof(userhash), userpwd, dbhash + 4,
                         10000) != 0)
    return 1;
  char *hash = dbhash + 4 + 64;
  return memcmp(userhash, hash, sizeof(userhash));
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'userhash' is compared with 'memcmp'
}

// Its clear-text sibling checks the lengths first (no secret in a length)
// and then compares in constant time.
int slapi_ct_memcmp(const void *a, const void *b, size_t n);
int clear_pw_cmp(const char *userpwd, const char *dbpwd) {
  if (strlen(userpwd) != strlen(dbpwd))
    return 1;
  if (strncmp(dbpwd, "{CLEAR}", 7) == 0)
    dbpwd += 7;
  return slapi_ct_memcmp(userpwd, dbpwd, strlen(dbpwd));
}

// Milenage's f1, defined in another file: the network's MAC over the
// challenge, with the subscriber key, into `mac_a`.
typedef unsigned char uint8_t;
void f1(uint8_t k[16], uint8_t rand[16], uint8_t sqn[6], uint8_t amf[2],
        uint8_t mac_a[8], uint8_t op[16]);
extern uint8_t aka_K[16], aka_OP[16], aka_AMF[2];

int check_autn(const uint8_t *nonce) {
  uint8_t k[16], rnd[16], sqn[6], mac[8], xmac[8], op[16];
  memcpy(rnd, nonce, 16);
  memcpy(sqn, nonce + 16, 6);
  memcpy(mac, nonce + 24, 8);
  memcpy(k, aka_K, 16);
  memcpy(op, aka_OP, 16);
  f1(k, rnd, sqn, aka_AMF, xmac, op);
  if (memcmp(mac, xmac, 8) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'xmac' is compared with 'memcmp'
    return 0;
  // The sequence number is no secret.
  return memcmp(sqn, rnd, 6) == 0;
}

// A network interface's hardware address, into `mac`: no key goes in.
int get_mac(const char *ifname, uint8_t mac[6]);
int is_own_frame(const char *ifname, const uint8_t *frame) {
  uint8_t mac[6];
  get_mac(ifname, mac);
  return memcmp(frame + 6, mac, 6) == 0;
}

// Contiki-NG's link-layer security: the AEAD driver, called through its
// table, writes the MIC beside the frame.
struct ccm_star_driver {
  void (*set_key)(const uint8_t *key);
  void (*aead)(const uint8_t *nonce, uint8_t *m, int m_len, const uint8_t *a,
               int a_len, uint8_t *result, int mic_len, int forward);
};
extern const struct ccm_star_driver CCM_STAR;
extern uint8_t link_keys[2][16];

int parse_frame(uint8_t *hdr, int hdrlen, int datalen, int mic_len) {
  uint8_t nonce[13] = {0};
  uint8_t generated_mic[16];
  CCM_STAR.set_key(link_keys[0]);
  CCM_STAR.aead(nonce, hdr + hdrlen, datalen, hdr, hdrlen, generated_mic,
                mic_len, 0);
  return memcmp(generated_mic, hdr + hdrlen + datalen, mic_len) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'generated_mic' is compared with 'memcmp'
}

// SNMP: the community of the request, decoded from the packet, against the
// one configured at build time.
#define SNMP_COMMUNITY "public"
typedef struct {
  uint8_t *in;
  int used;
} snmp_packet_t;
typedef struct {
  struct {
    const char *community;
    int length;
  } community;
  int version;
} snmp_header_t;
int snmp_message_decode(snmp_packet_t *snmp_packet, snmp_header_t *header);

int snmp_engine(snmp_packet_t *snmp_packet) {
  snmp_header_t header;
  memset(&header, 0, sizeof(header));
  if (!snmp_message_decode(snmp_packet, &header))
    return 0;
  if (header.version != 0 &&
      strncmp(header.community.community, SNMP_COMMUNITY,
              header.community.length))
    // CHECK: :[[@LINE-2]]:7: warning: the secret 'community' is compared with 'strncmp'
    return 0;
  return 1;
}

// CoAP: an observation found by the token of the request it answers.
typedef struct coap_observer {
  struct coap_observer *next;
  uint8_t token[8];
  size_t token_len;
} coap_observer_t;
extern coap_observer_t *observers;

int coap_remove_observer_by_token(const uint8_t *token, size_t token_len) {
  int removed = 0;
  for (coap_observer_t *obs = observers; obs; obs = obs->next)
    if (obs->token_len == token_len &&
        memcmp(obs->token, token, token_len) == 0)
      removed++;
  return removed;
}

// IRC services mail a cookie to confirm a password change: the one the
// user types back is checked against it. Not secrets: a frame exchange's
// cookie (a number the kernel hands out) and STUN's magic cookie.
struct handle_cookie {
  int type;
  char cookie[16];
};
struct handle_info {
  struct handle_cookie *cookie;
};
int cmd_cookie(struct handle_info *hi, int argc, char *argv[]) {
  const char *cookie = argv[2];
  if (argc < 3 || !hi->cookie)
    return 0;
  if (strcmp(cookie, hi->cookie->cookie))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'cookie' is compared with 'strcmp'
    return 0;
  return 1;
}

struct frame_xchg {
  unsigned long long cookie;
  int have_cookie;
};
int frame_acked(const struct frame_xchg *fx, unsigned long long cookie) {
  return fx->have_cookie && cookie == fx->cookie;
}

#define STUN_MAGIC_COOKIE 0x2112A442
unsigned htonl_(unsigned v);
int stun_has_cookie(const uint8_t *msg) {
  const uint8_t *id = msg + 4;
  unsigned cookie = htonl_(STUN_MAGIC_COOKIE);
  return memcmp(id, &cookie, sizeof(cookie)) == 0;
}
