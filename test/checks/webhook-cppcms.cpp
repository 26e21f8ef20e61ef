// Webhooks on CppCMS (mock header): `dispatcher().assign(regex,
// &app::member, this)` maps a URL to a member function that reads the
// request through `request()`. A check whose failure answers 404 and then
// goes on processing verifies nothing.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/cppcms 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <cppcms/application.h>
#include <string>

bool is_callback_request(cppcms::http::request &req) {
  return req.request_method() == "POST";
}
bool signature_valid(cppcms::http::request &req, const std::string &secret);
void handle_events(cppcms::http::request &req);
void list_items(cppcms::http::response &res);
extern std::string channel_secret;

class app : public cppcms::application {
public:
  app(cppcms::service &srv) : cppcms::application(srv) {
    dispatcher().assign("/callback", &app::callback, this);
    dispatcher().assign("/line/webhook", &app::signed_callback, this);
    dispatcher().assign("/items", &app::items, this);
  }

private:
  void callback() {
    // CHECK: :[[@LINE-1]]:8: warning: webhook handler for route '/callback' never verifies the request's signature{{.*}} [integration-unverified-webhook]
    if (!is_callback_request(request()))
      response().make_error_response(404);
    handle_events(request());
  }
  void signed_callback() {
    if (!signature_valid(request(), channel_secret)) {
      response().make_error_response(401);
      return;
    }
    handle_events(request());
  }
  void items() { list_items(response()); }
};
