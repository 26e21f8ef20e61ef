#include "c.h"

CURL *shared_c;
void setup_c(void) {
  shared_c = curl_easy_init();
  curl_easy_setopt(shared_c, CURLOPT_TIMEOUT_MS, 2000L);
}
