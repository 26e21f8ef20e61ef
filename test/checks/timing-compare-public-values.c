// Values that look like secrets by their names but admit no one: a PIN
// checked against a list of weak PINs (Hercules's `pincode->blacklist`),
// and a terminal prompt held in a local array set from a literal and never
// written (x11vnc's `char pstr[] = "password:"`), a DNSKEY record's digest
// matched with its DS record (getdns: the zone's public key, hashed into a
// buffer named `digest`), two URIs resolved from the words of a challenge
// (neon's `ne_uri_cmp` of a `token`'s URI with the server's), a key
// compared with zeros to see it is set, two pointers compared, a signal's
// name (`sig`) against the names of signals. Not
// reported; the PIN and the password compared with the stored ones are.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>
#include <strings.h>

struct pin_settings {
  char **blacklist;
  int blacklist_count;
};
static struct pin_settings *pincode;

struct session {
  char pincode[5];
  char password[33];
};

static int pin_blacklisted(const char *pin) {
  for (int i = 0; i < pincode->blacklist_count; i++)
    if (strcmp(pincode->blacklist[i], pin) == 0)
      return 1;
  return 0;
}

static int pin_matches(struct session *sd, const char *pin) {
  return strcmp(sd->pincode, pin) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'pincode' is compared with
  // 'strcmp'{{.*}}[integration-timing-unsafe-compare]
}

// The terminal printed the prompt: the login helper waits for it.
static int saw_prompt(const char *echoed) {
  char pstr[] = "password:";
  return strstr(pstr, echoed) == pstr;
}

// A buffer filled from the stored password is that password.
static int login_ok(struct session *sd, const char *typed) {
  char expected[33] = "";
  strncpy(expected, sd->password, sizeof(expected) - 1);
  return strcmp(expected, typed) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with
  // 'strcmp'{{.*}}[integration-timing-unsafe-compare]
}

// The DS record's digest of a DNSKEY: public data on both sides.
struct rr_iter {
  unsigned char *rr_type, *nxt;
};
struct rrset;
struct rr_iter *rr_iter_init(struct rr_iter *i, struct rrset *set);
struct rr_iter *rr_iter_next(struct rr_iter *i);
int _getdns_secalgo_ds_digest(unsigned char algorithm, unsigned char *buf,
                              size_t len, unsigned char *res);
static int ds_matches(struct rrset *ds_set, struct rr_iter *dnskey) {
  struct rr_iter ds_spc, *ds;
  unsigned char digest_buf[512], digest_spc[64], *digest;
  size_t digest_len = 32, owner_len = 10;
  for (ds = rr_iter_init(&ds_spc, ds_set); ds; ds = rr_iter_next(ds)) {
    digest = digest_spc;
    memcpy(digest_buf + owner_len, dnskey->rr_type + 10,
           dnskey->nxt - dnskey->rr_type - 10);
    if (!_getdns_secalgo_ds_digest(ds->rr_type[13], digest_buf,
                                   owner_len + (dnskey->nxt - dnskey->rr_type),
                                   digest))
      continue;
    if (memcmp(digest, ds->rr_type + 14, digest_len) == 0)
      return 1;
  }
  return 0;
}

// ... also with the digest's pointer set where it is declared and the DS
// record handed in.
static int ds_record_matches(const unsigned char *rr, unsigned char *buf,
                             size_t len) {
  unsigned char digest_spc[64], *digest = digest_spc;
  size_t digest_len = 32;
  if (!_getdns_secalgo_ds_digest(rr[13], buf, len, digest))
    return 0;
  return memcmp(digest, rr + 14, digest_len) == 0;
}

typedef struct {
  char *scheme, *host, *path;
  unsigned int port;
} ne_uri;
char *ne_token(char **str, char separator);
int ne_uri_parse(const char *text, ne_uri *parsed);
void ne_uri_resolve(const ne_uri *base, const ne_uri *rel, ne_uri *out);
int ne_uri_cmp(const ne_uri *a, const ne_uri *b);

static int same_origin_domains(char *domains, ne_uri *base) {
  int same = 0;
  do {
    char *token = ne_token(&domains, ' ');
    ne_uri rel, absolute;
    if (ne_uri_parse(token, &rel) == 0) {
      ne_uri_resolve(base, &rel, &absolute);
      if (absolute.path && ne_uri_cmp(&absolute, base) == 0)
        ++same;
    }
  } while (domains);
  return same;
}

// A key checked for being set, against an array of zeros; which password
// a connection was admitted with, by the password's address (libiec61850's
// access handlers). The key checked against the one the device sent is
// reported.
#define AUTHKEY_SIZE 16
struct registration {
  char *authkey;
};
static int authkey_is_set(const struct registration *r) {
  char _authkey[AUTHKEY_SIZE] = {0};
  return memcmp(_authkey, r->authkey, AUTHKEY_SIZE) != 0;
}
static int authkeys_are_set(const struct registration *r,
                            const struct registration *old) {
  char _authkey[AUTHKEY_SIZE] = {0};
  return memcmp(_authkey, r->authkey, AUTHKEY_SIZE) != 0 &&
         memcmp(_authkey, old->authkey, AUTHKEY_SIZE) != 0;
}
static int authkey_matches(const struct registration *r, const char *sent) {
  char expected[AUTHKEY_SIZE] = {0};
  memcpy(expected, r->authkey, AUTHKEY_SIZE);
  return memcmp(expected, sent, AUTHKEY_SIZE) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'expected' is compared with 'memcmp'
}
static char *password2 = "user2@testpw";
void *connection_security_token(void *connection);
static int may_write(void *connection) {
  void *securityToken = connection_security_token(connection);
  return securityToken == password2;
}

// A signal named by a command's argument (`sig`, no signature) against
// the signals' names.
struct client_request {
  char *buffer;
  int offsets[8];
  int lengths[8];
};
char *strndup(const char *s, size_t n);
static int signal_number(struct client_request *req) {
  char *sig = strndup(req->buffer + req->offsets[4], req->lengths[4]);
  if (strcasecmp("TERM", sig) == 0)
    return 15;
  if (strcasecmp("KILL", sig) == 0)
    return 9;
  return 0;
}

int use(struct session *sd, const char *pin, const char *typed,
        struct rrset *ds, struct rr_iter *dnskey) {
  return pin_blacklisted(pin) + pin_matches(sd, pin) + saw_prompt(typed) +
         login_ok(sd, typed) + ds_matches(ds, dnskey) +
         ds_record_matches(dnskey->rr_type, dnskey->nxt, 64) +
         same_origin_domains((char *)typed, 0) + authkey_is_set(0) +
         authkeys_are_set(0, 0) +
         authkey_matches(0, typed) + may_write(sd) + signal_number(0);
}
