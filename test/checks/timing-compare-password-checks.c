// Password checks of servers that keep the password, or its hash, and
// compare what a client sent with strcmp: crypt(3)'s idiom (the hash of
// the client's password, salted with the stored hash, against that hash),
// a hash against a value named like a stored password hash, a game
// server's password variable (a cvar's `string`) against a value a call
// returns. Not secrets: a checksum against a value named like a checksum,
// a field's name, a hash against a literal.
// RUN: %tidy %s -- -std=c11 -D_DEFAULT_SOURCE 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *data;
  int type;
} AuthConfig;

typedef struct {
  char string[256];
  int integer;
} vmCvar_t;

typedef struct {
  char *name;
  char *string;
} cvar_t;

vmCvar_t g_password;
cvar_t *sv_rconPassword;

char *bcrypt_rn(const char *key, const char *setting, char *out, int size);
char *hash_oldstyle(const char *plain);
char *sha1_hex(const char *data, size_t len);
const char *Cmd_Argv(int n);
const char *Info_ValueForKey(const char *info, const char *key);

int authcheck_unixcrypt(AuthConfig *as, const char *para) {
  char *res;
  if (!para)
    return 0;
  res = crypt(para, as->data);
  if (res && !strcmp(res, as->data))
    // CHECK: :[[@LINE-1]]:15: warning: the password hash 'res' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 1;
  return 0;
}

int authcheck_bcrypt(AuthConfig *as, const char *para) {
  char data[512];
  char *str = bcrypt_rn(para, as->data, data, sizeof(data));
  return str && strcmp(str, as->data) == 0;
  // CHECK: :[[@LINE-1]]:17: warning: the password hash 'str' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}

int check_crypted(const char *plain, const char *crypted) {
  if (crypted[0] != '$') {
    char *computed = hash_oldstyle(plain);
    int res = strcmp(computed, crypted) == 0;
    // CHECK: :[[@LINE-1]]:15: warning: the password hash 'computed' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    free(computed);
    return res;
  }
  return strcmp(crypted, crypt(plain, crypted)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: {{.*}} is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}

const char *client_connect(const char *userinfo) {
  const char *value;
  value = Info_ValueForKey(userinfo, "ip");
  if (strcmp(value, "localhost") != 0) {
    value = Info_ValueForKey(userinfo, "password");
    if (g_password.string[0] && strcmp(g_password.string, value) != 0)
      // CHECK: :[[@LINE-1]]:33: warning: the secret 'g_password.string' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return "Invalid password";
  }
  return NULL;
}

void remote_command(void) {
  if (!strlen(sv_rconPassword->string) ||
      strcmp(Cmd_Argv(1), sv_rconPassword->string))
      // CHECK: :[[@LINE-1]]:7: warning: the secret 'sv_rconPassword->string' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return;
}

// Not secrets.
int file_intact(const char *data, size_t len, const char *checksum) {
  return strcmp(sha1_hex(data, len), checksum) == 0;
}

int known_hash(const char *plain) {
  return strcmp(hash_oldstyle(plain), "da39a3ee5e6b4b0d3255bfef95601890afd80709") == 0;
}

int is_session_field(const char *current_token, const char *session_token_field,
                     size_t len) {
  return strncmp(current_token, session_token_field, len) == 0;
}

int rcon_password_named(const char *name) {
  return strcmp(sv_rconPassword->name, name) == 0;
}

// pppd's PAP check: the secret is looked up in a file by the client's user
// name, so it is the server's, and the password the client sent is
// compared with it. The stored secret tested for a marker word is no
// compare of the client's.
int scan_authfile(void *f, char *client, char *server, char *secret);
int slprintf(char *buf, int buflen, const char *fmt, ...);
extern char our_name[];
int check_passwd(void *f, char *auser, int userlen, char *apasswd,
                 int passwdlen) {
  char passwd[256], user[256];
  char secret[256];
  slprintf(passwd, sizeof(passwd), "%.*v", passwdlen, apasswd);
  slprintf(user, sizeof(user), "%.*v", userlen, auser);
  if (scan_authfile(f, user, our_name, secret) < 0)
    return 0;
  int login_secret = strcmp(secret, "@login") == 0;
  if (login_secret)
    return 1;
  if (strcmp(passwd, secret) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'secret' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}

// The same check reading the secrets file named by a global (`filename =
// path_upapfile`): the name is read, not written, though the parameter is
// not const, and the file's handle is no client's value.
int scan_authfile_named(FILE *f, char *client, char *server, char *secret,
                        char *filename);
extern char *path_upapfile;
int check_passwd_file(char *auser, int userlen, char *apasswd, int passwdlen) {
  char passwd[256], user[256];
  char secret[256];
  char *filename;
  slprintf(passwd, sizeof(passwd), "%.*v", passwdlen, apasswd);
  slprintf(user, sizeof(user), "%.*v", userlen, auser);
  filename = path_upapfile;
  FILE *f = fopen(filename, "r");
  if (!f || scan_authfile_named(f, user, our_name, secret, filename) < 0)
    return 0;
  if (strcmp(secret, "@login") == 0)
    return 1;
  if (strcmp(passwd, secret) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'secret' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}
