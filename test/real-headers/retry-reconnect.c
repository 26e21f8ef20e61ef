// REQUIRES: hiredis-headers, libpq-headers
// Retries written without a loop, and reconnect loops judged by what the
// handle says afterwards, on Debian's hiredis and libpq headers.
// RUN: %tidy %s -checks='-*,integration-unsafe-retry,integration-non-idempotent-retry' -- -I/usr/include/hiredis -I/usr/include/postgresql 2>&1 | FileCheck %s -implicit-check-not='warning:'
#include <hiredis.h>
#include <libpq-fe.h>
#include <stddef.h>
#include <unistd.h>

int reconnect(redisContext **c);
int ask_operator(const char *question);

// The same command sent again, at once, after reconnecting.
redisReply *execute(redisContext **c, const char *cmd) {
  redisReply *reply = redisCommand(*c, cmd);
  if (reply == NULL && reconnect(c) == 0)
    reply = redisCommand(*c, cmd);
  // CHECK: :[[@LINE-1]]:13: warning: 'redisCommand' is retried by the second call where the first failed, which does not wait between attempts{{.*}} [integration-unsafe-retry]
  return reply;
}

// ... after a pause: bounded (one more attempt) and waiting.
redisReply *execute_patiently(redisContext **c, const char *cmd) {
  redisReply *reply = redisCommand(*c, cmd);
  if (reply == NULL) {
    sleep(1);
    if (reconnect(c) == 0)
      reply = redisCommand(*c, cmd);
  }
  return reply;
}

// A different command on the failure path is no retry; neither is one a
// person asked for.
redisReply *fallback(redisContext *c) {
  redisReply *reply = redisCommand(c, "GET primary");
  if (reply == NULL)
    reply = redisCommand(c, "GET replica");
  if (reply == NULL && ask_operator("send again?"))
    reply = redisCommand(c, "GET replica");
  return reply;
}

// A reset returns nothing: the connection's status says whether it
// worked. Waiting each time, but never giving up.
void keep_connected(PGconn *conn) {
  if (PQstatus(conn) != CONNECTION_OK) {
    do {
      sleep(30);
      PQreset(conn);
      // CHECK: :[[@LINE-1]]:7: warning: 'PQreset' is retried by the loop, which has no limit on attempts or time{{.*}} [integration-unsafe-retry]
    } while (PQstatus(conn) != CONNECTION_OK);
  }
}

// ... and with a limit.
int reconnect_a_few_times(PGconn *conn) {
  int tries = 0;
  do {
    sleep(1);
    PQreset(conn);
  } while (PQstatus(conn) != CONNECTION_OK && ++tries < 5);
  return PQstatus(conn) == CONNECTION_OK;
}
