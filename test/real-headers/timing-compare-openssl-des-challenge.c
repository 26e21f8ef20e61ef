// REQUIRES: openssl-headers
// A file server's DES challenge-response login (as Netatalk's randnum UAM
// does it, over OpenSSL's DES): the server's random number, kept in a
// file-static buffer, is encrypted in place with the user's password as the
// key and compared with the client's reply; a password change compares the
// old password the client decrypted with the stored one. Not secrets: the
// user-name field of a password file's line (a helper that copies its path
// into a buffer, then reads each line into it), a second comparison of the
// stored password after the first found it equal (the new one must
// differ), a password typed twice at the terminal. Over the real OpenSSL
// headers.
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- -std=gnu11 -Wno-deprecated-declarations 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <openssl/des.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define PASSWDLEN 8
#define ERR_NOTAUTH -5023
#define ERR_PWDSAME -5040

static DES_cblock seskey;
static DES_key_schedule seskeysched;
static unsigned char randbuf[8];

// Finds the user's line in the password file and reads the password.
static int passwd_line(const struct passwd *pwd, const char *path,
                       unsigned char *passwd, int len) {
  char buf[256], *p;
  FILE *fp = fopen(path, "r");
  if (!fp)
    return -1;
  strcpy(buf, path);
  while (fgets(buf, sizeof(buf), fp)) {
    if ((p = strchr(buf, ':')) && strlen(pwd->pw_name) == (size_t)(p - buf) &&
        strncmp(buf, pwd->pw_name, p - buf) == 0) {
      memcpy(passwd, p + 1, len);
      fclose(fp);
      return 0;
    }
  }
  fclose(fp);
  return -1;
}

int randnum_login(const struct passwd *pwd, const char *path, char *rbuf) {
  // The account's line is found by its user name: no secret compared here.
  if (passwd_line(pwd, path, seskey, sizeof(seskey)) < 0)
    return -1;
  DES_random_key(&randbuf);
  memcpy(rbuf, randbuf, sizeof(randbuf));
  return 0;
}

int randnum_logincont(char *ibuf) {
  DES_key_sched(&seskey, &seskeysched);
  memset(seskey, 0, sizeof(seskey));
  DES_ecb_encrypt(&randbuf, &randbuf, &seskeysched, DES_ENCRYPT);
  if (memcmp(randbuf, ibuf, sizeof(randbuf)))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'randbuf' is compared with 'memcmp'{{.*}}[integration-timing-unsafe-compare]
    return ERR_NOTAUTH;
  return 0;
}

int randnum_changepw(const struct passwd *pwd, const char *path,
                     char *ibuf) {
  int err = 0;
  if (passwd_line(pwd, path, seskey, sizeof(seskey)) < 0)
    return -1;
  DES_key_sched(&seskey, &seskeysched);
  DES_ecb_encrypt((DES_cblock *)(ibuf + PASSWDLEN),
                  (DES_cblock *)(ibuf + PASSWDLEN), &seskeysched,
                  DES_DECRYPT);
  DES_key_sched((DES_cblock *)(ibuf + PASSWDLEN), &seskeysched);
  DES_ecb_encrypt((DES_cblock *)ibuf, (DES_cblock *)ibuf, &seskeysched,
                  DES_DECRYPT);
  if (memcmp(seskey, ibuf, sizeof(seskey)))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'seskey' is compared with 'memcmp'{{.*}}[integration-timing-unsafe-compare]
    err = ERR_NOTAUTH;
  else if (memcmp(seskey, ibuf + PASSWDLEN, sizeof(seskey)) == 0)
    err = ERR_PWDSAME;
  return err;
}

// The afppasswd tool: the old password typed, against the one kept in the
// file; the new one typed twice.
int update_passwd(const char *path, const char *name) {
  char buf[256], password[PASSWDLEN + 1], *p, *passwd;
  FILE *fp = fopen(path, "r+");
  if (!fp)
    return -1;
  while (fgets(buf, sizeof(buf), fp))
    if ((p = strchr(buf, ':')) && strncmp(buf, name, p - buf) == 0)
      break;
  p = strchr(buf, ':') + 1;
  passwd = getpass("Enter OLD AFP password: ");
  if (strncmp(passwd, p, PASSWDLEN))
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'passwd' is compared with 'strncmp'{{.*}}[integration-timing-unsafe-compare]
    return -1;
  passwd = getpass("Enter NEW AFP password: ");
  strncpy(password, passwd, PASSWDLEN);
  passwd = getpass("Enter NEW AFP password again: ");
  if (strcmp(passwd, password))
    return -1;
  fclose(fp);
  return 0;
}
