// RUN: %tidy %s -- -isystem %inputs/hiredis 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <hiredis/hiredis.h>

void connectOnly(void) {
  struct timeval tv = {1, 0};
  redisContext *c = redisConnectWithTimeout("127.0.0.1", 6379, tv);
  redisCommand(c, "PING");
  // CHECK: :[[@LINE-1]]:3: warning: 'redisCommand' on handle 'c' has no timeout (only redisConnectWithTimeout is set, which does not bound this call); call redisSetTimeout(c, tv) after connecting [integration-call-without-timeout]
}

void commandsBounded(void) {
  struct timeval tv = {1, 0};
  redisContext *c = redisConnectWithTimeout("127.0.0.1", 6379, tv);
  redisSetTimeout(c, tv);
  redisCommand(c, "PING");
}

void unboundedConnect(void) {
  redisContext *c = redisConnect("127.0.0.1", 6379);
  // CHECK: :[[@LINE-1]]:21: warning: 'redisConnect' on handle 'c' has no timeout; use redisConnectWithTimeout
  redisFree(c);
}
