// REQUIRES: asio-headers
// RUN: %tidy %s -checks='-*,integration-call-without-timeout,integration-tls-verification-disabled' -- -std=c++17 2>&1 | FileCheck %s -implicit-check-not='warning:'
// Standalone Asio (namespace asio, <asio.hpp>): plain sockets have no timer.
#include <asio.hpp>
#include <asio/ssl.hpp>
#include <chrono>
#include <string>

using asio::ip::tcp;

std::string fetchBlocking(asio::io_context &io, const std::string &host) {
  tcp::resolver resolver(io);
  auto endpoints = resolver.resolve(host, "80");
  // CHECK: :[[@LINE-1]]:29: warning: 'basic_resolver::resolve' {{.*}}has no timeout (the resolver has no timeout of its own)
  tcp::socket socket(io);
  asio::connect(socket, endpoints);
  // CHECK: :[[@LINE-1]]:9: warning: 'connect' on handle 'socket' has no timeout (a plain socket has no timer)
  std::string request = "GET / HTTP/1.0\r\nHost: " + host + "\r\n\r\n";
  asio::write(socket, asio::buffer(request));
  // CHECK: :[[@LINE-1]]:9: warning: 'write' on handle 'socket' has no timeout (synchronous socket operations have no timeout)
  asio::streambuf response;
  asio::read_until(socket, response, "\r\n");
  // CHECK: :[[@LINE-1]]:9: warning: 'read_until' on handle 'socket' has no timeout (synchronous socket operations have no timeout)
  return {};
}

// A server: reads on accepted sockets are inbound, not outbound calls.
void serveOne(asio::io_context &io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 8080));
  tcp::socket peer(io);
  acceptor.accept(peer);
  asio::streambuf request;
  asio::read_until(peer, request, "\r\n\r\n");
  asio::write(peer, asio::buffer(std::string("HTTP/1.0 204 No Content\r\n\r\n")));
}

// Asynchronous connect: the deadline is a steady_timer the caller arms.
void connectAsync(asio::io_context &io, tcp::resolver::results_type endpoints,
                  tcp::socket &socket, asio::steady_timer &deadline) {
  deadline.expires_after(std::chrono::seconds(5));
  asio::async_connect(socket, endpoints,
                      [](const asio::error_code &, const tcp::endpoint &) {});
}

void insecureTls(asio::io_context &io) {
  asio::ssl::context ctx(asio::ssl::context::tls_client);
  ctx.set_verify_mode(asio::ssl::verify_none);
  // CHECK: :[[@LINE-1]]:7: warning: {{.*}}verify_none{{.*}} [integration-tls-verification-disabled]
  asio::ssl::context safe(asio::ssl::context::tls_client);
  safe.set_verify_mode(asio::ssl::verify_peer);
  safe.set_default_verify_paths();
}
