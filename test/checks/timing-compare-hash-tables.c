// Password hashes and MACs computed by functions the names say but the
// bodies do not: a crypto module's table of function pointers (IRC
// services' `ci->crypt(password, stored)`), a MAC function declared in a
// header with a key among its parameters (sntp's `make_mac(pkt, len, size,
// key, digest)`).
// Not hashes: a module's `id` read through the same table, a function that
// makes a MAC *object* (no key given), a MAC address built by a generator.
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stddef.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

struct crypt_impl {
  const char *id;
  const char *(*crypt)(const char *password, const char *parameters);
  const char *(*name)(void);
};
extern const struct crypt_impl *crypt_impls[4];

// crypt(3) through a module's table, salted with the stored hash, against
// that stored hash.
const struct crypt_impl *crypt_verify_password(const char *password,
                                               const char *parameters) {
  for (int i = 0; i < 4; i++) {
    const struct crypt_impl *ci = crypt_impls[i];
    if (!ci || !ci->crypt)
      continue;
    const char *const result = ci->crypt(password, parameters);
    if (result && strcmp(result, parameters) == 0)
      // CHECK: :[[@LINE-1]]:19: warning: {{.*}} is compared with 'strcmp'
      return ci;
  }
  return NULL;
}

// The module picked by its public name: no secret on either side.
const struct crypt_impl *crypt_get_named_provider(const char *wanted) {
  for (int i = 0; i < 4; i++) {
    const struct crypt_impl *ci = crypt_impls[i];
    if (ci && strcmp(ci->id, wanted) == 0)
      return ci;
    if (ci && strcmp(ci->name(), wanted) == 0)
      return ci;
  }
  return NULL;
}

// A keyed MAC of the packet by a function out of view, named for it and
// given the key: what it writes is the MAC the packet must carry.
struct key {
  int key_id;
  char key_seq[64];
};
int make_mac(const char *pkt_data, int pkt_size, int mac_size,
             const struct key *cmp_key, char *digest);

int auth_md5(const char *pkt_data, int pkt_size, int mac_size,
             const struct key *cmp_key) {
  char digest[20];
  if (mac_size > (int)sizeof(digest))
    return 0;
  make_mac(pkt_data, pkt_size, sizeof(digest), cmp_key, digest);
  return !memcmp(digest, pkt_data + pkt_size + 4, mac_size);
  // CHECK: :[[@LINE-1]]:11: warning: {{.*}} is compared with 'memcmp'
}

// A MAC object made from a library by its name: no key given, its output
// is a handle, not a MAC.
struct mac_ctx;
int make_mac_object(const char *name, struct mac_ctx **out);
int same_algorithm(const char *name, struct mac_ctx *expected) {
  struct mac_ctx *made = NULL;
  make_mac_object(name, &made);
  return memcmp(&made, &expected, sizeof(made)) == 0;
}

// A MAC address from a generator: public, no key.
void generate_mac(unsigned char *addr, unsigned seed);
int is_own_address(const unsigned char *frame_source, unsigned seed) {
  unsigned char own[6];
  generate_mac(own, seed);
  return memcmp(own, frame_source, 6) == 0;
}

// crypt(3)'s reentrant form, salted with a salt handed in separately: its
// output is the password's hash whatever the other side is named.
struct crypt_data {
  char opaque[32768];
};
char *crypt_r(const char *phrase, const char *setting, struct crypt_data *data);
int check_crypt(char *passwd, char *salt, const char *compared) {
  struct crypt_data data;
  char *tmp;
  memset(&data, 0, sizeof(data));
  tmp = crypt_r(passwd, salt, &data);
  return strcmp(tmp, compared) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strcmp'
}

// A UDP server's lookup key, built from the sender's port and address: it
// finds the client's session, no secret is in it. The tag the datagram
// carries against the client's secret is a secret compare.
struct udp_client {
  unsigned char key[18];
  unsigned char secret[16];
  struct udp_client *next;
};
extern struct udp_client *udp_clients;
int read_udp(int sock) {
  struct sockaddr_storage from;
  socklen_t fromlen = sizeof(from);
  unsigned char datagram[1024];
  unsigned char key[18];
  unsigned char fromaddress[16];
  unsigned short fromport;
  long len = recvfrom(sock, datagram, sizeof(datagram), 0,
                      (struct sockaddr *)&from, &fromlen);
  if (len < 17)
    return -1;
  memcpy(fromaddress, &((struct sockaddr_in6 *)&from)->sin6_addr, 16);
  fromport = ((struct sockaddr_in6 *)&from)->sin6_port;
  memset(key, 0, sizeof(key));
  memcpy(&key[0], &fromport, 2);
  memcpy(&key[2], fromaddress, 16);
  for (struct udp_client *c = udp_clients; c; c = c->next)
    if (memcmp(c->key, key, sizeof(key)) == 0)
      return memcmp(c->secret, datagram + 1, 16) == 0;
  // CHECK: :[[@LINE-1]]:14: warning: {{.*}} is compared with 'memcmp'
  return 0;
}
