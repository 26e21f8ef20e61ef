// A pointer local reused for two values (Hiawatha's digest check: `value`
// first holds a field of the request's header, then the text the response
// digest is computed over): a value copied from it before the digest's
// text went in is the request's field, not the MAC. The URI check is not
// reported; the response against the computed digest is.
// RUN: %tidy %s -- 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void mbedtls_md5(const unsigned char *input, size_t ilen,
                 unsigned char output[16]);
int split_string(char *str, char **key, char **value, char c);
char *get_a1(const char *username, const char *realm);

static char *unquoted(char *str) {
  size_t n = strlen(str);
  if (n >= 2 && str[0] == '"' && str[n - 1] == '"') {
    str[n - 1] = '\0';
    return str + 1;
  }
  return str;
}

static void md5_bin2hex(const unsigned char bin[16], char hex[33]) {
  for (int i = 0; i < 16; i++)
    sprintf(hex + 2 * i, "%02x", bin[i]);
}

int digest_auth(const char *method, const char *request_uri,
                char *auth_str) {
  unsigned char digest[16];
  char *key, *value, *passwd, A1[33], A2[33], result[33];
  char *uri = "", *response = "", *nonce = "";

  if (split_string(auth_str, &key, &value, '=') != -1) {
    if (strcmp(key, "uri") == 0)
      uri = unquoted(value);
    else if (strcmp(key, "response") == 0)
      response = unquoted(value);
    else if (strcmp(key, "nonce") == 0)
      nonce = unquoted(value);
  }
  if (strcmp(request_uri, uri) != 0)
    return 0;

  if ((passwd = get_a1("user", "realm")) == NULL)
    return 0;
  memcpy(A1, passwd, 33);
  size_t len = strlen(method) + strlen(uri) + 2;
  if ((value = malloc(len)) == NULL)
    return 0;
  sprintf(value, "%s:%s", method, uri);
  mbedtls_md5((unsigned char *)value, strlen(value), digest);
  md5_bin2hex(digest, A2);
  free(value);
  len = strlen(A1) + strlen(nonce) + strlen(A2) + 3;
  if ((value = malloc(len)) == NULL)
    return 0;
  sprintf(value, "%s:%s:%s", A1, nonce, A2);
  mbedtls_md5((unsigned char *)value, strlen(value), digest);
  md5_bin2hex(digest, result);
  free(value);

  if (strcmp(response, result) != 0)
    // CHECK: :[[@LINE-1]]:7: warning: the computed MAC 'result' is compared with 'strcmp'{{.*}}[integration-timing-unsafe-compare]
    return 0;
  return 1;
}
