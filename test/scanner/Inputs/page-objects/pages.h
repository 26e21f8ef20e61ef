// A bot's own HTTP server: pages are objects registered for a path regex,
// and the server calls the page's Do() with the request in pieces.
#pragma once
#include <map>
#include <memory>
#include <regex>
#include <string>

using KeyValueSet = std::map<std::string, std::string>;

struct HttpResponse {
  explicit HttpResponse(int status, std::string body = "")
      : status(status), body(std::move(body)) {}
  int status;
  std::string body;
};

class WebPage {
public:
  virtual ~WebPage() = default;
  virtual HttpResponse Do(const std::string &method, const KeyValueSet &header,
                          const KeyValueSet &post) = 0;
};

class HttpServer {
public:
  void AddPage(const std::regex &method, const std::regex &url,
               std::shared_ptr<WebPage> page);
};

class GithubPage : public WebPage {
public:
  HttpResponse Do(const std::string &method, const KeyValueSet &header,
                  const KeyValueSet &post) override;

private:
  std::string secret_;
};

class TravisPage : public WebPage {
public:
  HttpResponse Do(const std::string &method, const KeyValueSet &header,
                  const KeyValueSet &post) override;
};

class EchoPage : public WebPage {
public:
  HttpResponse Do(const std::string &method, const KeyValueSet &header,
                  const KeyValueSet &post) override;
};

void tweet(const std::string &text);

// Defined here, so a file that registers it judges it in place.
class ShopifyPage : public WebPage {
public:
  HttpResponse Do(const std::string &method, const KeyValueSet &header,
                  const KeyValueSet &post) override {
    if (method != "POST")
      return HttpResponse(405);
    auto payload = post.find("payload");
    if (payload == post.end())
      return HttpResponse(400);
    tweet("order: " + payload->second);
    return HttpResponse(200);
  }
};
