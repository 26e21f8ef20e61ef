// REQUIRES: beast-headers, poco-headers
// Retry loops on Debian's Boost.Beast and Poco headers: the request written
// before the response that is checked is sent again; a loop condition with
// a way around its limit does not bound; a polling loop that waits only
// after a success retries a failure at once.
// RUN: %tidy %s -checks='-*,integration-unsafe-retry,integration-non-idempotent-retry' -- -std=c++17 -Wno-enum-constexpr-conversion 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <limits>
#include <string>
#include <thread>
#include <unistd.h>

namespace beast = boost::beast;
namespace http = beast::http;

// The program connects its streams: it is their client.
void open(beast::tcp_stream &stream,
          const boost::asio::ip::tcp::resolver::results_type &peers) {
  stream.expires_after(std::chrono::seconds(5));
  stream.connect(peers);
}

std::string submit(beast::tcp_stream &stream, const std::string &body,
                   bool read_only, double max_retries) {
  http::request<http::string_body> req{
      read_only ? http::verb::get : http::verb::post, "/v1/drive", 11};
  req.body() = body;
  req.prepare_payload();
  int retry = 0;
  while (retry < max_retries ||
         max_retries == std::numeric_limits<double>::infinity()) {
    http::write(stream, req);
    // CHECK: :[[@LINE-1]]:11: warning: 'write' (GET,POST) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    beast::error_code ec;
    http::read(stream, buffer, res, ec);
    // CHECK: :[[@LINE-1]]:11: warning: 'read' is retried by the loop, which has no limit on attempts or time{{.*}} [integration-unsafe-retry]
    if (ec || res.result() != http::status::ok) {
      std::this_thread::sleep_for(std::chrono::seconds(1 << retry));
      ++retry;
      continue;
    }
    return res.body();
  }
  return "";
}

// A GET, three attempts, growing waits: nothing to say.
std::string fetch(beast::tcp_stream &stream) {
  http::request<http::empty_body> req{http::verb::get, "/v1/status", 11};
  for (int retry = 0; retry < 3; ++retry) {
    http::write(stream, req);
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    beast::error_code ec;
    http::read(stream, buffer, res, ec);
    if (!ec && res.result() == http::status::ok)
      return res.body();
    std::this_thread::sleep_for(std::chrono::milliseconds(100 << retry));
  }
  return "";
}

std::string poll_status(Poco::Net::HTTPClientSession &session);

void poll_forever(Poco::Net::HTTPClientSession &session) {
  while (true) {
    try {
      std::string status = poll_status(session);
      // CHECK: :[[@LINE-1]]:28: warning: 'poll_status' is retried by the loop, which has no limit on attempts or time and does not wait between attempts{{.*}} [integration-unsafe-retry]
      usleep(250000);
    } catch (Poco::Exception &) {
    }
  }
}

// Waiting after a failure too: a schedule, not a storm.
void poll_politely(Poco::Net::HTTPClientSession &session, const bool &running) {
  while (running) {
    try {
      std::string status = poll_status(session);
      usleep(250000);
    } catch (Poco::Exception &) {
      usleep(1000000);
    }
  }
}

std::string poll_status(Poco::Net::HTTPClientSession &session) {
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/status");
  session.sendRequest(req);
  Poco::Net::HTTPResponse res;
  session.receiveResponse(res);
  return res.getReason();
}
