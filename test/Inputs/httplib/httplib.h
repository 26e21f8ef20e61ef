// Mock of cpp-httplib's client.
#pragma once
#include <initializer_list>
#include <utility>
namespace httplib {
struct Response { int status; };
struct Result {
  explicit operator bool() const;
  const Response *operator->() const;
};
struct Headers {
  Headers(std::initializer_list<std::pair<const char *, const char *>> h);
};
class ClientImpl {
public:
  explicit ClientImpl(const char *host);
  Result Get(const char *path);
  Result Post(const char *path, const char *body, const char *type);
  void set_read_timeout(long sec, long usec = 0);
  void set_write_timeout(long sec, long usec = 0);
  void set_connection_timeout(long sec, long usec = 0);
};
class Client {
public:
  explicit Client(const char *scheme_host_port);
  Result Get(const char *path);
  Result Post(const char *path, const char *body, const char *type);
  Result Post(const char *path, const Headers &headers, const char *body,
              const char *type);
  Result Put(const char *path, const char *body, const char *type);
  void set_read_timeout(long sec, long usec = 0);
  void set_connection_timeout(long sec, long usec = 0);
};
} // namespace httplib
