// A client whose handle is configured in one TU (fetcher.cpp) and used in
// another (use.cpp): only the scanner sees both.
#include <curl/curl.h>
#include <string>

class Fetcher {
public:
  Fetcher();
  std::string get(const char *url);

private:
  CURL *handle_;
};

class Uploader {
public:
  Uploader();
  void put(const char *url);

private:
  CURL *handle_;
};
