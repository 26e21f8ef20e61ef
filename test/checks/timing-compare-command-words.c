// Passwords of line-protocol servers (IRC daemons, proxies): the words of a
// command the peer sent (`parv[]`, also through locals set from them)
// against a password kept in a configuration record, the password a peer
// sent read through an accessor macro, a stored password past a prefix, a
// channel's admin and user passwords (`apass`, `upass`), and a crypt(3)-like
// hash of the project's own behind casts between byte pointer types.
// Not secrets: a command word against a name or a topic, a field named
// `bypass`, a channel's plain `key` (the name says nothing).
// RUN: %tidy %s -- -std=c11 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>

#define StrEq(x, y) (!strcmp((x), (y)))

struct ConfItem {
  char *name;
  char *passwd;
  char *bypass;
};
struct Connection {
  char con_passwd[21];
};
struct Client {
  struct Connection *cli_connect;
  struct ConfItem *cli_confs;
};
#define cli_connect(cli) ((cli)->cli_connect)
#define con_passwd(con) ((con)->con_passwd)
#define cli_passwd(cli) con_passwd(cli_connect(cli))

struct ConfItem *find_conf_byname(struct ConfItem *, const char *, int);
int exit_client(struct Client *);

// ircu's server link: the configured password against the one the peer sent
// with PASS, read through `cli_passwd(cptr)`.
int mr_server(struct Client *cptr, int parc, char *parv[]) {
  struct ConfItem *aconf = find_conf_byname(cptr->cli_confs, parv[1], 1);
  if (!aconf)
    return 0;
  if (*aconf->passwd && !!strcmp(aconf->passwd, cli_passwd(cptr)))
    // CHECK: :[[@LINE-1]]:27: warning: the secret 'passwd' is compared with 'strcmp'
    return exit_client(cptr);
  return 1;
}

// bahamut's WEBIRC: the gateway password after its "webirc." prefix against
// the first word of the command.
int m_webirc(struct Client *sptr, int parc, char *parv[]) {
  struct ConfItem *pwaconf = sptr->cli_confs;
  if (!StrEq(parv[1], pwaconf->passwd + strlen("webirc.")))
    // CHECK: :[[@LINE-1]]:8: warning: the secret 'passwd' is compared with 'strcmp'
    return -1;
  return 0;
}

struct Mode {
  char key[24];
  char apass[24];
  char upass[24];
};
struct Channel {
  char *name;
  char *topic;
  struct Mode mode;
};
struct Channel *get_channel(const char *name);

// ircu's JOIN: the key a client gave (a local set from `parv[2]`) against
// the channel's admin and user passwords.
int m_join(struct Client *sptr, int parc, char *parv[]) {
  char *keys = parv[2];
  char *key = 0;
  struct Channel *chptr = get_channel(parv[1]);
  if (keys && (keys = strchr(key = keys, ',')))
    *keys++ = '\0';
  if (key && !strcmp(key, chptr->mode.apass))
    // CHECK: :[[@LINE-1]]:15: warning: the secret 'apass' is compared with 'strcmp'
    return 2;
  if (key && !strcmp(key, chptr->mode.upass))
    // CHECK: :[[@LINE-1]]:15: warning: the secret 'upass' is compared with 'strcmp'
    return 1;
  // A plain `key` field says nothing by its name (most are lookup keys).
  if (*chptr->mode.key && strcmp(key, chptr->mode.key))
    return -1;
  return 0;
}

// Command words against names and topics, and a field named `bypass`.
int m_lookup(struct Client *sptr, int parc, char *parv[]) {
  struct ConfItem *conf = sptr->cli_confs;
  struct Channel *chptr = get_channel(parv[1]);
  if (!strcmp(parv[1], conf->name))
    return 1;
  if (!strcmp(parv[2], chptr->topic))
    return 2;
  if (!strcmp(parv[3], conf->bypass))
    return 3;
  return 0;
}

struct pwl_t {
  unsigned char *password;
};
struct param_t {
  unsigned char *password;
};
unsigned char *mycrypt(const unsigned char *key, const unsigned char *salt,
                       unsigned char *buf);

// 3proxy's CR scheme: the stored hash against the project's crypt of the
// client's password salted with it, both cast to `char *`.
int crypt_check(struct pwl_t *pwl, struct param_t *param) {
  unsigned char buf[256];
  if (!strcmp((char *)pwl->password,
              (char *)mycrypt(param->password, pwl->password, buf)))
    // CHECK: :[[@LINE-2]]:8: warning: {{.*}} is compared with 'strcmp'
    return 1;
  return 0;
}

// bahamut's registration: `PASS server:services` is cut at its colon, and
// what is left of the client's password is still a password.
struct LocalClient {
  char passwd[64];
};
int register_user(struct LocalClient *sptr, struct ConfItem *pwaconf) {
  char *tmpptr = strchr(sptr->passwd, ':');
  if (tmpptr)
    *tmpptr++ = '\0';
  if (!StrEq(sptr->passwd, pwaconf->passwd))
    // CHECK: :[[@LINE-1]]:8: warning: {{.*}} is compared with 'strcmp'
    return -1;
  return 0;
}
