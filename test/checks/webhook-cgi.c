// CGI programs: `main` reads the request from the environment the web
// server sets (getenv("QUERY_STRING"), headers as HTTP_*), or runs
// FastCGI's accept loop. Its URL is set by the server's configuration, so
// the names around it (this file's name) say it is a webhook. A header
// read in its CGI form (HTTP_X_HUB_SIGNATURE_256) is that header; reading
// only variables named like headers (HTTP_PORT) makes no CGI program.
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi 2>&1 | FileCheck %s --check-prefix=PLAIN -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi -DFASTCGI 2>&1 | FileCheck %s --check-prefix=FASTCGI -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi -DTOKEN 2>&1 | FileCheck %s --check-prefix=TOKEN -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi -DSIGNED 2>&1 | FileCheck %s --allow-empty -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi -DSETTINGS 2>&1 | FileCheck %s --allow-empty -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi -DFRAMEWORK 2>&1 | FileCheck %s --check-prefix=FRAMEWORK -implicit-check-not='warning:'
// RUN: %tidy %s -- -std=c11 -isystem %inputs/fcgi -DFRAMEWORK -DHANDSHAKE_ONLY 2>&1 | FileCheck %s --check-prefix=HANDSHAKE -implicit-check-not='warning:'
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcgi_stdio.h>

void redeploy(const char *stack);
extern const char *hook_secret;

#if defined(FASTCGI)
int main(void) {
  // FASTCGI: :[[@LINE-1]]:5: warning: webhook handler for (route set by the web server; a webhook by its name 'webhook-cgi.c') never verifies{{.*}} [integration-unverified-webhook]
  while (FCGI_Accept() >= 0) {
    printf("Content-type: text/plain\r\n\r\nok\n");
    redeploy("web");
  }
  return 0;
}
#elif defined(FRAMEWORK)
// A framework's entry point runs the FastCGI loop for the application
// (`return wx_serve(&conf);` in the application's main): the loop is the
// route. WeChat's server check (`echostr`) makes it a webhook; a check that
// only answers the handshake leaves the messages unverified.
char *url_param(const char *name);
char *read_post(void);
extern const char *wx_token;
// WeChat's server check: SHA-1 of the token, timestamp and nonce.
static int check_sha1_signature(const char *sig, const char *ts,
                                const char *nonce) {
  char joined[512], hex[41];
  unsigned char digest[20];
  unsigned int len = 0;
  snprintf(joined, sizeof joined, "%s%s%s", wx_token, ts, nonce);
  EVP_Digest(joined, strlen(joined), digest, &len, EVP_sha1(), NULL);
  for (int i = 0; i < 20; i++)
    snprintf(hex + 2 * i, 3, "%02x", digest[i]);
  return CRYPTO_memcmp(hex, sig, 40);
}
struct wx_conf {
  void (*on_message)(const char *xml);
};
int wx_serve(struct wx_conf *conf) {
  while (FCGI_Accept() >= 0) {
    // FRAMEWORK: :[[@LINE-1]]:10: warning: webhook handler for (route read at run time) never verifies{{.*}} [integration-unverified-webhook]
    // HANDSHAKE: :[[@LINE-2]]:10: warning: webhook handler for (route read at run time) computes a signature but processes the request whatever the result{{.*}} [integration-unverified-webhook]
    char *echostr = url_param("echostr");
    if (echostr) {
#ifdef HANDSHAKE_ONLY
      char *sig = url_param("signature"), *ts = url_param("timestamp");
      char *nonce = url_param("nonce");
      if (check_sha1_signature(sig, ts, nonce) == 0)
#endif
        printf("%s", echostr);
      continue;
    }
    conf->on_message(read_post());
  }
  return 0;
}
#elif defined(TOKEN)
int main(void) {
  const char *token = getenv("HTTP_X_GITLAB_TOKEN");
  if (!token || strcmp(token, hook_secret) != 0) {
    // TOKEN: :[[@LINE-1]]:17: warning: the request's signature 'token' is compared with 'strcmp'{{.*}} [integration-timing-unsafe-compare]
    printf("Status: 403 Forbidden\r\n\r\n");
    return 0;
  }
  redeploy(getenv("QUERY_STRING"));
  return 0;
}
#elif defined(SETTINGS)
// A program that reads settings named like headers (`HTTP_PORT`, the
// `HTTP_PROXY` proxy setting) is no CGI program.
void serve(int port, const char *proxy);
int main(void) {
  const char *port = getenv("HTTP_PORT");
  serve(port ? atoi(port) : 8080, getenv("HTTP_PROXY"));
  return 0;
}
#elif defined(SIGNED)
int main(void) {
  const char *sig = getenv("HTTP_X_HUB_SIGNATURE_256");
  char body[8192];
  size_t n = fread(body, 1, sizeof body, stdin);
  unsigned char mac[32];
  unsigned int len = sizeof mac;
  HMAC(EVP_sha256(), hook_secret, (int)strlen(hook_secret),
       (const unsigned char *)body, n, mac, &len);
  unsigned char given[32];
  for (int i = 0; sig && i < 32; i++)
    sscanf(sig + 7 + 2 * i, "%2hhx", &given[i]);
  if (!sig || CRYPTO_memcmp(mac, given, sizeof mac) != 0) {
    printf("Status: 401 Unauthorized\r\n\r\n");
    return 0;
  }
  redeploy("web");
  return 0;
}
#else
int main(int argc, char **argv) {
  // PLAIN: :[[@LINE-1]]:5: warning: webhook handler for (route set by the web server; a webhook by its name 'webhook-cgi.c') never verifies{{.*}} [integration-unverified-webhook]
  if (getenv("REQUEST_METHOD") == NULL)
    return 1;
  const char *query = getenv("QUERY_STRING");
  printf("Content-type: text/plain\n\nThanks!\n");
  redeploy(query);
  return 0;
}
#endif
