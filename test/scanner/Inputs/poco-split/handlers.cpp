#include "handlers.h"
#include <istream>
#include <iterator>
#include <string>

void process(const std::string &);
extern const std::string webhook_secret;

static bool constant_time_equals(const std::string &a, const std::string &b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    diff |= a[i] ^ b[i];
  return diff == 0;
}

void PaymentWebhook::handleRequest(Poco::Net::HTTPServerRequest &req,
                                   Poco::Net::HTTPServerResponse &res) {
  std::string body(std::istreambuf_iterator<char>(req.stream()), {});
  process(body);
  res.send() << "ok";
}

void SignedWebhook::handleRequest(Poco::Net::HTTPServerRequest &req,
                                  Poco::Net::HTTPServerResponse &res) {
  if (!constant_time_equals(req.get("X-Gitlab-Token", ""), webhook_secret)) {
    res.setStatus(Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED);
    res.send();
    return;
  }
  std::string body(std::istreambuf_iterator<char>(req.stream()), {});
  process(body);
  res.send() << "ok";
}

void Status::handleRequest(Poco::Net::HTTPServerRequest &,
                           Poco::Net::HTTPServerResponse &res) {
  res.send() << "ok";
}
