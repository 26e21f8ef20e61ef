// REQUIRES: httplib-headers
// A library that vendors cpp-httplib under a namespace of its own, renamed
// by a macro around the include (tgbot-cpp's httplib_wrapper.h): its routes
// are still cpp-httplib's, and a Telegram webhook server among them that
// checks no secret token is reported. The server's own health route is not
// a webhook.
// RUN: %tidy %s -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <string>

#define httplib bot_vendored_httplib
#include <httplib.h>
#undef httplib
namespace httplib = bot_vendored_httplib;

struct Update {};
Update parse_update(const std::string &body);
struct EventHandler {
  void handleUpdate(const Update &u);
};

class TgWebhookServer {
public:
  TgWebhookServer(std::string path, EventHandler *handler)
      : path_(std::move(path)), handler_(handler) {
    server_.Post(path_, [this](const httplib::Request &req,
                               httplib::Response &res) {
      // CHECK: :[[@LINE-2]]:13: warning: webhook handler for POST (route set at run time; a webhook by its name 'TgWebhookServer') never verifies the request's signature
      handler_->handleUpdate(parse_update(req.body));
      res.set_content("", "text/plain");
    });
    server_.Get("/health", [](const httplib::Request &,
                              httplib::Response &res) {
      res.set_content("ok", "text/plain");
    });
  }

private:
  std::string path_;
  EventHandler *handler_;
  httplib::Server server_;
};

// The same server, checking Telegram's secret token header before it
// processes the update: verified.
class VerifiedWebhookServer {
public:
  VerifiedWebhookServer(std::string path, std::string secret,
                        EventHandler *handler)
      : secret_(std::move(secret)), handler_(handler) {
    server_.Post(path, [this](const httplib::Request &req,
                              httplib::Response &res) {
      if (!secure_equal(req.get_header_value("X-Telegram-Bot-Api-Secret-Token"),
                        secret_)) {
        res.status = 401;
        return;
      }
      handler_->handleUpdate(parse_update(req.body));
    });
  }

private:
  static bool secure_equal(const std::string &a, const std::string &b);
  std::string secret_;
  EventHandler *handler_;
  httplib::Server server_;
};
