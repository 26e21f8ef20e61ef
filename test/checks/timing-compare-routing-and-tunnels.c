// Routing protocols, tunnels and mail (FRR's OSPF and RIP, an SNMP agent,
// xl2tpd, iodine, GNU mailutils' APOP): simple passwords and communities
// named for what they are, a challenge record's expected and received
// answers, a login hash computed from the server's password, an APOP
// digest written as hex through a pointer into a local array.
// Not secrets: the authentication type or length, a challenge record's
// other fields, the digest of a public value.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

// OSPF simple authentication: the interface's password against the
// packet's authentication data.
struct ospf_header {
  uint16_t auth_type;
  union {
    uint32_t crypt_seqnum;
    uint8_t auth_data[8];
  } u;
};
struct ospf_if_params {
  uint8_t auth_simple[8];
  int auth_type;
};
int ospf_check_auth(struct ospf_if_params *params, struct ospf_header *ospfh) {
  if (params->auth_type != ospfh->auth_type)
    return 0;
  return memcmp(params->auth_simple, ospfh->u.auth_data, 8) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'auth_simple' is compared with 'memcmp'
}

// RIP's simple password.
struct rip_interface {
  char *auth_str;
  int auth_type;
};
int rip_auth_simple_password(struct rip_interface *ri, char *auth_str) {
  if (ri->auth_str && strncmp(auth_str, ri->auth_str, 16) == 0)
    // CHECK: :[[@LINE-1]]:23: warning: the secret {{.*}} is compared with 'strncmp'
    return 1;
  return 0;
}

// IS-IS clear-text authentication: the packet's value against the
// configured password, two records the validator is handed; the same field
// of two records is a comparer's, judged where it is called.
struct isis_passwd {
  uint8_t len;
  uint8_t passwd[255];
};
struct isis_auth {
  uint8_t length;
  uint8_t value[256];
};
int auth_validator_cleartxt(struct isis_passwd *passwd, struct isis_auth *auth) {
  return auth->length == passwd->len &&
         !memcmp(auth->value, passwd->passwd, passwd->len);
  // CHECK: :[[@LINE-1]]:11: warning: the secret 'passwd' is compared with 'memcmp'
}
int same_passwd(struct isis_passwd *a, struct isis_passwd *b) {
  return a->len == b->len && !memcmp(a->passwd, b->passwd, a->len);
}

// An SNMP agent's community, its only password, kept in the server's
// global state.
struct shared {
  char snmp_community[72];
};
struct uwsgi_server {
  struct shared *shared;
};
extern struct uwsgi_server uwsgi;
int manage_snmp(uint8_t *buffer, int size) {
  uint8_t *ptr = buffer + 7;
  size_t community_len = *ptr++;
  if (size < 8 || strlen(uwsgi.shared->snmp_community) != community_len)
    return 0;
  return memcmp(ptr, uwsgi.shared->snmp_community, community_len) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'snmp_community' is compared with 'memcmp'
}

// lwIP's agent: the read and the write community, globals.
struct snmp_request {
  uint8_t community[33];
  int request_type;
};
char snmp_community[33];
char snmp_community_write[33];
int snmp_check_community(struct snmp_request *request) {
  if (request->request_type == 3)
    return strncmp(snmp_community_write, (const char *)request->community,
                   32) == 0;
  // CHECK: :[[@LINE-2]]:12: warning: the secret {{.*}} is compared with 'strncmp'
  return strncmp(snmp_community, (const char *)request->community, 32) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret {{.*}} is compared with 'strncmp'
}

// xl2tpd: the challenge's expected response, computed with the tunnel's
// secret, against the peer's reply; both in the challenge's record.
struct challenge {
  int state;
  unsigned char ss;
  unsigned char reply[16];
  unsigned char response[16];
  unsigned char *challenge;
};
struct tunnel {
  struct challenge chal_them;
};
int handle_challenge(struct tunnel *t, struct challenge *chal);
int check_control(struct tunnel *t) {
  if (t->chal_them.state) {
    if (handle_challenge(t, &t->chal_them))
      return -1;
    if (t->chal_them.ss != 2)
      return -1;
    if (memcmp(t->chal_them.reply, t->chal_them.response, 16))
      // CHECK: :[[@LINE-1]]:9: warning: the secret {{.*}} is compared with 'memcmp'
      return -1;
  }
  return 0;
}

