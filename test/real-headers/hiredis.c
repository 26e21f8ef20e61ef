// REQUIRES: hiredis-headers
// RUN: %tidy %s -- -I/usr/include/hiredis 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <hiredis.h>

void commands(void) {
  struct timeval tv = {1, 0};
  redisContext *c = redisConnectWithTimeout("127.0.0.1", 6379, tv);
  freeReplyObject(redisCommand(c, "PING"));
  // CHECK: :[[@LINE-1]]:19: warning: 'redisCommand' on handle 'c' has no timeout (only redisConnectWithTimeout is set
  redisSetTimeout(c, tv);
  freeReplyObject(redisCommand(c, "PING"));
  redisFree(c);
}
