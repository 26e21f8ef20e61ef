// RUN: %tidy %s -checks='-*,integration-non-idempotent-retry' -- -isystem %inputs/hiredis 2>&1 | FileCheck %s -implicit-check-not='warning:'
// Redis commands retried: those that change the data each time they run
// (counters, queues, streams, publishing) are carried out twice when a
// command that reached the server is sent again.
#include <hiredis/hiredis.h>

unsigned sleep(unsigned seconds);

void *incrementWithRetry(redisContext *c, const char *key) {
  void *reply = 0;
  for (int attempt = 0; attempt < 3; ++attempt) {
    reply = redisCommand(c, "HINCRBY stats %s 1", key);
    // CHECK: :[[@LINE-1]]:13: warning: 'redisCommand' (HINCRBY) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
    if (reply)
      break;
    sleep(1 << attempt);
  }
  return reply;
}

void *publishWithRetry(redisContext *c, const char *event) {
  void *reply = redisCommand(c, "publish events %s", event);
  int tries = 0;
  while (!reply && tries++ < 5) {
    sleep(1);
    reply = redisCommand(c, "publish events %s", event);
    // CHECK: :[[@LINE-1]]:13: warning: 'redisCommand' (PUBLISH) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  }
  return reply;
}

// Either command of a choice may be the one sent again.
void *countOrRead(redisContext *c, int count) {
  void *reply = 0;
  for (int attempt = 0; attempt < 3 && !reply; ++attempt) {
    sleep(attempt);
    reply = redisCommand(c, count ? "INCR hits" : "GET hits");
    // CHECK: :[[@LINE-1]]:13: warning: 'redisCommand' (INCR,GET) is retried by the loop and no idempotency key is sent{{.*}} [integration-non-idempotent-retry]
  }
  return reply;
}

// Reads and overwrites leave the same data however often they run.
void *readWithRetry(redisContext *c, const char *key) {
  void *reply = 0;
  for (int attempt = 0; attempt < 3 && !reply; ++attempt) {
    sleep(attempt);
    reply = redisCommand(c, "GET %s", key);
  }
  return reply;
}

void *storeWithRetry(redisContext *c, const char *key, const char *value) {
  void *reply = 0;
  for (int attempt = 0; attempt < 3 && !reply; ++attempt) {
    sleep(attempt);
    reply = redisCommand(c, "SET %s %s", key, value);
  }
  return reply;
}

// A command the caller chooses is not judged here, and a word that merely
// starts like a command is none.
void *sendWithRetry(redisContext *c, const char *command) {
  void *reply = 0;
  for (int attempt = 0; attempt < 3 && !reply; ++attempt) {
    sleep(attempt);
    reply = redisCommand(c, command);
  }
  return reply;
}

void *notACommand(redisContext *c) {
  void *reply = 0;
  for (int attempt = 0; attempt < 3 && !reply; ++attempt) {
    sleep(attempt);
    reply = redisCommand(c, "INCRBYX counter 1");
  }
  return reply;
}