// iodine: the login hash of the server's password and the user's seed,
// against the one in the query.
static char password[33];
void login_calculate(char *buf, int buflen, const char *pass, int seed);
int unpack_data(char *buf, size_t buflen, char *data, size_t len);
int handle_login(char *in, size_t len, int seed) {
  char unpacked[64];
  char logindata[16];
  int read = unpack_data(unpacked, sizeof(unpacked), in, len);
  login_calculate(logindata, 16, password, seed);
  return read >= 17 && memcmp(logindata, unpacked + 1, 16) == 0;
  // CHECK: :[[@LINE-1]]:24: warning: the {{.*}} is compared with 'memcmp'
}

// GNU mailutils' APOP: MD5 of the greeting's timestamp and the user's
// stored password, as hex, against the client's digest.
struct mu_md5_ctx {
  uint32_t A, B, C, D;
};
void mu_md5_init_ctx(struct mu_md5_ctx *ctx);
void mu_md5_process_bytes(const void *buffer, size_t len,
                          struct mu_md5_ctx *ctx);
void *mu_md5_finish_ctx(struct mu_md5_ctx *ctx, void *resbuf);
char *pop3d_apopuser(const char *user);
void pop3d_parse_command(char *arg, char **user, char **digest);
int pop3d_apop(char *arg, const char *md5shared) {
  char *p, *password, *user_digest, *user;
  struct mu_md5_ctx md5context;
  unsigned char md5digest[16];
  char buf[2 * 16 + 1];
  size_t i;
  pop3d_parse_command(arg, &user, &user_digest);
  password = pop3d_apopuser(user);
  if (password == NULL)
    return 1;
  mu_md5_init_ctx(&md5context);
  mu_md5_process_bytes(md5shared, strlen(md5shared), &md5context);
  mu_md5_process_bytes(password, strlen(password), &md5context);
  mu_md5_finish_ctx(&md5context, md5digest);
  for (i = 0, p = buf; i < 16; i++, p += 2)
    sprintf(p, "%02x", md5digest[i]);
  *p = 0;
  return strcmp(user_digest, buf) != 0;
  // CHECK: :[[@LINE-1]]:10: warning: the {{.*}} is compared with 'strcmp'
}

// A digest of a public value alone, by the same API: a checksum.
int check_greeting(const char *greeting, const char *expected_hex) {
  struct mu_md5_ctx ctx;
  unsigned char md[16];
  char hex[33];
  mu_md5_init_ctx(&ctx);
  mu_md5_process_bytes(greeting, strlen(greeting), &ctx);
  mu_md5_finish_ctx(&ctx, md);
  for (int i = 0; i < 16; i++)
    sprintf(hex + 2 * i, "%02x", md[i]);
  return strcmp(hex, expected_hex) == 0;
}

// pjsip: the qop a digest answer names, against the constant "auth"
// (`pjsip_AUTH_STR`, named in capitals): no password.
typedef struct pj_str_t {
  char *ptr;
  long slen;
} pj_str_t;
extern const pj_str_t pjsip_AUTH_STR;
int pj_strcmp(const pj_str_t *str1, const pj_str_t *str2);
struct digest_credential {
  pj_str_t qop;
  pj_str_t response;
};
int qop_is_auth(struct digest_credential *cred) {
  const pj_str_t *qop_val = &cred->qop;
  return !pj_strcmp(qop_val, &pjsip_AUTH_STR);
}

// A challenge record's other fields, and the lengths and types around an
// authentication: no secret.
int challenge_state(struct challenge *a, struct challenge *b) {
  return a->state == b->state && a->ss == b->ss;
}
struct auth_params {
  int auth_type;
  size_t auth_len;
  char auth_method[16];
};
int same_auth_method(struct auth_params *a, const char *method) {
  return strcmp(a->auth_method, method) == 0 && a->auth_len == 8;
}
