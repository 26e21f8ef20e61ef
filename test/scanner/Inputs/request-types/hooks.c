#include "hooks.h"
#include "tinyhttp.h"
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string.h>

extern const char *stripe_secret;
void fulfil_order(const char *body, size_t len);

void stripe_webhook(struct th_conn *c) {
  size_t len = 0;
  const char *body = th_body(c, &len);
  const char *sig = th_header(c, "Stripe-Signature");
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha256(), stripe_secret, (int)strlen(stripe_secret),
       (const unsigned char *)body, len, mac, &mac_len);
  if (!sig || CRYPTO_memcmp(mac, sig, mac_len) != 0) {
    th_reply(c, 401, "bad signature");
    return;
  }
  fulfil_order(body, len);
  th_reply(c, 200, "ok");
}

void shop_webhook(struct th_conn *c) {
  size_t len = 0;
  const char *body = th_body(c, &len);
  fulfil_order(body, len);
  th_reply(c, 200, "ok");
}
