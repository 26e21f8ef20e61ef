// Handles kept in members: a constructor or a setter stores the context it
// is given, and the getter's callers use whatever was stored there.
// RUN: %tidy %s -checks='-*,integration-call-without-timeout' -- -std=c++17 -isystem %inputs/hiredis 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <hiredis/hiredis.h>

class Node {
public:
  explicit Node(redisContext *ctx) : ctx_(ctx) {}
  redisContext *context() const { return ctx_; }
  void set_context(redisContext *ctx) { ctx_ = ctx; }

private:
  redisContext *ctx_;
};

redisContext *connect_node(const char *host) {
  struct timeval tv = {2, 0};
  redisContext *c = redisConnectWithTimeout(host, 6379, tv);
  if (c)
    redisSetTimeout(c, tv);
  return c;
}

// Every context a Node holds comes from connect_node: bounded.
void ping(Node &n) { redisCommand(n.context(), "PING"); }
void start() {
  Node n(connect_node("10.0.0.1"));
  n.set_context(connect_node("10.0.0.2"));
  ping(n);
}

class Bare {
public:
  void set(redisContext *c) { c_ = c; }
  redisContext *get() const { return c_; }

private:
  redisContext *c_;
};

void bare() {
  Bare b;
  b.set(redisConnect("10.0.0.3", 6379));
  // CHECK: :[[@LINE-1]]:9: warning: 'redisConnect' {{.*}}has no timeout
  redisCommand(b.get(), "PING");
  // CHECK: :[[@LINE-1]]:3: warning: 'redisCommand' on handle 'b.get()' has no timeout
}
