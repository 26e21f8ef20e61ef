// Logins of desktops and appliances: a VNC server's check of the
// challenge it encrypted with the password against the client's response
// (TurboVNC's CheckResponse, handed the passwords beside the response:
// reported there, not where it is called); a router's session cookie
// against the hash the server makes of its password hash (Gargoyle).
// (XDMCP keys and PAM answers: real-headers/timing-compare-xdmcp-pam.c.)
// RUN: %tidy %s -checks='-*,integration-timing-unsafe-compare' -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdlib.h>
#include <string.h>

#define CHALLENGESIZE 16
#define MAXPWLEN 8
typedef unsigned char CARD8;
typedef int Bool;
struct client {
  CARD8 authChallenge[CHALLENGESIZE];
  Bool viewOnly;
};
void vncEncryptBytes(unsigned char *bytes, char *passwd);

static Bool CheckResponse(struct client *cl, int numPasswords,
                          char *passwdFullControl, char *passwdViewOnly,
                          CARD8 *response) {
  CARD8 encryptedChallenge1[CHALLENGESIZE];
  CARD8 encryptedChallenge2[CHALLENGESIZE];
  memcpy(encryptedChallenge1, cl->authChallenge, CHALLENGESIZE);
  vncEncryptBytes(encryptedChallenge1, passwdFullControl);
  memcpy(encryptedChallenge2, cl->authChallenge, CHALLENGESIZE);
  vncEncryptBytes(encryptedChallenge2,
                  numPasswords == 2 ? passwdViewOnly : passwdFullControl);
  if (memcmp(encryptedChallenge1, response, CHALLENGESIZE) == 0)
    // CHECK: :[[@LINE-1]]:7: warning: the secret 'encryptedChallenge1' is compared with 'memcmp'
    return 1;
  return memcmp(encryptedChallenge2, response, CHALLENGESIZE) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'encryptedChallenge2' is compared with 'memcmp'
}

// The VNC server hands the passwords it read from its file: its callers
// compare nothing themselves.
Bool vncAuthProcessResponse(struct client *cl, CARD8 *response) {
  char passwdFullControl[MAXPWLEN + 1] = "\0";
  char passwdViewOnly[MAXPWLEN + 1] = "\0";
  return CheckResponse(cl, 2, passwdFullControl, passwdViewOnly, response);
}

// Gargoyle's session validator: the cookie the browser sent against the
// hash of the root password's hash, the expiry and the client.
char *get_sha256_hash_hex_str(const char *text);
char *dynamic_strcat(int count, ...);
int session_valid(char *root_hash, char *cookie_hash, char *cookie_exp,
                  char *user_agent, char *src_ip) {
  char *combined = dynamic_strcat(4, root_hash, cookie_exp, user_agent, src_ip);
  char *hashed = get_sha256_hash_hex_str(combined);
  return strcmp(hashed, cookie_hash) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'cookie_hash' is compared with 'strcmp'
}

int use(struct client *cl) { return vncAuthProcessResponse(cl, 0); }
