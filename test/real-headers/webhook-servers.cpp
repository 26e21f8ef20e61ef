// REQUIRES: poco-headers, beast-headers, cpprest-headers, openssl-headers, sodium-headers
// Webhook handlers on Poco, Boost.Beast and cpprestsdk, over the real
// headers: handler classes created by a factory, handlers that branch on the
// target, a handler found by its shape (no registration in sight), Ed25519
// (Discord) with libsodium.
// RUN: %tidy %s -config="{CheckOptions: {integration-unverified-webhook.ReportMissingReplayProtection: true}}" -- -std=c++17 -I/usr/include/x86_64-linux-gnu 2>&1 | FileCheck %s -implicit-check-not='warning:' -implicit-check-not='remark:'
#include <boost/beast/http.hpp>
#include <cpprest/http_listener.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <sodium.h>
#include <string>

void process(const std::string &body);
std::string hmacHex(const std::string &body);

// --- Poco: a handler class created by the factory for a URI ----------------
class PaypalIpn : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &req,
                     Poco::Net::HTTPServerResponse &res) override {
    std::string body(std::istreambuf_iterator<char>(req.stream()), {});
    process(body);
  }
  // CHECK: :[[@LINE-5]]:8: warning: webhook handler for '/paypal/ipn' never verifies the request's signature{{.*}} [integration-unverified-webhook]
};
class Health : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &,
                     Poco::Net::HTTPServerResponse &res) override {
    res.send() << "ok";
  }
};
// One handler class template created for two URIs: two endpoints, each
// reported where the factory creates it.
template <class Channel>
class BotUpdates : public Poco::Net::HTTPRequestHandler {
public:
  void handleRequest(Poco::Net::HTTPServerRequest &req,
                     Poco::Net::HTTPServerResponse &res) override {
    std::string body(std::istreambuf_iterator<char>(req.stream()), {});
    process(body);
  }
};
struct TelegramChannel {};
struct VkChannel {};
class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  Poco::Net::HTTPRequestHandler *
  createRequestHandler(const Poco::Net::HTTPServerRequest &req) override {
    if (req.getURI() == "/paypal/ipn")
      return new PaypalIpn;
    if (req.getURI() == "/hooks/telegram")
      return new BotUpdates<TelegramChannel>;
    // CHECK: :[[@LINE-1]]:14: warning: webhook handler for '/hooks/telegram' never verifies{{.*}} [integration-unverified-webhook]
    if (req.getURI() == "/hooks/vk")
      return new BotUpdates<VkChannel>;
    // CHECK: :[[@LINE-1]]:14: warning: webhook handler for '/hooks/vk' never verifies{{.*}} [integration-unverified-webhook]
    return new Health;
  }
};

// --- Boost.Beast: one function branching on the target --------------------
namespace http = boost::beast::http;
template <class Body, class Allocator>
http::response<http::string_body>
handle(http::request<Body, http::basic_fields<Allocator>> &&req) {
  if (req.target() == "/hooks/github" && req.method() == http::verb::post) {
    std::string expected = hmacHex(req.body());
    std::string got(req["X-Hub-Signature-256"]);
    if (got.size() != expected.size() ||
        CRYPTO_memcmp(got.data(), expected.data(), got.size()) != 0)
      return http::response<http::string_body>{http::status::unauthorized, 11};
    if (std::time(nullptr) - std::stol(std::string(req["X-Timestamp"])) > 300)
      return http::response<http::string_body>{http::status::unauthorized, 11};
    process(req.body());
  }
  return http::response<http::string_body>{http::status::ok, 11};
}

// --- Discord interactions: Ed25519 with libsodium, no timestamp check ------
void discord(web::http::http_request req, const unsigned char *public_key) {
  auto sig = req.headers()["X-Signature-Ed25519"];
  auto ts = req.headers()["X-Signature-Timestamp"];
  std::string body = req.extract_string().get();
  std::string msg = ts + body;
  unsigned char sigbin[64];
  if (crypto_sign_verify_detached(sigbin, (const unsigned char *)msg.data(),
                                  msg.size(), public_key) != 0) {
    req.reply(web::http::status_codes::Unauthorized);
    return;
  }
  process(body);
}
// CHECK: :[[@LINE-13]]:6: remark: webhook handler for (route read at run time) verifies the signature but has no replay protection{{.*}} [integration-unverified-webhook]

// --- cpprestsdk: a listener route, not a webhook ---------------------------
void listen(web::http::experimental::listener::http_listener &l) {
  l.support(web::http::methods::POST, [](web::http::http_request req) {
    req.reply(web::http::status_codes::OK);
  });
}
