// Boost.CGI (mock header): a FastCGI acceptor hands every request to one
// handler, whose route the web server decides. A Telegram listener's
// handler is a webhook by its names; the accept loop re-arms the acceptor
// with the same handler, which is no second route.
// RUN: %tidy %s -- -std=c++17 -isystem %inputs/boost-cgi 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <boost/cgi/fcgi.hpp>
#include <functional>

void execute_callbacks(const std::string &update);
bool secret_token_matches(const std::string &token);

namespace telegram::listener {
class fcgi {
public:
  void run() {
    boost::fcgi::service service;
    boost::fcgi::acceptor acceptor(service);
    acceptor.async_accept(std::bind(&fcgi::handle_request_async, this,
                                    std::ref(acceptor), std::placeholders::_1));
    // CHECK: :[[@LINE-2]]:14: warning: webhook handler for route (route set at run time; a webhook by its name 'telegram') never verifies{{.*}} [integration-unverified-webhook]
    service.run();
  }

private:
  int handle_request(boost::fcgi::request &request) {
    request.load(boost::cgi::common::parse_form);
    if (request.method() != "POST")
      return 400;
    execute_callbacks(request.post_buffer());
    return 200;
  }
  int handle_request_async(boost::fcgi::acceptor &acceptor,
                           boost::fcgi::request &request) {
    int result = handle_request(request);
    acceptor.async_accept(std::bind(&fcgi::handle_request_async, this,
                                    std::ref(acceptor), std::placeholders::_1));
    return result;
  }
};
} // namespace telegram::listener

// The listener that checks Telegram's secret token header: no warning.
namespace telegram::secure {
class fcgi {
public:
  void run(boost::fcgi::acceptor &acceptor) {
    acceptor.async_accept(
        std::bind(&fcgi::handle_request, this, std::placeholders::_1));
  }

private:
  int handle_request(boost::fcgi::request &request) {
    if (!secret_token_matches(
            request.header("X-Telegram-Bot-Api-Secret-Token")))
      return 401;
    execute_callbacks(request.post_buffer());
    return 200;
  }
};
} // namespace telegram::secure

// A status page behind FastCGI is no webhook.
namespace admin {
class status_page {
public:
  void run(boost::fcgi::acceptor &acceptor) {
    acceptor.async_accept(
        std::bind(&status_page::handle_request, this, std::placeholders::_1));
  }

private:
  int handle_request(boost::fcgi::request &request) {
    execute_callbacks(request.post_buffer());
    return 200;
  }
};
} // namespace admin
