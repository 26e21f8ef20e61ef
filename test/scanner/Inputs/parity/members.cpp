#include <curl/curl.h>

class Client {
public:
  Client() : h_(curl_easy_init()) { configure(h_); }
  void get() { curl_easy_perform(h_); }

private:
  static void configure(CURL *h) {
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 10L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 30L);
  }
  CURL *h_;
};

class Bare {
public:
  Bare() : h_(curl_easy_init()) {}
  void get() { curl_easy_perform(h_); }

private:
  CURL *h_;
};

CURL *make_handle(long ms) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, ms);
  return h;
}

void use_factory() {
  CURL *h = make_handle(2000);
  curl_easy_perform(h);
}

void fetch(long timeout_ms = 3000) {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeout_ms);
  curl_easy_perform(h);
}
