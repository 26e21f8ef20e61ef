// RUN: %tidy %s -- -std=c++17 -isystem %inputs/beast 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <boost/beast.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

struct Seconds {};
struct Buffer {};
struct Message {};

void syncClient(tcp::resolver &resolver) {
  beast::tcp_stream stream;
  auto results = resolver.resolve("example.com", "80");
  // CHECK: :[[@LINE-1]]:27: warning: 'basic_resolver::resolve' has no timeout (the resolver has no timeout of its own); resolve asynchronously under a deadline timer that cancels the resolver
  stream.expires_after(Seconds());
  stream.connect(results);
  // CHECK: :[[@LINE-1]]:10: warning: 'basic_stream::connect' on handle 'stream' has no timeout (tcp_stream's timer applies only to asynchronous operations)
  Message req;
  http::write(stream, req);
  // CHECK: :[[@LINE-1]]:9: warning: 'write' on handle 'stream' has no timeout (synchronous operations ignore the stream timer)
}

class Session {
public:
  void run(int results) {
    beast::get_lowest_layer(stream_).expires_after(Seconds());
    stream_.async_connect(results, 0);
  }
  void onConnect() {
    stream_.expires_after(Seconds());
    http::async_write(stream_, req_, 0);
  }
  // Nothing re-armed here: the timer armed before the write still runs.
  void onWrite() { http::async_read(stream_, buffer_, res_, 0); }

private:
  beast::tcp_stream stream_;
  Message req_, res_;
  Buffer buffer_;
};

class Unbounded {
public:
  void run(int results) { stream_.async_connect(results, 0); }
  // CHECK: :[[@LINE-1]]:35: warning: 'basic_stream::async_connect' on handle 'stream_' has no timeout; arm the stream timer with expires_after() before the operation
  void onConnect() {
    stream_.expires_never();
    http::async_write(stream_, req_, 0);
    // CHECK: :[[@LINE-1]]:11: warning: 'async_write' on handle 'stream_' has an infinite timeout (expires_never turns the limit off)
  }

private:
  beast::tcp_stream stream_;
  Message req_;
};

// Server-side I/O on an accepted stream is not an outbound call.
class ServerSession {
public:
  void onRead() { http::async_write(stream_, res_, 0); }

private:
  beast::tcp_stream stream_;
  Message res_;
};
