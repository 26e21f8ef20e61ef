// Values a check function is given are what a client sent: its text
// parameters compared with a secret the server holds are secret compares
// (`check_token(tok)` against a configured token), as a request's values
// are. A session id, a CSRF token and a `pw` are secrets by their names. A
// debugging wrapper that a macro puts in place of strcmp, given the call
// site's __FILE__ and __func__, compares its first two values.
// RUN: %tidy %s -- -std=c11 -D_DEFAULT_SOURCE 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <net/if.h>
#include <openssl/crypto.h>
#include <stdbool.h>
#include <string.h>

int DEBUGstrcmp(const char *a, const char *b, const char *file,
                const char *func, int line);
#define strcmp(a, b) DEBUGstrcmp(a, b, __FILE__, __func__, __LINE__)

static const char *WEB_TOKEN;
static char *cli_password;

struct session {
  char sid[32], csrf[32];
  bool used;
};
static struct session sessions[8];

static bool check_token(const char *tok) {
  if (!WEB_TOKEN || !tok)
    return false;
  return strlen(tok) == strlen(WEB_TOKEN) &&
         memcmp(tok, WEB_TOKEN, strlen(WEB_TOKEN)) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'WEB_TOKEN' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

int verify_login(const char *password) {
  if (cli_password && strcmp(cli_password, password) == 0)
    // CHECK: :[[@LINE-1]]:23: warning: the secret 'cli_password' is compared with 'DEBUGstrcmp'{{.*}} [integration-timing-unsafe-compare]
    return 1;
  return 0;
}

int check_session(const char *sid, const char *csrf) {
  for (int i = 0; i < 8; i++)
    if (sessions[i].used && strcmp(sessions[i].sid, sid) == 0) {
      // CHECK: :[[@LINE-1]]:29: warning: the secret 'sid' is compared with 'DEBUGstrcmp'{{.*}} [integration-timing-unsafe-compare]
      if (strcmp(sessions[i].csrf, csrf) != 0)
        // CHECK: :[[@LINE-1]]:11: warning: the secret 'csrf' is compared with 'DEBUGstrcmp'{{.*}} [integration-timing-unsafe-compare]
        return 0;
      return 1;
    }
  return 0;
}

// `pw` abbreviates a password.
static char *status_pw;
int status_page(const char *query) {
  const char *password = query;
  return strcmp(password, status_pw) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'password' is compared with 'DEBUGstrcmp'{{.*}} [integration-timing-unsafe-compare]
}

// What a check function derives from its parameter is the client's too.
static char *api_secret;
int authorize_request(const char *auth_header) {
  const char *bearer = auth_header + 7;
  return memcmp(bearer, api_secret, 32) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'api_secret' is compared with 'memcmp'{{.*}} [integration-timing-unsafe-compare]
}

// ... also its hash, compared with the stored password hash.
static char *stored_pwhash;
char *hash_password(const char *password);
int check_password(const char *password) {
  char *supplied = hash_password(password);
  return strcmp(stored_pwhash, supplied) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'stored_pwhash' is compared with 'DEBUGstrcmp'{{.*}} [integration-timing-unsafe-compare]
}

// A check function's parameter named like what the server expects (a
// stored hash) is the server's secret, not the client's value.
int verify_pin(const char *pin, const char *pwhash) {
  char *supplied = hash_password(pin);
  return strcmp(pwhash, supplied) == 0;
  // CHECK: :[[@LINE-1]]:10: warning: the secret 'pwhash' is compared with 'DEBUGstrcmp'{{.*}} [integration-timing-unsafe-compare]
}

// Not reported: a socket ioctl's `struct ifreq` is no request, so a MAC
// address read with it is no client value; a check function comparing its
// parameter with a constant; a function that does not check (it skips a
// token it already has); a check that compares a struct's own fields; a
// constant-time compare.
struct config {
  const char *mode, *token;
};

extern const char target_mac[6];
bool is_target(const struct ifreq *ifr) {
  return memcmp(ifr->ifr_hwaddr.sa_data, target_mac, 6) == 0;
}

bool check_mode(const char *mode) { return strcmp(mode, "strict") == 0; }

void set_token(const char *value) {
  if (WEB_TOKEN && strcmp(value, WEB_TOKEN) == 0)
    return;
  WEB_TOKEN = value;
}

bool validate_config(const struct config *cfg) {
  return strcmp(cfg->mode, "strict") == 0;
}

bool check_token_safely(const char *tok) {
  size_t n = strlen(WEB_TOKEN);
  return strlen(tok) == n && CRYPTO_memcmp(tok, WEB_TOKEN, n) == 0;
}
