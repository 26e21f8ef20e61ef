#include <curl/curl.h>
void g(void) {
  CURL *h = curl_easy_init();
  curl_easy_perform(h);
}
