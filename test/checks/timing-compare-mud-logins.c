// Logins of MUDs and game networks: a CircleMUD-style `nanny` checks the
// crypt of the typed password against the character's; pvpgn compares the
// client's SRP proof with the one the connection expects
// (`conn_get_client_proof`) and a bot's password hashes (`passhash`)
// through its `hash_eq`, whose byte loop is reported too, where the fix
// goes. Not secrets: the step that has a new password
// typed again (`case CON_CNFPASSWD: {`, after a case whose braces end in
// `break`; a function named for the confirmation) compares the entry with
// the first one, just stored.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>

char *crypt(const char *key, const char *salt);
struct char_data;
void store_new_password(struct char_data *ch, const char *typed);

#define CON_PASSWORD 1
#define CON_NEWPASSWD 2
#define CON_CNFPASSWD 3
#define MAX_PWD_LENGTH 30
#define PASSWORD_SALT "ab"
#define GET_PASSWD(ch) ((ch)->passwd)
struct char_data {
  char *passwd;
};
struct descriptor_data {
  int connected;
  struct char_data *character;
};

void nanny(struct descriptor_data *d, char *arg) {
  switch (d->connected) {
  case CON_PASSWORD:
    if (strncmp(crypt(arg, PASSWORD_SALT), GET_PASSWD(d->character), 30))
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'passwd' is compared with 'strncmp'
      return;
    break;
  case CON_NEWPASSWD: {
    store_new_password(d->character, arg);
    break;
  }
  case CON_CNFPASSWD: {
    if (strncmp(GET_PASSWD(d->character), crypt(arg, PASSWORD_SALT), 30))
      d->connected = CON_NEWPASSWD;
    break;
  }
  }
}

int nanny_pwd_confirm(struct descriptor_data *d, char *arg) {
  return strncmp(crypt(arg, d->character->passwd), d->character->passwd,
                 MAX_PWD_LENGTH) == 0;
}

typedef unsigned int t_hash[5];
struct connection;
const char *conn_get_client_proof(struct connection *c);
void hash_set_str(t_hash *hash, const char *str);

int hash_eq(t_hash const h1, t_hash const h2) {
  for (unsigned i = 0; i < 5; i++)
    if (h1[i] != h2[i])
      // CHECK: :[[@LINE-1]]:15: warning: the secret its callers hand 'hash_eq' as 'h1' is compared with '!='
      return 0;
  return 1;
}

int logon_proof(struct connection *c, const char *client_password_proof) {
  return memcmp(client_password_proof, conn_get_client_proof(c), 20) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'client_password_proof' is compared with 'memcmp'
}

int bot_login(const char *passhash, const char *stored) {
  t_hash h1, h2;
  hash_set_str(&h1, passhash);
  hash_set_str(&h2, stored);
  return hash_eq(h1, h2);
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'h1' is compared with 'hash_eq'
}
