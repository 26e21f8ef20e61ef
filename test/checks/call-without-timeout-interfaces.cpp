// Calls through an abstract client interface: the verdict belongs to each
// concrete implementation's own call, not to the virtual call sites.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/curl 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <curl/curl.h>

class HttpClient {
public:
  virtual ~HttpClient() = default;
  virtual int get(const char *url) = 0;
};

class BoundedClient : public HttpClient {
public:
  BoundedClient() : h_(curl_easy_init()) {
    curl_easy_setopt(h_, CURLOPT_TIMEOUT_MS, 3000L);
  }
  int get(const char *url) override {
    curl_easy_setopt(h_, CURLOPT_URL, url);
    return curl_easy_perform(h_);
  }

private:
  CURL *h_;
};

class UnboundedClient : public HttpClient {
public:
  UnboundedClient() : h_(curl_easy_init()) {}
  int get(const char *url) override {
    curl_easy_setopt(h_, CURLOPT_URL, url);
    return curl_easy_perform(h_);
    // CHECK: :[[@LINE-1]]:12: warning: 'curl_easy_perform' on handle 'h_' has no timeout
  }

private:
  CURL *h_;
};

int useAny(HttpClient &client) { return client.get("https://example.com"); }
