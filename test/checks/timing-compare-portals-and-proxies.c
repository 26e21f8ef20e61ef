// Captive portals and OAuth proxies: a CSRF token the proxy sealed into a
// cookie with its own key and decrypted again is the proxy's, compared with
// the one the client sends in a header (curity's nginx OAuth proxy); a
// portal's client token. Not secrets: a client's hardware address looked
// up beside its IP address (openNDS's `client_list_find(mac, ip)`), and a
// session's entry name spelled with a macro named `..._KEY_...`
// (mod_auth_openidc's `OIDC_SESSION_KEY_USERINFO_CLAIMS`, "uic").
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string.h>

typedef struct {
  size_t len;
  unsigned char *data;
} str_t;
typedef struct http_request http_request;
typedef struct {
  str_t encryption_key;
  const char *csrf_header_name;
} proxy_config;
const str_t *get_header_in(http_request *r, const char *name);
const str_t *get_cookie(http_request *r, const char *name);
int proxy_decrypt_cookie(http_request *r, str_t *plaintext,
                         const str_t *ciphertext_hex, const str_t *key);

int apply_csrf_checks(http_request *r, proxy_config *config) {
  str_t csrf_token;
  const str_t *csrf_cookie = get_cookie(r, "csrf");
  const str_t *csrf_header_value = get_header_in(r, config->csrf_header_name);
  if (!csrf_cookie || !csrf_header_value)
    return 401;
  if (proxy_decrypt_cookie(r, &csrf_token, csrf_cookie,
                           &config->encryption_key) != 0)
    return 401;
  if (strcmp((const char *)csrf_token.data,
             (const char *)csrf_header_value->data) != 0)
    // CHECK: :[[@LINE-2]]:7: warning: the secret 'csrf_token' is compared with 'strcmp'
    return 401;
  return 0;
}

typedef struct client {
  struct client *next;
  char *ip;
  char *mac;
  char *token;
} t_client;
extern t_client *firstclient;

t_client *client_list_find(const char mac[], const char ip[]) {
  for (t_client *ptr = firstclient; ptr; ptr = ptr->next)
    if (!strcmp(ptr->mac, mac) && !strcmp(ptr->ip, ip))
      return ptr;
  return 0;
}

t_client *client_list_find_by_mac(const char mac[]) {
  for (t_client *ptr = firstclient; ptr; ptr = ptr->next)
    if (!strcmp(ptr->mac, mac))
      return ptr;
  return 0;
}

t_client *client_list_find_by_token(const char token[]) {
  for (t_client *ptr = firstclient; ptr; ptr = ptr->next)
    if (!strcmp(ptr->token, token))
      // CHECK: :[[@LINE-1]]:10: warning: the secret 'token' is compared with 'strcmp'
      return ptr;
  return 0;
}

#define OIDC_SESSION_KEY_USERINFO_CLAIMS "uic"
void count_claim(const char *name);
void record_claim(const char *session_key, const char *name) {
  if (strcmp(session_key, OIDC_SESSION_KEY_USERINFO_CLAIMS) == 0)
    count_claim(name);
}
