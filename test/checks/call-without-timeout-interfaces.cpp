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

// A handle class whose setter hands the option on (dd-opentracing-cpp's
// CurlHandle): its callers configure the member, maybe in another file, so
// the verdict is theirs; a call of the setter in sight decides it.
class CurlHandle {
public:
  CurlHandle() { handle_ = curl_easy_init(); }
  CURLcode setopt(CURLoption key, long value) {
    return curl_easy_setopt(handle_, key, value);
  }
  CURLcode perform() { return curl_easy_perform(handle_); }

private:
  CURL *handle_;
};

class ConfiguredHere {
public:
  ConfiguredHere() { h_ = curl_easy_init(); }
  CURLcode setopt(CURLoption key, long value) {
    return curl_easy_setopt(h_, key, value);
  }
  CURLcode perform() { return curl_easy_perform(h_); }

private:
  CURL *h_;
};
void useConfigured(ConfiguredHere &c) {
  c.setopt(CURLOPT_TIMEOUT_MS, 2000L);
  c.perform();
}

// Still reported: a class with no such setter that sets nothing.
class NeverConfigured {
public:
  NeverConfigured() { h_ = curl_easy_init(); }
  CURLcode perform() { return curl_easy_perform(h_); }
  // CHECK: :[[@LINE-1]]:31: warning: 'curl_easy_perform' on handle 'h_' has no timeout{{.*}} [integration-call-without-timeout]

private:
  CURL *h_;
};

// coincenter's CurlHandle: the constructor keeps the new handle in a
// `void *` member, then configures it through the local, with a template
// setter instantiated for several value types.
template <class T> void SetLogIfError(CURL *curl, CURLoption option, T value) {
  if (curl_easy_setopt(curl, option, value) != CURLE_OK)
    return;
}
class StoredThenConfigured {
public:
  explicit StoredThenConfigured(long timeoutMs) {
    CURL *curl = curl_easy_init();
    handle_ = curl;
    SetLogIfError(curl, CURLOPT_URL, "https://api.example.com");
    if (timeoutMs != 0)
      SetLogIfError(curl, CURLOPT_TIMEOUT_MS, timeoutMs);
  }
  CURLcode query() {
    CURL *curl = reinterpret_cast<CURL *>(handle_);
    return curl_easy_perform(curl);
  }

private:
  void *handle_ = nullptr;
};

class StoredNeverConfigured {
public:
  StoredNeverConfigured() {
    CURL *curl = curl_easy_init();
    handle_ = curl;
    SetLogIfError(curl, CURLOPT_URL, "https://api.example.com");
  }
  CURLcode query() {
    CURL *curl = reinterpret_cast<CURL *>(handle_);
    return curl_easy_perform(curl);
    // CHECK: :[[@LINE-1]]:12: warning: 'curl_easy_perform' on handle 'curl' has no timeout{{.*}} [integration-call-without-timeout]
  }

private:
  void *handle_ = nullptr;
};
