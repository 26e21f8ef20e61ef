// Mail servers' logins: APOP's digest of the challenge and the password
// the server keeps for the user (UW IMAP's `apop_login`: the password from
// `auth_md5_pwd(user)`, printed with the challenge into a buffer, hashed,
// then written out in hex through a pointer into the same buffer),
// against the digest the client sent. Not secrets: a password the user
// types twice at a prompt, one entry against the other: a confirmation.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAILTMPLEN 1024
#define MD5DIGLEN 16
typedef struct {
  unsigned long chigh, clow, state[4];
  unsigned char buf[64];
} MD5CONTEXT;
void md5_init(MD5CONTEXT *ctx);
void md5_update(MD5CONTEXT *ctx, unsigned char *data, unsigned long len);
void md5_final(unsigned char *digest, MD5CONTEXT *ctx);
char *auth_md5_pwd(char *user);
char *cpystr(const char *text);

char *apop_login(char *chal, char *user, char *md5) {
  int i, j;
  char *ret = NULL;
  char *s, *authuser, tmp[MAILTMPLEN];
  unsigned char digest[MD5DIGLEN];
  MD5CONTEXT ctx;
  char *hex = "0123456789abcdef";
  if ((authuser = strchr(user, '*')))
    *authuser++ = '\0';
  if ((s = auth_md5_pwd((authuser && *authuser) ? authuser : user))) {
    md5_init(&ctx);
    sprintf(tmp, "%.128s%.128s", chal, s);
    memset(s, 0, strlen(s));
    free(s);
    md5_update(&ctx, (unsigned char *)tmp, strlen(tmp));
    memset(tmp, 0, MAILTMPLEN);
    md5_final(digest, &ctx);
    for (i = 0, s = tmp; i < MD5DIGLEN; i++) {
      *s++ = hex[(j = digest[i]) >> 4];
      *s++ = hex[j & 0xf];
    }
    *s = '\0';
    if (!strcmp(md5, tmp))
      // CHECK: :[[@LINE-1]]:10: warning: the computed MAC 'tmp' is compared with 'strcmp'
      ret = cpystr(user);
  }
  return ret;
}

// A terminal tool that has the user type a new password twice.
char *prompt_password(const char *user);
int password_entered_twice(const char *user) {
  char *first = prompt_password(user);
  char *second = prompt_password(user);
  return strcmp(first, second) == 0;
}
