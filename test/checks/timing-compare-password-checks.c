// Password checks of servers that keep the password, or its hash, and
// compare what a client sent with strcmp: crypt(3)'s idiom (the hash of
// the client's password, salted with the stored hash, against that hash),
// a hash against a value named like a stored password hash, a game
// server's password variable (a cvar's `string`) against a value a call
// returns. Not secrets: a checksum against a value named like a checksum,
// a field's name, a hash against a literal; a password against its
// retyping or in a setter (see below).
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

// ProFTPD's crypt(3) checks: the hash through a cast, and the stored value
// past its `{scheme}` prefix; its `{clear}` scheme compares the client's
// password with the stored one in clear.
typedef struct {
  char **argv;
} cmd_rec;
int unix_check(const char *pw, const char *cpw) {
  char *crypted_text = (char *)crypt(pw, cpw);
  if (crypted_text == NULL)
    return 0;
  return strcmp(crypted_text, cpw) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the {{.*}} 'crypted_text' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
int ldap_check(cmd_rec *cmd) {
  char *pass, *cryptpass, *crypted;
  size_t prefix_len = 0;
  cryptpass = cmd->argv[0];
  pass = cmd->argv[2];
  if (cryptpass[0] == '{')
    prefix_len = strcspn(cryptpass + 1, "}") + 2;
  if (strncmp(cryptpass, "{crypt}", 7) == 0) {
    crypted = crypt(pass, cryptpass + prefix_len);
    if (strcmp(crypted, cryptpass + prefix_len) != 0)
      // CHECK: :[[@LINE-1]]:9: warning: the password hash 'crypted' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return 0;
  } else if (strcmp(pass, cryptpass + prefix_len) != 0) {
    // CHECK: :[[@LINE-1]]:14: warning: the secret 'cryptpass' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  }
  return 1;
}

// SCRAM: the hash of the client's proof against the StoredKey.
typedef struct {
  unsigned char stored_key[32];
  unsigned char server_key[32];
  char *server_keyfp;
} scram_state_t;
void scram_H(const unsigned char *in, size_t len, unsigned char *out);
int scram_verify_proof(scram_state_t *state, const unsigned char *proof,
                       const unsigned char *signature) {
  unsigned char client_key[32], client_stored_key[32];
  for (int i = 0; i < 32; i++)
    client_key[i] = proof[i] ^ signature[i];
  scram_H(client_key, 32, client_stored_key);
  return memcmp(client_stored_key, state->stored_key, 32) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'client_stored_key' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

// Not secrets: a key's fingerprint (public); the one-time code used last,
// which a replay check compares with the new one; Ethernet addresses by
// their size and their role.
int same_server(scram_state_t *state, const char *fp) {
  return strcmp(state->server_keyfp, fp) == 0;
}
int otp_replayed(const char *otp, const char *prev_otp) {
  return strcmp(prev_otp, otp) == 0;
}
typedef unsigned char mac_t[6];
static const mac_t broadcast_mac = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
int is_broadcast(const unsigned char *frame) {
  const unsigned char *dst_mac = frame;
  return memcmp(dst_mac, broadcast_mac, 6) == 0;
}
int same_station(const unsigned char *frame, const mac_t mac) {
  unsigned char peer_mac[6];
  memcpy(peer_mac, frame + 6, 6);
  return memcmp(peer_mac, mac, 6) == 0;
}

// A session set-up of many parameters that compares two of them somewhere
// is no comparison of its arguments.
int new_session(const char *method, const char *expected_method, int flags,
                const unsigned char *key, size_t key_len, unsigned serial);
int establish(const char *method, const char *expected_method, int flags,
              const unsigned char *key, size_t key_len, unsigned serial) {
  if (strcmp(method, expected_method) != 0)
    return 0;
  return new_session(method, expected_method, flags, key, key_len, serial);
}
int handshake(const char *password, const char *method, const char *offered) {
  unsigned char key[32];
  memcpy(key, password, 32);
  return establish(method, offered, 0, key, sizeof(key), 1);
}

// Not secrets: the name of the directory attribute that holds a password;
// the word the Quake engines' parser read.
extern const char *ldap_attr_userpassword;
int is_password_attribute(const char *attr) {
  return strcmp(attr, ldap_attr_userpassword) == 0;
}
extern char com_token[1024];
int command_allowed(const char *command) {
  return strcmp(com_token, command) == 0;
}

// A check handed the password compares it with what it was also given or
// read: an rcon comparator, a users file's password field.
int plaintext_matching(const void *peer, const char *password,
                       const char *hash, const char *s, int slen) {
  if (!password[0])
    return 0;
  return !strcmp(password, hash);
  // CHECK: :[[@LINE-1]]:11: warning: the secret 'password' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
}
char *strtok_r(char *str, const char *delim, char **saveptr);
int parse_usersfile(char *line, const char *passwd) {
  char *saveptr;
  char *p = strtok_r(line, " ", &saveptr);
  p = strtok_r(NULL, " ", &saveptr);
  if (p && strcmp(p, passwd) != 0)
    // CHECK: :[[@LINE-1]]:12: warning: the secret 'passwd' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}

// Not secret compares: a password against its confirmation, the old one,
// or a user's name (a policy check).
int passwords_match(const char *password, const char *confirm) {
  return strcmp(password, confirm) == 0;
}
int password_changed(const char *password, const char *old) {
  return strcmp(password, old) != 0;
}
int password_is_user(const char *password, const char *username) {
  return strcmp(password, username) == 0;
}

// rsync's daemon: the client's response against the one the check computes
// into a buffer from a secrets file's line; the user's name matched against
// a glob of allowed users (a pattern is no secret).
void generate_hash(const char *in, const char *challenge, char *out);
int wildmatch(const char *pattern, const char *text);
const char *check_secret(FILE *fh, const char *challenge, const char *pass) {
  char line[1024], pass2[64];
  while (fgets(line, sizeof line, fh)) {
    generate_hash(line, challenge, pass2);
    if (strcmp(pass, pass2) == 0)
      // CHECK: :[[@LINE-1]]:9: warning: the secret 'pass' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
      return NULL;
  }
  return "password mismatch";
}
int user_allowed(char *line, const char *tok) {
  char *pass = strchr(line, ' ');
  if (pass)
    *pass++ = '\0';
  return wildmatch(tok, line);
}

// Asterisk's voicemail: the mailbox password, held through a local past
// its '-' prefix, against the digits a caller typed. Not secret compares:
// a new password against its retyping, both read from the caller; the
// new password a setter is given against the kept one (a no-op update),
// nor the setter's calls. A setter that first checks the old password
// still compares a secret.
struct ast_vm_user {
  char password[80];
};
int ast_readstring(void *chan, char *s, int len, int timeout);
int vm_authenticate(void *chan, struct ast_vm_user *vmu) {
  char password[80];
  const char *passptr;
  ast_readstring(chan, password, sizeof password, 2000);
  passptr = vmu->password;
  if (passptr[0] == '-')
    passptr++;
  if (!strcmp(passptr, password))
    // CHECK: :[[@LINE-1]]:8: warning: the secret 'passptr' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 1;
  return 0;
}
int vm_newuser_setup(void *chan) {
  char newpassword[80], newpassword2[80];
  ast_readstring(chan, newpassword, sizeof newpassword, 2000);
  ast_readstring(chan, newpassword2, sizeof newpassword2, 2000);
  return strcmp(newpassword, newpassword2) == 0;
}
static int change_password_realtime(struct ast_vm_user *vmu,
                                    const char *password) {
  if (!strcmp(vmu->password, password))
    return 0;
  strcpy(vmu->password, password);
  return 1;
}
void vm_options(void *chan, struct ast_vm_user *vmu) {
  char newpassword[80];
  ast_readstring(chan, newpassword, sizeof newpassword, 2000);
  change_password_realtime(vmu, newpassword);
}
int change_user_password(struct ast_vm_user *vmu, const char *old_password,
                         const char *new_password) {
  if (strcmp(vmu->password, old_password) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret {{.*}} is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return -1;
  strcpy(vmu->password, new_password);
  return 0;
}

// libssh's test server: the configured password, a member of the session
// data the callback is handed, against the keyboard-interactive answer.
typedef struct ssh_session_struct *ssh_session;
const char *ssh_userauth_kbdint_getanswer(ssh_session session, unsigned i);
struct session_data_st {
  const char *username;
  const char *password;
};
int kbdint_check_response(ssh_session session, struct session_data_st *sdata) {
  const char *answer = ssh_userauth_kbdint_getanswer(session, 1);
  if (strcmp(sdata->password, answer) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'password' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    return 0;
  return 1;
}

// pam_userdb: crypt(3) salted with a copy of the stored hash, against the
// stored hash.
typedef struct {
  char *dptr;
  int dsize;
} datum;
int userdb_check(const char *pass, datum data) {
  char *pwhash = strndup(data.dptr, data.dsize);
  char *cryptpw = crypt(pass, pwhash);
  return cryptpw && memcmp(data.dptr, cryptpw, data.dsize) == 0;
  // CHECK: :[[@LINE-1]]:21: warning: the {{.*}} 'cryptpw' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

// DDNet: the server's password against the client's, through the
// project's own string comparison, defined elsewhere.
int str_comp(const char *a, const char *b);
struct server_config {
  char m_Password[32];
};
extern struct server_config g_Config;
int check_join(const char *pPassword) {
  return g_Config.m_Password[0] && str_comp(g_Config.m_Password, pPassword) != 0;
  // CHECK: :[[@LINE-1]]:36: warning: the secret 'm_Password' is compared with 'str_comp'{{.*}} [integration-timing-unsafe-compare]
}

// thttpd's Basic check (merecat, mini_httpd): the decoded `user:password` is
// cut at its colon, so `authinfo` then holds the user, looked up in the
// password file by name; the crypt(3) hash is the secret compare.
int b64_decode(const char *in, unsigned char *out, int size);
int htpasswd_check(const char *authorization, FILE *fp) {
  char authinfo[500], line[500];
  char *authpass, *cryp, *crypt_result;
  int l = b64_decode(authorization + 6, (unsigned char *)authinfo,
                     sizeof(authinfo) - 1);
  authinfo[l] = '\0';
  authpass = strchr(authinfo, ':');
  if (!authpass)
    return -1;
  *authpass++ = '\0';
  while (fgets(line, sizeof(line), fp)) {
    cryp = strchr(line, ':');
    if (!cryp)
      continue;
    *cryp++ = '\0';
    if (strcmp(line, authinfo) == 0) {
      crypt_result = crypt(authpass, cryp);
      if (crypt_result && strcmp(crypt_result, cryp) == 0)
        // CHECK: :[[@LINE-1]]:27: warning: the password hash 'crypt_result' is compared with 'strcmp'
        return 1;
      return -1;
    }
  }
  return -1;
}

// minisign's key generation: a password typed twice into two buffers of one
// shape is a confirmation, not a check against a stored secret. The second
// function compares the typed password with a copy of the one kept.
void *xsodium_malloc(size_t n);
int get_password(char *pwd, size_t max, const char *prompt);
int encrypt_key(void) {
  char *pwd = xsodium_malloc(1024);
  char *pwd2 = xsodium_malloc(1024);
  if (get_password(pwd, 1024, "Password: ") != 0 ||
      get_password(pwd2, 1024, "Password (one more time): ") != 0)
    return -1;
  if (strcmp(pwd, pwd2) != 0)
    return -1;
  return 0;
}
extern const char *admin_password;
int unlock_key(void) {
  char *pwd = xsodium_malloc(1024);
  char *pwd2 = strdup(admin_password);
  if (get_password(pwd, 1024, "Password: ") != 0)
    return -1;
  if (strcmp(pwd, pwd2) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: {{.*}} is compared with 'strcmp'
    return -1;
  return 0;
}

// pgagroal's MD5 authentication: the password goes into a buffer, its hash
// into a second one with the salt, and a hash function with a writable
// input pointer hashes that: what the client must send. The same chain over
// the user's name alone is no secret.
struct message {
  void *data;
  int length;
};
int pgagroal_md5(char *str, int length, char **md5);
char *pgagroal_read_string(void *data);
int read_message(int fd, struct message **msg);
int client_md5(int client_fd, char *username, char *password) {
  struct message *msg = NULL;
  char salt[4] = {1, 2, 3, 4};
  char *pwdusr, *shadow, *md5_req, *md5;
  size_t size;
  if (read_message(client_fd, &msg))
    return 1;
  size = strlen(username) + strlen(password) + 1;
  pwdusr = calloc(1, size);
  snprintf(pwdusr, size, "%s%s", password, username);
  if (pgagroal_md5(pwdusr, strlen(pwdusr), &shadow))
    return 1;
  md5_req = calloc(1, 36);
  memcpy(md5_req, shadow, 32);
  memcpy(md5_req + 32, &salt[0], 4);
  if (pgagroal_md5(md5_req, 36, &md5))
    return 1;
  if (strcmp(pgagroal_read_string((char *)msg->data + 8), md5))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'md5' is compared with 'strcmp'
    return 1;
  return 0;
}
int client_tag(int client_fd, char *username) {
  struct message *msg = NULL;
  char *usr, *shadow, *tag_req, *tag;
  if (read_message(client_fd, &msg))
    return 1;
  usr = calloc(1, 64);
  snprintf(usr, 64, "%s", username);
  if (pgagroal_md5(usr, strlen(usr), &shadow))
    return 1;
  tag_req = calloc(1, 36);
  memcpy(tag_req, shadow, 32);
  if (pgagroal_md5(tag_req, 32, &tag))
    return 1;
  if (strcmp(pgagroal_read_string((char *)msg->data + 8), tag))
    return 1;
  return 0;
}

// busybox httpd: the password of a Basic "user:pass" against the one the
// account database holds for the user (getpwnam given the text cut at ':');
// mvdsv: a password setting against the copy kept to notice a change.
#include <pwd.h>
int check_user_passwd(char *user_and_passwd) {
  char *colon_after_user = strchr(user_and_passwd, ':');
  const char *passwd;
  struct passwd *pw;
  if (!colon_after_user)
    return 0;
  *colon_after_user = '\0';
  pw = getpwnam(user_and_passwd);
  *colon_after_user = ':';
  if (!pw || !pw->pw_passwd)
    return 0;
  passwd = pw->pw_passwd;
  return strcmp(colon_after_user + 1, passwd) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'passwd' is compared with 'strcmp'
}
extern cvar_t *password;
void check_vars(void) {
  static char pw[64];
  if (strcmp(password->string, pw)) {
    strncpy(pw, password->string, sizeof(pw) - 1);
    printf("password changed\n");
  }
}

// A new password a caller chose, against the kept one (Cetus's
// `pwd_pair_same_pwd`, refusing an update that changes nothing): no guess
// of the kept one. The client's password checked with the same pair is
// reported.
struct pwd_pair_t {
  char *client;
  char *server;
};
static int pwd_pair_same_pwd(struct pwd_pair_t *pwd, const char *new_pass) {
  return strcmp(pwd->client, new_pass) == 0;
}
static int pwd_pair_check(struct pwd_pair_t *pwd, const char *client_pass) {
  return strcmp(pwd->client, client_pass) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret {{.*}} is compared with 'strcmp'
}
void *lookup_record(void *records, const char *key);
int update_record(void *records, const char *user, const char *client_pass,
                  const char *pass) {
  struct pwd_pair_t *pwd = lookup_record(records, user);
  return pwd && pwd_pair_check(pwd, client_pass) &&
         !pwd_pair_same_pwd(pwd, pass);
}
