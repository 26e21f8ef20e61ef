#include "hashes.h"
#include <string.h>

char *crypt(const char *key, const char *salt);
void bnet_hash(t_hash out, const char *text, unsigned len);

struct account {
  const char *name;
  const char *pwhash;
  t_hash passhash;
};

struct file_entry {
  const unsigned char *checksum;
  const unsigned char *expected_checksum;
};

int login_bnet(const struct account *acct, const char *password) {
  t_hash trypasshash;
  bnet_hash(trypasshash, password, strlen(password));
  return hash_eq(trypasshash, acct->passhash);
}

int login_telnet(const struct account *acct, const char *typed) {
  return pwdcompare(crypt(typed, acct->pwhash), acct->pwhash);
}

int same_file(const struct file_entry *f) {
  return digest_equal(f->checksum, f->expected_checksum);
}

int login_plain(const struct account *acct, const char *password) {
  if (!str_eq(acct->name, "guest"))
    return 0;
  return str_eq(password, acct->pwhash);
}
