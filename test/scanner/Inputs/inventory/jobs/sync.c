#include <curl/curl.h>

/* Outbound: no timeout, a base URL built from literals. */
#define API_BASE "https://inventory.example.com"

int sync_stock(void) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, API_BASE "/v2/stock");
  curl_easy_setopt(h, CURLOPT_USERPWD, "sync:s3cr3t-pa55");
  return curl_easy_perform(h) == CURLE_OK ? 0 : -1;
}
