// REQUIRES: beast-headers
// RUN: %tidy %s -- -std=c++17 -Wno-enum-constexpr-conversion 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

void asyncBounded(beast::tcp_stream &unused, tcp::resolver::results_type results) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(30));
  stream.async_connect(results, [](beast::error_code, tcp::endpoint) {});
  http::request<http::string_body> req{http::verb::get, "/", 11};
  http::async_write(stream, req, [](beast::error_code, std::size_t) {});
}

void syncUnbounded(tcp::resolver::results_type results) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(results);
  // CHECK: :[[@LINE-1]]:10: warning: 'basic_stream::connect' on handle 'stream' has no timeout (tcp_stream's timer applies only to asynchronous operations)
  http::request<http::string_body> req{http::verb::get, "/", 11};
  http::write(stream, req);
  // CHECK: :[[@LINE-1]]:9: warning: 'write' on handle 'stream' has no timeout (synchronous operations ignore the stream timer)
}

// Code shared by the plain and the TLS stream through a template or a
// generic lambda is read in its (first) instantiation, where the stream's
// type is known; an asynchronous one under the stream's timer is bounded.
template <class Stream>
void exchange(Stream &stream, http::request<http::string_body> &req) {
  http::write(stream, req);
  // CHECK: :[[@LINE-1]]:9: warning: 'write' on handle 'stream' has no timeout (synchronous operations ignore the stream timer)
}

template <class Stream> void exchangeLater(Stream &stream) {
  stream.expires_after(std::chrono::seconds(10));
  static http::request<http::string_body> req{http::verb::get, "/", 11};
  http::async_write(stream, req, [](beast::error_code, std::size_t) {});
}

void viaTemplates(tcp::resolver::results_type results) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(5));
  stream.async_connect(results, [](beast::error_code, tcp::endpoint) {});
  http::request<http::string_body> req{http::verb::get, "/", 11};
  exchange(stream, req);
  exchangeLater(stream);
  auto perform = [&](auto &s) {
    beast::flat_buffer buffer;
    http::response<http::string_body> res;
    http::read(s, buffer, res);
    // CHECK: :[[@LINE-1]]:11: warning: 'read' on handle 's' has no timeout (synchronous operations ignore the stream timer)
    return res.result_int();
  };
  auto stream_body = [&](auto &s) {
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    while (!parser.is_done())
      http::read_some(s, buffer, parser);
    // CHECK: :[[@LINE-1]]:13: warning: 'read_some' on handle 's' has no timeout (synchronous operations ignore the stream timer)
  };
  stream_body(stream);
  perform(stream);
}
